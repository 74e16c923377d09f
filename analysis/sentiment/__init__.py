"""Sentiment per text, per quote and per speaker: textblob-fr made right for French news.

>>> from analysis.sentiment import score
>>> score(["Ce n'est pas une bonne décision."])[["polarity", "label"]]   # doctest: +SKIP

- :func:`score` (texts → polarity, subjectivity, label, hits, coverage, polarity_raw),
  with each improvement a switch: ``steps={"spacy_lemmas", "morphology", "negation",
  "intensifiers", "news_lexicon", "neutral_band"}`` (all by default; see :mod:`.scorer`);
- :func:`score_quotes` (a quotes frame + those columns);
- :func:`sentiment_by_speaker` (per speaker, article or any column, with bootstrap intervals).
"""

from analysis.sentiment.aggregate import (
    bootstrap_ci,
    extreme_quotes,
    sentiment_by_article,
    sentiment_by_speaker,
    with_metadata,
)
from analysis.sentiment.scorer import STEPS, label_for, neutral_band, score, score_quotes

__all__ = [
    "STEPS", "bootstrap_ci", "extreme_quotes", "label_for", "neutral_band", "score", "score_quotes", "sentiment_by_article",
    "sentiment_by_speaker", "with_metadata",
]
