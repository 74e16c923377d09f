"""Frequencies: how often each term occurs, overall, per article or per part, per 10,000 words.

Rows: [part,] term, pos, f, t, per_10k. ``f`` is the term's count; ``t`` the number of words
(every non-punctuation token, stop words included) in the part, so ``per_10k = f / t * 10000``
is comparable across parts of different sizes and does not move when a filter changes. ``pos``
is the term's most frequent UPOS tag (or the grouping key with ``split_pos=True``).
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd

from analysis.keywords.terms import Unit, token_terms, word_mask

FREQUENCY_COLUMNS = ["part", "term", "pos", "f", "t", "per_10k"]


def part_codes(tokens: pd.DataFrame, part: str | None) -> tuple[np.ndarray, pd.Index]:
    """Integer part code per token (-1 where the part is missing) and the part labels."""
    if part is None:
        return np.zeros(len(tokens), dtype=np.int64), pd.Index(["(corpus)"], dtype=object)
    if part not in tokens.columns:
        raise ValueError(f"the tokens frame has no column {part!r}; add one with partition_tokens(tokens, by=...)")
    values = tokens[part]
    if isinstance(values.dtype, pd.CategoricalDtype):
        used = values.cat.remove_unused_categories()
        return used.cat.codes.to_numpy().astype(np.int64), pd.Index(list(used.cat.categories), dtype=object)
    codes, uniques = pd.factorize(values, sort=True)
    return codes.astype(np.int64), pd.Index(list(uniques), dtype=object)


def part_sizes(tokens: pd.DataFrame, part: str | None = None) -> pd.Series:
    """Words (non-punctuation tokens) per part: the ``t`` of every table; their sum is ``T``."""
    codes, labels = part_codes(tokens, part)
    words = word_mask(tokens) & (codes >= 0)
    return pd.Series(np.bincount(codes[words], minlength=len(labels)), index=labels, name="t")


def _dominant_pos(pairs: pd.DataFrame, keys: list[str]) -> pd.Series:
    counts = pairs.groupby([*keys, "pos"], observed=True, sort=False).size().rename("n").reset_index()
    counts = counts.sort_values([*keys, "n", "pos"], ascending=[True] * len(keys) + [False, True], kind="stable")
    return counts.drop_duplicates(keys).set_index(keys)["pos"]


def frequencies(
    tokens: pd.DataFrame,
    *,
    by: Unit = "lemma",
    part: str | None = None,
    stop_words: bool | Collection[str] | None = True,
    pos: Collection[str] | str | None = None,
    numbers: bool = False,
    min_freq: int = 1,
    split_pos: bool = False,
    top: int | None = None,
) -> pd.DataFrame:
    """Term frequencies, overall or per ``part`` (a column such as ``"doc_id"`` or ``"part"``).

    ``by`` lemma (default), norm (lower-cased form) or text; ``pos`` keeps only these UPOS tags
    (e.g. ``{"NOUN", "PROPN"}``); stop words, punctuation and numbers are left out unless asked.
    ``min_freq`` applies to the count in each part; ``top`` keeps the N most frequent per part.
    Sorted by part, then decreasing ``f``, then term.
    """
    codes, labels = part_codes(tokens, part)
    terms = token_terms(tokens, by=by, stop_words=stop_words, pos=pos, numbers=numbers)
    sizes = part_sizes(tokens, part)
    keep = (terms.codes >= 0) & (codes >= 0)
    pos_col = tokens["pos"].to_numpy(dtype=object)[keep] if "pos" in tokens.columns else np.full(keep.sum(), "")
    pairs = pd.DataFrame({
        "part": pd.Categorical.from_codes(codes[keep], categories=labels),
        "term": pd.Categorical.from_codes(terms.codes[keep], categories=terms.categories),
        "pos": pos_col,
    })
    keys = ["part", "term", "pos"] if split_pos else ["part", "term"]
    counts = pairs.groupby(keys, observed=True, sort=False).size().rename("f").reset_index()
    if not split_pos:
        dominant = _dominant_pos(pairs, keys)
        counts["pos"] = dominant.reindex(pd.MultiIndex.from_frame(counts[keys])).to_numpy()
    counts = counts[counts["f"] >= min_freq]
    counts["t"] = sizes.reindex(counts["part"].astype(object)).to_numpy(dtype=np.int64)
    counts["f"] = counts["f"].astype(np.int64)
    counts["per_10k"] = counts["f"] / counts["t"].where(counts["t"] > 0) * 10_000
    for column in ("part", "term"):
        counts[column] = counts[column].astype(object)
    counts = counts.sort_values(["part", "f", "term"], ascending=[True, False, True], kind="stable")
    if top is not None:
        counts = counts.groupby("part", sort=False).head(top)
    counts = counts[FREQUENCY_COLUMNS].reset_index(drop=True)
    if part is None:
        counts = counts.drop(columns="part")
    counts.attrs.update({"by": by, "part": part})
    return counts
