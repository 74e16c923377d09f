"""Keyness statistics from counts, vectorised and exact: Lafon's specificity, G², log-ratio.

Each function takes the four counts of a lexical-table cell, as arrays:
``f`` (term in the part), ``F`` (term in the corpus), ``t`` (words in the part), ``T`` (words in
the corpus), with the part inside the corpus (``f <= F``, ``f <= t``, ``F - f <= T - t``).
Comparing a part with a separate reference corpus is the same thing with ``F = f + f_ref`` and
``T = t + T_ref``.

Lafon's specificity (Lafon 1980), as TXM and the R package *textometry* report it: the number
of words ``X`` of the term in a random draw of ``t`` words from the corpus is hypergeometric;
if ``f`` is at least the expected count ``t·F/T`` the score is ``-log10 P(X >= f)`` (over-use,
positive), otherwise ``log10 P(X <= f)`` (under-use, negative). TXM rounds to 4 decimals and
turns probabilities that underflow into ±infinity; here the tail is summed in log space, so
scores of several thousand stay finite and exact (no overflow, no underflow).

G² is the log-likelihood ratio of the 2×2 table part/rest × term/other words (Dunning 1993),
signed + for over-use and − for under-use. Log-ratio is Hardie's (2014) effect size,
``log2((f/t) / ((F-f)/(T-t)))`` with 0.5 standing in for a zero count; NaN when the part is
the whole corpus (no rest to compare with).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.special import betaln

LN10 = np.log(10.0)
_TOLERANCE = np.log(1e-17)
"""Stop summing a tail when what is left is below this fraction of the sum (beyond float precision)."""


def _as_arrays(f, F, t, T) -> tuple[np.ndarray, ...]:
    arrays = np.broadcast_arrays(*(np.asarray(x, dtype=np.float64) for x in (f, F, t, T)))
    f, F, t, T = (np.array(a, dtype=np.float64) for a in arrays)
    bad = (f < 0) | (t < 0) | (f > F) | (f > t) | (F > T) | (t > T) | ((F - f) > (T - t))
    bad |= (np.floor(f) != f) | (np.floor(F) != F) | (np.floor(t) != t) | (np.floor(T) != T)
    if np.any(bad):
        i = int(np.flatnonzero(bad)[0])
        raise ValueError(f"inconsistent counts f={f.flat[i]:g}, F={F.flat[i]:g}, t={t.flat[i]:g}, T={T.flat[i]:g}: "
                         "need whole numbers with 0 <= f <= min(F, t) and F - f <= T - t <= T")
    return f, F, t, T


def _cross(f: np.ndarray, T: np.ndarray, t: np.ndarray, F: np.ndarray) -> np.ndarray:
    """``f·T − t·F`` (the sign says over- or under-use), exact in integers while they fit in 64 bits."""
    if T.size and float(T.max()) < 3.0e9:
        return (f.astype(np.int64) * T.astype(np.int64) - t.astype(np.int64) * F.astype(np.int64)).astype(np.float64)
    return f * T - t * F


def _log_choose(n: np.ndarray, k: np.ndarray) -> np.ndarray:
    """ln C(n, k) through the log beta function (accurate for very large n)."""
    return -np.log1p(n) - betaln(n - k + 1.0, k + 1.0)


def hypergeom_logpmf(k, F, t, T) -> np.ndarray:
    """ln P(X = k) for X ~ hypergeometric (T words, F of the term, t drawn)."""
    k, F, t, T = (np.asarray(x, dtype=np.float64) for x in (k, F, t, T))
    return _log_choose(F, k) + _log_choose(T - F, t - k) - _log_choose(T, t)


def _log_ratio_step(k: np.ndarray, F, t, T, upward: bool) -> np.ndarray:
    """ln of pmf(k+1)/pmf(k) (upward) or pmf(k-1)/pmf(k) (downward); -inf past the support's end."""
    if upward:
        num = (F - k) * (t - k)
        den = (k + 1.0) * (T - F - t + k + 1.0)
    else:
        num = k * (T - F - t + k)
        den = (F - k + 1.0) * (t - k + 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log(num / den)
    return np.where((num > 0) & (den > 0), out, -np.inf)


def _log_tail_one_way(log_first: np.ndarray, f, F, t, T, upward: bool) -> np.ndarray:
    """Add to ln pmf(f) the terms beyond f in one direction, in growing blocks, until negligible.

    Terms beyond ``f`` shrink monotonically once past the mode, so the sum stops when the
    geometric bound on what is left falls below 1e-17 of the total, or at the support's end.
    """
    log_sum = log_first.copy()
    log_term = log_first.copy()
    k = f.copy()
    step = 1.0 if upward else -1.0
    end = np.minimum(F, t) if upward else np.maximum(0.0, t - (T - F))
    active = np.flatnonzero(np.isfinite(log_sum) & (k != end))
    block = 4
    while active.size:
        ka = k[active]
        ks = ka[:, None] + step * np.arange(block, dtype=np.float64)[None, :]
        ratio = _log_ratio_step(ks, F[active][:, None], t[active][:, None], T[active][:, None], upward)
        terms = log_term[active][:, None] + np.cumsum(ratio, axis=1)
        top = terms[:, 0] if block == 1 else np.max(terms, axis=1)
        finite = np.isfinite(top)
        anchor = np.where(finite, top, 0.0)
        with np.errstate(divide="ignore"):
            block_sum = np.where(finite, anchor + np.log(np.sum(np.exp(terms - anchor[:, None]), axis=1)), -np.inf)
        log_sum[active] = np.logaddexp(log_sum[active], block_sum)
        last_term, last_ratio = terms[:, -1], ratio[:, -1]
        log_term[active] = last_term
        k[active] = ka + step * block
        # what is left ≤ last_term · r/(1−r) once the ratio r is below 1 (it keeps falling)
        with np.errstate(divide="ignore", invalid="ignore"):
            bound = last_term + last_ratio - np.log1p(-np.exp(np.minimum(last_ratio, -1e-300)))
        done = ~np.isfinite(last_term) | ((last_ratio < 0) & (bound < log_sum[active] + _TOLERANCE))
        active = active[~done]
        block = min(block * 2, 4096)
    return log_sum


def _log_tail(f, F, t, T, upward: np.ndarray) -> np.ndarray:
    """ln P(X >= f) where ``upward`` else ln P(X <= f), for 1-d arrays.

    Far in a tail (the next term at most half the current one) the log-space series converges
    in a few dozen terms and never underflows. Near the bulk of a wide distribution it would
    need thousands, and there the probability is far from underflow, so the C implementation
    of the hypergeometric cdf behind scipy.stats (Boost) is used; the series takes over again
    wherever that result falls below 1e-290.
    """
    out = np.empty(f.shape, dtype=np.float64)
    first_ratio = np.where(upward, _log_ratio_step(f, F, t, T, True), _log_ratio_step(f, F, t, T, False))
    bulk = first_ratio > np.log(0.5)
    if bulk.any():
        from scipy.stats import hypergeom

        rows = np.flatnonzero(bulk)
        up = upward[rows]
        with np.errstate(divide="ignore"):
            p = np.where(up, hypergeom.sf(f[rows] - 1, T[rows], F[rows], t[rows]),
                         hypergeom.cdf(f[rows], T[rows], F[rows], t[rows]))
            out[rows] = np.log(p)
        bulk[rows[~(p > 1e-290)]] = False
    for direction in (True, False):
        rows = np.flatnonzero((upward == direction) & ~bulk)
        if rows.size:
            fr, Fr, tr, Tr = f[rows], F[rows], t[rows], T[rows]
            out[rows] = _log_tail_one_way(hypergeom_logpmf(fr, Fr, tr, Tr), fr, Fr, tr, Tr, direction)
    return np.minimum(out, 0.0)


def _unique_rows(*columns: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """Distinct (f, F, t, T) combinations and, for each input row, the index of its combination."""
    codes = np.zeros(columns[0].shape, dtype=np.int64)
    for column in columns:
        values, uniques = pd.factorize(column)
        codes, _ = pd.factorize(codes * (len(uniques) + 1) + values)
    first = np.zeros(codes.max() + 1 if codes.size else 0, dtype=np.int64)
    first[codes[::-1]] = np.arange(codes.size)[::-1]
    return [column[first] for column in columns], codes


def specificity(f, F, t, T) -> np.ndarray:
    """Lafon's signed specificity: +|log10 P(X >= f)| for over-use, -|log10 P(X <= f)| for under-use."""
    f, F, t, T = _as_arrays(f, F, t, T)
    out = np.zeros(f.shape, dtype=np.float64)
    if not f.size:
        return out
    over = _cross(f, T, t, F) >= 0  # f >= t·F/T, i.e. at least the expected count
    # a lexical table repeats the same few counts (f = 0 or 1, small F) thousands of times
    (uf, uF, ut, uT), inverse = _unique_rows(*(a.ravel() for a in (f, F, t, T)))
    u_over = _cross(uf, uT, ut, uF) >= 0
    log_p = _log_tail(uf, uF, ut, uT, u_over)[inverse].reshape(f.shape)
    # the whole support lies on one side of f: the tail is certain (t = T, F = T, f = 0 = F …)
    certain = np.where(over, f <= np.maximum(0.0, t - (T - F)), f >= np.minimum(F, t))
    log_p = np.where(certain, 0.0, log_p)
    out = np.where(over, -log_p, log_p) / LN10
    out = np.where(over, np.maximum(out, 0.0), np.minimum(out, 0.0))
    return out + 0.0  # no negative zeros


def g2(f, F, t, T) -> np.ndarray:
    """Signed log-likelihood G² of part vs rest (+ over-use, − under-use; 0 when t = T)."""
    f, F, t, T = _as_arrays(f, F, t, T)
    # the four cells and their expected counts; every deviation O - E is ±D/T (computed exactly)
    D = _cross(f, T, t, F)
    cells = (
        (f, t * F, D),
        (F - f, (T - t) * F, -D),
        (t - f, t * (T - F), -D),
        ((T - t) - (F - f), (T - t) * (T - F), D),
    )
    total = np.zeros(f.shape, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        for observed, expected_T, deviation_T in cells:
            x = np.where(expected_T > 0, deviation_T / np.where(expected_T > 0, expected_T, 1.0), 0.0)
            # O·ln(O/E) − (O − E) = O·log1p(x) − E·x, with x = (O − E)/E; zero when O = 0 → E
            term = np.where(observed > 0, observed * np.log1p(np.maximum(x, -1.0)), 0.0)
            term = term - np.where(T > 0, deviation_T / np.where(T > 0, T, 1.0), 0.0)
            total += np.where(expected_T > 0, term, 0.0)
    value = np.maximum(2.0 * total, 0.0)
    return np.sign(D) * value + 0.0


def log_ratio(f, F, t, T, *, zero: float = 0.5) -> np.ndarray:
    """Hardie's log-ratio: log2 of the part's relative frequency over the rest's (``zero`` for 0 counts)."""
    f, F, t, T = _as_arrays(f, F, t, T)
    rest_f, rest_t = F - f, T - t
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.log2((np.where(f > 0, f, zero) / t) / (np.where(rest_f > 0, rest_f, zero) / rest_t))
    return np.where((t > 0) & (rest_t > 0), value, np.nan)
