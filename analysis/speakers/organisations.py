"""Bodies named in the article: one entity per organisation or medium, however it is written.

:func:`body_of` groups body mentions by folded name and alias (« la STM » = « la Société de transport
de Montréal (STM) », :mod:`analysis.speakers.acronyms`; « le ministère » after « le ministère des
Affaires étrangères »). Then the steps that tie descriptions to the named body they stand for:
:func:`body_appositions` (« Vigicrues, le service public … »), :func:`generic_bodies` (« l'entreprise »
→ « la société Valortri », :func:`salient_body`), :func:`ministries` (« le ministère » of the
minister named), :func:`metonyms` (« la place Beauvau ») and :func:`group_names` (« les Houthis »).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.fr.mention_words import APPOSITION_CLAUSE_WORDS
from analysis.fr.speaker_words import (
    ARTICLE_OF,
    BODY_REACH,
    COMPLEMENT_LINKS,
    DEFINITE_DETERMINERS,
    GENERIC_BODIES,
    INDEFINITE_DETERMINERS,
    LINK_WORDS,
    MENTION_DETERMINERS,
    NOT_ADJECTIVES,
    PLURAL_ARTICLES,
    PLURAL_INDEFINITES,
    POSSESSIVES,
)
from analysis.fr.text import fold
from analysis.speakers.context import Article
from analysis.speakers.entity import Entity
from analysis.speakers.lexicon import body_kinds, demonyms, key, lexicon
from analysis.speakers.phrases import Mention, Role, is_function
from analysis.speakers.roles import same_stem

_CLAUSE_REST = re.compile(r"[^,.;:)]*")
_WITH_ACRONYM = re.compile(r"(.+?)\s*\(([^()]+)\)")


def org_aliases(org: str) -> tuple[str, ...]:
    """Other keys of a body: « Office régional de la protection sociale (ORPS) » is also « ORPS » and the
    name without its acronym; « Agence X (AX) » likewise."""
    found = _WITH_ACRONYM.fullmatch(org.strip())
    if not found:
        return ()
    return fold(found.group(1)), fold(found.group(2))


def generic_head(org: str) -> str:
    """The body noun of a common-noun description (« administration régionale » → « administration »),
    or "" when the name says more (a capital, a complement: « ministère de l'Intérieur » is a name)."""
    words = fold(org).split()
    if not words or org[:1].isupper():
        return ""
    if any(w in COMPLEMENT_LINKS or "'" in w
           for w in words[1:]) or any(ch.isupper() for ch in org[1:]):
        return words[0] if len(words) == 1 else ""
    return words[0]


def body_of(ctx: Article, m: Mention) -> Entity:
    """The entity of body mention ``m``: the body already named so (or by an alias, or by the fuller name
    whose noun a bare « le groupe » repeats), or a new one; records what ``m`` says of it."""
    k = fold(m.org)
    aliases = org_aliases(m.org)
    full = _defined(ctx, m.org)
    if full and fold(full) != k:
        aliases = (*aliases, fold(full), *org_aliases(full))
    e = ctx.index.get(k)
    if e is None:
        e = next((ctx.index[a] for a in aliases if a in ctx.index and not ctx.index[a].transient), None)
        if e is not None:  # « la RMT » first, then « la Régie métropolitaine des transports (RMT) »
            ctx.index[k] = e
    transient = m.det in INDEFINITE_DETERMINERS or m.in_quote  # « un gouvernement qui … » is no body of the story
    head = generic_head(m.org)
    if (e is None or e.transient) and not transient and head and m.det in DEFINITE_DETERMINERS and " " not in k:
        # « le ministère » after « le ministère des Affaires étrangères », « le groupe » after
        # « le groupe industriel Fermaux »: the body named before with this noun
        fuller = [x for x in ctx.bodies_called(head) if not x.transient]
        if fuller:
            e = max(fuller, key=lambda x: x.mentions.last_start_before(len(ctx.text) + 1))
    if e is None or (e.transient and not transient):
        e = ctx.new()
        e.transient = transient
        if head in GENERIC_BODIES and not transient and (m.det in DEFINITE_DETERMINERS or m.det in POSSESSIVES):
            e.generic = head  # settled once the people are known (:func:`generic_bodies`)
        if not transient:
            ctx.index[k] = e
            for alias in aliases:
                ctx.index.setdefault(alias, e)
    if ctx.index.get(k) is e or e.transient:  # a bare « le groupe » merged into « Fermaux » does not rename it
        e.orgs.append(_with_title_article(ctx, m) or m.org)
        if full and not e.transient and not e.names:
            e.defined = e.defined or full
        if full and full not in e.orgs and not e.transient:
            e.orgs.append(full)  # « la STM » is the « Société de transport de Montréal (STM) »
            for alias in (fold(full), *org_aliases(full)):
                ctx.index.setdefault(alias, e)
        if not e.article:  # « la police », « l'armée »; « plusieurs chancelleries » as written
            e.article = ARTICLE_OF.get(m.det, "") or (m.det if m.det in PLURAL_INDEFINITES else "")
    e.kind_votes.append(m.kind)
    if m.gender and m.det not in PLURAL_ARTICLES:
        e.gender_evidence.append(("determiner", m.gender))
    elif MENTION_DETERMINERS.get(m.det, ("",))[0]:  # « la Febetra » is an « elle », « le mouvement » an « il »
        e.gender_evidence.append(("grammar", MENTION_DETERMINERS[m.det][0]))
    if m.number == "p" or m.det in PLURAL_INDEFINITES and m.kind != "media":
        e.number = "p"  # « des Gilets jaunes » are an « ils », whatever the noun's own number says
    if m.role:
        e.roles.append(m.role)
    e.mentions.append(m)
    return e


def _with_title_article(ctx: Article, m: Mention) -> str:
    """« Le Canard enchaîné » written so inside a sentence: the capital article belongs to the title, which
    keeps it (« selon le Canard enchaîné » and a sentence's first word say nothing)."""
    first = m.text[:3]
    if not m.org[:1].isupper() or first[:1] != "L" or ctx.sentences[ctx.sentence_of(m.start)[0]].start == m.start:
        return ""
    article = next((a for a in ("Les ", "Le ", "La ", "L'", "L’") if m.text.startswith(a)), "")
    return f"{article}{m.org}" if article and fold(m.text[len(article):]).startswith(fold(m.org)) else ""


def _defined(ctx: Article, name: str) -> str:
    """The full name the article gives a short name or a truncated name: « STM » → « Société de
    transport de Montréal (STM) »; « Syndicat national des lycées » → its whole name with commas."""
    k = fold(name)
    found = ctx.acronyms.get(k)
    if found is not None:
        return found[0]
    if len(k.split()) >= 3:
        return next(iter(ctx.defined_from(k)), "")
    return ""


def salient_body(ctx: Article, m: Mention, head: str, *, described: bool = False) -> Entity | None:
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
    families = body_kinds().get(head, frozenset())
    owned = m.det in POSSESSIVES  # « leur syndicat »: only the union the article names
    # « le club viennois », « le club tarbais »: the club whose name has that place
    qualifiers = [w for w in fold(m.org).split()[1:] if len(w) >= 4 and not is_function(w)]
    best, best_rank = None, None
    ranked = []  # bodies in the order the index named them, then named entities (none further away qualifies)
    for x in ctx.near(m.para - BODY_REACH, m.para + 1):
        names = [n for n in ctx.index.pointing_at(x.key) if ctx.index[n] is x]
        if names or x.names:
            ranked.append(((0, ctx.index.rank(names[0])) if names else (1, x.key), x))
    for _rank, x in sorted(ranked, key=lambda rx: rx[0]):
        if x.transient:
            continue
        cues = families_of(x)
        if families and cues and not (families & cues):
            continue  # « l'entreprise » is not « le syndicat X »
        same = bool(families & cues)
        if owned and not same:
            continue
        place = bool(qualifiers) and any(same_stem(q, w) for q in qualifiers for o in [*x.orgs, *x.names]
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
                    len(x.words) > 1 and not any(mm.selon for mm in x.mentions)
                    and not (just_before and not _person_shaped(x))):
                continue  # a person, as far as the text says
        else:
            continue
        reach = BODY_REACH if (same or x.orgs) and not described or place else 1
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


def _person_shaped(x: Entity) -> bool:
    """Is every name of ``x`` two or three capitalised words with no lower-case word between them
    (« Jeanne Martin »), the shape of a person's name? A body named as a subject just before a body
    noun (« Voies navigables de France a suspendu … L'établissement public ») has a lower-case word or
    a single one; a person's first name and surname do not make « le mouvement » or « l'entreprise »."""
    return all(2 <= len(words := n.split()) <= 3 and all(w[:1].isupper() for w in words) for n in x.names)


def families_of(x: Entity) -> frozenset[str]:
    """Families of a body (« union », « team » …) from the noun it was named with (« le syndicat
    Force ouvrière ») or the first words of its own name (« Stade olympique de Vienne »)."""
    table = body_kinds()
    found: set[str] = set()
    for r in x.roles:
        found |= table.get(fold(r.text).split(" ")[0], frozenset())
    for o in x.orgs:
        words = fold(o).split()
        found |= table.get(" ".join(words[:2])) or table.get(" ".join(words[:1])) or frozenset()
    return frozenset(found)


def ministry(ctx: Article, m: Mention) -> str:
    """« le ministère » when the article names no ministry but a minister: « ministère de l'Éducation
    nationale » for « la ministre de l'Éducation nationale, X » (the latest named before it)."""
    best, best_pos = "", -1
    for e in ctx.entities.values():
        for r in e.roles:
            if r.head != "ministre" or not r.complement or not e.names:
                continue
            pos = max((x.start for x in e.mentions if x.start < m.start), default=-1)
            words = r.text.split(" ", 1)
            if pos > best_pos and len(words) == 2 and fold(words[0]) == "ministre":
                best, best_pos = f"ministère {words[1]}", pos
    return best


def body_appositions(ctx: Article, mentions: list[Mention]) -> None:
    """« Vigicrues, le service public d'information sur les crues, … »: the description between
    commas is the body just named (« le service » later is Vigicrues)."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if not b.org or b.names or b.det not in DEFINITE_DETERMINERS or b.org[:1].isupper() or a.sent != b.sent:
            continue
        if ctx.text[a.end:b.start].strip() != "," or not (ctx.ents.get(id(a)) and ctx.ents.get(id(b))):
            continue
        rest = _CLAUSE_REST.match(ctx.text, b.end).group(0)
        if len(rest.split()) > 5 or any(fold(w) in NOT_ADJECTIVES and fold(w) not in APPOSITION_CLAUSE_WORDS for w in rest.split()):
            continue  # « Face à X, le groupe a annoncé … »: the next clause's subject, not an apposition
        named = ctx.entities.get(ctx.ents[id(a)][0])
        desc = ctx.entities.get(ctx.ents[id(b)][0])
        if named is None or desc is None or named is desc or len(ctx.ents[id(a)]) > 1 or named.titled or named.roles:
            continue
        if not (named.orgs and any(o[:1].isupper() for o in named.orgs) or named.names and len(named.words) == 1):
            continue
        named.roles.append(Role(b.org, b.start, b.end, fold(b.org).split(" ")[0], frozenset()))
        named.kind_votes.append("organisation")
        ctx.merge(desc, named)


def group_names(ctx: Article) -> None:
    """« les Houthis » after « les rebelles houthis du Yémen »: a group named by the word an earlier
    description used as its adjective is that group."""
    described: dict[str, list[Entity]] = {}  # a lower-case word after the first of a description → its bodies
    for x in ctx.entities.values():
        if x.names or x.transient:
            continue
        words = {fold(w) for o in [*x.orgs, x.label] if o and " " in o for w in o.split()[1:] if w[:1].islower()}
        for w in words:
            described.setdefault(w, []).append(x)
    for e in list(ctx.entities.values()):
        if e.names or len(e.orgs) == 0 or not all(" " not in o and o[:1].isupper() for o in e.orgs):
            continue
        word = fold(e.orgs[0])
        if len(word) < 4:
            continue
        first = min(x.start for x in e.mentions)
        for x in described.get(word, ()):
            if x is e or ctx.entities.get(x.key) is not x or not any(mm.start < first for mm in x.mentions):
                continue
            ctx.merge(e, x)
            break


def metonyms(ctx: Article) -> None:
    """« la place Beauvau » is « le ministère de l'Intérieur »: the body the article names so, or the
    one body it names with the same noun (« l'Élysée » → « la présidence française »); otherwise the
    body is shown under the name it stands for, with the metonym kept as its alias (« ministère de
    l'Intérieur (place Beauvau) »)."""
    lex = lexicon()
    for e in list(ctx.entities.values()):
        if not e.orgs or e.names:
            continue
        written = next((o for o in e.orgs if lex.metonyms.get(key(o))), None)
        if not written:
            continue
        stands, *others = lex.metonyms.get(key(written)).split("|")  # the name it stands for, other wordings
        targets = [fold(t) for t in (stands, *others)]
        body = next((x for x in ctx.entities.values() if x is not e and not x.transient
                     and any(fold(o).startswith(t) for o in x.orgs for t in targets)), None)
        if body is None:  # « la présidence » for « présidence française »: the one body so named
            noun, words = targets[0].split(" ")[0], {w for t in targets for w in t.split(" ")}
            same = {x.key: x for x in ctx.bodies_called(noun) if x is not e and not x.transient
                    and any(set(fold(o).split(" ")) - LINK_WORDS <= words for o in x.orgs)}
            body = next(iter(same.values())) if len(same) == 1 else None
        if body is not None:
            ctx.merge(e, body)
        elif not e.defined:
            e.defined = f"{stands} ({e.article}{'' if e.article.endswith(chr(39)) else ' '}{written})".replace("( ", "(")


def bodies_of_mentions(ctx: Article, mentions: list[Mention]) -> None:
    """An entity for every body and medium mention (« la CFDT et la CGT »: one for each), before the
    people, so that « Insee » the name can join « (Insee) » the agency."""
    for m in mentions:
        target = m.inner if m.kind == "document" and m.inner is not None else m
        if target.parts and all(part.org for part in target.parts):  # « la CFDT et la CGT »
            ctx.ents[id(m)] = tuple(dict.fromkeys(body_of(ctx, part).key for part in target.parts))
        elif target.org:
            ctx.ents[id(m)] = (body_of(ctx, target).key,)


def generic_bodies(ctx: Article) -> None:
    """« l'entreprise », « l'administration régionale »: the named body they stand for (:func:`salient_body`),
    which takes over their mentions."""
    for e in [x for x in ctx.entities.values() if x.generic]:
        first = min(e.mentions, key=lambda mm: mm.start)
        body = salient_body(ctx, first, e.generic, described=" " in fold(first.org))
        if body is None or body is e:
            continue
        body.mentions.extend(e.mentions)
        body.kind_votes.extend(e.kind_votes)
        for k in ctx.index.pointing_at(e.key):
            if ctx.index[k] is e:
                ctx.index[k] = body
        ctx.ents.update({k: (body.key,) for k in ctx.ents.pointing_at(e.key) if ctx.ents[k] == (e.key,)})
        del ctx.entities[e.key]


def qualified_bodies(ctx: Article) -> None:
    """« la police » (or « la police nationale ») when the article names one police only with what tells
    which (« la police cantonale de Genève », « la police portugaise »): that body, under its fullest name.

    A body named by a common noun and adjectives that say nothing of which one it is (no capital, no
    nationality) joins the one other body of the article whose name starts with the same noun and
    says which (a capitalised word or a nationality); with two such bodies it stays as written."""
    for e in list(ctx.entities.values()):
        if e.transient or e.names or not e.orgs or ctx.entities.get(e.key) is not e:
            continue
        words = [fold(o).split() for o in e.orgs]
        head = words[0][0] if words[0] else ""
        if not head or any(o[:1].isupper() or _says_which(o) for o in e.orgs) or any(w[:1] != [head] for w in words):
            continue
        found = {x.key: x for x in ctx.bodies_called(head)
                 if x is not e and not x.transient and not x.names and any(_says_which(o) for o in x.orgs)}
        if len(found) == 1:
            ctx.merge(e, next(iter(found.values())))


def _says_which(org: str) -> bool:
    """Does a body's name say which one it is: a capitalised word after its noun, or a nationality?"""
    rest = org.split()[1:]
    return any(w[:1].isupper() for w in rest) or any(fold(w) in demonyms() for w in rest)


def generic_body(name: str) -> bool:
    """Is ``name`` (« la police nationale », « le ministère de l'Intérieur ») a common noun that many bodies
    share: lower case, no nationality, no capitalised word but those of a ministry's portfolio?"""
    if not name[:1].islower():
        return False
    words = re.findall(r"[\w-]+", name)[1:]
    return not any(w[:1].isupper() and fold(w) not in _portfolio_words() or fold(w) in demonyms() for w in words)


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    """Folded words of the ministries' portfolios (``speaker_role_domains.csv``: « Intérieur », « Affaires étrangères »)."""
    return frozenset(w for d in lexicon().domains.values() for w in re.findall(r"[\w-]+", fold(d)))


def ministries(ctx: Article) -> None:
    """« le ministère » of the minister the article names, when it names no ministry (:func:`ministry`)."""
    for e in ctx.entities.values():
        if e.orgs and all(fold(o) == "ministere" for o in e.orgs) and not e.transient:
            found = ministry(ctx, min(e.mentions, key=lambda mm: mm.start))
            if found:
                e.orgs.append(found)
