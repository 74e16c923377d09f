"""Charts of an article's shape: sentence lengths, paragraph structure."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import GREY, OKABE_ITO, use_style


def sentence_lengths(sentences: pd.DataFrame, *, title: str = "Longueur des phrases") -> Figure:
    """Histogram of sentence lengths in tokens (body sentences; header lines left out)."""
    use_style()
    body = sentences[sentences.get("is_body", True)] if "is_body" in sentences else sentences
    fig, ax = plt.subplots(figsize=(3.35 * 1.5, 2.6))
    counts = body["n_tokens"]
    bins = range(0, int(counts.max() if len(counts) else 1) + 6, 5)
    ax.hist(counts, bins=bins, color=OKABE_ITO[0], edgecolor="white")
    if len(counts):
        ax.axvline(counts.median(), color=OKABE_ITO[5], linestyle="--", linewidth=1)
        ax.annotate(f"médiane {counts.median():.0f}", (counts.median(), ax.get_ylim()[1] * 0.92),
                    xytext=(4, 0), textcoords="offset points", fontsize=8, color=OKABE_ITO[5])
    ax.set(title=title, xlabel="Tokens par phrase", ylabel="Phrases")
    ax.grid(axis="y")
    return fig


def paragraph_structure(sentences: pd.DataFrame, *, title: str = "Structure des paragraphes") -> Figure:
    """One horizontal bar per paragraph, split into its sentences (length in tokens)."""
    use_style()
    paragraphs = sorted(sentences["paragraph"].unique())
    fig, ax = plt.subplots(figsize=(3.35 * 2, 0.28 * len(paragraphs) + 1.0))
    for _, sent in sentences.iterrows():
        left = sentences[(sentences["paragraph"] == sent["paragraph"]) & (sentences["sent_id"] < sent["sent_id"])]["n_tokens"].sum()
        colour = OKABE_ITO[(sent["sent_id"]) % 2] if sent.get("is_body", True) else GREY
        ax.barh(sent["paragraph"], sent["n_tokens"], left=left, color=colour, edgecolor="white", height=0.7)
    ax.set_yticks(paragraphs, [f"§{p}" for p in paragraphs])
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Tokens (une couleur par phrase ; gris : en-tête, hors corps du texte)", ylabel="")
    return fig
