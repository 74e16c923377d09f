"""Charts of quotations: who is quoted, how much, where, and with which reporting verbs.

Every function takes a quotes frame with speaker columns and counts it through
:mod:`analysis.counts` (one definition of speaker, quote count and quoted words for every
chart and table). The ``top`` speakers are drawn on their own scale; the rest, and the
quotations without speaker, are a note under the chart, never a bar that would dwarf them.
Categories (types, reporting-verb families) carry the labels of :mod:`analysis.labels`.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.counts import speaker_counts, speaker_rows, top_with_rest
from analysis.labels import NO_SPEAKER, label, labels
from analysis.plots.style import (
    add_note,
    category_colours,
    chart_width,
    empty_figure,
    fr_number,
    french_ticks,
    palette,
    shorten,
    use_style,
)

TYPE_ORDER: tuple[str, ...] = ("direct", "mixed", "indirect", "selon")
MARKERS: dict[str, str] = {"direct": "o", "mixed": "D", "indirect": "s", "selon": "^"}
NO_QUOTES = "aucune citation dans les articles"


def rest_note(rest: pd.Series, *, what: str = "citations") -> str:
    """« Non montrés : 1 234 autres locuteurs (5 678 citations), dont 910 citations sans locuteur. »"""
    if not rest["n_quotes"]:
        return ""
    named = int(rest["rows"]) - (1 if rest["no_speaker_quotes"] else 0)
    parts = []
    if named:
        parts.append(f"{fr_number(named)} autre{'s' if named > 1 else ''} locuteur{'s' if named > 1 else ''} "
                     f"({fr_number(rest['n_quotes'] - rest['no_speaker_quotes'])} {what})")
    if rest["no_speaker_quotes"]:
        parts.append(f"{fr_number(rest['no_speaker_quotes'])} {what} {NO_SPEAKER}")
    return "Non montrés : " + " et ".join(parts) + "."


def _top(quotes: pd.DataFrame, top: int) -> tuple[pd.DataFrame, list[str], str]:
    """Rows of the ``top`` speakers, their order, and the note about the rest."""
    rows = speaker_rows(quotes)
    counts = speaker_counts(quotes, rows=rows)
    shown, rest = top_with_rest(counts, top)
    order = shown["speaker"].tolist()
    return rows[rows["speaker"].isin(order)], order, rest_note(rest)


def _bar_height(n: int) -> float:
    return 0.3 * max(n, 2) + 1.3


def quotes_per_speaker(quotes: pd.DataFrame, *, top: int = 12, title: str = "Citations par locuteur") -> Figure:
    """Horizontal bars: quotations of the ``top`` speakers, stacked by type; the rest in a note."""
    use_style()
    rows, order, note = _top(quotes, top)
    if not order:
        return empty_figure(title, NO_QUOTES if quotes.empty else "aucune citation attribuée à un locuteur")
    fig, ax = plt.subplots(figsize=(chart_width(), _bar_height(len(order))))
    table = rows.pivot_table(index="speaker", columns="type", values="words", aggfunc="size", fill_value=0)
    table = table.reindex(index=order, columns=list(TYPE_ORDER), fill_value=0)
    colours = category_colours("quote_type")
    left = np.zeros(len(order))
    names = [shorten(s) for s in order]
    for t in TYPE_ORDER:
        values = table[t].to_numpy()
        if values.any():
            name = label("quote_type", t)
            ax.barh(names, values, left=left, color=colours[name], label=name, edgecolor="white", height=0.7)
        left += values
    for y, total in enumerate(left):
        ax.annotate(fr_number(total), (total, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Citations", ylabel="")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.margins(x=0.08)
    ax.legend(title="Type", loc="lower right")
    return add_note(fig, note) if note else fig


def share_of_voice(quotes: pd.DataFrame, *, top: int = 12, title: str = "Part de voix (mots cités)") -> Figure:
    """Horizontal bars: each of the ``top`` speakers' share of all quoted words (with the count)."""
    use_style()
    rows = speaker_rows(quotes)
    counts = speaker_counts(quotes, rows=rows)
    shown, rest = top_with_rest(counts, top)
    if shown.empty:
        return empty_figure(title, NO_QUOTES if quotes.empty else "aucune citation attribuée à un locuteur")
    colours = palette(shown["speaker"])  # by quotes, as every chart: the same speaker, the same colour
    shown = shown.sort_values("quoted_words", ascending=False, kind="stable")  # bars in the order of what they show
    fig, ax = plt.subplots(figsize=(chart_width(), _bar_height(len(shown))))
    share = 100 * shown["share_words"].to_numpy()
    ax.barh([shorten(s) for s in shown["speaker"]], share, color=[colours[s] for s in shown["speaker"]], height=0.7)
    for y, (value, n) in enumerate(zip(share, shown["quoted_words"], strict=True)):
        ax.annotate(f"{fr_number(value, 1, percent=True)} ({fr_number(n)} mots)", (value, y), xytext=(3, 0),
                    textcoords="offset points", va="center", fontsize=7)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Part de tous les mots cités (%)", ylabel="")
    ax.set_xlim(0, max(share.max() * 1.35, 1))
    french_ticks(ax, axis="x")
    note = rest_note(rest)
    return add_note(fig, note) if note else fig


