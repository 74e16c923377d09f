"""Sparse count tables from the tokens frame: segment × lemma presence, lemma × partition counts.

Both are built from integer codes in one pass over the tokens (no Python loop per token) and
kept sparse: a corpus of 3 million tokens gives a segment × lemma matrix of ~70,000 × 20,000
cells of which about 1.5 million are non-zero.

The *active* lemmas are Reinert's « formes pleines »: lemmas of nouns, verbs, adjectives and
adverbs (:data:`FULL_WORD_POS`), stop words left out with the suite's one stop-word list
(:func:`analysis.keywords.stop_words`, which users extend in ``analysis/data/stop_words_extra.txt``),
numbers left out, and only lemmas present in at least ``min_freq`` units.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.keywords.partitions import partition_labels
from analysis.keywords.terms import token_terms

FULL_WORD_POS: tuple[str, ...] = ("NOUN", "VERB", "ADJ", "ADV")
"""Parts of speech whose lemmas are active in the classification (Reinert's full words)."""
MIN_FREQ = 3
"""A lemma must occur in at least this many segments to be active (IRaMuTeQ's and rainette's
default): rarer words cannot tie segments together and only add noise to the CA axes."""


@dataclass
class Presence:
    """A binary unit × term matrix (CSR) and its term labels; ``occurrences`` counts the active
    tokens of each unit (repeats included), the size rainette's ``min_segment_size`` reads."""

    matrix: sp.csr_matrix
    terms: pd.Index
    occurrences: np.ndarray

    @property
    def shape(self) -> tuple[int, int]:
        return self.matrix.shape


def active_terms(
    tokens: pd.DataFrame,
    *,
    pos: Collection[str] | None = FULL_WORD_POS,
    stop_words: bool | Collection[str] = True,
) -> pd.Categorical:
    """The active lemma of each token (lower case), missing for tokens that are not active."""
    terms = token_terms(tokens, by="lemma", stop_words=stop_words, pos=pos)
    lowered = pd.Index([str(c).lower() for c in terms.categories])
    codes, uniques = pd.factorize(lowered)
    remap = np.append(codes, -1)
    return pd.Categorical.from_codes(remap[terms.codes], categories=pd.Index(uniques, dtype=object))


def presence_matrix(
    terms: pd.Categorical,
    unit_of: np.ndarray,
    n_units: int,
    *,
    min_freq: int = MIN_FREQ,
) -> Presence:
    """Unit × lemma presence (0/1) from each token's active term and unit.

    ``terms``: :func:`active_terms` of the tokens; ``unit_of``: the unit (segment) row of each
    token, aligned with ``terms``. Lemmas present in fewer than ``min_freq`` units are dropped.
    """
    codes = np.asarray(terms.codes, dtype=np.int64)
    keep = codes >= 0
    rows, cols = np.asarray(unit_of, dtype=np.int64)[keep], codes[keep]
    n_terms = len(terms.categories)
    occurrences = np.bincount(rows, minlength=n_units).astype(np.int64)
    counts = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(n_units, n_terms))
    counts.sum_duplicates()
    binary = counts.copy()
    binary.data[:] = 1.0
    doc_freq = np.asarray(binary.sum(axis=0)).ravel()
    wanted = np.flatnonzero(doc_freq >= max(1, min_freq))
    order = wanted[np.argsort(np.asarray(terms.categories, dtype=object)[wanted].astype(str), kind="stable")]
    matrix = binary[:, order].tocsr()
    active_occ = np.asarray(counts[:, order].sum(axis=1)).ravel().astype(np.int64) if len(order) else occurrences * 0
    return Presence(matrix=matrix, terms=pd.Index(np.asarray(terms.categories, dtype=object)[order], name="lemma"),
                    occurrences=active_occ)


def merge_units(presence: Presence, doc_codes: np.ndarray, min_occurrences: int) -> tuple[Presence, np.ndarray]:
    """Join consecutive segments of one article until each unit has ``min_occurrences`` active tokens.

    This is rainette's ``min_segment_size`` (Reinert's « unités de contexte » built from
    elementary units): a short segment is joined to the next one of the same article, and an
    article's short tail to the unit before it. Returns the merged presence matrix and the unit
    of each segment.
    """
    n = presence.shape[0]
    unit = np.empty(n, dtype=np.int64)
    current, filled = -1, 0
    for i in range(n):
        if i == 0 or doc_codes[i] != doc_codes[i - 1] or filled >= min_occurrences:
            current, filled = current + 1, 0
        unit[i] = current
        filled += int(presence.occurrences[i])
    unit = _fold_short_tails(unit, doc_codes, presence.occurrences, min_occurrences)
    n_units = int(unit.max()) + 1 if n else 0
    onehot = sp.csr_matrix((np.ones(n), (unit, np.arange(n))), shape=(n_units, n))
    merged = (onehot @ presence.matrix).tocsr()
    merged.data[:] = 1.0
    occ = np.bincount(unit, weights=presence.occurrences, minlength=n_units).astype(np.int64)
    return Presence(matrix=merged, terms=presence.terms, occurrences=occ), unit


