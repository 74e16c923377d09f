"""Charts of keywords: top terms by part of speech, and keyness per part (diverging bars)."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.labels import labels
from analysis.plots.style import (
    GREY,
    NEGATIVE,
    OKABE_ITO,
    POSITIVE,
    chart_width,
    empty_figure,
    fr_number,
    is_narrow,
    palette,
    shorten,
    use_style,
)

POS_LABELS: dict[str, str] = labels("pos")
MEASURE_LABELS: dict[str, str] = {
    "specificity": "Spécificité (Lafon) : ±log10 de la probabilité",
    "g2": "Log-vraisemblance G² (signée)",
    "log_ratio": "Log-ratio (log2 du rapport des fréquences relatives)",
    "f": "Fréquence dans la partie",
}
POS_ORDER = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "X")
POS_COLOURS: dict[str, str] = dict(zip(POS_ORDER, (*OKABE_ITO[:5], OKABE_ITO[7], GREY), strict=False))
"""Fixed colours per part of speech (not the speaker palette, which they must not use up)."""


def top_terms(
    freqs: pd.DataFrame,
    *,
    n: int = 20,
    value: str = "f",
    title: str = "Termes les plus fréquents",
    xlabel: str | None = None,
) -> Figure:
    """Horizontal bars of the ``n`` most frequent terms, one colour per part of speech."""
    use_style()
    rows = freqs.sort_values(value, ascending=False, kind="stable").head(n).iloc[::-1]
    pos_values = rows["pos"].fillna("X").astype(str) if "pos" in rows.columns else pd.Series("X", index=rows.index)
    present = [p for p in POS_ORDER if p in set(pos_values)] + sorted(set(pos_values) - set(POS_ORDER))
    colours = {p: POS_COLOURS.get(p, GREY) for p in present}
    if not len(rows):
        return empty_figure(title, "aucun terme")
    fig, ax = plt.subplots(figsize=(chart_width() * 0.75 if not is_narrow() else chart_width(),
                                    0.22 * max(len(rows), 3) + 1.0))
    ax.barh(range(len(rows)), rows[value], color=[colours.get(p, GREY) for p in pos_values], height=0.7)
    ax.set_yticks(range(len(rows)), rows["term"].astype(str))
    if xlabel is None:
        xlabel = "Occurrences pour 10 000 mots" if value == "per_10k" else "Occurrences"
    ax.set(title=title, xlabel=xlabel, ylabel="")
    if present:
        ax.legend(handles=[Patch(color=colours[p], label=POS_LABELS.get(p, p)) for p in present],
                  title="Catégorie", loc="lower right")
    if not len(rows):
        ax.text(0.5, 0.5, "aucun terme", transform=ax.transAxes, ha="center", color=GREY)
    return fig


def _panel(ax: plt.Axes, rows: pd.DataFrame, measure: str, n: int, name: str, colour: str) -> None:
    over = rows[rows[measure] > 0].nlargest(n, measure)
    under = rows[rows[measure] < 0].nsmallest(n, measure)
    shown = pd.concat([over, under.iloc[::-1]]).iloc[::-1]
    values = shown[measure].to_numpy(dtype=float)
    ax.barh(range(len(shown)), values, color=np.where(values > 0, POSITIVE, NEGATIVE), height=0.7)
    ax.set_yticks(range(len(shown)), [f"{t} ({f})" for t, f in zip(shown["term"], shown["f"], strict=False)])
    ax.axvline(0, color="#555555", linewidth=0.8)
    t = int(rows["t"].iloc[0]) if len(rows) else 0
    # two lines, the name cut to the panel: titles of neighbouring panels never run into each other
    ax.set_title(f"{shorten(name, 24)}\n{fr_number(t)} occurrences", fontsize=8, color=colour, loc="left")
    if not len(shown):
        ax.text(0.5, 0.5, "aucun terme", transform=ax.transAxes, ha="center", color=GREY)


def keyness_bars(
    rows: pd.DataFrame,
    *,
    measure: str = "specificity",
    n: int = 8,
    parts: Sequence[object] | None = None,
    max_panels: int = 6,
    title: str = "Sur- et sous-emplois par partie",
) -> Figure:
    """One panel per part: the ``n`` most over-used (blue, right) and under-used (orange, left) terms.

    Labels give the term and its count in the part, so a bar can be traced to its row; panel
    titles take each part's colour (the speaker palette shared by every chart). Parts beyond
    ``max_panels`` are left out (choose them with ``parts``).
    """
    use_style()
    if not len(rows):
        return empty_figure(title, "aucune partie assez grande pour un calcul de spécificités")
    names = list(parts) if parts is not None else list(pd.unique(rows["part"]))[:max_panels]
    colours = palette([str(name) for name in names])
    cols = min(len(names), 2 if is_narrow() else 3) or 1
    lines = int(np.ceil(len(names) / cols)) or 1
    fig, axes = plt.subplots(lines, cols, figsize=(chart_width(), (0.2 * 2 * n + 1.1) * lines), squeeze=False)
    for ax, name in zip(axes.flat, names, strict=False):
        _panel(ax, rows[rows["part"] == name], measure, n, str(name), colours.get(str(name), GREY))
        ax.set_xlabel(measure if measure not in MEASURE_LABELS else MEASURE_LABELS[measure].split(" (")[0])
    for ax in list(axes.flat)[len(names):]:
        ax.set_visible(False)
    fig.suptitle(title, fontweight="bold", fontsize=10)
    fig.supxlabel(MEASURE_LABELS.get(measure, measure), fontsize=8)
    return fig
