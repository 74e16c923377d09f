"""Near-duplicate articles: the same story in several editions, or one wire copy run twice.

Similarity is the Jaccard index of the sets of 5-word shingles of two bodies (lower case, ' and
’ alike, punctuation ignored). Finding the pairs never compares every article with every
other: each article gets a 128-value one-permutation MinHash signature (vectorised numpy), the
signatures are cut into bands (locality-sensitive hashing), only articles that share a band
become candidates, and each candidate pair is then checked exactly. Of a group of duplicates
the longest article is kept (ties: the first in the frame).

Limits: a short brief contained in a long article has a low Jaccard index and is not a
duplicate here; a translation or a rewrite is not either.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from analysis.fr.text import fold

DEFAULT_THRESHOLD = 0.5
"""Jaccard index of 5-word shingles at or above which two articles are near-duplicates."""

SHINGLE = 5
NUM_HASHES = 128
_BIN_BITS = 7  # 2**7 = NUM_HASHES bins
_CHUNK_DOCS = 2000
_ESTIMATE_MARGIN = 0.15
_ALL_PAIRS_RUN = 50  # band buckets up to this size give every pair; larger ones a star and a chain

_WORD = re.compile(r"\w+")
_U64 = np.uint64
_MASK32 = _U64(0xFFFFFFFF)


def words(text: str) -> list[str]:
    """Lower-cased word forms of ``text`` (the unit shingles are made of)."""
    return _WORD.findall(fold(str(text), accents=True))


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads structured 64-bit values over the whole range."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> _U64(30))
        x = x * _U64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> _U64(27))
        x = x * _U64(0x94D049BB133111EB)
        return x ^ (x >> _U64(31))


def _word_hashes(vocabulary: Sequence[str]) -> np.ndarray:
    """Stable 64-bit hash of each word (same value in every process and run)."""
    return np.fromiter(
        (int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little") for w in vocabulary),
        dtype=np.uint64, count=len(vocabulary),
    )


def shingle_hashes(texts: Iterable[str], *, size: int = SHINGLE) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of every ``size``-word shingle of each text: (hashes, owner index), vectorised.

    A text shorter than ``size`` words gives one shingle (all its words); an empty one none.
    """
    tokens = [words(t) for t in texts]
    lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
    if not lengths.sum():
        return np.empty(0, np.uint64), np.empty(0, np.int64)
    codes, vocabulary = pd.factorize(pd.Series([w for t in tokens for w in t], dtype=object))
    word_hash = _word_hashes(vocabulary)[codes]
    n = len(word_hash)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    owner = np.repeat(np.arange(len(tokens)), lengths)
    position = np.arange(n) - starts[owner]
    window = np.minimum(lengths, size)[owner]  # words per shingle for this text
    valid = position <= lengths[owner] - window
    combined = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(size):
            shifted = np.zeros(n, dtype=np.uint64)
            if k < n:  # a corpus with fewer words than a shingle has nothing to shift in
                shifted[: n - k] = word_hash[k:]
            use = k < window  # shorter texts combine fewer words
            combined = np.where(use, combined * _U64(0x9E3779B97F4A7C15) + shifted, combined)
    return _mix(combined[valid]), owner[valid]


