"""The pipeline benchmark measures a real corpus when given one: its first articles up to the size asked."""

from __future__ import annotations

import argparse
import json

from analysis.bench.pipeline import articles_to_measure


def _args(**kw) -> argparse.Namespace:
    return argparse.Namespace(**{"input": None, "words": None, "articles": None, **kw})


def test_an_input_corpus_is_cut_to_its_first_articles_up_to_the_words_asked(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"doc_id": f"a{i}", "text": " ".join(["mot"] * 10) + f" fin{i}."} for i in range(5)]
    corpus.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert list(articles_to_measure(_args(input=str(corpus)))["doc_id"]) == [f"a{i}" for i in range(5)]
    assert list(articles_to_measure(_args(input=str(corpus), words=20))["doc_id"]) == ["a0", "a1"]
    assert list(articles_to_measure(_args(input=str(corpus), words=23))["doc_id"]) == ["a0", "a1", "a2"]
    assert list(articles_to_measure(_args(input=str(corpus), articles=1))["doc_id"]) == ["a0"]


def test_without_an_input_the_corpus_is_synthetic():
    articles = articles_to_measure(_args(articles=3))
    assert len(articles) == 3 and articles["text"].str.len().gt(0).all()
