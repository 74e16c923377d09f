"""N-grams: collocations scored with NLTK's association measures, and Lexico-style repeated segments.

Collocations (:func:`collocations`) are pairs (or triples) of terms that occur together more
than chance predicts, adjacent or within a window, never across a sentence. Every word stays
in the stream (so « conférence de presse » does not make « conférence » and « presse »
adjacent) and counts in N; pairs holding a stop word, a filtered POS or a number are dropped
afterwards, as NLTK's ``apply_word_filter`` does. Punctuation breaks adjacency.

Repeated segments (:func:`repeated_segments`) follow Lexico (Salem 1987): word sequences that
recur, never crossing punctuation or a sentence, here without a stop word at either edge
(« conférence de presse », not « de presse »). By default only maximal segments are kept: a
segment that only ever occurs inside a longer one is dropped in its favour.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

import numpy as np
import pandas as pd

from analysis.keywords.terms import Unit, in_text_order, join_terms, require_columns, token_terms, word_mask

AssocMeasure = Literal["llr", "pmi", "t_score", "chi2"]
ASSOC_MEASURES: dict[str, str] = {"llr": "likelihood_ratio", "pmi": "pmi", "t_score": "student_t", "chi2": "chi_sq"}
_FILTERED = "\x00"  # prefix of words that occupy a position but may not be part of a collocation


def _sentence_codes(tokens: pd.DataFrame) -> np.ndarray:
    keys = [tokens["doc_id"]]
    if "sent_id" in tokens.columns:
        keys.append(tokens["sent_id"])
    return pd.MultiIndex.from_arrays(keys).factorize()[0] if len(keys) > 1 else pd.factorize(keys[0])[0]


def _stream(tokens: pd.DataFrame, by: Unit, gap: int, **filters: object) -> list[str | None]:
    """Terms in text order; filtered words marked, punctuation and sentence ends as ``None`` gaps."""
    kept = token_terms(tokens, by=by, **filters)
    every = token_terms(tokens, by=by, stop_words=False, numbers=True)
    words = np.where(kept.codes >= 0, np.asarray(kept.categories, dtype=object)[np.maximum(kept.codes, 0)], None)
    others = np.asarray([_FILTERED + str(c) for c in every.categories], dtype=object)
    words = np.where((kept.codes < 0) & (every.codes >= 0), np.append(others, None)[every.codes], words)
    sentence = _sentence_codes(tokens)
    stream: list[str | None] = []
    starts = np.flatnonzero(np.r_[True, sentence[1:] != sentence[:-1]]) if len(sentence) else np.array([], int)
    for a, b in zip(starts, np.r_[starts[1:], len(sentence)], strict=False):
        stream.extend(words[a:b].tolist())
        stream.extend([None] * gap)
    return stream


def collocations(
    tokens: pd.DataFrame,
    *,
    by: Unit = "lemma",
    n: int = 2,
    window: int | None = None,
    measure: AssocMeasure = "llr",
    min_freq: int = 3,
    stop_words: bool | Collection[str] | None = True,
    pos: Collection[str] | str | None = None,
    numbers: bool = False,
    top: int | None = None,
) -> pd.DataFrame:
    """Collocations scored with NLTK: log-likelihood (llr), PMI, t-score and chi², sorted by ``measure``.

    ``n``: 2 (pairs) or 3 (triples). ``window``: None for adjacent terms, or a window size
    (pairs only; counts are scaled by 1/(window-1) as NLTK does, after Church & Hanks 1990).
    Rows: w1, w2[, w3], collocation, f, f_w1, f_w2[, f_w3], llr, pmi, t_score, chi2.
    """
    from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
    from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

    if n not in (2, 3):
        raise ValueError("collocations are pairs (n=2) or triples (n=3)")
    if measure not in ASSOC_MEASURES:
        raise ValueError(f"measure must be one of {', '.join(ASSOC_MEASURES)}, not {measure!r}")
    if window is not None and (n != 2 or window < 2):
        raise ValueError("window applies to pairs (n=2) and must be at least 2")
    require_columns(tokens, ["doc_id", "i", "text", by])
    size = window or n
    stream = _stream(in_text_order(tokens), by, size - 1, stop_words=stop_words, pos=pos, numbers=numbers)
    finder_class, measures = ((BigramCollocationFinder, BigramAssocMeasures) if n == 2
                              else (TrigramCollocationFinder, TrigramAssocMeasures))
    finder = finder_class.from_words(stream, window_size=size)
    finder.apply_word_filter(lambda w: w.startswith(_FILTERED))
    finder.apply_freq_filter(min_freq)
    names = [f"w{k + 1}" for k in range(n)]
    columns = [*names, "collocation", "f", *(f"f_{w}" for w in names), *ASSOC_MEASURES]
    grams = list(finder.ngram_fd)
    if not grams:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(grams, columns=names)
    frame["collocation"] = [join_terms(g) for g in grams]
    frame["f"] = [finder.ngram_fd[g] for g in grams]
    for k, w in enumerate(names):
        frame[f"f_{w}"] = [finder.word_fd[g[k]] for g in grams]
    for column, method in ASSOC_MEASURES.items():
        scores = dict(finder.score_ngrams(getattr(measures, method)))
        frame[column] = [scores.get(g, np.nan) for g in grams]
    frame = frame.sort_values([measure, "f", "collocation"], ascending=[False, False, True], kind="stable")
    frame = frame.reset_index(drop=True)[columns]
    frame.attrs.update({"by": by, "window": window})
    return frame.head(top) if top is not None else frame


def repeated_segments(
    tokens: pd.DataFrame,
    *,
    by: Unit = "norm",
    min_len: int = 2,
    max_len: int = 6,
    min_freq: int = 2,
    stop_words: bool | Collection[str] | None = True,
    maximal: bool = True,
) -> pd.DataFrame:
    """Repeated segments: sequences of ``min_len``..``max_len`` words seen at least ``min_freq`` times.

    Segments never cross punctuation or a sentence and neither start nor end with a stop word.
    ``maximal`` drops a segment whose every occurrence lies inside a longer repeated segment.
    Rows: segment, n, f, docs (number of articles it occurs in); sorted by f, then length.
    """
    require_columns(tokens, ["doc_id", "i", "text", by])
    if min_len < 2 or max_len < min_len:
        raise ValueError("need 2 <= min_len <= max_len")
    tokens = in_text_order(tokens).reset_index(drop=True)
    every = token_terms(tokens, by=by, stop_words=False, numbers=True)
    code = np.where(word_mask(tokens), every.codes.astype(np.int64), -1)
    edge_ok = token_terms(tokens, by=by, stop_words=stop_words, numbers=True).codes >= 0
    sentence = _sentence_codes(tokens)
    doc = pd.factorize(tokens["doc_id"])[0]
    names = np.asarray(every.categories, dtype=object)
    n_tok, base = len(code), len(names) + 1
    chain = code >= 0  # positions where a run of `length` words starts
    key = np.where(chain, code, -1)
    found: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}  # length → (key per start, valid, freq per key)
    for length in range(2, max_len + 1):
        nxt = np.full(n_tok, -1, dtype=np.int64)
        same = np.zeros(n_tok, dtype=bool)
        if length - 1 < n_tok:
            nxt[: n_tok - length + 1] = code[length - 1:]
            same[: n_tok - length + 1] = sentence[length - 1:] == sentence[: n_tok - length + 1]
        chain = chain & (nxt >= 0) & same
        key = np.where(chain, pd.factorize(np.where(chain, key * base + nxt, -1))[0], -1)
        end_ok = np.zeros(n_tok, dtype=bool)
        end_ok[: n_tok - length + 1] = edge_ok[length - 1:]
        valid = chain & edge_ok & end_ok
        freq = np.bincount(key[valid], minlength=max(int(key.max()) + 1 if key.size else 0, 1))  # ≥ 1: indexable
        found[length] = (key, valid, freq)
    keep: dict[int, np.ndarray] = {}
    for length in range(min_len, max_len + 1):
        key, valid, freq = found[length]
        keep[length] = valid & (freq[np.maximum(key, 0)] >= min_freq)
    if maximal:
        for length in range(min_len, max_len):
            key, valid, freq = found[length]
            covered = np.zeros(len(freq), dtype=bool)
            for longer in range(length + 1, max_len + 1):
                l_key, l_valid, l_freq = found[longer]
                starts = np.flatnonzero(keep[longer])
                for shift in range(longer - length + 1):
                    inner = starts + shift
                    inner = inner[inner < n_tok]
                    outer = inner - shift
                    ok = valid[inner]
                    same_f = freq[key[inner[ok]]] == l_freq[l_key[outer[ok]]]
                    covered[key[inner[ok]][same_f]] = True
            keep[length] &= ~covered[np.maximum(key, 0)]
    rows = []
    for length in range(min_len, max_len + 1):
        key, _valid, freq = found[length]
        positions = np.flatnonzero(keep[length])
        if not positions.size:
            continue
        keys, first = np.unique(key[positions], return_index=True)
        docs = pd.Series(doc[positions]).groupby(key[positions]).nunique()
        for k, p in zip(keys, positions[first], strict=False):
            rows.append((join_terms(names[code[p:p + length]]), length, int(freq[k]), int(docs[k])))
    frame = pd.DataFrame(rows, columns=["segment", "n", "f", "docs"])
    frame = frame.sort_values(["f", "n", "segment"], ascending=[False, False, True], kind="stable").reset_index(drop=True)
    frame.attrs.update({"by": by})
    return frame
