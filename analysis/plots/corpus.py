"""Charts comparing outlets, periods and speakers across a corpus (tables from analysis.corpus.compare)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import COLUMN_WIDTH_IN, DOUBLE_COLUMN_WIDTH_IN, GREY, OKABE_ITO, palette, use_style

MAX_OUTLETS = 7
"""Outlets beyond this many (the least represented) are drawn together as « autres »."""


def _empty(title: str, message: str = "Aucune donnée à afficher") -> Figure:
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 1.6))
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", color=GREY, transform=ax.transAxes)
    return fig


def _fold_outlets(table: pd.DataFrame, by: str, value: str, keep: list[str]) -> pd.DataFrame:
    """Outlets not in ``keep`` summed as « autres »."""
    if table[by].isin(keep).all():
        return table
    folded = table.assign(**{by: table[by].where(table[by].isin(keep), "autres")})
    keys = [c for c in folded.columns if c not in (value, "share")]
    return folded.groupby(keys, as_index=False, sort=False)[value].sum()


def articles_per_outlet(table: pd.DataFrame, *, title: str = "Articles par média") -> Figure:
    """Horizontal bars: articles per outlet (table from ``compare.articles_per_outlet``)."""
    use_style()
    if table.empty:
        return _empty(title)
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 0.32 * len(table) + 1.0))
    ax.barh(table["outlet"], table["articles"], color=OKABE_ITO[0])
    for y, (n, words) in enumerate(zip(table["articles"], table["words"], strict=True)):
        ax.annotate(f"{n} ({words:,} mots)".replace(",", "\u202f"), (n, y), xytext=(3, 0), textcoords="offset points",
                    va="center", fontsize=7, color=GREY)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Articles", ylabel="")
    ax.margins(x=0.25)
    return fig


def articles_per_period(table: pd.DataFrame, *, by: str = "outlet", title: str = "Articles par semaine et par média",
                        colours: dict[str, str] | None = None) -> Figure:
    """Stacked bars: articles per period, one colour per outlet (``compare.articles_per_period``)."""
    use_style()
    if table.empty:
        return _empty(title)
    totals = table.groupby(by)["articles"].sum().sort_values(ascending=False)
    table = _fold_outlets(table, by, "articles", list(totals.index[:MAX_OUTLETS]))
    wide = table.pivot_table(index="period", columns=by, values="articles", aggfunc="sum", fill_value=0)
    order = [o for o in totals.index if o in wide.columns] + [c for c in wide.columns if c not in totals.index]
    wide = wide[order]
    colours = colours or palette(order)
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 3.2))
    bottom = np.zeros(len(wide))
    width = 5 if len(wide) > 1 and (wide.index[1] - wide.index[0]).days >= 6 else 0.8
    for outlet in order:
        ax.bar(wide.index, wide[outlet], bottom=bottom, width=width, align="edge", label=outlet,
               color=colours.get(outlet, GREY), edgecolor="white", linewidth=0.3)
        bottom += wide[outlet].to_numpy()
    ax.set(title=title, xlabel="Semaine (premier jour)", ylabel="Articles")
    ax.grid(axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="Média")
    fig.autofmt_xdate()
    return fig


def speakers_by_outlet(table: pd.DataFrame, *, by: str = "outlet", title: str = "Locuteurs les plus cités, par média") -> Figure:
    """Heat map: quotes of each top speaker (rows) in each outlet (columns), counts written in."""
    use_style()
    if table.empty:
        return _empty(title, "Aucune citation attribuée")
    wide = table.pivot_table(index="speaker", columns=by, values="quotes", aggfunc="sum", fill_value=0)
    wide = wide.loc[list(dict.fromkeys(table["speaker"]))]
    wide = wide[wide.sum().sort_values(ascending=False).index]
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 0.3 * len(wide) + 1.6))
    image = ax.imshow(wide.to_numpy(), aspect="auto", cmap="Blues")
    ax.set_xticks(range(len(wide.columns)), wide.columns, rotation=30, ha="right")
    ax.set_yticks(range(len(wide.index)), wide.index)
    ax.grid(False)
    high = wide.to_numpy().max() or 1
    for (i, j), value in np.ndenumerate(wide.to_numpy()):
        if value:
            ax.text(j, i, str(value), ha="center", va="center", fontsize=7,
                    color="white" if value > 0.6 * high else "black")
    ax.set(title=title, xlabel="", ylabel="")
    fig.colorbar(image, ax=ax, label="Citations", shrink=0.8)
    return fig


def share_of_voice(table: pd.DataFrame, column: str, *, by: str = "outlet", title: str | None = None,
                   legend: str | None = None) -> Figure:
    """100 % stacked bars: share of quotes of each ``column`` value (kind, gender …) per outlet."""
    use_style()
    title = title or f"Part de voix par {column} et par média"
    if table.empty:
        return _empty(title)
    value = "quotes" if "quotes" in table.columns else "words"
    wide = table.pivot_table(index=by, columns=column, values="share", aggfunc="sum", fill_value=0)
    order = list(table.groupby(column)[value].sum().sort_values(ascending=False).index)
    order = [c for c in order if c != "inconnu"] + (["inconnu"] if "inconnu" in order else [])
    wide = wide[order]
    colours = palette([c for c in order if c != "inconnu"])
    colours["inconnu"] = "#DDDDDD"
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 0.35 * len(wide) + 1.3))
    left = np.zeros(len(wide))
    for name in order:
        ax.barh(wide.index, wide[name], left=left, color=colours.get(name, GREY), label=name, edgecolor="white",
                linewidth=0.3)
        for y, (x0, w) in enumerate(zip(left, wide[name], strict=True)):
            if w >= 0.08:
                ax.text(x0 + w / 2, y, f"{w:.0%}", ha="center", va="center", fontsize=7)
        left += wide[name].to_numpy()
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: f"{x:.0%}"))
    ax.set(title=title, xlabel="Part des citations" if value == "quotes" else "Part des mots cités", ylabel="")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title=legend or column)
    return fig


def sentiment_by_speaker_outlet(table: pd.DataFrame, *, by: str = "outlet",
                                title: str = "Tonalité des citations par locuteur et par média",
                                colours: dict[str, str] | None = None) -> Figure:
    """Dots with 95 % intervals: mean polarity of each speaker's quotes in each outlet."""
    use_style()
    if table.empty:
        return _empty(title, "Pas assez de citations attribuées")
    speakers = list(dict.fromkeys(table["speaker"]))
    outlets = list(table.groupby(by)["n_quotes"].sum().sort_values(ascending=False).index)
    colours = colours or palette(outlets)
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 0.42 * len(speakers) + 1.3))
    step = 0.8 / max(1, len(outlets))
    for k, outlet in enumerate(outlets):
        part = table[table[by] == outlet]
        y = np.array([speakers.index(s) for s in part["speaker"]]) - 0.4 + step * (k + 0.5)
        low = (part["polarity_mean"] - part["ci_low"]).clip(lower=0).fillna(0)
        high = (part["ci_high"] - part["polarity_mean"]).clip(lower=0).fillna(0)
        ax.errorbar(part["polarity_mean"], y, xerr=[low, high], fmt="o", markersize=3.5, linewidth=0.8,
                    color=colours.get(outlet, GREY), label=outlet)
    ax.axvline(0, color=GREY, linewidth=0.8)
    ax.set_yticks(range(len(speakers)), speakers)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Polarité moyenne (−1 négatif, +1 positif ; barres : IC 95 % bootstrap)", ylabel="")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="Média")
    return fig


