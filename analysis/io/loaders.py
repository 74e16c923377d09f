"""Load articles from files, folders, globs and tables into an articles frame.

Columns: doc_id, path, text, title, outlet, date, language, encoding, dateline, updated,
body_start, then any other metadata found (author, rubrique, page, url …).

A corpus load never stops at a bad file: the file is reported (``frame.attrs["errors"]``, and
one warning on the ``analysis`` logger) and every good file is still loaded; ``strict=True``
raises instead. What was read but needed care — an encoding repaired, a metadata key ignored,
a folder left out — is listed in ``frame.attrs["warnings"]`` (path, warning, reason), and
near-duplicates dropped in ``frame.attrs["duplicates"]``.
"""

from __future__ import annotations

import glob
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import InputError, MissingInputError, UnsupportedFormatError
from analysis.io.datelines import looks_like_title, parse_dateline
from analysis.io.decode import normalise_text, read_text_file
from analysis.io.documents import DOCUMENT_SUFFIXES, read_document
from analysis.io.metadata import (
    date_from_filename,
    is_metadata_file,
    parse_date,
    read_sidecar,
    slug,
)
from analysis.io.tables import TABLE_SUFFIXES, read_table
from analysis.io.walk import under_suite_output, walk_folder
from analysis.nlp.segment import paragraph_spans

log = logging.getLogger("analysis")

ARTICLE_COLUMNS = [
    "doc_id", "path", "text", "title", "outlet", "date", "language", "encoding", "dateline", "updated", "body_start",
]
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
Entry = dict[str, Any]


@dataclass
class FileRead:
    """What one file gave: article records, entries it could not use, and warnings."""

    records: list[dict[str, Any]]
    errors: list[Entry] = field(default_factory=list)
    warnings: list[Entry] = field(default_factory=list)


def _decode_warnings(path: Path, notes: Iterable[str]) -> list[Entry]:
    return [{"path": str(path), "warning": "RepairedEncoding", "reason": note} for note in notes]


def _read_txt(path: Path) -> FileRead:
    decoded = read_text_file(path)
    meta, warnings = read_sidecar(path)
    record = {**meta, "text": decoded.text, "encoding": decoded.encoding}
    return FileRead([record], [], [*_decode_warnings(path, decoded.warnings), *warnings])


def _read_html(path: Path) -> FileRead:
    from analysis.io.europresse import decode_html, read_europresse_text

    decoded = decode_html(path.read_bytes(), path)
    records, errors = read_europresse_text(decoded.text, path)
    for record in records:
        record["encoding"] = decoded.encoding
    return FileRead(records, errors, _decode_warnings(path, decoded.warnings))


def _read_table_file(path: Path) -> FileRead:
    records, errors, notes, warnings = read_table(path)
    return FileRead([{**r, "encoding": r.get("encoding", "")} for r in records], errors,
                    [*_decode_warnings(path, notes), *warnings])


def _read_document(path: Path) -> FileRead:
    records, errors = read_document(path)
    if len(records) == 1 and records[0].get("format") in ("docx", "pdf"):  # a plain document: sidecar metadata
        meta, warnings = read_sidecar(path)
        records[0] = {**meta, **records[0]}
        return FileRead(records, errors, warnings)
    return FileRead(records, errors)


READERS: dict[str, Callable[[Path], FileRead]] = {
    **{s: _read_txt for s in TEXT_SUFFIXES},
    **{s: _read_table_file for s in TABLE_SUFFIXES},
    **{s: _read_html for s in HTML_SUFFIXES},
    **{s: _read_document for s in DOCUMENT_SUFFIXES},
}
SUPPORTED_SUFFIXES = tuple(READERS)


def _reader_for(path: Path) -> Callable[[Path], FileRead]:
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
    """One articles-frame row from a reader's record (text, encoding, format and metadata)."""
    record = dict(record)
    text = normalise_text(str(record.pop("text")))
    row_no = record.pop("_row", None)
    record = {k: v for k, v in record.items() if not str(k).startswith("_")}
    date = parse_date(record.pop("date", None)) or date_from_filename(path)
    header_year = date.year if date is not None else year
    title = str(record.pop("title", None) or "").strip()
    header = _header(text, has_title=bool(title), year=header_year)
    doc_id = record.pop("doc_id", None)
    if doc_id not in (None, ""):
        doc_id = slug(doc_id)
    else:
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
    row.update({k: v for k, v in record.items() if k not in row})
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


def _load_file(path: Path, *, year: int | None) -> FileRead:
    """Rows of one file (readers drop the metadata they may not use, with a warning)."""
    if not path.exists():
        raise MissingInputError(path, "no such file or folder")
    if path.is_dir():
        raise InputError(path, "is a folder; use load_corpus() for folders")
    read = _reader_for(path)(path)
    read.records = [_to_row(r, path, year=year) for r in read.records]
    return read


def load_article(path: str | Path, *, year: int | None = None) -> pd.DataFrame:
    """Load one file (a .txt article, or a table/export holding several) as an articles frame.

    Raises an :class:`analysis.errors.InputError` naming the file and the problem.
    """
    try:
        read = _load_file(Path(path), year=year)
    except RecursionError:
        raise InputError(path, "the file is nested too deeply to be read") from None
    if not read.records:
        raise InputError(path, "no usable article in the file: " + "; ".join(e["reason"] for e in read.errors))
    frame = _frame(read.records)
    frame.attrs["errors"] = read.errors
    frame.attrs["warnings"] = read.warnings
    return frame


