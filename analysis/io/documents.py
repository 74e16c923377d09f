"""Word (.docx) and PDF files as articles: their text in paragraphs, Europresse exports split.

A .docx is read with python-docx (paragraphs and table cells, in document order); a PDF with
pypdf (the text layer, page by page). PDF text comes as printed lines: they are joined back
into paragraphs (:func:`reflow`), since a line break ends a sentence for the rest of the suite.
A file that holds several Europresse articles (a PDF or Word export of a Europresse selection)
is split into one article per document (:mod:`analysis.io.europresse_lines`); any other file
is one article. What cannot be read — a corrupt or encrypted file, a scanned PDF without a text
layer — raises an :class:`InputError` saying so.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.errors import DecodingError, EmptyInputError, InputError
from analysis.fr.page import KEEP_HYPHEN_BEFORE
from analysis.io.decode import normalise_text

DOCUMENT_SUFFIXES = (".docx", ".pdf")
MAX_DOCX_XML_BYTES = 200 * 2**20
"""Uncompressed size above which a .docx part is refused: a Word file holding even a long
report has a few MB of XML; hundreds of MB is a zip bomb, not an article."""
SHORT_LINE = 0.8
"""A printed line shorter than this share of the text width ends its paragraph (when it ends a
sentence or the next line starts one): lines inside a justified or ragged paragraph run close
to the full width."""
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?…:»\"”)]$")
_STARTS_SENTENCE = re.compile(r"^[«\"“—–\-•A-ZÀ-ÖØ-Þ0-9]")

Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def _check_docx_size(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            big = [i.filename for i in archive.infolist() if i.file_size > MAX_DOCX_XML_BYTES]
    except zipfile.BadZipFile:
        raise DecodingError(path, "not a readable Word file (.docx is a zip archive; this one is damaged "
                                  "or is another format renamed)") from None
    if big:
        raise InputError(path, f"the Word file unpacks to more than {MAX_DOCX_XML_BYTES // 2**20} MB ({big[0]}): refused")


def docx_paragraphs(path: str | Path) -> list[str]:
    """Paragraph texts of a .docx, table cells included, in document order (empty ones dropped)."""
    import docx
    from docx.table import Table

    path = Path(path)
    _check_docx_size(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError, ValueError, lxml errors…
        raise DecodingError(path, f"not a readable Word file ({type(exc).__name__}: {str(exc)[:120]})") from None
    paragraphs: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            cells = (cell for row in block.rows for cell in row.cells)
            texts = [p.text for cell in cells for p in cell.paragraphs]
        else:
            texts = [block.text]
        paragraphs.extend(line.strip() for text in texts for line in text.splitlines() if line.strip())
    return paragraphs


def pdf_pages(path: str | Path) -> list[list[str]]:
    """Printed lines of each page of a PDF's text layer."""
    import pypdf
    from pypdf.errors import PyPdfError

    path = Path(path)
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, "the PDF is encrypted with a password: export it again without protection")
        return [[line.strip() for line in (page.extract_text() or "").splitlines()] for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise DecodingError(path, f"not a readable PDF ({type(exc).__name__}: {str(exc)[:120]})") from None


def reflow(lines: Sequence[str]) -> list[str]:
    """Paragraphs from printed lines: a blank line, or a short line that ends a sentence or is
    followed by the start of one, ends a paragraph; words cut at a line end are joined."""
    filled = sorted(len(line) for line in lines if line)
    width = filled[int(0.9 * (len(filled) - 1))] if filled else 0
    paragraphs: list[str] = []
    current = ""
    for k, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = _join(current, line) if current else line
        following = next((x for x in lines[k + 1:k + 2] if x), "")
        if len(line) < SHORT_LINE * width and (_SENTENCE_END.search(line) or _STARTS_SENTENCE.match(following)):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _join(text: str, line: str) -> str:
    """``text`` continued by the next printed ``line`` (a word cut at the line end joined again)."""
    if not (text.endswith("-") and text[-2:-1].isalpha()):
        return f"{text} {line}"
    first = _FIRST_WORD.match(line)
    if line[:1].isupper() or (first and first.group(0).lower() in KEEP_HYPHEN_BEFORE):
        return text + line
    return text[:-1] + line


def read_document(path: str | Path) -> Records:
    """Article records of a .docx or .pdf file: (records, errors), as the other readers return.

    A Europresse export gives one record per article (format ``europresse-docx`` or
    ``europresse-pdf``); any other document one record (format ``docx`` or ``pdf``).
    """
    from analysis.io.europresse_lines import is_export, split_export

    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind == "docx":
        lines, paragraphs_of = docx_paragraphs(path), list
    else:
        pages = pdf_pages(path)
        lines = [line for page in pages for line in [*page, ""]]
        paragraphs_of = reflow
    if not any(lines):
        reason = ("the PDF has no text layer (a scan? run OCR on it first)" if kind == "pdf"
                  else "the Word file holds no text")
        raise EmptyInputError(path, reason)
    if is_export(lines):
        return split_export(lines, path, layout=f"europresse-{kind}", paragraphs=paragraphs_of)
    text = normalise_text("\n".join(paragraphs_of(lines)))
    return [{"text": text, "format": kind, "encoding": ""}], []
