"""Resolve the speakers of one article: every mention → an entity, every quotation → its speaker(s).

Steps, in order:
1. find every mention in the running text (:func:`analysis.speakers.scan.scan`, bodies named
   inside a longer mention included: « le président du Syndicat X (SX), Y ») and parse each
   quotation's attributing string (:func:`analysis.speakers.mentions.parse_mention`; a string
   that stopped short of the name that follows its role takes it: « la directrice de X, la Dr Y »);
2. group names into people (« Vladimir Poutine » ← « M. Poutine » ← « le président russe
   Vladimir Poutine »), bodies and media into organisations (« le ministère » ← « le ministère
   des Affaires étrangères »).
   A short name is the full name the article defines anywhere (« la STM » = « la Société de
   transport de Montréal (STM) », commas included: :mod:`analysis.speakers.acronyms`), a
   description between commas is the body it follows (« Vigicrues, le service public … »), a
   generic noun is the named body of its family that the story is about (« l'entreprise » →
   « la société Valortri »; « le club castelnaudais » → the club named after Castelnau;
   « leur syndicat » in a lede → the union the next paragraph names; « l'administration
   régionale » → the body just cited), « le ministère » is the ministry of the minister the
   article names, « les Houthis » the group an earlier description called « houthis », a
   metonym the body it stands for when the article names that body (« la place Beauvau »);
3. bind roles without a name to the person the article gives that role (« le président russe »,
   « le président syndical » for « le président du Syndicat X », « le juge en chef »), before
   the mention if possible, else after it; an office nobody holds goes to the person acting or
   speaking just before it (« Bernard Quilliec a reçu … Le ministre de l'Agriculture a promis »;
   an elected office named by its place may be the party leader just quoted: « la députée de
   Seine-Saint-Denis »); a description (« la quadragénaire », « le technicien de 46 ans »,
   « l'actrice ») goes to the person named shortly before whose gender and trade it fits
   (:func:`_epithet_fit`); a definite or demonstrative description that none of these bound
   points back at someone introduced before (:meth:`_Resolver._description`: « l'ancienne
   ministre », « le député du Nord » after the former minister just quoted, « cette enseignante »
   after « une habitante du hameau »); otherwise the role is an unnamed source, kept as written;
4. give documents and their authors the body that issued them (« le communiqué », « une étude
   publiée par l'Institut X », « leurs travaux », « les auteurs »);
5. resolve anaphors in text order (:mod:`analysis.speakers.pronouns`), a quotation that carries
   its speaker over counting as a statement by them (« … » ¶ « Ce dernier estime … »); name
   groups after their owner (« son entourage » → « entourage de X »);
6. give each quotation the entities of its mention, or of the quotation it continues;
7. a body description still as written (« le musée », « l'office », « le groupe », « l'électricien »),
   or resolved to a body of another kind (« l'administration » → a union), becomes the most recent
   body named before it with a noun of a fitting kind (:mod:`analysis.speakers.bodies`); a nested
   quotation by « Mon grand-père » is « grand-père de X », X the speaker of the quotation around it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

from analysis.fr.speaker_words import (
    ACADEMIC_EPITHETS,
    ANY_TRADE_EPITHETS,
    AUTHOR_ROLES,
    BACK_DETERMINERS,
    BODY_FAMILIES,
    DEMONSTRATIVES,
    DESCRIPTION_WINDOW,
    DOCUMENT_NOUNS,
    FIRST_PERSON_POSSESSIVES,
    FUNCTION_HEADS,
    GENERAL_EPITHETS,
    GENERIC_BODIES,
    GENERIC_ROLE_HEADS,
    INTRODUCING,
    KINSHIP,
    LAWYER_TITLES,
    LOCAL_ADJECTIVES,
    MANDATES,
    NAME_FAMILIES,
    NEUTRAL_HEADS,
    NEWSROOM,
    NOT_ADJECTIVES,
    PARTY_ROLES,
    PLACE_HEADS,
    PLAIN_PERSON_NOUNS,
    POSSESSIVES,
    RELATIONAL_NOUNS,
    SCHOLARS,
    SCIENCE_EPITHETS,
    SCIENCE_SUFFIXES,
    TITLE_TRADES,
)
from analysis.nlp.segment import paragraph_spans, segment
from analysis.speakers import bodies, pronouns
from analysis.speakers import gender as gender_rules
from analysis.speakers import kinds as kind_rules
from analysis.speakers.acronyms import acronyms
from analysis.speakers.lexicon import demonyms
from analysis.speakers.lexicon import key as _key
from analysis.speakers.lexicon import lexicon as _lexicon
from analysis.speakers.mentions import equivalents, parse_mention
from analysis.speakers.names import covers, most_complete, name_words
from analysis.speakers.phrases import FORMER, Mention, Role, is_function
from analysis.speakers.pronouns import Link
from analysis.speakers.scan import Sentence, scan
from analysis.speakers.text import fold

_CLAUSE_REST = re.compile(r"[^,.;:)]*")
_BY_OR_OF = re.compile(r"(?:^|\s)(?:par|de|du|des|d')(?:\s|$)|d'$")
_WITH_ACRONYM = re.compile(r"(.+?)\s*\(([^()]+)\)")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
_ARTICLES = {"le": "le", "la": "la", "l'": "l'", "les": "les", "du": "le", "au": "le", "aux": "les"}
_NOT_VERBS = {"le", "la", "les", "l'", "en", "y", "lui", "leur", "se", "s'", "qui", "que", "qu'", "aussi", "egalement",
              "notamment", "ainsi", "plus", "tres", "deja", "toujours", "encore"}
_PLURAL_INDEFINITE = {"des", "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "nombreux", "nombreuses"}
_DEFINITE = {"le", "la", "l'", "les", "du", "des", "au", "aux", "ce", "cette", "ces"}
_INDEFINITE = {"un", "une", "des", "de", "d'", "plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses"}


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
class _Found:
    """A quotation's speaker while resolving: the entities and the link they were found through."""

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


@dataclass(frozen=True, slots=True)
class ArticleResult:
    entities: dict[int, Speaker]
    quotes: dict[Any, QuoteSpeaker]


def _speaker(e: Entity) -> Speaker:
    spans = sorted({(m.text, m.start, m.end) for m in e.mentions}, key=lambda s: (s[1], s[2]))
    return Speaker(e.key, e.display, tuple(e.names), tuple(e.orgs), e.words, e.kind, e.role, e.gender, tuple(spans))


def _quote_speaker(found: _Found) -> QuoteSpeaker:
    link = found.link
    ante = link.antecedent.mention if link is not None and link.antecedent is not None else None
    return QuoteSpeaker(found.ents, found.rule, (ante.text, ante.start, ante.para) if ante is not None else None)


