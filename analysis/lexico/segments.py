"""Text segments: the units the Reinert classification and the similarity graph count in.

Reinert's method classifies « unités de contexte élémentaires »: stretches of about forty words
cut where the text itself pauses. As in rainette's ``split_segments`` (which follows IRaMuTeQ),
each segment ends at the candidate point that best balances the strength of the pause there
(sentence end > colon > semicolon > comma > anywhere) against the distance from the target
length: the score is ``weight / (|words − size| + 1)`` over the next ``size + window`` words.

Two things are ours, and both keep what the suite knows about a text attached to its segments:
- sentence ends come from the sentences the pipeline found (``sent_id``), not from re-reading
  punctuation; and where quotations are given, the edge of a quotation is as strong a pause as
  a sentence end, so that a segment is mostly either one speaker's words or the journalist's;
- a cut is never made before ``min_words`` words (half the target by default), so a one-line
  title joins the sentence after it instead of making a segment of three words.

Each segment keeps ``doc_id``, exact offsets into its article (``text[start:end]``), its word
count, and the quotation it falls in: ``quote_id`` and ``speaker`` of the quotation holding most
of its words (none, and « (récit) », when most of its words are narration), and ``in_quote``,
the share of its words inside quotations.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.keywords.partitions import NARRATION, quote_index, speaker_labels
from analysis.keywords.terms import in_text_order, require_columns, word_mask

SEGMENT_SIZE = 40
"""Target length in words: Reinert's and IRaMuTeQ's default, and rainette's."""
SIZE_WINDOW = 15
"""How far past the target a cut may fall, in words (rainette's ``segment_size_window``)."""
LAST_SEGMENT_SLACK = 1.25
"""An article's tail of up to 1.25 × the target length stays one segment (as in rainette)."""

SENTENCE_END_WEIGHT = 6.0
"""Strength of the pause at a sentence end (or a quotation's edge)."""
PUNCTUATION_WEIGHTS: dict[str, float] = {":": 5.0, ";": 4.0, ",": 1.0, "—": 1.0, "–": 1.0}
"""Strength of the pause after other punctuation (rainette's weights; dashes as commas)."""
ANYWHERE_WEIGHT = 0.01
"""Any other token: a cut there only when no pause is within reach."""
OPENING_MARKS = frozenset("«“‘„‹([{")
"""Punctuation that belongs with the word after it (a cut goes before it, not after)."""

SEGMENT_COLUMNS = ["doc_id", "segment_id", "position", "start", "end", "n_words", "quote_id", "speaker", "in_quote"]


def _cut_weights(tokens: pd.DataFrame, quote_of: np.ndarray | None) -> np.ndarray:
    """Strength of the pause after each token (tokens in text order)."""
    texts = tokens["text"].astype(str).to_numpy()
    weights = np.full(len(tokens), ANYWHERE_WEIGHT)
    for mark, weight in PUNCTUATION_WEIGHTS.items():
        weights[texts == mark] = weight
    doc = pd.factorize(tokens["doc_id"])[0]
    sent = tokens["sent_id"].to_numpy() if "sent_id" in tokens.columns else np.zeros(len(tokens), int)
    boundary = np.r_[(doc[1:] != doc[:-1]) | (sent[1:] != sent[:-1]), True]
    if quote_of is not None:
        boundary[:-1] |= quote_of[1:] != quote_of[:-1]
    weights[boundary] = SENTENCE_END_WEIGHT
    opening = np.isin(texts, list(OPENING_MARKS))
    weights[opening] = ANYWHERE_WEIGHT / 10  # never cut just after an opening mark
    return weights


def _nearest_word(words: np.ndarray, doc: np.ndarray, *, backwards: bool) -> np.ndarray:
    """Index of the nearest word token at or before (or after) each token, in the same article;
    -1 where there is none."""
    n = len(words)
    positions = np.arange(n)
    if backwards:
        nearest = np.maximum.accumulate(np.where(words, positions, -1))
    else:
        nearest = np.minimum.accumulate(np.where(words, positions, n)[::-1])[::-1]
        nearest = np.where(nearest < n, nearest, -1)
    ok = nearest >= 0
    ok[ok] = doc[nearest[ok]] == doc[ok]
    return np.where(ok, nearest, -1)


def _attached_quotes(tokens: pd.DataFrame, words: np.ndarray, quotes: pd.DataFrame) -> np.ndarray:
    """The quotation each token belongs with: punctuation joins the word before it (the word after
    it for opening marks), so that « » and commas do not make a quotation's edge move."""
    inside = quote_index(tokens, quotes)
    doc = pd.factorize(tokens["doc_id"])[0]
    opening = np.isin(tokens["text"].astype(str).to_numpy(), list(OPENING_MARKS))
    before = _nearest_word(words, doc, backwards=True)
    after = _nearest_word(words, doc, backwards=False)
    first_choice = np.where(opening, after, before)
    chosen = np.where(first_choice >= 0, first_choice, np.where(opening, before, after))
    attached = np.where(chosen >= 0, inside[np.maximum(chosen, 0)], -1)
    return np.where(words, inside, attached).astype(np.int64)


def _cut_document(cum_words: np.ndarray, weights: np.ndarray, size: int, window: int, min_words: int) -> list[int]:
    """Positions (token indices within the document) of the last token of each segment."""
    n = len(cum_words)
    total = int(cum_words[-1]) if n else 0
    ends: list[int] = []
    first, done = 0, 0  # first token of the current segment, words before it
    while first < n:
        if total - done <= LAST_SEGMENT_SLACK * size:
            ends.append(n - 1)
            break
        lo = int(np.searchsorted(cum_words, done + min_words, side="left"))
        hi = int(np.searchsorted(cum_words, done + size + window, side="right"))
        lo, hi = min(max(lo, first), n - 1), min(max(hi, lo + 1), n)
        counts = cum_words[lo:hi] - done
        score = weights[lo:hi] / (np.abs(counts - size) + 1.0)
        end = lo + int(np.argmax(score))
        ends.append(end)
        first, done = end + 1, int(cum_words[end])
    return ends