def _glob_base(pattern: str) -> Path:
    """The folder a glob pattern starts from (its leading parts without wildcards)."""
    fixed: list[str] = []
    for part in Path(pattern).parts:
        if any(ch in part for ch in "*?["):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def expand_inputs(
    inputs: str | Path | Iterable[str | Path],
    *,
    exclude: Iterable[str | Path] = (),
    notes: list[Entry] | None = None,
) -> tuple[list[Path], list[Entry]]:
    """Files named by paths, folders (walked to any depth) and glob patterns, in a stable order.

    Returns (files, errors): what a folder holds that cannot be read is listed in errors
    (broken links, link loops, unreadable folders, unsupported files). Folders written by this
    suite and the folders of ``exclude`` are left out, each with a note appended to ``notes``.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    exclude = list(exclude)
    notes = notes if notes is not None else []
    files: list[Path] = []
    errors: list[Entry] = []
    for item in inputs:
        item_str = str(item)
        if any(ch in item_str for ch in "*?[") and not Path(item_str).exists():
            base = _glob_base(item_str)
            matches = sorted(Path(p) for p in glob.glob(item_str, recursive=True))
            if not matches:
                errors.append({"path": item_str, "error": "MissingInputError", "reason": "the pattern matches no file"})
            for match in (m for m in matches if m.is_file() and not is_metadata_file(m)):
                reason = under_suite_output(match, base, exclude=exclude)
                if reason:
                    notes.append({"path": str(match), "warning": "SuiteOutput", "reason": reason})
                else:
                    files.append(match)
            continue
        path = Path(item_str)
        if path.is_dir():
            found, problems, left_out = walk_folder(path, wanted=_wanted, ignored=is_metadata_file, exclude=exclude)
            if not found and not problems:
                errors.append({"path": item_str, "error": "EmptyInputError", "reason": "the folder holds no readable article file"})
            files.extend(found)
            errors.extend(problems)
            notes.extend({"path": n["path"], "warning": n["error"], "reason": n["reason"]} for n in left_out)
        else:
            files.append(path)
    unique = list(dict.fromkeys(files))
    return unique, errors


def _read_files(files: Sequence[Path], *, strict: bool, year: int | None) -> FileRead:
    """Every file's rows; a file that fails is listed with its reason (or raises with ``strict``)."""
    total = FileRead([])
    for path in files:
        try:
            read = _load_file(path, year=year)
        except InputError as exc:
            if strict:
                raise
            total.errors.append({"path": str(path), "error": type(exc).__name__, "reason": exc.reason})
            continue
        except OSError as exc:
            if strict:
                raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
            total.errors.append({"path": str(path), "error": type(exc).__name__,
                                 "reason": f"cannot be read ({exc.strerror or exc})"})
            continue
        except (RecursionError, MemoryError) as exc:
            if strict:
                raise InputError(path, "the file is nested too deeply or too large to be read") from exc
            total.errors.append({"path": str(path), "error": type(exc).__name__,
                                 "reason": "the file is nested too deeply or too large to be read"})
            continue
        except Exception as exc:  # noqa: BLE001 - a reader bug on odd input loses this file, never the folder
            if strict:
                raise InputError(path, f"cannot be read ({type(exc).__name__}: {exc})") from exc
            total.errors.append({"path": str(path), "error": type(exc).__name__,
                                 "reason": f"cannot be read ({type(exc).__name__}: {str(exc)[:200]})"})
            continue
        if strict and read.errors:
            raise InputError(read.errors[0]["path"], read.errors[0]["reason"])
        total.records.extend(read.records)
        total.errors.extend(read.errors)
        total.warnings.extend(read.warnings)
    return total


def log_problems(errors: Iterable[Entry], warnings: Iterable[Entry] = (), duplicates: Iterable[Entry] = ()) -> None:
    """One line on the ``analysis`` logger per skipped file, warning and dropped near-duplicate."""
    for err in errors:
        log.warning("skipped %s: %s", err["path"], err["reason"])
    for note in warnings:
        log.warning("%s: %s", note["path"], note["reason"])
    for dup in duplicates:
        log.warning("dropped near-duplicate %s (similarity %.2f with %s, kept)", dup["dropped"], dup["similarity"],
                    dup["kept"])


def load_corpus(
    inputs: str | Path | Sequence[str | Path],
    *,
    strict: bool = False,
    year: int | None = None,
    dedup: bool | float = True,
    exclude: Iterable[str | Path] = (),
    quiet: bool = False,
) -> pd.DataFrame:
    """Load files, folders or glob patterns into one articles frame.

    Bad files are skipped and listed in ``frame.attrs["errors"]`` (path, error, reason); with
    ``strict=True`` the first one raises instead. Repairs and ignored metadata are listed in
    ``frame.attrs["warnings"]``. ``dedup`` removes near-duplicate articles (same story in
    several editions); a float sets its similarity threshold, False switches it off. What was
    dropped is in ``frame.attrs["duplicates"]``. ``exclude`` names folders never to read (an
    output folder inside an input folder); folders written by this suite are never read either.
    Each problem is logged once on the ``analysis`` logger, unless ``quiet``.
    """
    notes: list[Entry] = []
    files, errors = expand_inputs(inputs, exclude=exclude, notes=notes)
    if strict and errors:
        raise InputError(errors[0]["path"], errors[0]["reason"])
    read = _read_files(files, strict=strict, year=year)
    errors.extend(read.errors)
    warnings = [*notes, *read.warnings]
    frame = _frame(read.records)
    duplicates: list[Entry] = []
    if dedup is not False and len(frame) > 1:
        from analysis.io.dedup import drop_near_duplicates

        threshold = None if dedup is True else float(dedup)
        frame, duplicates = drop_near_duplicates(frame, threshold=threshold)
    if not quiet:
        log_problems(errors, warnings, duplicates)
    frame.attrs["errors"] = errors
    frame.attrs["warnings"] = warnings
    frame.attrs["duplicates"] = duplicates
    return frame
