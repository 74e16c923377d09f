"""Roles: how well a role noun phrase fits a person, and who holds an office nobody is named for.

A person's roles are what the article calls them (« la ministre de l'Agriculture », « le Dr X »:
a doctor). :func:`role_fit` scores another wording against them (same qualifiers, consistent ones,
or a vaguer role); :func:`epithet_fit` says whether a description (« le technicien », « la
quadragénaire ») can stand for them; :func:`office_compatible` whether an office can also be theirs.
:func:`office_holder` finds the person named just before an office nobody holds (« Bernard Quilliec
a reçu … Le ministre de l'Agriculture a promis »). Word lists: :mod:`analysis.fr.speaker_words` and
``analysis/data/speaker_role_*.csv`` (other wordings, broader roles, offices held together).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.fr.mention_words import FORMER
from analysis.fr.speaker_words import (
    ACADEMIC_EPITHETS,
    ANY_TRADE_EPITHETS,
    FEMININE_TIME_ADJECTIVES,
    FUNCTION_HEADS,
    GENERAL_EPITHETS,
    GENERIC_ROLE_HEADS,
    JUDICIAL_HEADS,
    LAWYER_TITLES,
    MANDATES,
    MASCULINE_TIME_ADJECTIVES,
    NATIONAL_OFFICES,
    PARTY_LEADER_HEADS,
    ROLE_GENDER_DETERMINERS,
    SCHOLARS,
    SCIENCE_EPITHETS,
    SCIENCE_SUFFIXES,
)
from analysis.fr.text import fold
from analysis.speakers.context import Article
from analysis.speakers.entity import Entity
from analysis.speakers.lexicon import demonyms, lexicon
from analysis.speakers.mentions import equivalents
from analysis.speakers.phrases import Mention, Role

_WORD = re.compile(r"[^\W\d_][\w-]*")


def titled_lawyer(e: Entity) -> bool:
    """Was ``e`` named with a lawyer's title (« Me Vidal »)? Then no other office is theirs."""
    return e.ever("lawyer's title", lambda x: bool(x.title) and fold(x.title).rstrip(".") in LAWYER_TITLES)


@lru_cache(maxsize=16384)
def alts(role: Role) -> tuple[Role, ...]:
    """``role`` and its other wordings (:func:`analysis.speakers.mentions.equivalents`), once per role;
    a national office named by its nationality adjective is also the office named by its complement
    (:data:`~analysis.fr.speaker_words.NATIONAL_OFFICES`: « le président français » is « le président de la
    République » of France)."""
    found = equivalents(role)
    complement = NATIONAL_OFFICES.get(role.head)
    if complement and len(role.quals) == 1 and next(iter(role.quals)) in demonyms():
        found.append(Role(role.text, role.start, role.end, role.head, role.quals | {complement}, role.gender,
                          role.number, role.office, role.complement))
    return tuple(found)

def role_fit(role: Role, roles: list[Role]) -> int | None:
    """How well ``role`` (or another wording of it) matches a person's roles (see :func:`fit_one`)."""
    theirs = [x for r in roles for x in alts(r)]
    scores = [fit_one(alt, theirs) for alt in alts(role)]
    scores = [s for s in scores if s is not None]
    return max(scores) if scores else None

def fit_one(role: Role, roles: list[Role]) -> int | None:
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
        elif within(a, b):
            score = 2
        elif within(b, a):
            score = 2 if b else 1
        else:
            conflict = True
            continue
        best = score if best is None else max(best, score)
    if best is None or (conflict and best < 2):
        return None
    return best

def same_stem(x: str, y: str) -> bool:
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

def within(a: frozenset[str], b: frozenset[str]) -> bool:
    """Does every qualifier of ``a`` appear in ``b`` (up to its adjective or noun form)? ``a`` ≠ ``b``."""
    if a < b:
        return True
    return bool(a) and len(a) <= len(b) and all(any(same_stem(x, y) for y in b) for x in a)

def epithet_repeat(role: Role, said: list[Role]) -> int | None:
    """3 when ``role`` repeats a role bound to the person before (same wording), 2 when it says less
    (« le ministre » after « le ministre de l'Agriculture »); a fuller wording is no repeat."""
    best = None
    for r in said:
        if r.head != role.head:
            continue
        if r.quals == role.quals:
            return 3
        if within(role.quals, r.quals) or not role.quals:
            best = 2
    return best

