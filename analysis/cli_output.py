"""Write frames to the terminal or a pipe: JSON Lines, CSV or an aligned table."""

from __future__ import annotations

import json
import sys
from typing import IO, Literal

import pandas as pd

from analysis.cells import protect_frame

Format = Literal["jsonl", "csv", "table"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "table")


def _jsonable(value: object) -> object:
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value


def write_frame(frame: pd.DataFrame, fmt: Format = "jsonl", stream: IO[str] | None = None) -> None:
    """Print ``frame`` in ``fmt``: one JSON object per line, CSV with header, or a table."""
    stream = stream or sys.stdout
    if fmt == "jsonl":
        for record in frame.to_dict(orient="records"):
            stream.write(json.dumps({k: _jsonable(v) for k, v in record.items()}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        protect_frame(frame).to_csv(stream, index=False)  # a spreadsheet never reads a quote as a formula
    elif fmt == "table":
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 80):
            stream.write(frame.to_string(index=False) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
