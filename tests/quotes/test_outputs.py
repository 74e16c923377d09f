"""Outputs of the quotation engine: the command line and the charts (the HTML article view: tests/plots)."""

from __future__ import annotations

import json

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from analysis.__main__ import main as cli  # noqa: E402
from analysis.quotes import extract_quotes  # noqa: E402
from analysis.quotes.speakers import speaker_labels, with_speakers  # noqa: E402

TEXT = ("« Nous tiendrons parole », a déclaré la maire, Anne Roy. Le préfet a estimé que le calendrier était "
        "« intenable ». Selon la police, la manifestation a rassemblé 800 personnes. "
        "Les élus <b> ont voté & applaudi.")


@pytest.fixture(scope="module")
def frames():
    articles = pd.DataFrame({"doc_id": ["d"], "text": [TEXT], "path": ["d"], "title": ["Conseil"]})
    return articles, extract_quotes(articles)


def test_cli_jsonl_lines_carry_the_required_keys(sample_path, capsys):
    assert cli(["quotes", str(sample_path), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 9
    for line in lines:
        assert {"doc_id", "type", "quote", "start", "end", "speaker", "speaker_mention", "cue"} <= set(line)
        assert line["speaker"]


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_cli_other_formats(sample_path, capsys, fmt):
    assert cli(["quotes", str(sample_path), "--format", fmt, "--no-resolve"]) == 0
    out = capsys.readouterr().out
    assert "Sputnik News" in out and "a rapporté" in out


def test_cli_missing_file_is_an_error(tmp_path, capsys):
    assert cli(["quotes", str(tmp_path / "none.txt")]) != 0


def test_speaker_labels_fall_back_to_the_mention():
    q = pd.DataFrame({"speaker": [None, "Anne Roy", ""], "speaker_mention": ["la maire", "elle", ""]})
    assert speaker_labels(q).tolist() == ["la maire", "Anne Roy", "(sans locuteur)"]
    assert speaker_labels(q.drop(columns="speaker")).tolist() == ["la maire", "elle", "(sans locuteur)"]


def test_charts_return_figures_with_titles(frames):
    from analysis.plots import quotes as pq

    articles, quotes = frames
    quotes = with_speakers(quotes, articles)
    for fig in (pq.quotes_per_speaker(quotes), pq.share_of_voice(quotes), pq.quote_positions(quotes, articles),
                pq.cue_categories(quotes)):
        assert fig.axes and (fig.axes[0].get_title() or fig.axes[0].get_title(loc="left"))
    empty = quotes.iloc[0:0]
    for fig in (pq.quotes_per_speaker(empty), pq.share_of_voice(empty), pq.cue_categories(empty)):
        assert fig.axes[0].get_title() or fig.axes[0].get_title(loc="left")