def fuller_repeat(role: Role, said: list[Role]) -> int | None:
    """1 when ``role`` is an office completed by its complement and a bare description already bound to
    the person names it (« le préfet de police » after « le préfet »), else None: the weakest fit, so
    that anyone the article gives the role outright comes first. (The caller makes sure no role the
    person was given has that head.) An adjective is no completion: « le technicien portugais » after
    « le technicien » may be the other team's."""
    if not (role.office and role.complement and role.quals):
        return None
    return 1 if any(r.head == role.head and not r.quals for r in said) else None

def _acronyms_in(role: Role) -> frozenset[str]:
    """The qualifiers of ``role`` written as an acronym (« SDJ », « CGT »), folded."""
    return frozenset(fold(w) for w in _WORD.findall(role.text) if len(w) >= 2 and w.isupper()) & role.quals


def shared_acronym(role: Role, roles: list[Role]) -> int | None:
    """1 when ``role`` and one of ``roles`` have the same head and share an acronym, the rest of ``role``
    being common nouns (« le président de la SDJ de la chaîne » for « président de la SDJ de BFMTV »:
    the journalist names the channel again by what it is), else None."""
    mine = _acronyms_in(role)
    if not mine:
        return None
    rest = [w for w in _WORD.findall(role.text) if fold(w) in role.quals - mine]
    if any(w[:1].isupper() for w in rest):
        return None  # another proper name among its qualifiers: another body
    return 1 if any(r.head == role.head and mine & _acronyms_in(r) for r in roles) else None


def epithet_fit(role: Role, roles: list[Role]) -> int | None:
    """Can a person with ``roles`` be called by the description ``role``? 2: it covers one of them (the
    same role, another wording, a narrower one: « le technicien » for « l'entraîneur », « le
    chercheur » for « la glaciologue »); 1: nothing against it (no role, only functions such as
    « président », or a description that says nothing of a trade: « la quadragénaire »); None:
    another trade (« l'actrice » is not « la réalisatrice »)."""
    lex = lexicon()
    roles = [r for r in roles if r.head not in GENERAL_EPITHETS and not r.quals & FORMER]  # they say nothing of a trade
    heads = {alt.head for alt in alts(role)}
    wide = set().union(*(lex.narrower.get(h, frozenset()) for h in heads))
    for r in roles:
        if r.head in heads or r.head in wide or (role.head in SCIENCE_EPITHETS and r.head.endswith(SCIENCE_SUFFIXES)) \
                or any(alt.head in heads for alt in alts(r)):
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

def is_lawyer(role: Role) -> bool:
    """Is ``role`` a lawyer's noun (« l'avocat », « le pénaliste »: another wording of « avocat »)?"""
    return any(alt.head == "avocat" for alt in alts(role))

def office_compatible(role: Role, roles: list[Role]) -> bool:
    """Can a person with ``roles`` also be called ``role``? Same office, or only generic ones."""
    if any(fit_one(alt, roles) is not None for alt in alts(role)):
        return True
    if any(r.head == role.head for r in roles):
        return False  # « ministre de la Santé » is not « le ministre du Travail »
    if role.head in GENERIC_ROLE_HEADS or role.head in PARTY_LEADER_HEADS:
        return True  # « le chef d'entreprise » may be the person named as « gérant »
    if any(r.head in lexicon().narrower.get(role.head, ()) for r in roles):
        return True  # « la magistrate » after « l'avocate générale, X »
    if role.head in MANDATES and (role.place or not role.complement) \
            and any(r.head in lexicon().cumul.get(role.head, ()) for r in roles):
        return True  # « la députée de Seine-Saint-Denis » after « la présidente du groupe, X »
    return all(r.head in GENERIC_ROLE_HEADS for r in roles)

def former_gender(role: Role) -> str:
    """« l'ancien ministre » is a man, « l'ancienne ministre » a woman: the adjective agrees."""
    if role.quals & FEMININE_TIME_ADJECTIVES:
        return "f"
    if role.quals & MASCULINE_TIME_ADJECTIVES:
        return "m"
    return ""


OFFICE_REACH_SENTENCES = 3
"""An office nobody holds points at a person acting or speaking at most this many sentences before it (as
well as in its paragraph or the one before): an article printed as one paragraph has no other bound."""

LEDE_NAMING_SENTENCES = 2
"""A headline or lede that names an office names its holder in the next paragraph or, in its own paragraph,
within this many sentences: an article printed as one paragraph (common in agency copy) has all its
people « in the lede » otherwise."""


