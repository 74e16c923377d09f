"""The article view: an article as HTML with its quotations highlighted by speaker, cues and mentions marked."""

from __future__ import annotations

import pandas as pd

from analysis.plots.article_view import render_html, save_html
from analysis.quotes import extract_quotes

TEXT = ("« Nous tiendrons parole », a déclaré la maire, Anne Roy. Le préfet a estimé que le calendrier était "
        "« intenable ». Selon la police, la manifestation a rassemblé 800 personnes. "
        "Les élus <b> ont voté & applaudi.")


def test_render_highlights_quotes_cues_and_escapes(tmp_path):
    articles = pd.DataFrame({"doc_id": ["d"], "text": [TEXT], "path": ["d"], "title": ["Conseil"]})
    quotes = extract_quotes(articles)
    html = render_html(TEXT, quotes, title="Conseil")
    assert html.count('class="qa-quote') >= len(quotes)
    assert "qa-cue" in html and "qa-mention" in html
    assert "&lt;b&gt;" in html and "&amp;" in html and "<b>" not in html
    path = save_html(articles, quotes, tmp_path / "out" / "article.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Conseil" in page
