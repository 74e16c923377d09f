"""Spreadsheet cells never become formulas: quotes starting with = + - @ (or tab, CR) stay text in XLSX and CSV."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

from analysis.cli_output import write_frame
from analysis.tables import read_table_csv, save_table, write_workbook

CELLS = ['=HYPERLINK("http://exemple.invalid","clic")', "+33 6 12 34 56 78", "-12 % sur un an", "@compte a écrit",
         "\t=1+1", "\r=1+1", "'=déjà protégé", "« Une citation ordinaire »"]


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"quote": CELLS, "n": range(-4, len(CELLS) - 4), "score": [-0.5] * len(CELLS)})


def test_csv_cells_that_could_start_a_formula_are_prefixed_with_a_quote(tmp_path):
    path = save_table(_frame(), "02-quotes", out_dir=tmp_path)
    raw = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in raw["quote"])
    assert raw["quote"].tolist()[:4] == ["'" + v for v in CELLS[:4]]
    assert raw["n"].tolist()[0] == "-4" and raw["score"].tolist()[0] == "-0.5"  # numbers stay numbers
    back = read_table_csv(path)
    assert back["quote"].tolist() == CELLS and back["n"].tolist() == list(range(-4, len(CELLS) - 4))


def test_xlsx_cells_starting_with_formula_characters_are_text(tmp_path):
    for tables in ({"02-quotes": _frame()}, tmp_path / "csv"):
        if not isinstance(tables, dict):
            save_table(_frame(), "02-quotes", out_dir=tables)
        path = write_workbook(tables, tmp_path / "all-tables.xlsx")
        sheet = openpyxl.load_workbook(path)["02-quotes"]
        cells = [row[0] for row in sheet.iter_rows(min_row=2)]
        assert [c.data_type for c in cells] == ["s"] * len(CELLS)
        assert [c.value for c in cells] == CELLS
        assert all(c.quotePrefix for c in cells[:6])
        assert [row[1].value for row in sheet.iter_rows(min_row=2)][:2] == [-4, -3]


def test_command_line_csv_is_protected_too():
    stream = io.StringIO()
    write_frame(_frame()[["quote"]], "csv", stream=stream)
    rows = pd.read_csv(io.StringIO(stream.getvalue()), dtype=str, keep_default_na=False)["quote"].tolist()
    assert rows[0] == "'" + CELLS[0] and rows[-1] == CELLS[-1]
