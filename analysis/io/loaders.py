"""Load articles from files, folders, globs and tables into an articles frame.

Columns: doc_id, path, text, title, outlet, date, language, encoding, dateline, updated,
body_start, then any other metadata found (author, rubrique, page, url …).

A corpus load never stops at a bad file: the file is reported (``frame.attrs["errors"]``, and
a warning on the ``analysis`` logger) and every good file is still loaded; ``strict=True``
raises instead.
"""

from __future__ import annotations

import glob
import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import InputError, MissingInputError, UnsupportedFormatError
from analysis.io.datelines import looks_like_title, parse_dateline
from analysis.io.decode import normalise_text, read_text_file
from analysis.io.metadata import (
    canonical_metadata,
    date_from_filename,
    is_metadata_file,
    parse_date,
    read_sidecar,
    slug,
)
from analysis.io.tables import TABLE_SUFFIXES, read_table
from analysis.nlp.segment import paragraph_spans

log = logging.getLogger("analysis")

ARTICLE_COLUMNS = [
    "doc_id", "path", "text", "title", "outlet", "date", "language", "encoding", "dateline", "updated", "body_start",
]
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def _read_txt(path: Path) -> Records:
    decoded = read_text_file(path)
    record = {"text": decoded.text, "encoding": decoded.encoding, **read_sidecar(path)}
    return [record], []


def _read_html(path: Path) -> Records:
    try:
        from analysis.io.europresse import read_europresse
    except ImportError:
        raise UnsupportedFormatError(path, "HTML (Europresse) import is not available in this version") from None
    return read_europresse(path)


def _read_table_file(path: Path) -> Records:
    records, errors = read_table(path)
    return [{**r, "encoding": r.get("encoding", "")} for r in records], errors


READERS: dict[str, Callable[[Path], Records]] = {
    **{s: _read_txt for s in TEXT_SUFFIXES},
    **{s: _read_table_file for s in TABLE_SUFFIXES},
    **{s: _read_html for s in HTML_SUFFIXES},
}
SUPPORTED_SUFFIXES = tuple(READERS)


