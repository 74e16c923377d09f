"""Reinert's descending hierarchical classification (« CDH ») of the rows of a presence matrix.

The method (Reinert 1983, 1990), as IRaMuTeQ implements it and rainette documents it in its
vignette « Algorithms description » (section « Simple clustering algorithm »):

1. start with every row (segment) in one class; repeat until there are ``k`` classes:
2. take the class with the most rows; keep its rows and its columns (lemmas) with non-zero
   totals — rows left without any active lemma leave the classification (« non classés »);
3. order its rows by their coordinate on the first axis of a correspondence analysis of that
   sub-table;
4. among the cuts of this order into a first and a second group, keep the one whose grouped
   2 × lemmas table has the largest χ²;
5. move rows one at a time to the other group while that raises the χ² (the best move first),
   until no move does;
6. select each child's lemmas for its next split: a lemma stays in a child where it occurs in
   at least ``min_term_count`` rows (rainette's ``tsj``); a lemma strongly tied to one side
   (contingency coefficient above ``cc_test``) stays only in the child where it is
   over-represented.

Everything is computed on sparse matrices: the χ² of every cut in step 4 comes from one pass over
the non-zero cells (each cell adds ``(2 r + 1) / c_j`` to the first group's Σ a_j²/c_j when it is
the ``r``-th of its column in the order), and each move in step 5 is scored for every row at once
with one sparse product. Ties go to the first row or cut; the CA start vector is fixed; so the
result is the same on every run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.lexico.ca import first_axis

MIN_SPLIT_ROWS = 5
"""A class with fewer rows is not split (rainette's ``min_split_members``; 3 at the least)."""
CC_TEST = 0.3
"""Contingency coefficient above which a lemma follows only the side it is over-represented in."""
MIN_TERM_COUNT = 3
"""A lemma is kept in a child class only if it occurs in at least this many of its rows (``tsj``)."""
MIN_CLASS_SHARE = 0.01
"""Default minimum class size, as a share of the classified rows: 1 % (see :func:`classify`)."""
_IMPROVEMENT = 1e-9
"""Relative χ² gain below which a move is not worth making (guards against float noise loops)."""


@dataclass
class Split:
    """One bipartition: ``node`` split into ``left`` and ``right`` (node ids) with its χ²."""

    step: int
    node: int
    left: int
    right: int
    chi2: float
    n_rows: int
    n_left: int
    n_right: int
    n_terms: int
    moves: int


@dataclass
class Hierarchy:
    """A descending classification of the rows of a matrix.

    ``labels``: class of each row (1…K in dendrogram order; 0 = unclassified: rows without an
    active lemma, and rows of leaves smaller than the minimum class size). ``levels[j]``: the
    labels when there were ``j + 2`` classes (used by the double classification). ``splits``:
    every bipartition in order. ``leaves``: node id of each class (``leaves[c - 1]`` is class ``c``).
    """

    labels: np.ndarray
    levels: list[np.ndarray] = field(default_factory=list)
    splits: list[Split] = field(default_factory=list)
    leaves: list[int] = field(default_factory=list)

    @property
    def k(self) -> int:
        return len(self.leaves)

    def splits_frame(self) -> pd.DataFrame:
        """Every bipartition as a frame (step, node, left, right, chi2, sizes, n_terms, moves)."""
        columns = ["step", "node", "left", "right", "chi2", "n_rows", "n_left", "n_right", "n_terms", "moves"]
        return pd.DataFrame([s.__dict__ for s in self.splits], columns=columns)

    def tree(self) -> pd.DataFrame:
        """The dendrogram of the classes: one row per node that is a class or joins two subtrees
        holding classes (splits that only set small leaves aside are folded into their parent).

        Columns: ``node``, ``parent`` (-1 for the root), ``class`` (0 for a junction), ``chi2``
        and ``step`` of the split below a junction, ``n_rows`` at the split.
        """
        children = {sp_.node: (sp_.left, sp_.right) for sp_ in self.splits}
        info = {sp_.node: sp_ for sp_ in self.splits}
        leaf_class = {node: c for c, node in enumerate(self.leaves, start=1)}
        rows: list[dict] = []

        def holds_class(node: int) -> bool:
            return node in leaf_class or (node in children and any(holds_class(c) for c in children[node]))

        def visit(node: int, parent: int) -> None:
            if node in leaf_class:
                rows.append({"node": node, "parent": parent, "class": leaf_class[node], "chi2": np.nan,
                             "step": 0, "n_rows": 0})
                return
            kept = [c for c in children.get(node, ()) if holds_class(c)]
            if len(kept) == 1:
                visit(kept[0], parent)
                return
            sp_ = info[node]
            rows.append({"node": node, "parent": parent, "class": 0, "chi2": sp_.chi2, "step": sp_.step,
                         "n_rows": sp_.n_rows})
            for c in kept:
                visit(c, node)

        if self.leaves:
            visit(0, -1)
        return pd.DataFrame(rows, columns=["node", "parent", "class", "chi2", "step", "n_rows"])


def grouped_chi2(S1: np.ndarray, R1: np.ndarray, N: float) -> np.ndarray:
    """χ² of the 2 × J table [a; c − a] from Σ a_j²/c_j (``S1``), the first row's total ``R1``
    and the grand total ``N`` (binary cells: Σ (c_j − a_j)²/c_j = N − 2 R1 + S1)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = N * (S1 / R1 + (N - 2 * R1 + S1) / (N - R1) - 1.0)
    return np.where((R1 > 0) & (R1 < N), chi, -np.inf)


def best_cut(X: sp.csr_matrix, order: np.ndarray) -> tuple[int, float]:
    """Number of rows (in ``order``) in the first group of the max-χ² cut, and that χ²."""
    Xo = X[order].tocsc()
    Xo.sort_indices()
    c = np.asarray(Xo.sum(axis=0)).ravel()
    N = float(c.sum())
    per_col = np.diff(Xo.indptr)
    rank = np.arange(Xo.nnz) - np.repeat(Xo.indptr[:-1], per_col)  # rows of the column seen before
    col_of = np.repeat(np.arange(Xo.shape[1]), per_col)
    gain = np.bincount(Xo.indices, weights=(2 * rank + 1) / c[col_of], minlength=Xo.shape[0])
    S1 = np.cumsum(gain)[:-1]
    R1 = np.cumsum(np.bincount(Xo.indices, minlength=Xo.shape[0]))[:-1].astype(float)
    chi = grouped_chi2(S1, R1, N)
    m = int(np.argmax(chi))
    return m + 1, float(chi[m])


def reassign(X: sp.csr_matrix, first: np.ndarray, chi2: float, max_moves: int | None = None) -> tuple[np.ndarray, float, int]:
    """Move rows between the two groups, the best move first, while the χ² rises.

    ``first``: boolean mask of the first group. Returns the new mask, its χ² and the number of
    moves. The score of every row's move needs ``u = X (2a / c)`` (``a``: the first group's column
    totals); a move changes ``a`` on the moved row's columns only, so ``u`` is updated through
    those columns (a column-major copy of ``X``) instead of a whole matrix product per move.
    """
    first = first.copy()
    c = np.asarray(X.sum(axis=0)).ravel()
    s = np.asarray(X.sum(axis=1)).ravel()
    N = float(c.sum())
    a = np.asarray(X[first].sum(axis=0)).ravel()
    R1 = float(s[first].sum())
    S1 = float(np.sum(a * a / c))
    w = X @ (1.0 / c)
    u = X @ (2.0 * a / c)
    by_column = X.tocsc()
    n_first = int(first.sum())
    limit = X.shape[0] if max_moves is None else max_moves
    moves = 0
    while moves < limit:
        S_new = np.where(first, S1 - u + w, S1 + u + w)
        R_new = np.where(first, R1 - s, R1 + s)
        chi = grouped_chi2(S_new, R_new, N)
        if n_first <= 1:
            chi[first] = -np.inf
        if X.shape[0] - n_first <= 1:
            chi[~first] = -np.inf
        i = int(np.argmax(chi))
        if chi[i] <= chi2 * (1 + _IMPROVEMENT):
            break
        cols = X.indices[X.indptr[i]:X.indptr[i + 1]]
        sign = -1.0 if first[i] else 1.0
        a[cols] += sign
        spans = [by_column.indices[by_column.indptr[j]:by_column.indptr[j + 1]] for j in cols]
        rows = np.concatenate(spans) if spans else np.zeros(0, dtype=np.int64)
        u += np.bincount(rows, weights=np.repeat(sign * 2.0 / c[cols], [len(x) for x in spans]), minlength=len(u))
        S1, R1, chi2 = float(S_new[i]), float(R_new[i]), float(chi[i])
        n_first += int(sign)
        first[i] = not first[i]
        moves += 1
    return first, chi2, moves


def select_terms(X: sp.csr_matrix, first: np.ndarray, cc_test: float, min_count: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns each child keeps for its own next split (see step 6 in the module docstring)."""
    t1 = np.asarray(X[first].sum(axis=0)).ravel()
    t2 = np.asarray(X[~first].sum(axis=0)).ravel()
    total = t1 + t2
    N = total.sum()
    e1, e2 = total / N * t1.sum(), total / N * t2.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = np.nan_to_num((t1 - e1) ** 2 / e1 + (t2 - e2) ** 2 / e2)
        cc = np.sqrt(chi / (chi + total))
    tied = cc > cc_test
    keep1 = (t1 >= min_count) & (~tied | (t1 > e1))
    keep2 = (t2 >= min_count) & (~tied | (t2 > e2))
    return keep1, keep2