def _valid(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    try:
        return not bool(value != value)
    except (TypeError, ValueError):
        return True


def _int(value: Any) -> int | None:
    if not _valid(value):
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


class _Resolver:
    def __init__(self, text: str, quotes: list[dict[str, Any]], sentences: list[Sentence] | None = None) -> None:
        self.text = text
        self.quotes = sorted(quotes, key=lambda q: (_int(q.get("start")) or 0))
        if sentences is not None and sentences and _tiles(text, sentences):
            self.sentences = sentences  # the sentences frame the pipeline made already
        else:
            self.sentences = [Sentence(s.paragraph, s.start, s.end) for s in segment(text)]
        self.quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        self.acronyms = acronyms(text) if "(" in text else {}
        self.entities: dict[int, Entity] = {}
        self._spans: list[tuple[dict[str, Any], int, int]] | None = None
        self._ends: list[int] | None = None

    # ------------------------------------------------------------------ helpers
    def _new(self, **kw: Any) -> Entity:
        e = Entity(key=max(self.entities, default=-1) + 1, **kw)
        self.entities[e.key] = e
        return e

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        """(index, paragraph) of the sentence holding ``pos``, or of the next one after a gap."""
        if self._ends is None:
            self._ends = [s.end for s in self.sentences]
        k = bisect_right(self._ends, pos)  # sentences are in order and do not overlap
        if k < len(self.sentences):
            return k, self.sentences[k].para
        return (len(self.sentences) - 1, self.sentences[-1].para) if self.sentences else (0, 0)

    def _locate(self, q: dict[str, Any]) -> tuple[int, int] | None:
        """Offsets of the quote's attributing string (given, or searched near the quotation)."""
        s, e = _int(q.get("mention_start")), _int(q.get("mention_end"))
        if s is not None and e is not None and 0 <= s < e <= len(self.text):
            return s, e
        surface = q.get("speaker_mention")
        if not _valid(surface) or not str(surface).strip():
            return None
        surface = str(surface).strip()
        qs, qe = _int(q.get("start")) or 0, _int(q.get("end")) or 0
        hits = [m.start() for m in re.finditer(re.escape(surface), self.text)]
        if not hits:
            return None
        outside = [h for h in hits if not qs <= h < qe] or hits
        best = min(outside, key=lambda h: min(abs(h - qe), abs(h + len(surface) - qs)))
        return best, best + len(surface)

    # ------------------------------------------------------------------ steps
    def mentions(self) -> tuple[list[Mention], dict[int, list[dict[str, Any]]]]:
        found = scan(self.text, self.sentences, quote_spans=self.quoted)
        by_start = {x.start: x for x in found if x.names and x.role and not x.inside}
        by_name_end = {x.end: x for x in found if x.names and x.role and not x.inside and x.names[-1].end == x.end}
        by_span: dict[tuple[int, int], Mention] = {}
        quotes_of: dict[int, list[dict[str, Any]]] = {}
        for q in self.quotes:
            where = self._locate(q)
            if where is None:
                continue
            m = by_span.get(where)
            if m is None:
                m = parse_mention(self.text, *where)
                fuller = by_start.get(where[0])
                if m.role and not m.names and not m.anaphor and fuller is not None and fuller.end > where[1] \
                        and _goes_on(self.text[where[1]:fuller.end]):
                    # « la directrice des maladies infectieuses de SpF, la Dr Hélène Rabault »: the name
                    # the attributing string stopped short of
                    m = parse_mention(self.text, fuller.start, fuller.end)
                wider = by_name_end.get(where[1])
                if m.names and not m.role and wider is not None and wider.start < where[0] \
                        and [n.text for n in m.names] == [n.text for n in wider.names]:
                    # « Le ministre de …, Étienne Mazurier, a annoncé »: the attributing string kept only the name
                    m = parse_mention(self.text, wider.start, wider.end)
                m.sent, m.para = self._sentence_of(where[0])
                for part in m.parts:
                    part.sent, part.para, part.speaks = m.sent, m.para, True
                m.subject = True
                m.speaks = True
                m.in_quote = False
                if m.inner is not None:  # « selon le dernier bulletin de Santé publique France »: its author spoke
                    m.inner.speaks, m.inner.sent, m.inner.para = True, m.sent, m.para
                by_span[where] = m
            if q.get("type") == "selon":
                m.selon = True
                if m.inner is not None:
                    m.inner.selon = True
            quotes_of.setdefault(id(m), []).append(q)
        quote_mentions = list(by_span.values())
        spans = sorted((qm.start, qm.end) for qm in quote_mentions)
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))  # furthest end among the spans opened so far

        def overlaps_quote_mention(m: Mention) -> bool:
            k = bisect_left(starts, m.end) - 1  # the last span that opens before m ends
            return k >= 0 and reach[k] > m.start

        kept = [m for m in found if m.inside or not overlaps_quote_mention(m)]
        return sorted(kept + quote_mentions, key=lambda m: (m.start, m.end)), quotes_of

    def people_and_bodies(self, mentions: list[Mention]) -> dict[int, tuple[int, ...]]:
        """Entities for every named, body, role and document mention (anaphors come later)."""
        ents: dict[int, tuple[int, ...]] = {}
        org_index: dict[str, Entity] = {}
        # bodies and media first, so « Insee » the name can join « (Insee) » the agency
        for m in mentions:
            target = m.inner if m.kind == "document" and m.inner is not None else m
            if target.parts and all(part.org for part in target.parts):  # « la CFDT et la CGT »
                ents[id(m)] = tuple(dict.fromkeys(self._org(part, org_index).key for part in target.parts))
            elif target.org:
                ents[id(m)] = (self._org(target, org_index).key,)
        # people, longest names first
        named = [(m, n) for m in mentions for n in (m.inner.names if m.kind == "document" and m.inner else m.names)
                 if m.kind not in {"organisation", "media"}]
        named.sort(key=lambda mn: (-len(mn[1].words), mn[0].start))
        per_mention: dict[int, list[tuple[int, int]]] = {}
        for m, n in named:
            body = org_index.get(fold(n.text))
            e = body if body is not None else self._person(m, n)
            per_mention.setdefault(id(m), []).append((n.start, e.key))
            src = m.inner if m.kind == "document" and m.inner is not None else m
            part = next((p for p in src.parts if any(x.start == n.start for x in p.names)), None)
            if part is not None:  # a coordination: each person learns from their own part
                self._learn(e, part, alone=True)
            else:
                self._learn(e, src, alone=len(src.names) == 1)
        for m in mentions:
            found = per_mention.get(id(m))
            if found:
                ents[id(m)] = tuple(dict.fromkeys(k for _, k in sorted(found)))
        self._body_appositions(mentions, ents, org_index)
        # « l'entreprise », « l'administration régionale »: the named body they stand for
        for e in [x for x in self.entities.values() if x.generic]:
            first = min(e.mentions, key=lambda mm: mm.start)
            body = self._salient_body(first, org_index, e.generic, described=" " in fold(first.org))
            if body is None or body is e:
                continue
            body.mentions.extend(e.mentions)
            body.kind_votes.extend(e.kind_votes)
            for key, x in list(org_index.items()):
                if x is e:
                    org_index[key] = body
            ents.update({k: (body.key,) for k, v in ents.items() if v == (e.key,)})
            del self.entities[e.key]
        # « le ministère » of the minister the article names, when it names no ministry
        for e in self.entities.values():
            if e.orgs and all(fold(o) == "ministere" for o in e.orgs) and not e.transient:
                ministry = self._ministry(min(e.mentions, key=lambda mm: mm.start))
                if ministry:
                    e.orgs.append(ministry)
        # roles without a name
        for m in mentions:
            target = m.inner if m.kind == "document" and m.inner is not None else m
            if id(m) in ents or target.anaphor or not target.role or target.names or target.org:
                continue
            e = self._bind_role(target)
            ents[id(m)] = (e.key,)
        self._metonyms(org_index, ents)
        self._group_names(org_index, ents)
        self._documents(mentions, ents)
        return ents

    # ------------------------------------------------------------------ bodies behind words
    def _merge(self, e: Entity, into: Entity, ents: dict[int, tuple[int, ...]], index: dict[str, Entity] | None = None) -> None:
        """Fold entity ``e`` into ``into`` (every mention, and every quotation resolved to ``e``)."""
        into.mentions.extend(e.mentions)
        into.kind_votes.extend(e.kind_votes)
        for key, x in list((index or {}).items()):
            if x is e:
                index[key] = into  # type: ignore[index]
        for k, v in list(ents.items()):
            if e.key in v:
                ents[k] = tuple(dict.fromkeys(into.key if x == e.key else x for x in v))
        self.entities.pop(e.key, None)

    def _body_appositions(self, mentions: list[Mention], ents: dict[int, tuple[int, ...]],
                          index: dict[str, Entity]) -> None:
        """« Vigicrues, le service public d'information sur les crues, … »: the description between
        commas is the body just named (« le service » later is Vigicrues)."""
        for a, b in zip(mentions, mentions[1:], strict=False):
            if not b.org or b.names or b.det not in _DEFINITE or b.org[:1].isupper() or a.sent != b.sent:
                continue
            if self.text[a.end:b.start].strip() != "," or not (ents.get(id(a)) and ents.get(id(b))):
                continue
            rest = _CLAUSE_REST.match(self.text, b.end).group(0)
            if len(rest.split()) > 5 or any(fold(w) in NOT_ADJECTIVES and fold(w) not in _NOT_VERBS for w in rest.split()):
                continue  # « Face à X, le groupe a annoncé … »: the next clause's subject, not an apposition
            named = self.entities.get(ents[id(a)][0])
            desc = self.entities.get(ents[id(b)][0])
            if named is None or desc is None or named is desc or len(ents[id(a)]) > 1 or named.titled or named.roles:
                continue
            if not (named.orgs and any(o[:1].isupper() for o in named.orgs) or named.names and len(named.words) == 1):
                continue
            named.roles.append(Role(b.org, b.start, b.end, fold(b.org).split(" ")[0], frozenset()))
            named.kind_votes.append("organisation")
            self._merge(desc, named, ents, index)

    def _group_names(self, index: dict[str, Entity], ents: dict[int, tuple[int, ...]]) -> None:
        """« les Houthis » after « les rebelles houthis du Yémen »: a group named by the word an earlier
        description used as its adjective is that group."""
        for e in list(self.entities.values()):
            if e.names or len(e.orgs) == 0 or not all(" " not in o and o[:1].isupper() for o in e.orgs):
                continue
            word = fold(e.orgs[0])
            if len(word) < 4:
                continue
            first = min(x.start for x in e.mentions)
            for x in self.entities.values():
                if x is e or x.names or x.transient or not any(mm.start < first for mm in x.mentions):
                    continue
                described = [o for o in [*x.orgs, x.label] if o and " " in o]
                if any(fold(w) == word and w[:1].islower() for o in described for w in o.split()[1:]):
                    self._merge(e, x, ents, index)
                    break

    def _metonyms(self, index: dict[str, Entity], ents: dict[int, tuple[int, ...]]) -> None:
        """« la place Beauvau » is « le ministère de l'Intérieur » when the article names that body;
        otherwise it stays as written (the lists do not replace what the text says)."""
        lex = _lexicon()
        for e in list(self.entities.values()):
            if not e.orgs or e.names:
                continue
            stands = next((lex.metonyms.get(_key(o)) for o in e.orgs if lex.metonyms.get(_key(o))), None)
            if not stands:
                continue
            target = fold(stands)
            body = next((x for x in self.entities.values() if x is not e and not x.transient
                         and any(fold(o).startswith(target) for o in x.orgs)), None)
            if body is not None:
                self._merge(e, body, ents, index)

    def _documents(self, mentions: list[Mention], ents: dict[int, tuple[int, ...]]) -> None:
        """The body behind a document or its authors: « le communiqué », « les chiffres », « une étude
        française », « leurs travaux », « les auteurs ».

        In order: a body named right after the document in its sentence (« une étude publiée jeudi par
        l'Institut X »); a body named before it in the same sentence (« Le ministère … », indique un
        communiqué); the issuer of the document cited last (three paragraphs back); the body last seen as a
        subject, speaker or source in this paragraph or the one before. In a headline or lede, the
        issuer of the first document cited after it.
        """
        issued: list[tuple[int, int, Entity]] = []  # (offset, paragraph, issuer) of documents cited so far
        pending: list[Mention] = []
        for m in mentions:
            target = self._document_target(m, ents)
            if target is None:
                if m.kind == "document" and m.inner is not None and ents.get(id(m)):
                    issued.append((m.start, m.para, self.entities[ents[id(m)][0]]))
                continue
            body = (self._named_after(m) or self._body_near(m, same_sentence=True)
                    or next((e for pos, para, e in reversed(issued) if para >= m.para - 3), None)
                    or self._body_near(m, same_sentence=False))
            if body is None:
                if m.para <= 1:
                    pending.append(m)
                continue
            self._give(m, body, ents)
            issued.append((m.start, m.para, body))
        for m in pending:
            later = next((e for pos, _para, e in issued if pos > m.start), None)
            if later is not None:
                self._give(m, later, ents)

    def _document_target(self, m: Mention, ents: dict[int, tuple[int, ...]]) -> str | None:
        """"document" / "authors" when ``m`` is a document or its authors with no body resolved yet."""
        if m.in_quote:
            return None
        if m.kind == "document" and not ents.get(id(m)):
            return "document"
        if m.role is not None and m.role.head in AUTHOR_ROLES and not m.names and not m.org and m.det in _DEFINITE:
            return "authors"
        return None

    def _give(self, m: Mention, body: Entity, ents: dict[int, tuple[int, ...]]) -> None:
        old = ents.get(id(m))
        for k in old or ():
            e = self.entities.get(k)
            if e is not None and e is not body:
                e.mentions = [x for x in e.mentions if x is not m]
                if not e.mentions and not e.names and not e.orgs:
                    self.entities.pop(k, None)
        ents[id(m)] = (body.key,)
        body.mentions.append(m)
        if m.number == "p":
            body.collective = True  # « Les auteurs … Ils appellent … »

    def _is_body(self, e: Entity) -> bool:
        if e.transient:
            return False
        if e.orgs and not e.names:
            return any(o[:1].isupper() for o in e.orgs) or e.article in {"le", "la", "l'", "les"}
        return bool(e.names) and not (e.titled or e.roles or e.gender_evidence) and len(e.words) == 1

    def _named_after(self, m: Mention) -> Entity | None:
        """« une étude publiée jeudi par l'Institut X (IX) »: the body named after the document, same sentence."""
        sent = self.sentences[m.sent] if 0 <= m.sent < len(self.sentences) else None
        if sent is None:
            return None
        best, best_pos = None, None
        for e in self.entities.values():
            if not self._is_body(e):
                continue
            for x in e.mentions:
                if m.end <= x.start < sent.end and (best_pos is None or x.start < best_pos):
                    between = fold(self.text[m.end:x.start])
                    if len(between.split()) <= 6 and _BY_OR_OF.search(between):
                        best, best_pos = e, x.start
        return best

    def _body_near(self, m: Mention, *, same_sentence: bool) -> Entity | None:
        best, best_pos = None, -1
        for e in self.entities.values():
            if not self._is_body(e):
                continue
            for x in e.mentions:
                if x is m or x.in_quote or x.start >= m.start:
                    continue
                near = x.para >= m.para - 1 and (x.subject or x.selon or x.speaks)
                ok = x.sent == m.sent if same_sentence else near
                if ok and x.start > best_pos:
                    best, best_pos = e, x.start
        return best

    def _defined(self, org: str) -> str:
        """The full name the article gives a short name or a truncated name: « STM » → « Société de
        transport de Montréal (STM) »; « Syndicat national des lycées » → its whole name with commas."""
        k = fold(org)
        found = self.acronyms.get(k)
        if found is not None:
            return found[0]
        if len(k.split()) >= 3:
            for full, _s, _e in self.acronyms.values():
                f = fold(full)
                if f.startswith(k) and f[len(k):len(k) + 1] in {",", " "}:
                    return full
        return ""

    def _org(self, m: Mention, index: dict[str, Entity]) -> Entity:
        k = fold(m.org)
        aliases = _org_aliases(m.org)
        full = self._defined(m.org)
        if full and fold(full) != k:
            aliases = (*aliases, fold(full), *_org_aliases(full))
        e = index.get(k)
        if e is None:
            e = next((index[a] for a in aliases if a in index and not index[a].transient), None)
            if e is not None:  # « la RMT » first, then « la Régie métropolitaine des transports (RMT) »
                index[k] = e
        transient = m.det in _INDEFINITE or m.in_quote  # « un gouvernement qui … » is no body of the story
        head = _generic_head(m.org)
        if (e is None or e.transient) and not transient and head and m.det in _DEFINITE:
            # « le ministère » after « le ministère des Affaires étrangères », « le groupe » after
            # « le groupe industriel Fermaux »: the body named before with this noun
            fuller = [x for key, x in index.items() if not x.transient and (
                key.startswith(head + " ") or any(fold(r.text).split(" ")[0] == head for r in x.roles))]
            if fuller and " " not in k:
                e = max(fuller, key=lambda x: max(mm.start for mm in x.mentions))
        if e is None or (e.transient and not transient):
            e = self._new()
            e.transient = transient
            if head in GENERIC_BODIES and not transient and (m.det in _DEFINITE or m.det in POSSESSIVES):
                e.generic = head  # settled once the people are known (people_and_bodies)
            if not transient:
                index[k] = e
                for alias in aliases:
                    index.setdefault(alias, e)
        if index.get(k) is e or e.transient:  # a bare « le groupe » merged into « Fermaux » does not rename it
            e.orgs.append(m.org)
            if full and not e.transient and not e.names:
                e.defined = e.defined or full
            if full and full not in e.orgs and not e.transient:
                e.orgs.append(full)  # « la STM » is the « Société de transport de Montréal (STM) »
                for alias in (fold(full), *_org_aliases(full)):
                    index.setdefault(alias, e)
            if not e.article:  # « la police », « l'armée »; « plusieurs chancelleries » as written
                e.article = _ARTICLES.get(m.det, "") or (m.det if m.det in _PLURAL_INDEFINITE else "")
        e.kind_votes.append(m.kind)
        if m.gender and m.det not in {"les", "des"}:
            e.gender_evidence.append(("determiner", m.gender))
        if m.number == "p":
            e.number = "p"
        if m.role:
            e.roles.append(m.role)
        e.mentions.append(m)
        return e

    def _salient_body(self, m: Mention, index: dict[str, Entity], head: str, *, described: bool = False) -> Entity | None:
        """The named body that « l'entreprise », « le club », « l'administration régionale » stands for.

        Candidates are bodies with a proper name (« la société Valortri », « le FC X ») last seen
        as a subject, a speaker or a cited source, and names that nothing marks as a person and
        that spoke or were cited (« Novalis a annoncé », « D'après Eaux de Garonne, … »).
        A body of the same family comes first (« l'entreprise » is « la société X », not « le
        syndicat Y »), then the one the article names most often so far (up to three times: the
        body the story is about), then one that spoke, then the most recent. Names,
        and every candidate of a ``described`` body (« l'administration régionale »), must have
        spoken or been cited in this paragraph or the one before.
        """
        families = BODY_FAMILIES.get(head, frozenset())
        owned = m.det in POSSESSIVES  # « leur syndicat »: only the union the article names
        # « le club viennois », « le club tarbais »: the club whose name has that place
        qualifiers = [w for w in fold(m.org).split()[1:] if len(w) >= 4 and not is_function(w)]
        best, best_rank = None, None
        pool = {x.key: x for x in [*index.values(), *(x for x in self.entities.values() if x.names)]}
        for x in pool.values():
            if x.transient:
                continue
            cues = self._families(x)
            if families and cues and not (families & cues):
                continue  # « l'entreprise » is not « le syndicat X »
            same = bool(families & cues)
            if owned and not same:
                continue
            place = bool(qualifiers) and any(_same_stem(q, w) for q in qualifiers for o in [*x.orgs, *x.names]
                                             for w in fold(o).split())
            cited = any((mm.selon or mm.speaks) and mm.start < m.start for mm in x.mentions)
            # « Voies navigables de France a suspendu … L'établissement public estime … »
            just_before = any(mm.subject and not mm.in_quote and mm.para == m.para and mm.sent == m.sent - 1
                              for mm in x.mentions)
            if x.orgs and any(o[:1].isupper() for o in x.orgs):
                if described and not (cited or just_before or place):
                    continue
            elif x.names and not x.orgs:
                if x.titled or x.gender_evidence or not (cited or just_before) or (
                        len(x.words) > 1 and not any(mm.selon for mm in x.mentions) and not just_before):
                    continue  # a person, as far as the text says
            else:
                continue
            reach = 99 if (same or x.orgs) and not described or place else 1
            pos = max((mm.start for mm in x.mentions if mm.start < m.start and not mm.in_quote and mm is not m
                       and mm.para >= m.para - reach and (mm.subject or mm.selon or mm.speaks or same or place)),
                      default=-1)
            if owned and pos >= 0 and not any(mm.para >= m.para - 1 for mm in x.mentions if mm.start < m.start):
                pos = -1  # « Leur fédération » two paragraphs after « le syndicat X » is someone else's
            before = pos >= 0
            if not before:
                # « …, a annoncé leur syndicat » in a lede, the union named in the next paragraph
                later = [mm.start for mm in x.mentions if mm.start > m.start and not mm.in_quote and mm.para <= m.para + 1]
                if not (same and m.para <= 1 and later):
                    continue
                pos = -min(later)
            salience = min(3, len({mm.start for mm in x.mentions if mm.start < m.start and not mm.in_quote}))
            subject = any(mm.subject and not mm.in_quote and mm.start < m.start for mm in x.mentions)
            rank = (place, same, before, salience, subject, cited, pos)
            if best_rank is None or rank > best_rank:
                best, best_rank = x, rank
        return best

    def _families(self, x: Entity) -> frozenset[str]:
        """Families of a body (« union », « team » …) from the noun it was named with (« le syndicat
        Force ouvrière ») or the first words of its own name (« Stade olympique de Vienne »)."""
        found: set[str] = set()
        for r in x.roles:
            found |= BODY_FAMILIES.get(fold(r.text).split(" ")[0], frozenset())
        for o in x.orgs:
            words = tuple(fold(o).split())
            found |= NAME_FAMILIES.get(words[:2]) or NAME_FAMILIES.get(words[:1]) or frozenset()
        return frozenset(found)

    def _ministry(self, m: Mention) -> str:
        """« le ministère » when the article names no ministry but a minister: « ministère de l'Éducation
        nationale » for « la ministre de l'Éducation nationale, X » (the latest named before it)."""
        best, best_pos = "", -1
        for e in self.entities.values():
            for r in e.roles:
                if r.head != "ministre" or not r.complement or not e.names:
                    continue
                pos = max((x.start for x in e.mentions if x.start < m.start), default=-1)
                words = r.text.split(" ", 1)
                if pos > best_pos and len(words) == 2 and fold(words[0]) == "ministre":
                    best, best_pos = f"ministère {words[1]}", pos
        return best

    def _person(self, m: Mention, n: Any) -> Entity:
        words = name_words(n.text)  # particles dropped: « Le Gall » is « Pierre Le Gall »
        homes = [e for e in self.entities.values() if e.names and covers(e.words, words)]
        if len(homes) > 1 and m.gender:
            homes = [e for e in homes if e.gender_hint() in {"", m.gender}] or homes
        if len(homes) > 1:
            before = [e for e in homes if any(x.start < m.start for x in e.mentions)]
            pool = before or homes
            e = max(pool, key=lambda e: max((x.start for x in e.mentions if x.start < m.start), default=-1)) if before \
                else min(pool, key=lambda e: min((x.start for x in e.mentions), default=len(self.text)))
        elif homes:
            e = homes[0]
        else:
            e = self._new()
        e.names.append(n.text)
        return e

    def _learn(self, e: Entity, m: Mention, *, alone: bool) -> None:
        """Record what mention ``m`` says about entity ``e`` (kind, roles, gender, number)."""
        e.mentions.append(m)
        e.kind_votes.append(m.kind)
        if m.title:
            e.titled = True
            if m.gender:
                e.gender_evidence.append(("title", m.gender))
            trade = TITLE_TRADES.get(fold(m.title).rstrip("."))
            if trade and not any(r.head == trade for r in e.epithets):  # « le Dr X »: a doctor (« la praticienne »)
                e.epithets.append(Role(trade, m.start, m.start, trade, frozenset()))
        if m.roles and alone:
            e.roles.extend(m.roles)
            e.titled = True
            r = m.roles[0]
            if r.gender:
                e.gender_evidence.append(("role", r.gender))
            elif m.gender and m.det not in _INDEFINITE | {"les"}:
                e.gender_evidence.append(("determiner", m.gender))

    def _bind_role(self, m: Mention) -> Entity:
        role = m.role
        if not m.gender and _former_gender(role):
            m.gender = _former_gender(role)  # « l'ancien ministre » is a man, « l'ancienne ministre » a woman
        newsroom = NEWSROOM.get(fold(m.text).strip())
        if newsroom:  # « selon nos informations »: the outlet writing the article
            e = next((x for x in self.entities.values() if getattr(x, "_key", None) == ("newsroom",)), None)
            if e is None:
                e = self._new(label=newsroom)
                e._key = ("newsroom",)  # type: ignore[attr-defined]
                e.kind_votes.append("media")
            e.mentions.append(m)
            return e
        indefinite = m.det in _INDEFINITE or m.kind == "unnamed source"
        best: list[tuple[int, Entity]] = []
        if not indefinite:
            for e in self.entities.values():
                if not e.names:
                    continue
                score = _role_fit(role, e.roles)
                if score is None:  # « le prévenu » again, « le ministre » after « le ministre de l'Agriculture »:
                    score = _epithet_repeat(role, e.epithets)  # the person already called so
                if score is None:
                    continue
                hint = e.gender_hint()
                gender = m.gender or _former_gender(role)  # « l'ancien ministre » is a man
                if gender and hint and hint != gender:
                    continue
                best.append((score, e))
        if best:
            top = max(s for s, _ in best)
            pool = [e for s, e in best if s == top]
            before = [e for e in pool if any(x.start < m.start for x in e.mentions)]
            if before:
                e = max(before, key=lambda e: max(x.start for x in e.mentions if x.start < m.start))
            else:
                e = min(pool, key=lambda e: min(x.start for x in e.mentions))
            e.mentions.append(m)
            e.bound_roles.append(role)
            self._gender_of_role(e, m)
            return e
        if not indefinite and m.number == "s" and role.office and m.det not in POSSESSIVES:
            # (« son porte-parole adjoint » is the office of its owner, named after it later: _possessors)
            holder = self._office_holder(m, role)
            if holder is not None:  # « Le ministre de l'Agriculture » right after « Bernard Quilliec a reçu … »
                holder.mentions.append(m)
                holder.epithets.append(role)  # inferred, not given: it binds the same wording again, not a fuller one
                holder.bound_roles.append(role)
                self._gender_of_role(holder, m)
                return holder
        # a description (« le marin », « la quadragénaire »), or an elected office named by its place
        # (« l'élue de Tours »), may stand for someone named just before
        described = role.office is False and (not role.complement or role.place and role.head in MANDATES)
        epithet = (self._epithet(m) if not indefinite and m.number == "s" and described and role.head not in KINSHIP
                   else None)
        if epithet is not None:
            epithet.mentions.append(m)
            epithet.epithets.append(role)  # « le prévenu » later in the article is the same person
            self._gender_of_role(epithet, m)
            return epithet
        if not indefinite and m.number == "s" and m.det in BACK_DETERMINERS and role.head not in KINSHIP:
            back = self._description(m)
            if back is not None:  # « l'ancienne ministre », « cette enseignante de 52 ans »: someone introduced before
                back.mentions.append(m)
                back.epithets.append(role)
                if back.names:
                    self._gender_of_role(back, m)
                return back
        label = _as_written(m)
        key = ("unnamed", fold(label if indefinite else m.role.text))
        for e in self.entities.values():
            if getattr(e, "_key", None) == key:
                e.mentions.append(m)
                return e
        e = self._new(label=label)
        e._key = key  # type: ignore[attr-defined]
        e.introduced = m.det in INTRODUCING and m.number == "s"
        e.kind_votes.append("unknown" if m.kind == "unknown" else "unnamed source")
        e.roles.append(role)
        e.number = "p" if m.number == "p" else "s"
        if role.gender:
            e.gender_evidence.append(("role", role.gender))
        elif m.gender and m.det not in _INDEFINITE | {"les"}:
            e.gender_evidence.append(("determiner", m.gender))
        e.mentions.append(m)
        return e

    def _office_holder(self, m: Mention, role: Role) -> Entity | None:
        """The named person an office nobody else holds refers to, from the context.

        « Bernard Quilliec a reçu les éleveurs. Le ministre de l'Agriculture a promis … »: when the
        article gives the office to no one, a definite singular office points at the person named
        just before it (same or previous paragraph; failing that, the first person named in the
        next paragraph, as in a lede). The person must agree in gender and hold no office that
        excludes this one: none, the same office (« ministre » ⊂ « ministre du Travail »), or
        a generic one (« cheffe du département » may be « la ministre »).
        """
        ok: list[Entity] = []
        for e in self.entities.values():
            if not e.names or e.number == "p" or not (e.titled or len(e.words) >= 2) or not self._personlike(e):
                continue
            hint = e.gender_hint()
            if m.gender and hint and hint != m.gender:
                continue
            if (e.roles or e.epithets) and not _office_compatible(role, e.roles + e.epithets):
                continue
            if any(fold(x.title).rstrip(".") in LAWYER_TITLES for x in e.mentions if x.title) and not _lawyer(role):
                continue  # « Me Vidal » is a lawyer, not « le président du tribunal »
            ok.append(e)
        if not ok:
            return None
        named = [(x.start, e, x.subject or x.speaks) for e in ok for x in e.mentions
                 if x is not m and not x.anaphor and not x.in_quote and m.para - 1 <= x.para <= m.para + 1]
        # before it: a person who acts or speaks (« lorsque X a présenté … »), not one merely mentioned
        # (never someone named earlier in the same sentence: « X a entendu le chef lancer » is not X)
        before = [(pos, e) for pos, e, acts in named if pos < m.start and acts and self._sentence_of(pos)[1] >= m.para - 1
                  and self._sentence_of(pos)[0] != m.sent]
        if before:
            return max(before, key=lambda pe: pe[0])[1]
        after = [(pos, e) for pos, e, _acts in named if pos > m.start and self._sentence_of(pos)[1] <= m.para + 1]
        if after and m.para <= 1:  # a headline or lede names the office before the person
            return min(after, key=lambda pe: pe[0])[1]
        return None

    def _gender_of_role(self, e: Entity, m: Mention) -> None:
        """A role mention bound to a person tells their gender when its form or determiner does
        (« la chercheuse », « l'actrice », « la quadragénaire »)."""
        if m.role is not None and m.role.gender:
            e.gender_evidence.append(("role", m.role.gender))
        elif m.gender and m.det in {"le", "la", "ce", "cette"}:
            e.gender_evidence.append(("determiner", m.gender))
        elif m.role is not None and _former_gender(m.role):
            e.gender_evidence.append(("determiner", _former_gender(m.role)))

    def _epithet(self, m: Mention) -> Entity | None:
        """The person named before whom a description stands for: « Le marin montre ses filets » right
        after « Yannick Le Goff, patron d'un chalutier »; « la quadragénaire », « l'actrice ».

        Candidates are people named (with a title, or a first name and a surname) in this paragraph
        or the :data:`EPITHET_WINDOW` before it, whose gender as far as the text says agrees, and
        whose roles do not stand against the description (:func:`_epithet_fit`: « l'actrice » is
        not the director just quoted). Someone whose role the description covers comes first (« le
        technicien » is the coach named before, not the last player), then the latest named.
        """
        best, best_rank = None, None
        for e in self.entities.values():
            if not e.names or not e.titled and len(e.words) < 2 or not self._personlike(e):
                continue
            hint = e.gender_hint()
            if m.gender and hint and hint != m.gender:
                continue
            if any(fold(x.title).rstrip(".") in LAWYER_TITLES for x in e.mentions if x.title) and not _lawyer(m.role):
                continue
            if any(r.head == m.role.head for r in e.roles) is False and any(r.head in PARTY_ROLES for r in e.roles) \
                    and m.role.head in PARTY_ROLES:
                continue  # « la victime » is not the person named as « le prévenu »
            pos = max((x.start for x in e.mentions if x.start < m.start and not x.in_quote
                       and x.para >= m.para - EPITHET_WINDOW), default=-1)
            if pos < 0:
                continue
            fit = _epithet_fit(m.role, e.roles + e.epithets)
            if fit is None:
                continue
            if (fit, pos) > (best_rank or (-1, -1)):
                best, best_rank = e, (fit, pos)
        return best if best is not None else self._last_named(m)

    def _last_named(self, m: Mention) -> Entity | None:
        """The person a description stands for when they were named further back (« Le quadragénaire a
        reconnu … » three paragraphs after « contre Sébastien X, fondateur de … »): the person named last
        before it, within :data:`LAST_NAMED_WINDOW` paragraphs, if the text gives them the description's
        gender and their roles do not stand against it, and if nobody else who might be meant (same or
        unknown gender) was named after them."""
        g = m.role.gender or m.gender
        if not g:
            return None
        last: tuple[int, Entity | None] = (-1, None)
        for e in self.entities.values():
            if not e.names or not self._personlike(e):
                continue
            pos = max((x.start for x in e.mentions if x.start < m.start and not x.in_quote and x.para >= m.para - LAST_NAMED_WINDOW),
                      default=-1)
            if pos < 0 or e.gender_hint() not in {"", g}:
                continue
            if pos > last[0]:
                last = (pos, e)
        e = last[1]
        if e is None or e.gender_hint() != g or _epithet_fit(m.role, e.roles + e.epithets) is None:
            return None
        if any(fold(x.title).rstrip(".") in LAWYER_TITLES for x in e.mentions if x.title) and not _lawyer(m.role):
            return None
        return e

    def _personlike(self, e: Entity) -> bool:
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

    def _description(self, m: Mention) -> Entity | None:
        """The person introduced before whom a definite or demonstrative description stands for.

        « Agnès X … », a écrit l'ancienne ministre; « le député du Nord » after the former minister
        just quoted; « cette infirmière » after « Elodie, 34 ans, … ». Journalism's rule: a definite
        description that is no new introduction refers back to someone already introduced whose gender
        agrees and whose roles do not stand against it (the same office with other qualifiers does:
        « le ministre de l'Économie » is not « le ministre de l'Intérieur »). Ranked by how well the
        noun fits their roles (the same or a broader noun: :func:`_epithet_fit`), then by recency.
        A noun that says nothing of them (fit 1) reaches back to the previous paragraph only; an
        office (« le député du Nord ») only to the person last named in its own paragraph, as subject
        or speaker. An unnamed person introduced with « un/une » (« une habitante du hameau ») is
        the antecedent of a demonstrative (« cette enseignante ») or of the same noun in the same or
        the next paragraph. Nobody fits: None (the description stays as written)."""
        role = m.role
        if role.office is None or fold(role.text).split(" ")[0] in RELATIONAL_NOUNS:
            return None  # not a person's noun (« l'accusation »), or someone's circle (« l'entourage de X »)
        if role.office and role.complement and not role.place:
            return None  # « le chef de la diplomatie européenne »: an office that names its holder's post
        g = role.gender or (m.gender if m.det in {"le", "la", "ce", "cet", "cette"} else "") or _former_gender(role)
        best, best_rank = None, None
        latest: tuple[int, Entity | None] = (-1, None)  # the compatible person mentioned last, for offices
        for e in self.entities.values():
            if e.names:
                if not self._personlike(e):
                    continue
            elif not (e.introduced and not e.orgs):
                continue
            hint = e.gender_hint()
            if g and hint and hint != g:
                continue
            if any(fold(x.title).rstrip(".") in LAWYER_TITLES for x in e.mentions if x.title) and not _lawyer(role):
                continue
            before = [x for x in e.mentions if x.start < m.start and not x.in_quote and x is not m]
            if not before:
                continue
            last = max(before, key=lambda x: x.start)
            if last.sent == m.sent and not (last.speaks and not last.subject):
                continue  # « X a reçu le ministre »: someone else in X's own sentence
            roles = e.roles + e.epithets
            if not (role.quals & FORMER) and _role_fit(role, roles) is None and any(
                    alt.head == r.head and not r.quals & FORMER for alt in _alts(role) for r in roles):
                continue  # the same office with other qualifiers: another person
            fit = _epithet_fit(role, roles)
            if fit is None and any(r.head == role.head for r in roles):
                fit = 2
            if fit is None and (role.head in PLAIN_PERSON_NOUNS or not e.names
                                or all(r.head in NEUTRAL_HEADS for r in roles)):
                fit = 1  # « cet homme de 41 ans » says nothing of a trade
            if fit is None and role.head in MANDATES and role.place:
                fit = 0  # « le député du Nord »: the politician just quoted, more often than someone new
            if fit is None or (fit < 2 and role.complement and not role.place):
                continue  # « le père de la victime » names someone new
            if not e.names:
                same_noun = any(r.head == role.head for r in e.roles)
                if last.para < m.para - 1 or not (same_noun or m.det in DEMONSTRATIVES):
                    continue
                fit = 1
            elif last.para < m.para - (DESCRIPTION_WINDOW if fit >= 2 else 0 if role.office else 1):
                continue  # a noun that fits their role reaches further back than one that says nothing of it
            if last.start > latest[0]:
                latest = (last.start, e)
            if role.office and fit < 2 and not (last.subject or last.speaks) \
                    and not (last.para == m.para and last.sent == m.sent - 1 and not e.roles
                             and role.head in FUNCTION_HEADS):
                continue  # (« Ce camping, c'est celui de X. La gérante raconte … »: named with no role just before)
            rank = (fit, last.start)
            if best_rank is None or rank > best_rank:
                best, best_rank = e, rank
        if best is not None and role.office and best_rank[0] < 2 and latest[1] is not best:
            return None  # an office that fits nobody's role: only the person just named may hold it
        return best

    # ------------------------------------------------------------------ anaphora
    def _fits(self, keys: tuple[int, ...], g: str, n: str) -> bool:
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

    def _gender_of(self, keys: tuple[int, ...]) -> str:
        """The gender the text gives the one person ``keys`` points at ("" if unknown, several or no person)."""
        if len(keys) != 1 or not self._is_person(keys):
            return ""
        return self.entities[keys[0]].gender_hint()

    def _is_person(self, keys: tuple[int, ...]) -> bool:
        return all(kind_rules.decide(self.entities[k].kind_votes, n_name_words=len(self.entities[k].words),
                                     has_title_or_role=self.entities[k].titled) == "person" for k in keys)

    def resolve(self) -> ArticleResult:
        mentions, quotes_of = self.mentions()
        ents = self.people_and_bodies(mentions)
        self._localise(mentions)
        links: list[Link] = []
        for m in mentions:
            qs = quotes_of.get(id(m), [])
            link = Link(m, ents.get(id(m), ()), quote=bool(qs), rule=_rule(m),
                        quote_spans=[(_int(q.get("start")) or 0, _int(q.get("end")) or 0) for q in qs],
                        quote_paras=[_int(q.get("paragraph")) if _int(q.get("paragraph")) is not None
                                     else self._sentence_of(_int(q.get("start")) or 0)[1] for q in qs])
            link.nested = bool(qs) and all(self._nested(q) for q in qs)
            links.append(link)
            if link.quote:
                for k in link.ents:
                    self.entities[k].spoke = True
        links.extend(self._groups(links))
        carried = self._carried(quotes_of)
        links.extend(carried)
        links.sort(key=lambda lk: (lk.mention.start, lk.mention.end))
        of_quote = {q.get("quote_id"): lk for lk in links if lk.quote for q in quotes_of.get(id(lk.mention), [])}
        of_quote.update({lk.quote_id: lk for lk in carried})
        carried_ids = {id(lk) for lk in carried}
        history: list[Link] = []  # the links before the current one that point at someone, in order
        for link in links:
            m = link.mention
            if id(link) in carried_ids:  # a quotation that carries its speaker over is a statement by them too
                source = of_quote.get(link.continues)
                link.ents = source.ents if source is not None else ()
            else:
                target = m.inner if m.kind == "document" and m.inner is not None and m.inner.anaphor else m
                # pronouns inside a quotation belong to the speaker's own discourse
                if target.anaphor and not link.ents and not (m.in_quote and not link.quote):
                    self._anaphora(link, target, history)
            if link.ents:
                history.append(link)
        self._possessors(links)
        self._authors(links)
        for lk in links:  # a quotation whose attributing string names no one: the subject of its cue
            if lk.quote and lk.mention.kind == "unknown" and not lk.mention.names and not (lk.ents and lk.mention.role):
                for q in quotes_of.get(id(lk.mention), []):
                    found = self._by_cue(q, [x for x in links if x is not lk])
                    if found is not None:
                        lk.ents, lk.rule, lk.antecedent = found.ents, f"cue→{found.mention.text}", found
        result: dict[Any, _Found] = {}
        by_mention = {id(lk.mention): lk for lk in links}
        for m in mentions:
            for q in quotes_of.get(id(m), []):
                lk = by_mention[id(m)]
                result[q.get("quote_id")] = _Found(lk.ents, lk.rule if lk.ents else "unresolved", lk)
        for q in self.quotes:
            qid = q.get("quote_id")
            cont = q.get("continues")
            if _valid(cont) and str(cont) != "" and cont in result and result[cont].ents:
                result[qid] = _Found(result[cont].ents, "continuation", result[cont].link)
            elif qid not in result:
                found = self._by_cue(q, links)
                result[qid] = _Found(found.ents, "cue", found) if found else _Found((), "no mention")
        self._described_bodies(result)
        self._first_person_owners(result)
        for e in self.entities.values():
            e.kind = kind_rules.speaker_kind(kind_rules.decide(
                e.kind_votes, n_name_words=len(e.words), has_title_or_role=e.titled, spoke=e.spoke))
            personal = e.kind == "person" or (e.kind == "unnamed source" and e.number == "s")
            e.gender = gender_rules.decide(e.gender_evidence) if personal else "unknown"
        return ArticleResult({k: _speaker(e) for k, e in self.entities.items()},
                             {qid: _quote_speaker(f) for qid, f in result.items()})

    def _described_bodies(self, result: dict[Any, _Found]) -> None:
        """« le musée », « l'office », « le groupe », « l'électricien » still as written: the most recent
        body named before it with a noun of a compatible kind (:mod:`analysis.speakers.bodies`)."""
        used = {k for f in result.values() if len(f.ents) == 1 for k in f.ents}
        moved: dict[int, int] = {}
        for key in sorted(used):
            e = self.entities.get(key)
            if e is None or e.names or e.defined or any(o[:1].isupper() for o in e.orgs) or e.number == "p":
                continue
            said = [mm for mm in e.mentions if mm.speaks or mm.selon or mm.subject]
            if not said:
                continue
            m = min(said, key=lambda mm: mm.start)
            head = self._body_head(m)
            if not head:
                continue
            target = self._named_body_before(m, head, e)
            if target is not None and target is not e:
                moved[e.key] = target.key
                target.mentions.extend(e.mentions)
                target.kind_votes.extend([*e.kind_votes, "organisation"])
        for qid, f in list(result.items()):
            if len(f.ents) == 1 and f.ents[0] in moved:
                result[qid] = _Found((moved[f.ents[0]],), f.rule + "→body", f.link)
            elif len(f.ents) == 1 and f.link is not None and f.ents[0] in self.entities:
                self._wrong_kind(qid, f, result)
        for key in moved:
            self.entities.pop(key, None)

    def _wrong_kind(self, qid: Any, f: _Found, result: dict[Any, _Found]) -> None:
        """« l'administration » resolved to « le syndicat X » (a body whose kind the text tells, and not
        that one): the body of a fitting kind named before it, if any."""
        m = f.link.mention if f.link is not None else None
        if m is None or not m.speaks:
            return
        x = self.entities[f.ents[0]]
        head = self._body_head(m)
        if not head or x.names:
            return
        if x.orgs and not any(o[:1].isupper() for o in x.orgs) and not x.defined:
            # « le club » merged into « le club de Birmingham » named in passing, « le RC Lens » named since
            named = max((mm.start for mm in x.mentions if mm.end <= m.start and not self._body_head(mm)), default=-1)
            target = self._named_body_before(m, head, x)
            if target is not None and target is not x and named >= 0 and max(
                    (mm.start for mm in target.mentions if mm.end <= m.start), default=-1) > named:
                target.mentions.append(m)
                result[qid] = _Found((target.key,), f.rule + "→body", f.link)
            return
        if head in bodies.ANY_BODY or fold(_without_determiner(m.text)) in {fold(o) for o in x.orgs}:
            return
        found = self._body_kinds(x, m)
        if found is None or not found[0] or bodies.compatible(head, found[0], proper=found[1]):
            return
        target = self._named_body_before(m, head, x)
        if target is not None and target is not x:
            target.mentions.append(m)
            result[qid] = _Found((target.key,), f.rule + "→body", f.link)

    def _body_kinds(self, x: Entity, m: Mention) -> tuple[frozenset[str], bool] | None:
        """Kinds of body ``x`` may be (from its name's first noun, its roles, a noun just before its
        name) and whether it has a proper name that spoke before ``m``; None: not a body."""
        firsts = [mm for mm in x.mentions if not mm.in_quote]
        if not firsts or x.transient:
            return None
        proper = bool(x.defined or any(o[:1].isupper() for o in x.orgs))
        if proper:
            kinds = frozenset().union(*(bodies.kinds_of(fold(o).split()[0]) for o in x.orgs if len(o.split()) > 1),
                                      *(bodies.kinds_of(r.head) for r in x.roles))
            if "media" in x.kind_votes:
                kinds |= {"media"}
            if "place" in x.kind_votes or not any(mm.speaks or mm.selon for mm in firsts if mm.start < m.start):
                proper = False  # « l'organisme » is a body that spoke, not a place named in passing
        elif x.names and not any(mm.title for mm in x.mentions) and not any(
                g[0] in {"pronoun", "title"} for g in x.gender_evidence):
            # « le spécialiste de l'ameublement X », « sa maison mère américaine, X »: a company, not a person
            kinds = frozenset().union(*(bodies.kinds_of(r.head) for r in x.roles))
        else:
            return None
        for mm in firsts:  # « le Snes-FSU, principal syndicat des enseignants »: the apposition says the kind
            _, comma, rest = mm.text.partition(",")
            if comma:
                kinds = kinds.union(*(bodies.kinds_of(w) for w in fold(rest).split()[:3]))
        return kinds | bodies.noun_before(self.text, min(mm.start for mm in firsts)), proper

    def _first_person_owners(self, result: dict[Any, _Found]) -> None:
        """« Mon grand-père me disait : ‹ … › » inside X's quotation: the nested quotation's speaker is
        « grand-père de X », X being the speaker of the quotation around it."""
        for q in self.quotes:
            found = result.get(q.get("quote_id"))
            span = self._locate(q)
            if found is None or found.link is None or span is None:
                continue
            m = found.link.mention
            if m.det not in FIRST_PERSON_POSSESSIVES or not m.role:
                continue
            outer = [o for o in self.quotes if o is not q and (_int(o.get("start")) or 0) <= span[0] < (_int(o.get("end")) or 0)]
            owners = [result[o.get("quote_id")].ents for o in outer if o.get("quote_id") in result]
            if not owners or len(owners[-1]) != 1 or owners[-1][0] not in self.entities:
                continue
            whose = self.entities[owners[-1][0]]
            e = self._new(label=f"{m.role.text} {_of(whose.display)}", kind_votes=["unnamed source"], mentions=[m])
            e.gender_evidence.append(("role", FIRST_PERSON_POSSESSIVES[m.det][0] or m.role.gender))
            result[q.get("quote_id")] = _Found((e.key,), "first-person possessive", found.link)

    def _body_head(self, m: Mention) -> str:
        """The folded kind noun of a definite singular body description (« le musée », « l'agence
        onusienne », « le site d'investigation »), or ""."""
        if m.det not in {"le", "la", "l'", "ce", "cet", "cette"} or m.names or m.in_quote or m.anaphor:
            return ""
        words = _without_determiner(m.text).split()
        if not words or len(words) > 3 or any(w[:1].isupper() for w in words):
            return ""
        head = fold(words[0])
        head = head[2:] if len(head) > 2 and head[1] == "'" else head
        if len(words) > 1 and fold(words[1]) in {"de", "des", "du"}:
            return ""  # « la compagnie de transport »: a description that says more, kept as written
        return head if bodies.kinds_of(head) or head in bodies.ANY_BODY else ""

    def _named_body_before(self, m: Mention, head: str, e: Entity) -> Entity | None:
        """The most recent body named before ``m`` whose kind fits ``head``."""
        best: tuple[bool, int, Entity | None, bodies.NamedBody | None] = (False, -1, None, None)
        for x in self.entities.values():
            if x is e:
                continue
            found = self._body_kinds(x, m)
            if found is None:
                continue
            kinds, proper = found
            firsts = [mm for mm in x.mentions if not mm.in_quote]
            unsaid = not (kinds or x.roles) and "company" in bodies.kinds_of(head)
            if unsaid and (not x.names and proper or len(x.words) == 1 and any(mm.selon or mm.speaks for mm in firsts)):
                kinds = frozenset({"any"})  # « Selon EDF, … L'électricien assure »: a body whose kind the text does not say
            if not (bodies.compatible(head, kinds, proper=proper) or "any" in kinds):
                continue
            pos = max((mm.start for mm in firsts if mm.end <= m.start), default=-1)
            if pos >= 0 and pos > best[1]:
                best = (False, pos, x, None)
        for nb in bodies.named_bodies(self.text):
            if nb.end > m.start or not bodies.compatible(head, nb.kinds, proper=nb.name[:1].isupper()):
                continue
            if nb.start > best[1]:
                best = (False, nb.start, None, nb)
        _same, _pos, x, b = best
        if x is not None or b is None:
            return x
        home = next((y for y in self.entities.values() if y is not e and any(
            mm.start <= b.start < mm.end for mm in y.mentions)), None)
        if home is not None and not home.names:
            if b.name not in home.orgs:
                home.orgs.append(b.name)
            return home
        made = next((y for y in self.entities.values() if y is not e and not y.names and b.name in y.orgs), None)
        if made is not None:  # a second description of the same body
            return made
        body = self._new(orgs=[b.name], kind_votes=["organisation"])
        if b.name[:1].islower():
            body.article = _ARTICLES.get(fold(self.text[max(0, b.start - 3):b.start]).strip(), "")
        return body

    def _anaphora(self, link: Link, target: Mention, history: list[Link]) -> None:
        """Resolve the anaphor ``target`` of ``link`` against the links before it that point at someone."""
        found = self._antecedent(target, history, link.quote_spans)
        if found is None:
            return
        m = link.mention
        link.ents, link.antecedent = found.ents, found
        link.rule = f"{target.anaphor}→{found.mention.text}"
        if target.anaphor == "pronoun" and target.gender and len(found.ents) == 1:
            self.entities[found.ents[0]].gender_evidence.append(("pronoun", target.gender))
        for k in link.ents:
            self.entities[k].mentions.append(m)
            if link.quote:
                self.entities[k].spoke = True

    def _nested(self, q: dict[str, Any]) -> bool:
        """Is the cue of ``q`` inside another quotation's content (an inner layer of reported speech)?"""
        cs = _int(q.get("cue_start"))
        if cs is None:
            return False
        if self._spans is None:
            self._spans = [(o, _int(o.get("start")) or 0, _int(o.get("end")) or 0) for o in self.quotes]
        return any(a <= cs < b for o, a, b in self._spans if o is not q)

    def _carried(self, quotes_of: dict[int, list[dict[str, Any]]]) -> list[Link]:
        """Place-holders for quotations with no attributing string that continue another one.

        They stand where the quotation is, so that « Ce dernier estime … » after a stand-alone
        quoted paragraph finds the speaker of that paragraph."""
        located = {q.get("quote_id") for qs in quotes_of.values() for q in qs}
        out = []
        for q in self.quotes:
            cont = q.get("continues")
            if q.get("quote_id") in located or not _valid(cont) or str(cont) == "":
                continue
            start = _int(q.get("start")) or 0
            sent, para = self._sentence_of(start)
            m = Mention(start, start, "", subject=True, in_quote=True, sent=sent, para=para)
            lk = Link(m, (), quote=True, rule="continuation")
            lk.continues, lk.quote_id = cont, q.get("quote_id")
            out.append(lk)
        return out

    def _possessors(self, links: list[Link]) -> None:
        """« Leur fédération » after « Du côté des armateurs » → « fédération des armateurs »;
        « son porte-parole » after « Le Rassemblement national » → « porte-parole du Rassemblement
        national ». A role is named after its owner only when the owner is a body: « son avocat »
        is too often someone else's to name by rule; a group that exists only through its owner
        (« son entourage », « ses proches ») is named after a person too."""
        for idx, lk in enumerate(links):
            m = lk.mention
            if m.det not in POSSESSIVES or len(lk.ents) != 1 or m.names or not (m.org or m.role):
                continue
            e = self.entities[lk.ents[0]]
            if e.names or any(o[:1].isupper() for o in e.orgs):
                continue
            number = POSSESSIVES[m.det][1]
            near = [h for h in links[:idx] if h.ents and h.ents != lk.ents and h.mention.sent >= m.sent - 1
                    and not h.mention.in_quote and self._fits(h.ents, "", number)]
            subjects = [h for h in near if h.mention.subject]  # the owner is most often the subject
            owner = (subjects or near or [None])[-1]
            if owner is None or len(owner.ents) != 1:
                continue
            whose = self.entities[owner.ents[0]]
            noun = (m.org or m.role.text).strip()
            relational = fold(noun).split(" ")[0] in RELATIONAL_NOUNS  # « son entourage » is someone's
            if not m.org and not (whose.orgs and not whose.names) and not relational:
                continue
            written = owner.mention.text if not owner.mention.anaphor else whose.display
            label = f"{noun} {_of(_without_determiner(written), owner.mention.det)}"
            if e.orgs:
                e.orgs.append(label)
            else:
                e.label = label

    def _authors(self, links: list[Link]) -> None:
        """« Les auteurs recommandent … » after « une nouvelle étude » → « auteurs de l'étude »."""
        for lk in links:
            m = lk.mention
            if len(lk.ents) != 1 or not m.role or m.role.head not in AUTHOR_ROLES or m.role.quals or m.names:
                continue
            e = self.entities[lk.ents[0]]
            if e.names or e.orgs:
                continue
            first = self.sentences[max(0, m.sent - 2)].start if self.sentences else 0
            window = self.text[first:m.start]
            found = None
            for hit in re.finditer(r"\b(\w+['’]?)\s*(\w+)", window):
                det, noun = fold(hit.group(1)), fold(hit.group(2))
                if noun in DOCUMENT_NOUNS and det in {"le", "la", "l'", "les", "un", "une", "des", "ce", "cette", "ces"}:
                    found = (det, hit.group(2))
            if found:
                det, noun = found
                definite = {"un": "le", "une": "la", "des": "les", "ce": "le", "cette": "la", "ces": "les"}.get(det, det)
                e.label = f"{m.role.text} {_of(noun, definite)}"

    def _localise(self, mentions: list[Mention]) -> None:
        """« les autorités locales » right after « à Valmont » → « autorités locales de Valmont »."""
        places = [m for m in mentions if m.kind == "place" and m.names and not m.in_quote]
        for e in self.entities.values():
            if not e.orgs or e.names:
                continue
            display = e.display
            words = fold(display).split()
            if not words or words[-1] not in LOCAL_ADJECTIVES or " de " in f" {fold(display)} ":
                continue
            first = min(e.mentions, key=lambda m: m.start)
            before = [p for p in places if p.end <= first.start and p.para >= first.para - 1]
            if before:
                e.orgs.append(f"{display} de {before[-1].names[0].text}")

    def _antecedent(self, target: Mention, history: list[Link], excluded: list[tuple[int, int]]) -> Link | None:
        if target.anaphor == "pronoun":
            found = pronouns.personal(target, history, self._fits, excluded=excluded, is_person=self._is_person,
                                      gender_of=self._gender_of)
            return self._person_over_body(target, found, history, excluded)
        if target.anaphor == "latter":
            return pronouns.latter(target, history, self._fits, excluded=excluded)
        if target.anaphor == "source":
            return pronouns.same_source(target, history, self._fits, excluded=excluded)
        if target.anaphor == "part":
            return pronouns.part(target, history, self._fits, excluded=excluded)
        if target.anaphor == "group":
            return pronouns.group(target, history, self._fits, excluded=excluded)
        if target.anaphor == "concerned":
            return pronouns.concerned(target, history, self._fits, is_person=self._is_person, excluded=excluded)
        return None

    def _person_over_body(self, target: Mention, found: Link | None, history: list[Link],
                          excluded: list[tuple[int, int]]) -> Link | None:
        """« Le Dr X … Elle espère que l'hôpital pourra rouvrir. « … », prévient-elle »: a singular
        « il/elle » that found a body whose gender the text never gives (« l'hôpital », « l'ARS ») is the
        person of that gender named in the same paragraph, when there is one."""
        if found is None or not target.gender or target.number != "s" or len(found.ents) != 1 \
                or self._is_person(found.ents):
            return found
        body = self.entities[found.ents[0]]
        if body.gender_hint() or body.names and not body.orgs:
            return found
        for h in reversed(history):
            m = h.mention
            if m.end > target.start or m.para != target.para or (m.in_quote and not h.quote) \
                    or any(a <= m.start < b for a, b in excluded):
                continue
            if len(h.ents) == 1 and self._is_person(h.ents) and self._gender_of(h.ents) == target.gender:
                return h
        return found

    def _groups(self, links: list[Link]) -> list[Link]:
        """« M. Poutine et le président biélorusse Alexandre Loukachenko »: one plural subject."""
        out = []
        for a, b in zip(links, links[1:], strict=False):
            if not a.ents or not b.ents or a.mention.sent != b.mention.sent or len(a.ents) > 1 or len(b.ents) > 1:
                continue
            if self.text[a.mention.end:b.mention.start].strip() != "et":
                continue
            m = Mention(a.mention.start, b.mention.end, self.text[a.mention.start:b.mention.end], number="p",
                        subject=a.mention.subject, sent=a.mention.sent, para=a.mention.para, in_quote=a.mention.in_quote)
            out.append(Link(m, a.ents + b.ents, rule="group"))
        return out

    def _by_cue(self, q: dict[str, Any], links: list[Link]) -> Link | None:
        """No attributing string given: the mention right after the cue, or the subject before it."""
        cs, ce = _int(q.get("cue_start")), _int(q.get("cue_end"))
        if cs is None or ce is None or cs < 0:
            return None
        sent, _para = self._sentence_of(cs)
        same = [lk for lk in links if lk.mention.sent == sent and lk.ents and not lk.mention.in_quote]
        after = [lk for lk in same if 0 <= lk.mention.start - ce <= 12]
        if after:
            return after[0]
        before = [lk for lk in same if lk.mention.end <= cs and lk.mention.subject]
        return before[-1] if before else None


