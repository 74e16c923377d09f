"""Reinert classification: recovers planted topics, deterministic, faithful χ² steps, readable output."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from scipy.stats import chi2_contingency

from analysis.lexico import adjusted_rand_index, reinert
from analysis.lexico.chd import best_cut, classify, reassign, select_terms
from analysis.lexico.profiles import signed_chi2


def _ari(result, articles) -> float:
    seg = result.segments
    truth = seg["doc_id"].map(articles.set_index("doc_id")["topic"])
    ok = seg["class"] > 0
    return adjusted_rand_index(truth[ok], seg["class"][ok])


@pytest.mark.parametrize("n_topics", [3, 4, 6])
@pytest.mark.parametrize("noise", [0.0, 0.2, 0.3])
def test_classes_recover_well_separated_planted_topics(planted, n_topics, noise):
    articles, tokens = planted(n_topics, noise, 0)
    result = reinert(tokens, k=n_topics, articles=articles)
    assert result.k == n_topics
    assert result.classified_share > 0.95
    assert _ari(result, articles) >= 0.9


def test_recovery_degrades_with_noise(planted):
    scores = [_ari(reinert(planted(4, noise, 3)[1], k=4, articles=planted(4, noise, 3)[0]), planted(4, noise, 3)[0])
              for noise in (0.1, 0.5, 0.8)]
    assert scores[0] > scores[1] > scores[2]
    assert scores[2] < 0.5


def test_double_classification_recovers_planted_topics(planted):
    articles, tokens = planted(4, 0.2, 5)
    result = reinert(tokens, k=4, articles=articles, double=True)
    assert result.k == 4
    assert _ari(result, articles) >= 0.9
    assert result.tree.empty and len(result.splits)


def test_same_input_same_classes(planted):
    articles, tokens = planted(4, 0.4, 1)
    a = reinert(tokens, k=4, articles=articles)
    b = reinert(tokens.copy(), k=4, articles=articles.copy())
    pd.testing.assert_frame_equal(a.segments, b.segments)
    pd.testing.assert_frame_equal(a.terms, b.terms)
    pd.testing.assert_frame_equal(a.splits, b.splits)


def test_result_frames_describe_the_classes(planted):
    articles, tokens = planted(4, 0.2, 2)
    articles = articles.assign(outlet=articles["topic"].map({"fiscalité": "Le Quotidien"}).fillna("La Gazette"))
    result = reinert(tokens, k=4, articles=articles)
    assert list(result.classes["class"]) == [1, 2, 3, 4]
    assert result.classes["pct"].sum() == pytest.approx(100)
    fiscal = result.terms[result.terms["lemma"] == "impôt"].sort_values("chi2").iloc[-1]
    cls = int(fiscal["class"])
    assert fiscal["p"] < 1e-10 and fiscal["pct"] > 50
    assert "impôt" in result.classes.set_index("class").loc[cls, "lemmas"]
    top = result.partitions[(result.partitions["variable"] == "outlet") & (result.partitions["class"] == cls)]
    assert list(top["value"]) == ["Le Quotidien"]  # the outlet that carries this topic
    best = result.top_segments[result.top_segments["class"] == cls]
    assert len(best) == 10 and best["score"].is_monotonic_decreasing
    assert best["text"].str.contains("impôt|taxe|budget").all()
    assert set(result.tree.loc[result.tree["class"] > 0, "class"]) == {1, 2, 3, 4}
    assert {"doc_id", "segment_id", "start", "end", "class", "speaker", "voice", "outlet"} <= set(result.segments)


def test_a_corpus_too_small_gives_no_class_and_no_error(planted):
    articles, tokens = planted(1, 0.0, 0, docs_per_topic=1, words_per_doc=60)
    result = reinert(tokens, k=4, articles=articles)
    assert result.k == 0 and (result.segments["class"] == 0).all()
    assert result.terms.empty and result.top_segments.empty


def _brute_chi2(X: np.ndarray, first: np.ndarray) -> float:
    table = np.vstack([X[first].sum(axis=0), X[~first].sum(axis=0)])
    table = table[:, table.sum(axis=0) > 0]
    return float(chi2_contingency(table, correction=False)[0])


def test_best_cut_is_the_maximum_chi2_cut_of_the_order():
    rng = np.random.default_rng(4)
    X = (rng.random((14, 9)) < 0.35).astype(float)
    X[X.sum(axis=1) == 0, 0] = 1
    X[0, X.sum(axis=0) == 0] = 1
    order = rng.permutation(14)
    m, chi2 = best_cut(sp.csr_matrix(X), order)
    brute = []
    for cut in range(1, 14):
        first = np.zeros(14, bool)
        first[order[:cut]] = True
        brute.append(_brute_chi2(X, first))
    assert m == int(np.argmax(brute)) + 1
    assert chi2 == pytest.approx(max(brute), rel=1e-10)


def test_reassignment_reaches_a_local_maximum_of_chi2():
    rng = np.random.default_rng(7)
    X = (rng.random((30, 12)) < 0.3).astype(float)
    X[X.sum(axis=1) == 0, 0] = 1
    first = np.arange(30) < 15
    start = _brute_chi2(X, first)
    moved, chi2, moves = reassign(sp.csr_matrix(X), first, start)
    assert chi2 == pytest.approx(_brute_chi2(X, moved), rel=1e-9)
    assert chi2 >= start and moves > 0
    for i in range(30):  # no single move raises it further
        flipped = moved.copy()
        flipped[i] = not flipped[i]
        if 0 < flipped.sum() < 30:
            assert _brute_chi2(X, flipped) <= chi2 * (1 + 1e-9)


def test_term_selection_follows_the_contingency_coefficient_rule():
    X = np.zeros((8, 4))
    X[:4, 0] = 1  # only in the first group: strongly tied, follows that group only
    X[:, 1] = 1  # everywhere: weakly tied, kept on both sides
    X[[0, 4], 2] = 1  # once on each side: too rare for both
    X[[0, 1, 4, 5], 3] = 1  # twice on each side: kept on both sides
    keep1, keep2 = select_terms(sp.csr_matrix(X), np.arange(8) < 4, cc_test=0.3, min_count=2)
    assert list(keep1) == [True, True, False, True]
    assert list(keep2) == [False, True, False, True]


def test_small_outlier_groups_are_set_aside_not_counted_as_classes(planted):
    articles, tokens = planted(3, 0.1, 6)
    odd = tokens[tokens["doc_id"] == articles["doc_id"].iloc[0]].head(150).copy()  # ~3 segments
    odd["doc_id"] = "outlier"
    odd["lemma"] = odd["lemma"].where(odd["pos"] == "PUNCT", "zzz" + odd["i"].mod(7).astype(str))
    result = reinert(pd.concat([tokens, odd], ignore_index=True), k=3)
    assert result.k == 3
    assert (result.segments.loc[result.segments["doc_id"] == "outlier", "class"] == 0).all()


def test_classify_stops_when_nothing_is_left_to_split():
    X = sp.csr_matrix(np.eye(4))
    h = classify(X, 5)
    assert h.k == 0 and not h.splits


def test_signed_chi2_matches_scipy_on_two_by_two_tables():
    for a, n_class, n_item, n in [(30, 50, 40, 200), (2, 50, 40, 200), (0, 10, 10, 100)]:
        table = np.array([[a, n_class - a], [n_item - a, n - n_class - n_item + a]])
        expected = chi2_contingency(table, correction=False)[0]
        value = signed_chi2(np.array([a]), np.array([n_class]), np.array([n_item]), n)[0]
        assert abs(value) == pytest.approx(expected)
        assert (value > 0) == (a * n > n_class * n_item)


def test_cli_prints_one_json_object_per_segment(planted, tmp_path, lexico_cli):
    articles, _ = planted(3, 0.1, 8, docs_per_topic=6)
    out = lexico_cli("reinert", "--k", "3", articles=articles, folder=tmp_path / "articles")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all({"doc_id", "segment_id", "start", "end", "class"} <= set(r) for r in rows)
    assert {r["class"] for r in rows} <= {0, 1, 2, 3}
    texts = {f"{row.doc_id}": row.text for row in articles.itertuples(index=False)}
    assert all(texts[r["doc_id"]][r["start"]:r["end"]].strip() for r in rows)
    assert [r["segment_id"] for r in rows] == list(range(len(rows)))
    pairs = list(itertools.pairwise(rows))
    assert all(a["end"] <= b["start"] for a, b in pairs if a["doc_id"] == b["doc_id"])
