"""Charts of who speaks: share of voice by speaker, gender or kind, and the mention chain of an article."""

from __future__ import annotations

import matplotlib.pyplot as plt
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

MEASURES: dict[str, str] = {"quoted_words": "Mots cités", "n_quotes": "Citations"}
GROUPS: dict[str, str] = {"speaker": "Locuteur", "gender": "Genre", "kind": "Type de source"}
GENDER_LABELS: dict[str, str] = {"f": "femmes", "m": "hommes", "unknown": "inconnu"}
KIND_LABELS: dict[str, str] = {"person": "personne", "organisation": "organisation", "media": "média",
                               "unnamed source": "source anonyme", "unknown": "inconnu"}
OTHERS = "autres"
CATEGORY_COLOURS: dict[str, str] = {
    "femmes": OKABE_ITO[3], "hommes": OKABE_ITO[4], "personne": OKABE_ITO[0], "organisation": OKABE_ITO[2],
    "média": OKABE_ITO[1], "source anonyme": OKABE_ITO[5], "inconnu": GREY,
}
"""Fixed colours for genders and kinds, so they do not take speaker colours from the report palette."""


def share_of_voice(
    table: pd.DataFrame,
    *,
    by: str = "speaker",
    measure: str = "quoted_words",
    top: int = 8,
    title: str | None = None,
) -> Figure:
    """Horizontal bars: each speaker's (or gender's, or kind's) share of the quoted words or quotes.

    ``table`` is a speakers table (:func:`analysis.speakers.speakers_table`). With ``by="speaker"``
    the ``top`` speakers are shown and the rest grouped as « autres »; bars give the share in %
    and are labelled with the count.
    """
    if by not in GROUPS:
        raise ValueError(f"`by` must be one of {', '.join(GROUPS)}")
    if measure not in MEASURES:
        raise ValueError(f"`measure` must be one of {', '.join(MEASURES)}")
    use_style()
    key = {"speaker": "speaker", "gender": "gender", "kind": "kind"}[by]
    values = table.groupby(key, dropna=False)[measure].sum().sort_values(ascending=False) if len(table) else pd.Series(
        dtype="int64")
    if by == "speaker" and len(values) > top:
        values = pd.concat([values.iloc[:top], pd.Series({OTHERS: values.iloc[top:].sum()})])
    labels = [str(k) for k in values.index]
    if by == "gender":
        labels = [GENDER_LABELS.get(k, k) for k in labels]
    elif by == "kind":
        labels = [KIND_LABELS.get(k, k) for k in labels]
    total = values.sum() or 1
    share = values / total * 100
    colours = palette([lbl for lbl in labels if lbl != OTHERS]) if by == "speaker" else CATEGORY_COLOURS
    shown = [shorten(lbl) for lbl in labels]
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN if by == "speaker" else COLUMN_WIDTH_IN * 1.4,
                                    0.32 * max(len(values), 1) + 1.1))
    if not len(values):
        ax.text(0.5, 0.5, "aucune citation", ha="center", va="center", transform=ax.transAxes, color=GREY)
        ax.set_yticks([])
    else:
        ax.barh(range(len(shown)), share.values, color=[colours.get(lbl, GREY) for lbl in labels], edgecolor="white")
        ax.set_yticks(range(len(shown)), shown)
        for y, (pct, count) in enumerate(zip(share.values, values.values, strict=True)):
            ax.annotate(fr_number(float(count)), (pct, y), xytext=(3, 0), textcoords="offset points", va="center",
                        fontsize=7)
        ax.invert_yaxis()
        ax.set_xlim(0, max(float(share.max()) * 1.15, 1.0))
        french_ticks(ax, axis="x")
    ax.set(title=title or f"Part de voix par {GROUPS[by].lower()} ({MEASURES[measure].lower()})",
           xlabel=f"Part des {MEASURES[measure].lower()} (%)", ylabel="")
    return fig


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


def mention_chain(chains: pd.DataFrame, *, doc_id: object | None = None, top: int = 8,
                  title: str | None = None) -> Figure:
    """The quotations of one article in text order, one row per resolved speaker.

    ``chains`` is :func:`analysis.speakers.mention_chains`. Each point is a quotation at its
    paragraph; its shape says how the speaker was found (name, role, anaphor, continuation, hand
    correction, unresolved); a thin line links an anaphor to the paragraph of its antecedent. Read
    it to check a resolution: a pronoun joined to the wrong row is easy to spot.
    """
    use_style()
    if doc_id is None and len(chains):
        doc_id = chains["doc_id"].iloc[0]
    rows = chains[chains["doc_id"] == doc_id] if len(chains) else chains
    speakers = rows["speaker"].fillna("(non résolu)")
    order = list(dict.fromkeys(speakers))
    if len(order) > top:
        keep = set(speakers.value_counts().index[:top])
        speakers = speakers.where(speakers.isin(keep) | (speakers == "(non résolu)"), OTHERS)
        order = list(dict.fromkeys(speakers))
    colours = palette([s for s in order if s not in {OTHERS, "(non résolu)"}])
    fig, ax = plt.subplots(figsize=(DOUBLE_COLUMN_WIDTH_IN, 0.38 * max(len(order), 1) + 1.4))
    ypos = {s: k for k, s in enumerate(order)}
    seen: set[str] = set()
    placed: dict[tuple[str, object], int] = {}
    for (_, row), speaker in zip(rows.iterrows(), speakers, strict=True):
        marker, label = _marker(str(row.get("rule") or ""))
        n = placed[(speaker, row.get("paragraph"))] = placed.get((speaker, row.get("paragraph")), -1) + 1
        x = row.get("paragraph") + 0.18 * n  # several quotations of one paragraph side by side
        y = ypos[speaker]
        colour = colours.get(speaker, GREY)
        if pd.notna(row.get("antecedent_paragraph")):
            ax.plot([row["antecedent_paragraph"], x], [y, y], color=colour, linewidth=0.8, alpha=0.6)
        ax.scatter([x], [y], marker=marker, s=42, color=colour, edgecolor="black", linewidth=0.4, zorder=3,
                   label=label if label not in seen else None)
        seen.add(label)
    ax.set_yticks(range(len(order)), [shorten(s) for s in order])
    ax.invert_yaxis()
    ax.set(title=title or f"Chaîne des mentions : {doc_id}", xlabel="Paragraphe", ylabel="")
    ax.grid(axis="x")
    if seen:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="Trouvé par", fontsize=7, title_fontsize=7)
    return fig


__all__ = ["GENDER_LABELS", "KIND_LABELS", "OKABE_ITO", "mention_chain", "share_of_voice"]