def _quote_columns(segment_of: np.ndarray, words: np.ndarray, quote_of: np.ndarray | None, quotes: pd.DataFrame | None,
                   n_words: np.ndarray) -> pd.DataFrame:
    """quote_id, speaker and in_quote of each segment, from the quotation of its words."""
    n = len(n_words)
    out = pd.DataFrame({"quote_id": pd.Series([None] * n, dtype=object),
                        "speaker": pd.Series([NARRATION] * n, dtype=object), "in_quote": np.zeros(n)})
    if quote_of is None or quotes is None or not len(quotes):
        return out
    w = words & (quote_of >= 0)
    pairs = pd.DataFrame({"segment": segment_of[w], "quote": quote_of[w]})
    if not len(pairs):
        return out
    counts = pairs.value_counts().rename("n").reset_index().sort_values(["segment", "n", "quote"],
                                                                        ascending=[True, False, True])
    quoted = counts.groupby("segment")["n"].sum()
    out.loc[quoted.index, "in_quote"] = quoted.to_numpy() / np.maximum(n_words[quoted.index], 1)
    best = counts.drop_duplicates("segment")
    best = best[best["n"].to_numpy() * 2 > n_words[best["segment"].to_numpy()]]  # most of its words
    labels = speaker_labels(quotes).to_numpy(dtype=object)
    ids = quotes["quote_id"].to_numpy(dtype=object) if "quote_id" in quotes.columns else np.arange(len(quotes))
    out.loc[best["segment"].to_numpy(), "quote_id"] = ids[best["quote"].to_numpy()]
    out.loc[best["segment"].to_numpy(), "speaker"] = labels[best["quote"].to_numpy()]
    return out


def cut_segments(
    tokens: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    size: int = SEGMENT_SIZE,
    window: int = SIZE_WINDOW,
    min_words: int | None = None,
) -> tuple[pd.DataFrame, np.ndarray, pd.DataFrame]:
    """Segments of ``tokens`` and, for each token (in text order), the row of its segment.

    Returns ``(segments, segment_of, ordered_tokens)``: ``segment_of[i]`` is the segment row of
    ``ordered_tokens.iloc[i]`` (``tokens`` sorted by article and token index). See
    :func:`text_segments` for the columns.
    """
    require_columns(tokens, ["doc_id", "i", "text", "start", "end"])
    if size < 2:
        raise ValueError(f"segment size must be at least 2 words, not {size}")
    min_words = max(1, size // 2) if min_words is None else max(1, min_words)
    ordered = in_text_order(tokens)
    words = word_mask(ordered)
    quote_of = _attached_quotes(ordered, words, quotes) if quotes is not None and len(quotes) else None
    weights = _cut_weights(ordered, quote_of)
    doc_codes, _ = pd.factorize(ordered["doc_id"])
    bounds = np.flatnonzero(np.r_[True, doc_codes[1:] != doc_codes[:-1], True])
    seg_first: list[int] = []
    seg_last: list[int] = []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        ends = _cut_document(np.cumsum(words[a:b]), weights[a:b], size, window, min_words)
        seg_first.extend([a] + [a + e + 1 for e in ends[:-1]])
        seg_last.extend(a + e for e in ends)
    first, last = np.array(seg_first, dtype=np.int64), np.array(seg_last, dtype=np.int64)
    segment_of = np.repeat(np.arange(len(first)), last - first + 1)
    n_words = np.bincount(segment_of, weights=words, minlength=len(first)).astype(np.int64)
    frame = pd.DataFrame({
        "doc_id": ordered["doc_id"].to_numpy()[first],
        "segment_id": np.arange(len(first), dtype=np.int64),
        "start": ordered["start"].to_numpy(np.int64)[first],
        "end": ordered["end"].to_numpy(np.int64)[last],
        "n_words": n_words,
    })
    frame.insert(2, "position", frame.groupby("doc_id", sort=False).cumcount().to_numpy())
    quoted = _quote_columns(segment_of, words, quote_of, quotes, n_words)
    frame = pd.concat([frame, quoted], axis=1)
    return frame[SEGMENT_COLUMNS], segment_of, ordered


def text_segments(
    tokens: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    size: int = SEGMENT_SIZE,
    window: int = SIZE_WINDOW,
    min_words: int | None = None,
) -> pd.DataFrame:
    """Cut every article of ``tokens`` into segments of about ``size`` words at natural pauses.

    Columns: ``doc_id``, ``segment_id`` (0, 1, … in corpus order), ``position`` (in its
    article), ``start``, ``end`` (``text[start:end]`` is the segment), ``n_words``, ``quote_id``
    and ``speaker`` of the quotation holding most of its words (« (récit) » otherwise),
    ``in_quote`` (share of its words quoted), and ``text`` when ``articles`` is given.
    """
    frame, _, _ = cut_segments(tokens, quotes=quotes, size=size, window=window, min_words=min_words)
    return with_text(frame, articles) if articles is not None else frame


def with_text(segments: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``segments`` with a ``text`` column cut from the articles' texts by offsets."""
    require_columns(articles, ["doc_id", "text"], "articles frame")
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    out = segments.copy()
    out["text"] = [
        str(texts[d])[s:e] if d in texts else None
        for d, s, e in zip(out["doc_id"], out["start"], out["end"], strict=True)
    ]
    return out
