"""Similarity graph: co-occurrence counts and indices, maximum spanning tree, communities."""

from __future__ import annotations

import json

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from analysis.lexico import similarity_graph
from analysis.lexico.planted import TOPICS


def _sentences(*sentences: str) -> pd.DataFrame:
    """Tokens of one article whose sentences are given as space-separated nouns."""
    rows, pos, i = [], 0, 0
    for sent_id, sentence in enumerate(sentences):
        for word in sentence.split():
            rows.append(("d", sent_id, i, word, word, "NOUN", False, False, pos, pos + len(word), word))
            pos, i = pos + len(word) + 1, i + 1
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "i", "text", "lemma", "pos", "is_stop", "is_punct",
                                       "start", "end", "norm"])


def test_counts_and_indices_by_sentence():
    tokens = _sentences("grève usine salaire", "grève usine", "grève salaire", "usine", "grève usine salaire")
    graph = similarity_graph(tokens, unit="sentence", top=10, min_count=1)
    edges = graph.edges.set_index(["source", "target"])
    freq = graph.nodes.set_index("lemma")["frequency"]
    assert freq.to_dict() == {"grève": 4, "usine": 4, "salaire": 3}
    pair = edges.loc[("grève", "usine")] if ("grève", "usine") in edges.index else edges.loc[("usine", "grève")]
    assert pair["count"] == 3
    assert pair["jaccard"] == pytest.approx(3 / (4 + 4 - 3))
    assert pair["cosine"] == pytest.approx(3 / np.sqrt(4 * 4))
    assert graph.n_units == 5


def test_tree_spans_every_lemma_with_the_strongest_edges(planted):
    _, tokens = planted(4, 0.2, 0)
    graph = similarity_graph(tokens, top=40)
    full = graph.to_networkx(tree=False)
    tree = graph.to_networkx(tree=True)
    assert nx.is_tree(tree) and tree.number_of_nodes() == 40
    best = nx.maximum_spanning_tree(full, weight="weight")
    assert sum(d["weight"] for *_, d in tree.edges(data=True)) == pytest.approx(
        sum(d["weight"] for *_, d in best.edges(data=True)))
    assert (graph.nodes["degree"] > 0).all()


def test_communities_are_the_planted_topics(planted):
    _, tokens = planted(4, 0.2, 0)
    graph = similarity_graph(tokens, top=40)
    topic_of = {word.split(":")[0]: name for name, spec in TOPICS.items() for word in spec.split()}
    nodes = graph.nodes[graph.nodes["lemma"].isin(topic_of)]
    for _, group in nodes.groupby("community"):
        assert group["lemma"].map(topic_of).nunique() == 1  # each community holds one topic's words
    assert nodes["community"].nunique() == 4


def test_same_input_same_graph(planted):
    _, tokens = planted(3, 0.3, 2)
    a, b = similarity_graph(tokens, top=30), similarity_graph(tokens.copy(), top=30)
    pd.testing.assert_frame_equal(a.nodes, b.nodes)
    pd.testing.assert_frame_equal(a.edges, b.edges)


def test_measure_must_be_known(planted):
    _, tokens = planted(2, 0.1, 0)
    with pytest.raises(ValueError, match="measure"):
        similarity_graph(tokens, measure="dice")


def test_cli_prints_the_tree_edges(planted, tmp_path, lexico_cli):
    articles, _ = planted(2, 0.1, 4, docs_per_topic=4)
    out = lexico_cli("graph", "--top", "15", articles=articles, folder=tmp_path / "articles")
    assert out.returncode == 0, out.stderr
    edges = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(edges) == 14 and all(e["in_tree"] for e in edges)
