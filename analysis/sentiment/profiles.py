"""Domain profiles: how polarity becomes a label in news quotations and in tweets.

News quotations and tweets are different registers. In a tweet nearly any evaluated word is
the author's opinion; in a news quotation, « guerre », « morts » or « sécurité » mostly name
the topic, and annotation rules for news (judge the speaker's wording and stance, not the
topic; factual reports of bad events are neutral) want a neutral label unless the wording
evaluates. A profile holds what differs between registers, all tuned on training data only:

- ``steps``: the improvement steps it applies by default (see :mod:`analysis.sentiment.scorer`);
- ``neg_threshold`` / ``pos_threshold``: the neutral band on the polarity;
- ``event_weight``: the factor applied to hits of ``event`` words (guerre, incendie,
  croissance …) by the ``event_discount`` step;
- ``vader_weight``: the factor applied to hits from vaderSentiment-fr's lexicon by the
  ``vader_lexicon`` step (see :mod:`analysis.sentiment.vader`);
- ``cue_weight``: the size of each stance-cue hit (``cues`` step, :mod:`analysis.sentiment.cues`);
- ``min_evidence``: with the ``evidence`` step, a text is labelled neg or pos only if its
  ``eval`` hits of that sign (inacceptable, se féliciter, échec …) add up to at least this
  much absolute polarity (and at least one such hit exists).

Values live in ``analysis/data/sentiment_params.toml``, written by
``python -m analysis.bench sentiment --tune`` (news: the project's own quotations in
``analysis/data/sentiment_news/``; tweets: the benchmark's train split, checked on val).
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from analysis import config
from analysis.errors import InputError

PARAMS_FILE = "sentiment_params.toml"
PROFILES: tuple[str, ...] = ("news", "tweets")
DEFAULT_PROFILE = "news"

STEPS: tuple[str, ...] = ("spacy_lemmas", "morphology", "negation", "intensifiers", "contrast", "news_lexicon",
                          "train_lexicon", "vader_lexicon", "cues", "irrealis", "denial", "event_discount",
                          "evidence", "neutral_band")
"""Every improvement step of :mod:`analysis.sentiment.scorer`, in the order the benchmark reports them
(here, below the scorer, so that a profile can check its steps without importing the scorer)."""


@dataclass(frozen=True)
class Profile:
    """The tuned decision parameters of one register."""

    name: str
    steps: frozenset[str]
    neg_threshold: float
    pos_threshold: float
    event_weight: float = 1.0
    min_evidence: float = 0.0
    vader_weight: float = 1.0
    cue_weight: float = 1.0

    @property
    def band(self) -> tuple[float, float]:
        return self.neg_threshold, self.pos_threshold


@functools.lru_cache(maxsize=1)
def load_params() -> dict:
    """The parameters file, read once per process (``load_params.cache_clear()`` after rewriting it)."""
    path = config.data_file(PARAMS_FILE)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(path, f"cannot read the sentiment parameters: {exc}") from exc


def get_profile(name: str | Profile = DEFAULT_PROFILE) -> Profile:
    """The named profile (``news`` or ``tweets``) as stored in the parameters file."""
    if isinstance(name, Profile):
        return name
    table = load_params().get("profiles", {})
    if name not in table:
        raise ValueError(f"unknown sentiment profile {name!r}; choose from {', '.join(sorted(table))}")
    values = table[name]
    steps = frozenset(values["steps"])
    unknown = steps - set(STEPS)
    if unknown:
        raise InputError(config.data_file(PARAMS_FILE), f"profile {name}: unknown step(s) {sorted(unknown)}")
    return Profile(name, steps, float(values["neg_threshold"]), float(values["pos_threshold"]),
                   float(values.get("event_weight", 1.0)), float(values.get("min_evidence", 0.0)),
                   float(values.get("vader_weight", 1.0)), float(values.get("cue_weight", 1.0)))
