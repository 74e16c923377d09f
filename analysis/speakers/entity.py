"""The records speaker resolution keeps for one article: entities, links, and what it reports.

- :class:`Entity`: a person, body, medium or unnamed source while the article is resolved (every
  mention bound to it, what the text says of its kind, roles and gender);
- :class:`Link`: one mention and the entities it was resolved to, with the rule that did it;
- :class:`Found`: a quotation's speaker while resolving;
- :class:`Speaker`, :class:`QuoteSpeaker`, :class:`ArticleResult`: the frozen results the frames
  are built from (cached by the hundred, so they hold spans, not mention objects).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from analysis.speakers import gender as gender_rules
from analysis.speakers.names import most_complete, name_words
from analysis.speakers.phrases import Mention, Role

BINDINGS: tuple[str, ...] = ("role fit", "office holder", "epithet", "last named", "description", "newsroom",
                             "unnamed source")
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
    _memo: dict[str, tuple[Any, Any]] = field(default_factory=dict, repr=False, compare=False)
    # words, display and role are asked for again and again while resolving: each is kept with the
    # state it was computed from (the lists only ever grow, so their lengths say when it changed)

    @property
    def words(self) -> tuple[str, ...]:
        state = len(self.names)
        hit = self._memo.get("words")
        if hit is None or hit[0] != state:
            hit = self._memo["words"] = (state, name_words(most_complete(self.names)) if self.names else ())
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
            return most_complete(self.names)
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

    def gender_hint(self) -> str:
        """Gender known so far from titles, role forms and determiners (used while resolving)."""
        value = gender_rules.decide(e for e in self.gender_evidence if e[0] != "pronoun")
        return "" if value == "unknown" else value


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
