"""Shared fixtures: the sample article and its frames (the spaCy model loads once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import config

TESTS_DIR = Path(__file__).resolve().parent
TEST_DATA = TESTS_DIR / "data"


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
