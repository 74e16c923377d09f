"""Input is hostile until escaped: every value written into HTML goes through one helper, and report
pages carry a Content-Security-Policy under which an injected script cannot run (checked in Chromium)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import config
from analysis.markup import CONTENT_SECURITY_POLICY, escape

SCRIPT = "<script>window.__injected = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.__injected = 'onerror'\">"
HOSTILE = f"{SCRIPT}{IMAGE}\"'&"
PROBE = "typeof window.__injected === 'undefined' ? null : String(window.__injected)"


def _policy(page: str) -> str | None:
    """The Content-Security-Policy a page declares first in its head."""
    from bs4 import BeautifulSoup

    meta = BeautifulSoup(page, "lxml").find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    return meta.get("content") if meta is not None else None


def _raw_markup(page: str) -> list[str]:
    """Executable markup in ``page``: script elements and event-handler attributes."""
    return re.findall(r"<script\b|<img[^>]*\bonerror\s*=", page, flags=re.IGNORECASE)


def test_escape_makes_any_value_inert_text():
    assert escape(None) == "" and escape(3) == "3"
    assert escape(HOSTILE) == ("&lt;script&gt;window.__injected = &#x27;script&#x27;&lt;/script&gt;&lt;img src=x "
                               "onerror=&quot;window.__injected = &#x27;onerror&#x27;&quot;&gt;&quot;&#x27;&amp;")


def test_highlighted_article_escapes_text_speaker_title_and_tooltip():
    from analysis.plots.article_view import render_html

    text = f"Le maire a parlé. « {SCRIPT} », a dit {IMAGE}.\n"
    start = text.index("«") + 2
    quotes = pd.DataFrame([{
        "doc_id": "d", "quote_id": "d:q1", "type": "direct", "start": start, "end": start + len(SCRIPT),
        "text": SCRIPT, "cue": f"dit {IMAGE}", "cue_start": None, "cue_end": None, "speaker_mention": IMAGE,
        "mention_start": None, "mention_end": None, "speaker": IMAGE, "speaker_id": "x", "speaker_kind": "person"}])
    page = render_html(text, quotes, title=HOSTILE, full_page=True)
    assert _raw_markup(page) == [] and _policy(page) == CONTENT_SECURITY_POLICY


def test_concordance_view_escapes_article_text(monkeypatch):
    from analysis.nlp import tokens
    from analysis.widgets import kwic_view

    articles = pd.DataFrame({"doc_id": ["d"], "path": ["d"],
                             "text": [f"Le conseil municipal a voté le budget. {SCRIPT} Le budget sera publié.\n"]})
    table = kwic_view(tokens(articles), "budget", articles=articles)
    html = table.to_html()
    assert _raw_markup(html) == [] and "&lt;script&gt;" in html


def test_the_sentiment_notebook_escapes_the_speaker_it_writes_into_html():
    nb = nbformat.read(config.NOTEBOOKS_DIR / "03_sentiment.ipynb", as_version=4)
    [line] = [line for cell in nb.cells if cell.cell_type == "code" for line in cell.source.splitlines()
              if "<small>" in line]
    values = re.findall(r"\{([^{}]+)\}", line)
    assert values and all(v.startswith("escape(") for v in values), line


def _index_with_hostile_values(out: Path) -> Path:
    from analysis.report.page import render_index
    from analysis.report.summary import Summary

    summary = Summary(counts={"articles": 1}, speakers=[(HOSTILE, 2)], keywords=[(HOSTILE, 3)], titles=[HOSTILE],
                      load_errors=[{"path": f"/tmp/{IMAGE}.txt", "reason": HOSTILE}], notes=[HOSTILE],
                      load_warnings=[{"path": f"/tmp/{IMAGE}.txt", "reason": HOSTILE}])
    manifest = {"report": str(out), "model": {"package": "fr_core_news_sm", "version": "3.8.0"},
                "parameters": {"inputs": [f"/tmp/{SCRIPT}.txt"]}, "started": "2024-01-01T00:00:00+00:00",
                "command": HOSTILE, "notebooks": [{"name": "02_x", "number": "02", "title": HOSTILE, "status": "failed",
                                                  "page": None, "ipynb": None, "seconds": 1.0, "reason": HOSTILE}]}
    failure = {"notebook": HOSTILE, "page": None, "cell": 3, "source": HOSTILE, "error": HOSTILE}
    return render_index(out, manifest=manifest, summary=summary, palette={HOSTILE: "#000\"><script>x</script>"},
                        failure=failure, workbook=None)


def test_index_page_escapes_every_value(tmp_path):
    page = _index_with_hostile_values(tmp_path).read_text(encoding="utf-8")
    assert _raw_markup(page) == []
    assert page.count("&lt;script&gt;") >= 8
    assert _policy(page) == CONTENT_SECURITY_POLICY


def _notebook_page_with_raw_html_output(out: Path) -> Path:
    from analysis.report.export import export_html

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    cell = nbformat.v4.new_code_cell("display(HTML(user_markup))")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": HOSTILE, "text/plain": HOSTILE})]
    nb.cells = [nbformat.v4.new_markdown_cell("# Carnet"), cell]
    executed = out / "99_hostile.ipynb"
    nbformat.write(nb, str(executed))
    return export_html(executed, out / "99_hostile.html", report_title=HOSTILE)


def test_notebook_pages_carry_the_policy_and_escape_the_report_title(tmp_path):
    page = _notebook_page_with_raw_html_output(tmp_path).read_text(encoding="utf-8")
    assert _policy(page) == CONTENT_SECURITY_POLICY
    head = page.split("<body", 1)[0]
    assert head.index("Content-Security-Policy") < head.index("<style")
    assert "Rapport : &lt;script&gt;" in page


@pytest.fixture(scope="module")
def chromium() -> str:
    from analysis.report.browser import find_chromium

    executable = find_chromium()
    if not executable:
        pytest.skip("headless Chromium is not installed (Debian's `chromium` package)")
    return executable


@pytest.mark.browser
def test_injected_scripts_do_not_run_in_headless_chromium(tmp_path, chromium):
    from analysis.report.browser import check_report

    _index_with_hostile_values(tmp_path)
    raw = _notebook_page_with_raw_html_output(tmp_path)  # a notebook that writes raw HTML on purpose
    results = check_report(tmp_path, executable=chromium, screenshot=None, probe=PROBE,
                           pages=[tmp_path / "index.html", raw])
    assert {name: page.probe for name, page in results.items()} == {"index.html": None, "99_hostile.html": None}
    assert any("Content Security Policy" in e for e in results["99_hostile.html"].errors)
    assert results["index.html"].errors == []


def test_policy_allows_what_the_report_needs():
    rules = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert rules["script-src"] == "'none'" and "data:" in rules["img-src"] and "'self'" in rules["img-src"]
    assert "'unsafe-inline'" in rules["style-src"]  # nbconvert pages are made of inline styles
