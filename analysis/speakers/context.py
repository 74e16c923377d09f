"""The context every resolution step reads and writes for one article: :class:`Article`.

One object travels through the steps of :mod:`analysis.speakers.article`: the text and its
sentences, the quotation rows, the stretches inside quote marks, the short names the article
defines, and what the steps build — the entities, the entities of each mention (``ents``), the
bodies by folded name (``index``) and, for every mention a step bound, which step did it
(``bound``). Its methods are the small questions every step asks (where is this offset, is this a
person, may this pronoun point at these entities).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from analysis.fr.grammar import DEFINITE_ARTICLES
from analysis.fr.speaker_words import PLACE_HEADS
from analysis.fr.text import fold
from analysis.nlp.segment import paragraph_spans, segment
from analysis.speakers.acronyms import acronyms
from analysis.speakers.entity import Entity, Mentions, Noted
from analysis.speakers.lexicon import demonyms
from analysis.speakers.mentions import equivalents
from analysis.speakers.names import NameIndex
from analysis.speakers.phrases import Role
from analysis.speakers.scan import Sentence

LOCATE_REACH = 2_000
"""An attributing string given without offsets is looked for at most this many characters from its
quotation (it is next to it, or in the sentence before; a search of the whole text for every
quotation would grow with the square of its length)."""
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


@lru_cache(maxsize=16384)
def role_heads(role: Role) -> tuple[str, ...]:
    """The heads of ``role`` and of its other wordings (« chef de l'État », « président »)."""
    return tuple(dict.fromkeys(alt.head for alt in equivalents(role)))


def valid(value: Any) -> bool:
    """Is a quotes-frame value present (not None, NaN or NA)?"""
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    try:
        return not bool(value != value)
    except (TypeError, ValueError):
        return True


def as_int(value: Any) -> int | None:
    """A quotes-frame value as an int, or None when missing or not a number."""
    if not valid(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _tiles(text: str, sentences: list[Sentence]) -> bool:
    """Do these (paragraph, start, end) rows cut ``text`` into its paragraphs and sentences, as
    :func:`analysis.nlp.segment.segment` does (every character covered once, white space aside)?"""
    paras = paragraph_spans(text)
    pos = 0
    for s in sentences:
        if not (0 <= s.para < len(paras) and paras[s.para].start <= s.start < s.end <= paras[s.para].end):
            return False
        if s.start < pos or (s.start > pos and not text[pos:s.start].isspace()):
            return False
        pos = s.end
    return pos == len(text) or text[pos:].isspace()


def _people_of_place(word: str) -> bool:
    """Is the folded ``word`` a nationality or a place's people, singular or plural (« francais », « belges »)?"""
    return word in demonyms() or word.endswith("s") and word[:-1] in demonyms()


class _SpanIndex:
    """Quotation spans sorted by start, with the two largest ends among the spans opened so far: whether
    a span other than a given one covers an offset is one bisection, not a pass over every quotation."""

    def __init__(self, spans: list[tuple[dict[str, Any], int, int]]) -> None:  # (quotation, start, end)
        spans = sorted(spans, key=lambda s: s[1])
        self.spans = spans
        self.starts = [a for _o, a, _b in spans]
        self.best: list[tuple[int, int, int]] = []  # (largest end, id of its quotation, second largest end) so far
        e1, o1, e2 = -1, 0, -1
        for owner, _a, b in spans:
            if b > e1:
                e1, o1, e2 = b, id(owner), e1
            elif b > e2:
                e2 = b
            self.best.append((e1, o1, e2))

    def covers(self, pos: int, *, but: dict[str, Any]) -> bool:
        """Does a span of a quotation other than ``but`` hold ``pos`` (start ≤ pos < end)?"""
        k = bisect_right(self.starts, pos) - 1
        if k < 0:
            return False
        e1, o1, e2 = self.best[k]
        return (e1 > pos and o1 != id(but)) or e2 > pos

    def holding(self, pos: int) -> Iterator[dict[str, Any]]:
        """The quotations whose span holds ``pos``, the one starting last first."""
        k = bisect_right(self.starts, pos) - 1
        while k >= 0 and self.best[k][0] > pos:  # (no span opened before k reaches further)
            owner, _a, b = self.spans[k]
            if b > pos:
                yield owner
            k -= 1


class Pointers(dict):
    """A dict whose values point at entities (an entity, or a tuple of entity keys), that also knows
    which of its keys point at each entity, and in which order its keys came: a merge rewrites the
    keys that point at the merged entity, not the whole dict, and a search by the first word of the
    keys (:meth:`starting`) reads only those."""

    def __init__(self, targets: Callable[[Any], Iterable[int]]) -> None:
        super().__init__()
        self._targets = targets
        self._by_target: dict[int, dict[Any, None]] = {}
        self._order: dict[Any, int] = {}  # key → rank of its first insertion
        self._by_first: dict[str, list[Any]] = {}  # first word of a string key → those keys

    def __setitem__(self, key: Any, value: Any) -> None:
        if key in self:
            for t in self._targets(self[key]):
                self._by_target.get(t, {}).pop(key, None)
        else:
            self._order[key] = len(self._order)
            if isinstance(key, str):
                self._by_first.setdefault(key.split(" ", 1)[0], []).append(key)
        super().__setitem__(key, value)
        for t in self._targets(value):
            self._by_target.setdefault(t, {})[key] = None

    def setdefault(self, key: Any, value: Any = None) -> Any:
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other: Any = (), **kw: Any) -> None:
        for key, value in dict(other, **kw).items():
            self[key] = value

    def pointing_at(self, target: int) -> list[Any]:
        """The keys whose value points at entity key ``target``, in the order they came."""
        return sorted(self._by_target.get(target, ()), key=self._order.__getitem__)

    def rank(self, key: Any) -> int:
        """When ``key`` came (0 for the first)."""
        return self._order[key]

    def starting(self, word: str) -> list[Any]:
        """The string keys whose first word is ``word``, in the order they came."""
        return self._by_first.get(word, [])


@dataclass
class Article:
    """One article while its speakers are resolved (see the module docstring)."""

    text: str
    quotes: list[dict[str, Any]]
    sentences: list[Sentence]
    quoted: list[tuple[int, int]]  # stretches inside quote marks
    acronyms: dict[str, tuple[str, int, int]]  # folded short name → (full name, start, end)
    entities: dict[int, Entity] = field(default_factory=dict)
    ents: Pointers = field(default_factory=lambda: Pointers(lambda keys: keys))  # id(mention) → its entities' keys
    index: Pointers = field(default_factory=lambda: Pointers(lambda e: (e.key,)))  # folded body name or alias → its entity
    bound: dict[int, str] = field(default_factory=dict)  # id(mention) → the step that bound it (entity.BINDINGS)
    name_index: NameIndex = field(default_factory=NameIndex)  # the keys of named entities by the words of their names
    _by_para: dict[int, dict[int, None]] = field(default_factory=dict, repr=False)  # paragraph → keys mentioned there
    _by_role: dict[str, set[int]] = field(default_factory=dict, repr=False)  # role head (or its first words) → keys
    _by_role_word: dict[str, set[int]] = field(default_factory=dict, repr=False)  # first word of a given role → keys
    _sources: dict[tuple[str, ...], Entity] = field(default_factory=dict, repr=False)  # source_key → its entity
    _ends: list[int] | None = field(default=None, repr=False)
    _para_starts: dict[int, int] | None = field(default=None, repr=False)
    _defined: list[tuple[str, int, str]] | None = field(default=None, repr=False)
    _paras: list[int] = field(default_factory=list, repr=False)
    _spans: _SpanIndex | None = field(default=None, repr=False)

    @classmethod
    def of(cls, text: str, quotes: list[dict[str, Any]], sentences: list[Sentence] | None = None) -> Article:
        """The context of ``text`` and its quotation rows; ``sentences`` are reused when they tile the text."""
        if not (sentences is not None and sentences and _tiles(text, sentences)):
            sentences = [Sentence(s.paragraph, s.start, s.end) for s in segment(text)]
        return cls(text=text, quotes=sorted(quotes, key=lambda q: (as_int(q.get("start")) or 0)), sentences=sentences,
                   quoted=[(m.start(), m.end()) for m in _QUOTED.finditer(text)],
                   acronyms=acronyms(text) if "(" in text else {})

    # -- entities
    def new(self, **kw: Any) -> Entity:
        # keys only grow (each new one is above every key present), so the last one is the largest
        e = Entity(key=next(reversed(self.entities), -1) + 1, **kw)
        e.mentions = Mentions(lambda m, key=e.key: self._by_para.setdefault(m.para, {}).setdefault(key), e.mentions)
        e.roles = Noted(lambda r, key=e.key: self._note_role(key, r, given=True), e.roles)
        e.epithets = Noted(lambda r, key=e.key: self._note_role(key, r), e.epithets)
        self.entities[e.key] = e
        if e.source_key is not None:
            self._sources[e.source_key] = e
        return e

    def bodies_called(self, noun: str) -> list[Entity]:
        """The bodies (entities of :attr:`index`) named with a name that begins with ``noun`` and says
        more (« groupe industriel Fermaux » for « groupe »), or given a role that begins with it, in
        the order the index first named them."""
        rank: dict[int, int] = {}
        for name in self.index.starting(noun):
            x = self.index[name]
            if " " in name and x.key not in rank:
                rank[x.key] = self.index.rank(name)
        for key in self._by_role_word.get(noun, ()):
            x = self.entities.get(key)
            names = [n for n in self.index.pointing_at(key) if x is not None and self.index[n] is x]
            if names:
                rank[key] = min(rank.get(key, len(self.index)), self.index.rank(names[0]))
        return [self.entities[k] for k in sorted(rank, key=rank.__getitem__) if k in self.entities]

    def defined_from(self, start: str) -> list[str]:
        """The full names the article defines (:attr:`acronyms`) whose folded form begins with ``start``
        then a space or a comma, in the order of :attr:`acronyms`."""
        if self._defined is None:
            self._defined = sorted((fold(full), n, full) for n, (full, _s, _e) in enumerate(self.acronyms.values()))
        k = bisect_left(self._defined, (start,))
        found = []
        while k < len(self._defined) and self._defined[k][0].startswith(start):
            folded, n, full = self._defined[k]
            if folded[len(start):len(start) + 1] in {",", " "}:
                found.append((n, full))
            k += 1
        return [full for _n, full in sorted(found)]

    def source(self, key: tuple[str, ...]) -> Entity | None:
        """The unnamed source (or newsroom) entity made with ``source_key`` ``key``, if it is still there."""
        e = self._sources.get(key)
        return e if e is not None and self.entities.get(e.key) is e else None

    def _note_role(self, key: int, role: Role, *, given: bool = False) -> None:
        if given:  # a role the text gives it (not one inferred): also by the first word of its wording
            self._by_role_word.setdefault(fold(role.text).split(" ")[0], set()).add(key)
        for head in role_heads(role):
            words = head.split(" ")
            for n in range(1, len(words) + 1):  # « procureure » finds « procureure de la République »
                self._by_role.setdefault(" ".join(words[:n]), set()).add(key)

    def holding(self, role: Role, first: int, last: int) -> list[Entity]:
        """The entities mentioned in paragraphs ``first`` to ``last`` whose roles or descriptions share a
        head with ``role`` or one of its other wordings (or begin with it), in the order they were made:
        the only ones there a role can fit (:func:`analysis.speakers.roles.role_fit`,
        :func:`analysis.speakers.roles.epithet_repeat`)."""
        keys: set[int] = set()
        for head in role_heads(role):
            keys.update(self._by_role.get(head, ()))
        return self._live(keys & self._near_keys(first, last)) if keys else []

    def near(self, first: int, last: int) -> list[Entity]:
        """The entities mentioned in paragraphs ``first`` to ``last``, in the order they were made: what a
        search bounded to those paragraphs needs to look at, however long the article is (a superset:
        a mention moved away since is not forgotten here)."""
        return self._live(self._near_keys(first, last))

    def _near_keys(self, first: int, last: int) -> set[int]:
        keys: set[int] = set()
        for para in range(first, last + 1):
            keys.update(self._by_para.get(para, ()))
        return keys

    def _live(self, keys: set[int]) -> list[Entity]:
        return [self.entities[k] for k in sorted(keys) if k in self.entities]

    def merge(self, e: Entity, into: Entity) -> None:
        """Fold entity ``e`` into ``into`` (every mention, and every quotation resolved to ``e``)."""
        into.mentions.extend(e.mentions)
        into.kind_votes.extend(e.kind_votes)
        for key in self.index.pointing_at(e.key):
            if self.index[key] is e:
                self.index[key] = into
        for k in self.ents.pointing_at(e.key):
            self.ents[k] = tuple(dict.fromkeys(into.key if x == e.key else x for x in self.ents[k]))
        self.entities.pop(e.key, None)

    # -- positions
    def para_start(self, para: int) -> int:
        """Offset where paragraph ``para`` starts (0 before the first, the text's length after the last):
        mentions of paragraphs ``a`` to ``b`` lie between ``para_start(a)`` and ``para_start(b + 1)``."""
        if self._para_starts is None:
            self._para_starts = {}
            for s in self.sentences:
                self._para_starts.setdefault(s.para, s.start)
            self._paras = sorted(self._para_starts)
        k = bisect_left(self._paras, para)
        if k == len(self._paras):
            return len(self.text)
        return self._para_starts[self._paras[k]] if k else 0

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """(index, paragraph) of the sentence holding ``pos``, or of the next one after a gap."""
        if self._ends is None:
            self._ends = [s.end for s in self.sentences]
        k = bisect_right(self._ends, pos)  # sentences are in order and do not overlap
        if k < len(self.sentences):
            return k, self.sentences[k].para
        return (len(self.sentences) - 1, self.sentences[-1].para) if self.sentences else (0, 0)

    def locate(self, q: dict[str, Any]) -> tuple[int, int] | None:
        """Offsets of the quote's attributing string (given, or the nearest occurrence within
        :data:`LOCATE_REACH` characters of the quotation)."""
        s, e = as_int(q.get("mention_start")), as_int(q.get("mention_end"))
        if s is not None and e is not None and 0 <= s < e <= len(self.text):
            return s, e
        surface = q.get("speaker_mention")
        if not valid(surface) or not str(surface).strip():
            return None
        surface = str(surface).strip()
        qs, qe = as_int(q.get("start")) or 0, as_int(q.get("end")) or 0
        around = re.compile(re.escape(surface)).finditer(self.text, max(0, qs - LOCATE_REACH), qe + LOCATE_REACH)
        hits = [m.start() for m in around]
        if not hits:
            return None
        outside = [h for h in hits if not qs <= h < qe] or hits
        best = min(outside, key=lambda h: min(abs(h - qe), abs(h + len(surface) - qs)))
        return best, best + len(surface)

    def nested(self, q: dict[str, Any]) -> bool:
        """Is the cue of ``q`` inside another quotation's content (an inner layer of reported speech)?"""
        cs = as_int(q.get("cue_start"))
        if cs is None:
            return False
        return self.quote_spans().covers(cs, but=q)

    def quote_spans(self) -> _SpanIndex:
        """The quotations' spans, indexed (:meth:`nested`, and which quotations hold an offset)."""
        if self._spans is None:
            self._spans = _SpanIndex([(o, as_int(o.get("start")) or 0, as_int(o.get("end")) or 0) for o in self.quotes])
        return self._spans

    # -- what the text says of the entities
    def fits(self, keys: tuple[int, ...], g: str, n: str) -> bool:
        """May an expression of gender ``g`` and number ``n`` (« il », « ces derniers ») point at ``keys``?"""
        if not keys:
            return False
        ents = [self.entities[k] for k in keys]
        for e in ents:
            kind = e.kind_so_far(spoke=e.spoke)
            if kind in {"place", "unknown"} and not e.spoke:
                return False
        if n == "p" and not (len(ents) > 1 or ents[0].number == "p" or ents[0].collective):
            return False
        if n == "s" and (len(ents) > 1 or ents[0].number == "p"):
            return False
        if g and not (n == "p" and g == "m"):
            return all(e.gender_hint() in {"", g} for e in ents)
        return True

    def gender_of(self, keys: tuple[int, ...]) -> str:
        """The gender the text gives the one person ``keys`` points at ("" if unknown, several or no person)."""
        if len(keys) != 1 or not self.is_person(keys):
            return ""
        return self.entities[keys[0]].gender_hint()

    def is_person(self, keys: tuple[int, ...]) -> bool:
        return all(self.entities[k].kind_so_far() == "person" for k in keys)

    def personlike(self, e: Entity) -> bool:
        """Does the text present this named entity as a person (a title, a role, a gender, a person
        mention, or a first name and a surname), and not as a place (« Gare Montparnasse »)?"""
        if e.orgs or e.transient or e.number == "p":
            return False
        first = fold(e.fullest_name).split(" ")[0] if e.names else ""
        if first in PLACE_HEADS:
            return False
        if len(e.words) > 1 and _people_of_place(first) and not (e.titled or e.roles):
            return False  # « Français de Nantes »: people of a place, not a first name
        if e.titled or e.roles or e.gender_evidence or "person" in e.kind_votes:
            return True
        return len(e.words) >= 2 and "place" not in e.kind_votes and "organisation" not in e.kind_votes

    def is_body(self, e: Entity) -> bool:
        """Is ``e`` a body the story names (a proper name or a definite body noun), not a transient one?"""
        if e.transient:
            return False
        if e.orgs and not e.names:
            return e.proper_org or e.article in DEFINITE_ARTICLES
        return bool(e.names) and not (e.titled or e.roles or e.gender_evidence) and len(e.words) == 1 \
            and e.kind_so_far(spoke=e.spoke) != "place"  # (« notamment en France » names a place, not an author)
