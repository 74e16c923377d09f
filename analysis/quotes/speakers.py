"""Speaker columns for charts and tables: resolved speakers, with the raw mention as fallback."""

from __future__ import annotations

import pandas as pd


def with_speakers(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``quotes`` with the resolved speaker columns (:func:`analysis.speakers.resolve`); an empty
    speaker becomes None, so that :func:`speaker_labels` falls back to the mention."""
    from analysis.speakers import resolve

    out = resolve(quotes, articles)
    missing = out["speaker"].isna() | (out["speaker"].astype(str) == "")
    out["speaker"] = out["speaker"].where(~missing, None)
    return out


NO_SPEAKER = "(sans locuteur)"


def speaker_labels(quotes: pd.DataFrame) -> pd.Series:
    """One label per quotation: the resolved ``speaker`` if present, else the mention, else « (sans locuteur) »."""
    def usable(col: str) -> pd.Series:
        values = quotes[col] if col in quotes.columns else pd.Series([None] * len(quotes), index=quotes.index)
        return values.where(values.notna() & (values.astype(str).str.strip() != ""), None)

    labels = usable("speaker").combine_first(usable("speaker_mention"))
    return labels.fillna(NO_SPEAKER).astype(str)
