"""Europresse exports without markup (PDF, Word) → one article record per document.

A PDF or .docx export of a Europresse selection prints each document as its HTML page shows
it (see :mod:`analysis.io.europresse`): the publication name, the header line « Rubrique,
mercredi 13 avril 2022 654 mots, p. 3 », the title (a subtitle, the author), the body, the
copyright line and « Numéro de document : news·20220413·XX·… », which closes the document.
Without class names to go by, the documents are cut after each document-number line, and each
one is read from its header line: the line before it is the publication, the line after it
the title, then an author line when one looks like a name. Lines before the first publication
name (a cover page, a table of contents), page numbers and the boilerplate of the HTML reader
are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from analysis.io.europresse import (
    DOC_NUMBER,
    HEADER_DATE,
    WORD_COUNT,
    body_lines,
    finish_record,
    is_boilerplate,
    looks_like_author,
    normalise_outlet,
    parse_header,
)

Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]
HEADER_SEARCH = 12
"""Lines from the start of a document within which a date line without a word count still
counts as its header (with a word count, « … 654 mots », it counts anywhere)."""
_DOC_NUMBER_LINE = re.compile(r"^\s*(?:num[ée]ro de document|document number)\s*:", re.IGNORECASE)
_PAGE_FURNITURE = re.compile(r"^(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$",
                             re.IGNORECASE)
"""Page numbers printed alone on a line: « 3 », « Page 3 sur 12 », « 3/12 », « - 3 - »."""


def _is_header(line: str) -> bool:
    return bool(HEADER_DATE.search(line) and WORD_COUNT.search(line))


def is_export(lines: Sequence[str]) -> bool:
    """Does a document's text look like a Europresse export (a document number, or a header line)?"""
    return any(_DOC_NUMBER_LINE.match(line) and DOC_NUMBER.search(line) for line in lines) or any(
        _is_header(line) for line in lines[:HEADER_SEARCH])


def _documents(lines: Sequence[str]) -> list[list[str]]:
    """Lines cut after each document-number line; a tail without a header (a certificate) is dropped."""
    documents: list[list[str]] = [[]]
    for line in lines:
        documents[-1].append(line)
        if _DOC_NUMBER_LINE.match(line) and DOC_NUMBER.search(line):
            documents.append([])
    if not any(_is_header(line) for line in documents[-1]):
        documents.pop()
    return [d for d in documents if any(d)]


def _header_index(lines: Sequence[str]) -> int | None:
    for k, line in enumerate(lines):
        if _is_header(line):
            return k
    return next((k for k, line in enumerate(lines[:HEADER_SEARCH]) if HEADER_DATE.search(line)), None)


def _record(lines: list[str], paragraphs: Callable[[list[str]], list[str]]) -> dict[str, Any]:
    """Fields of one document's lines (text may be empty: the caller decides)."""
    lines = [line for line in lines if not _PAGE_FURNITURE.match(line)]
    record: dict[str, Any] = {}
    k = _header_index(lines)
    rest = lines
    if k is not None:
        record["header"] = lines[k]
        record.update(parse_header(lines[k]))
        outlet_raw = next((line for line in reversed(lines[:k]) if line), "")
        if outlet_raw:
            record["outlet"] = normalise_outlet(outlet_raw)
            if record["outlet"] != outlet_raw:
                record["outlet_raw"] = outlet_raw
        rest = lines[k + 1:]
    for line in lines:
        if _DOC_NUMBER_LINE.match(line) and (m := DOC_NUMBER.search(line)):
            record["doc_number"] = m.group(0)
    content = list(rest)
    if k is not None:
        content = _skip_blank(content)
        if content:
            record["title"] = content.pop(0)
        content = _skip_blank(content)
        if len(content) > 1 and looks_like_author(content[0]):
            record["author"] = content.pop(0)
    record["text"] = "\n".join(paragraphs(body_lines(content)))
    return record


def _skip_blank(lines: list[str]) -> list[str]:
    """``lines`` from the first that is neither empty nor boilerplate."""
    k = 0
    while k < len(lines) and (not lines[k] or is_boilerplate(lines[k])):
        k += 1
    return lines[k:]


def split_export(lines: Sequence[str], path: str | Path, *, layout: str,
                 paragraphs: Callable[[list[str]], list[str]] = list) -> Records:
    """(records, errors) of an export's text lines; ``paragraphs`` joins body lines into paragraphs."""
    records: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for n, lines_of in enumerate(_documents(lines), start=1):
        record = finish_record(_record(lines_of, paragraphs))
        if not record["text"].strip():
            label = record.get("title") or record.get("doc_number") or f"document {n}"
            errors.append({"path": f"{path}#article={n}", "error": "EmptyInputError",
                           "reason": f"Europresse document {n} ({label!s:.60}) has no body text"})
            continue
        record["_row"] = n
        record["format"] = layout
        record["encoding"] = ""
        records.append(record)
    if not records and not errors:
        errors.append({"path": str(path), "error": "EmptyInputError", "reason": "the Europresse export holds no article"})
    return records, errors
