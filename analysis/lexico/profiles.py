"""What characterises each class of a classification: lemmas, segments and partitions.

Every statistic here is IRaMuTeQ's « profil » χ², computed on segments, not on occurrences:
for a class and a lemma (or a partition value such as an outlet), the 2 × 2 table crosses
« segment in the class or not » with « segment contains the lemma (belongs to the outlet) or
not »; χ² with one degree of freedom, no continuity correction, signed positive when the class
holds more such segments than independence predicts. ``p`` is its upper tail probability.

- :func:`characteristic_terms`: lemmas over-represented in each class, with ``n_class`` (its
  segments in the class), ``n_total`` (its segments in the classified corpus), ``pct`` (share of
  its segments that fall in the class), ``chi2`` and ``p``;
- :func:`characteristic_segments`: the segments that best typify a class — the sum of the χ² of
  the class's characteristic lemmas they contain, as IRaMuTeQ ranks them;
- :func:`over_represented`: the partition values (outlet, country, speaker, quotation or
  narration…) over-represented in each class.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.stats import chi2 as chi2_dist

SIGNIFICANT_CHI2 = 3.84
"""χ² above which an association is reported: p < 0.05 with one degree of freedom."""
MIN_VALUE_SEGMENTS = 10
"""A partition value (a speaker, an outlet) needs this many classified segments to be reported:
below it every segment in one class looks « significant », but the χ² approximation is void."""


def signed_chi2(a: np.ndarray, n_class: np.ndarray, n_item: np.ndarray, n: int) -> np.ndarray:
    """Signed χ² of the 2 × 2 tables (in class × has item) with ``a`` segments in both cells."""
    a, n_class, n_item = (np.asarray(x, dtype=float) for x in (a, n_class, n_item))
    b, c = n_item - a, n_class - a
    d = n - a - b - c
    denom = n_class * (n - n_class) * n_item * (n - n_item)
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = np.where(denom > 0, n * np.square(a * d - b * c) / denom, 0.0)
    return np.where(a * n >= n_class * n_item, chi, -chi)


def _class_onehot(labels: np.ndarray) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    """One-hot class matrix of the classified rows, their positions and the class numbers."""
    rows = np.flatnonzero(labels > 0)
    classes = np.unique(labels[rows])
    cols = np.searchsorted(classes, labels[rows])
    onehot = sp.csr_matrix((np.ones(len(rows)), (np.arange(len(rows)), cols)), shape=(len(rows), len(classes)))
    return onehot, rows, classes


def characteristic_terms(
    matrix: sp.csr_matrix,
    terms: Sequence[str],
    labels: np.ndarray,
    *,
    min_chi2: float = SIGNIFICANT_CHI2,
    top: int | None = None,
    negative: bool = False,
) -> pd.DataFrame:
    """Lemmas over-represented in each class (``negative=True`` adds the under-represented ones).

    Rows sorted by class, then by χ² (descending); ``top`` keeps that many per class.
    """
    columns = ["class", "lemma", "n_class", "n_total", "pct", "chi2", "p"]
    onehot, rows, classes = _class_onehot(labels)
    if not len(rows):
        return pd.DataFrame(columns=columns)
    X = matrix[rows]
    counts = (X.T @ onehot).toarray()  # terms × classes
    n_total = counts.sum(axis=1)
    n_class = np.asarray(onehot.sum(axis=0)).ravel()
    chi = signed_chi2(counts, n_class[None, :], n_total[:, None], len(rows))
    frames = []
    terms = np.asarray(terms, dtype=object)
    for k, cls in enumerate(classes):
        keep = np.flatnonzero((chi[:, k] >= min_chi2) | (negative & (chi[:, k] <= -min_chi2)))
        keep = keep[np.lexsort((terms[keep].astype(str), -chi[keep, k]))]
        if top is not None:
            keep = keep[:top]
        frames.append(pd.DataFrame({
            "class": int(cls), "lemma": terms[keep], "n_class": counts[keep, k].astype(np.int64),
            "n_total": n_total[keep].astype(np.int64), "pct": 100 * counts[keep, k] / np.maximum(n_total[keep], 1),
            "chi2": chi[keep, k], "p": chi2_dist.sf(np.abs(chi[keep, k]), 1),
        }))
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)


def characteristic_segments(
    matrix: sp.csr_matrix,
    terms: Sequence[str],
    labels: np.ndarray,
    term_table: pd.DataFrame,
    *,
    top: int = 10,
) -> pd.DataFrame:
    """The ``top`` segments of each class by the summed χ² of its characteristic lemmas.

    ``term_table``: :func:`characteristic_terms` of the same classification. Returns the row of
    each segment in ``matrix`` (``row``), its class and ``score``.
    """
    index = pd.Index(np.asarray(terms, dtype=object))
    frames = []
    for cls, group in term_table[term_table["chi2"] > 0].groupby("class", sort=True):
        weights = np.zeros(len(index))
        weights[index.get_indexer(group["lemma"])] = group["chi2"].to_numpy()
        members = np.flatnonzero(labels == cls)
        scores = matrix[members] @ weights
        order = np.lexsort((members, -scores))[:top]
        frames.append(pd.DataFrame({"class": int(cls), "row": members[order], "score": scores[order]}))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["class", "row", "score"])


def over_represented(
    segments: pd.DataFrame,
    labels: np.ndarray,
    variables: Sequence[str],
    *,
    min_chi2: float = SIGNIFICANT_CHI2,
    min_segments: int = MIN_VALUE_SEGMENTS,
    top: int | None = 5,
) -> pd.DataFrame:
    """Partition values over-represented in each class: one row per (class, variable, value).

    ``segments``: one row per segment (aligned with ``labels``) holding the ``variables``
    columns (outlet, country, speaker …). Missing values are not a value; values with fewer
    than ``min_segments`` classified segments are not tested. ``top`` keeps the strongest per
    class and variable.
    """
    columns = ["class", "variable", "value", "n_class", "n_value", "pct", "chi2", "p"]
    onehot, rows, classes = _class_onehot(labels)
    frames = []
    for variable in variables:
        if variable not in segments.columns or not len(rows):
            continue
        codes, values = pd.factorize(segments[variable].to_numpy(dtype=object)[rows], use_na_sentinel=True)
        ok = codes >= 0
        member = sp.csr_matrix((np.ones(int(ok.sum())), (np.flatnonzero(ok), codes[ok])), shape=(len(rows), len(values)))
        counts = (member.T @ onehot).toarray()  # values × classes
        n_value = counts.sum(axis=1)
        n_class = np.asarray(onehot.sum(axis=0)).ravel()
        chi = signed_chi2(counts, n_class[None, :], n_value[:, None], len(rows))
        for k, cls in enumerate(classes):
            keep = np.flatnonzero((chi[:, k] >= min_chi2) & (n_value >= min_segments))
            keep = keep[np.lexsort((np.asarray(values, dtype=object)[keep].astype(str), -chi[keep, k]))]
            if top is not None:
                keep = keep[:top]
            frames.append(pd.DataFrame({
                "class": int(cls), "variable": variable, "value": np.asarray(values, dtype=object)[keep],
                "n_class": counts[keep, k].astype(np.int64), "n_value": n_value[keep].astype(np.int64),
                "pct": 100 * counts[keep, k] / np.maximum(n_value[keep], 1), "chi2": chi[keep, k],
                "p": chi2_dist.sf(chi[keep, k], 1),
            }))
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns].sort_values(["class", "variable", "chi2"],
                                                                     ascending=[True, True, False],
                                                                     kind="stable").reset_index(drop=True)