@lru_cache(maxsize=16384)
def _alts(role: Role) -> tuple[Role, ...]:
    """``role`` and its other wordings (:func:`analysis.speakers.mentions.equivalents`), once per role."""
    return tuple(equivalents(role))


def _role_fit(role: Role, roles: list[Role]) -> int | None:
    """How well ``role`` (or another wording of it) matches a person's roles (see :func:`_fit_one`)."""
    theirs = [x for r in roles for x in _alts(r)]
    scores = [_fit_one(alt, theirs) for alt in _alts(role)]
    scores = [s for s in scores if s is not None]
    return max(scores) if scores else None


def _fit_one(role: Role, roles: list[Role]) -> int | None:
    """3 same qualifiers, 2 consistent, 1 weak (the person's role says less); None if not theirs."""
    best = None
    conflict = False
    for r in roles:
        if r.head != role.head:
            if r.head.startswith(role.head + " ") and not role.quals:
                best = max(best or 0, 2)  # « la procureure » after « la procureure de la République d'Annecy, X »
            continue
        a, b = role.quals, r.quals
        if a == b:
            score = 3
        elif _within(a, b):
            score = 2
        elif _within(b, a):
            score = 2 if b else 1
        else:
            conflict = True
            continue
        best = score if best is None else max(best, score)
    if best is None or (conflict and best < 2):
        return None
    return best


