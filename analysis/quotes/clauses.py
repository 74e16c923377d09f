"""Clause helpers shared by the direct, indirect and « selon » rules (they sit below all three).

- :func:`mention_of_incise` and :func:`mention_chars`: the speaker mention of an incise
  (« …, a-t-il dit », « …, estime la ministre ») and its character offsets;
- :func:`without_trailing_apposition`: a reported span without the noun phrase the narrator tacks
  on after it (« …, un objectif que l'exécutif martèle depuis des mois »);
- :func:`own_subject_clause`: a clause with a subject of its own after « et », « mais » (« … et les
  syndicats ont appelé … »), where a content with no finite verb of its own ends.
"""

from __future__ import annotations

from analysis.fr.grammar import DE, DE_ARTICLES, PAST_PARTICIPLE_ENDINGS, PREPOSITIONS
from analysis.fr.quote_words import (
    CITING_FORMS,
    CLAUSE_OR_NEGATION,
    CLAUSE_RELATIVES,
    CONTENT_RELATIVES,
    RELAY_PARTICIPLES,
    TIME_WORDS,
)
from analysis.fr.speaker_words import INTRODUCING
from analysis.quotes.cues import Cue
from analysis.quotes.marks import Pair
from analysis.quotes.mentions import Span
from analysis.quotes.mentions_after import np_after, source_after_on, subject_after
from analysis.quotes.paragraph import Para
from analysis.quotes.tokens import is_verbish


def mention_of_incise(p: Para, cue: Cue, hi: int) -> Span | None:
    """Speaker mention of an incise cue: the inverted pronoun, the on-source, or the subject after."""
    toks = p.toks
    if cue.inverted_i >= 0:
        inv = toks[cue.inverted_i]
        if inv.norm.endswith("-on"):
            return source_after_on(toks, cue.end + 1, hi)
        return (cue.inverted_i, cue.inverted_i)
    return _cited_source(p, subject_after(toks, cue.end + 1, hi), hi)


def _cited_source(p: Para, span: Span | None, hi: int) -> Span | None:
    """« …, a rapporté la radio citant un sondage X publié mardi »: the relay names the source it cites, which
    is the speaker (without the participle saying when it was published); else ``span``."""
    toks = p.toks
    if span is None or span[1] + 2 > hi or toks[span[1] + 1].norm not in CITING_FORMS:
        return span
    cited = np_after(toks, span[1] + 2, hi, appositions=False)
    if cited is None:
        return span
    end = cited[1]
    while end > cited[0] + 1 and (toks[end].norm in TIME_WORDS or toks[end].norm in RELAY_PARTICIPLES):
        end -= 1
    return (cited[0], end)


def inner_chars(p: Para, pair: Pair) -> tuple[int, int]:
    """Characters inside a pair of quote marks, without surrounding spaces or a comma before the closing mark:
    the span of a direct quotation."""
    text = p.text
    a, b = pair.inner_start, pair.inner_end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
        b -= 1
    return a, b


def mention_chars(p: Para, span: Span | None) -> tuple[int, int] | None:
    """Character offsets of a mention span; an inverted pronoun « -t-il » gives « il »."""
    if span is None:
        return None
    last = span[1]  # (a dangling « et », « de » or comma is left for analysis.quotes.mention_shape)
    a, b = p.toks[span[0]], p.toks[last]
    start = a.start
    if a.kind == "inv":
        start = a.start + len(a.text) - len(a.text.rsplit("-", 1)[-1])
    return start, b.end


def without_trailing_apposition(p: Para, i: int, j: int) -> int:
    """« …, un objectif que l'exécutif martèle depuis des mois »: a noun phrase the narrator tacks on
    after the content (an indefinite noun, then a relative clause or a participle) is left out."""
    toks = p.toks
    for k in range(j - 1, i, -1):
        t = toks[k]
        if t.depth:
            continue
        if t.text == "," and k + 2 <= j and toks[k + 1].norm in INTRODUCING and toks[k + 2].kind == "word" \
                and not is_verbish(toks[k + 2]):
            rest = toks[k + 3:j + 1]
            if any(x.norm in CLAUSE_RELATIVES for x in rest[:3]) or _participle_in(rest[:APPOSITION_HEAD]):
                return k - 1  # (« …, un parti d'opposition fondé en 1965 »: the participle may follow a complement)
            return j
        if t.text == "," and k + 2 <= j and _bare_noun_apposition(p, k + 1, j) and any(is_verbish(x) for x in toks[i:k]):
            return k - 1  # « …, signe de ralliement des protestations »: the narrator's gloss
        if t.text in ",;:" or t.kind == "quote":
            return j
    return j


APPOSITION_HEAD = 5
"""Tokens of an apposition's noun group before the participle that qualifies it (« un parti d'opposition
iranien fondé … »): further on, the participle may belong to a clause of the content."""


def _participle_in(toks) -> bool:
    """A past participle among ``toks`` before any finite verb, quote mark or punctuation."""
    for x in toks:
        if x.depth or x.kind in ("quote", "punct", "dots") or is_verbish(x):
            return False
        if x.kind == "word" and not x.cap and (x.norm.endswith(PAST_PARTICIPLE_ENDINGS) and x.pos in ("VERB", "ADJ", "")
                                                  or "VerbForm=Part" in x.morph and "Tense=Past" in x.morph):
            return True
    return False


def _bare_noun_apposition(p: Para, i: int, j: int) -> bool:
    """« signe de ralliement des protestations populaires »: a common noun without article, « de » and more
    nouns, no verb, no quote marks."""
    toks = p.toks
    first = toks[i]
    if first.kind != "word" or first.cap or first.pos != "NOUN" or toks[i + 1].norm not in DE_ARTICLES:
        return False
    head = toks[i:j + 1]
    relative = next((n for n, t in enumerate(head) if t.norm in CLAUSE_RELATIVES), len(head))
    verb = any(is_verbish(t) and head[n - 1].norm not in DE for n, t in enumerate(head[:relative]) if n)
    return not verb and not any(t.kind == "quote" or t.text in ",;" for t in head[:relative]) \
        and not first.norm.endswith(PAST_PARTICIPLE_ENDINGS) and not first.norm.endswith("ment")
    # (« signe de ralliement des protestations qui secouent le pays »: a relative clause may close the gloss;
    # no finite verb follows « de », whatever the tagger says of « ralliement »)


OWN_SUBJECT_REACH = 8
"""Tokens of a subject noun phrase before its finite verb (« nombre de « gilets jaunes » voient »): a longer
run is not read as a clause of its own."""


def own_subject_clause(p: Para, k: int, hi: int) -> int:
    """The finite verb of a clause with a subject of its own starting at ``k`` (a noun phrase or pronoun, then
    a finite verb, no relative pronoun or punctuation between), or -1. After an infinitive content such a
    clause is no longer the speaker's."""
    toks = p.toks
    if k > hi or is_verbish(toks[k]) or toks[k].norm in PREPOSITIONS or toks[k].norm in CLAUSE_OR_NEGATION:
        return -1
    for m in range(k + 1, min(hi, k + OWN_SUBJECT_REACH) + 1):
        t = toks[m]
        if t.depth or t.kind == "quote":
            continue
        if t.kind in ("punct", "dots") or t.norm in CONTENT_RELATIVES:
            return -1
        if is_verbish(t):
            return m
    return -1
