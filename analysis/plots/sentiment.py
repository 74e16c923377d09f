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

from analysis.labels import NO_SPEAKER, labels
from analysis.markup import escape
from analysis.plots.style import (
    GREY,
    NEGATIVE,
    NEUTRAL,
    OKABE_ITO,
    POSITIVE,
    add_note,
    chart_width,
    empty_figure,
    fr_number,
    palette,
    shorten,
    use_style,
)

LABEL_COLOURS = {"neg": NEGATIVE, "neu": NEUTRAL, "pos": POSITIVE}
LABEL_NAMES = labels("sentiment")


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
    if not len(summary):
        return empty_figure(title, "aucune citation notée")
    by = by or summary.columns[0]
    named = summary[summary[by].astype(str) != NO_SPEAKER]
    data = named.nlargest(max_rows, "n_quotes").sort_values("polarity_mean")
    names = [shorten(str(v)) for v in data[by]]
    colours = palette([str(v) for v in data[by]])
    fig, ax = plt.subplots(figsize=(chart_width(), 0.3 * max(len(data), 2) + 1.0))
    _band(ax, band, vertical=True)
    for y, (_, row) in enumerate(data.iterrows()):
        colour = colours.get(str(row[by]), GREY)
        if not np.isnan(row["ci_low"]):
            ax.plot([row["ci_low"], row["ci_high"]], [y, y], color=colour, linewidth=1.6, solid_capstyle="round")
        ax.plot(row["polarity_mean"], y, "o", color=colour, markersize=6, markeredgecolor="white", zorder=3)
    ax.set_yticks(range(len(data)), [f"{name} (n = {fr_number(n)})" for name, n in zip(names, data["n_quotes"],
                                                                                        strict=True)])
    # the axis spans the intervals (and the neutral band), not −1…+1: over many quotes means sit near 0
    lows = np.nan_to_num(data["ci_low"].to_numpy(dtype=float), nan=0.0)
    highs = np.nan_to_num(data["ci_high"].to_numpy(dtype=float), nan=0.0)
    values = np.concatenate([lows, highs, data["polarity_mean"].to_numpy(dtype=float), [-0.1, 0.1]])
    ax.set_xlim(max(-1.05, float(values.min()) - 0.05), min(1.05, float(values.max()) + 0.05))
    ax.set(title=title, xlabel="Polarité moyenne (−1 négatif … +1 positif), intervalle bootstrap à 95 %", ylabel="")
    left = len(named) - len(data)
    if left > 0:
        add_note(fig, f"Les {fr_number(len(data))} locuteurs les plus cités ; {fr_number(left)} autres dans le tableau.")
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
    """Strip chart: one dot per quote (colour = label), one row per speaker, most quoted on top.

    ``quotes[by]`` names the speakers as the report does (:func:`analysis.counts.speaker_rows`);
    quotations without speaker are left out. With thousands of quotes the dots get small and
    translucent, so that density shows."""
    use_style()
    names = quotes[by].astype(str) if by in quotes.columns else pd.Series(NO_SPEAKER, index=quotes.index)
    names = names[names != NO_SPEAKER]
    if names.empty:
        return empty_figure(title, "aucune citation attribuée à un locuteur")
    order = names.value_counts().index[:max_rows][::-1]
    fig, ax = plt.subplots(figsize=(chart_width(), 0.32 * max(len(order), 2) + 1.1))
    _band(ax, band, vertical=True)
    rng = np.random.default_rng(seed)
    many = len(names) > 400
    for y, name in enumerate(order):
        rows = quotes.loc[names.index[names == name]]
        jitter = rng.uniform(-0.25, 0.25, size=len(rows))
        ax.scatter(rows["polarity"], y + jitter, c=[LABEL_COLOURS[lab] for lab in rows["label"]], s=6 if many else 22,
                   alpha=0.4 if many else 1, edgecolors="white", linewidths=0.2 if many else 0.5, zorder=3)
    for key, colour in LABEL_COLOURS.items():
        ax.scatter([], [], c=colour, s=22, label=LABEL_NAMES[key])
    counts = names.value_counts()
    ax.set_yticks(range(len(order)), [f"{shorten(n)} (n = {fr_number(counts[n])})" for n in order])
    ax.set_xlim(-1.05, 1.05)
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncols=3, title="Étiquette")
    ax.set(title=title, xlabel="Polarité de la citation (−1 … +1)", ylabel="")
    return fig