def signatures(texts: Sequence[str], *, size: int = SHINGLE) -> tuple[np.ndarray, np.ndarray]:
    """One-permutation MinHash signatures (n × 128, uint32) and whether each text had shingles.

    Each shingle hash falls into one of 128 bins (its top bits) and each bin keeps its smallest
    value; empty bins borrow from the next filled bin (rotation densification), so two
    signatures agree in a bin with probability close to the texts' Jaccard index.
    """
    n = len(texts)
    out = np.zeros((n, NUM_HASHES), dtype=np.uint32)
    has = np.zeros(n, dtype=bool)
    empty = np.uint64(np.iinfo(np.uint64).max)
    for lo in range(0, n, _CHUNK_DOCS):
        chunk = list(texts[lo:lo + _CHUNK_DOCS])
        hashes, owner = shingle_hashes(chunk, size=size)
        sig = np.full((len(chunk), NUM_HASHES), empty, dtype=np.uint64)
        if len(hashes):
            bins = (hashes >> _U64(64 - _BIN_BITS)).astype(np.int64)
            values = hashes & _U64((1 << (64 - _BIN_BITS)) - 1)
            np.minimum.at(sig, (owner, bins), values)
        filled = sig != empty
        has[lo:lo + len(chunk)] = filled.any(axis=1)
        # rotation densification: empty bin j takes the value of the next filled bin j' (circularly),
        # offset by the distance so that borrowed values differ from the originals
        cols = np.arange(NUM_HASHES)
        nxt = np.where(filled, cols, 2 * NUM_HASHES)
        nxt = np.concatenate([nxt, np.where(filled, cols + NUM_HASHES, 2 * NUM_HASHES)], axis=1)
        nxt = np.minimum.accumulate(nxt[:, ::-1], axis=1)[:, ::-1][:, :NUM_HASHES]
        rows = np.arange(len(chunk))[:, None]
        source = np.where(nxt >= 2 * NUM_HASHES, cols, nxt % NUM_HASHES)
        distance = np.where(nxt >= 2 * NUM_HASHES, 0, nxt - cols).astype(np.uint64)
        with np.errstate(over="ignore"):
            dense = sig[rows, source] + distance * _U64(0x9E3779B97F4A7C15)
        out[lo:lo + len(chunk)] = ((dense >> _U64(16)) & _MASK32).astype(np.uint32)
    return out, has


def _rows_per_band(threshold: float) -> int:
    """Rows per LSH band: the largest whose S-curve midpoint sits well below ``threshold``."""
    best = 1
    for r in (1, 2, 4, 8, 16):
        bands = NUM_HASHES // r
        if (1 / bands) ** (1 / r) <= threshold - 0.1:
            best = r
    return best


