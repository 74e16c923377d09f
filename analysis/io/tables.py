"""Readers for tables of articles: CSV, TSV, JSON Lines, Parquet (one article per row)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import DecodingError, EmptyInputError, InputError, MissingColumnError
from analysis.io.decode import decode_bytes
from analysis.io.metadata import ALIASES, canonical_key

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")


def _read_frame(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        try:
            return pd.read_parquet(path)
        except Exception as exc:  # pyarrow raises several unrelated types
            raise DecodingError(path, f"not a readable Parquet file ({exc.__class__.__name__}: {exc})") from None
    text = decode_bytes(path.read_bytes(), path).text
    try:
        if suffix in (".jsonl", ".ndjson"):
            records = []
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(path, f"line {n} is not valid JSON ({exc.msg})") from None
                    if not isinstance(obj, dict):
                        raise InputError(path, f"line {n} is not a JSON object")
                    records.append(obj)
            return pd.DataFrame.from_records(records)
        sep = "\t" if suffix == ".tsv" else _delimiter(text)
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, csv.Error) as exc:
        raise InputError(path, f"the table cannot be parsed: {exc}") from None


def _delimiter(text: str) -> str:
    """The CSV delimiter: whichever of , ; tab | the header line uses most (French Excel writes ;)."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_table(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Article records from a table, and one error record per unusable row."""
    frame = _read_frame(path)
    if frame.empty:
        raise EmptyInputError(path, "the table has no rows")
    original_columns = [str(c) for c in frame.columns]
    renamed = {}
    for col in frame.columns:
        key = canonical_key(col)
        if key not in renamed.values():
            renamed[col] = key
    frame = frame.rename(columns=renamed)
    if "text" not in frame.columns:
        raise MissingColumnError(
            path,
            f"no text column (looked for {', '.join(k for k, v in ALIASES.items() if v == 'text')}; "
            f"found {', '.join(original_columns)})",
        )
    records, errors = [], []
    for n, row in enumerate(frame.to_dict(orient="records")):
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append({"path": f"{path}#row={n}", "error": "EmptyInputError", "reason": f"row {n} has no text"})
            continue
        row = {k: v for k, v in row.items() if not (isinstance(v, float) and pd.isna(v))}
        row["_row"] = n
        records.append(row)
    return records, errors