POSITION_BINS = 10
"""Over several articles, positions are pooled in tenths of each article."""


def sentiment_along(
    scored: pd.DataFrame,
    *,
    position: str = "sent_id",
    title: str = "Polarité au fil de l'article",
    band: tuple[float, float] | None = None,
    xlabel: str = "Phrase (ordre dans l'article)",
) -> Figure:
    """Polarity along the text. One article: a bar per sentence (or quote), coloured by label.
    Several (``scored`` has a ``doc_id`` and a ``relative`` position in 0–1): the mean polarity of
    each tenth of the articles, with its 95 % bootstrap interval and the share of negative and
    positive sentences — what can be compared across articles."""
    use_style()
    if scored.empty:
        return empty_figure(title, "aucune phrase notée")
    if "doc_id" in scored and scored["doc_id"].nunique() > 1:
        return _along_articles(scored, title, band)
    fig, ax = plt.subplots(figsize=(chart_width(), 2.6))
    _band(ax, band, vertical=False)
    ax.bar(scored[position], scored["polarity"], color=[LABEL_COLOURS[lab] for lab in scored["label"]], width=0.8,
           zorder=2)
    neutral = scored[scored["label"] == "neu"]
    ax.scatter(neutral[position], neutral["polarity"], color=GREY, s=10, zorder=3)  # neutral rows stay visible
    handles = [Patch(color=colour, label=LABEL_NAMES[key]) for key, colour in LABEL_COLOURS.items()]
    ax.set_ylim(-1.05, 1.05)
    ax.grid(axis="y")
    ax.legend(handles=handles, loc="upper right", ncols=3)
    ax.set(title=title, xlabel=xlabel, ylabel="Polarité (−1 … +1)")
    return fig


def position_profile(scored: pd.DataFrame) -> pd.DataFrame:
    """What the several-article chart of :func:`sentiment_along` draws: per tenth of the articles
    (``position`` 5, 15 … 95 % of the text), sentences, mean polarity with its 95 % bootstrap
    interval, and the shares of negative and positive sentences."""
    from analysis.sentiment import bootstrap_ci

    tenth = np.minimum((scored["relative"].to_numpy(dtype=float) * POSITION_BINS).astype(int), POSITION_BINS - 1)
    rows = []
    for k, group in scored.assign(_bin=tenth).groupby("_bin"):
        low, high = bootstrap_ci(group["polarity"].to_numpy(), n_boot=500, seed=int(k))
        rows.append(((k + 0.5) * 100 / POSITION_BINS, len(group), group["polarity"].mean(), low, high,
                     (group["label"] == "neg").mean(), (group["label"] == "pos").mean()))
    return pd.DataFrame(rows, columns=["position", "sentences", "mean", "low", "high", "neg", "pos"])


def _along_articles(scored: pd.DataFrame, title: str, band: tuple[float, float] | None) -> Figure:
    table = position_profile(scored)
    x = table["position"]
    fig, (top, ax) = plt.subplots(2, 1, figsize=(chart_width(), 3.4), sharex=True, height_ratios=[1.2, 1])
    _band(top, band, vertical=False)
    top.fill_between(x, table["low"], table["high"], color=OKABE_ITO[0], alpha=0.25, linewidth=0)
    top.plot(x, table["mean"], marker="o", markersize=3, color=OKABE_ITO[0])
    spread = max(0.05, float(np.nanmax(np.abs(table[["low", "high"]].to_numpy()))) * 1.3)
    top.set_ylim(-spread, spread)
    top.set(ylabel="Polarité moyenne", title=title)
    ax.plot(x, 100 * table["neg"], color=NEGATIVE, marker="o", markersize=3, label=LABEL_NAMES["neg"])
    ax.plot(x, 100 * table["pos"], color=POSITIVE, marker="o", markersize=3, label=LABEL_NAMES["pos"])
    ax.set(xlabel="Position dans l'article (% du texte)", ylabel="Phrases (%)")
    ax.set_xlim(0, 100)
    ax.legend(loc="upper right", ncols=2)
    for a in (top, ax):
        a.grid(axis="y")
    n_docs, n_rows = scored["doc_id"].nunique(), len(scored)
    return add_note(fig, f"{fr_number(n_rows)} phrases de {fr_number(n_docs)} articles, regroupées par dixième "
                         "de chaque article ; bande : intervalle bootstrap à 95 % de la moyenne.")


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