def _same_stem(x: str, y: str) -> bool:
    """« syndical » and « syndicat », « régional » and « région », « russe » and « Russie »: one word's
    adjective and noun (folded), by their common beginning."""
    if x == y:
        return True
    n = min(len(x), len(y))
    if n < 4:
        return False
    k = 0
    while k < n and x[k] == y[k]:
        k += 1
    return k >= max(4, n - 2)


def _within(a: frozenset[str], b: frozenset[str]) -> bool:
    """Does every qualifier of ``a`` appear in ``b`` (up to its adjective or noun form)? ``a`` ≠ ``b``."""
    if a < b:
        return True
    return bool(a) and len(a) <= len(b) and all(any(_same_stem(x, y) for y in b) for x in a)


def _org_aliases(org: str) -> tuple[str, ...]:
    """Other keys of a body: « Office régional de la protection sociale (ORPS) » is also « ORPS » and the
    name without its acronym; « Agence X (AX) » likewise."""
    found = _WITH_ACRONYM.fullmatch(org.strip())
    if not found:
        return ()
    return fold(found.group(1)), fold(found.group(2))


def _generic_head(org: str) -> str:
    """The body noun of a common-noun description (« administration régionale » → « administration »),
    or "" when the name says more (a capital, a complement: « ministère de l'Intérieur » is a name)."""
    words = fold(org).split()
    if not words or org[:1].isupper():
        return ""
    if any(w in {"de", "d'", "du", "des", "la", "le", "l'", "les", "en", "a", "au", "aux", "pour"} or "'" in w
           for w in words[1:]) or any(ch.isupper() for ch in org[1:]):
        return words[0] if len(words) == 1 else ""
    return words[0]


