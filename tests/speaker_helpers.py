"""Shared helpers of the speaker tests: resolve a text written for a test, find a quote's speaker."""

from __future__ import annotations

import pandas as pd

from analysis.quotes import extract_quotes
from analysis.speakers import resolve


def run(text: str) -> pd.DataFrame:
    """Quotations of ``text`` (one article) with their resolved speakers."""
    articles = pd.DataFrame({"doc_id": ["t"], "text": [text], "path": ["t"]})
    return resolve(extract_quotes(articles), articles)


def speaker_of(out: pd.DataFrame, fragment: str) -> str | None:
    """The speaker of the one quotation containing ``fragment``."""
    rows = out[out["text"].str.contains(fragment, regex=False)]
    assert len(rows) == 1, out[["type", "text", "speaker_mention", "speaker"]].to_string()
    return rows.iloc[0]["speaker"]
