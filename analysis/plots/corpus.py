"""Charts comparing outlets, countries, subsets, periods and speakers across a corpus.

The tables come from :mod:`analysis.corpus.compare` (counted by :mod:`analysis.counts`). A chart
with nothing to draw is marked empty (:func:`analysis.plots.style.empty_figure`): a notebook
shows why, a report does not export it. Timelines take their period (day, week, month, year)
from the table and label their dates in French.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.labels import NO_SPEAKER, OTHERS, label
from analysis.plots.style import (
    GREY,
    OKABE_ITO,
    add_note,
    category_colours,
    chart_width,
    date_axis,
    empty_figure,
    extend_colours,
    fr_number,
    is_narrow,
    shorten,
    use_style,
)

MAX_GROUPS = 7
"""Outlets (or other groups) drawn in their own colour; the least represented beyond this many are
summed as « autres » (more hues than that cannot be told apart)."""
NO_DATA = "aucune donnée à afficher"


def _fold(table: pd.DataFrame, by: str, value: str, keep: list[str]) -> pd.DataFrame:
    """Groups not in ``keep`` summed as « autres »."""
    if table[by].isin(keep).all():
        return table
    folded = table.assign(**{by: table[by].where(table[by].isin(keep), OTHERS)})
    keys = [c for c in folded.columns if c not in (value, "share")]
    return folded.groupby(keys, as_index=False, sort=False)[value].sum()


def articles_per_group(table: pd.DataFrame, *, by: str = "outlet", title: str = "Articles par média") -> Figure:
    """Horizontal bars: articles per outlet (or country, subset), with their words
    (table from ``compare.articles_per_outlet``, or the same by another column)."""
    use_style()
    if table.empty:
        return empty_figure(title, NO_DATA)
    fig, ax = plt.subplots(figsize=(chart_width(), 0.26 * len(table) + 1.0))
    ax.barh([shorten(str(v), 30) for v in table[by]], table["articles"], color=OKABE_ITO[0], height=0.7)
    for y, (n, words) in enumerate(zip(table["articles"], table["words"], strict=True)):
        ax.annotate(f"{fr_number(n)} ({fr_number(words)} mots)", (n, y), xytext=(3, 0), textcoords="offset points",
                    va="center", fontsize=7, color="#555555")
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Articles", ylabel="")
    ax.margins(x=0.3)
    return fig


articles_per_outlet = articles_per_group


def _stacked_periods(ax: plt.Axes, wide: pd.DataFrame, colours: dict[str, str], freq: str) -> None:
    """Bars of each period stacked by group, as wide as the period (a week's bar covers its week)."""
    widths = {"D": 0.8, "W": 6, "M": 27, "Y": 330}
    bottom = np.zeros(len(wide))
    for group in wide.columns:
        ax.bar(wide.index, wide[group], bottom=bottom, width=widths.get(freq, 6), align="edge", label=shorten(group, 28),
               color=colours.get(group, GREY), edgecolor="white", linewidth=0.2)
        bottom += wide[group].to_numpy()
    date_axis(ax, freq, wide.index.min(), wide.index.max() + pd.Timedelta(days=widths.get(freq, 6)))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y")


def _period_note(table: pd.DataFrame, what: str) -> str:
    notes = []
    if table.attrs.get("undated"):
        notes.append(f"{fr_number(table.attrs['undated'])} {what} sans date")
    if table.attrs.get("outside"):
        notes.append(f"{fr_number(table.attrs['outside'])} {what} datés hors de la période montrée (1 % aux deux bouts)")
    return ("Non représentés : " + " ; ".join(notes) + ".") if notes else ""


def articles_per_period(table: pd.DataFrame, *, by: str = "outlet", title: str | None = None,
                        colours: dict[str, str] | None = None) -> Figure:
    """Stacked bars: articles per period (``table.attrs["freq"]``), one colour per outlet."""
    use_style()
    freq = table.attrs.get("freq", "W")
    title = title or f"Articles par {label('period', freq)}"
    if table.empty or not table["articles"].sum():
        return empty_figure(title, "aucun article daté")
    totals = table.groupby(by)["articles"].sum().sort_values(ascending=False)
    folded = _fold(table, by, "articles", list(totals.index[:MAX_GROUPS]))
    wide = folded.pivot_table(index="period", columns=by, values="articles", aggfunc="sum", fill_value=0)
    order = [o for o in totals.index if o in wide.columns] + [c for c in wide.columns if c not in totals.index]
    colours = {**extend_colours(colours, [o for o in order if o != OTHERS]), OTHERS: GREY}
    fig, ax = plt.subplots(figsize=(chart_width(), 3.0))
    _stacked_periods(ax, wide[order], colours, freq)
    ax.set(title=title, xlabel="", ylabel="Articles")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title=by_title(by), fontsize=7)
    note = _period_note(table, "articles")
    return add_note(fig, note) if note else fig


def by_title(by: str) -> str:
    return {"outlet": "Média", "country": "Pays", "subset": "Sous-corpus"}.get(by, by)