def _fold_short_tails(unit: np.ndarray, doc_codes: np.ndarray, occurrences: np.ndarray, minimum: int) -> np.ndarray:
    """An article's last unit below the minimum joins the unit before it (same article only)."""
    sizes = np.bincount(unit, weights=occurrences)
    unit_doc = doc_codes[np.searchsorted(unit, np.arange(len(sizes)))]
    short_tail = (sizes < minimum) & np.r_[unit_doc[1:] != unit_doc[:-1], True] & np.r_[False, unit_doc[1:] == unit_doc[:-1]]
    target = np.arange(len(sizes)) - short_tail.astype(np.int64)
    return np.unique(target, return_inverse=True)[1][unit]


def contingency(
    tokens: pd.DataFrame,
    by: str | Any,
    *,
    articles: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    pos: Collection[str] | None = FULL_WORD_POS,
    stop_words: bool | Collection[str] = True,
    min_freq: int = 10,
    top: int | None = None,
    freq: str = "M",
) -> pd.DataFrame:
    """Lemma × partition counts: the table to give :func:`analysis.lexico.correspondence`.

    ``by``: any partition :func:`analysis.keywords.partition_tokens` knows (``"outlet"``,
    ``"speaker"``, ``"quotes"``, ``"date"``, an article column such as ``"country"`` or
    ``"subset"``, …). Rows: active lemmas (see :func:`active_terms`) with at least ``min_freq``
    occurrences, the ``top`` most frequent if given; columns: the parts. Tokens without a part
    (e.g. narration when ``by="speaker"`` and no outside label) are left out.
    """
    terms = active_terms(tokens, pos=pos, stop_words=stop_words)
    parts = partition_labels(tokens, by, articles=articles, quotes=quotes, freq=freq)
    part_codes, part_names = pd.factorize(parts.to_numpy(dtype=object), use_na_sentinel=True)
    keep = (terms.codes >= 0) & (part_codes >= 0)
    counts = sp.csr_matrix((np.ones(int(keep.sum())), (terms.codes[keep], part_codes[keep])),
                           shape=(len(terms.categories), len(part_names)))
    totals = np.asarray(counts.sum(axis=1)).ravel()
    rows = np.flatnonzero(totals >= min_freq)
    rows = rows[np.lexsort((np.asarray(terms.categories, dtype=object)[rows].astype(str), -totals[rows]))]
    if top is not None:
        rows = rows[:top]
    col_order = np.argsort(np.asarray(part_names, dtype=object).astype(str), kind="stable")
    dense = counts[rows][:, col_order].toarray().astype(np.int64)
    return pd.DataFrame(dense, index=pd.Index(np.asarray(terms.categories, dtype=object)[rows], name="lemma"),
                        columns=pd.Index(np.asarray(part_names, dtype=object)[col_order], name=str(by)))


def contingency_with_supplements(
    tokens: pd.DataFrame,
    by: str,
    supplementary: Sequence[str],
    *,
    articles: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    **options: Any,
) -> tuple[pd.DataFrame, list[str]]:
    """A lemma × ``by`` table with, beside it, the columns of other partitions to project as
    supplementary columns (e.g. outlets active, countries and subsets supplementary).

    Returns the table and the labels of its supplementary columns. A supplementary partition
    with a single value, or whose values repeat a label already in the table, is left out.
    """
    table = contingency(tokens, by, articles=articles, quotes=quotes, **options)
    extra: list[str] = []
    for column in supplementary:
        if column == by or (articles is None or column not in articles.columns) or articles[column].nunique() < 2:
            continue
        other = contingency(tokens, column, articles=articles, quotes=quotes, **{**options, "min_freq": 1, "top": None})
        other = other.reindex(table.index, fill_value=0)
        other = other.loc[:, [c for c in other.columns if c not in table.columns]]
        table = pd.concat([table, other], axis=1)
        extra.extend(other.columns)
    return table, [str(c) for c in extra]
