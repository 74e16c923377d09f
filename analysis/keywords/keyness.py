"""Keyness: which terms a part (speaker, article, outlet, period, quotes) over- or under-uses.

Rows: part, term, f, F, t, T, specificity, g2, log_ratio. ``f`` is the term's count in the part,
``F`` in the whole corpus (or part + reference corpus), ``t`` the part's size in words and ``T``
the corpus size in words, so every score can be recomputed from its own row with
:mod:`analysis.keywords.stats`. Sizes count every word (stop words included, punctuation
not): filters choose which terms get a row, they never change another row's numbers.

Parts smaller than :data:`MIN_PART_WORDS` get no rows (they stay in the corpus): they are
listed in ``rows.attrs["skipped"]`` and logged. On a partition with a narration part, the
narration's conventional words (reporting verbs, days, months) get no rows either
(:mod:`analysis.keywords.narration`).

The lexical table (parts × terms) is counted with integer codes and ``numpy.bincount``, and
the scores are computed on whole arrays, so 20 parts of a million tokens take about a second.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from typing import Literal

import numpy as np
import pandas as pd

from analysis.keywords.counting import part_codes, part_sizes
from analysis.keywords.narration import with_narration_words
from analysis.keywords.partitions import NARRATION
from analysis.keywords.stats import g2, log_ratio, specificity
from analysis.keywords.terms import Unit, token_terms, word_mask

log = logging.getLogger("analysis")

KEYNESS_COLUMNS = ["part", "term", "f", "F", "t", "T", "specificity", "g2", "log_ratio"]
MEASURES: tuple[str, ...] = ("specificity", "g2", "log_ratio", "f")
Measure = Literal["specificity", "g2", "log_ratio", "f"]
REFERENCE = "(référence)"
TARGET = "(corpus étudié)"
DENSE_LIMIT = 20_000_000
"""Largest parts × terms table counted densely (every cell, zeros included)."""
MIN_PART_WORDS = 100
"""Smallest part, in words, that gets keyness rows. Both statistics judge a term's count against
its expected count t·F/T. G² is a large-sample approximation, usable from expected counts of
about 1 at the strictest cut-off (Rayson, Berridge & Francis 2004; Cochran's classic rule asks
for 5); in news text even the commonest content lemmas run at about 0.5–1 % of the words
(0.6 % at most in 276 press articles measured for this threshold; a few per cent for the topic
words of a single article), so in a part under 100 words no term is expected even once. Lafon's
specificity is exact, but there no absence can be significant (P(X = 0) ≥ e⁻¹ for an expected
count ≤ 1) and each word the part happens to use once or twice scores as over-used: the
« keywords » of a 10-word quotation are its 10 words."""
SKIPPED_SHOWN = 5
"""How many skipped parts the log message names (all are in ``rows.attrs["skipped"]``)."""


def keyness_scores(f, F, t, T) -> pd.DataFrame:
    """The three scores for arrays of counts (same shape): specificity, g2, log_ratio."""
    return pd.DataFrame({"specificity": specificity(f, F, t, T), "g2": g2(f, F, t, T),
                         "log_ratio": log_ratio(f, F, t, T)})


def _with_reference(tokens: pd.DataFrame, reference: pd.DataFrame, part: str | None) -> tuple[pd.DataFrame, str]:
    columns = [c for c in ("text", "lemma", "norm", "pos", "is_punct") if c in tokens.columns and c in reference.columns]
    target = tokens[columns].copy()
    target["part"] = tokens[part].astype(object) if part and part in tokens.columns else TARGET
    ref = reference[columns].copy()
    ref["part"] = REFERENCE
    return pd.concat([target, ref], ignore_index=True), "part"


def lexical_table(
    tokens: pd.DataFrame,
    *,
    part: str = "part",
    by: Unit = "lemma",
    stop_words: bool | Collection[str] | None = True,
    pos: Collection[str] | str | None = None,
    numbers: bool = False,
    min_freq: int = 1,
    zeros: bool | Literal["auto"] = "auto",
) -> pd.DataFrame:
    """Counts behind keyness, one row per (part, term): part, term, f, F, t, T.

    ``min_freq`` applies to F (the corpus count). ``zeros``: also give the cells where the term
    is absent from the part (f = 0, the strongest under-uses); ``"auto"`` does so when the
    table has at most 20 million cells, otherwise only cells with f > 0 are returned.
    """
    codes, labels = part_codes(tokens, part)
    terms = token_terms(tokens, by=by, stop_words=stop_words, pos=pos, numbers=numbers)
    words = word_mask(tokens) & (codes >= 0)
    sizes = np.bincount(codes[words], minlength=len(labels)).astype(np.int64)
    total = int(sizes.sum())
    n_terms = len(terms.categories)
    keep = (terms.codes >= 0) & (codes >= 0)
    term_of = terms.codes[keep].astype(np.int64)
    part_of = codes[keep]
    corpus_f = np.bincount(term_of, minlength=n_terms).astype(np.int64)
    dense = zeros is True or (zeros == "auto" and len(labels) * n_terms <= DENSE_LIMIT)
    if zeros == "auto" and not dense:
        log.info("lexical table of %d parts × %d terms: only cells with f > 0 are kept", len(labels), n_terms)
    if dense:
        table = np.bincount(part_of * n_terms + term_of, minlength=len(labels) * n_terms)
        cell_part = np.repeat(np.arange(len(labels)), n_terms)
        cell_term = np.tile(np.arange(n_terms), len(labels))
        cell_f = table
        present = corpus_f[cell_term] >= max(min_freq, 1)
    else:
        keys, cell_f = np.unique(part_of * n_terms + term_of, return_counts=True)
        cell_part, cell_term = np.divmod(keys, n_terms)
        present = corpus_f[cell_term] >= max(min_freq, 1)
    cell_part, cell_term, cell_f = cell_part[present], cell_term[present], cell_f[present]
    frame = pd.DataFrame({
        "part": pd.Categorical.from_codes(cell_part, categories=labels),
        "term": pd.Categorical.from_codes(cell_term, categories=terms.categories),
        "f": cell_f.astype(np.int64),
        "F": corpus_f[cell_term],
        "t": sizes[cell_part],
        "T": np.full(len(cell_f), total, dtype=np.int64),
    })
    return frame[frame["t"] > 0].reset_index(drop=True)


def keyness(
    tokens: pd.DataFrame,
    *,
    part: str = "part",
    by: Unit = "lemma",
    reference: pd.DataFrame | None = None,
    parts: Iterable[object] | None = None,
    stop_words: bool | Collection[str] | None = True,
    pos: Collection[str] | str | None = None,
    numbers: bool = False,
    min_freq: int = 2,
    min_part_words: int = MIN_PART_WORDS,
    narration_stop_words: bool | None = None,
    zeros: bool | Literal["auto"] = "auto",
    sort: Measure = "specificity",
    top: int | None = None,
) -> pd.DataFrame:
    """Keyness of every term in every part against the rest of the corpus (or a reference corpus).

    ``tokens`` needs a ``part`` column (see :func:`partition_tokens`); tokens without a part are
    left out of the corpus. With ``reference`` (another tokens frame), each part of ``tokens``
    (or the whole of it, when it has no ``part`` column) is compared with that corpus instead.
    ``parts`` restricts the rows to some parts (the corpus stays whole). ``min_freq`` is the
    minimum corpus frequency F. Parts of fewer than ``min_part_words`` words get no rows (see
    :data:`MIN_PART_WORDS` for why; 0 keeps every part): they are named in
    ``rows.attrs["skipped"]`` ({part: words}) and in a logged warning. ``narration_stop_words``:
    leave the narration's reporting verbs and calendar words out of the rows
    (:mod:`analysis.keywords.narration`); None (default) does so when the partition has a
    narration part. ``top``: the N most over-used and N most under-used terms of each part by
    ``sort`` (all rows otherwise), sorted by part then decreasing ``sort``.
    """
    if sort not in MEASURES:
        raise ValueError(f"sort must be one of {', '.join(MEASURES)}, not {sort!r}")
    narration = tokens.attrs.get("narration", NARRATION)
    if reference is not None:
        tokens, part = _with_reference(tokens, reference, part)
    sizes = part_sizes(tokens, part)
    if narration_stop_words is None:
        narration_stop_words = narration in sizes.index
    if narration_stop_words:
        stop_words = with_narration_words(stop_words)
    table = lexical_table(tokens, part=part, by=by, stop_words=stop_words, pos=pos, numbers=numbers,
                          min_freq=min_freq, zeros=zeros)
    wanted = set(sizes.index if parts is None else parts) - {REFERENCE}
    small = sizes[(sizes > 0) & (sizes < min_part_words) & sizes.index.isin(list(wanted))]
    table = table[table["part"].isin(list(wanted - set(small.index)))]
    scores = keyness_scores(*(table[c].to_numpy() for c in ("f", "F", "t", "T")))
    rows = pd.concat([table.reset_index(drop=True), scores], axis=1)
    rows["part"] = rows["part"].astype(object)
    rows["term"] = rows["term"].astype(object)
    rows = rows.sort_values(["part", sort, "term"], ascending=[True, False, True], kind="stable")
    if top is not None:
        grouped = rows.groupby("part", sort=False)
        rows = pd.concat([grouped.head(top), grouped.tail(top)])
        rows = rows[~rows.index.duplicated()]
        rows = rows.sort_values(["part", sort, "term"], ascending=[True, False, True], kind="stable")
    rows = rows[KEYNESS_COLUMNS].reset_index(drop=True)
    skipped = {str(name): int(words) for name, words in small.sort_values(ascending=False).items()}
    if skipped:
        named = ", ".join(f"{name} ({words})" for name, words in list(skipped.items())[:SKIPPED_SHOWN])
        more = f" and {len(skipped) - SKIPPED_SHOWN} more" if len(skipped) > SKIPPED_SHOWN else ""
        log.warning("keyness: %d part(s) under %d words skipped: %s%s", len(skipped), min_part_words, named, more)
    rows.attrs.update({"by": by, "part": part, "measure": sort, "skipped": skipped, "min_part_words": min_part_words,
                       "narration_stop_words": bool(narration_stop_words)})
    return rows