def keyness_by_outlet(rows: pd.DataFrame | None, *, n: int = 8, title: str = "Mots spécifiques de chaque média",
                      colours: dict[str, str] | None = None) -> Figure:
    """Small multiples: the ``n`` most specific terms of each outlet (keyness rows, part = outlet)."""
    use_style()
    if rows is None or rows.empty:
        return _empty(title)
    score = "specificity" if "specificity" in rows.columns else "g2"
    parts = list(dict.fromkeys(rows["part"]))
    cols = min(3, len(parts))
    lines = -(-len(parts) // cols)
    fig, axes = plt.subplots(lines, cols, figsize=(DOUBLE_COLUMN_WIDTH_IN, 0.22 * n * lines + 0.8 * lines),
                             squeeze=False)
    colours = colours or palette(parts)
    for ax, part in zip(axes.flat, parts, strict=False):
        top = rows[rows["part"] == part].nlargest(n, score)
        ax.barh(top["term"].astype(str), top[score], color=colours.get(part, GREY))
        ax.invert_yaxis()
        ax.set_title(str(part), fontsize=8)
        ax.tick_params(axis="y", labelsize=7)
    for ax in list(axes.flat)[len(parts):]:
        ax.set_axis_off()
    fig.suptitle(title, fontsize=10, fontweight="bold")
    fig.supxlabel("Spécificité (score de Lafon, log10)" if score == "specificity" else "G²", fontsize=8)
    return fig


def speaker_timeline(table: pd.DataFrame, speaker: str, *, by: str = "outlet", title: str | None = None,
                     colours: dict[str, str] | None = None) -> Figure:
    """Stacked bars of one speaker's quotes per period and outlet, with mean polarity above."""
    use_style()
    title = title or f"Citations de {speaker} au fil du temps"
    if table.empty:
        return _empty(title, f"Aucune citation datée de {speaker}")
    wide = table.pivot_table(index="period", columns=by, values="quotes", aggfunc="sum", fill_value=0)
    outlets = list(wide.sum().sort_values(ascending=False).index)
    colours = colours or palette(outlets)
    fig, (top, ax) = plt.subplots(2, 1, figsize=(DOUBLE_COLUMN_WIDTH_IN, 3.8), sharex=True,
                                  gridspec_kw={"height_ratios": [1, 2.4]})
    bottom = np.zeros(len(wide))
    width = 5 if len(wide) > 1 and (wide.index[1] - wide.index[0]).days >= 6 else 0.8
    for outlet in outlets:
        ax.bar(wide.index, wide[outlet], bottom=bottom, width=width, align="edge", color=colours.get(outlet, GREY),
               label=outlet, edgecolor="white", linewidth=0.3)
        bottom += wide[outlet].to_numpy()
    ax.set(xlabel="Semaine (premier jour)", ylabel="Citations")
    ax.grid(axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="Média")
    mean = table.groupby("period").apply(
        lambda g: np.average(g["polarity_mean"], weights=g["quotes"]) if g["polarity_mean"].notna().all() else np.nan,
        include_groups=False)
    top.plot(mean.index + pd.Timedelta(days=width / 2), mean.to_numpy(), marker="o", markersize=3, linewidth=0.8,
             color=OKABE_ITO[5])
    top.axhline(0, color=GREY, linewidth=0.6)
    top.set(ylabel="Polarité", title=title)
    top.grid(axis="y")
    fig.autofmt_xdate()
    return fig


__all__ = [
    "COLUMN_WIDTH_IN", "articles_per_outlet", "articles_per_period", "keyness_by_outlet", "sentiment_by_speaker_outlet",
    "share_of_voice", "speaker_timeline", "speakers_by_outlet",
]
