"""Labels: how an entity without a proper name is written in the speaker column.

An unnamed source keeps the text's wording with its sentence capital undone (:func:`as_written`:
« Des experts » → « des experts »); a group or role is named after its owner (:func:`possessors`:
« son entourage » → « entourage de X », « leur fédération » → « fédération des armateurs »), the
authors after their document (:func:`authors`: « auteurs de l'étude »), a relative after the
speaker of the quotation around it (:func:`first_person_owners`: « Mon grand-père » → « grand-père
de X »), local authorities after the place just named (:func:`localise`). :func:`rule_of` names the
rule a mention was read by (the ``rule`` of :func:`analysis.speakers.mention_chains`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from analysis.fr.grammar import PREPOSITIONS
from analysis.fr.speaker_words import (
    ARTICLES_AND_DEMONSTRATIVES,
    AUTHOR_ROLES,
    ELIDED_ARTICLE_FORMS,
    FIRST_PERSON_POSSESSIVES,
    LABEL_DETERMINERS,
    LOCAL_ADJECTIVES,
    MASCULINE_DEFINITE_FORMS,
    PLURAL_ARTICLES,
    PLURAL_DEFINITE_FORMS,
    POSSESSIVES,
    RELATIONAL_NOUNS,
    UNCONTRACTED_ARTICLES,
)
from analysis.fr.text import fold, folded
from analysis.fr.vocabulary import FOLDED_DOCUMENT_NOUNS
from analysis.speakers.context import Article
from analysis.speakers.entity import Found, Link
from analysis.speakers.phrases import Mention

_CONTRACTED = {"au": "le", "aux": "les"}
_LEADING_PREPOSITIONS = folded(PREPOSITIONS) - {"des", "du", "au", "aux"}
"""Folded prepositions a label drops when a number, a determiner or a name follows (« de 3 000 personnes »
cut from « plus de 3 000 personnes »); « de nombreux élus » keeps its plural article."""
"""« à » + article as a mention's first word (a complement read as a mention): the article it contracts."""


def as_written(m: Mention) -> str:
    """An unnamed source as the text gives it (« des experts », « le maire »), sentence capital undone."""
    text = m.text.strip()
    first, _, rest = text.partition(" ")
    if rest and fold(first) in _LEADING_PREPOSITIONS and (rest[:1].isdigit() or rest[:1].isupper()
                                                           or fold(rest.partition(" ")[0]) in ARTICLES_AND_DEMONSTRATIVES):
        text = rest
        first, _, rest = text.partition(" ")
    if rest and fold(first) in _CONTRACTED:  # « au prévenu », « aux journalistes »: the article, not the preposition
        text = _CONTRACTED[fold(first)] + " " + rest
    elif rest and fold(first) in ARTICLES_AND_DEMONSTRATIVES and first[:1].isupper():
        text = first.lower() + " " + rest
    elif text[:2] in {"L'", "L’"}:
        text = "l" + text[1:]
    return text


def without_determiner(text: str) -> str:
    """« Le parti Horizon vert » → « parti Horizon vert »; « des sous-traitants » → « sous-traitants »."""
    first, _, rest = text.strip().partition(" ")
    if rest and fold(first) in LABEL_DETERMINERS:
        return rest
    if fold(text[:2]) == "l'":
        return text[2:]
    return text


def of_name(name: str, det: str = "") -> str:
    """« de » + name with French contraction: « des armateurs », « du Kremlin », « de Paul », « d'Anne »."""
    if det in MASCULINE_DEFINITE_FORMS:
        return f"du {name}"
    if det == "la":
        return f"de la {name}"
    if det == "l'":
        return f"de l'{name}"
    if det in PLURAL_DEFINITE_FORMS:
        return f"des {name}"
    first, _, rest = name.partition(" ")
    low = fold(first)
    if low in PLURAL_ARTICLES and rest:
        return f"des {rest}"
    if low == "le" and rest:
        return f"du {rest}"
    if low in UNCONTRACTED_ARTICLES or name[:2].lower() in ELIDED_ARTICLE_FORMS:
        return f"de {name}"
    if fold(name[:1]) in "aeiouyh":
        return f"d'{name}"
    return f"de {name}"


def rule_of(m: Mention) -> str:
    """The reading that made ``m`` a mention (document, an anaphor's kind, title, role+name, name, body, role)."""
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