def speakers_by_outlet(table: pd.DataFrame, *, by: str = "outlet",
                       title: str = "Locuteurs les plus cités, par média") -> Figure:
    """Heat map: share of each group's quotes (with a speaker) that each top speaker gets, the
    count written in; groups are columns, ordered by their number of quotes."""
    use_style()
    if table.empty:
        return empty_figure(title, "aucune citation attribuée")
    counts = table.pivot_table(index="speaker", columns=by, values="quotes", aggfunc="sum", fill_value=0)
    shares = table.pivot_table(index="speaker", columns=by, values="share", aggfunc="sum", fill_value=0)
    rows = list(dict.fromkeys(table["speaker"]))
    cols = counts.sum().sort_values(ascending=False).index
    counts, shares = counts.loc[rows, cols], shares.loc[rows, cols]
    fig, ax = plt.subplots(figsize=(chart_width(), 0.28 * len(rows) + 1.9))
    image = ax.imshow(100 * shares.to_numpy(), aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(len(cols)), [shorten(str(c), 18) for c in cols], rotation=40, ha="right")
    ax.set_yticks(range(len(rows)), [shorten(r, 26) for r in rows])
    ax.grid(False)
    high = float(100 * shares.to_numpy().max()) or 1.0
    small = 6 if len(cols) > 8 or is_narrow() else 7
    for (i, j), value in np.ndenumerate(counts.to_numpy()):
        if value:
            ax.text(j, i, fr_number(value), ha="center", va="center", fontsize=small,
                    color="white" if 100 * shares.iat[i, j] > 0.6 * high else "black")
    ax.set(title=title, xlabel="", ylabel="")
    fig.colorbar(image, ax=ax, label="% des citations du groupe", shrink=0.8)
    return add_note(fig, "Couleur : part des citations attribuées du groupe ; nombre : citations.")


def share_of_voice(table: pd.DataFrame, column: str, *, by: str = "outlet", title: str | None = None,
                   legend: str | None = None) -> Figure:
    """100 % stacked bars: share of quotes of each ``column`` value (kind or gender) per group,
    each category in its fixed colour (:func:`analysis.plots.style.category_colours`)."""
    use_style()
    concept = {"kind": "speaker_kind", "speaker_kind": "speaker_kind", "gender": "gender",
               "speaker_gender": "gender"}.get(column, column)
    named = {"speaker_kind": "type de locuteur", "gender": "genre"}.get(concept, column)
    title = title or f"Part de voix par {named} et par {by_title(by).lower()}"
    if table.empty:
        return empty_figure(title, "aucune citation")
    value = "quotes" if "quotes" in table.columns else "words"
    wide = table.pivot_table(index=by, columns=column, values="share", aggfunc="sum", fill_value=0)
    colours = category_colours(concept)
    order = [c for c in colours if c in wide.columns] + [c for c in wide.columns if c not in colours]
    wide = wide[order].loc[table.groupby(by)[value].sum().sort_values(ascending=False).index]
    fig, ax = plt.subplots(figsize=(chart_width(), 0.3 * len(wide) + 1.4))
    left = np.zeros(len(wide))
    names = [shorten(str(v), 26) for v in wide.index]
    for name in order:
        ax.barh(names, wide[name], left=left, color=colours.get(name, GREY), label=name, edgecolor="white",
                linewidth=0.3)
        for y, (x0, w) in enumerate(zip(left, wide[name], strict=True)):
            if w >= 0.08:
                ax.text(x0 + w / 2, y, fr_number(100 * w, percent=True), ha="center", va="center", fontsize=6.5,
                        color="white" if colours.get(name) in (OKABE_ITO[0], OKABE_ITO[5], OKABE_ITO[3]) else "black")
        left += wide[name].to_numpy()
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: fr_number(100 * x, percent=True)))
    ax.set(title=title, xlabel="Part des citations" if value == "quotes" else "Part des mots cités", ylabel="")
    handles, names = ax.get_legend_handles_labels()
    fig.legend(handles, names, loc="outside lower center", ncols=min(len(names), 5), title=legend or named.capitalize(), fontsize=7)
    return fig


def sentiment_by_speaker_outlet(table: pd.DataFrame, *, by: str = "outlet",
                                title: str = "Tonalité des citations par locuteur et par média",
                                colours: dict[str, str] | None = None) -> Figure:
    """Dots with 95 % intervals: mean polarity of each speaker's quotes in each group (the
    :data:`MAX_GROUPS` groups with most quotes)."""
    use_style()
    if table.empty:
        return empty_figure(title, "pas assez de citations attribuées (deux par locuteur et par groupe au moins)")
    speakers = list(dict.fromkeys(table["speaker"]))
    groups = list(table.groupby(by)["n_quotes"].sum().sort_values(ascending=False).index[:MAX_GROUPS])
    colours = extend_colours(colours, groups)
    fig, ax = plt.subplots(figsize=(chart_width(), 0.42 * len(speakers) + 1.3))
    step = 0.8 / max(1, len(groups))
    for k, group in enumerate(groups):
        part = table[table[by] == group]
        y = np.array([speakers.index(s) for s in part["speaker"]]) - 0.4 + step * (k + 0.5)
        low = (part["polarity_mean"] - part["ci_low"]).clip(lower=0).fillna(0)
        high = (part["ci_high"] - part["polarity_mean"]).clip(lower=0).fillna(0)
        ax.errorbar(part["polarity_mean"], y, xerr=[low, high], fmt="o", markersize=3.5, linewidth=0.8,
                    color=colours.get(group, GREY), label=shorten(str(group), 24))
    ax.axvline(0, color=GREY, linewidth=0.8)
    ax.set_yticks(range(len(speakers)), [shorten(s, 26) for s in speakers])
    ax.invert_yaxis()
    ax.set(title=title, xlabel="Polarité moyenne (−1 négatif, +1 positif ; barres : IC 95 % bootstrap)", ylabel="")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title=by_title(by), fontsize=7)
    return fig