EPITHET_WINDOW = 2
LAST_NAMED_WINDOW = 4
"""A description stands for someone named at most this many paragraphs before it."""


def _epithet_repeat(role: Role, said: list[Role]) -> int | None:
    """3 when ``role`` repeats a role bound to the person before (same wording), 2 when it says less
    (« le ministre » after « le ministre de l'Agriculture »); a fuller wording is no repeat."""
    best = None
    for r in said:
        if r.head != role.head:
            continue
        if r.quals == role.quals:
            return 3
        if _within(role.quals, r.quals) or not role.quals:
            best = 2
    return best


def _epithet_fit(role: Role, roles: list[Role]) -> int | None:
    """Can a person with ``roles`` be called by the description ``role``? 2: it covers one of them (the
    same role, another wording, a narrower one: « le technicien » for « l'entraîneur », « le
    chercheur » for « la glaciologue »); 1: nothing against it (no role, only functions such as
    « président », or a description that says nothing of a trade: « la quadragénaire »); None:
    another trade (« l'actrice » is not « la réalisatrice »)."""
    lex = _lexicon()
    roles = [r for r in roles if r.head not in GENERAL_EPITHETS and not r.quals & FORMER]  # they say nothing of a trade
    heads = {alt.head for alt in _alts(role)}
    wide = set().union(*(lex.narrower.get(h, frozenset()) for h in heads))
    for r in roles:
        if r.head in heads or r.head in wide or (role.head in SCIENCE_EPITHETS and r.head.endswith(SCIENCE_SUFFIXES)) \
                or any(alt.head in heads for alt in _alts(r)):
            return 2
    if role.head in ACADEMIC_EPITHETS and any(r.head in SCHOLARS or r.head.endswith(SCIENCE_SUFFIXES) for r in roles):
        return 2  # « le professeur » after « l'historien de l'art X »
    if role.head in GENERAL_EPITHETS or role.head in demonyms() or not roles or role.quals & FORMER \
            or role.head in ANY_TRADE_EPITHETS:
        return 1  # « l'ancien défenseur » may well be the coach now; « le syndicaliste », the teacher
    if any(role.head in lex.narrower.get(r.head, ()) for r in roles):
        return 1  # « l'urgentiste » for « le Dr X » (a doctor): a narrower trade, nothing against it
    if all(r.head in GENERIC_ROLE_HEADS for r in roles):
        return 1  # « le marin » for « X, patron d'un chalutier »: the role says nothing of a trade
    if role.head in lex.narrower and not all(r.head in FUNCTION_HEADS for r in roles):
        return None  # « le technicien » is not the captain just named (but may be « le directeur des équipes »)
    if all(r.head in FUNCTION_HEADS or r.head in MANDATES or r.head in GENERIC_ROLE_HEADS for r in roles):
        return 1
    return None


