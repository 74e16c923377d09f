"""Body descriptions → the body named before them.

French news names a body once (« le Musée des beaux-arts de Lyon », « l'Office fédéral des
transports », « le vicariat de Bruxelles », « le spécialiste de l'ameublement Meubles Delacour »)
and then calls it by a kind noun: « le musée », « l'office », « le vicariat », « le groupe »,
« l'électricien ». :func:`kinds_of` reads the kinds a noun can stand for from
``analysis/data/speaker_body_kinds.csv``; :func:`named_bodies` finds the bodies an article names
with such a noun (their own name starting with it, or a noun just before their name);
:func:`named_body_before` chooses, for a description, the most recent compatible one named before
it, and :func:`described_bodies` applies it to every speaker still written as a description (or
resolved to a body of another kind). None compatible: the description stays as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analysis.fr.mention_words import ANY_BODY, BODY_NAME_LINKS
from analysis.fr.speaker_words import (
    ARTICLE_OF,
    BACK_DETERMINERS,
    BODY_REACH,
    CAPITAL_TITLE_ARTICLES,
    COMPLEMENT_DE,
    ELIDED_LINKS,
    LINK_WORDS,
)
from analysis.fr.text import fold
from analysis.speakers.context import Article
from analysis.speakers.entity import Entity, Found
from analysis.speakers.labels import without_determiner
from analysis.speakers.lexicon import body_kinds
from analysis.speakers.phrases import Mention

_ARTICLE = r"(?:(?:[Ll]es?|[Ll]a|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)\s*)"
_CAP = r"[A-ZÀ-Ý][\w’'-]*"
_LINK = r"(?:(?:des|du|de\s+la|de|la|les|le|et\s+de|et\s+des)\s+|(?:d|l|de\s+l|et\s+de\s+l)['’])"
_LOW = r"[a-zà-ÿ][\w’'-]*"
# « Office fédéral des transports », « Musée des beaux-arts de Lyon », « Tribunal arbitral du sport »
_ADJ = (r"[a-zà-ÿ][\w’'-]*(?:ique|iques|aire|aires|al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|ais|aise"
        r"|if|ive|ifs|ives|ile|iles|ain|aine|éen|éenne|ier|ière|iers|ières|é|ée|és|ées|ant|ante|ent|ente|eur|rice)\b")
"""A lower-case word that ends like an adjective (« fédéral », « textiles », « hospitalier »): part of a name,
unlike the verb after it (« Musée des beaux-arts de Lyon annonce »)."""
_CAP_NAME = re.compile(rf"(?<![\w’'-])({_CAP})((?:\s+{_ADJ}){{0,2}})((?:\s+{_LINK}(?:{_CAP}|{_LOW})(?:\s+{_ADJ})?){{0,4}})")
# « le vicariat de Bruxelles », « le rectorat de l'académie de Limoges »
_LOW_NAME = re.compile(rf"(?<![\w’'-]){_ARTICLE}({_LOW})((?:\s+{_LOW})?)(\s+{_LINK}(?:{_LOW}\s+{_LINK})?{_CAP}(?:[\s-]{_CAP})*)")
_WORD = re.compile(r"[\w’'-]+")


def kinds_of(noun: str) -> frozenset[str]:
    """Kinds of body a folded noun can name (empty: not a body noun)."""
    return body_kinds().get(fold(noun), frozenset())


@dataclass(frozen=True, slots=True)
class NamedBody:
    """A body the text names with a kind noun: its name as written, span and kinds."""

    name: str
    start: int
    end: int
    kinds: frozenset[str]


def _trim(name: str) -> str:
    """Drop a trailing link word the pattern took (« Office fédéral des transports de »)."""
    words = name.split()
    while words and fold(words[-1]) in LINK_WORDS:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=256)
def named_bodies(text: str) -> tuple[NamedBody, ...]:
    """Bodies the article names with a kind noun of the table, in text order."""
    table = body_kinds()
    found: list[NamedBody] = []
    for m in _CAP_NAME.finditer(text):
        head = fold(m.group(1))
        if head not in table or not (m.group(2).strip() or m.group(3).strip()):
            continue
        if m.start() > 0 and text[max(0, m.start() - 2):m.start()].strip() in {".", "!", "?", "»", ""} \
                and not (m.group(3).strip() and any(w[:1].isupper() for w in m.group(3).split())) \
                and not m.group(2).strip():
            continue  # « Musée … » opening a sentence with nothing capitalised after it
        name = _trim(m.group(0))
        found.append(NamedBody(name, m.start(), m.start() + len(name), table[head]))
    for m in _LOW_NAME.finditer(text):
        head = fold(m.group(1))
        if head not in table:
            continue
        name = _trim(text[m.start(1):m.end()])
        found.append(NamedBody(name, m.start(1), m.start(1) + len(name), table[head]))
    found.sort(key=lambda b: b.start)
    return tuple(found)


@lru_cache(maxsize=16)
def _starts(text: str) -> list[int]:
    """Offsets of :func:`named_bodies` (cached by text, as they are: a text's hash is computed once)."""
    return [b.start for b in named_bodies(text)]


NOUN_BEFORE_CHARS = 80
"""How far back (characters) :func:`noun_before` looks for the noun in apposition before a name."""


def noun_before(text: str, start: int, *, reach: int = 4) -> frozenset[str]:
    """Kinds of a body noun among the ``reach`` words just before a name at ``start``, in apposition
    (« sa maison mère américaine, X », « le groupe suédois X »): a link word in between (« Musée des
    beaux-arts de Lyon ») makes the name a complement, not the body."""
    window = text[max(0, start - NOUN_BEFORE_CHARS):start]
    cut = max(window.rfind("."), window.rfind(";"), window.rfind("«"), window.rfind("»"), window.rfind("("))
    words = _WORD.findall(window[cut + 1:])[-reach:]
    out: frozenset[str] = frozenset()
    for w in reversed(words):
        low = fold(w)
        if low in BODY_NAME_LINKS or low[:2] in ELIDED_LINKS:
            break
        out |= kinds_of(low)
    return out


def compatible(head: str, kinds: frozenset[str], *, proper: bool) -> bool:
    """Can a description with folded head noun ``head`` stand for a body of ``kinds``?"""
    if head in ANY_BODY and proper:
        return True
    return bool(kinds_of(head) & kinds)


def described_bodies(ctx: Article, result: dict[Any, Found]) -> None:
    """« le musée », « l'office », « le groupe », « l'électricien » still as written: the most recent
    body named before it with a noun of a compatible kind (:func:`named_body_before`)."""
    used = {k for f in result.values() if len(f.ents) == 1 for k in f.ents}
    moved: dict[int, int] = {}
    for key in sorted(used):
        e = ctx.entities.get(key)
        if e is None or e.names or e.defined or any(o[:1].isupper() for o in e.orgs) or e.number == "p":
            continue
        said = [mm for mm in e.mentions if mm.speaks or mm.selon or mm.subject]
        if not said:
            continue
        m = min(said, key=lambda mm: mm.start)
        head = body_head(m)
        if not head:
            continue
        target = named_body_before(ctx, m, head, e)
        if target is not None and target is not e:
            moved[e.key] = target.key
            target.mentions.extend(e.mentions)
            target.kind_votes.extend([*e.kind_votes, "organisation"])
    for qid, f in list(result.items()):
        if len(f.ents) == 1 and f.ents[0] in moved:
            result[qid] = Found((moved[f.ents[0]],), f.rule + "→body", f.link)
        elif len(f.ents) == 1 and f.link is not None and f.ents[0] in ctx.entities:
            _wrong_kind(ctx, qid, f, result)
    for key in moved:
        ctx.entities.pop(key, None)


def _wrong_kind(ctx: Article, qid: Any, f: Found, result: dict[Any, Found]) -> None:
    """« l'administration » resolved to « le syndicat X » (a body whose kind the text tells, and not
    that one): the body of a fitting kind named before it, if any."""
    m = f.link.mention if f.link is not None else None
    if m is None or not m.speaks:
        return
    x = ctx.entities[f.ents[0]]
    head = body_head(m)
    if not head or x.names:
        return
    if x.orgs and not any(o[:1].isupper() for o in x.orgs) and not x.defined:
        # « le club » merged into « le club de Birmingham » named in passing, « le RC Lens » named since
        named = max((mm.start for mm in x.mentions if mm.end <= m.start and not body_head(mm)), default=-1)
        target = named_body_before(ctx, m, head, x)
        if target is not None and target is not x and named >= 0 and max(
                (mm.start for mm in target.mentions if mm.end <= m.start), default=-1) > named:
            target.mentions.append(m)
            result[qid] = Found((target.key,), f.rule + "→body", f.link)
        return
    if head in ANY_BODY or fold(without_determiner(m.text)) in {fold(o) for o in x.orgs}:
        return
    found = entity_kinds(ctx, x, m)
    if found is None or not found[0] or compatible(head, found[0], proper=found[1]):
        return
    target = named_body_before(ctx, m, head, x)
    if target is not None and target is not x:
        target.mentions.append(m)
        result[qid] = Found((target.key,), f.rule + "→body", f.link)


def entity_kinds(ctx: Article, x: Entity, m: Mention) -> tuple[frozenset[str], bool] | None:
    """Kinds of body ``x`` may be (from its name's first noun, its roles, a noun just before its
    name) and whether it has a proper name that spoke before ``m``; None: not a body."""
    firsts = [mm for mm in x.mentions if not mm.in_quote]
    if not firsts or x.transient:
        return None
    proper = bool(x.defined or any(o[:1].isupper() for o in x.orgs))
    if proper:
        kinds = frozenset().union(*(kinds_of(fold(o).split()[0]) for o in x.orgs if len(o.split()) > 1),
                                  *(kinds_of(r.head) for r in x.roles))
        if "media" in x.kind_votes or any(o.startswith(CAPITAL_TITLE_ARTICLES) for o in x.orgs):
            kinds |= {"media"}  # (« Le Canard enchaîné » inside a sentence: a capital article marks a title)
        if "place" in x.kind_votes or not any(mm.speaks or mm.selon for mm in firsts if mm.start < m.start):
            proper = False  # « l'organisme » is a body that spoke, not a place named in passing
    elif x.names and not any(mm.title for mm in x.mentions) and not any(
            g[0] in {"pronoun", "title"} for g in x.gender_evidence):
        # « le spécialiste de l'ameublement X », « sa maison mère américaine, X »: a company, not a person
        kinds = frozenset().union(*(kinds_of(r.head) for r in x.roles))
    else:
        return None
    for mm in firsts:  # « le Snes-FSU, principal syndicat des enseignants »: the apposition says the kind
        _, comma, rest = mm.text.partition(",")
        if comma:
            kinds = kinds.union(*(kinds_of(w) for w in fold(rest).split()[:3]))
    return kinds | noun_before(ctx.text, min(mm.start for mm in firsts)), proper


def body_head(m: Mention) -> str:
    """The folded kind noun of a definite singular body description (« le musée », « l'agence
    onusienne », « le site d'investigation »), or ""."""
    if m.det not in BACK_DETERMINERS or m.names or m.in_quote or m.anaphor:
        return ""
    words = without_determiner(m.text).split()
    if not words or len(words) > 3 or any(w[:1].isupper() for w in words):
        return ""
    head = fold(words[0])
    head = head[2:] if len(head) > 2 and head[1] == "'" else head
    if len(words) > 1 and fold(words[1]) in COMPLEMENT_DE:
        return ""  # « la compagnie de transport »: a description that says more, kept as written
    return head if kinds_of(head) or head in ANY_BODY else ""


def named_body_before(ctx: Article, m: Mention, head: str, e: Entity) -> Entity | None:
    """The most recent body named before ``m`` whose kind fits ``head``."""
    best: tuple[bool, int, Entity | None, NamedBody | None] = (False, -1, None, None)
    for x in ctx.near(m.para - BODY_REACH, m.para):
        if x is e:
            continue
        found = entity_kinds(ctx, x, m)
        if found is None:
            continue
        kinds, proper = found
        firsts = [mm for mm in x.mentions if not mm.in_quote]
        unsaid = not (kinds or x.roles) and "company" in kinds_of(head)
        if unsaid and (not x.names and proper or len(x.words) == 1 and any(mm.selon or mm.speaks for mm in firsts)):
            kinds = frozenset({"any"})  # « Selon EDF, … L'électricien assure »: a body whose kind the text does not say
        if not (compatible(head, kinds, proper=proper) or "any" in kinds):
            continue
        pos = max((mm.start for mm in firsts if mm.end <= m.start), default=-1)
        if pos >= 0 and pos > best[1]:
            best = (False, pos, x, None)
    bodies = named_bodies(ctx.text)
    starts = _starts(ctx.text)
    for nb in bodies[bisect_left(starts, ctx.para_start(m.para - BODY_REACH)):bisect_left(starts, m.start)]:
        if nb.end > m.start or not compatible(head, nb.kinds, proper=nb.name[:1].isupper()):
            continue
        if nb.start > best[1]:
            best = (False, nb.start, None, nb)
    _same, _pos, x, b = best
    if x is not None or b is None:
        return x
    para = ctx.sentence_of(b.start)[1]
    home = next((y for y in ctx.near(para, para) if y is not e and any(
        mm.start <= b.start < mm.end for mm in y.mentions.between(ctx.para_start(para), b.start + 1))), None)
    if home is not None and not home.names:
        if b.name not in home.orgs:
            home.orgs.append(b.name)
        return home
    made = next((y for y in ctx.entities.values() if y is not e and not y.names and b.name in y.orgs), None)
    if made is not None:  # a second description of the same body
        return made
    body = ctx.new(orgs=[b.name], kind_votes=["organisation"])
    if b.name[:1].islower():
        body.article = ARTICLE_OF.get(fold(ctx.text[max(0, b.start - 3):b.start]).strip(), "")
    return body