def keyness_by_outlet(rows: pd.DataFrame | None, *, n: int = 8, title: str = "Mots spécifiques de chaque média",
                      colours: dict[str, str] | None = None, max_panels: int = 9) -> Figure:
    """Small multiples: the ``n`` most specific terms of each part (keyness rows), at most
    ``max_panels`` parts (the first ones in the table), each titled with its name."""
    use_style()
    if rows is None or rows.empty:
        return empty_figure(title, "moins de deux groupes à comparer")
    score = "specificity" if "specificity" in rows.columns else "g2"
    sizes = rows.groupby("part", sort=False, observed=True)["t"].first() if "t" in rows else None
    parts = list(sizes.sort_values(ascending=False, kind="stable").index) if sizes is not None else \
        list(dict.fromkeys(rows["part"]))  # the largest groups first: they are the ones a reader looks for
    shown = parts[:max_panels]
    cols = min(2 if is_narrow() else 3, len(shown))
    lines = -(-len(shown) // cols)
    fig, axes = plt.subplots(lines, cols, figsize=(chart_width(), (0.2 * n + 0.75) * lines), squeeze=False)
    colours = extend_colours(colours, shown)
    for ax, part in zip(axes.flat, shown, strict=False):
        top = rows[rows["part"] == part].nlargest(n, score)
        ax.barh(top["term"].astype(str), top[score], color=colours.get(part, OKABE_ITO[0]))
        ax.invert_yaxis()
        ax.set_title(shorten(str(part), 26), fontsize=8, loc="left")
        ax.tick_params(axis="y", labelsize=7)
    for ax in list(axes.flat)[len(shown):]:
        ax.set_axis_off()
    fig.suptitle(title, fontsize=10, fontweight="bold", x=0.01, ha="left")
    measure = "Spécificité (score de Lafon, log10)" if score == "specificity" else "G²"
    note = f"Abscisse : {measure}."
    if len(parts) > len(shown):
        note += f" {fr_number(len(parts) - len(shown))} autres groupes dans le tableau."
    return add_note(fig, note)


def speaker_timeline(table: pd.DataFrame, speaker: str, *, by: str = "outlet", title: str | None = None,
                     colours: dict[str, str] | None = None) -> Figure:
    """Stacked bars of one speaker's quotes per period and group, with mean polarity above."""
    use_style()
    freq = table.attrs.get("freq", "W")
    title = title or f"Citations de {speaker} par {label('period', freq)}"
    if table.empty or speaker in ("", NO_SPEAKER):
        return empty_figure(title, f"aucune citation datée de {speaker or 'ce locuteur'}")
    totals = table.groupby(by)["quotes"].sum().sort_values(ascending=False)
    folded = _fold(table.drop(columns=["polarity_mean"]), by, "quotes", list(totals.index[:MAX_GROUPS]))
    wide = folded.pivot_table(index="period", columns=by, values="quotes", aggfunc="sum", fill_value=0)
    full = pd.period_range(wide.index.min(), wide.index.max(), freq=freq).start_time
    wide = wide.reindex(full, fill_value=0)
    order = [o for o in totals.index if o in wide.columns] + [c for c in wide.columns if c not in totals.index]
    colours = {**extend_colours(colours, [o for o in order if o != OTHERS]), OTHERS: GREY}
    fig, (top, ax) = plt.subplots(2, 1, figsize=(chart_width(), 3.6), sharex=True, height_ratios=[1, 2.4])
    _stacked_periods(ax, wide[order], colours, freq)
    ax.set(xlabel="", ylabel="Citations")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title=by_title(by), fontsize=7)
    weighted = table.assign(_w=table["polarity_mean"] * table["quotes"]).groupby("period")[["_w", "quotes"]].sum()
    mean = weighted["_w"] / weighted["quotes"]
    top.plot(mean.index, mean.to_numpy(), marker="o", markersize=3, linewidth=0.8, color=OKABE_ITO[5])
    top.axhline(0, color=GREY, linewidth=0.6)
    top.set(ylabel="Polarité", title=title)
    top.grid(axis="y")
    note = _period_note(table, "citations")
    return add_note(fig, note) if note else fig


__all__ = [
    "articles_per_group", "articles_per_outlet", "articles_per_period", "keyness_by_outlet",
    "sentiment_by_speaker_outlet", "share_of_voice", "speaker_timeline", "speakers_by_outlet",
]
