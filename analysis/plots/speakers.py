"""Charts of who speaks: share of voice by speaker, gender or kind, and the mention chains of articles."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.counts import top_with_rest
from analysis.labels import NO_SPEAKER, OTHERS
from analysis.plots.quotes import rest_note
from analysis.plots.style import (
    GREY,
    GROUP_COLOURS,
    OKABE_ITO,
    add_note,
    category_colours,
    chart_width,
    empty_figure,
    fr_number,
    french_ticks,
    is_narrow,
    palette,
    shorten,
    use_style,
)

MEASURES: dict[str, str] = {"quoted_words": "mots cités", "n_quotes": "citations"}
GROUPS: dict[str, str] = {"speaker": "locuteur", "gender": "genre", "kind": "type de locuteur"}
CONCEPTS: dict[str, str] = {"gender": "gender", "kind": "speaker_kind"}


def share_of_voice(
    counts: pd.DataFrame,
    *,
    by: str = "speaker",
    measure: str = "quoted_words",
    top: int = 12,
    title: str | None = None,
) -> Figure:
    """Horizontal bars: each speaker's (or gender's, or kind's) share of the quoted words or quotes.

    ``counts`` is :func:`analysis.counts.speaker_counts` by ``by`` (the same numbers as every other
    table of the report). By speaker, the ``top`` speakers are drawn and the rest — other speakers
    and the quotations without speaker — is a note under the chart; by kind or gender every
    category is a bar, in its fixed colour, « (sans locuteur) » included.
    """
    if by not in GROUPS:
        raise ValueError(f"`by` must be one of {', '.join(GROUPS)}")
    if measure not in MEASURES:
        raise ValueError(f"`measure` must be one of {', '.join(MEASURES)}")
    use_style()
    title = title or f"Part de voix par {GROUPS[by]} ({MEASURES[measure]})"
    share_column = "share_words" if measure == "quoted_words" else "share_quotes"
    note = ""
    if by == "speaker":
        shown, rest = top_with_rest(counts, top)
        note = rest_note(rest)
        colours = palette(shown["speaker"])
        shown = shown.sort_values(measure, ascending=False, kind="stable")  # bars in the order of what they show
    else:
        shown = counts.sort_values(measure, ascending=False, kind="stable")
        colours = category_colours(CONCEPTS[by])
    if shown.empty or not shown[measure].sum():
        return empty_figure(title, "aucune citation attribuée")
    names = shown[by].astype(str).tolist()
    share = 100 * shown[share_column].to_numpy(dtype=float)
    narrow = by != "speaker"
    fig, ax = plt.subplots(figsize=(chart_width("column") * 1.4 if narrow and not is_narrow() else chart_width(),
                                    0.3 * max(len(names), 2) + 1.2))
    ax.barh(range(len(names)), share, color=[colours.get(n, GREY) for n in names], edgecolor="#777777", linewidth=0.3)
    ax.set_yticks(range(len(names)), [shorten(n) for n in names])
    for y, (pct, count) in enumerate(zip(share, shown[measure], strict=True)):
        ax.annotate(f"{fr_number(pct, 1, percent=True)} ({fr_number(float(count))})", (pct, y), xytext=(3, 0),
                    textcoords="offset points", va="center", fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, max(float(share.max()) * 1.4, 1.0))
    french_ticks(ax, axis="x")
    ax.set(title=title, xlabel=f"Part de tous les {MEASURES[measure]} (%)", ylabel="")
    return add_note(fig, note) if note else fig


_RULE_MARKERS: list[tuple[tuple[str, ...], str, str]] = [
    (("override",), "*", "correction manuelle"),
    (("title", "name", "role+name", "media", "organisation", "document"), "o", "nom"),
    (("role",), "s", "fonction"),
    (("pronoun", "latter", "source", "concerned", "group", "part", "cue"), "^", "anaphore"),
    (("continuation",), "D", "suite de citation"),
]


def _marker(rule: str) -> tuple[str, str]:
    for prefixes, marker, label in _RULE_MARKERS:
        if any(rule.startswith(p) for p in prefixes):
            return marker, label
    return "x", "non résolu"


MAX_CHAIN_ARTICLES = 4
"""Articles drawn side by side in the mention-chain chart (one panel each): enough to compare,
few enough for each panel to stay readable; the chains table keeps every article."""


def mention_chain(chains: pd.DataFrame, *, doc_ids: list[object] | None = None, top: int = 8,
                  title: str = "Chaîne des mentions") -> Figure:
    """The quotations of each article in text order, one row per speaker, one panel per article.

    ``chains`` is :func:`analysis.speakers.mention_chains`; ``doc_ids`` the articles to draw (by
    default the first :data:`MAX_CHAIN_ARTICLES`). Each point is a quotation at its paragraph; its
    shape says how the speaker was found (name, role, anaphor, continuation, hand correction,
    unresolved); a thin line links an anaphor to the paragraph of its antecedent.
    """
    use_style()
    if not len(chains):
        return empty_figure(title, "aucune citation dans les articles")
    doc_ids = list(doc_ids) if doc_ids is not None else list(dict.fromkeys(chains["doc_id"]))[:MAX_CHAIN_ARTICLES]
    frames = [chains[chains["doc_id"] == d] for d in doc_ids]
    heights = [len(_chain_order(f, top)) for f in frames]
    fig, axes = plt.subplots(len(frames), 1, figsize=(chart_width(), sum(0.3 * max(h, 1) + 0.8 for h in heights) + 0.4),
                             squeeze=False, height_ratios=[max(h, 1) + 1.5 for h in heights])
    seen: set[str] = set()
    for ax, doc_id, rows in zip(axes[:, 0], doc_ids, frames, strict=True):
        _chain_panel(ax, rows, top, seen)
        ax.set_title(shorten(str(doc_id), 60), fontsize=8, loc="left")
    axes[-1, 0].set_xlabel("Paragraphe")
    fig.suptitle(title, fontweight="bold", fontsize=10, x=0.01, ha="left")
    if seen:
        handles = [plt.Line2D([], [], marker=m, linestyle="", color="#777777", markeredgecolor="black",
                              markeredgewidth=0.4, label=lbl) for _, m, lbl in _RULE_MARKERS + [((), "x", "non résolu")]
                   if lbl in seen]
        fig.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 5), title="Locuteur trouvé par",
                   fontsize=7, title_fontsize=7)
    return fig


def _chain_order(rows: pd.DataFrame, top: int) -> list[str]:
    speakers = rows["speaker"].where(rows["speaker"].notna(), NO_SPEAKER).astype(str)
    order = list(dict.fromkeys(speakers))
    if len(order) > top:
        keep = set(speakers.value_counts().index[:top])
        order = list(dict.fromkeys(s if s in keep or s == NO_SPEAKER else OTHERS for s in speakers))
    return order


def _panel_colours(names: list[str]) -> dict[str, str]:
    """The report palette's colour where a speaker has one; the others get colours no row of this
    panel uses yet (a panel of speakers beyond the report's top eight is not all grey)."""
    shared = palette(names)
    used = {c for c in shared.values() if c != GREY}
    free = [c for c in GROUP_COLOURS if c not in used]
    out = {}
    for name in names:
        colour = shared.get(name, GREY)
        out[name] = colour if colour != GREY or not free else free.pop(0)
    return out


def _chain_panel(ax: plt.Axes, rows: pd.DataFrame, top: int, seen: set[str]) -> None:
    """One article's chain on ``ax``; adds the legend labels it used to ``seen``."""
    order = _chain_order(rows, top)
    speakers = [s if s in order else OTHERS for s in rows["speaker"].where(rows["speaker"].notna(), NO_SPEAKER).astype(str)]
    colours = _panel_colours([s for s in order if s not in {OTHERS, NO_SPEAKER}])
    ypos = {s: k for k, s in enumerate(order)}
    placed: dict[tuple[str, object], int] = {}
    for (_, row), speaker in zip(rows.iterrows(), speakers, strict=True):
        marker, lbl = _marker(str(row.get("rule") or ""))
        n = placed[(speaker, row.get("paragraph"))] = placed.get((speaker, row.get("paragraph")), -1) + 1
        x = row.get("paragraph") + 0.18 * n  # several quotations of one paragraph side by side
        y = ypos[speaker]
        colour = colours.get(speaker, GREY)
        if pd.notna(row.get("antecedent_paragraph")):
            ax.plot([row["antecedent_paragraph"], x], [y, y], color=colour, linewidth=0.8, alpha=0.6)
        ax.scatter([x], [y], marker=marker, s=36, color=colour, zorder=3,
                   **({"edgecolor": "black", "linewidth": 0.4} if marker != "x" else {}))
        seen.add(lbl)
    ax.set_yticks(range(len(order)), [shorten(s) for s in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.grid(axis="x")
    ax.xaxis.get_major_locator().set_params(integer=True)


__all__ = ["OKABE_ITO", "mention_chain", "share_of_voice"]
