"""The main commands over the hostile corpus (tests/hostile/conftest.py), as a user runs them:
`corpus build` twice into a folder inside its input, `quotes`, and `report` (on three files, two of
them good). Every good article is processed, every bad file is listed with a reason (once),
nothing is read back, and nothing is injected: no executable markup in any page, no script run
in headless Chromium, no formula in any spreadsheet cell."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from analysis.corpus import load_built_corpus

pytestmark = [pytest.mark.slow]
PROBE = "typeof window.__injected === 'undefined' ? null : String(window.__injected)"
"""Whether a script injected through the data ran in the page (it would set window.__injected)."""


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, timeout=1200,
                          env={**os.environ, **(env or {})}, check=False)


def _names(paths) -> set[str]:
    """« file » or « file#line=N » of each path listed."""
    return {Path(p).name for p in paths}


def _unique_lines(stderr: str) -> bool:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return len(lines) == len(set(lines))


@pytest.fixture(scope="module")
def builds(hostile_corpus):
    out = hostile_corpus.folder / "built"
    args = ("corpus", "build", str(hostile_corpus.folder), "--out", str(out), "--workers", "0", "--no-progress")
    return out, _run(*args), _run(*args)


@pytest.fixture(scope="module")
def quotes(hostile_corpus, builds):
    return _run("quotes", str(hostile_corpus.folder))  # after the builds: their output sits inside the folder


@pytest.fixture(scope="module")
def report(hostile_corpus):
    out = hostile_corpus.report_input / "rapport"
    done = _run("report", str(hostile_corpus.report_input), "--out", str(out), "--no-progress",
                env={"ANALYSIS_SPEAKER_OVERRIDES": str(hostile_corpus.overrides)})
    return out, done


# ── corpus build ─────────────────────────────────────────────────────────────────────────────


def test_corpus_build_processes_every_good_article_and_lists_every_bad_file(hostile_corpus, builds):
    out, first, second = builds
    assert first.returncode == 0 and second.returncode == 0, first.stderr[-2000:] + second.stderr[-2000:]
    corpus = load_built_corpus(out)
    assert set(corpus.articles["doc_id"]) == hostile_corpus.good
    assert set(corpus.sentences["doc_id"]) == hostile_corpus.good
    errors = corpus.errors
    assert errors[~errors["stage"].isin(["load", "load-warning"])].empty  # no article failed its analysis
    load = errors[errors["stage"] == "load"]
    assert _names(load["path"]) == hostile_corpus.bad and load["reason"].str.len().min() > 10
    warned = errors[errors["stage"] == "load-warning"]
    assert hostile_corpus.warned <= _names(warned["path"])
    assert corpus.duplicates["dropped"].tolist() == [hostile_corpus.duplicate]


def test_a_second_build_inside_the_input_reads_nothing_back_and_replaces_its_tables(hostile_corpus, builds):
    out, first, second = builds
    assert "17 articles processed" in first.stdout and "0 articles processed, 17 already built" in second.stdout
    corpus = load_built_corpus(out)
    assert len(corpus.errors[corpus.errors["stage"] == "load"]) == len(hostile_corpus.bad)
    assert len(corpus.duplicates) == 1
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [run["status"] for run in manifest["runs"]] == ["complete", "complete"]
    assert "output folder of this command" in second.stderr or "built corpus written by this suite" in second.stderr
    assert _unique_lines(first.stderr) and _unique_lines(second.stderr)


# ── quotes ───────────────────────────────────────────────────────────────────────────────────


def test_quotes_covers_every_good_article_and_reports_each_problem_once(hostile_corpus, quotes):
    assert quotes.returncode == 0, quotes.stderr[-3000:]
    rows = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert {r["doc_id"] for r in rows} == hostile_corpus.good
    for name in hostile_corpus.bad:
        assert name.split("#")[0] in quotes.stderr, name
    assert quotes.stderr.count("dropped near-duplicate doublon") == 1
    assert "a built corpus written by this suite" in quotes.stderr and "a report written by this suite" in quotes.stderr
    assert _unique_lines(quotes.stderr)
    starts = {r["quote"][:1] for r in rows if r["doc_id"] == "injection"}
    assert {"=", "+", "-", "@"} <= starts  # the hostile quotes are there, as data


# ── report ───────────────────────────────────────────────────────────────────────────────────


def test_report_runs_on_the_good_articles_and_lists_the_bad_files(hostile_corpus, report):
    out, done = report
    assert done.returncode == 0, done.stderr[-3000:]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "ok" and manifest["summary"]["counts"]["articles"] == 2
    assert _names(e["path"] for e in manifest["summary"]["load_errors"]) == {"vide.txt", "lien-mort.txt"}
    assert "mixte.txt" in _names(w["path"] for w in manifest["summary"]["load_warnings"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "vide.txt" in index and "lien-mort.txt" in index and "mixte.txt" in index
    assert _unique_lines(done.stderr)


def _pages(out: Path) -> list[Path]:
    return [*out.glob("*.html"), *(out / "html").glob("*.html")]


def _executable(html: str) -> list[str]:
    """Script elements and event-handler attributes of a page, as a browser parses it."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    found = [str(tag)[:80] for tag in soup.find_all("script")]
    found += [f"{tag.name} {name}" for tag in soup.find_all(True) for name in tag.attrs if name.lower().startswith("on")]
    return found


def test_report_pages_hold_no_executable_injected_markup(report):
    out, _ = report
    pages = _pages(out)
    assert len(pages) >= 5
    text = ""
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert _executable(html) == [], page.name
        text += html
    assert "&lt;script&gt;" in text and "override" in text  # the hostile values are there, as text


def test_report_spreadsheets_hold_no_formula(report):
    out, _ = report
    book = openpyxl.load_workbook(out / "tables" / "all-tables.xlsx")
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert any(isinstance(c.value, str) and c.value.startswith("=HYPERLINK") for c in cells)
    for table in (out / "tables").glob("*.csv"):
        with open(table, encoding="utf-8-sig", newline="") as handle:
            values = [v for row in csv.reader(handle) for v in row]
        assert not [v for v in values if v.startswith(("=", "+", "@", "\t", "\r")) or re.match(r"-[^\d.]", v)], table


@pytest.mark.browser
def test_no_injected_script_runs_in_headless_chromium(report):
    from analysis.report.browser import check_report, find_chromium

    if not find_chromium():
        pytest.skip("headless Chromium is not installed (Debian's `chromium` package)")
    out, _ = report
    pages = check_report(out, screenshot=None, probe=PROBE)
    assert {name: page.probe for name, page in pages.items() if page.probe is not None} == {}
    assert {name: page.errors for name, page in pages.items() if page.errors} == {}