def quote_positions(quotes: pd.DataFrame, articles: pd.DataFrame, *, top: int = 12,
                    title: str = "Où chaque locuteur est cité dans l'article") -> Figure:
    """One row per speaker, a mark per quotation at its position in its article (0 = début, 100 = fin).

    Over several articles the positions are pooled, relative to each article's length."""
    use_style()
    rows, order, note = _top(quotes, top)
    if not order:
        return empty_figure(title, NO_QUOTES if quotes.empty else "aucune citation attribuée à un locuteur")
    lengths = dict(zip(articles["doc_id"], articles["text"].str.len(), strict=True))
    position = [100 * ((s + e) / 2) / max(lengths.get(d, e), 1) for d, s, e in zip(rows["doc_id"], rows["start"], rows["end"],
                                                                                    strict=True)]
    rows = rows.assign(_pos=position)
    fig, ax = plt.subplots(figsize=(chart_width(), _bar_height(len(order)) + 0.3))
    ypos = {name: k for k, name in enumerate(order)}
    colours = category_colours("quote_type")
    many = len(rows) > 400  # thousands of marks: small and translucent so that density shows
    for t in TYPE_ORDER:
        part = rows[rows["type"] == t]
        if len(part):
            name = label("quote_type", t)
            jitter = np.random.default_rng(0).uniform(-0.25, 0.25, len(part)) if many else 0
            ax.scatter(part["_pos"], part["speaker"].map(ypos) + jitter, marker=MARKERS[t], s=8 if many else 36,
                       alpha=0.35 if many else 1, color=colours[name], label=name, zorder=3, edgecolor="white",
                       linewidth=0.3 if many else 0.5)
    ax.set_yticks(range(len(order)), [shorten(s) for s in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set(title=title, xlabel="Position dans l'article (% du texte)", ylabel="")
    handles, names = ax.get_legend_handles_labels()
    fig.legend(handles, names, loc="outside upper right", ncols=4, fontsize=7)  # the note takes the bottom
    return add_note(fig, note) if note else fig


def cue_categories(quotes: pd.DataFrame, *, top: int = 12, title: str = "Verbes introducteurs par locuteur") -> Figure:
    """Heatmap: speakers × reporting-verb families (number of quotations)."""
    use_style()
    rows, order, note = _top(quotes, top)
    if not order:
        return empty_figure(title, NO_QUOTES if quotes.empty else "aucune citation attribuée à un locuteur")
    families = labels("cue_category")
    rows = rows.assign(_cat=[label("cue_category", c) for c in rows["cue_category"]])
    cats = [name for name in families.values() if name in set(rows["_cat"])]
    table = rows.pivot_table(index="speaker", columns="_cat", values="words", aggfunc="size", fill_value=0)
    table = table.reindex(index=order, columns=cats, fill_value=0)
    fig, ax = plt.subplots(figsize=(chart_width(), _bar_height(len(order)) + 0.6))
    values = table.to_numpy()
    im = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0)
    for (y, x), v in np.ndenumerate(values):
        if v:
            ax.text(x, y, fr_number(v), ha="center", va="center", fontsize=7,
                    color="white" if v > values.max() * 0.6 else "black")
    ax.set_xticks(range(len(cats)), cats, rotation=35, ha="right")
    ax.set_yticks(range(len(order)), [shorten(s) for s in order])
    ax.grid(False)
    ax.set(title=title, xlabel="Famille du verbe introducteur", ylabel="")
    fig.colorbar(im, ax=ax, shrink=0.8, label="Citations")
    return add_note(fig, note) if note else fig


def quotes_by(quotes: pd.DataFrame, column: str) -> pd.DataFrame:
    """The numbers a chart of this module draws: per speaker and ``column`` (type, cue_category),
    quotations, with French labels (saved next to the chart)."""
    rows = speaker_rows(quotes)
    concept = {"type": "quote_type"}.get(column, column)
    rows = rows.assign(**{column: [label(concept, v) for v in rows[column]]})
    return (rows.groupby(["speaker", column], sort=False).size().rename("n_quotes").reset_index()
            .sort_values(["speaker", "n_quotes"], ascending=[True, False], kind="stable").reset_index(drop=True))
