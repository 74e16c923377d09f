"""Sentiment per speaker / article / partition: the aggregation maths, on hand-built quote frames."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis.errors import MissingColumnError
from analysis.labels import NO_SPEAKER
from analysis.sentiment import (
    bootstrap_ci,
    extreme_quotes,
    score_quotes,
    sentiment_by_article,
    sentiment_by_speaker,
    with_metadata,
)


def scored_quotes() -> pd.DataFrame:
    """Quotes already carrying scores, so the maths can be checked by hand."""
    return pd.DataFrame({
        "doc_id": ["a", "a", "a", "b", "b", "b"],
        "quote_id": [0, 1, 2, 0, 1, 2],
        "type": ["direct", "indirect", "mixed", "selon", "direct", "direct"],
        "text": ["t"] * 6,
        "speaker": ["Alice Martin", "Alice Martin", "Bruno Petit", "Alice Martin", None, ""],
        "polarity": [-0.5, 0.1, 0.4, -0.2, 0.0, 0.3],
        "subjectivity": [0.6, 0.2, 0.5, 0.4, 0.0, 0.3],
        "label": ["neg", "pos", "pos", "neg", "neu", "pos"],
        "coverage": [0.2, 0.1, 0.3, 0.1, 0.0, 0.2],
    })


def test_bootstrap_interval_is_seeded_and_sensible():
    values = [-0.5, 0.1, -0.2, 0.3, 0.0, -0.1]
    assert bootstrap_ci(values, seed=3) == bootstrap_ci(values, seed=3)
    low, high = bootstrap_ci(values, seed=3)
    assert low <= np.mean(values) <= high and min(values) <= low and high <= max(values)
    assert bootstrap_ci([0.2, 0.2, 0.2]) == (pytest.approx(0.2), pytest.approx(0.2))
    assert all(math.isnan(v) for v in bootstrap_ci([0.4]))
    wide, narrow = bootstrap_ci(values, level=0.99), bootstrap_ci(values, level=0.5)
    assert wide[0] <= narrow[0] and narrow[1] <= wide[1]


def test_per_speaker_means_shares_and_order():
    out = sentiment_by_speaker(scored_quotes())
    alice = out.set_index("speaker").loc["Alice Martin"]
    assert alice["n_quotes"] == 3
    assert alice["polarity_mean"] == pytest.approx((-0.5 + 0.1 - 0.2) / 3)
    assert alice["share_neg"] == pytest.approx(2 / 3) and alice["share_pos"] == pytest.approx(1 / 3)
    assert alice["share_neu"] == 0
    assert alice["subjectivity_mean"] == pytest.approx(0.4) and alice["coverage_mean"] == pytest.approx(0.4 / 3)
    assert alice["ci_low"] <= alice["polarity_mean"] <= alice["ci_high"]
    assert out["speaker"].iloc[0] == "Alice Martin"  # most quoted first
    assert out.set_index("speaker").loc[NO_SPEAKER, "n_quotes"] == 2  # None and "" kept, not dropped
    assert math.isnan(out.set_index("speaker").loc["Bruno Petit", "ci_low"])  # one quote: no interval


def test_interval_of_a_speaker_does_not_depend_on_others():
    quotes = scored_quotes()
    alone = sentiment_by_speaker(quotes[quotes["speaker"] == "Alice Martin"]).iloc[0]
    together = sentiment_by_speaker(quotes).set_index("speaker").loc["Alice Martin"]
    assert (alone["ci_low"], alone["ci_high"]) == (together["ci_low"], together["ci_high"])


def test_falls_back_to_speaker_mention_and_scores_unscored_quotes():
    quotes = pd.DataFrame({"doc_id": ["a", "a"], "quote_id": [0, 1], "type": ["direct", "direct"],
                           "text": ["C'est un échec cuisant.", "Un excellent accord."],
                           "speaker_mention": ["le maire", "la préfète"]})
    out = sentiment_by_speaker(quotes)
    assert set(out["speaker_mention"]) == {"le maire", "la préfète"}
    assert out.set_index("speaker_mention").loc["le maire", "polarity_mean"] < 0


def test_per_article_and_any_partition():
    quotes = scored_quotes()
    per_article = sentiment_by_article(quotes).set_index("doc_id")
    assert per_article.loc["a", "n_quotes"] == 3 and per_article.loc["b", "polarity_mean"] == pytest.approx(0.1 / 3)
    by_type = sentiment_by_speaker(quotes, by=["doc_id", "type"])
    assert len(by_type) == 5 and by_type["n_quotes"].sum() == 6
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": ["…", "…"], "outlet": ["Le Quotidien", "La Gazette"]})
    by_outlet = sentiment_by_speaker(with_metadata(quotes, articles), by="outlet").set_index("outlet")
    assert by_outlet.loc["La Gazette", "n_quotes"] == 3
    assert len(sentiment_by_speaker(quotes, min_quotes=2)) == 2


def test_missing_columns_are_clear_errors():
    with pytest.raises(MissingColumnError, match="outlet"):
        sentiment_by_speaker(scored_quotes(), by="outlet")
    with pytest.raises(MissingColumnError, match="speaker"):
        sentiment_by_speaker(scored_quotes().drop(columns=["speaker"]))
    with pytest.raises(MissingColumnError, match="text"):
        score_quotes(pd.DataFrame({"doc_id": ["a"]}))


def test_score_quotes_keeps_rows_and_adds_columns():
    quotes = pd.DataFrame({"doc_id": ["a", "a"], "quote_id": [0, 1], "type": ["mixed", "direct"],
                           "text": ["la décision était « inacceptable »", "Nous sommes très satisfaits."],
                           "speaker": ["X", "Y"]}, index=[5, 9])
    out = score_quotes(quotes)
    assert list(out.index) == [5, 9] and list(out["speaker"]) == ["X", "Y"]
    assert {"polarity", "subjectivity", "label", "hits", "coverage"} <= set(out.columns)
    assert list(out["label"]) == ["neg", "pos"]
    assert len(score_quotes(quotes.iloc[:0])) == 0


def test_extreme_quotes_need_evidence():
    quotes = scored_quotes().assign(hits=[[{"w": 1}]] * 5 + [[]])
    out = extreme_quotes(quotes, n=1)
    assert list(out["side"]) == ["neg", "pos"]
    assert list(out["polarity"]) == [-0.5, 0.4]  # 0.3 has no hits and is never an extreme