def office_holder(ctx: Article, m: Mention, role: Role) -> Entity | None:
    """The named person an office nobody else holds refers to, from the context.

    « Bernard Quilliec a reçu les éleveurs. Le ministre de l'Agriculture a promis … »: when the
    article gives the office to no one, a definite singular office points at the person named
    just before it (same or previous paragraph; failing that, the first person named in the
    next paragraph, as in a lede). The person must agree in gender and hold no office that
    excludes this one: none, the same office (« ministre » ⊂ « ministre du Travail »), or
    a generic one (« cheffe du département » may be « la ministre »).
    """
    ok: list[Entity] = []
    for e in ctx.near(m.para - 1, m.para + 1):  # (only people named there are looked at below)
        if not e.names or e.number == "p" or not (e.titled or len(e.words) >= 2) or not ctx.personlike(e):
            continue
        hint = e.gender_hint()
        if m.gender and hint and hint != m.gender:
            continue
        if (e.roles or e.epithets) and not office_compatible(role, e.role_forms(epithets=True)):
            continue
        if titled_lawyer(e) and not is_lawyer(role):
            continue  # « Me Vidal » is a lawyer, not « le président du tribunal »
        if role.head in JUDICIAL_HEADS and not e.roles:
            continue  # « X a obtenu un non-lieu … », a expliqué le juge: X is whom the case is about
        ok.append(e)
    if not ok:
        return None
    lo, hi = ctx.para_start(m.para - 1), ctx.para_start(m.para + 2)
    mentioned = [(x, e) for e in ok for x in e.mentions.between(lo, hi)
                 if x is not m and not x.anaphor and not x.in_quote and m.para - 1 <= x.para <= m.para + 1]
    apposed = [e for x, e in mentioned if x.names and ctx.text[x.end:m.start].strip() == ","]
    if apposed:  # « a estimé X, le porte-parole du gouvernement »: an apposition to the name just before
        return apposed[0]
    named = [(x.start, e, x.subject or x.speaks) for x, e in mentioned]
    # before it: a person who acts or speaks (« lorsque X a présenté … »), not one merely mentioned
    # (never someone named earlier in the same sentence: « X a entendu le chef lancer » is not X)
    before = [(pos, e) for pos, e, acts in named if pos < m.start and acts and ctx.sentence_of(pos)[1] >= m.para - 1
              and m.sent - OFFICE_REACH_SENTENCES <= ctx.sentence_of(pos)[0] < m.sent]
    if before:
        return max(before, key=lambda pe: pe[0])[1]
    after = [(pos, e) for pos, e, _acts in named if pos > m.start and ctx.sentence_of(pos)[1] <= m.para + 1
             and (ctx.sentence_of(pos)[1] > m.para or ctx.sentence_of(pos)[0] <= m.sent + LEDE_NAMING_SENTENCES)]
    if after and m.para <= 1:  # a headline or lede names the office before the person
        return min(after, key=lambda pe: pe[0])[1]
    return None


LEDE_REACH = 30
"""An office nobody holds may be the person whose words open the article this many paragraphs on."""


def lede_speaker(ctx: Article, m: Mention, role: Role) -> Entity | None:
    """« Édouard Philippe a annoncé … » in the lede, then « le premier ministre » paragraphs later, with
    nobody named in between who could hold it: the one person who speaks or acts in the first two
    paragraphs, if their gender and roles allow the office (within :data:`LEDE_REACH` paragraphs)."""
    if m.para > LEDE_REACH:
        return None
    found = {}
    for e in ctx.near(0, 1):
        if not e.names or e.number == "p" or not (e.titled or len(e.words) >= 2) or not ctx.personlike(e):
            continue
        if any(x.speaks and not x.in_quote and x.para <= 1 for x in e.mentions.between(0, ctx.para_start(2))):
            found[e.key] = e
    if len(found) != 1:
        return None
    e = next(iter(found.values()))
    hint = e.gender_hint()
    if m.gender and hint and hint != m.gender or (e.roles or e.epithets) and not office_compatible(
            role, e.role_forms(epithets=True)) or titled_lawyer(e) and not is_lawyer(role):
        return None
    return e


def gender_of_role(e: Entity, m: Mention) -> None:
    """A role mention bound to a person tells their gender when its form or determiner does
    (« la chercheuse », « l'actrice », « la quadragénaire »)."""
    if m.role is not None and m.role.gender:
        e.gender_evidence.append(("role", m.role.gender))
    elif m.gender and m.det in ROLE_GENDER_DETERMINERS:
        e.gender_evidence.append(("determiner", m.gender))
    elif m.role is not None and former_gender(m.role):
        e.gender_evidence.append(("determiner", former_gender(m.role)))