def _lawyer(role: Role) -> bool:
    """Is ``role`` a lawyer's noun (« l'avocat », « le pénaliste »: another wording of « avocat »)?"""
    return any(alt.head == "avocat" for alt in _alts(role))


def _office_compatible(role: Role, roles: list[Role]) -> bool:
    """Can a person with ``roles`` also be called ``role``? Same office, or only generic ones."""
    if any(_fit_one(alt, roles) is not None for alt in _alts(role)):
        return True
    if any(r.head == role.head for r in roles):
        return False  # « ministre de la Santé » is not « le ministre du Travail »
    if role.head in GENERIC_ROLE_HEADS:
        return True  # « le chef d'entreprise » may be the person named as « gérant »
    if any(r.head in _lexicon().narrower.get(role.head, ()) for r in roles):
        return True  # « la magistrate » after « l'avocate générale, X »
    if role.head in MANDATES and (role.place or not role.complement) \
            and any(r.head in _lexicon().cumul.get(role.head, ()) for r in roles):
        return True  # « la députée de Seine-Saint-Denis » after « la présidente du groupe, X »
    return all(r.head in GENERIC_ROLE_HEADS for r in roles)


def _goes_on(rest: str) -> bool:
    """Does a role stop short of the name its mention goes on to give: « …, la Dr Y » or « … et
    directeur général, Y » (a second role coordinated, then the name)?"""
    rest = rest.lstrip()
    if rest[:1] == "," or (rest[:3] == "et " and "," in rest):
        return True
    # « la commissaire européenne | au Commerce, Ingrid X »: the role's complement, then the name
    head, comma, _name = rest.partition(",")
    words = head.split()
    return bool(comma) and 1 < len(words) <= 5 and fold(words[0]) in {"au", "aux", "a", "de", "du", "des", "d'", "pour"} \
        or bool(comma) and len(words) == 1 and fold(head[:2]) == "d'"



