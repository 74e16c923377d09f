"""Corpus comparisons as tables: outlets, periods, speakers, share of voice, sentiment, timelines.

Every function takes the frames of a built corpus (articles, quotes) and returns a tidy
frame that :mod:`analysis.plots.corpus` draws and ``ws.save_table`` exports. Quotes whose
speaker could not be found (kind ``unknown``) are left out of speaker counts but kept in
share-of-voice tables as « inconnu », so the shares say how much is unattributed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

UNKNOWN = "inconnu"
OTHERS = "autres"


def with_articles(quotes: pd.DataFrame, articles: pd.DataFrame, columns: Sequence[str] = ("outlet", "date")) -> pd.DataFrame:
    """Quotes with article columns (outlet, date …) joined on doc_id."""
    wanted = [c for c in columns if c in articles.columns and c not in quotes.columns]
    return quotes.merge(articles[["doc_id", *wanted]].drop_duplicates("doc_id"), on="doc_id", how="left")


def _stamps(dates: pd.Series) -> pd.Series:
    stamps = pd.to_datetime(dates, errors="coerce", utc=True).dt.tz_localize(None)
    return stamps


def _period(dates: pd.Series, freq: str) -> pd.Series:
    return _stamps(dates).dt.to_period(freq).dt.start_time


DATE_RANGE_QUANTILES = (0.01, 0.99)
"""The dates a timeline spans: the central 98 % of the articles' dates, so that two stray
articles years away do not squeeze the months that matter into hairlines (they are counted in
a note)."""
GRANULARITY: tuple[tuple[int, str], ...] = ((45, "D"), (366, "W"), (8 * 366, "M"))
"""Days spanned → period of one bar: up to 45 days by day, up to a year by week, up to eight
years by month, beyond by year: between about 8 and 100 bars, each wide enough to see."""


def period_freq(dates: pd.Series) -> str:
    """The period for a timeline of ``dates``: D, W, M or Y, from the span of their central 98 %."""
    stamps = _stamps(dates).dropna()
    if stamps.empty:
        return "W"
    low, high = stamps.quantile(DATE_RANGE_QUANTILES[0]), stamps.quantile(DATE_RANGE_QUANTILES[1])
    days = (high - low).days
    return next((freq for limit, freq in GRANULARITY if days <= limit), "Y")


def date_window(dates: pd.Series, freq: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """First and last period a timeline shows (the central 98 % of the dates), or (None, None)."""
    stamps = _stamps(dates).dropna()
    if stamps.empty:
        return None, None
    low, high = stamps.quantile(DATE_RANGE_QUANTILES[0]), stamps.quantile(DATE_RANGE_QUANTILES[1])
    return pd.Period(low, freq).start_time, pd.Period(high, freq).start_time


def articles_per_outlet(articles: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """``by`` (outlet, country, subset …), articles, words: most articles first."""
    words = articles["text"].fillna("").str.split().str.len()
    values = articles[by] if by in articles else pd.Series("", index=articles.index)
    table = (articles.assign(words=words, **{by: values.fillna("").astype(str).replace("", UNKNOWN)})
             .groupby(by, as_index=False).agg(articles=("doc_id", "size"), words=("words", "sum")))
    return table.sort_values(["articles", by], ascending=[False, True], kind="stable").reset_index(drop=True)


def articles_per_period(articles: pd.DataFrame, *, freq: str | None = None, by: str = "outlet") -> pd.DataFrame:
    """period (first day), ``by`` value, articles: every period in range, zeros included.

    ``freq`` D, W, M or Y; None picks it from the dates (:func:`period_freq`). Only the periods
    of the central 98 % of the dates are rows; ``attrs`` holds ``freq``, ``undated`` (articles
    without a date) and ``outside`` (dated articles before or after the periods shown).
    """
    freq = freq or period_freq(articles["date"] if "date" in articles else pd.Series(dtype=object))
    dates = articles["date"] if "date" in articles else pd.Series(None, index=articles.index, dtype=object)
    frame = articles.assign(period=_period(dates, freq), **{by: articles[by].fillna("").replace("", UNKNOWN)})
    undated = int(frame["period"].isna().sum())
    frame = frame.dropna(subset=["period"])
    first, last = date_window(dates, freq)
    inside = frame[(frame["period"] >= first) & (frame["period"] <= last)] if first is not None else frame
    counts = inside.groupby(["period", by]).size().rename("articles")
    if counts.empty:
        table = pd.DataFrame(columns=["period", by, "articles"])
    else:
        periods = pd.period_range(first, last, freq=freq).start_time
        full = pd.MultiIndex.from_product([periods, sorted(frame[by].unique())], names=["period", by])
        table = counts.reindex(full, fill_value=0).reset_index()
    table.attrs.update(freq=freq, undated=undated, outside=int(len(frame) - len(inside)))
    return table


def attributed(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes with a found speaker (kind is not « unknown » and the name is not empty)."""
    speaker = quotes["speaker"].fillna("").astype(str).str.strip() if "speaker" in quotes else pd.Series("", index=quotes.index)
    kind = quotes["speaker_kind"].fillna("unknown") if "speaker_kind" in quotes else pd.Series("unknown", index=quotes.index)
    return quotes[(speaker != "") & (kind != "unknown")]


