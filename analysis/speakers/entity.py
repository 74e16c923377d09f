"""The records speaker resolution keeps for one article: entities, links, and what it reports.

- :class:`Entity`: a person, body, medium or unnamed source while the article is resolved (every
  mention bound to it, what the text says of its kind, roles and gender);
- :class:`Link`: one mention and the entities it was resolved to, with the rule that did it;
- :class:`Found`: a quotation's speaker while resolving;
- :class:`Speaker`, :class:`QuoteSpeaker`, :class:`ArticleResult`: the frozen results the frames
  are built from (cached by the hundred, so they hold spans, not mention objects).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from analysis.speakers import gender as gender_rules
from analysis.speakers import kinds as kind_rules
from analysis.speakers.names import most_complete, name_words
from analysis.speakers.phrases import Mention, Role

BINDINGS: tuple[str, ...] = ("role fit", "office holder", "epithet", "last named", "description", "current speaker",
                             "lede speaker", "newsroom", "unnamed source")
"""How :func:`analysis.speakers.descriptions.bind_role` can bind a role without a name (``QuoteSpeaker.step``)."""


@dataclass(slots=True)
class Link:
    """A mention and the entities it was resolved to."""

    mention: Mention
    ents: tuple[int, ...] = ()
    quote: bool = False  # the attributing mention of a quotation
    rule: str = ""
    antecedent: Link | None = None
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    quote_paras: list[int] = field(default_factory=list)
    nested: bool = False  # its quotations are reported inside another's (« a raconté avoir entendu X dire : « … » »)
    continues: Any = None  # for a quotation that carries its speaker over: the quote id it continues
    quote_id: Any = None  # and its own quote id


class Noted(list):
    """A list that tells a callback every item added to it: an entity's mentions and roles, so that its
    article can index who is mentioned in which paragraph and who holds which role
    (:meth:`analysis.speakers.context.Article.near`, :meth:`~analysis.speakers.context.Article.holding`)
    without a pass over every entity."""

    __slots__ = ("_noted",)

    def __init__(self, noted: Callable[[Any], None], items: Iterable[Any] = ()) -> None:
        super().__init__()
        self._noted = noted
        self.extend(items)

    def append(self, item: Any) -> None:
        super().append(item)
        self._noted(item)

    def extend(self, items: Iterable[Any]) -> None:
        items = list(items)
        super().extend(items)
        for item in items:
            self._noted(item)


class Mentions(Noted):
    """An entity's mentions (in the order they were bound), also kept sorted by offset, so that « its
    mentions in these paragraphs » or « its last mention before this one » cost a bisection, not a
    pass over the hundreds of mentions of a person who recurs through a long text."""

    __slots__ = ("_items", "_starts")

    def __init__(self, noted: Callable[[Any], None], items: Iterable[Mention] = ()) -> None:
        self._starts: list[int] = []
        self._items: list[Mention] = []  # sorted by start; equal starts in the order they were bound
        super().__init__(noted, items)

    def append(self, item: Mention) -> None:
        k = bisect_right(self._starts, item.start)
        self._starts.insert(k, item.start)
        self._items.insert(k, item)
        super().append(item)

    def extend(self, items: Iterable[Mention]) -> None:
        for item in list(items):
            self.append(item)

    def discard(self, item: Mention) -> None:
        """Unbind ``item`` (every time it was bound)."""
        kept = [x for x in self if x is not item]
        list.clear(self)
        list.extend(self, kept)
        self._starts = [x.start for x in self._items if x is not item]
        self._items = [x for x in self._items if x is not item]

    def between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting at ``lo`` or after and before ``hi``, by offset."""
        return self._items[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]

    def count_before(self, pos: int) -> int:
        """How many of its mentions start before ``pos``."""
        return bisect_left(self._starts, pos)

    def first(self) -> Mention | None:
        """The mention with the smallest offset (of several there, the first bound)."""
        return self._items[0] if self._items else None

    def first_start(self, default: int = -1) -> int:
        return self._starts[0] if self._starts else default

    def last_start_before(self, pos: int, default: int = -1) -> int:
        """The largest offset of a mention starting before ``pos``."""
        k = bisect_left(self._starts, pos)
        return self._starts[k - 1] if k else default

    def last_before(self, pos: int, keep: Callable[[Mention], bool]) -> Mention | None:
        """The mention that ``keep`` accepts starting last before ``pos`` (of several with that offset,
        the first bound)."""
        k = bisect_left(self._starts, pos)
        while k:
            k -= 1
            if keep(self._items[k]):
                start, found = self._starts[k], self._items[k]
                while k and self._starts[k - 1] == start:  # the first bound of those at that offset
                    k -= 1
                    if keep(self._items[k]):
                        found = self._items[k]
                return found
        return None


