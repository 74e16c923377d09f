"""Correspondence analysis (CA, « analyse factorielle des correspondances ») of a contingency table.

:func:`correspondence` gives what FactoMineR's ``CA()`` gives, with the same definitions (the
tests compare the numbers with FactoMineR on published example tables, up to the sign of each
axis, see ``tools/factominer_reference.R``):

- eigenvalues, with the share of the total inertia each one carries (``inertia_pct``);
- for every row and column: mass, inertia (mass × squared χ² distance to the centroid),
  principal coordinates, contributions to each axis (in %, summing to 100 over the active
  points) and cos² (quality of representation);
- supplementary rows and columns: projected on the axes, never shaping them.

Why SciPy's SVD and not ``prince``: the same code has to serve the Reinert classification,
whose first CA axis is taken on a segment × lemma matrix of ~70,000 × 20,000 cells per split.
``prince`` turns its input into a dense array (11 GB for that matrix) and computes the
standardised residuals densely; here the residual matrix is never formed: a small table is
decomposed densely (exact, every eigenvalue), a large or sparse one through
:func:`scipy.sparse.linalg.svds` on an operator that applies the centring on the fly, with the
total inertia still exact (it only needs the non-zero cells). ``prince`` also has no
supplementary columns and would bring scikit-learn and altair in for one function.

Signs of axes are arbitrary in CA; ours are fixed (the row farthest from the origin on an axis
gets a positive coordinate) so that a given table always gives the same picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.linalg import LinearOperator, svds

DEFAULT_DIMENSIONS = 5
"""Axes for which coordinates, contributions and cos² are reported (FactoMineR's ``ncp`` default)."""
DENSE_CELLS = 4_000_000
"""Tables up to this many cells are decomposed densely (every eigenvalue, exact); larger or sparse
ones through a truncated sparse SVD of the first axes only (32 MB of float64 at most here)."""
_SVDS_TOL = 1e-8
"""ARPACK tolerance on singular values (eigsh gets its square): coordinates agree with the dense
decomposition to ~1e-12, and the ordering of segments along the first axis does not change."""


@dataclass
class CAResult:
    """What a correspondence analysis gives, as frames.

    ``eigenvalues``: one row per axis (``dimension`` from 1, ``eigenvalue``, ``inertia_pct``,
    ``cumulative_pct``). ``rows`` and ``columns``: one row per point, indexed by its label, with
    ``mass``, ``inertia``, ``supplementary`` and, for each reported axis ``k``, ``dim_k``
    (principal coordinate), ``ctr_k`` (contribution in %, NaN for supplementary points) and
    ``cos2_k``. ``dropped``: active labels left out because their total was zero.
    """

    eigenvalues: pd.DataFrame
    rows: pd.DataFrame
    columns: pd.DataFrame
    total_inertia: float
    dropped: list[str] = field(default_factory=list)

    @property
    def n_dimensions(self) -> int:
        """Number of axes with coordinates."""
        return sum(1 for c in self.rows.columns if c.startswith("dim_"))

    def axis_label(self, k: int) -> str:
        """« Axe 1 (42,3 %) »: the French axis title charts use."""
        pct = self.eigenvalues.loc[self.eigenvalues["dimension"] == k, "inertia_pct"]
        share = f"{float(pct.iloc[0]):.1f}".replace(".", ",") if len(pct) else "?"
        return f"Axe {k} ({share}\u202f%)"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary: eigenvalues (descending), inertia shares, points with coordinates."""

        def points(frame: pd.DataFrame) -> list[dict[str, Any]]:
            out = []
            for label, row in frame.iterrows():
                record: dict[str, Any] = {"label": str(label)}
                for key, value in row.items():
                    record[str(key)] = None if isinstance(value, float) and np.isnan(value) else (
                        value.item() if hasattr(value, "item") else value)
                out.append(record)
            return out

        return {
            "eigenvalues": self.eigenvalues["eigenvalue"].tolist(),
            "inertia_pct": self.eigenvalues["inertia_pct"].tolist(),
            "cumulative_pct": self.eigenvalues["cumulative_pct"].tolist(),
            "total_inertia": self.total_inertia,
            "rows": points(self.rows),
            "columns": points(self.columns),
            "dropped": list(self.dropped),
        }


def _as_counts(table: pd.DataFrame | np.ndarray | sp.spmatrix) -> tuple[Any, pd.Index, pd.Index]:
    """The table's values (dense array or CSR matrix of floats) and its row and column labels."""
    if isinstance(table, pd.DataFrame):
        rows, cols = table.index, table.columns
        if any(not pd.api.types.is_numeric_dtype(t) for t in table.dtypes):
            bad = [str(c) for c, t in table.dtypes.items() if not pd.api.types.is_numeric_dtype(t)]
            raise ValueError(f"a contingency table holds counts; column(s) {', '.join(bad)} are not numeric")
        values: Any = table.to_numpy(dtype=float)
    elif sp.issparse(table):
        values = sp.csr_matrix(table, dtype=float)
        rows, cols = pd.RangeIndex(values.shape[0]), pd.RangeIndex(values.shape[1])
    else:
        values = np.asarray(table, dtype=float)
        if values.ndim != 2:
            raise ValueError("a contingency table is two-dimensional")
        rows, cols = pd.RangeIndex(values.shape[0]), pd.RangeIndex(values.shape[1])
    return values, pd.Index(rows), pd.Index(cols)


def _checked(block: Any, what: str) -> Any:
    """``block`` of the table, after making sure it holds counts (the cells crossing supplementary
    rows and supplementary columns are never used, and may be empty)."""
    data = block.data if sp.issparse(block) else block
    if not np.all(np.isfinite(data)):
        raise ValueError(f"a contingency table cannot hold missing or infinite values ({what})")
    if np.any(data < 0):
        raise ValueError(f"a contingency table holds counts: negative values are not allowed ({what})")
    return block


def _positions(labels: pd.Index, wanted: Sequence[Any] | None, what: str) -> np.ndarray:
    if not wanted:
        return np.array([], dtype=np.int64)
    missing = [w for w in wanted if w not in labels]
    if missing:
        raise ValueError(f"supplementary {what} not in the table: {', '.join(map(str, missing))}")
    return np.array([labels.get_loc(w) for w in wanted], dtype=np.int64)


def _operator(P: sp.csr_matrix, r: np.ndarray, c: np.ndarray) -> LinearOperator:
    """S = D_r^-1/2 (P - r cᵀ) D_c^-1/2 as an operator: the centring is applied, never stored."""
    sr, sc = np.sqrt(r), np.sqrt(c)
    Pt = P.T.tocsr()

    # the rank-one corrections use ufunc sums, not BLAS dot products: on a busy 2-core machine a
    # threaded ddot waits for a free core and costs milliseconds, a thousand times its work
    def matvec(x: np.ndarray) -> np.ndarray:
        x = np.ravel(x)
        return (P @ (x / sc)) / sr - sr * np.add.reduce(sc * x)

    def rmatvec(y: np.ndarray) -> np.ndarray:
        y = np.ravel(y)
        return (Pt @ (y / sr)) / sc - sc * np.add.reduce(sr * y)

    return LinearOperator(P.shape, matvec=matvec, rmatvec=rmatvec, dtype=float)


def _start(shape: tuple[int, int]) -> np.ndarray:
    """A fixed ARPACK start vector (its length is the smaller side): reproducible axes."""
    n = min(shape)
    return np.linspace(1.0, 2.0, n) / n


def _svd(P: Any, r: np.ndarray, c: np.ndarray, k: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Left vectors, singular values (descending) and right vectors of the standardised residuals.

    Dense and exact for small tables (all non-trivial axes, or the first ``k``); truncated sparse
    SVD (``k`` axes) otherwise. The start vector is fixed so that results are reproducible.
    """
    n_axes = min(P.shape) - 1
    cells = P.shape[0] * P.shape[1]
    if not sp.issparse(P) or cells <= DENSE_CELLS:
        dense = P.toarray() if sp.issparse(P) else P
        S = (dense - np.outer(r, c)) / np.sqrt(np.outer(r, c))
        U, s, Vt = np.linalg.svd(S, full_matrices=False)
        keep = n_axes if k is None else min(k, n_axes)
        return U[:, :keep], s[:keep], Vt[:keep].T
    k = min(k or DEFAULT_DIMENSIONS, n_axes)
    if k >= min(P.shape) - 1:  # ARPACK needs k < min(shape): such a table is small in one direction
        return _svd(sp.csr_matrix(P).toarray(), r, c, k)
    U, s, Vt = svds(_operator(sp.csr_matrix(P), r, c), k=k, v0=_start(P.shape), tol=_SVDS_TOL)
    order = np.argsort(-s, kind="stable")
    return U[:, order], s[order], Vt[order].T


def _fix_signs(F: np.ndarray, *others: np.ndarray) -> None:
    """Flip each axis so that the point farthest from the origin has a positive coordinate."""
    for k in range(F.shape[1]):
        if not len(F):
            return
        j = int(np.argmax(np.abs(F[:, k])))
        if F[j, k] < 0:
            F[:, k] *= -1
            for other in others:
                other[:, k] *= -1


def _squared_distances(X: Any, totals: np.ndarray, centroid: np.ndarray) -> np.ndarray:
    """χ² distance² of each row profile of ``X`` to ``centroid``: Σ_j (x_ij/x_i - c_j)² / c_j."""
    if sp.issparse(X):
        X = sp.csr_matrix(X)
        sq = X.multiply(X).multiply(1.0 / centroid[None, :]).tocsr().sum(axis=1).A1
        return sq / np.square(totals) - 1.0  # Σ p² / c - 2 Σ p + Σ c = Σ p²/c - 1 (profiles sum to 1)
    profiles = X / totals[:, None]
    return np.sum(np.square(profiles - centroid[None, :]) / centroid[None, :], axis=1)


def _frame(labels: pd.Index, mass: np.ndarray, inertia: np.ndarray, coords: np.ndarray, ctr: np.ndarray,
           cos2: np.ndarray, supplementary: bool) -> pd.DataFrame:
    data: dict[str, Any] = {"mass": mass, "inertia": inertia, "supplementary": supplementary}
    for k in range(coords.shape[1]):
        data[f"dim_{k + 1}"] = coords[:, k]
    for k in range(coords.shape[1]):
        data[f"ctr_{k + 1}"] = ctr[:, k]
    for k in range(coords.shape[1]):
        data[f"cos2_{k + 1}"] = cos2[:, k]
    return pd.DataFrame(data, index=labels)


def _project(X: Any, standard: np.ndarray, centroid: np.ndarray, labels: pd.Index) -> pd.DataFrame:
    """Supplementary points: their profiles placed by the other side's standard coordinates."""
    totals = np.asarray(X.sum(axis=1)).ravel()
    if np.any(totals <= 0):
        raise ValueError("a supplementary row or column with a zero total cannot be placed on the axes")
    coords = np.asarray(X @ standard) / totals[:, None]
    d2 = _squared_distances(X, totals, centroid)
    cos2 = np.square(coords) / np.where(d2 > 0, d2, np.nan)[:, None]
    nan = np.full(coords.shape, np.nan)
    return _frame(labels, np.full(len(labels), np.nan), np.full(len(labels), np.nan), coords, nan, cos2, True)


def correspondence(
    table: pd.DataFrame | np.ndarray | sp.spmatrix,
    *,
    n_dimensions: int | None = DEFAULT_DIMENSIONS,
    supplementary_rows: Sequence[Any] | None = None,
    supplementary_columns: Sequence[Any] | None = None,
) -> CAResult:
    """Correspondence analysis of a contingency table (rows × columns of counts).

    ``table``: a DataFrame (labels in its index and columns), an array or a sparse matrix.
    ``n_dimensions``: axes reported with coordinates (None: all); a small table always gets all
    its eigenvalues, a large sparse one the first ``n_dimensions``. ``supplementary_rows`` and
    ``supplementary_columns``: labels of rows/columns of ``table`` to project without letting
    them shape the axes. Rows or columns of the active table whose total is zero carry no
    information and are left out (listed in ``result.dropped``).
    """
    values, row_labels, col_labels = _as_counts(table)
    sup_r = _positions(row_labels, supplementary_rows, "rows")
    sup_c = _positions(col_labels, supplementary_columns, "columns")
    act_r = np.setdiff1d(np.arange(len(row_labels)), sup_r)
    act_c = np.setdiff1d(np.arange(len(col_labels)), sup_c)
    active = _checked(values[act_r][:, act_c], "active cells")
    row_tot = np.asarray(active.sum(axis=1)).ravel()
    col_tot = np.asarray(active.sum(axis=0)).ravel()
    dropped = [str(row_labels[i]) for i in act_r[row_tot <= 0]] + [str(col_labels[j]) for j in act_c[col_tot <= 0]]
    act_r, act_c = act_r[row_tot > 0], act_c[col_tot > 0]
    if len(act_r) < 2 or len(act_c) < 2:
        raise ValueError("correspondence analysis needs at least two rows and two columns with non-zero totals")
    N = values[act_r][:, act_c]
    P = N / N.sum()
    r = np.asarray(P.sum(axis=1)).ravel()
    c = np.asarray(P.sum(axis=0)).ravel()
    U, s, V = _svd(P, r, c, n_dimensions if sp.issparse(P) and P.shape[0] * P.shape[1] > DENSE_CELLS else None)
    eig = np.square(s)
    row_d2 = _squared_distances(N, np.asarray(N.sum(axis=1)).ravel(), c)
    col_d2 = _squared_distances(N.T, np.asarray(N.sum(axis=0)).ravel(), r)
    total = float(np.sum(r * row_d2))
    shown = len(s) if n_dimensions is None else min(n_dimensions, len(s))
    F = U[:, :shown] * s[:shown] / np.sqrt(r)[:, None]  # principal row coordinates
    G = V[:, :shown] * s[:shown] / np.sqrt(c)[:, None]  # principal column coordinates
    _fix_signs(F, G)
    safe_eig = np.where(eig[:shown] > 0, eig[:shown], np.nan)
    rows = _frame(row_labels[act_r], r, r * row_d2, F, 100 * r[:, None] * np.square(F) / safe_eig,
                  np.square(F) / np.where(row_d2 > 0, row_d2, np.nan)[:, None], False)
    cols = _frame(col_labels[act_c], c, c * col_d2, G, 100 * c[:, None] * np.square(G) / safe_eig,
                  np.square(G) / np.where(col_d2 > 0, col_d2, np.nan)[:, None], False)
    sing = np.where(s[:shown] > 0, s[:shown], np.nan)
    if len(sup_r):
        X = _checked(values[sup_r][:, act_c], "supplementary rows")
        rows = pd.concat([rows, _project(X, G / sing, c, row_labels[sup_r])])
    if len(sup_c):
        X = _checked(values[act_r][:, sup_c], "supplementary columns").T
        cols = pd.concat([cols, _project(sp.csr_matrix(X) if sp.issparse(X) else X, F / sing, r, col_labels[sup_c])])
    eigen = pd.DataFrame({"dimension": np.arange(1, len(eig) + 1), "eigenvalue": eig,
                          "inertia_pct": 100 * eig / total if total > 0 else np.nan})
    eigen["cumulative_pct"] = eigen["inertia_pct"].cumsum()
    return CAResult(eigenvalues=eigen, rows=rows, columns=cols, total_inertia=total, dropped=dropped)


def first_axis(X: sp.spmatrix) -> tuple[np.ndarray, float]:
    """Row coordinates on the first CA axis of a sparse count matrix, and that axis' eigenvalue.

    This is the step the Reinert classification repeats at every split; it never builds the
    dense residual matrix. Rows and columns of ``X`` must all have non-zero totals.
    """
    X = sp.csr_matrix(X, dtype=float)
    P = X / X.sum()
    r = np.asarray(P.sum(axis=1)).ravel()
    c = np.asarray(P.sum(axis=0)).ravel()
    if min(X.shape) <= 2:
        U, s, _ = _svd(P.toarray(), r, c, 1)
    else:
        U, s, _ = svds(_operator(P, r, c), k=1, v0=_start(P.shape), tol=_SVDS_TOL)
    coords = U[:, 0] * s[0] / np.sqrt(r)
    _fix_signs(coords[:, None])
    return coords, float(s[0] ** 2)
