"""Charts of who speaks: share of voice by speaker, gender and kind (from analysis.counts), the
mention chains of several articles, and the quotation charts, on frames written here."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import counts
from analysis.labels import NO_SPEAKER, OTHERS
from analysis.plots import quotes as quote_charts
from analysis.plots import speakers as charts
from analysis.plots.style import category_colours, empty_reason
from analysis.workspace import figure_title

matplotlib.use("Agg")

QUOTES = pd.DataFrame({
    "doc_id": ["a", "a", "a", "b", "b", "b"], "quote_id": [0, 1, 2, 0, 1, 2],
    "type": ["direct", "indirect", "selon", "direct", "mixed", "direct"],
    "text": ["un deux trois", "quatre cinq", "six", "sept huit", "neuf", "dix onze"],
    "start": [0, 20, 40, 0, 20, 40], "end": [13, 31, 43, 9, 24, 48],
    "cue_category": ["neutral", "assertive", "selon", "contesting", "", "neutral"],
    "speaker": ["Lise Caron", "la mairie", None, "Lise Caron", "Marc Olier ; Lise Caron", "LISE CARON"],
    "speaker_kind": ["person", "organisation", "unknown", "person", "person ; person", "person"],
    "speaker_gender": ["f", "unknown", "unknown", "f", "unknown", "f"],
    "speaker_id": ["lc", "mairie", None, "lc", "mo ; lc", "lc"], "speaker_role": [""] * 6,
})
ARTICLES = pd.DataFrame({"doc_id": ["a", "b"], "text": ["x" * 60, "y" * 60]})


@pytest.mark.parametrize("by", ["speaker", "gender", "kind"])
def test_share_of_voice_draws_one_bar_per_counted_row(by):
    table = counts.speaker_counts(QUOTES, by)
    fig = charts.share_of_voice(table, by=by)
    assert isinstance(fig, Figure) and figure_title(fig).startswith("Part de voix")
    shown = table[table[by] != NO_SPEAKER] if by == "speaker" else table
    assert len(fig.axes[0].patches) == len(shown)
    if by != "speaker":  # categories in their fixed colours, « (sans locuteur) » included
        colours = category_colours({"gender": "gender", "kind": "speaker_kind"}[by])
        drawn = {t.get_text(): p.get_facecolor() for t, p in zip(fig.axes[0].get_yticklabels(), fig.axes[0].patches,
                                                                  strict=True)}
        assert {matplotlib.colors.to_hex(c) for c in drawn.values()} == {colours[n].lower() for n in drawn}


def test_share_of_voice_by_speaker_puts_the_rest_in_a_note_not_a_bar():
    table = counts.speaker_counts(QUOTES)
    fig = charts.share_of_voice(table, by="speaker", top=1)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Lise Caron"]
    assert OTHERS not in {t.get_text() for t in fig.axes[0].get_yticklabels()}
    note = fig._supxlabel.get_text()
    assert "Non montrés" in note and NO_SPEAKER in note


def test_share_of_voice_refuses_unknown_groups_and_marks_empty_charts():
    with pytest.raises(ValueError):
        charts.share_of_voice(counts.speaker_counts(QUOTES), by="colour")
    empty = charts.share_of_voice(counts.speaker_counts(QUOTES.iloc[0:0], "kind"), by="kind")
    assert empty_reason(empty)


def test_mention_chains_of_several_articles_get_one_panel_each():
    chains = pd.DataFrame({"doc_id": ["a", "a", "b"], "quote_id": [0, 1, 0], "paragraph": [0, 2, 1],
                           "speaker_mention": ["Lise Caron", "elle", None], "rule": ["name", "pronoun→Lise Caron", "unresolved"],
                           "antecedent_paragraph": [None, 0, None], "speaker": ["Lise Caron", "Lise Caron", None]})
    fig = charts.mention_chain(chains)
    panels = [ax for ax in fig.axes if ax.get_yticklabels()]
    assert len(panels) == 2
    assert [t.get_text() for t in panels[1].get_yticklabels()] == [NO_SPEAKER]
    assert fig.legends


def test_quotation_charts_count_as_the_counts_module_does():
    fig = quote_charts.quotes_per_speaker(QUOTES)
    names = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert names == ["Lise Caron", "la mairie", "Marc Olier"]  # accents and case unified, plural split
    totals = [float(t.get_text().replace("\u202f", "")) for t in fig.axes[0].texts]
    assert totals == [4, 1, 1]
    for chart in (quote_charts.share_of_voice, quote_charts.cue_categories):
        assert figure_title(chart(QUOTES))
    assert figure_title(quote_charts.quote_positions(QUOTES, ARTICLES))
    assert empty_reason(quote_charts.quotes_per_speaker(QUOTES.iloc[0:0]))
