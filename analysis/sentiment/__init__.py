"""Sentiment per text, per quote and per speaker: textblob-fr made right for French news.

>>> from analysis.sentiment import score
>>> score(["Ce n'est pas une bonne décision."])[["polarity", "label"]]   # doctest: +SKIP

- :func:`score` (texts → polarity, subjectivity, label, hits, coverage, polarity_raw), with a
  domain ``profile`` (``"news"``, the default, or ``"tweets"``: see :mod:`.profiles`) and each
  improvement a switch: ``steps={"spacy_lemmas", "morphology", "negation", "intensifiers",
  "contrast", "news_lexicon", "train_lexicon", "vader_lexicon", "cues", "irrealis", "denial", "event_discount", "evidence",
  "neutral_band"}``
  (see :mod:`.scorer`; by default the profile's own steps);
- :func:`score_quotes` (a quotes frame + those columns; news profile);
- :func:`sentiment_by_speaker` (per speaker, article or any column, with bootstrap intervals).
"""

from analysis.sentiment.aggregate import (
    bootstrap_ci,
    extreme_quotes,
    sentiment_by_article,
    sentiment_by_speaker,
    with_metadata,
)
from analysis.sentiment.profiles import DEFAULT_PROFILE, PROFILES, Profile, get_profile
from analysis.sentiment.scorer import STEPS, label_for, neutral_band, score, score_quotes

__all__ = [
    "DEFAULT_PROFILE", "PROFILES", "STEPS", "Profile", "bootstrap_ci", "extreme_quotes", "get_profile", "label_for",
    "neutral_band", "score", "score_quotes", "sentiment_by_article", "sentiment_by_speaker", "with_metadata",
]
