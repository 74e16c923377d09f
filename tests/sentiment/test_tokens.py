"""Scoring quotes from an existing token frame gives the same result as tagging them again."""

from __future__ import annotations

import pandas as pd

from analysis.nlp import tokens
from analysis.sentiment import score_quotes

TEXT = (
    "Le maire a dénoncé une décision « injuste et brutale ». "
    "« Nous sommes très heureux de ce succès », a dit la présidente du club. "
    "Selon la préfecture, la réunion aura lieu jeudi à la mairie."
)


def quotes_frame() -> pd.DataFrame:
    spans = ["une décision « injuste et brutale »", "Nous sommes très heureux de ce succès",
             "la réunion aura lieu jeudi à la mairie"]
    rows = []
    for n, span in enumerate(spans):
        start = TEXT.index(span)
        rows.append({"doc_id": "d", "quote_id": f"d:q{n}", "text": span, "start": start, "end": start + len(span)})
    return pd.DataFrame(rows)


def test_scoring_from_tokens_matches_scoring_from_text():
    articles = pd.DataFrame({"doc_id": ["d"], "text": [TEXT], "body_start": [0]})
    quotes = quotes_frame()
    from_text = score_quotes(quotes)
    from_tokens = score_quotes(quotes, tokens=tokens(articles, parse="none"))
    assert from_tokens["label"].tolist() == from_text["label"].tolist() == ["neg", "pos", "neu"]
    assert from_tokens["polarity"].round(6).tolist() == from_text["polarity"].round(6).tolist()
    hit = from_tokens["hits"].iloc[1][0]
    assert quotes["text"].iloc[1][hit["start"]:hit["end"]] == hit["word"]
