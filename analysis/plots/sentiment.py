"""Charts of sentiment: per-speaker polarity with intervals, distributions, the article's course.

Every function takes the frames of :mod:`analysis.sentiment` and returns a Figure (or, for
:func:`highlight_html`, an HTML string for notebooks), in the suite's style and palette.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.markup import escape
from analysis.plots.style import GREY, NEGATIVE, NEUTRAL, POSITIVE, figsize, palette, use_style

LABEL_COLOURS = {"neg": NEGATIVE, "neu": NEUTRAL, "pos": POSITIVE}
LABEL_NAMES = {"neg": "négatif", "neu": "neutre", "pos": "positif"}


def _band(ax, band: tuple[float, float] | None, *, vertical: bool) -> None:
    if band is None:
        from analysis.sentiment import neutral_band

        band = neutral_band()
    low, high = -band[0], band[1]
    (ax.axvspan if vertical else ax.axhspan)(low, high, color=NEUTRAL, alpha=0.35, linewidth=0, zorder=0)
    (ax.axvline if vertical else ax.axhline)(0, color=GREY, linewidth=0.8, zorder=1)


def speaker_polarity(
    summary: pd.DataFrame,
    *,
    by: str | None = None,
    title: str = "Polarité moyenne des citations par locuteur",
    band: tuple[float, float] | None = None,
    max_rows: int = 20,
) -> Figure:
    """Dot-and-whisker chart: mean polarity per speaker with its 95 % interval, n in the labels.

    ``summary`` is :func:`analysis.sentiment.sentiment_by_speaker` output. Rows are ordered by
    mean polarity (most negative at the bottom); the grey band is the neutral band; speakers
    with one quote have a dot and no whisker (no interval from one value).
    """
    use_style()
    by = by or summary.columns[0]
    data = summary.nlargest(max_rows, "n_quotes").sort_values("polarity_mean") if len(summary) else summary
    names = [str(v) for v in data[by]]
    colours = palette(names)
    fig, ax = plt.subplots(figsize=figsize(1.5, height=0.3 * max(len(data), 2) + 1.0))
    _band(ax, band, vertical=True)
    for y, (_, row) in enumerate(data.iterrows()):
        colour = colours.get(str(row[by]), GREY)
        if not np.isnan(row["ci_low"]):
            ax.plot([row["ci_low"], row["ci_high"]], [y, y], color=colour, linewidth=1.6, solid_capstyle="round")
        ax.plot(row["polarity_mean"], y, "o", color=colour, markersize=6, markeredgecolor="white", zorder=3)
    ax.set_yticks(range(len(data)), [f"{name} (n = {n})" for name, n in zip(names, data["n_quotes"], strict=True)])
    ax.set_xlim(-1.05, 1.05)
    ax.set(title=title, xlabel="Polarité moyenne (−1 négatif … +1 positif), intervalle bootstrap à 95 %", ylabel="")
    if not len(data):
        ax.text(0, 0.5, "aucune citation", ha="center", va="center", color=GREY)
    return fig


def speaker_distribution(
    quotes: pd.DataFrame,
    *,
    by: str = "speaker",
    title: str = "Polarité de chaque citation, par locuteur",
    band: tuple[float, float] | None = None,
    max_rows: int = 12,
    seed: int = 0,
) -> Figure:
    """Strip chart: one dot per quote (colour = label), one row per speaker, most quoted on top."""
    use_style()
    if by not in quotes.columns and by == "speaker" and "speaker_mention" in quotes.columns:
        by = "speaker_mention"
    names = quotes[by].fillna("non attribué").astype(str).replace("", "non attribué")
    order = names.value_counts().index[:max_rows][::-1]
    fig, ax = plt.subplots(figsize=figsize(1.5, height=0.32 * max(len(order), 2) + 1.1))
    _band(ax, band, vertical=True)
    rng = np.random.default_rng(seed)
    for y, name in enumerate(order):
        rows = quotes[names == name]
        jitter = rng.uniform(-0.18, 0.18, size=len(rows))
        ax.scatter(rows["polarity"], y + jitter, c=[LABEL_COLOURS[lab] for lab in rows["label"]], s=22,
                   edgecolors="white", linewidths=0.5, zorder=3)
    for label, colour in LABEL_COLOURS.items():
        ax.scatter([], [], c=colour, s=22, label=LABEL_NAMES[label])
    ax.set_yticks(range(len(order)), [f"{n} (n = {(names == n).sum()})" for n in order])
    ax.set_xlim(-1.05, 1.05)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="étiquette")
    ax.set(title=title, xlabel="Polarité de la citation (−1 … +1)", ylabel="")
    return fig


def sentiment_along(
    scored: pd.DataFrame,
    *,
    position: str = "sent_id",
    title: str = "Polarité au fil de l'article",
    band: tuple[float, float] | None = None,
    xlabel: str = "Phrase (ordre dans l'article)",
) -> Figure:
    """Bars of polarity along the text (one per sentence or quote), coloured by label."""
    use_style()
    fig, ax = plt.subplots(figsize=figsize(2, height=2.6))
    _band(ax, band, vertical=False)
    ax.bar(scored[position], scored["polarity"], color=[LABEL_COLOURS[lab] for lab in scored["label"]], width=0.8,
           zorder=2)
    neutral = scored[scored["label"] == "neu"]
    ax.scatter(neutral[position], neutral["polarity"], color=GREY, s=10, zorder=3)  # neutral rows stay visible
    handles = [Patch(color=colour, label=LABEL_NAMES[label]) for label, colour in LABEL_COLOURS.items()]
    ax.set_ylim(-1.05, 1.05)
    ax.grid(axis="y")
    ax.legend(handles=handles, loc="upper right", ncols=3)
    ax.set(title=title, xlabel=xlabel, ylabel="Polarité (−1 … +1)")
    return fig


def highlight_html(text: str, hits: list[dict], *, extra: str = "") -> str:
    """``text`` as HTML with the words that drove its score highlighted (colour = sign, tooltip = value).

    ``extra`` is markup appended as given: every value in it must already have gone through
    :func:`analysis.markup.escape`.
    """
    parts, cursor = [], 0
    for hit in sorted((h for h in hits if h.get("start", -1) >= 0), key=lambda h: h["start"]):
        if hit["start"] < cursor:
            continue
        colour = NEGATIVE if hit["polarity"] < 0 else POSITIVE if hit["polarity"] > 0 else GREY
        tip = f"{hit['lemma']} {hit['polarity']:+.2f}"
        if hit.get("negator"):
            tip += f" (nié par « {hit['negator']} »)"
        if hit.get("modifier"):
            tip += f" (modifié par « {hit['modifier']} »)"
        parts.append(escape(text[cursor:hit["start"]]))
        parts.append(f'<mark style="background:{colour}33;border-bottom:2px solid {colour}" title="{escape(tip)}">'
                     f"{escape(text[hit['start']:hit['end']])}</mark>")
        cursor = hit["end"]
    parts.append(escape(text[cursor:]))
    return f"<p>{''.join(parts)}{extra}</p>"