def candidate_pairs(sigs: np.ndarray, usable: np.ndarray, *, threshold: float) -> np.ndarray:
    """Pairs (i < j) that share at least one LSH band: shape (m, 2), no duplicates."""
    r = _rows_per_band(threshold)
    index = np.flatnonzero(usable)
    if len(index) < 2:
        return np.empty((0, 2), dtype=np.int64)
    sub = sigs[index].astype(np.uint64)
    found: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        for band in range(NUM_HASHES // r):
            key = np.full(len(index), _U64(band + 1))
            for c in range(band * r, band * r + r):
                key = _mix(key * _U64(0x100000001B3) + sub[:, c])
            order = np.argsort(key, kind="stable")
            ordered = key[order]
            same = ordered[1:] == ordered[:-1]
            if not same.any():
                continue
            # runs of equal keys: chain pairs (k, k+1) always; all pairs for small runs; star to the first
            starts = np.flatnonzero(np.concatenate([[True], ~same]))
            ends = np.concatenate([starts[1:], [len(ordered)]])
            for s, e in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
                members = order[s:e]
                if e - s <= _ALL_PAIRS_RUN:
                    a, b = np.triu_indices(e - s, k=1)
                    found.append(np.stack([members[a], members[b]], axis=1))
                else:
                    found.append(np.stack([members[:-1], members[1:]], axis=1))
                    found.append(np.stack([np.full(e - s - 1, members[0]), members[1:]], axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = index[np.concatenate(found)]
    lo, hi = pairs.min(axis=1), pairs.max(axis=1)
    codes = np.unique(lo * np.int64(len(sigs)) + hi)
    return np.stack([codes // len(sigs), codes % len(sigs)], axis=1)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard index of two sorted arrays of unique shingle hashes."""
    if not len(a) or not len(b):
        return 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (len(a) + len(b) - inter)


def near_duplicate_pairs(
    frame: pd.DataFrame,
    *,
    threshold: float | None = None,
    text_column: str = "text",
    by: str | None = None,
) -> pd.DataFrame:
    """Every pair of rows at or above ``threshold``: columns a, b (row positions), similarity.

    ``by`` (a column such as ``"outlet"``) only compares rows that share its value.
    """
    threshold = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    if not 0 < threshold <= 1:
        raise ValueError(f"the near-duplicate threshold must be in (0, 1], not {threshold}")
    texts = frame[text_column].fillna("").astype(str).tolist()
    sigs, usable = signatures(texts)
    pairs = candidate_pairs(sigs, usable, threshold=threshold)
    if by is not None and len(pairs):
        groups = frame[by].astype(str).to_numpy()
        pairs = pairs[groups[pairs[:, 0]] == groups[pairs[:, 1]]]
    # the signatures estimate each candidate's Jaccard index (sd ≤ 0.045 with 128 bins): drop the
    # pairs clearly below the threshold before the exact check
    estimate = estimated_similarity(sigs, pairs)
    pairs = pairs[estimate >= threshold - _ESTIMATE_MARGIN]
    sets = _shingle_sets(texts, np.unique(pairs))
    rows = []
    for a, b in pairs.tolist():
        sim = jaccard(sets[a], sets[b])
        if sim >= threshold:
            rows.append((a, b, sim))
    return pd.DataFrame(rows, columns=["a", "b", "similarity"]).astype({"a": "int64", "b": "int64"})


def estimated_similarity(sigs: np.ndarray, pairs: np.ndarray, *, chunk: int = 100_000) -> np.ndarray:
    """Share of equal signature bins for each pair: an unbiased estimate of their Jaccard index."""
    out = np.empty(len(pairs), dtype=np.float64)
    for lo in range(0, len(pairs), chunk):
        part = pairs[lo:lo + chunk]
        out[lo:lo + chunk] = (sigs[part[:, 0]] == sigs[part[:, 1]]).mean(axis=1)
    return out


def _shingle_sets(texts: Sequence[str], rows: np.ndarray) -> dict[int, np.ndarray]:
    """Sorted unique shingle hashes of the given rows, computed in one vectorised pass."""
    sets: dict[int, np.ndarray] = {}
    for lo in range(0, len(rows), _CHUNK_DOCS):
        chunk = rows[lo:lo + _CHUNK_DOCS]
        hashes, owner = shingle_hashes([texts[i] for i in chunk])
        order = np.lexsort((hashes, owner))
        hashes, owner = hashes[order], owner[order]
        keep = np.ones(len(hashes), dtype=bool)
        keep[1:] = (hashes[1:] != hashes[:-1]) | (owner[1:] != owner[:-1])
        hashes, owner = hashes[keep], owner[keep]
        bounds = np.searchsorted(owner, np.arange(len(chunk) + 1))
        for k, row in enumerate(chunk.tolist()):
            sets[row] = hashes[bounds[k]:bounds[k + 1]]
    return sets


def drop_near_duplicates(
    frame: pd.DataFrame,
    *,
    threshold: float | None = None,
    by: str | None = None,
    text_column: str = "text",
) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Remove near-duplicate articles; return (kept frame, pairs).

    Each pair is ``{"kept": doc_id, "dropped": doc_id, "similarity": Jaccard index}``. Of each
    group the longest text is kept (ties: the earlier row); an article is dropped only when it
    is itself similar to a kept one. ``threshold`` defaults to :data:`DEFAULT_THRESHOLD`;
    ``by="outlet"`` keeps the same story when different outlets ran it.
    """
    if len(frame) < 2:
        return frame, []
    found = near_duplicate_pairs(frame, threshold=threshold, text_column=text_column, by=by)
    if found.empty:
        return frame, []
    lengths = frame[text_column].fillna("").astype(str).str.len().to_numpy()
    # priority: longer first, then earlier row
    rank = np.lexsort((np.arange(len(frame)), -lengths))
    priority = np.empty(len(frame), dtype=np.int64)
    priority[rank] = np.arange(len(frame))
    neighbours: dict[int, list[tuple[int, float]]] = {}
    for a, b, sim in found.itertuples(index=False):
        neighbours.setdefault(a, []).append((b, sim))
        neighbours.setdefault(b, []).append((a, sim))
    dropped: dict[int, tuple[int, float]] = {}
    for doc in sorted(neighbours, key=lambda i: priority[i]):
        if doc in dropped:
            continue
        for other, sim in sorted(neighbours[doc], key=lambda x: priority[x[0]]):
            if priority[other] > priority[doc] and other not in dropped:
                dropped[other] = (doc, sim)
    ids = frame["doc_id"].astype(str).to_numpy() if "doc_id" in frame.columns else np.arange(len(frame)).astype(str)
    pairs = [
        {"kept": ids[keep], "dropped": ids[drop], "similarity": round(float(sim), 4)}
        for drop, (keep, sim) in sorted(dropped.items(), key=lambda x: (priority[x[1][0]], x[0]))
    ]
    mask = np.ones(len(frame), dtype=bool)
    mask[list(dropped)] = False
    kept = frame[mask].reset_index(drop=True)
    kept.attrs = dict(frame.attrs)
    return kept, pairs