def _bipartition(X: sp.csr_matrix, max_moves: int | None) -> tuple[np.ndarray, float, int]:
    coords, _ = first_axis(X)
    order = np.argsort(coords, kind="stable")
    m, chi2 = best_cut(X, order)
    first = np.zeros(X.shape[0], dtype=bool)
    first[order[:m]] = True
    return reassign(X, first, chi2, max_moves)


def classify(
    X: sp.spmatrix,
    k: int,
    *,
    min_class_size: int | None = None,
    min_split_rows: int = MIN_SPLIT_ROWS,
    cc_test: float = CC_TEST,
    min_term_count: int = MIN_TERM_COUNT,
    max_moves: int | None = None,
    max_splits: int | None = None,
) -> Hierarchy:
    """Split the rows of the binary matrix ``X`` into ``k`` classes (Reinert's CDH).

    A child smaller than ``min_class_size`` rows (default: :data:`MIN_CLASS_SHARE` of the rows)
    is set aside: its rows stay unclassified and it does not count towards ``k``. This is
    IRaMuTeQ's minimum class size (``mincl``), applied while splitting rather than after: the χ²
    criterion rewards isolating any small group whose words occur nowhere else (boilerplate, a
    tweet in English), and without it those groups would take the place of real classes. Stops
    early when the largest class has fewer than ``min_split_rows`` rows or a 3 × 3 table, or
    after ``max_splits`` splits (default ``4 k + 10``).
    """
    X = sp.csr_matrix(X, dtype=np.float64)
    X.data[:] = 1.0
    min_split_rows = max(3, min_split_rows)
    rows0 = np.flatnonzero(X.getnnz(axis=1) > 0)
    if min_class_size is None:
        min_class_size = max(min_split_rows, int(round(MIN_CLASS_SHARE * len(rows0))))
    groups: list[tuple[int, np.ndarray, np.ndarray]] = [(0, rows0, np.arange(X.shape[1]))]
    result = Hierarchy(labels=np.zeros(X.shape[0], dtype=np.int32))
    next_node = 1
    limit = 4 * k + 10 if max_splits is None else max_splits
    for step in range(1, limit + 1):
        if len(groups) >= k or not groups:
            break
        idx = int(np.argmax([len(g[1]) for g in groups]))
        node, rows, cols = groups[idx]
        if len(rows) < min_split_rows:
            break
        sub = X[rows][:, cols]
        row_ok, col_ok = sub.getnnz(axis=1) > 0, sub.getnnz(axis=0) > 0
        rows, cols, sub = rows[row_ok], cols[col_ok], sub[row_ok][:, col_ok]
        if sub.shape[0] < 3 or sub.shape[1] < 3:
            break
        first, chi2, moves = _bipartition(sub.tocsr(), max_moves)
        keep1, keep2 = select_terms(sub, first, cc_test, min_term_count)
        children = [(next_node, rows[first], cols[keep1]), (next_node + 1, rows[~first], cols[keep2])]
        groups[idx:idx + 1] = [g for g in children if len(g[1]) >= min_class_size]
        result.splits.append(Split(step, node, next_node, next_node + 1, chi2, len(rows), int(first.sum()),
                                   int((~first).sum()), len(cols), moves))
        next_node += 2
        level = _labels(groups, X.shape[0])
        if len(groups) - 2 == len(result.levels):
            result.levels.append(level)
        elif result.levels:
            result.levels[-1] = level
    if result.splits and groups:  # no split, no classification: one class says nothing
        result.labels = _labels(groups, X.shape[0])
        result.leaves = [g[0] for g in groups]
    return result


def _labels(groups: list[tuple[int, np.ndarray, np.ndarray]], n: int) -> np.ndarray:
    labels = np.zeros(n, dtype=np.int32)
    for position, (_, members, _) in enumerate(groups, start=1):
        labels[members] = position
    return labels