@dataclass
class Entity:
    """A person, body, medium or unnamed source of one article."""

    key: int
    names: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    label: str = ""
    roles: list[Role] = field(default_factory=list)
    bound_roles: list[Role] = field(default_factory=list)  # roles of mentions bound to it (display only)
    epithets: list[Role] = field(default_factory=list)  # descriptions bound to it (« la quadragénaire »)
    kind_votes: list[str] = field(default_factory=list)
    gender_evidence: list[tuple[str, str]] = field(default_factory=list)
    number: str = "s"
    titled: bool = False
    spoke: bool = False
    mentions: list[Mention] = field(default_factory=list)
    kind: str = ""
    gender: str = "unknown"
    article: str = ""  # « la », « l' », « les »: a body named by a common noun keeps it (« la police de Londres »)
    transient: bool = False  # « un gouvernement » (indefinite, or inside a quotation): never merged into
    generic: str = ""  # « l'entreprise »: the body noun of a description that may stand for a named body
    collective: bool = False  # a body also spoken of as a group (« les auteurs » of its study: « ils »)
    defined: str = ""  # the full name the article gives its short name (« Société de transport de Montréal (STM) »)
    introduced: bool = False  # an unnamed person introduced by an indefinite (« une habitante du hameau »)
    source_key: tuple[str, ...] | None = None  # an unnamed source's identity (« ("unnamed", "des experts") »)
    _memo: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False, compare=False)
    # words, display and role are asked for again and again while resolving: each is kept with the
    # state it was computed from (the lists only ever grow, so their lengths say when it changed)

    @property
    def fullest_name(self) -> str:
        """:func:`~analysis.speakers.names.most_complete` of its names, kept up to date as names are added
        (a person named a thousand times in a book is not compared a thousand times over)."""
        seen, best = self._memo.get("fullest", (0, ""))
        if seen != len(self.names):
            best = most_complete([best, *self.names[seen:]]) if seen else most_complete(self.names)
            self._memo["fullest"] = (len(self.names), best)
        return best

    @property
    def words(self) -> tuple[str, ...]:
        state = len(self.names)
        hit = self._memo.get("words")
        if hit is None or hit[0] != state:
            hit = self._memo["words"] = (state, name_words(self.fullest_name) if self.names else ())
        return hit[1]

    @property
    def display(self) -> str:
        state = (len(self.names), len(self.orgs), self.article, self.label, self.defined)
        hit = self._memo.get("display")
        if hit is None or hit[0] != state:
            hit = self._memo["display"] = (state, self._display())
        return hit[1]

    def _display(self) -> str:
        if self.names:
            return self.fullest_name
        if self.defined:
            return self.defined
        if self.orgs:
            best = max(self.orgs, key=lambda o: (any(ch.isupper() for ch in o), len(o.split()), len(o)))
            if best[:1].islower() and self.article:  # as written: « la préfecture », « l'armée russe »
                return f"{self.article}{best}" if self.article.endswith("'") else f"{self.article} {best}"
            return best
        return self.label

    @property
    def role(self) -> str:
        """The role the article gives most often (its most complete wording)."""
        state = (len(self.roles), len(self.bound_roles))
        hit = self._memo.get("role")
        if hit is None or hit[0] != state:
            hit = self._memo["role"] = (state, self._role())
        return hit[1]

    def _role(self) -> str:
        if not self.roles:
            return ""
        heads = Counter(r.head for r in self.roles)
        head = max(heads, key=lambda h: (heads[h], -min(r.start for r in self.roles if r.head == h)))
        texts = [r.text for r in self.roles if r.head == head]
        if not any(r.quals for r in self.roles if r.head == head):  # « président » + « le président du Portugal »
            texts += [r.text for r in self.bound_roles if r.head == head]
        return max(texts, key=lambda t: (len(t.split()) <= 8, len(t)))

    @property
    def proper_org(self) -> bool:
        """Is one of the names it was given as a body capitalised (« la CGT », not only « le syndicat »)?"""
        seen, found = self._memo.get("proper", (0, False))
        if seen != len(self.orgs):  # names are only ever added
            found = found or any(o[:1].isupper() for o in self.orgs[seen:])
            self._memo["proper"] = (len(self.orgs), found)
        return found

    def role_forms(self, *, roles: bool = True, epithets: bool = False) -> list[Role]:
        """Its roles (and/or descriptions), one per head and qualifiers: what fitting another role to
        them reads (:func:`analysis.speakers.roles.role_fit`), without the repeats of a person called
        « le maire » a hundred times."""
        slot = f"forms {roles} {epithets}"
        n_roles, n_epithets, seen, forms = self._memo.get(slot, (0, 0, set(), []))
        for said, done in ((self.roles if roles else [], n_roles), (self.epithets if epithets else [], n_epithets)):
            for r in said[done:]:
                if (r.head, r.quals) not in seen:
                    seen.add((r.head, r.quals))
                    forms.append(r)
        self._memo[slot] = (len(self.roles), len(self.epithets), seen, forms)
        return forms

    def ever(self, what: str, test: Callable[[Mention], bool]) -> bool:
        """Does one of its mentions pass ``test`` (remembered as ``what``, and only new mentions looked at
        when it is asked again)?"""
        seen, found = self._memo.get(what, (0, False))
        if seen > len(self.mentions):  # a mention was unbound: look again
            seen, found = 0, False
        if not found:
            found = any(test(x) for x in self.mentions[seen:])
        self._memo[what] = (len(self.mentions), found)
        return found

    def gender_hint(self) -> str:
        """Gender known so far from titles, role forms and determiners (used while resolving)."""
        seen, balance, value = self._memo.get("gender", (0, {}, ""))
        if seen != len(self.gender_evidence):  # evidence is only ever added: count the new pieces only
            gender_rules.tally((e for e in self.gender_evidence[seen:] if e[0] != "pronoun"), balance)
            value = gender_rules.verdict(balance)
            value = "" if value == "unknown" else value
            self._memo["gender"] = (len(self.gender_evidence), balance, value)
        return value

    def kind_so_far(self, *, spoke: bool = False) -> str:
        """The kind its mentions suggest so far (:func:`analysis.speakers.kinds.decide`; used while resolving)."""
        state = (len(self.kind_votes), len(self.names), self.titled)
        slot = "kind, spoke" if spoke else "kind"
        hit = self._memo.get(slot)
        if hit is None or hit[0] != state:
            hit = self._memo[slot] = (state, kind_rules.decide(self.kind_votes, n_name_words=len(self.words),
                                                                has_title_or_role=self.titled, spoke=spoke))
        return hit[1]


