"""Spreadsheet cells that never become formulas.

Quotes are hostile input: a speaker can be quoted saying « =HYPERLINK(…) », and a spreadsheet
opening the table would run it. Text that starts like a formula (= + - @, a tab or a carriage
return) is written as text. CSV has no cell types, so such text goes behind a leading ``'`` —
the usual convention (OWASP's), which Excel and LibreOffice show as text; :func:`unprotect_cell`
gives the original back. (XLSX cells are typed: :mod:`analysis.tables` writes them as strings.)
"""

from __future__ import annotations

import re

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (or a DDE call)."""
_PROTECTED = re.compile(r"^'*[=+\-@\t\r]")
_PROTECTION = re.compile(r"^'(?='*[=+\-@\t\r])")


def protect_cell(value: object) -> object:
    """``value`` safe for a CSV cell: text that starts like a formula gets a leading ``'``.

    Text already starting with quotes before such a character gets one more, so that
    :func:`unprotect_cell` gives back exactly the original.
    """
    return "'" + value if isinstance(value, str) and _PROTECTED.match(value) else value


def unprotect_cell(value: object) -> object:
    """The original of a cell written by :func:`protect_cell`."""
    return _PROTECTION.sub("", value, count=1) if isinstance(value, str) else value


def text_columns(frame: pd.DataFrame) -> list[str]:
    """Columns that hold text (object or string dtype): the only ones a spreadsheet could take for formulas."""
    return [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c].dtype)]


def protect_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and text index) are safe to open in a spreadsheet."""
    out = frame.copy()
    for col in text_columns(out):
        out[col] = out[col].map(protect_cell)
    if out.index.dtype == object:
        out.index = out.index.map(protect_cell)
    return out
