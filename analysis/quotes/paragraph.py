"""One paragraph prepared for the rules: tokens, quote pairs, cues, sentence units, candidates.

A *unit* is a sentence of the segmenter, merged with its neighbours when a quotation runs
across the boundary (« … la réforme. Bien sûr, … », a-t-il dit. is one unit), so a reported
span never runs past its own sentence and never stops inside its own quotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.fr.quote_words import CONNECTIVES, OPENING_COORDINATORS
from analysis.nlp.matcher import PhraseTable, phrases
from analysis.nlp.rule_tokens import Tok
from analysis.quotes.cues import Cue, find_cues
from analysis.quotes.marks import Pair, pair_marks
from analysis.quotes.tokens import after_time_stamp, assign_sentences, borrow_tags, mark_nouns, tokenize

_CONNECTIVES = PhraseTable(phrases(CONNECTIVES))


@dataclass
class Candidate:
    """A quotation found by one rule, before overlaps are settled."""

    type: str  # direct, indirect, mixed, selon
    start: int  # character offsets of the quoted/reported text
    end: int
    paragraph: int
    rule: str
    cue: Cue | None = None
    cue_span: tuple[int, int] | None = None  # characters of the cue (verb group or « selon »)
    cue_lemma: str = ""
    cue_category: str = ""
    mention: tuple[int, int] | None = None  # characters of the speaker mention
    carry: int | None = None  # index (in the article's candidates) of the quote it continues
    priority: int = 2
    cue_inside: bool = False  # the cue lies inside another candidate's content (a nested layer)
    split_of: int | None = None  # index of the first part of a quotation split by an incise
    needs_speaker: bool = False  # a stand-alone quotation whose speaker carries over
    runs_on: bool = False  # a quotation left open at the end of its paragraph, reopened in the next one


@dataclass
class Para:
    """A paragraph of an article with everything the rules need."""

    text: str  # the whole article text (offsets are absolute)
    index: int  # paragraph number
    start: int
    end: int
    toks: list[Tok]
    pairs: list[Pair]
    cues: list[Cue]
    unit_of: list[int]  # unit index of each token
    units: list[tuple[int, int]]  # inclusive token ranges
    sent_ids: list[int]  # sentence ids of the paragraph, in order
    sent_starts: list[int]
    candidates: list[Candidate] = field(default_factory=list)
    next_opens: str | None = None  # family of the quote mark that opens the next paragraph, if one does
    labels: frozenset[str] = frozenset()  # quoted wordings the article repeats (see analysis.quotes.labels)
    echoes: frozenset[str] = frozenset()  # words quoted more than once in the article
    _norms: list[str] | None = field(default=None, repr=False)

    @property
    def norms(self) -> list[str]:
        """The tokens' folded forms, in order: what phrase tables are matched on."""
        if self._norms is None:
            self._norms = [t.norm for t in self.toks]
        return self._norms

    def unit_range(self, i: int) -> tuple[int, int]:
        return self.units[self.unit_of[i]]

    def chars(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[j].end

    def surface(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j].end]

    def asks(self, lo: int = 0, hi: int | None = None, *, quoted: bool = True) -> bool:
        """Do the tokens ``lo..hi`` (the whole paragraph by default) end, quote marks aside, with a question
        mark: an interviewer's question, or a sentence that asserts nothing? ``quoted=False``: not a question
        mark inside a quotation."""
        k = len(self.toks) - 1 if hi is None else hi
        while k >= lo and self.toks[k].kind == "quote":
            k -= 1
        return k >= lo and self.toks[k].text == "?" and (quoted or not self.toks[k].depth)

    def skip_connectives(self, i: int, hi: int) -> int:
        """First token after narrator connectives (« Par conséquent, », « Ainsi, ») from ``i``."""
        toks = self.toks
        i = after_time_stamp(toks, i) if i <= hi else i
        moved = True
        while moved and i <= hi:
            moved = False
            for n in _CONNECTIVES.lengths(self.norms, i, hi + 1):
                j = i + n
                if j <= hi and toks[j].text == ",":
                    i, moved = j + 1, True
                    break
                if toks[i].norm in OPENING_COORDINATORS and j <= hi:
                    i, moved = j, True
                    break
        return i


def build_para(
    text: str,
    index: int,
    start: int,
    end: int,
    sentence_rows: Sequence[tuple[int, int, int]],
    tags: tuple[list[int], list[tuple[str, str]]] | None = None,
    *,
    next_opens: str | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> Para:
    """Tokens, quote pairs, cues and units of ``text[start:end]``; ``sentence_rows`` = (sent_id, start, end).

    ``names``: character spans of bodies' full names given with their short name (their commas are
    no clause boundaries)."""
    toks = tokenize(text, start, end)
    mark_nouns(toks)
    for a, b in names:
        if a < end and b > start:
            for tok in toks:
                if a <= tok.start and tok.end <= b:
                    tok.in_name = True
    sent_starts = [s for _, s, _ in sentence_rows] or [start]
    assign_sentences(toks, sent_starts)
    if tags is not None:
        borrow_tags(toks, tags[0], tags[1])
    pairs = pair_marks(toks, text, start, end, next_opens=next_opens)
    # units: sentences merged across top-level quotations
    n_sent = len(sent_starts)
    parent = list(range(n_sent))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        if p.depth:
            continue
        a = toks[p.open_i].sent
        b = toks[p.close_i].sent if p.close_i >= 0 else toks[-1].sent
        for s in range(a + 1, b + 1):
            parent[find(s)] = find(a)
        # a closing mark that starts a new « sentence » (« …. » a-t-il dit) belongs to the quote's sentence
        if p.close_i >= 0 and p.close_i + 1 < len(toks) and toks[p.close_i + 1].sent != b and toks[p.close_i + 1].kind == "punct":
            parent[find(toks[p.close_i + 1].sent)] = find(a)
    roots: dict[int, int] = {}
    unit_of: list[int] = []
    units: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        root = find(tok.sent)
        if root not in roots:
            roots[root] = len(units)
            units.append((k, k))
        u = roots[root]
        if units[u][1] < k:
            units[u] = (units[u][0], k)
        unit_of.append(u)
    # units must be contiguous: a unit that swallowed others absorbs them
    merged: list[tuple[int, int]] = []
    for u in sorted(units):
        if merged and u[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], u[1]))
        else:
            merged.append(u)
    unit_of = [0] * len(toks)
    for n, (a, b) in enumerate(merged):
        for k in range(a, b + 1):
            unit_of[k] = n
    return Para(text, index, start, end, toks, pairs, find_cues(toks), unit_of, merged,
                [sid for sid, _, _ in sentence_rows], sent_starts, next_opens=next_opens)