@dataclass
class Found:
    """A quotation's speaker while resolving: the entities, the rule that found them (« name », « pronoun→X »,
    « continuation », « cue » …) and the link they were found through."""

    ents: tuple[int, ...]
    rule: str
    link: Link | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """An entity once the article is resolved: what the frames report, nothing more (cached by the
    hundred, so it keeps no mention objects, only their spans)."""

    key: int
    display: str
    names: tuple[str, ...]
    orgs: tuple[str, ...]
    words: tuple[str, ...]
    kind: str
    role: str
    gender: str
    mentions: tuple[tuple[str, int, int], ...]  # (surface, start, end), sorted, each once


@dataclass(frozen=True, slots=True)
class QuoteSpeaker:
    """A quotation's speaker(s): entity keys, the rule that found them, and the antecedent of an
    anaphor as (surface, start, paragraph) when one was used."""

    ents: tuple[int, ...]
    rule: str
    antecedent: tuple[str, int, int] | None = None
    step: str = ""  # the step that bound the attributing mention to its entity (:data:`BINDINGS`), if one did


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One resolved article: its speakers by entity key, and each quotation's speaker(s) by quote id."""

    entities: dict[int, Speaker]
    quotes: dict[Any, QuoteSpeaker]


def speaker_of(e: Entity) -> Speaker:
    """What the frames report of entity ``e``."""
    spans = sorted({(m.text, m.start, m.end) for m in e.mentions}, key=lambda s: (s[1], s[2]))
    return Speaker(e.key, e.display, tuple(e.names), tuple(e.orgs), e.words, e.kind, e.role, e.gender, tuple(spans))


def quote_speaker(found: Found, step: str = "") -> QuoteSpeaker:
    """What the frames report of a quotation's speaker (``step``: what bound its mention, if known)."""
    link = found.link
    ante = link.antecedent.mention if link is not None and link.antecedent is not None else None
    return QuoteSpeaker(found.ents, found.rule, (ante.text, ante.start, ante.para) if ante is not None else None,
                        step)
