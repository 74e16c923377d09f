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


def _period(dates: pd.Series, freq: str) -> pd.Series:
    stamps = pd.to_datetime(dates, errors="coerce")
    return stamps.dt.to_period(freq).dt.start_time


def articles_per_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """outlet, articles, words: most articles first."""
    words = articles["text"].fillna("").str.split().str.len()
    table = (articles.assign(words=words, outlet=articles["outlet"].fillna("").replace("", UNKNOWN))
             .groupby("outlet", as_index=False).agg(articles=("doc_id", "size"), words=("words", "sum")))
    return table.sort_values(["articles", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def articles_per_period(articles: pd.DataFrame, *, freq: str = "W", by: str = "outlet") -> pd.DataFrame:
    """period (first day), ``by`` value, articles: every period in range, zeros included."""
    frame = articles.assign(period=_period(articles["date"], freq),
                            **{by: articles[by].fillna("").replace("", UNKNOWN)}).dropna(subset=["period"])
    counts = frame.groupby(["period", by]).size().rename("articles")
    if counts.empty:
        return pd.DataFrame(columns=["period", by, "articles"])
    periods = pd.period_range(counts.index.get_level_values(0).min(), counts.index.get_level_values(0).max(),
                              freq=freq).start_time
    full = pd.MultiIndex.from_product([periods, sorted(frame[by].unique())], names=["period", by])
    return counts.reindex(full, fill_value=0).reset_index()


def attributed(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes with a found speaker (kind is not « unknown » and the name is not empty)."""
    speaker = quotes["speaker"].fillna("").astype(str).str.strip() if "speaker" in quotes else pd.Series("", index=quotes.index)
    kind = quotes["speaker_kind"].fillna("unknown") if "speaker_kind" in quotes else pd.Series("unknown", index=quotes.index)
    return quotes[(speaker != "") & (kind != "unknown")]


def top_speakers(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet", n: int = 10) -> pd.DataFrame:
    """speaker, ``by`` value, quotes, share (of that outlet's attributed quotes) for the ``n`` most quoted."""
    frame = with_articles(attributed(quotes), articles, [by])
    if frame.empty:
        return pd.DataFrame(columns=["speaker", by, "quotes", "share"])
    top = frame["speaker"].value_counts().head(n).index
    per_outlet = frame.groupby(by).size()
    table = frame[frame["speaker"].isin(top)].groupby(["speaker", by]).size().rename("quotes").reset_index()
    table["share"] = table["quotes"] / table[by].map(per_outlet)
    order = {name: k for k, name in enumerate(top)}
    return table.sort_values(["speaker", by], key=lambda s: s.map(order) if s.name == "speaker" else s,
                             kind="stable").reset_index(drop=True)


def share_of_voice(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    column: str = "speaker_kind",
    by: str = "outlet",
    weight: str = "quotes",
) -> pd.DataFrame:
    """``by``, ``column`` value, amount, share: who gets the quotes (or the quoted words) in each outlet.

    ``weight="words"`` counts quoted words instead of quotes. Missing values count as « inconnu ».
    """
    frame = with_articles(quotes, articles, [by])
    values = frame[column].fillna("").astype(str).replace({"": UNKNOWN, "unknown": UNKNOWN})
    amount = frame["text"].fillna("").str.split().str.len() if weight == "words" else pd.Series(1, index=frame.index)
    table = (pd.DataFrame({by: frame[by].fillna(UNKNOWN), column: values, "amount": amount})
             .groupby([by, column], as_index=False)["amount"].sum())
    table["share"] = table["amount"] / table.groupby(by)["amount"].transform("sum")
    return table.rename(columns={"amount": weight})


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

    frame = with_articles(attributed(quotes), articles, [by])
    if frame.empty:
        return pd.DataFrame(columns=["speaker", by, "n_quotes", "polarity_mean", "ci_low", "ci_high"])
    top = frame["speaker"].value_counts().head(n).index
    table = sentiment_by_speaker(frame[frame["speaker"].isin(top)], by=["speaker", by], min_quotes=min_quotes)
    order = {name: k for k, name in enumerate(top)}
    return table.sort_values(["speaker", by], key=lambda s: s.map(order) if s.name == "speaker" else s,
                             kind="stable").reset_index(drop=True)


def most_quoted(quotes: pd.DataFrame) -> str | None:
    """The speaker with the most attributed quotes (None when there is none)."""
    counts = attributed(quotes)["speaker"].value_counts()
    return str(counts.index[0]) if len(counts) else None


def speaker_timeline(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    speaker: str,
    *,
    freq: str = "W",
    by: str = "outlet",
) -> pd.DataFrame:
    """period, ``by``, quotes, polarity_mean for one speaker (matched on name or speaker_id)."""
    frame = with_articles(quotes, articles, [by, "date"])
    mask = frame["speaker"].fillna("").eq(speaker)
    if "speaker_id" in frame:
        mask |= frame["speaker_id"].fillna("").eq(speaker)
    frame = frame[mask].assign(period=lambda f: _period(f["date"], freq)).dropna(subset=["period"])
    if frame.empty:
        return pd.DataFrame(columns=["period", by, "quotes", "polarity_mean"])
    agg = {"quotes": ("doc_id", "size")}
    if "polarity" in frame:
        agg["polarity_mean"] = ("polarity", "mean")
    table = frame.groupby(["period", by], as_index=False).agg(**agg)
    if "polarity_mean" not in table:
        table["polarity_mean"] = np.nan
    return table


KEYNESS_TOKEN_COLUMNS = ["doc_id", "sent_id", "i", "text", "lemma", "norm", "pos", "is_stop", "is_punct", "start", "end"]
"""Token columns keyness needs: load only these from a large corpus."""


def keyness_by_outlet(tokens: pd.DataFrame, articles: pd.DataFrame, *, n: int = 10) -> pd.DataFrame | None:
    """Keyness rows (part = outlet), the ``n`` most specific terms of each outlet; None without keywords."""
    try:
        from analysis.keywords.keyness import keyness
        from analysis.keywords.partitions import partition_tokens
    except ImportError:
        return None
    if tokens.empty or articles["outlet"].nunique() < 2:
        return None
    rows = keyness(partition_tokens(tokens, "outlet", articles=articles))
    score = "specificity" if "specificity" in rows.columns else "g2"
    rows = rows[rows[score] > 0].sort_values(["part", score], ascending=[True, False], kind="stable")
    return rows.groupby("part", sort=False, observed=True).head(n).reset_index(drop=True)
