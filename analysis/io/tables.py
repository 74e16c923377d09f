"""Readers for tables of articles: CSV, TSV, JSON Lines, Parquet (one article per row).

A partly broken table keeps its good rows: a JSON Lines line that is not a JSON object, or a
CSV row with more fields than the header, is listed (``path#line=N`` and the reason) and the
other rows are read. Columns other than the text are metadata: they may add fields, not
replace those the loader owns (see :mod:`analysis.io.metadata`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import DecodingError, EmptyInputError, InputError, MissingColumnError
from analysis.io.decode import decode_bytes
from analysis.io.metadata import ALIASES, canonical_key, usable_metadata

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")
Entry = dict[str, Any]


def _bad_line(path: Path, n: int, reason: str) -> Entry:
    return {"path": f"{path}#line={n}", "error": "InputError", "reason": reason}


def _jsonl(path: Path, text: str) -> tuple[pd.DataFrame, list[Entry]]:
    records, errors = [], []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(_bad_line(path, n, f"line {n} is not valid JSON ({exc.msg}); the other lines are read"))
            continue
        if not isinstance(obj, dict):
            errors.append(_bad_line(path, n, f"line {n} is not a JSON object; the other lines are read"))
            continue
        records.append(obj)
    if not records and errors:
        raise InputError(path, f"no line holds an article: {errors[0]['reason'].split(';')[0]}")
    return pd.DataFrame.from_records(records), errors


@contextlib.contextmanager
def _no_field_limit() -> Iterator[None]:
    """Lift the csv module's 128 KiB field limit (an article body can be longer) for one read."""
    previous = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _csv_rows(path: Path, text: str, sep: str) -> tuple[pd.DataFrame, list[Entry]]:
    """A CSV pandas cannot parse, row by row: rows with too many fields are listed, the rest kept."""
    with _no_field_limit():
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
        header = next(reader, [])
        rows, errors = [], []
        for row in reader:
            if not row:
                continue
            if len(row) > len(header):
                errors.append(_bad_line(path, reader.line_num, f"line {reader.line_num} has {len(row)} fields, the "
                                                               f"header {len(header)}; the other rows are read"))
                continue
            rows.append(row + [""] * (len(header) - len(row)))
    return pd.DataFrame(rows, columns=header), errors


def _read_frame(path: Path) -> tuple[pd.DataFrame, list[Entry], tuple[str, ...]]:
    """(frame, unusable lines, decoding repairs) of one table file."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        try:
            return pd.read_parquet(path), [], ()
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several unrelated types
            raise DecodingError(path, f"not a readable Parquet file ({exc.__class__.__name__}: {exc})") from None
    decoded = decode_bytes(path.read_bytes(), path)
    text = decoded.text
    if suffix in (".jsonl", ".ndjson"):
        return (*_jsonl(path, text), decoded.warnings)
    sep = "\t" if suffix == ".tsv" else _delimiter(text)
    try:
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False), [], decoded.warnings
    except (pd.errors.ParserError, csv.Error):
        pass
    try:
        return (*_csv_rows(path, text, sep), decoded.warnings)
    except csv.Error as exc:
        raise InputError(path, f"the table cannot be parsed: {exc}") from None


def _delimiter(text: str) -> str:
    """The CSV delimiter: whichever of , ; tab | the header line uses most (French Excel writes ;)."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_table(path: Path) -> tuple[list[dict[str, Any]], list[Entry], tuple[str, ...], list[Entry]]:
    """Article records from a table: (records, unusable rows and lines, decoding repairs, metadata warnings)."""
    frame, errors, repairs = _read_frame(path)
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
    kept, warnings = usable_metadata(dict.fromkeys(frame.columns, ""), "table column", path=path,
                                     allowed=frozenset({"text"}))
    frame = frame[[c for c in frame.columns if c in kept]]
    records = []
    for n, row in enumerate(frame.to_dict(orient="records")):
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append({"path": f"{path}#row={n}", "error": "EmptyInputError", "reason": f"row {n} has no text"})
            continue
        row = {k: v for k, v in row.items() if not (isinstance(v, float) and pd.isna(v))}
        row["_row"] = n
        records.append(row)
    return records, errors, repairs, warnings
