"""Keyness statistics against independent computations from the counts.

References: exact big-integer sums of binomial coefficients (math.comb), scipy.stats.hypergeom,
scipy's chi2_contingency (log-likelihood), the G² formula evaluated with 60-digit decimals,
and closed forms of the extreme cases (f = F, f = 0, t = T).
"""

from __future__ import annotations

import math
from decimal import Decimal, getcontext

import numpy as np
import pytest
from scipy.stats import chi2_contingency, hypergeom

from analysis.keywords.stats import g2, log_ratio, specificity


def exact_specificity(f: int, F: int, t: int, T: int) -> float:
    """TXM's signed specificity from exact integer sums (no floating point until the last log)."""
    lo, hi = max(0, t - (T - F)), min(F, t)
    over = f * T >= t * F
    ks = range(f, hi + 1) if over else range(lo, f + 1)
    total = sum(math.comb(F, k) * math.comb(T - F, t - k) for k in ks)
    log_p = math.log10(total) - math.log10(math.comb(T, t))
    return -log_p if over else log_p


def scipy_specificity(f: int, F: int, t: int, T: int) -> float:
    if f * T >= t * F:
        return -hypergeom.logsf(f - 1, T, F, t) / math.log(10)
    return hypergeom.logcdf(f, T, F, t) / math.log(10)


def g2_decimal(f: int, F: int, t: int, T: int) -> float:
    """Signed G² of the 2×2 table, in 60-digit decimal arithmetic (0·ln 0 = 0)."""
    getcontext().prec = 60
    cells = [(f, t, F), (F - f, T - t, F), (t - f, t, T - F), (T - t - F + f, T - t, T - F)]
    total = Decimal(0)
    for observed, row, column in cells:
        if observed:
            expected = Decimal(row) * Decimal(column) / Decimal(T)
            total += Decimal(observed) * (Decimal(observed) / expected).ln()
    value = float(2 * total)
    sign = np.sign(f * (T - t) - (F - f) * t)
    return float(sign * max(value, 0.0))


SMALL_CASES = [
    (0, 10, 100, 1000), (10, 10, 100, 1000), (5, 10, 100, 1000), (50, 60, 100, 1000), (0, 300, 400, 1000),
    (40, 50, 100, 5000), (1, 2, 3, 10), (0, 1, 1, 2), (1, 1, 1, 2), (3, 3, 3, 3), (2000, 2500, 5000, 100_000),
    (100, 2500, 5000, 100_000), (0, 1, 99_999, 100_000), (1, 1, 1, 100_000), (7, 20, 1000, 1000 + 13),
]


@pytest.mark.parametrize("cell", SMALL_CASES)
def test_specificity_matches_exact_integer_sums(cell):
    assert specificity(*cell) == pytest.approx(exact_specificity(*cell), rel=1e-9, abs=1e-9)