def _former_gender(role: Role) -> str:
    """« l'ancien ministre » is a man, « l'ancienne ministre » a woman: the adjective agrees."""
    if role.quals & {"ancienne", "future"}:
        return "f"
    if role.quals & {"ancien", "futur"}:
        return "m"
    return ""


def _as_written(m: Mention) -> str:
    """An unnamed source as the text gives it (« des experts », « le maire »), sentence capital undone."""
    text = m.text.strip()
    first, _, rest = text.partition(" ")
    if rest and fold(first) in {"le", "la", "les", "l'", "un", "une", "des", "ce", "cette", "ces"} and first[:1].isupper():
        text = first.lower() + " " + rest
    elif text[:2] in {"L'", "L’"}:
        text = "l" + text[1:]
    return text


def _without_determiner(text: str) -> str:
    """« Le parti Horizon vert » → « parti Horizon vert »; « des sous-traitants » → « sous-traitants »."""
    first, _, rest = text.strip().partition(" ")
    if rest and fold(first) in {"le", "la", "les", "des", "du", "un", "une", "ce", "cette", "ces", "au", "aux"}:
        return rest
    if fold(text[:2]) == "l'":
        return text[2:]
    return text


def _of(name: str, det: str = "") -> str:
    """« de » + name with French contraction: « des armateurs », « du Kremlin », « de Paul », « d'Anne »."""
    if det in {"le", "du", "au"}:
        return f"du {name}"
    if det == "la":
        return f"de la {name}"
    if det == "l'":
        return f"de l'{name}"
    if det in {"les", "des", "aux"}:
        return f"des {name}"
    first, _, rest = name.partition(" ")
    low = fold(first)
    if low in {"les", "des"} and rest:
        return f"des {rest}"
    if low == "le" and rest:
        return f"du {rest}"
    if low in {"la", "l'"} or name[:2].lower() in {"l'", "l’"}:
        return f"de {name}"
    if fold(name[:1]) in "aeiouyh":
        return f"d'{name}"
    return f"de {name}"


def _rule(m: Mention) -> str:
    if m.kind == "document":
        return "document"
    if m.anaphor:
        return m.anaphor
    if m.title:
        return "title"
    if m.names and m.role:
        return "role+name"
    if m.names:
        return "name"
    if m.org:
        return m.kind or "organisation"
    if m.role:
        return "role"
    return ""


def resolve_article(text: str, quotes: list[dict[str, Any]], *,
                    sentences: list[Sentence] | None = None) -> ArticleResult:
    """Resolve the speakers of one article's quotations (``quotes``: rows of the quotes frame).

    ``sentences``: the article's (paragraph, start, end) sentence spans from
    :func:`analysis.nlp.sentences`, if at hand (spares segmenting the text again; spans that do
    not tile the text into its paragraphs are ignored)."""
    return _Resolver(text, quotes, sentences).resolve()
