"""Save tables the way researchers open them: CSV in UTF-8 with BOM (Excel reads accents), and
one XLSX workbook gathering every table of a report, one sheet each.

Cells never become formulas (see :mod:`analysis.cells`): in XLSX, text that starts like a
formula is a string cell with Excel's own « quote prefix » (the value itself unchanged); in CSV
it is written behind a leading ``'``, which :func:`read_table_csv` removes again.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.cells import FORMULA_START, protect_frame, text_columns, unprotect_cell
from analysis.plots.save import safe_name

XLSX_SHEET_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
def tables_dir(out_dir: str | Path | None = None) -> Path:
    """Where tables go: ``out_dir``, else $ANALYSIS_TABLES_DIR, else reports/tables."""
    return Path(out_dir or os.environ.get("ANALYSIS_TABLES_DIR") or config.TABLES_DIR)


def save_table(frame: pd.DataFrame, name: str, *, out_dir: str | Path | None = None, index: bool = False) -> Path:
    """Write ``frame`` as ``<out_dir>/<name>.csv`` (UTF-8 with BOM) and return the path."""
    directory = tables_dir(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{safe_name(name)}.csv"
    # every text cell quoted: the csv module leaves a lone carriage return unquoted, which readers take for a line end
    protect_frame(frame).to_csv(path, index=index, encoding="utf-8-sig", lineterminator="\n",
                                quoting=csv.QUOTE_NONNUMERIC)
    return path


def read_table_csv(path: str | Path) -> pd.DataFrame:
    """Read back a CSV written by :func:`save_table` (BOM, accents and protected cells handled)."""
    frame = pd.read_csv(path, encoding="utf-8-sig")
    for col in text_columns(frame):
        frame[col] = frame[col].map(unprotect_cell)
    return frame


def sheet_names(names: Iterable[str]) -> list[str]:
    """Excel-safe, unique sheet names (≤ 31 characters, none of ``[]:*?/\\``), in order."""
    result: list[str] = []
    taken: set[str] = set()
    for name in names:
        base = _SHEET_FORBIDDEN.sub("-", str(name)).strip("'") or "table"
        candidate = base[:XLSX_SHEET_MAX]
        n = 2
        while candidate.casefold() in taken:
            suffix = f"~{n}"
            candidate = base[: XLSX_SHEET_MAX - len(suffix)] + suffix
            n += 1
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def _excel_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy Excel can store: timezone-naive dates, lists as text, no illegal control characters."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    out = frame.copy()
    for col in out.columns:
        series = out[col]
        if isinstance(series.dtype, pd.DatetimeTZDtype):
            out[col] = series.dt.tz_localize(None)
        elif series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            out[col] = series.map(
                lambda v: ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str)
                else (", ".join(map(str, v)) if isinstance(v, (list, tuple, set)) else v)
            )
    return out


def _no_formulas(ws: object) -> None:
    """Text cells that start like a formula become string cells with a quote prefix (openpyxl
    turns any string starting with « = » into a formula)."""
    for row in ws.iter_rows(min_row=2):  # type: ignore[attr-defined]
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                cell.data_type = "s"
                cell.quotePrefix = True


_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _make_reproducible(path: Path) -> None:
    """Fixed zip timestamps and document dates: the same tables give a byte-identical XLSX."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    tmp = path.with_suffix(".xlsx.tmp")
    with zipfile.ZipFile(tmp, "w") as target:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _CORE_DATES.sub(rb"\g<1>1980-01-01T00:00:00Z\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, data)
    os.replace(tmp, path)


WORKBOOK_MAX_ROWS = 20_000
"""Tables longer than this stay CSV only: a workbook of hundreds of thousands of rows takes
minutes to write and to open (one row per token or per segment of a corpus is such a table)."""
LEFT_OUT_SHEET = "non inclus"


def _row_count(path: Path) -> int:
    with open(path, "rb") as handle:
        return max(sum(1 for _ in handle) - 1, 0)


def write_workbook(tables: Mapping[str, pd.DataFrame] | str | Path, path: str | Path, *,
                   max_rows: int | None = WORKBOOK_MAX_ROWS) -> Path:
    """Write every table into one XLSX workbook at ``path``, one sheet per table, and return it.

    ``tables`` is ``{name: frame}`` or a folder of CSV files written by :func:`save_table`
    (sorted by name, so 01-… comes first). Header row bold and frozen, columns sized to fit.
    Tables of more than ``max_rows`` rows are left out, and listed on a first sheet « non inclus »
    with their CSV file (None keeps every table). The file is byte-identical for identical tables
    (no timestamps).
    """
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    left_out: list[tuple[str, int]] = []
    if not isinstance(tables, Mapping):
        folder = Path(tables)
        csvs = sorted(folder.glob("*.csv"))
        sizes = {p: _row_count(p) for p in csvs}  # line count: a text cell with a line break counts twice, never less
        left_out = [(p.name, sizes[p]) for p in csvs if max_rows is not None and sizes[p] > max_rows]
        tables = {p.stem: read_table_csv(p) for p in csvs if max_rows is None or sizes[p] <= max_rows}
    else:
        left_out = [(f"{k}.csv", len(v)) for k, v in tables.items() if max_rows is not None and len(v) > max_rows]
        tables = {k: v for k, v in tables.items() if max_rows is None or len(v) <= max_rows}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    names = sheet_names(tables)
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        if left_out:
            pd.DataFrame({"tableau": [n for n, _ in left_out], "lignes": [r for _, r in left_out],
                          "note": f"plus de {max_rows} lignes : en CSV seulement, dans le dossier tables/"}
                         ).to_excel(writer, sheet_name=LEFT_OUT_SHEET, index=False)
        if not tables and not left_out:
            pd.DataFrame({"note": ["Aucun tableau dans ce rapport."]}).to_excel(writer, sheet_name="vide", index=False)
        for sheet, frame in zip(names, tables.values(), strict=True):
            _excel_safe(frame).to_excel(writer, sheet_name=sheet, index=False)
            ws = writer.sheets[sheet]
            _no_formulas(ws)
            ws.freeze_panes = "A2"
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for i, col in enumerate(frame.columns, start=1):
                values = [str(col)] + [str(v) for v in frame[col].head(200).tolist()]
                ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, max(map(len, values)) + 2))
    _make_reproducible(path)
    return path
