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
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from analysis.fr.grammar import DEFINITE_ARTICLES
from analysis.fr.speaker_words import PLACE_HEADS
from analysis.fr.text import fold
from analysis.nlp.segment import paragraph_spans, segment
from analysis.speakers import kinds as kind_rules
from analysis.speakers.acronyms import acronyms
from analysis.speakers.entity import Entity
from analysis.speakers.names import most_complete
from analysis.speakers.scan import Sentence

_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


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


@dataclass
class Article:
    """One article while its speakers are resolved (see the module docstring)."""

    text: str
    quotes: list[dict[str, Any]]
    sentences: list[Sentence]
    quoted: list[tuple[int, int]]  # stretches inside quote marks
    acronyms: dict[str, tuple[str, int, int]]  # folded short name → (full name, start, end)
    entities: dict[int, Entity] = field(default_factory=dict)
    ents: dict[int, tuple[int, ...]] = field(default_factory=dict)  # id(mention) → its entities' keys
    index: dict[str, Entity] = field(default_factory=dict)  # folded body name or alias → its entity
    bound: dict[int, str] = field(default_factory=dict)  # id(mention) → the step that bound it (entity.BINDINGS)
    _ends: list[int] | None = field(default=None, repr=False)
    _spans: list[tuple[dict[str, Any], int, int]] | None = field(default=None, repr=False)

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
        e = Entity(key=max(self.entities, default=-1) + 1, **kw)
        self.entities[e.key] = e
        return e

    def merge(self, e: Entity, into: Entity) -> None:
        """Fold entity ``e`` into ``into`` (every mention, and every quotation resolved to ``e``)."""
        into.mentions.extend(e.mentions)
        into.kind_votes.extend(e.kind_votes)
        for key, x in list(self.index.items()):
            if x is e:
                self.index[key] = into
        for k, v in list(self.ents.items()):
            if e.key in v:
                self.ents[k] = tuple(dict.fromkeys(into.key if x == e.key else x for x in v))
        self.entities.pop(e.key, None)

    # -- positions
    def sentence_of(self, pos: int) -> tuple[int, int]:
        """(index, paragraph) of the sentence holding ``pos``, or of the next one after a gap."""
        if self._ends is None:
            self._ends = [s.end for s in self.sentences]
        k = bisect_right(self._ends, pos)  # sentences are in order and do not overlap
        if k < len(self.sentences):
            return k, self.sentences[k].para
        return (len(self.sentences) - 1, self.sentences[-1].para) if self.sentences else (0, 0)

    def locate(self, q: dict[str, Any]) -> tuple[int, int] | None:
        """Offsets of the quote's attributing string (given, or searched near the quotation)."""
        s, e = as_int(q.get("mention_start")), as_int(q.get("mention_end"))
        if s is not None and e is not None and 0 <= s < e <= len(self.text):
            return s, e
        surface = q.get("speaker_mention")
        if not valid(surface) or not str(surface).strip():
            return None
        surface = str(surface).strip()
        qs, qe = as_int(q.get("start")) or 0, as_int(q.get("end")) or 0
        hits = [m.start() for m in re.finditer(re.escape(surface), self.text)]
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
        if self._spans is None:
            self._spans = [(o, as_int(o.get("start")) or 0, as_int(o.get("end")) or 0) for o in self.quotes]
        return any(a <= cs < b for o, a, b in self._spans if o is not q)

    # -- what the text says of the entities
    def fits(self, keys: tuple[int, ...], g: str, n: str) -> bool:
        """May an expression of gender ``g`` and number ``n`` (« il », « ces derniers ») point at ``keys``?"""
        if not keys:
            return False
        ents = [self.entities[k] for k in keys]
        for e in ents:
            kind = kind_rules.decide(e.kind_votes, n_name_words=len(e.words), has_title_or_role=e.titled, spoke=e.spoke)
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
        return all(kind_rules.decide(self.entities[k].kind_votes, n_name_words=len(self.entities[k].words),
                                     has_title_or_role=self.entities[k].titled) == "person" for k in keys)

    def personlike(self, e: Entity) -> bool:
        """Does the text present this named entity as a person (a title, a role, a gender, a person
        mention, or a first name and a surname), and not as a place (« Gare Montparnasse »)?"""
        if e.orgs or e.transient or e.number == "p":
            return False
        first = fold(most_complete(e.names)).split(" ")[0] if e.names else ""
        if first in PLACE_HEADS:
            return False
        if e.titled or e.roles or e.gender_evidence or "person" in e.kind_votes:
            return True
        return len(e.words) >= 2 and "place" not in e.kind_votes and "organisation" not in e.kind_votes

    def is_body(self, e: Entity) -> bool:
        """Is ``e`` a body the story names (a proper name or a definite body noun), not a transient one?"""
        if e.transient:
            return False
        if e.orgs and not e.names:
            return any(o[:1].isupper() for o in e.orgs) or e.article in DEFINITE_ARTICLES
        return bool(e.names) and not (e.titled or e.roles or e.gender_evidence) and len(e.words) == 1
