"""The article's mentions, and which quotations each one attributes.

:func:`find_mentions` scans the running text for every mention (:func:`analysis.speakers.scan.scan`)
and reads each quotation's attributing string (:func:`analysis.speakers.mentions.parse_mention`). A
string that stopped short of the name its role introduces takes it (« la directrice de X, la Dr Y »),
one that kept only a name takes the role before it (« Le ministre de …, Étienne Mazurier, a annoncé »);
mentions of the running text that overlap an attributing string give way to it.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import Any

from analysis.fr.speaker_words import ROLE_COMPLEMENT_PREPOSITIONS
from analysis.fr.text import fold
from analysis.speakers.context import Article
from analysis.speakers.lexicon import key, lexicon
from analysis.speakers.mentions import parse_mention
from analysis.speakers.phrases import Mention
from analysis.speakers.scan import scan

COMPLEMENT_WORDS = 6
"""A role's complement and the name after it (« à la retraite Jean Y ») run this many words at most: a
longer stretch before the name is a clause of the sentence, not the complement of the role."""


def find_mentions(ctx: Article) -> tuple[list[Mention], dict[int, list[dict[str, Any]]]]:
    """Every mention in text order, and id(mention) → the quotation rows it attributes."""
    found = scan(ctx.text, ctx.sentences, quote_spans=ctx.quoted)
    by_start = {x.start: x for x in found if x.names and x.role and not x.inside}
    by_name_end = {x.end: x for x in found if x.names and x.role and not x.inside and x.names[-1].end == x.end}
    by_end = {x.end: x for x in found if x.names and not x.role and not x.title and not x.inside
              and x.names[-1].end == x.end}  # a bare name, for a body's apposition
    by_span: dict[tuple[int, int], Mention] = {}
    quotes_of: dict[int, list[dict[str, Any]]] = {}
    for q in ctx.quotes:
        where = ctx.locate(q)
        if where is None:
            continue
        m = by_span.get(where)
        if m is None:
            m = parse_mention(ctx.text, *where)
            fuller = by_start.get(where[0])
            if m.role and not m.names and not m.anaphor and fuller is not None and fuller.end > where[1] \
                    and _goes_on(ctx.text[where[1]:fuller.end], fuller.names[-1].end == fuller.end):
                # « la directrice des maladies infectieuses de SpF, la Dr Hélène Rabault »: the name
                # the attributing string stopped short of
                m = parse_mention(ctx.text, fuller.start, fuller.end)
            wider = by_name_end.get(where[1])
            if m.names and not m.role and wider is not None and wider.start < where[0] \
                    and [n.text for n in m.names] == [n.text for n in wider.names]:
                # « Le ministre de …, Étienne Mazurier, a annoncé »: the attributing string kept only the name
                m = parse_mention(ctx.text, wider.start, wider.end)
            own = by_end.get(where[1])
            if m.kind == "organisation" and m.org and not m.names and own is not None and own.kind != "person" \
                    and own.start > where[0] and _body_then_name(ctx.text[where[0]:own.start]):
                m.org = own.names[-1].text  # « une ONG locale, Vivre Ici, a dénoncé »: the body's own name
            m.sent, m.para = ctx.sentence_of(where[0])
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


def _goes_on(rest: str, ends_with_name: bool) -> bool:
    """Does a role stop short of the name its mention goes on to give: « …, la Dr Y », « … et
    directeur général, Y » (a second role coordinated, then the name), or the role's complement run
    straight into the name (« le général | à la retraite Y », « le secrétaire d'État | à l'Intérieur Y »)?"""
    rest = rest.lstrip()
    if ends_with_name and not any(ch in rest for ch in ",;:()") and _complement_then_name(rest):
        return True
    if rest[:1] == "," or (rest[:3] == "et " and "," in rest):
        return True
    # « la commissaire européenne | au Commerce, Ingrid X »: the role's complement, then the name
    head, comma, _name = rest.partition(",")
    words = head.split()
    return bool(comma) and 1 < len(words) <= 5 and fold(words[0]) in ROLE_COMPLEMENT_PREPOSITIONS \
        or bool(comma) and len(words) == 1 and fold(head[:2]) == "d'"


def _complement_then_name(rest: str) -> bool:
    """« à la retraite Y », « à l'Intérieur Y »: a prepositional complement of at most
    :data:`COMPLEMENT_WORDS` words, then the name that ends the scanned mention."""
    words = rest.split()
    return 1 < len(words) <= COMPLEMENT_WORDS and fold(words[0]).split("'")[0] in ROLE_COMPLEMENT_PREPOSITIONS


def _body_then_name(description: str) -> bool:
    """Does ``description`` (what comes before a name in one attributing string) describe a body whose
    own name follows after a comma (« une ONG locale, ») and not a person the name belongs to (« le
    cabinet de la ministre, »: a role noun there)?"""
    if not description.rstrip().endswith(","):
        return False
    words = key(description)
    roles = lexicon().roles
    return not any(roles.longest(words, i) for i in range(len(words)))
