"""analysis.pipeline.analyse: one pass per partition, contract columns, bad articles isolated."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import pipeline
from analysis.corpus.synthetic import synthetic_articles
from analysis.nlp.frames import SENTENCE_COLUMNS, TOKEN_COLUMNS


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return synthetic_articles(6, seed=21)


@pytest.fixture(scope="module")
def result(articles):
    return pipeline.analyse(articles)


def test_tables_and_columns(result):
    assert set(result) == {"sentences", "tokens", "quotes", "speakers", "errors"}
    assert list(result["sentences"].columns) == SENTENCE_COLUMNS
    assert list(result["tokens"].columns) == TOKEN_COLUMNS
    assert list(result["errors"].columns) == pipeline.ERROR_COLUMNS
    assert result["errors"].empty
    for col in pipeline.EXTRACTED_COLUMNS:
        assert col in result["quotes"].columns
    for col in pipeline.SPEAKER_COLUMNS:
        assert col in result["speakers"].columns


def test_offsets_index_the_article_text(articles, result):
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    sents, toks = result["sentences"], result["tokens"]
    assert all(texts[d][s:e] == t for d, s, e, t in zip(sents["doc_id"], sents["start"], sents["end"], sents["text"],
                                                          strict=True))
    assert all(texts[d][s:e] == t for d, s, e, t in zip(toks["doc_id"], toks["start"], toks["end"], toks["text"],
                                                          strict=True))
    quotes = result["quotes"]
    if len(quotes):
        assert all(texts[d][s:e] == t for d, s, e, t in zip(quotes["doc_id"], quotes["start"], quotes["end"],
                                                              quotes["text"], strict=True))


def test_parser_runs_only_where_asked(articles, result):
    full = result["tokens"].groupby(["doc_id", "sent_id"])["full"].first()
    assert 0 < full.mean() < 1  # some sentences parsed, not all
    none = pipeline.analyse(articles.iloc[:1], parse="none")["tokens"]
    assert not none["full"].any() and (none["head"] == -1).all()


def test_parsed_sentences_are_those_of_cues_and_mentions(result):
    quotes, sents = result["quotes"], result["sentences"]
    parsed = result["tokens"].groupby(["doc_id", "sent_id"])["full"].first()
    expected = pipeline.attribution_sentences(sents, quotes)
    assert parsed.reindex(list(zip(sents["doc_id"], sents["sent_id"], strict=True))).tolist() == expected
    by_doc = {d: g for d, g in sents.groupby("doc_id")}
    for row in quotes.dropna(subset=["cue_start"]).itertuples():
        g = by_doc[row.doc_id]
        holder = g[(g["start"] <= row.cue_start) & (row.cue_start < g["end"])]["sent_id"].iloc[0]
        assert parsed[(row.doc_id, holder)]


def test_same_tokens_as_the_library_functions(articles, result):
    import analysis as an

    one = articles.iloc[:2]
    expected = an.tokens(one)
    got = result["tokens"][result["tokens"]["doc_id"].isin(one["doc_id"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(got[["doc_id", "sent_id", "i", "text", "lemma", "pos", "start", "end"]],
                                  expected[["doc_id", "sent_id", "i", "text", "lemma", "pos", "start", "end"]])


def test_article_without_text_is_reported_and_skipped(articles):
    bad = articles.iloc[:3].copy()
    bad.loc[bad.index[1], "text"] = None
    out = pipeline.analyse(bad)
    assert list(out["errors"]["doc_id"]) == [bad["doc_id"].iloc[1]]
    assert out["errors"]["stage"].iloc[0] == "nlp"
    assert set(out["sentences"]["doc_id"]) == {bad["doc_id"].iloc[0], bad["doc_id"].iloc[2]}


def test_failing_stage_isolates_the_article(monkeypatch, articles):
    victim = articles["doc_id"].iloc[2]

    def fake_quotes(data, *, sentences=None, docs=None, model=None):
        if victim in set(data["doc_id"]):
            raise RuntimeError("règle cassée sur cet article")
        return pd.DataFrame({"doc_id": list(data["doc_id"]), "quote_id": [f"{d}:q1" for d in data["doc_id"]]})

    monkeypatch.setattr(pipeline, "extract_quotes", fake_quotes)
    monkeypatch.setattr(pipeline, "resolve", lambda quotes, articles, **_: quotes)
    monkeypatch.setattr(pipeline, "speakers_table", lambda quotes, articles: pd.DataFrame({"doc_id": quotes["doc_id"]}))
    monkeypatch.setattr(pipeline, "score_quotes", lambda quotes, **_: quotes)
    out = pipeline.analyse(articles)
    assert out["errors"].to_dict("records") == [
        {"doc_id": victim, "stage": "quotes", "error": "RuntimeError", "reason": "règle cassée sur cet article"}]
    assert set(out["quotes"]["doc_id"]) == set(articles["doc_id"]) - {victim}
    assert set(out["sentences"]["doc_id"]) == set(articles["doc_id"])  # its sentences and tokens are kept


def test_isolate_finds_every_bad_id():
    errors: list[dict] = []
    bad = {3, 7}

    def run(ids):
        if bad & set(ids):
            raise ValueError("mauvais")
        return ids

    done = pipeline.isolate(run, list(range(10)), stage="test", errors=errors)
    assert sorted(i for chunk in done for i in chunk) == [0, 1, 2, 4, 5, 6, 8, 9]
    assert sorted(e["doc_id"] for e in errors) == ["3", "7"]


def test_articles_a_stage_skips_on_its_own_reach_the_errors_table(monkeypatch, articles):
    victim = str(articles["doc_id"].iloc[1])
    real_resolve = pipeline.resolve

    def resolve_skipping_one(quotes, articles, **options):
        out = real_resolve(quotes[quotes["doc_id"].astype(str) != victim], articles, **options)
        out.attrs["speaker_errors"] = [{"doc_id": victim, "error": "ValueError", "reason": "mention illisible"}]
        return out

    monkeypatch.setattr(pipeline, "resolve", resolve_skipping_one)
    out = pipeline.analyse(articles)
    assert {"doc_id": victim, "stage": "speakers", "error": "ValueError", "reason": "mention illisible"} in \
        out["errors"].to_dict("records")


def test_a_broken_stage_is_reported_once_for_every_article():
    errors: list[dict] = []
    calls = {"n": 0}

    def run(ids):
        calls["n"] += 1
        raise OSError("fichier de lexique illisible")

    assert pipeline.isolate(run, list(range(64)), stage="sentiment", errors=errors) == []
    assert len(errors) == 64 and {e["reason"] for e in errors} == {"fichier de lexique illisible"}
    assert calls["n"] == 3  # the batch, then the first and the last alone: no bisection


def test_the_first_article_being_bad_is_not_mistaken_for_a_broken_stage():
    errors: list[dict] = []

    def run(ids):
        if 0 in ids:
            raise ValueError("article 0 illisible")
        return ids

    done = pipeline.isolate(run, list(range(8)), stage="quotes", errors=errors)
    assert [e["doc_id"] for e in errors] == ["0"] and sorted(i for c in done for i in c) == list(range(1, 8))