def _reader_for(path: Path) -> Callable[[Path], Records]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedFormatError(
            path, f"unsupported file type {path.suffix or '(no extension)'!r}; readable: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    return reader


def _header(text: str, *, has_title: bool, year: int | None) -> dict[str, Any]:
    """Dateline and title lines at the top of ``text``, and where the body starts."""
    paragraphs = paragraph_spans(text)
    info: dict[str, Any] = {"dateline": "", "updated": None, "body_start": paragraphs[0].start if paragraphs else 0}
    k = 0
    if paragraphs and (d := parse_dateline(text[paragraphs[0].start:paragraphs[0].end], year=year)):
        info.update(dateline=d.text, updated=d.updated)
        k = 1
    if not has_title and len(paragraphs) > k + 1:
        first = text[paragraphs[k].start:paragraphs[k].end]
        if looks_like_title(first):
            info["title"] = first
            k += 1
    if k:
        info["body_start"] = paragraphs[k].start if k < len(paragraphs) else len(text)
    return info


def _to_row(record: dict[str, Any], path: Path, *, year: int | None) -> dict[str, Any]:
    record = canonical_metadata({k: v for k, v in record.items() if not k.startswith("_")}) | {
        k: v for k, v in record.items() if k.startswith("_")
    }
    text = normalise_text(str(record.pop("text")))
    date = parse_date(record.get("date")) or date_from_filename(path)
    header_year = date.year if date is not None else year
    title = str(record.get("title") or "").strip()
    header = _header(text, has_title=bool(title), year=header_year)
    row_no = record.pop("_row", None)
    if record.get("doc_id") not in (None, ""):
        doc_id = slug(record.pop("doc_id"))
    else:
        record.pop("doc_id", None)
        doc_id = slug(path.stem) + (f"-{int(row_no):05d}" if row_no is not None else "")
    row = {
        "doc_id": doc_id,
        "path": str(path.resolve()) + (f"#row={row_no}" if row_no is not None else ""),
        "text": text,
        "title": title or header.get("title", ""),
        "outlet": str(record.pop("outlet", "") or ""),
        "date": date,
        "language": str(record.pop("language", "") or "fr"),
        "encoding": str(record.pop("encoding", "") or ""),
        "dateline": header["dateline"],
        "updated": header["updated"],
        "body_start": int(header["body_start"]),
    }
    record.pop("title", None)
    record.pop("date", None)
    row.update({k: v for k, v in record.items() if not k.startswith("_")})
    return row


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    for col in ARTICLE_COLUMNS:
        if col not in frame.columns:
            frame[col] = pd.Series(dtype="object")
    extra = [c for c in frame.columns if c not in ARTICLE_COLUMNS]
    frame = frame[ARTICLE_COLUMNS + extra]
    frame["date"] = pd.to_datetime(frame["date"])
    frame["body_start"] = frame["body_start"].fillna(0).astype("int64")
    seen: dict[str, int] = {}
    ids = []
    for doc_id in frame["doc_id"]:
        seen[doc_id] = seen.get(doc_id, 0) + 1
        ids.append(doc_id if seen[doc_id] == 1 else f"{doc_id}-{seen[doc_id]}")
    frame["doc_id"] = ids
    return frame.reset_index(drop=True)


def _load_file(path: Path, *, year: int | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if not path.exists():
        raise MissingInputError(path, "no such file or folder")
    if path.is_dir():
        raise InputError(path, "is a folder; use load_corpus() for folders")
    records, errors = _reader_for(path)(path)
    return [_to_row(r, path, year=year) for r in records], errors


def load_article(path: str | Path, *, year: int | None = None) -> pd.DataFrame:
    """Load one file (a .txt article, or a table/export holding several) as an articles frame.

    Raises an :class:`analysis.errors.InputError` naming the file and the problem.
    """
    rows, errors = _load_file(Path(path), year=year)
    if not rows:
        raise InputError(path, "no usable article in the file: " + "; ".join(e["reason"] for e in errors))
    frame = _frame(rows)
    frame.attrs["errors"] = errors
    return frame


def expand_inputs(inputs: str | Path | Iterable[str | Path]) -> tuple[list[Path], list[dict[str, Any]]]:
    """Files named by paths, folders (searched recursively) and glob patterns, in a stable order."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    files: list[Path] = []
    errors: list[dict[str, Any]] = []
    for item in inputs:
        item_str = str(item)
        if any(ch in item_str for ch in "*?[") and not Path(item_str).exists():
            matches = sorted(Path(p) for p in glob.glob(item_str, recursive=True))
            if not matches:
                errors.append({"path": item_str, "error": "MissingInputError", "reason": "the pattern matches no file"})
            files.extend(m for m in matches if m.is_file())
            continue
        path = Path(item_str)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not is_metadata_file(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                errors.append({"path": item_str, "error": "EmptyInputError", "reason": "the folder holds no readable article file"})
            files.extend(found)
        else:
            files.append(path)
    unique = list(dict.fromkeys(files))
    return unique, errors


def load_corpus(
    inputs: str | Path | Sequence[str | Path],
    *,
    strict: bool = False,
    year: int | None = None,
    dedup: bool | float = True,
) -> pd.DataFrame:
    """Load files, folders or glob patterns into one articles frame.

    Bad files are skipped and listed in ``frame.attrs["errors"]`` (path, error, reason); with
    ``strict=True`` the first one raises instead. ``dedup`` removes near-duplicate articles
    (same story in several editions) when the deduplication module is available; a float sets
    its similarity threshold, False switches it off. What was dropped is in
    ``frame.attrs["duplicates"]``.
    """
    files, errors = expand_inputs(inputs)
    if strict and errors:
        raise MissingInputError(errors[0]["path"], errors[0]["reason"])
    rows: list[dict[str, Any]] = []
    for path in files:
        try:
            file_rows, file_errors = _load_file(path, year=year)
        except InputError as exc:
            if strict:
                raise
            errors.append({"path": str(path), "error": type(exc).__name__, "reason": exc.reason})
            continue
        except OSError as exc:
            if strict:
                raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
            errors.append({"path": str(path), "error": type(exc).__name__, "reason": f"cannot be read ({exc.strerror or exc})"})
            continue
        if strict and file_errors:
            raise InputError(file_errors[0]["path"], file_errors[0]["reason"])
        errors.extend(file_errors)
        rows.extend(file_rows)
    for err in errors:
        log.warning("skipped %s: %s", err["path"], err["reason"])
    frame = _frame(rows)
    duplicates: list[dict[str, Any]] = []
    if dedup is not False and len(frame) > 1:
        try:
            from analysis.io.dedup import drop_near_duplicates
        except ImportError:
            pass
        else:
            threshold = None if dedup is True else float(dedup)
            frame, duplicates = drop_near_duplicates(frame, threshold=threshold)
    frame.attrs["errors"] = errors
    frame.attrs["duplicates"] = duplicates
    return frame
