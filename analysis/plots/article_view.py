"""An article as HTML with its quotations highlighted by speaker and cues underlined.

It lives with the charts because it colours speakers with their palette (:func:`analysis.plots.style.palette`),
so a speaker has the same colour in the article view as in every chart.

One colour per speaker (the suite's Okabe–Ito palette, most quoted speakers first), the
speaker mention in bold, the reporting cue underlined, and a tooltip on every quotation (type,
speaker, cue). The page is self-contained (inline CSS), so it can be shown in a notebook
(``IPython.display.HTML``) or saved to a file and opened in any browser. Every value (article
text, speaker, cue, title, colour) goes through :func:`analysis.markup.escape`; a saved
page carries the report's Content-Security-Policy.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.markup import csp_meta, escape
from analysis.nlp.segment import paragraph_spans
from analysis.plots.style import palette
from analysis.quotes.speakers import speaker_labels

_CSS = """
.qa-article{font-family:Georgia,'DejaVu Serif',serif;font-size:15px;line-height:1.6;max-width:46em}
.qa-article p{margin:0 0 .8em 0}
.qa-quote{border-radius:3px;padding:0 1px}
.qa-cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.qa-mention{font-weight:bold}
.qa-legend{font-family:'DejaVu Sans',sans-serif;font-size:12px;margin:0 0 1em 0}
.qa-legend span{display:inline-block;margin:0 .8em .3em 0;padding:0 .4em;border-radius:3px}
.qa-title{font-family:'DejaVu Sans',sans-serif;font-size:18px;margin:0 0 .5em 0}
"""


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[k:k + 2], 16) for k in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def render_html(text: str, quotes: pd.DataFrame, *, title: str | None = None, full_page: bool = False) -> str:
    """HTML of ``text`` with the quotations of ``quotes`` (rows of one article) highlighted."""
    labels = speaker_labels(quotes).tolist() if len(quotes) else []
    order = pd.Series(labels).value_counts().index.tolist() if labels else []
    colours = palette(order)
    spans: list[tuple[int, int, str, str]] = []  # start, end, kind, payload
    for label, row in zip(labels, quotes.itertuples(index=False), strict=True):
        tip = f"{row.type} — {label}" + (f" — « {row.cue} »" if row.cue else "")
        spans.append((int(row.start), int(row.end), "quote", f"{label}\x00{tip}"))
        if pd.notna(row.cue_start) and pd.notna(row.cue_end):
            spans.append((int(row.cue_start), int(row.cue_end), "cue", ""))
        if pd.notna(row.mention_start) and pd.notna(row.mention_end):
            spans.append((int(row.mention_start), int(row.mention_end), "mention", ""))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    paragraphs = paragraph_spans(text)
    out: list[str] = []
    for para in paragraphs:
        pieces: list[str] = []
        points = [c for c in cuts if para.start < c < para.end]
        bounds = [para.start, *points, para.end]
        for a, b in zip(bounds, bounds[1:], strict=False):
            chunk = escape(text[a:b])
            active = [s for s in spans if s[0] <= a and b <= s[1]]
            quote = min((s for s in active if s[2] == "quote"), key=lambda s: s[1] - s[0], default=None)
            classes = []
            style = ""
            attrs = ""
            if quote is not None:
                label, tip = quote[3].split("\x00")
                classes.append("qa-quote")
                style = f' style="background:{escape(_rgba(colours.get(label, "#999999"), 0.28))}"'
                attrs = f' title="{escape(tip)}"'
            if any(s[2] == "cue" for s in active):
                classes.append("qa-cue")
            if any(s[2] == "mention" for s in active):
                classes.append("qa-mention")
            if classes:
                pieces.append(f'<span class="{" ".join(classes)}"{style}{attrs}>{chunk}</span>')
            else:
                pieces.append(chunk)
        out.append("<p>" + "".join(pieces) + "</p>")
    legend = "".join(
        f'<span style="background:{escape(_rgba(colours[name], 0.28))}">{escape(name)}</span>' for name in order
    )
    head = f'<div class="qa-title">{escape(title)}</div>' if title else ""
    body = (f"<style>{_CSS}</style><div class=\"qa-article\">{head}"
            f"<div class=\"qa-legend\">{legend}</div>{''.join(out)}</div>")
    if full_page:
        return (f"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">{csp_meta()}"
                f"<title>{escape(title or 'Citations')}</title></head><body>{body}</body></html>")
    return body


def render_article(articles: pd.DataFrame, quotes: pd.DataFrame, doc_id: object | None = None, **options) -> str:
    """HTML of one article of an articles frame (the first one unless ``doc_id`` is given)."""
    row = articles.iloc[0] if doc_id is None else articles[articles["doc_id"] == doc_id].iloc[0]
    mine = quotes[quotes["doc_id"] == row["doc_id"]] if len(quotes) else quotes
    title = options.pop("title", None) or (row.get("title") if isinstance(row.get("title"), str) and row.get("title") else str(row["doc_id"]))
    return render_html(row["text"], mine, title=title, **options)


def save_html(articles: pd.DataFrame, quotes: pd.DataFrame, path: str | Path, doc_id: object | None = None) -> Path:
    """Write the highlighted article as a stand-alone HTML page and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_article(articles, quotes, doc_id, full_page=True), encoding="utf-8")
    return path
