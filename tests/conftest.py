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
