"""Correspondence analysis agrees with FactoMineR's CA() on published example tables.

The reference values come from ``tools/factominer_reference.R`` (run once with R; the tests do
not need R). Axes have arbitrary signs: coordinates are compared up to the sign of each axis.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from analysis.lexico import ca as ca_module
from analysis.lexico import correspondence

EXAMPLES = ["children", "smoke", "author", "jo"]
TOLERANCE = 1e-9


def _matrix(ref: dict) -> tuple[np.ndarray, list[str]]:
    return np.array(ref["values"], dtype=float), ref["labels"]


def _ours(frame: pd.DataFrame, labels: list[str], prefix: str, n: int) -> np.ndarray:
    return frame.loc[labels, [f"{prefix}{k}" for k in range(1, n + 1)]].to_numpy(dtype=float)


def _up_to_sign(ours: np.ndarray, theirs: np.ndarray) -> float:
    return float(np.max(np.minimum(np.abs(ours - theirs), np.abs(ours + theirs))))


def _analyse(table: pd.DataFrame, ref: dict, **options):
    return correspondence(table, n_dimensions=ref["ncp"], supplementary_rows=ref["row_sup"] or None,
                          supplementary_columns=ref["col_sup"] or None, **options)


@pytest.mark.parametrize("name", EXAMPLES)
def test_eigenvalues_and_inertia_match_factominer(name, factominer_reference):
    table, ref = factominer_reference(name)
    result = _analyse(table, ref)
    theirs = np.array(ref["eig"]["values"])
    ours = result.eigenvalues[["eigenvalue", "inertia_pct", "cumulative_pct"]].to_numpy()
    assert ours.shape == theirs.shape
    assert np.max(np.abs(ours - theirs)) < TOLERANCE
    assert list(result.eigenvalues["eigenvalue"]) == sorted(result.eigenvalues["eigenvalue"], reverse=True)


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("side", ["row", "col"])
def test_coordinates_contributions_cos2_match_factominer(name, side, factominer_reference):
    table, ref = factominer_reference(name)
    result = _analyse(table, ref)
    frame = result.rows if side == "row" else result.columns
    active = frame[~frame["supplementary"]]
    coord, labels = _matrix(ref[side]["coord"])
    n = coord.shape[1]
    assert _up_to_sign(_ours(active, labels, "dim_", n), coord) < TOLERANCE
    contrib, labels = _matrix(ref[side]["contrib"])
    assert np.max(np.abs(_ours(active, labels, "ctr_", n) - contrib)) < TOLERANCE
    cos2, labels = _matrix(ref[side]["cos2"])
    assert np.max(np.abs(_ours(active, labels, "cos2_", n) - cos2)) < TOLERANCE
    assert np.max(np.abs(active.loc[labels, "inertia"].to_numpy() - np.array(ref[side]["inertia"]))) < TOLERANCE
    assert active["ctr_1"].sum() == pytest.approx(100)


def test_supplementary_rows_and_columns_match_factominer(factominer_reference):
    table, ref = factominer_reference("children")
    result = _analyse(table, ref)
    for side, frame in (("row", result.rows), ("col", result.columns)):
        sup = frame[frame["supplementary"]]
        coord, labels = _matrix(ref[f"{side}_sup_values"]["coord"])
        assert sorted(sup.index) == sorted(labels)
        assert _up_to_sign(_ours(sup, labels, "dim_", coord.shape[1]), coord) < TOLERANCE
        cos2, labels = _matrix(ref[f"{side}_sup_values"]["cos2"])
        assert np.max(np.abs(_ours(sup, labels, "cos2_", cos2.shape[1]) - cos2)) < TOLERANCE
        assert sup["ctr_1"].isna().all()  # supplementary points do not shape the axes


@pytest.mark.parametrize("name", ["jo", "author"])
def test_sparse_truncated_path_matches_dense(name, factominer_reference, monkeypatch):
    table, ref = factominer_reference(name)
    monkeypatch.setattr(ca_module, "DENSE_CELLS", 0)  # force the operator + svds path
    result = correspondence(sp.csr_matrix(table.to_numpy()), n_dimensions=5)
    theirs = np.array(ref["eig"]["values"])[:5, :2]
    assert np.max(np.abs(result.eigenvalues[["eigenvalue", "inertia_pct"]].to_numpy() - theirs)) < 1e-8
    coord, _ = _matrix(ref["row"]["coord"])
    ours = result.rows[[f"dim_{k}" for k in range(1, 6)]].to_numpy()
    assert _up_to_sign(ours, coord) < 1e-8


def test_first_axis_is_the_first_ca_axis(factominer_reference):
    table, ref = factominer_reference("jo")
    coords, eigenvalue = ca_module.first_axis(sp.csr_matrix(table.to_numpy()))
    coord, _ = _matrix(ref["row"]["coord"])
    assert eigenvalue == pytest.approx(ref["eig"]["values"][0][0], rel=1e-10)
    assert _up_to_sign(coords[:, None], coord[:, :1]) < 1e-10


def test_results_are_identical_on_reruns_and_signs_fixed(factominer_reference):
    table, _ = factominer_reference("author")
    a, b = correspondence(table), correspondence(table.copy())
    pd.testing.assert_frame_equal(a.rows, b.rows)
    for k in range(1, a.n_dimensions + 1):
        column = a.rows[f"dim_{k}"]
        assert column.iloc[int(np.argmax(np.abs(column.to_numpy())))] > 0


def test_zero_rows_are_dropped_and_listed():
    table = pd.DataFrame({"a": [3, 0, 5, 2], "b": [1, 0, 2, 6], "c": [4, 0, 1, 1]}, index=["w", "empty", "y", "z"])
    result = correspondence(table)
    assert result.dropped == ["empty"]
    assert "empty" not in result.rows.index


@pytest.mark.parametrize("bad", [
    pd.DataFrame({"a": [1, -2], "b": [3, 4]}),
    pd.DataFrame({"a": [1, np.nan], "b": [3, 4]}),
    pd.DataFrame({"a": [1, 2]}),
    pd.DataFrame({"a": ["x", "y"], "b": [3, 4]}),
])
def test_bad_tables_raise_clear_errors(bad):
    with pytest.raises(ValueError, match="contingency|correspondence"):
        correspondence(bad)


def test_cli_prints_eigenvalues_and_inertia_as_json(factominer_reference, tmp_path, lexico_cli):
    table, ref = factominer_reference("smoke")
    table.to_csv(tmp_path / "t.csv")
    out = lexico_cli("ca", str(tmp_path / "t.csv"))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["eigenvalues"] == sorted(data["eigenvalues"], reverse=True)
    assert np.allclose(data["inertia_pct"], [row[1] for row in ref["eig"]["values"]])
    assert {r["label"] for r in data["rows"]} == set(table.index)


def test_cli_names_the_file_of_a_bad_table(tmp_path, lexico_cli):
    path = tmp_path / "bad.csv"
    path.write_text("label,a,b\nx,1,deux\ny,3,4\n", encoding="utf-8")
    out = lexico_cli("ca", str(path))
    assert out.returncode == 1
    assert "bad.csv" in out.stderr and "non-numeric" in out.stderr