def top_speakers(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet", n: int = 10) -> pd.DataFrame:
    """speaker, ``by`` value, quotes, share (of that group's quotes with a speaker) for the ``n`` most
    quoted speakers, counted as everywhere else (:mod:`analysis.counts`: plural attributions count
    for each speaker, names unified across accents and case)."""
    from analysis.counts import speaker_counts, speaker_rows
    from analysis.labels import NO_SPEAKER

    rows = speaker_rows(quotes)
    rows = rows[rows["speaker"] != NO_SPEAKER]
    if rows.empty:
        return pd.DataFrame(columns=["speaker", by, "quotes", "share"])
    overall = speaker_counts(rows, rows=rows)
    top = overall["speaker"].head(n).tolist()
    table = speaker_counts(rows, rows=rows, within=[by], articles=articles)
    table = table[table["speaker"].isin(top)].rename(columns={"n_quotes": "quotes", "share_quotes": "share"})
    order = {name: k for k, name in enumerate(top)}
    table = table.sort_values(["speaker", by], key=lambda s: s.map(order) if s.name == "speaker" else s, kind="stable")
    return table[["speaker", by, "quotes", "share"]].reset_index(drop=True)


def share_of_voice(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    column: str = "kind",
    by: str = "outlet",
    weight: str = "quotes",
) -> pd.DataFrame:
    """``by``, ``column`` (kind or gender, French labels), quotes or words, share: who gets the
    quotes (or the quoted words, ``weight="words"``) in each group, counted by :mod:`analysis.counts`."""
    from analysis.counts import speaker_counts

    column = {"speaker_kind": "kind", "speaker_gender": "gender"}.get(column, column)
    table = speaker_counts(quotes, column, within=[by], articles=articles)
    value, share = ("n_quotes", "share_quotes") if weight == "quotes" else ("quoted_words", "share_words")
    table[by] = table[by].replace("", UNKNOWN)
    return table[[by, column, value, share]].rename(columns={value: weight, share: "share"})


def _named_rows(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per (quotation, speaker) with a speaker (:func:`analysis.counts.speaker_rows`)."""
    from analysis.counts import speaker_rows
    from analysis.labels import NO_SPEAKER

    rows = speaker_rows(quotes)
    return rows[rows["speaker"] != NO_SPEAKER]


def sentiment_by_speaker_outlet(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    n: int = 8,
    by: str = "outlet",
    min_quotes: int = 2,
) -> pd.DataFrame:
    """speaker, ``by``, n_quotes, polarity_mean and its 95 % bootstrap interval, for the ``n`` most quoted."""
    from analysis.sentiment import sentiment_by_speaker

    frame = with_articles(_named_rows(quotes), articles, [by])
    if frame.empty or "polarity" not in frame:
        return pd.DataFrame(columns=["speaker", by, "n_quotes", "polarity_mean", "ci_low", "ci_high"])
    top = frame["speaker"].value_counts().head(n).index
    table = sentiment_by_speaker(frame[frame["speaker"].isin(top)], by=["speaker", by], min_quotes=min_quotes)
    order = {name: k for k, name in enumerate(top)}
    return table.sort_values(["speaker", by], key=lambda s: s.map(order) if s.name == "speaker" else s,
                             kind="stable").reset_index(drop=True)


def most_quoted(quotes: pd.DataFrame) -> str | None:
    """The speaker with the most quotes (None when no quotation has a speaker)."""
    counts = _named_rows(quotes)["speaker"].value_counts()
    return str(counts.index[0]) if len(counts) else None


def speaker_timeline(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    speaker: str,
    *,
    freq: str | None = None,
    by: str = "outlet",
) -> pd.DataFrame:
    """period, ``by``, quotes, polarity_mean for one speaker (matched on the name as the report
    shows it, or on speaker_id). ``freq`` None: the period of the articles' timeline
    (:func:`period_freq`), so both timelines of a report have the same bars."""
    dates = articles["date"] if "date" in articles else pd.Series(dtype=object)
    freq = freq or period_freq(dates)
    first, last = date_window(dates, freq)
    frame = with_articles(_named_rows(quotes), articles, [by, "date"])
    mask = frame["speaker"].eq(speaker)
    if "speaker_id" in frame:
        mask |= frame["speaker_id"].fillna("").eq(speaker)
    frame = frame[mask].assign(period=lambda f: _period(f["date"], freq))
    undated = int(frame["period"].isna().sum())
    frame = frame.dropna(subset=["period"])
    dated = len(frame)
    if first is not None:  # the articles' timeline window: both timelines of a report share their axis
        frame = frame[(frame["period"] >= first) & (frame["period"] <= last)]
    attrs = {"freq": freq, "undated": undated, "outside": dated - len(frame)}
    if frame.empty:
        table = pd.DataFrame(columns=["period", by, "quotes", "polarity_mean"])
        table.attrs.update(attrs)
        return table
    agg = {"quotes": ("doc_id", "size")}
    if "polarity" in frame:
        agg["polarity_mean"] = ("polarity", "mean")
    table = frame.groupby(["period", by], as_index=False).agg(**agg)
    if "polarity_mean" not in table:
        table["polarity_mean"] = np.nan
    table.attrs.update(attrs)
    return table


KEYNESS_TOKEN_COLUMNS = ["doc_id", "sent_id", "i", "text", "lemma", "norm", "pos", "is_stop", "is_punct", "start", "end"]
"""Token columns keyness needs: load only these from a large corpus."""


def keyness_by_outlet(tokens: pd.DataFrame, articles: pd.DataFrame, *, n: int = 10, by: str = "outlet"
                      ) -> pd.DataFrame | None:
    """Keyness rows (part = each value of ``by``: outlet, country, subset …), the ``n`` most specific
    terms of each; None without keywords or with fewer than two values of ``by``."""
    try:
        from analysis.keywords.keyness import keyness
        from analysis.keywords.partitions import partition_tokens
    except ImportError:
        return None
    if tokens.empty or by not in articles or articles[by].nunique() < 2:
        return None
    rows = keyness(partition_tokens(tokens, by, articles=articles))
    score = "specificity" if "specificity" in rows.columns else "g2"
    rows = rows[rows[score] > 0].sort_values(["part", score], ascending=[True, False], kind="stable")
    return rows.groupby("part", sort=False, observed=True).head(n).reset_index(drop=True)
