"""Partitions: which part of the corpus each token belongs to (speaker, article, outlet, date, quotes).

Keyness and per-part frequencies compare parts of one corpus. :func:`partition_tokens` adds a
``part`` column to a tokens frame; every function downstream only reads that column, so any
partition a researcher can express as one label per token works the same way.

Quotes link tokens to speakers by offsets: a token whose span lies inside a quote span of the
same article belongs to that quote (the innermost one when quotes nest) and to its speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from analysis.fr.quote_words import SELON_PRONOUNS, SUBJECT_PRONOUNS
from analysis.keywords.terms import require_columns
from analysis.labels import NO_SPEAKER

NARRATION = "(récit)"
"""Default label of tokens outside any quote (the journalist's own narration)."""
QUOTED = "(citations)"
UNKNOWN = NO_SPEAKER
NO_DATE = "(sans date)"
PARTITIONS: tuple[str, ...] = ("doc", "outlet", "date", "speaker", "quotes")


PRONOUN_MENTIONS: frozenset[str] = SUBJECT_PRONOUNS | SELON_PRONOUNS
"""Mentions that name nobody (« il », « selon elle »): an unresolved quote's speaker is then unknown."""


def _doc_codes(*columns: pd.Series) -> list[np.ndarray]:
    joined = pd.concat([c.astype(object) for c in columns], ignore_index=True)
    codes, _ = pd.factorize(joined)
    out, pos = [], 0
    for c in columns:
        out.append(codes[pos:pos + len(c)].astype(np.int64))
        pos += len(c)
    return out


def quote_index(tokens: pd.DataFrame, quotes: pd.DataFrame) -> np.ndarray:
    """Position (0-based row number) in ``quotes`` of the quote each token lies in; -1 outside quotes.

    A token is inside when ``quote.start <= token.start`` and ``token.end <= quote.end`` in the
    same ``doc_id``. Nested quotes give the innermost one (the latest that starts before the token).
    """
    require_columns(tokens, ["doc_id", "start", "end"])
    require_columns(quotes, ["doc_id", "start", "end"], "quotes frame")
    result = np.full(len(tokens), -1, dtype=np.int64)
    q = quotes[quotes["start"].notna() & quotes["end"].notna()]
    if not len(q) or not len(tokens):
        return result
    tok_doc, q_doc = _doc_codes(tokens["doc_id"], q["doc_id"])
    tok_start = tokens["start"].to_numpy(np.int64)
    tok_end = tokens["end"].to_numpy(np.int64)
    q_start = q["start"].to_numpy(np.int64)
    q_end = q["end"].to_numpy(np.int64)
    width = int(max(tok_end.max(), q_end.max())) + 1
    q_key_start = q_doc * width + q_start
    q_key_end = q_doc * width + q_end
    order = np.lexsort((-q_key_end, q_key_start))  # by start, the longest first among equal starts
    ks, ke = q_key_start[order], q_key_end[order]
    t_start = tok_doc * width + tok_start
    t_end = tok_doc * width + tok_end
    cand = np.searchsorted(ks, t_start, side="right") - 1
    has = cand >= 0
    inner = np.where(has, cand, 0)
    inside = has & (ke[inner] >= t_end)
    # an earlier, longer quote may enclose the token when the latest one has already ended
    run_max = np.maximum.accumulate(ke)
    run_arg = np.arange(len(ke))
    run_arg = np.maximum.accumulate(np.where(ke == run_max, run_arg, 0))
    outer_ok = has & ~inside & (run_max[inner] >= t_end)
    chosen = np.where(inside, inner, np.where(outer_ok, run_arg[inner], -1))
    positions = np.flatnonzero(quotes["start"].notna() & quotes["end"].notna())
    found = chosen >= 0
    result[found] = positions[order[chosen[found]]]
    return result


def speaker_labels(quotes: pd.DataFrame, *, unknown: str = UNKNOWN) -> pd.Series:
    """One speaker name per quote: ``speaker`` (resolved), else ``speaker_mention`` unless it is a
    bare pronoun (« il »), else ``unknown``."""
    label = pd.Series([None] * len(quotes), index=quotes.index, dtype=object)
    for column in ("speaker", "speaker_mention"):
        if column in quotes.columns:
            values = quotes[column].astype(object).where(quotes[column].notna(), None)
            values = values.map(lambda v: v.strip() if isinstance(v, str) and v.strip().lower() not in PRONOUN_MENTIONS
                                and v.strip() else None)
            label = label.where(label.notna(), values)
    return label.where(label.notna(), unknown)


def _from_articles(tokens: pd.DataFrame, articles: pd.DataFrame | None, column: str, by: str) -> pd.Series:
    if articles is None:
        raise ValueError(f"partition by {by!r} needs the articles frame (articles=...)")
    require_columns(articles, ["doc_id", column], "articles frame")
    mapping = articles.drop_duplicates("doc_id").set_index("doc_id")[column]
    return tokens["doc_id"].map(mapping)


def _date_bins(dates: pd.Series, freq: str) -> pd.Series:
    stamps = pd.to_datetime(dates, errors="coerce", utc=False)
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_localize(None)
    labels = stamps.dt.to_period(freq).astype(str)
    return labels.where(stamps.notna(), NO_DATE)


def partition_labels(
    tokens: pd.DataFrame,
    by: str | pd.Series | Sequence[Any] | np.ndarray,
    *,
    articles: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    freq: str = "M",
    outside: str | None = NARRATION,
    inside: str = QUOTED,
) -> pd.Series:
    """The part label of each token (see :func:`partition_tokens`); missing labels are NaN."""
    if not isinstance(by, str):
        values = pd.Series(np.asarray(by, dtype=object), index=tokens.index) if not isinstance(by, pd.Series) else by
        if len(values) != len(tokens):
            raise ValueError(f"a partition given as values needs one per token ({len(values)} for {len(tokens)} tokens)")
        return pd.Series(values.to_numpy(dtype=object), index=tokens.index)
    if by == "doc":
        require_columns(tokens, ["doc_id"])
        return tokens["doc_id"].astype(object)
    if by == "outlet":
        return _from_articles(tokens, articles, "outlet", by).astype(object).fillna(UNKNOWN)
    if by == "date":
        return pd.Series(_date_bins(_from_articles(tokens, articles, "date", by), freq).to_numpy(dtype=object),
                         index=tokens.index)
    if by in ("speaker", "quotes"):
        if quotes is None:
            raise ValueError(f"partition by {by!r} needs a quotes frame (quotes=...): doc_id, start, end, speaker")
        where = quote_index(tokens, quotes)
        if by == "speaker":
            names = np.append(speaker_labels(quotes).to_numpy(dtype=object), outside)
        else:
            names = np.array([inside, outside], dtype=object)
            where = np.where(where >= 0, 0, 1)
        return pd.Series(names[where], index=tokens.index, dtype=object)
    if by in tokens.columns:
        return tokens[by].astype(object)
    if articles is not None and by in articles.columns:
        return _from_articles(tokens, articles, by, by).astype(object)
    raise ValueError(f"unknown partition {by!r}: use one of {', '.join(PARTITIONS)}, a token column or an article column")


def partition_tokens(
    tokens: pd.DataFrame,
    by: str | pd.Series | Sequence[Any] | np.ndarray,
    *,
    articles: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    freq: str = "M",
    outside: str | None = NARRATION,
    inside: str = QUOTED,
    column: str = "part",
) -> pd.DataFrame:
    """A copy of ``tokens`` with a ``part`` column (categorical) saying which part each token is in.

    ``by``: ``"doc"``, ``"outlet"`` or ``"date"`` (these two need ``articles``; dates are binned
    by ``freq``: ``"M"`` month, ``"W"`` week, ``"Y"`` year, ``"D"`` day), ``"speaker"`` (tokens
    inside a quote → its speaker; needs ``quotes``), ``"quotes"`` (``inside`` vs ``outside``),
    any column of ``tokens`` or ``articles``, or one label per token. Tokens outside every quote
    get ``outside`` (« (récit) »); ``outside=None`` leaves them without a part, which removes them
    from the corpus, e.g. to compare speakers with each other only. The narration's label is
    kept in ``frame.attrs["narration"]`` (None for other partitions), for
    :func:`analysis.keywords.keyness`'s narration stop words.
    """
    labels = partition_labels(tokens, by, articles=articles, quotes=quotes, freq=freq, outside=outside, inside=inside)
    frame = tokens.copy()
    frame[column] = pd.Categorical(labels.to_numpy(dtype=object))
    frame.attrs["narration"] = outside if isinstance(by, str) and by in ("speaker", "quotes") else None
    return frame
