"""Lexicometry charts draw from the result frames, in French, and save like every figure."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest

from analysis.lexico import contingency, correspondence, reinert, similarity_graph
from analysis.plots import lexico as charts
from analysis.plots.save import save_figure


@pytest.fixture(scope="module")
def classified(planted):
    articles, tokens = planted(4, 0.2, 0)
    return articles, tokens, reinert(tokens, k=4, articles=articles)


def _texts(fig) -> str:
    return " ".join(t.get_text() for ax in fig.axes for t in ax.texts) + " " + " ".join(
        ax.get_title(loc="left") + " " + ax.get_xlabel() + " " + ax.get_ylabel() for ax in fig.axes)


def test_dendrogram_shows_every_class_with_its_lemmas(classified, tmp_path):
    _, _, result = classified
    fig = charts.reinert_dendrogram(result)
    text = _texts(fig)
    for cls in result.classes["class"]:
        assert f"Classe {cls}" in text
    assert "impôt" in text and "hôpital" in text  # each class's first lemmas are drawn
    paths = save_figure(fig, "06-reinert", out_dir=tmp_path)
    assert {p.suffix for p in paths} == {".png", ".svg", ".pdf"} and all(p.stat().st_size for p in paths)


def test_class_profiles_heat_map(classified):
    _, _, result = classified
    fig = charts.class_profiles(result, "outlet")
    assert "média" in fig.axes[0].get_title(loc="left")


def test_biplot_labels_columns_and_the_most_contributing_rows(classified):
    articles, tokens, _ = classified
    table = contingency(tokens, "topic", articles=articles, min_freq=5)
    result = correspondence(table)
    fig = charts.ca_biplot(result, n_rows=12)
    text = _texts(fig)
    assert all(topic in text for topic in table.columns)
    assert "Axe 1" in text and "%" in text
    columns_panel, rows_panel = fig.axes
    assert {t.get_text() for t in columns_panel.texts} == set(table.columns)
    assert len([t for t in rows_panel.texts if t.get_text() in table.index]) == 12


def test_similarity_graph_chart(classified, tmp_path):
    _, tokens, _ = classified
    fig = charts.similarity_graph(similarity_graph(tokens, top=25))
    assert len(fig.axes[0].texts) == 25
    assert "similitudes" in fig.axes[0].get_title(loc="left")


def test_a_classification_without_classes_cannot_be_drawn(planted):
    articles, tokens = planted(1, 0.0, 0, docs_per_topic=1, words_per_doc=60)
    with pytest.raises(ValueError, match="too small"):
        charts.reinert_dendrogram(reinert(tokens, k=3, articles=articles))
