"""Sentiment per speaker, per article, per any partition: means with seeded bootstrap intervals.

``sentiment_by_speaker(quotes)`` groups scored quotes (scoring them first if needed) and
returns one row per group: n_quotes, polarity_mean with a 95 % percentile-bootstrap interval
(seeded, so re-runs give the same numbers), share_neg/neu/pos, subjectivity_mean and
coverage_mean. ``by`` may name any column (doc_id for per-article figures, a metadata column
such as outlet after :func:`with_metadata`) or a list of columns.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.errors import MissingColumnError
from analysis.labels import NO_SPEAKER

UNATTRIBUTED = NO_SPEAKER
"""Group name for quotes whose speaker is empty: kept visible rather than silently dropped."""

AGGREGATE_COLUMNS = ["n_quotes", "polarity_mean", "ci_low", "ci_high", "share_neg", "share_neu", "share_pos",
                     "subjectivity_mean", "coverage_mean"]


def bootstrap_ci(values: Sequence[float], *, n_boot: int = 2000, level: float = 0.95, seed: int = 0
                 ) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean; (nan, nan) for fewer than two values."""
    data = np.asarray(values, dtype=float)
    if data.size < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(n_boot, data.size))].mean(axis=1)
    alpha = (1 - level) / 2
    return float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha))


def speaker_column(quotes: pd.DataFrame) -> str:
    """The column naming who speaks: ``speaker`` (resolved) or, before resolution, ``speaker_mention``."""
    for column in ("speaker", "speaker_mention"):
        if column in quotes.columns:
            return column
    raise MissingColumnError(None, "the quotes frame has neither a speaker nor a speaker_mention column")


def with_metadata(quotes: pd.DataFrame, articles: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Quotes with article metadata columns (outlet, date …) joined on doc_id, for partitions."""
    if "doc_id" not in quotes.columns or "doc_id" not in articles.columns:
        raise MissingColumnError(None, "both frames need a doc_id column to join metadata")
    columns = list(columns) if columns is not None else [c for c in articles.columns
                                                          if c not in ("text", "path") and c not in quotes.columns]
    return quotes.merge(articles[["doc_id", *columns]], on="doc_id", how="left")


def sentiment_by_speaker(
    quotes: pd.DataFrame,
    *,
    by: str | Sequence[str] = "speaker",
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
    min_quotes: int = 1,
) -> pd.DataFrame:
    """One row per group of quotes (default: per speaker), most quoted first.

    Quotes without polarity columns are scored on their own text first (:func:`score_quotes`).
    ``by="speaker"`` falls back to ``speaker_mention`` when speakers are not resolved yet;
    empty speakers form the group « non attribué ». Intervals need two quotes or more
    (NaN otherwise); each group's bootstrap is seeded from ``seed`` and the group's name, so a
    speaker's interval does not change when other speakers are added.
    """
    if not {"polarity", "label"} <= set(quotes.columns):
        from analysis.sentiment.scorer import score_quotes

        quotes = score_quotes(quotes)
    keys = [by] if isinstance(by, str) else list(by)
    if keys == ["speaker"]:
        keys = [speaker_column(quotes)]
    missing = [k for k in keys if k not in quotes.columns]
    if missing:
        raise MissingColumnError(None, f"cannot group quotes by {missing}: no such column "
                                       f"(available: {', '.join(map(str, quotes.columns))})")
    frame = quotes.copy()
    for key in keys:
        if frame[key].dtype == object or pd.api.types.is_string_dtype(frame[key]):
            frame[key] = frame[key].fillna("").astype(str).str.strip().replace("", UNATTRIBUTED)
    rows = []
    for name, group in frame.groupby(keys, sort=False, dropna=False):
        name = name if isinstance(name, tuple) else (name,)
        group_seed = seed + zlib.crc32("\x1f".join(map(str, name)).encode())  # same group, same draws
        low, high = bootstrap_ci(group["polarity"].to_numpy(), n_boot=n_boot, level=level, seed=group_seed)
        labels = group["label"]
        rows.append((*name, len(group), float(group["polarity"].mean()), low, high,
                     float((labels == "neg").mean()), float((labels == "neu").mean()), float((labels == "pos").mean()),
                     float(group["subjectivity"].mean()) if "subjectivity" in group else float("nan"),
                     float(group["coverage"].mean()) if "coverage" in group else float("nan")))
    out = pd.DataFrame(rows, columns=[*keys, *AGGREGATE_COLUMNS])
    out = out[out["n_quotes"] >= min_quotes]
    out = out.sort_values(["n_quotes", "polarity_mean"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True).astype({"n_quotes": "int64"})


def sentiment_by_article(quotes: pd.DataFrame, **options) -> pd.DataFrame:
    """The same figures per article (``by="doc_id"``)."""
    return sentiment_by_speaker(quotes, by="doc_id", **options)


def extreme_quotes(quotes: pd.DataFrame, *, n: int = 3, min_hits: int = 1) -> pd.DataFrame:
    """The ``n`` most negative and ``n`` most positive scored quotes (column ``side``: neg | pos).

    Only quotes where at least ``min_hits`` lexicon words fired are candidates, so a quote with
    no evidence is never shown as an extreme.
    """
    if not {"polarity", "hits"} <= set(quotes.columns):
        from analysis.sentiment.scorer import score_quotes

        quotes = score_quotes(quotes)
    candidates = quotes[quotes["hits"].map(len) >= min_hits]
    negative = candidates[candidates["polarity"] < 0].nsmallest(n, "polarity").assign(side="neg")
    positive = candidates[candidates["polarity"] > 0].nlargest(n, "polarity").assign(side="pos")
    return pd.concat([negative, positive], ignore_index=True)