@pytest.mark.parametrize(("F", "t", "T"), [(60, 500, 2000), (900, 1000, 2000), (5, 1999, 2000), (1999, 7, 2000)])
def test_specificity_over_the_whole_support(F, t, T):
    """Every possible f: both tails, the series and the bulk paths, and the switch between them."""
    lo, hi = max(0, t - (T - F)), min(F, t)
    f = np.unique(np.r_[np.arange(lo, hi + 1, max(1, (hi - lo) // 80)), hi])
    got = specificity(f, F, t, T)
    want = np.array([exact_specificity(int(k), F, t, T) for k in f])
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-9)


def test_specificity_matches_scipy_on_random_cells():
    rng = np.random.default_rng(3)
    T, t = 200_000, 12_000
    F = rng.zipf(1.4, 400).clip(1, 20_000)
    f = rng.binomial(F, t / T * rng.uniform(0.2, 3.0, F.size)).clip(0, F)
    got = specificity(f, F, t, T)
    want = np.array([scipy_specificity(int(a), int(b), t, T) for a, b in zip(f, F, strict=False)])
    np.testing.assert_allclose(got, want, rtol=1e-8, atol=1e-9)


def test_sign_follows_expected_count():
    f = np.arange(0, 11)
    scores = specificity(f, 10, 500, 1000)  # expected count 5
    assert (scores[f >= 5] >= 0).all() and (scores[f < 5] < 0).all()
    assert np.all(np.diff(scores) > 0)  # more occurrences, more specific


def test_extreme_f_equals_F_closed_form_and_no_overflow():
    # P(X >= F) = P(X = F) = C(t, F) / C(T, F)
    for F, t, T in [(30, 1_000, 50_000), (1_000_000, 10_000_000, 1_000_000_000), (5_000, 50_000, 1_000_000)]:
        log_p = (math.lgamma(t + 1) - math.lgamma(t - F + 1)) - (math.lgamma(T + 1) - math.lgamma(T - F + 1))
        want = -log_p / math.log(10)
        got = float(specificity(F, F, t, T))
        assert np.isfinite(got) and got > 0
        assert got == pytest.approx(want, rel=1e-6)


def test_extreme_f_zero_closed_form():
    # P(X <= 0) = C(T - F, t) / C(T, t)
    for F, t, T in [(300, 400, 1_000), (1_000_000, 10_000_000, 1_000_000_000), (5_000, 50_000, 1_000_000)]:
        log_p = (math.lgamma(T - F + 1) - math.lgamma(T - F - t + 1)) - (math.lgamma(T + 1) - math.lgamma(T - t + 1))
        got = float(specificity(0, F, t, T))
        assert np.isfinite(got) and got < 0
        assert got == pytest.approx(log_p / math.log(10), rel=1e-6)


def test_part_is_whole_corpus_gives_zero():
    F = np.array([1, 5, 40, 999])
    assert np.all(specificity(F, F, 1000, 1000) == 0)
    assert np.all(g2(F, F, 1000, 1000) == 0)
    assert np.all(np.isnan(log_ratio(F, F, 1000, 1000)))


def test_term_is_every_word_gives_zero():
    assert specificity(20, 100, 20, 100) == 0 and g2(20, 100, 20, 100) == 0


def test_very_large_corpus_matches_scipy():
    T, F, t = 1_000_000_000, 1_000_000, 10_000_000  # expected count 10,000, sd ≈ 99
    f = np.array([9_700, 10_000, 11_000])
    got = specificity(f, F, t, T)
    want = np.array([scipy_specificity(int(k), F, t, T) for k in f])
    np.testing.assert_allclose(got, want, rtol=2e-5, atol=1e-5)


def test_g2_matches_scipy_log_likelihood():
    rng = np.random.default_rng(5)
    for _ in range(50):
        T = int(rng.integers(1_000, 2_000_000))
        t = int(rng.integers(1, T))
        F = int(rng.integers(1, T))
        lo, hi = max(0, t - (T - F)), min(F, t)
        f = int(rng.integers(lo, hi + 1))
        table = np.array([[f, F - f], [t - f, T - t - F + f]])
        if (table.sum(axis=0) == 0).any() or (table.sum(axis=1) == 0).any():
            continue
        stat = chi2_contingency(table, correction=False, lambda_="log-likelihood")[0]
        assert abs(g2(f, F, t, T)) == pytest.approx(stat, rel=1e-7, abs=1e-9)


@pytest.mark.parametrize("cell", [
    (0, 10, 100, 1000), (10, 10, 100, 1000), (5, 10, 100, 1000), (0, 1, 1, 2), (1, 1, 1, 2),
    (2, 5_000, 50_000, 1_000_000_000), (12_000, 1_000_000, 10_000_000, 1_000_000_000), (3, 3, 3, 3),
    (0, 1, 999_999_999, 1_000_000_000), (10_000, 1_000_000, 10_000_000, 1_000_000_000),
])
def test_g2_matches_high_precision_formula(cell):
    assert g2(*cell) == pytest.approx(g2_decimal(*cell), rel=1e-8, abs=1e-8)


def test_g2_sign():
    assert g2(9, 10, 100, 1000) > 0 > g2(0, 10, 100, 1000)


def test_log_ratio_formula_and_zero_counts():
    assert log_ratio(10, 20, 100, 1100) == pytest.approx(math.log2((10 / 100) / (10 / 1000)))
    assert log_ratio(0, 20, 100, 1100) == pytest.approx(math.log2((0.5 / 100) / (20 / 1000)))
    assert log_ratio(20, 20, 100, 1100) == pytest.approx(math.log2((20 / 100) / (0.5 / 1000)))


def test_inconsistent_counts_are_refused():
    for cell in [(11, 10, 100, 1000), (5, 10, 4, 1000), (5, 10, 100, 50), (0, 10, 995, 1000), (1.5, 10, 100, 1000)]:
        with pytest.raises(ValueError, match="inconsistent counts"):
            specificity(*cell)


def test_arrays_broadcast_and_keep_shape():
    f = np.array([[0, 1], [2, 3]])
    out = specificity(f, 10, 100, 1000)
    assert out.shape == (2, 2)
    assert out[1, 1] == pytest.approx(exact_specificity(3, 10, 100, 1000), rel=1e-9)
