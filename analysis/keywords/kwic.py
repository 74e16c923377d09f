"""Concordances (KWIC): every occurrence of a word or phrase with its left and right context.

The text behind every number: :func:`kwic` takes a word, a phrase, a regular expression, or
directly a row (or rows) of a frequency or keyness table, and returns one row per occurrence:
doc_id, sent_id, i, left, keyword, right, start, end, speaker, left_word, right_word (and part,
when the tokens carry one). ``start``/``end`` index the article text; with ``articles`` the
contexts are the article's own characters (spacing kept, line breaks shown as spaces).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.keywords.partitions import quote_index, speaker_labels
from analysis.keywords.terms import (
    UNITS,
    Unit,
    clean_term,
    clean_terms,
    fold,
    in_text_order,
    join_terms,
    require_columns,
    split_query,
    word_mask,
)

KWIC_COLUMNS = ["doc_id", "sent_id", "i", "left", "keyword", "right", "start", "end", "speaker", "left_word",
                "right_word"]
Sort = Literal["left", "right", "position"]
_SPACES = re.compile(r"\s+")


def _unit_terms(tokens: pd.DataFrame, by: Unit) -> tuple[np.ndarray, pa.Array]:
    """Per token, the code of its lower-cased clean term; and the distinct terms."""
    codes, uniques = pd.factorize(tokens[by])
    return codes.astype(np.int64), clean_terms(uniques, lower=True)


def _word_matches(cleaned: pa.Array, codes: np.ndarray, word: str, *, regex: bool) -> np.ndarray:
    if regex:
        pattern = re.compile(fold(word), re.IGNORECASE)
        hits = np.fromiter((bool(pattern.fullmatch(c or "")) for c in cleaned.to_pylist()), dtype=bool,
                           count=len(cleaned))
    else:
        target = clean_term(word, lower=True)
        hits = pc.fill_null(pc.equal(cleaned, target), False).to_numpy(zero_copy_only=False)
    return np.append(hits, False)[codes]


def _phrase_hits(codes: np.ndarray, cleaned: pa.Array, words: Sequence[str], regex: bool,
                 doc: np.ndarray) -> np.ndarray:
    """Start positions where ``words`` occur as consecutive tokens of one document."""
    n = len(codes)
    hits = np.ones(n, dtype=bool)
    for offset, word in enumerate(words):
        match = _word_matches(cleaned, codes, word, regex=regex)
        shifted = np.zeros(n, dtype=bool)
        if offset < n:
            shifted[: n - offset] = match[offset:] & (doc[offset:] == doc[: n - offset])
        hits &= shifted
    return np.flatnonzero(hits)


def _queries(query: object, by: Unit | None) -> tuple[list[tuple[str, object]], Unit]:
    """(phrase, part or None) pairs from a string, a list of strings, a table row or rows."""
    if isinstance(query, pd.DataFrame):
        by = by or query.attrs.get("by", "lemma")
        parts = query["part"] if "part" in query.columns else [None] * len(query)
        column = "term" if "term" in query.columns else "collocation" if "collocation" in query.columns else "segment"
        return [(str(term), p) for term, p in zip(query[column], parts, strict=False)], by
    if isinstance(query, pd.Series):
        by = by or query.attrs.get("by", "lemma")
        term = query.get("term", query.get("collocation", query.get("segment")))
        return [(str(term), query.get("part"))], by
    if isinstance(query, str):
        return [(query, None)], by or "lemma"
    return [(str(q), None) for q in query], by or "lemma"


def _context(text: str | None, token_texts: np.ndarray, a: int, b: int, starts: np.ndarray, ends: np.ndarray) -> str:
    if b <= a:
        return ""
    if text is not None:
        return _SPACES.sub(" ", text[starts[a]:ends[b - 1]]).strip()
    return join_terms(token_texts[a:b])


@dataclass(frozen=True)
class _Stream:
    """The tokens in text order as per-token arrays, everything a concordance line reads."""

    doc: np.ndarray  # article code of each token
    doc_names: np.ndarray  # doc_id of each code
    sent_ids: np.ndarray
    token_i: np.ndarray
    first_of: np.ndarray  # first token of the token's article (contexts stop at the article's edges)
    last_of: np.ndarray  # one past its last token
    words: np.ndarray  # word tokens (not punctuation): left_word / right_word skip the rest
    starts: np.ndarray
    ends: np.ndarray
    token_texts: np.ndarray
    norms: np.ndarray
    texts: dict[object, str] | None  # article texts by doc_id, when given
    speaker: np.ndarray  # the speaker of the quotation holding each token, or None
    parts: np.ndarray | None  # the part of each token, when the tokens carry one


def _stream(tokens: pd.DataFrame, articles: pd.DataFrame | None, quotes: pd.DataFrame | None) -> _Stream:
    """Arrays of ``tokens`` (already in text order) for :func:`_line`."""
    doc, doc_names = pd.factorize(tokens["doc_id"])
    n = len(tokens)
    bounds = np.flatnonzero(np.diff(doc)) + 1
    lengths = np.diff(np.r_[0, bounds, n])
    norms = (tokens["norm"] if "norm" in tokens.columns else tokens["text"].map(lambda s: fold(str(s)).lower()))
    texts = None
    if articles is not None:
        require_columns(articles, ["doc_id", "text"], "articles frame")
        texts = dict(zip(articles["doc_id"], articles["text"], strict=False))
    speaker = np.full(n, None, dtype=object)
    if quotes is not None and len(quotes):
        names = np.append(speaker_labels(quotes).to_numpy(dtype=object), None)
        speaker = names[quote_index(tokens, quotes)]
    return _Stream(
        doc=doc, doc_names=np.asarray(doc_names, dtype=object),
        sent_ids=tokens["sent_id"].to_numpy() if "sent_id" in tokens.columns else np.full(n, -1),
        token_i=tokens["i"].to_numpy(),
        first_of=np.repeat(np.r_[0, bounds], lengths), last_of=np.repeat(np.r_[bounds, n], lengths),
        words=word_mask(tokens),
        starts=tokens["start"].to_numpy(np.int64), ends=tokens["end"].to_numpy(np.int64),
        token_texts=tokens["text"].to_numpy(dtype=object), norms=norms.to_numpy(dtype=object),
        texts=texts, speaker=speaker,
        parts=tokens["part"].to_numpy(dtype=object) if "part" in tokens.columns else None,
    )


def _line(s: _Stream, pos: int, last: int, window: int) -> dict[str, object]:
    """The concordance row of the occurrence at tokens ``pos`` to ``last`` (excluded)."""
    lo = max(s.first_of[pos], pos - window)
    hi = min(s.last_of[pos], last + window)
    doc_id = s.doc_names[s.doc[pos]]
    text = s.texts.get(doc_id) if s.texts is not None else None
    left_words = np.flatnonzero(s.words[lo:pos])
    right_words = np.flatnonzero(s.words[last:hi])
    row = {
        "doc_id": doc_id,
        "sent_id": int(s.sent_ids[pos]),
        "i": int(s.token_i[pos]),
        "left": _context(text, s.token_texts, lo, pos, s.starts, s.ends),
        "keyword": _context(text, s.token_texts, pos, last, s.starts, s.ends),
        "right": _context(text, s.token_texts, last, hi, s.starts, s.ends),
        "start": int(s.starts[pos]),
        "end": int(s.ends[last - 1]),
        "speaker": s.speaker[pos],
        "left_word": s.norms[lo + left_words[-1]] if left_words.size else "",
        "right_word": s.norms[last + right_words[0]] if right_words.size else "",
    }
    if s.parts is not None:
        row["part"] = s.parts[pos]
    return row


def _sorted(frame: pd.DataFrame, sort: Sort, limit: int | None) -> pd.DataFrame:
    """Lines by the word just left or right of the keyword, or in text order; the first ``limit``."""
    if sort == "left":
        frame = frame.sort_values(["left_word", "right_word", "doc_id", "i"], kind="stable")
    elif sort == "right":
        frame = frame.sort_values(["right_word", "left_word", "doc_id", "i"], kind="stable")
    elif sort != "position":
        raise ValueError(f"sort must be 'left', 'right' or 'position', not {sort!r}")
    frame = frame.reset_index(drop=True)
    return frame.head(limit) if limit is not None else frame


def kwic(
    tokens: pd.DataFrame,
    query: str | Sequence[str] | pd.Series | pd.DataFrame,
    *,
    by: Unit | None = None,
    regex: bool = False,
    articles: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    window: int = 8,
    sort: Sort = "position",
    limit: int | None = None,
) -> pd.DataFrame:
    """Occurrences of ``query`` with ``window`` tokens of context on each side (within the article).

    ``query``: a word or phrase (« conférence de presse », matched as consecutive tokens,
    case-insensitive, ' and ’ alike), several of them, a regular expression (``regex=True``,
    matched against each whole token), or one or more rows of a frequency / keyness /
    collocation table, whose ``by`` is remembered and whose ``part`` (when the tokens carry a
    ``part`` column) restricts the contexts to that part. ``by``: what a word is matched
    against: lemma (all inflected forms), norm (the form) or text. ``sort``: by the word just
    left of the keyword, just right of it, or in text order. ``quotes`` fills ``speaker`` for
    occurrences inside a quotation.
    """
    queries, unit = _queries(query, by)
    if unit not in UNITS:
        raise ValueError(f"by must be one of {', '.join(UNITS)}, not {unit!r}")
    require_columns(tokens, ["doc_id", "i", "text", "start", "end", unit])
    tokens = in_text_order(tokens).reset_index(drop=True)
    stream = _stream(tokens, articles, quotes)
    codes, cleaned = _unit_terms(tokens, unit)
    rows: list[dict[str, object]] = []
    for phrase, wanted_part in queries:
        phrase_words = [phrase] if regex else split_query(phrase)
        if not phrase_words:
            continue
        for pos in _phrase_hits(codes, cleaned, phrase_words, regex, stream.doc):
            if stream.parts is not None and wanted_part is not None and stream.parts[pos] != wanted_part:
                continue
            row = _line(stream, pos, pos + len(phrase_words), window)
            if len(queries) > 1:
                row["query"] = phrase
            rows.append(row)
    columns = KWIC_COLUMNS + (["part"] if stream.parts is not None else []) + (["query"] if len(queries) > 1 else [])
    return _sorted(pd.DataFrame(rows, columns=columns), sort, limit)
