"""Shared fixtures: the sample article and its frames (the spaCy model loads once per session), and
``quotes_of``, the one way tests run the quotation engine on a text they wrote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from analysis import config

TESTS_DIR = Path(__file__).resolve().parent
TEST_DATA = TESTS_DIR / "data"


def one_article(text: str, doc_id: str = "t") -> pd.DataFrame:
    """An articles frame holding ``text`` as its only article."""
    return pd.DataFrame({"doc_id": [doc_id], "text": [text], "path": [doc_id]})


@pytest.fixture(scope="session")
def test_data() -> Path:
    """``tests/data``: texts and gold annotations the project wrote itself."""
    return TEST_DATA


@pytest.fixture(scope="session")
def quotes_of() -> Callable[..., pd.DataFrame]:
    """``quotes_of(text, **options)``: the quotations ``extract_quotes`` finds in one article."""
    from analysis.quotes import extract_quotes

    def quotes_of(text: str, **options) -> pd.DataFrame:
        return extract_quotes(one_article(text), **options)

    return quotes_of


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return config.SAMPLE_ARTICLE


@pytest.fixture(scope="session")
def sample_articles(sample_path):
    from analysis.io import load_article

    return load_article(sample_path)


@pytest.fixture(scope="session")
def sample_sentences(sample_articles):
    from analysis.nlp import sentences

    return sentences(sample_articles)


@pytest.fixture(scope="session")
def sample_tokens(sample_articles):
    from analysis.nlp import tokens

    return tokens(sample_articles)


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A minimal PDF, one page per list of lines (Helvetica, Windows-1252): text we wrote, no tool needed."""

    def literal(line: str) -> str:
        raw = line.encode("cp1252")
        return "(" + "".join(chr(b) if 32 <= b < 127 and chr(b) not in "()\\" else f"\\{b:03o}" for b in raw) + ")"

    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        stream = "BT /F1 10 Tf 13 TL 40 800 Td " + " ".join(f"{literal(line)} Tj T*" for line in lines) + " ET"
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


@pytest.fixture(scope="session")
def make_pdf() -> Callable[[Path, list[list[str]]], Path]:
    """``make_pdf(path, pages)``: write a small PDF whose pages hold these lines."""

    def make(path: Path, pages: list[list[str]]) -> Path:
        path.write_bytes(pdf_bytes(pages))
        return path

    return make


@pytest.fixture(scope="session")
def make_docx() -> Callable[[Path, list[str]], Path]:
    """``make_docx(path, paragraphs)``: write a .docx (python-docx) holding these paragraphs."""

    def make(path: Path, paragraphs: list[str]) -> Path:
        import docx

        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        document.save(str(path))
        return path

    return make
