"""Charts of the articles' shape: sentence lengths, paragraph structure (one article or many)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import GREY, OKABE_ITO, add_note, chart_width, empty_figure, fr_number, use_style

MAX_STRUCTURE_ARTICLES = 3
"""Articles drawn paragraph by paragraph, one panel each; beyond, the chart aggregates."""


def _body(sentences: pd.DataFrame) -> pd.DataFrame:
    return sentences[sentences["is_body"].astype(bool)] if "is_body" in sentences else sentences


def sentence_lengths(sentences: pd.DataFrame, *, title: str = "Longueur des phrases") -> Figure:
    """Histogram of sentence lengths in tokens (body sentences; header lines left out)."""
    use_style()
    counts = _body(sentences)["n_tokens"]
    if counts.empty:
        return empty_figure(title, "aucune phrase")
    fig, ax = plt.subplots(figsize=(chart_width() * 0.75, 2.6))
    high = int(np.quantile(counts, 0.995)) + 5  # a few run-on « sentences » (tables, lists) would flatten the rest
    ax.hist(counts.clip(upper=high), bins=range(0, high + 5, 5 if high > 40 else 2), color=OKABE_ITO[0],
            edgecolor="white")
    median = float(counts.median())
    ax.axvline(median, color=OKABE_ITO[5], linestyle="--", linewidth=1)
    ax.annotate(f"médiane {fr_number(median)}", (median, ax.get_ylim()[1] * 0.92), xytext=(4, 0),
                textcoords="offset points", fontsize=8, color=OKABE_ITO[5])
    ax.set(title=title, xlabel="Tokens par phrase", ylabel="Phrases")
    ax.grid(axis="y")
    if (counts > high).any():
        add_note(fig, f"{fr_number(int((counts > high).sum()))} phrases de plus de {high} tokens comptées dans la "
                      "dernière barre.")
    return fig


def paragraph_structure(sentences: pd.DataFrame, *, title: str = "Structure des paragraphes") -> Figure:
    """How paragraphs are built. Up to :data:`MAX_STRUCTURE_ARTICLES` articles: one panel per article,
    a bar per paragraph split into its sentences; more articles: two distributions over all of them
    (sentences per paragraph, paragraphs per article), which is what can be compared at that scale."""
    use_style()
    if sentences.empty:
        return empty_figure(title, "aucune phrase")
    docs = list(dict.fromkeys(sentences["doc_id"]))
    if len(docs) > MAX_STRUCTURE_ARTICLES:
        return _structure_overview(sentences, len(docs), title)
    frames = [sentences[sentences["doc_id"] == d] for d in docs]
    heights = [f["paragraph"].nunique() for f in frames]
    fig, axes = plt.subplots(len(frames), 1, figsize=(chart_width(), sum(0.22 * h + 0.7 for h in heights) + 0.4),
                             squeeze=False, height_ratios=[h + 2 for h in heights])
    for ax, doc_id, frame in zip(axes[:, 0], docs, frames, strict=True):
        _paragraph_bars(ax, frame)
        if len(frames) > 1:
            ax.set_title(str(doc_id), fontsize=8, loc="left")
    axes[-1, 0].set_xlabel("Tokens (une couleur par phrase ; gris : en-tête, hors corps du texte)")
    fig.suptitle(title, fontweight="bold", fontsize=10, x=0.01, ha="left")
    return fig


def _paragraph_bars(ax: plt.Axes, frame: pd.DataFrame) -> None:
    frame = frame.sort_values(["paragraph", "sent_id"], kind="stable")
    left = frame.groupby("paragraph")["n_tokens"].cumsum() - frame["n_tokens"]
    body = frame["is_body"].astype(bool) if "is_body" in frame else pd.Series(True, index=frame.index)
    colours = [OKABE_ITO[s % 2] if b else GREY for s, b in zip(frame["sent_id"], body, strict=True)]
    ax.barh(frame["paragraph"], frame["n_tokens"], left=left, color=colours, edgecolor="white", height=0.7)
    paragraphs = sorted(frame["paragraph"].unique())
    step = max(1, len(paragraphs) // 25)  # one label in ``step``: long articles keep readable ticks
    ax.set_yticks(paragraphs[::step], [f"§{p}" for p in paragraphs[::step]])
    ax.invert_yaxis()


def _structure_overview(sentences: pd.DataFrame, n_docs: int, title: str) -> Figure:
    body = _body(sentences)
    per_paragraph = body.groupby(["doc_id", "paragraph"]).size()
    per_article = body.groupby("doc_id")["paragraph"].nunique()
    fig, (left, right) = plt.subplots(1, 2, figsize=(chart_width(), 2.6))
    for ax, values, xlabel, colour in ((left, per_paragraph, "Phrases par paragraphe", OKABE_ITO[0]),
                                       (right, per_article, "Paragraphes par article", OKABE_ITO[2])):
        high = int(np.quantile(values, 0.99)) + 1
        ax.hist(values.clip(upper=high), bins=range(1, high + 2), color=colour, edgecolor="white", align="left")
        ax.axvline(values.median(), color=OKABE_ITO[5], linestyle="--", linewidth=1)
        ax.set(xlabel=xlabel, ylabel="Paragraphes" if ax is left else "Articles")
        ax.set_title(f"médiane {fr_number(float(values.median()))}", fontsize=8, loc="left", fontweight="normal")
        ax.grid(axis="y")
    fig.suptitle(f"{title} : {fr_number(n_docs)} articles", fontweight="bold", fontsize=10, x=0.01, ha="left")
    return add_note(fig, "Corps du texte seulement ; la dernière barre compte aussi les valeurs plus grandes.")
