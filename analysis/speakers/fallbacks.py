"""The last step: a quotation whose attributing string was found never ends without a speaker.

When the mention resolved to nobody (a pronoun with no compatible antecedent in its window, a
string the readers could not make a speaker of), the quotation takes, in order:

1. for an anaphor (« il », « ils », « l'un d'eux », « le même responsable »), or a string that is
   no noun phrase (« visé par une enquête après »): the subject of its reporting verb, else the
   nearest entity named before it, at most :data:`FALLBACK_WINDOW` paragraphs back, that fits the
   anaphor's gender and number (rule ``nearest entity``);
2. the mention as written, cut to its noun phrase (« de 21 000 personnes » → « 21 000 personnes »);
   a pronoun no entity fits (« nous », « on ») is kept as written too (rule ``mention as written``).
   Its kind is ``unknown``: the text did not let the readers say what it is, and corpus counts of
   speakers leave such rows out (:func:`analysis.corpus.compare.attributed`).

The rule that decided is the quotation's ``speaker_rule``, so a user can count and audit these.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from analysis.fr.grammar import PREPOSITIONS
from analysis.fr.speaker_words import CARDINAL_WORDS, MENTION_DETERMINERS, PERSONAL_PRONOUNS
from analysis.fr.text import fold, folded
from analysis.speakers.anaphora import by_cue, sentence_links
from analysis.speakers.context import Article
from analysis.speakers.entity import Entity, Found, Link
from analysis.speakers.labels import as_written
from analysis.speakers.phrases import Mention
from analysis.speakers.text import tokenize

FALLBACK_WINDOW = 2
"""The nearest entity a mention resolved to nobody falls back on was named at most this many paragraphs before."""

NEAREST = "nearest entity"
AS_WRITTEN = "mention as written"
_BARE_PRONOUNS = frozenset(PERSONAL_PRONOUNS) | {"on", "je", "j'", "nous", "vous", "tu"}


def names_nobody(speaker: object, rule: object) -> bool:
    """Is ``speaker`` a bare pronoun kept as written because it pointed at nobody (« il » opening an
    article)? The quotes frame keeps it, to be audited; counts, charts and the speakers table show
    such a quotation as having no speaker."""
    return rule == AS_WRITTEN and isinstance(speaker, str) and fold(speaker) in _BARE_PRONOUNS

_PREPOSITIONS = folded(PREPOSITIONS) - {"des", "du", "au", "aux"}  # (also articles: « Des gens ont dit »)
_OPENERS = frozenset(MENTION_DETERMINERS) | frozenset(PERSONAL_PRONOUNS) | CARDINAL_WORDS | {
    "je", "j'", "nous", "on", "vous", "tu", "chacun", "chacune", "chaque", "aucun", "aucune", "seuls", "seules",
    "quelque", "environ", "pres", "plus", "moins", "beaucoup", "la plupart"}
"""Folded words a noun phrase may open with (besides a number or a capitalised word)."""
_TRAILING = _PREPOSITIONS | {"et", "ou", "le", "la", "les", "l'", "un", "une", "que", "qu'", "qui", "dont", "ni", "mais"}
"""Folded words a noun phrase does not end with: a mention cut there lost its last words."""


def noun_phrase(text: str) -> str:
    """``text`` cut to the noun phrase it holds (a leading preposition and trailing link words dropped),
    or "" when it opens with anything else (a participle, an adverb, a verb)."""
    toks = [t for t in tokenize(text) if t.word or t.text in {"%", "'", "’"}]
    while len(toks) > 1 and toks[0].low in _PREPOSITIONS:
        toks = toks[1:]
    while len(toks) > 1 and toks[-1].low in _TRAILING:
        toks = toks[:-1]
    if not toks:
        return ""
    first = toks[0]
    if not (first.low in _OPENERS or first.cap or first.text[:1].isdigit()) or first.low in _PREPOSITIONS \
            or len(toks) == 1 and first.low in MENTION_DETERMINERS:
        return ""  # (a lone « le » or « les » is an object pronoun, not a noun phrase)
    return text[first.start:toks[-1].end]


def fall_back(ctx: Article, result: dict[Any, Found], links: list[Link]) -> None:
    """Give a speaker to every quotation of ``result`` whose mention was found but resolved to nobody."""
    by_sentence = sentence_links(links)
    starts = [lk.mention.start for lk in links]
    by_id = {q.get("quote_id"): q for q in ctx.quotes}
    for qid, found in list(result.items()):
        link = found.link
        if found.ents or link is None or not link.mention.text.strip():
            continue
        m = link.mention
        phrase = noun_phrase(m.text)
        anaphor = bool(m.anaphor) or fold(phrase) in PERSONAL_PRONOUNS
        near = None
        if anaphor or not phrase:
            q = by_id.get(qid)
            cue = by_cue(ctx, q, by_sentence, but=link) if q is not None else None
            near = cue if cue is not None and (not anaphor or ctx.fits(cue.ents, m.gender, m.number)) \
                else _nearest(ctx, m, links, starts, anaphor=anaphor)
        if near is not None:
            result[qid] = Found(near.ents, NEAREST, found.link)
            continue
        written = as_written(Mention(m.start, m.end, phrase or m.text.strip()))
        result[qid] = Found((_written(ctx, m, written).key,), AS_WRITTEN, found.link)


def _nearest(ctx: Article, m: Mention, links: list[Link], starts: list[int], *, anaphor: bool) -> Link | None:
    """The link named last before ``m`` (same paragraph or :data:`FALLBACK_WINDOW` before) whose entities
    fit what ``m`` says of gender and number, not inside another's quotation."""
    k = bisect_left(starts, m.start)
    while k:
        k -= 1
        h = links[k]
        if h.mention.para < m.para - FALLBACK_WINDOW:
            break
        if not h.ents or h.mention is m or (h.mention.in_quote and not h.quote) or h.mention.end > m.start:
            continue
        if any(k not in ctx.entities for k in h.ents):
            continue  # an entity folded into a body or a document's authors since this link was made
        if not anaphor or ctx.fits(h.ents, m.gender, m.number):
            return h
    return None


def _written(ctx: Article, m: Mention, label: str) -> Entity:
    """The entity of a mention kept as written (one per wording in the article), of kind unknown."""
    key = ("as written", fold(label))
    e = ctx.source(key)
    if e is None:
        e = ctx.new(label=label, source_key=key)
        e.kind_votes.append("unknown")
        e.number = m.number or "s"
    e.mentions.append(m)
    return e
