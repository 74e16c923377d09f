"""Attributions in a relative clause: « le procureur, pour qui les prévenus voulaient « … » », « la
gendarmerie, selon laquelle l'automobiliste a pris la fuite ».

The relative pronoun stands for the source named just before it, so the proposition after it is a
« selon » quotation of that source; it ends with the relative clause (where the main clause goes on) or
with the sentence. The antecedent must be able to speak (a name, a pronoun, a speaking noun), so
« des thèses selon lesquelles … » attributes nothing.
"""

from __future__ import annotations

from analysis.fr.grammar import DE_ARTICLES
from analysis.fr.reporting_verbs import forms
from analysis.fr.vocabulary import DOCUMENT_NOUNS
from analysis.quotes.content import content_end, trim
from analysis.quotes.mentions import np_before
from analysis.quotes.paragraph import Candidate, Para
from analysis.quotes.selon import is_source
from analysis.quotes.tokens import is_determiner, is_verbish

_RELATIVE_SOURCES = {("pour", "qui"): 2, ("selon", "qui"): 2, ("selon", "lequel"): 2, ("selon", "laquelle"): 2,
                     ("selon", "lesquels"): 2, ("selon", "lesquelles"): 2, ("d'", "après", "qui"): 3,
                     ("d'", "après", "lequel"): 3, ("d'", "après", "laquelle"): 3}


def find_relative_sources(p: Para) -> list[Candidate]:
    """« X, pour qui … », « X, selon laquelle … »: the proposition in the relative clause, attributed to X."""
    toks = p.toks
    norms = p.norms
    out: list[Candidate] = []
    cue_by_start = {c.start: c for c in p.cues if toks[c.start].depth == 0}
    for k in range(1, len(toks)):
        n = next((n for words, n in _RELATIVE_SOURCES.items() if tuple(norms[k:k + n]) == words), 0)
        if not n or toks[k].depth or toks[k - 1].text != ",":
            continue
        lo, hi = p.unit_range(k)
        antecedent = _antecedent(p, k - 2, lo)
        if antecedent is None or not is_source(p, antecedent):
            continue
        start = k + n
        if start > hi:
            continue
        content = trim(p, start, content_end(p, start, hi, {**cue_by_start, k: _RelativeCue(k, k + n - 1)}))
        if content is None or sum(1 for t in toks[content[0]:content[1] + 1] if t.word) < 3:
            continue
        a, b = content
        whole = toks[a].kind == "quote" and toks[a].role == "open" and toks[b].kind == "quote" and toks[a].pair == toks[b].pair
        start, end = (toks[a].end, toks[b].start) if whole else (toks[a].start, toks[b].end)
        text = p.text
        while whole and start < end and text[start].isspace():
            start += 1
        while whole and end > start and text[end - 1].isspace():
            end -= 1  # (one whole quotation after « selon lesquels »: a direct quotation, the gold's precedence)
        out.append(Candidate(type="direct" if whole else "selon", start=start, end=end, paragraph=p.index,
                             rule="selon-relative", cue_span=p.chars(k, k + n - 1), cue_lemma=" ".join(norms[k:k + n - 1]),
                             cue_category="selon", mention=p.chars(*antecedent), priority=1))
    return out


def _antecedent(p: Para, j: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase ending at ``j``: back to its determiner, name or title, never over a verb
    (« a précisé la gendarmerie », « les réquisitions du procureur Paul Binet »)."""
    toks = p.toks
    start = -1
    m = j
    while m >= lo and (toks[m].word or toks[m].kind == "quote") and not is_verbish(toks[m]) \
            and not (forms().get(toks[m].norm) and not toks[m].cap):
        if toks[m].kind == "quote":
            if toks[m].role != "close" or toks[m].pair < 0:
                break
            m = p.pairs[toks[m].pair].open_i - 1  # « les « gilets jaunes » de la ville »: one noun phrase
            continue
        if (is_determiner(toks[m]) and toks[m].norm not in DE_ARTICLES) or toks[m].cap \
                or toks[m].kind == "title":
            start = m
        m -= 1
    if start < 0:
        return None
    head = next((t for t in toks[start:j + 1] if not is_determiner(t)), None)
    if head is not None and head.norm in DOCUMENT_NOUNS:
        return np_before(toks, j, start) or (start, j)  # « les réquisitions du procureur X »: the procureur
    return start, j


class _RelativeCue:
    """Stands for the relative attribution as the cue that governs its content (content_end looks for the
    governing cue to tell where an embedded clause ends)."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end, self.verb_i = start, end, end
        self.aux_i = self.inverted_i = -1
        self.kind = "relative"
