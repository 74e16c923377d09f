"""``python -m analysis sentiment``: one JSON object per input line; the chart functions."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from analysis import config
from analysis.sentiment.cli import score_lines


def test_one_json_object_per_input_line_blank_lines_included():
    out = io.StringIO()
    lines = ["Le conseil a salué un accord remarquable.", "", "Ce n'est pas un progrès."]
    assert score_lines(lines, out=out, chunk=2) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["text"] for r in records] == lines
    assert [r["label"] for r in records] == ["pos", "neu", "neg"]
    assert all({"text", "polarity", "subjectivity", "label", "coverage", "polarity_raw"} <= set(r) for r in records)
    assert "hits" not in records[0]


def test_hits_option_and_steps():
    out = io.StringIO()
    score_lines(["Un échec."], hits=True, steps=[], out=out)
    record = json.loads(out.getvalue())
    assert record["hits"] == [] and record["label"] == "neu"  # bare engine: « échec » unknown


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "sentiment", *args], input=stdin, text=True,
                          capture_output=True, cwd=config.PROJECT_DIR, timeout=300)


def test_cli_reads_a_file_and_stdin(tmp_path):
    path = tmp_path / "phrases.txt"
    path.write_text("Une réforme désastreuse.\nUn succès collectif.\n", encoding="utf-8")
    done = run_cli(str(path), "--hits")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["label"] for r in records] == ["neg", "pos"] and records[0]["hits"][0]["word"] == "désastreuse"
    done = run_cli("-", stdin="Une belle victoire.\n")
    assert done.returncode == 0 and json.loads(done.stdout)["label"] == "pos"


def test_cli_errors_name_the_problem(tmp_path):
    done = run_cli(str(tmp_path / "absent.txt"))
    assert done.returncode == 1 and "absent.txt" in done.stderr
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Une décision très contestée".encode("latin-1"))
    done = run_cli(str(bad))
    assert done.returncode == 1 and "latin1.txt" in done.stderr and "UTF-8" in done.stderr
    done = run_cli("-", "--steps", "negation,bogus", stdin="x\n")
    assert done.returncode == 2 and "bogus" in done.stderr


def test_charts_and_highlighting():
    import pandas as pd
    from matplotlib.figure import Figure

    from analysis.plots import sentiment as charts
    from analysis.sentiment import score, sentiment_by_speaker

    quotes = pd.DataFrame({"doc_id": ["a"] * 3, "quote_id": [0, 1, 2], "type": ["direct"] * 3,
                           "text": ["Un échec.", "Un grand succès.", "Une crise grave."],
                           "speaker": ["Alice Martin", "Bruno Petit", "Alice Martin"]})
    summary = sentiment_by_speaker(quotes)
    fig = charts.speaker_polarity(summary)
    assert isinstance(fig, Figure)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Alice Martin (n = 2)", "Bruno Petit (n = 1)"]  # ordered by mean polarity
    from analysis.sentiment import score_quotes

    assert isinstance(charts.speaker_distribution(score_quotes(quotes)), Figure)
    scored = score(["Un succès.", "Un échec."]).assign(sent_id=[0, 1])
    assert isinstance(charts.sentiment_along(scored), Figure)
    row = score(["Ce n'est pas un succès."]).iloc[0]
    html = charts.highlight_html(row["text"], row["hits"])
    assert ">succès</mark>" in html and "nié par" in html


def test_profile_option_changes_the_register():
    text = "Trois personnes ont été tuées dans l'incendie d'un entrepôt."
    news, tweets = io.StringIO(), io.StringIO()
    score_lines([text], out=news)
    score_lines([text], profile="tweets", out=tweets)
    assert json.loads(news.getvalue())["label"] == "neu"  # a factual report of a bad event
    assert json.loads(tweets.getvalue())["label"] == "neg"
    done = run_cli("-", "--profile", "sms", stdin="x\n")
    assert done.returncode == 2 and "sms" in done.stderr
