"""Charts of quotations: who is quoted, how much, where, and with which reporting verbs.

Every function takes a quotes frame (with ``speaker`` when speaker resolution ran, else the
raw ``speaker_mention`` is used) and returns a matplotlib Figure; speakers keep one colour
across charts (most quoted first). Beyond ``top`` speakers, the rest are grouped as « autres ».
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import (
    COLUMN_WIDTH_IN,
    DOUBLE_COLUMN_WIDTH_IN,
    GREY,
    OKABE_ITO,
    fr_number,
    french_ticks,
    palette,
    shorten,
    use_style,
)
from analysis.quotes.speakers import speaker_labels

TYPE_ORDER: tuple[str, ...] = ("direct", "mixed", "indirect", "selon")
TYPE_LABELS: dict[str, str] = {"direct": "directe", "mixed": "mixte", "indirect": "indirecte", "selon": "selon"}
TYPE_COLOURS: dict[str, str] = {"direct": OKABE_ITO[0], "mixed": OKABE_ITO[2], "indirect": OKABE_ITO[1], "selon": OKABE_ITO[3]}
OTHERS = "autres"


def _labelled(quotes: pd.DataFrame, top: int) -> tuple[pd.DataFrame, list[str]]:
    frame = quotes.assign(_speaker=[shorten(s) for s in speaker_labels(quotes)])
    order = frame["_speaker"].value_counts().index.tolist()
    if len(order) > top:
        keep = set(order[:top])
        frame["_speaker"] = frame["_speaker"].where(frame["_speaker"].isin(keep), OTHERS)
        order = order[:top] + [OTHERS]
    return frame, order


def _empty(ax, message: str = "aucune citation") -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=GREY)
    ax.set_xticks([])
    ax.set_yticks([])


def _speaker_bars(quotes: pd.DataFrame, top: int, title: str) -> tuple[pd.DataFrame, list[str], Figure, plt.Axes]:
    """Labelled quotes, speaker order and a figure sized for one bar per speaker (titled and
    marked « aucune citation » when there is nothing to draw)."""
    use_style()
    frame, order = _labelled(quotes, top)
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 0.35 * max(len(order), 2) + 1.2))
    if frame.empty:
        _empty(ax)
        ax.set_title(title)
    return frame, order, fig, ax


def quotes_per_speaker(quotes: pd.DataFrame, *, top: int = 8, title: str = "Citations par locuteur") -> Figure:
    """Horizontal bars: number of quotations per speaker, stacked by type."""
    frame, order, fig, ax = _speaker_bars(quotes, top, title)
    if frame.empty:
        return fig
    counts = frame.pivot_table(index="_speaker", columns="type", values="start", aggfunc="count", fill_value=0)
    counts = counts.reindex(index=order, columns=[t for t in TYPE_ORDER], fill_value=0)
    left = np.zeros(len(order))
    for t in TYPE_ORDER:
        values = counts[t].to_numpy()
        if values.any():
            ax.barh(order, values, left=left, color=TYPE_COLOURS[t], label=TYPE_LABELS[t], edgecolor="white", height=0.7)
        left += values
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Nombre de citations", ylabel="")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="Type", loc="upper left", bbox_to_anchor=(1.0, 1.0))  # outside: never over a bar
    return fig


def share_of_voice(quotes: pd.DataFrame, *, top: int = 8, title: str = "Part de voix (mots cités)") -> Figure:
    """Horizontal bars: share of all quoted words that each speaker gets."""
    frame, order, fig, ax = _speaker_bars(quotes, top, title)
    if frame.empty:
        return fig
    frame["_words"] = frame["text"].str.count(r"\w+")
    words = frame.groupby("_speaker")["_words"].sum().reindex(order, fill_value=0)
    share = 100 * words / max(words.sum(), 1)
    share = share.sort_values(ascending=False)
    colours = palette([n for n in order if n != OTHERS])
    ax.barh(share.index, share.values, color=[colours.get(n, GREY) for n in share.index], height=0.7)
    for y, (value, n) in enumerate(zip(share.values, words.reindex(share.index).values, strict=True)):
        ax.annotate(f"{fr_number(value, percent=True)} ({n} mots)", (value, y), xytext=(3, 0), textcoords="offset points",
                    va="center", fontsize=7)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Part des mots cités (%)", ylabel="")
    ax.set_xlim(0, max(share.max() * 1.3, 10))
    french_ticks(ax, axis="x")
    return fig


def quote_positions(quotes: pd.DataFrame, articles: pd.DataFrame, *, top: int = 8,
                    title: str = "Où chaque locuteur est cité dans l'article") -> Figure:
    """One row per speaker, a mark per quotation at its position in the article (0 = début, 100 = fin)."""
    use_style()
    frame, order = _labelled(quotes, top)
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 0.35 * max(len(order), 2) + 1.4))
    if frame.empty:
        _empty(ax)
        ax.set_title(title)
        return fig
    lengths = dict(zip(articles["doc_id"], articles["text"].str.len(), strict=True))
    frame["_pos"] = [100 * ((s + e) / 2) / max(lengths.get(d, e), 1) for d, s, e in zip(frame["doc_id"], frame["start"], frame["end"], strict=True)]
    rows = {name: k for k, name in enumerate(order)}
    markers = {"direct": "o", "mixed": "D", "indirect": "s", "selon": "^"}
    for t in TYPE_ORDER:
        part = frame[frame["type"] == t]
        if len(part):
            ax.scatter(part["_pos"], [rows[n] for n in part["_speaker"]], marker=markers[t], s=36,
                       color=TYPE_COLOURS[t], label=TYPE_LABELS[t], zorder=3, edgecolor="white", linewidth=0.5)
    ax.set_yticks(range(len(order)), order)
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.grid(axis="x")
    ax.set(title=title, xlabel="Position dans l'article (% du texte)", ylabel="")
    ax.legend(title="Type", loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=4)
    return fig


def cue_categories(quotes: pd.DataFrame, *, top: int = 8, title: str = "Verbes introducteurs par locuteur") -> Figure:
    """Heatmap: speakers × reporting-verb categories (number of quotations)."""
    use_style()
    frame, order = _labelled(quotes, top)
    frame = frame.assign(_cat=frame["cue_category"].where(frame["cue_category"].astype(str) != "", "sans verbe"))
    cats = [c for c in ("neutral", "assertive", "evaluative", "revealing", "contesting", "structuring", "emotive",
                        "directive", "media", "selon", "sans verbe") if c in set(frame["_cat"])]
    fig, ax = plt.subplots(figsize=(max(COLUMN_WIDTH_IN, 0.75 * len(cats) + 2.4), 0.35 * max(len(order), 2) + 1.6))
    if frame.empty:
        _empty(ax)
        ax.set_title(title)
        return fig
    table = frame.pivot_table(index="_speaker", columns="_cat", values="start", aggfunc="count", fill_value=0)
    table = table.reindex(index=order, columns=cats, fill_value=0)
    im = ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    for (y, x), v in np.ndenumerate(table.to_numpy()):
        if v:
            ax.text(x, y, str(v), ha="center", va="center", fontsize=7,
                    color="white" if v > table.to_numpy().max() * 0.6 else "black")
    ax.set_xticks(range(len(cats)), cats, rotation=35, ha="right")
    ax.set_yticks(range(len(order)), order)
    ax.grid(False)
    ax.set(title=title, xlabel="Catégorie du verbe introducteur", ylabel="")
    fig.colorbar(im, ax=ax, shrink=0.8, label="Citations")
    return fig