def possessors(ctx: Article, links: list[Link]) -> None:
    """« Leur fédération » after « Du côté des armateurs » → « fédération des armateurs »;
    « son porte-parole » after « Le Rassemblement national » → « porte-parole du Rassemblement
    national ». A role is named after its owner only when the owner is a body: « son avocat »
    is too often someone else's to name by rule; a group that exists only through its owner
    (« son entourage », « ses proches ») is named after a person too."""
    sents = [lk.mention.sent for lk in links]
    ordered = all(a <= b for a, b in zip(sents, sents[1:], strict=False))
    for idx, lk in enumerate(links):
        m = lk.mention
        if m.det not in POSSESSIVES or len(lk.ents) != 1 or m.names or not (m.org or m.role):
            continue
        e = ctx.entities[lk.ents[0]]
        if e.names or any(o[:1].isupper() for o in e.orgs):
            continue
        number = POSSESSIVES[m.det][1]
        first = bisect_left(sents, m.sent - 1, 0, idx) if ordered else 0  # the sentence before, not the article
        near = [h for h in links[first:idx] if h.ents and h.ents != lk.ents and h.mention.sent >= m.sent - 1
                and not h.mention.in_quote and ctx.fits(h.ents, "", number)]
        subjects = [h for h in near if h.mention.subject]  # the owner is most often the subject
        owner = (subjects or near or [None])[-1]
        if owner is None or len(owner.ents) != 1:
            continue
        whose = ctx.entities[owner.ents[0]]
        noun = (m.org or m.role.text).strip()
        relational = fold(noun).split(" ")[0] in RELATIONAL_NOUNS  # « son entourage » is someone's
        if not m.org and not (whose.orgs and not whose.names) and not relational:
            continue
        written = owner.mention.text if not owner.mention.anaphor else whose.display
        label = f"{noun} {of_name(without_determiner(written), owner.mention.det)}"
        if e.orgs:
            e.orgs.append(label)
        else:
            e.label = label


def authors(ctx: Article, links: list[Link]) -> None:
    """« Les auteurs recommandent … » after « une nouvelle étude » → « auteurs de l'étude »."""
    for lk in links:
        m = lk.mention
        if len(lk.ents) != 1 or not m.role or m.role.head not in AUTHOR_ROLES or m.role.quals or m.names:
            continue
        e = ctx.entities[lk.ents[0]]
        if e.names or e.orgs or any(r.head not in AUTHOR_ROLES for r in e.role_forms()):
            continue  # (« les auteurs » bound to « des chercheurs de X » keeps that name)
        first = ctx.sentences[max(0, m.sent - 2)].start if ctx.sentences else 0
        window = ctx.text[first:m.start]
        found = None
        for hit in re.finditer(r"\b(\w+['’]?)\s*(\w+)", window):
            det, noun = fold(hit.group(1)), fold(hit.group(2))
            if noun in FOLDED_DOCUMENT_NOUNS and det in ARTICLES_AND_DEMONSTRATIVES:
                found = (det, hit.group(2))
        if found:
            det, noun = found
            definite = {"un": "le", "une": "la", "des": "les", "ce": "le", "cette": "la", "ces": "les"}.get(det, det)
            e.label = f"{m.role.text} {of_name(noun, definite)}"


def first_person_owners(ctx: Article, result: dict[Any, Found]) -> None:
    """« Mon grand-père me disait : ‹ … › » inside X's quotation: the nested quotation's speaker is
    « grand-père de X », X being the speaker of the quotation around it."""
    for q in ctx.quotes:
        found = result.get(q.get("quote_id"))
        span = ctx.locate(q)
        if found is None or found.link is None or span is None:
            continue
        m = found.link.mention
        if m.det not in FIRST_PERSON_POSSESSIVES or not m.role:
            continue
        owner = next((result[o.get("quote_id")].ents for o in ctx.quote_spans().holding(span[0])
                      if o is not q and o.get("quote_id") in result), None)  # the innermost quotation around it
        if owner is None or len(owner) != 1 or owner[0] not in ctx.entities:
            continue
        whose = ctx.entities[owner[0]]
        e = ctx.new(label=f"{m.role.text} {of_name(whose.display)}", kind_votes=["unnamed source"], mentions=[m])
        e.gender_evidence.append(("role", FIRST_PERSON_POSSESSIVES[m.det][0] or m.role.gender))
        result[q.get("quote_id")] = Found((e.key,), "first-person possessive", found.link)


def localise(ctx: Article, mentions: list[Mention]) -> None:
    """« les autorités locales » right after « à Valmont » → « autorités locales de Valmont »."""
    places = [m for m in mentions if m.kind == "place" and m.names and not m.in_quote]
    starts = [p.start for p in places]
    for e in ctx.entities.values():
        if not e.orgs or e.names:
            continue
        display = e.display
        words = fold(display).split()
        if not words or words[-1] not in LOCAL_ADJECTIVES or " de " in f" {fold(display)} ":
            continue
        first = e.mentions.first()
        k = bisect_left(starts, first.start)
        while k and places[k - 1].para >= first.para - 1:  # the last place named just before it
            k -= 1
            if places[k].end <= first.start:
                e.orgs.append(f"{display} de {places[k].names[0].text}")
                break
