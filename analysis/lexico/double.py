"""Reinert's double classification: two classifications on context units of two sizes, crossed.

Reinert (1990) runs the descending classification twice, on context units built from the
segments with two different minimum sizes, and keeps as classes the groups of segments that
both runs put together: a class that appears whatever the unit size is a stable one. We follow
rainette's « classical » variant (vignette « Algorithms description », section « Double
clustering algorithm »), which its author describes as the one closest to Reinert's:

1. each run gives a hierarchy; every class of every level of each run is a candidate;
2. a crossed class is the intersection of a class of the first run and a class of the second;
   its association is the signed χ² of the 2 × 2 table (in one class × in the other), over all
   segments;
3. only crossed classes whose two classes are each other's most associated are kept, if they
   hold at least ``min_members`` segments and their χ² exceeds 3.84;
4. among sets of ``k`` crossed classes with no segment in common, the one with the largest sum
   of χ² gives the classes (if none has ``k`` members, the largest ``k`` that has one).

Segments in no chosen crossed class stay unclassified (class 0). Reinert then reassigns them with
a k-means-like step; rainette does not, since that would give back the instability the crossing
removed, and neither do we.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from analysis.lexico.chd import Hierarchy, classify
from analysis.lexico.matrix import Presence, merge_units
from analysis.lexico.profiles import SIGNIFICANT_CHI2, signed_chi2

UNIT_SIZES = (10, 15)
"""Minimum active words per context unit in the two runs (rainette's ``uc_size1``/``uc_size2``)."""


def _candidates(levels: list[np.ndarray]) -> sp.csc_matrix:
    """Membership (segments × candidate classes) of every distinct class of every level."""
    seen: set[bytes] = set()
    columns: list[np.ndarray] = []
    for level in levels:
        for cls in np.unique(level[level > 0]):
            members = np.flatnonzero(level == cls)
            key = members.tobytes()
            if key not in seen:
                seen.add(key)
                columns.append(members)
    n = len(levels[0]) if levels else 0
    if not columns:
        return sp.csc_matrix((n, 0))
    rows = np.concatenate(columns)
    cols = np.repeat(np.arange(len(columns)), [len(c) for c in columns])
    return sp.csc_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(columns)))


def _mutual_best(A: sp.csc_matrix, B: sp.csc_matrix, min_members: int) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Pairs (i, j) of candidates that are each other's most associated, and their χ²."""
    n = A.shape[0]
    both = (A.T @ B).toarray()
    chi = signed_chi2(both, np.asarray(A.sum(axis=0)).ravel()[:, None], np.asarray(B.sum(axis=0)).ravel()[None, :], n)
    pairs, values = [], []
    if not chi.size:
        return pairs, np.array([])
    best_of_a, best_of_b = np.argmax(chi, axis=1), np.argmax(chi, axis=0)
    for i, j in enumerate(best_of_a):
        if best_of_b[j] == i and both[i, j] >= min_members and chi[i, j] > SIGNIFICANT_CHI2:
            pairs.append((i, int(j)))
            values.append(chi[i, j])
    return pairs, np.array(values)


def _best_disjoint(overlap: np.ndarray, weights: np.ndarray, k: int) -> list[int]:
    """Indices of ``k`` pairwise disjoint candidates with the largest summed weight ([] if none)."""
    order = list(np.argsort(-weights, kind="stable"))
    best: tuple[float, list[int]] = (-np.inf, [])

    def search(start: int, chosen: list[int], total: float) -> None:
        nonlocal best
        if len(chosen) == k:
            if total > best[0]:
                best = (total, list(chosen))
            return
        rest = [weights[order[i]] for i in range(start, len(order))]
        if len(rest) < k - len(chosen) or total + sum(rest[: k - len(chosen)]) <= best[0]:
            return
        for pos in range(start, len(order)):
            cand = order[pos]
            if all(overlap[cand, c] == 0 for c in chosen):
                search(pos + 1, [*chosen, cand], total + weights[cand])

    search(0, [], 0.0)
    return best[1]


def double_classify(
    presence: Presence,
    doc_codes: np.ndarray,
    k: int,
    *,
    sizes: tuple[int, int] = UNIT_SIZES,
    min_members: int = 10,
    **options,
) -> tuple[np.ndarray, list[Hierarchy]]:
    """Class of each segment (1…k', 0 unclassified) from the crossing of two runs, and the runs.

    ``doc_codes``: the article of each segment (units never cross articles). ``options`` go to
    :func:`analysis.lexico.chd.classify` for both runs. Classes are numbered by size, largest first.
    """
    runs, per_segment = [], []
    for size in sizes:
        merged, unit_of = merge_units(presence, doc_codes, size)
        hierarchy = classify(merged.matrix, k, **options)
        runs.append(hierarchy)
        per_segment.append([level[unit_of] for level in hierarchy.levels] or [hierarchy.labels[unit_of]])
    A, B = _candidates(per_segment[0]), _candidates(per_segment[1])
    pairs, chi = _mutual_best(A, B, min_members)
    labels = np.zeros(presence.shape[0], dtype=np.int32)
    if not pairs:
        return labels, runs
    crossed = sp.csc_matrix(A[:, [i for i, _ in pairs]].multiply(B[:, [j for _, j in pairs]]))
    overlap = (crossed.T @ crossed).toarray()
    chosen: list[int] = []
    for target in range(min(k, len(pairs)), 0, -1):
        chosen = _best_disjoint(overlap, chi, target)
        if chosen:
            break
    sizes_of = np.asarray(crossed.sum(axis=0)).ravel()
    chosen.sort(key=lambda c: (-sizes_of[c], c))
    for number, c in enumerate(chosen, start=1):
        labels[crossed[:, c].nonzero()[0]] = number
    return labels, runs
