"""Fixtures of the speaker tests: resolve a text written for a test, find one quotation's speaker."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest


@pytest.fixture(scope="session")
def resolve_text(quotes_of) -> Callable[[str], pd.DataFrame]:
    """``resolve_text(text)``: the quotations of one article with their resolved speakers."""
    from analysis.speakers import resolve

    def resolve_text(text: str) -> pd.DataFrame:
        quotes = quotes_of(text)
        return resolve(quotes, pd.DataFrame({"doc_id": ["t"], "text": [text], "path": ["t"]}))

    return resolve_text


@pytest.fixture(scope="session")
def speaker_of() -> Callable[[pd.DataFrame, str], str | None]:
    """``speaker_of(out, fragment)``: the speaker of the one quotation whose text contains ``fragment``."""

    def speaker_of(out: pd.DataFrame, fragment: str) -> str | None:
        rows = out[out["text"].str.contains(fragment, regex=False)]
        assert len(rows) == 1, out[["type", "text", "speaker_mention", "speaker"]].to_string()
        return rows.iloc[0]["speaker"]

    return speaker_of


@pytest.fixture(scope="session")
def article_context(quotes_of):
    """``article_context(text)``: (context, mentions, quotes_of) of one article after the first step
    (:func:`analysis.speakers.attributing.find_mentions`), for tests of one resolution step."""
    from analysis.speakers.attributing import find_mentions
    from analysis.speakers.context import Article

    def article_context(text: str):
        ctx = Article.of(text, quotes_of(text).to_dict("records"))
        mentions, by_mention = find_mentions(ctx)
        return ctx, mentions, by_mention

    return article_context
