"""Fixtures of the quotation tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def quote_rows(quotes_of):
    """``quote_rows(text)``: the (type, text, cue, speaker_mention) of each quotation found in one article."""
    def quote_rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return quote_rows
