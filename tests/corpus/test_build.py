"""Corpus build: Parquet datasets, resume by content hash, nothing lost on interruption, errors table, Dask."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import build as build_module
from analysis.corpus import build_corpus, is_built_corpus, load_built_corpus, store
from analysis.corpus.synthetic import synthetic_articles, write_corpus
from analysis.errors import InputError, MissingInputError

EUROPRESSE = Path(__file__).resolve().parents[1] / "data" / "europresse"


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    write_corpus(folder, synthetic_articles(24, seed=31), duplicates=2)
    return folder


@pytest.fixture(scope="module")
def built(source, tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    report = build_corpus([source, EUROPRESSE], out, workers=0, partition_size=10, progress=False)
    return out, report


def test_build_writes_every_dataset(built):
    out, report = built
    assert is_built_corpus(out)
    assert report.articles == 24 + 11 and report.processed == report.articles and report.skipped == 0
    assert report.duplicates == 2 and report.load_errors == 3 and report.failed == 0
    for name in ("articles", "sentences", "tokens", "quotes", "errors", "duplicates"):
        assert list((out / name).glob("part-*.parquet")), name
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["model"] == "fr_core_news_sm" and manifest["runs"][-1]["status"] == "complete"
    assert manifest["counts"]["articles"] == report.articles
    assert "nlp" in manifest["stages"]


def test_load_built_corpus_tables(built):
    out, report = built
    corpus = load_built_corpus(out)
    articles = corpus.articles
    assert len(articles) == report.articles and articles["doc_id"].is_unique
    assert {"content_hash", "outlet", "date", "rubrique", "text"} <= set(articles.columns)
    assert articles["date"].is_monotonic_increasing
    assert "Le Courrier de l'Estuaire" in set(articles["outlet"])
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    toks = corpus.tokens
    assert set(toks["doc_id"]) == set(articles["doc_id"])
    sample = toks.sample(200, random_state=0)
    assert all(texts[d][s:e] == t for d, s, e, t in zip(sample["doc_id"], sample["start"], sample["end"],
                                                          sample["text"], strict=True))
    assert len(corpus.sentences) == report.counts["sentences"]
    load = corpus.errors[corpus.errors["stage"] == "load"]
    assert sorted(Path(p.split("#")[0]).name for p in load["path"]) == ["broken.html", "current.html",
                                                                          "not-europresse.html"]
    assert len(corpus.duplicates) == 2 and set(corpus.duplicates.columns) == {"kept", "dropped", "similarity"}
    assert articles.attrs["duplicates"] and len(articles.attrs["errors"]) == 3
    assert "articles" in repr(corpus)


def test_some_tables_and_columns_only(built):
    out, _ = built
    some = store.load_table(out, "tokens", columns=["doc_id", "lemma"], doc_ids=["news-20121003-hm-175071"])
    assert list(some.columns) == ["doc_id", "lemma"] and set(some["doc_id"]) == {"news-20121003-hm-175071"}
    with pytest.raises(ValueError, match="unknown table"):
        store.load_table(out, "nope")


def test_rerun_skips_what_is_built(built, source):
    out, first = built
    again = build_corpus([source, EUROPRESSE], out, workers=0, partition_size=10, progress=False)
    assert again.processed == 0 and again.skipped == first.articles
    assert len(load_built_corpus(out).articles) == first.articles


def test_interrupted_build_loses_nothing_and_resumes(source, tmp_path, monkeypatch):
    calls = {"n": 0}
    real = build_module.process_partition

    def flaky(part, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(part, **kw)

    monkeypatch.setattr(build_module, "process_partition", flaky)
    with pytest.raises(KeyboardInterrupt):
        build_corpus(source, tmp_path, workers=0, partition_size=8, progress=False)
    written = store.completed_hashes(tmp_path)
    assert len(written) == 16  # two partitions of 8 were complete and are kept
    manifest = store.read_manifest(tmp_path)
    assert manifest["runs"][-1]["status"] == "interrupted"
    # a half-written partition (crash between two files) is cleaned away on the next run
    (tmp_path / "tokens" / "part-deadbeef-0008.parquet").write_bytes(b"partial")
    (tmp_path / "sentences" / "part-x.parquet.tmp").write_bytes(b"partial")
    monkeypatch.setattr(build_module, "process_partition", real)
    report = build_corpus(source, tmp_path, workers=0, partition_size=8, progress=False)
    assert report.skipped == 16 and report.processed == 8
    assert not (tmp_path / "tokens" / "part-deadbeef-0008.parquet").exists()
    assert not list(tmp_path.rglob("*.tmp"))
    corpus = load_built_corpus(tmp_path)
    assert len(corpus.articles) == 24 and set(corpus.tokens["doc_id"]) == set(corpus.articles["doc_id"])


def test_bad_article_goes_to_errors_and_the_run_goes_on(tmp_path, monkeypatch):
    articles = synthetic_articles(12, seed=32)
    victim = articles["doc_id"].iloc[5]
    real = build_module.process_partition

    def crashing(part, **kw):  # as if the worker died on this article
        if victim in set(part["doc_id"]):
            raise RuntimeError("segmentation du texte impossible")
        return real(part, **kw)

    monkeypatch.setattr(build_module, "process_partition", crashing)
    report = build_corpus(articles, tmp_path, workers=0, partition_size=12, dedup=False, progress=False)
    assert report.processed == 12 and report.failed == 1
    errors = load_built_corpus(tmp_path).errors
    assert errors.to_dict("records")[0] | {"path": ""} == {
        "doc_id": victim, "stage": "worker", "error": "RuntimeError", "reason": "segmentation du texte impossible",
        "path": ""}
    assert len(set(load_built_corpus(tmp_path).sentences["doc_id"])) == 11


def test_other_model_in_same_folder_is_refused(built, source):
    out, _ = built
    with pytest.raises(InputError, match="built with model"):
        build_corpus(source, out, workers=0, model="md", progress=False)


def test_not_a_built_corpus(tmp_path):
    assert not is_built_corpus(tmp_path)
    with pytest.raises(MissingInputError, match="not a built corpus"):
        load_built_corpus(tmp_path)


def test_built_corpus_can_be_an_input(built, tmp_path):
    out, report = built
    again = build_corpus(out, tmp_path, workers=0, partition_size=50, progress=False)
    assert again.processed == report.articles  # same articles, re-analysed into a new folder


def test_cli_build_and_info(source, tmp_path, capsys):
    from analysis.__main__ import main

    code = main(["corpus", "build", str(source), "--out", str(tmp_path), "--workers", "0", "--no-progress",
                 "--no-dedup", "--partition-size", "30"])
    assert code == 0
    assert "26 articles processed" in capsys.readouterr().out
    assert main(["corpus", "info", str(tmp_path)]) == 0
    assert '"model": "fr_core_news_sm"' in capsys.readouterr().out


@pytest.mark.slow
def test_dask_local_cluster_matches_in_process(built, source, tmp_path):
    out, report = built
    dask = build_corpus([source, EUROPRESSE], tmp_path, workers=2, partition_size=10, progress=False)
    assert dask.workers == 2 and dask.processed == report.articles and dask.failed == 0
    here, there = load_built_corpus(out), load_built_corpus(tmp_path)
    key = ["doc_id", "sent_id", "i"]
    a = here.tokens.sort_values(key).reset_index(drop=True)
    b = there.tokens.sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)
    assert len(here.quotes) == len(there.quotes)


def test_notebook_workspace_reads_a_built_corpus(built):
    from analysis.workspace import Workspace

    out, report = built
    ws = Workspace.from_parameters([str(out)], None, "sm")
    assert len(ws.articles) == report.articles and "content_hash" in ws.articles.columns


@pytest.mark.slow
@pytest.mark.parametrize("write_on_workers", [False, True])
def test_external_scheduler(built, source, tmp_path, write_on_workers):
    from distributed import LocalCluster

    out, report = built
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0") as cluster:
        there = build_corpus([source, EUROPRESSE], tmp_path, scheduler=cluster.scheduler_address, partition_size=10,
                             progress=False, write_on_workers=write_on_workers)
    assert there.scheduler == cluster.scheduler_address and there.processed == report.articles
    assert len(load_built_corpus(tmp_path).quotes) == len(load_built_corpus(out).quotes)
