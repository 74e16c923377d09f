"""Bridge to speaker resolution (:mod:`analysis.speakers`, a separate step), with a fallback.

Quotations carry the raw ``speaker_mention``; when speaker resolution is installed and
implemented, ``with_speakers`` adds its canonical ``speaker`` (and the other speaker columns),
otherwise ``speaker`` is the mention itself, so every consumer can rely on the column.
"""

from __future__ import annotations

import logging

import pandas as pd

log = logging.getLogger(__name__)


def resolved_speakers(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame | None:
    """Quotes with resolved speaker columns, or None when resolution is not available."""
    try:
        from analysis.speakers import resolve
    except ImportError:
        return None
    try:
        out = resolve(quotes, articles)
    except NotImplementedError:
        return None
    if not isinstance(out, pd.DataFrame) or "speaker" not in out.columns or len(out) != len(quotes):
        log.warning("speaker resolution returned no usable speaker column; using the raw mentions")
        return None
    return out


def with_speakers(quotes: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, bool]:
    """``quotes`` with a ``speaker`` column (resolved when possible) and whether it was resolved."""
    out = resolved_speakers(quotes, articles)
    if out is None:
        return quotes.assign(speaker=quotes["speaker_mention"]), False
    missing = out["speaker"].isna() | (out["speaker"].astype(str) == "")
    out["speaker"] = out["speaker"].where(~missing, None)
    return out, True


NO_SPEAKER = "(sans locuteur)"


def speaker_labels(quotes: pd.DataFrame) -> pd.Series:
    """One label per quotation: the resolved ``speaker`` if present, else the mention, else « (sans locuteur) »."""
    def usable(col: str) -> pd.Series:
        values = quotes[col] if col in quotes.columns else pd.Series([None] * len(quotes), index=quotes.index)
        return values.where(values.notna() & (values.astype(str).str.strip() != ""), None)

    labels = usable("speaker").combine_first(usable("speaker_mention"))
    return labels.fillna(NO_SPEAKER).astype(str)
