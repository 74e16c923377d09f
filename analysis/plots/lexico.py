"""Charts of the lexicometry toolbox: CA biplot, Reinert dendrogram and profiles, similarity graph.

Labels are placed with adjustText so that they do not overlap the points or each other; a
chart shows only as many labels as a page can hold (the most contributing points, the most
frequent lemmas), the tables saved beside it hold the rest.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from analysis.plots.style import (
    GREY,
    OKABE_ITO,
    chart_width,
    fr_number,
    fr_text,
    french_ticks,
    shorten,
    use_style,
)

CLASS_COLOURS: tuple[str, ...] = (*OKABE_ITO[:6], "#882255", "#44AA99", "#999933", "#332288", "#AA4499", "#661100")
"""Colours of classes and communities: Okabe–Ito first (yellow and black left out, unreadable as
text colours), then Tol's muted palette for the ninth class onwards."""
VARIABLE_LABELS: dict[str, str] = {"outlet": "média", "country": "pays", "subset": "sous-corpus",
                                   "speaker": "locuteur", "voice": "voix (citation ou récit)", "class": "classe"}
"""French names of the partition columns, for chart titles."""
BIPLOT_ROWS = 30
LABEL_ITERATIONS = 300
"""Rounds adjustText may spend placing one panel's labels (it stops earlier once nothing overlaps).
A bound on rounds, not on seconds, so that the same chart comes out the same on any machine."""
"""Lemmas labelled on a biplot by default: the most contributing to the two axes drawn."""


def class_colour(number: int) -> str:
    """Colour of class (or community) ``number`` (1-based); grey for 0 (unclassified)."""
    return GREY if number <= 0 else CLASS_COLOURS[(number - 1) % len(CLASS_COLOURS)]


def _adjust(texts: list, ax: Axes, points: tuple[np.ndarray, np.ndarray] | None = None) -> None:
    """Move labels off each other and off the points (adjustText), with thin leader lines."""
    if not texts:
        return
    from adjustText import adjust_text

    kwargs = {"x": points[0], "y": points[1]} if points is not None else {}
    adjust_text(texts, ax=ax, arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.4},
                expand=(1.25, 1.5), force_text=(0.4, 0.7), expand_axes=True, iter_lim=LABEL_ITERATIONS, **kwargs)


def _plane_contribution(frame: pd.DataFrame, eig: pd.Series, dims: tuple[int, int]) -> pd.Series:
    """Contribution of each point to the plane of ``dims`` (contributions weighted by eigenvalue)."""
    w = [float(eig.iloc[d - 1]) for d in dims]
    return (frame[f"ctr_{dims[0]}"] * w[0] + frame[f"ctr_{dims[1]}"] * w[1]) / max(sum(w), 1e-12)


def _ca_points(ax: Axes, frame: pd.DataFrame, x: str, y: str, *, marker: str, colour: str, size: float,
               weight: str = "normal", style: str = "normal", fontsize: float = 7.5, label: str | None = None,
               hollow: bool = False) -> list:
    """Scatter ``frame``'s points on ``ax`` and return their text labels (placed later)."""
    if not len(frame):
        return []
    face = "none" if hollow else colour
    ax.scatter(frame[x], frame[y], s=size, marker=marker, facecolors=face, edgecolors=colour, zorder=3, label=label)
    return [ax.text(px, py, shorten(str(name), 28), fontsize=fontsize, color=colour, fontweight=weight, style=style)
            for name, px, py in zip(frame.index, frame[x], frame[y], strict=True)]


def _ca_axes(ax: Axes, result, dims: tuple[int, int], title: str) -> None:
    ax.axhline(0, color="#BBBBBB", lw=0.6, zorder=0)
    ax.axvline(0, color="#BBBBBB", lw=0.6, zorder=0)
    ax.grid(False)
    ax.set(title=fr_text(title), xlabel=result.axis_label(dims[0]), ylabel=result.axis_label(dims[1]))
    french_ticks(ax)


def ca_biplot(
    result,
    *,
    dims: tuple[int, int] = (1, 2),
    n_rows: int | None = BIPLOT_ROWS,
    n_columns: int | None = None,
    title: str = "Analyse factorielle des correspondances",
    row_name: str = "lemmes",
    column_name: str = "parties",
    panels: int = 2,
) -> Figure:
    """Map of a :class:`~analysis.lexico.ca.CAResult` on axes ``dims``: the columns (triangles;
    supplementary ones hollow, in italics) and the ``n_rows`` rows contributing most to the plane.

    ``panels=2`` (default) draws columns and rows side by side on the same axes, each at its own
    scale: in a lexical table the rare words' profiles lie far out and would squeeze the
    partitions into an unreadable knot at the centre. Read directions, not distances across
    panels: a lemma and a partition in the same direction from the origin go together.
    ``panels=1`` draws the classic symmetric map.
    """
    use_style()
    if result.n_dimensions < max(dims):
        raise ValueError(f"the analysis has {result.n_dimensions} axes; cannot draw axes {dims}")
    x, y = f"dim_{dims[0]}", f"dim_{dims[1]}"
    eig = result.eigenvalues["eigenvalue"]
    rows = result.rows[~result.rows["supplementary"]]
    rows = rows.loc[_plane_contribution(rows, eig, dims).sort_values(ascending=False, kind="stable").index[:n_rows]]
    cols = result.columns[~result.columns["supplementary"]]
    if n_columns is not None:
        cols = cols.loc[_plane_contribution(cols, eig, dims).sort_values(ascending=False, kind="stable").index[:n_columns]]
    sup = pd.concat([result.rows[result.rows["supplementary"]], result.columns[result.columns["supplementary"]]])
    if panels == 1:
        fig, ax = plt.subplots(figsize=(chart_width(), chart_width() * 0.78))
        axes = (ax, ax)
    else:
        fig, axes = plt.subplots(1, 2, figsize=(chart_width(), chart_width() * 0.6))
    left = _ca_points(axes[0], cols, x, y, marker="^", colour=OKABE_ITO[0], size=36, weight="bold", label=column_name)
    left += _ca_points(axes[0], sup, x, y, marker="o", colour="#555555", size=28, style="italic",
                       label="supplémentaires", hollow=True)
    right = _ca_points(axes[1], rows, x, y, marker="o", colour="#666666", size=9, fontsize=7, label=row_name)
    if panels == 1:
        _ca_axes(axes[0], result, dims, title)
        _adjust(left + right, axes[0], _xy(cols, sup, rows, x=x, y=y))
        axes[0].legend(loc="best", fontsize=7, frameon=True, framealpha=0.8)
        return fig
    _ca_axes(axes[0], result, dims, column_name.capitalize())
    _ca_axes(axes[1], result, dims, f"{row_name.capitalize()} les plus contributifs")
    _adjust(left, axes[0], _xy(cols, sup, x=x, y=y))
    _adjust(right, axes[1], _xy(rows, x=x, y=y))
    fig.suptitle(fr_text(title), x=0.01, ha="left", fontsize=10, fontweight="bold")
    return fig


def _xy(*frames: pd.DataFrame, x: str, y: str) -> tuple[np.ndarray, np.ndarray]:
    used = [f for f in frames if len(f)]
    return np.concatenate([f[x].to_numpy() for f in used]), np.concatenate([f[y].to_numpy() for f in used])


def _tree_positions(tree: pd.DataFrame, order: list[int]) -> dict[int, tuple[float, float]]:
    """(x, y) of each dendrogram node: leaves at x = 0 in class order, junctions to the left at
    x = −(number of junctions below + 1), y = mean of their children."""
    children: dict[int, list[int]] = {}
    for row in tree.itertuples(index=False):
        children.setdefault(int(row.parent), []).append(int(row.node))
    cls = dict(zip(tree["node"].astype(int), tree["class"].astype(int), strict=True))
    pos: dict[int, tuple[float, float]] = {}

    def place(node: int) -> tuple[float, float, int]:
        if cls[node] > 0:
            pos[node] = (0.0, float(order.index(cls[node])))
            return pos[node][0], pos[node][1], 0
        placed = [place(c) for c in children.get(node, [])]
        depth = max(p[2] for p in placed) + 1
        pos[node] = (-float(depth), float(np.mean([p[1] for p in placed])))
        return pos[node][0], pos[node][1], depth

    roots = [int(n) for n, p in zip(tree["node"], tree["parent"], strict=True) if int(p) == -1]
    for root in roots:
        place(root)
    return pos


def _leaf_order(tree: pd.DataFrame) -> list[int]:
    """Classes in dendrogram order (depth-first)."""
    children: dict[int, list[int]] = {}
    for row in tree.itertuples(index=False):
        children.setdefault(int(row.parent), []).append(int(row.node))
    cls = dict(zip(tree["node"].astype(int), tree["class"].astype(int), strict=True))
    out: list[int] = []

    def walk(node: int) -> None:
        if cls[node] > 0:
            out.append(cls[node])
        for c in children.get(node, []):
            walk(c)

    for root in children.get(-1, []):
        walk(root)
    return out


def reinert_dendrogram(result, *, n_terms: int = 10, title: str = "Classification descendante hiérarchique (Reinert)") -> Figure:
    """Dendrogram of the classes of a :class:`~analysis.lexico.reinert.ReinertResult`, each class
    with its share of the classified segments and its most characteristic lemmas (by χ²; the
    larger the type, the stronger the tie). A double classification has no tree: classes are listed."""
    use_style()
    classes = result.classes
    if not len(classes):
        raise ValueError("no class to draw: the corpus was too small to be split")
    tree = result.tree
    order = _leaf_order(tree) if len(tree) else classes["class"].astype(int).tolist()
    n = len(order)
    fig = plt.figure(figsize=(chart_width(), 0.52 * n + 0.9))
    grid = fig.add_gridspec(1, 2, width_ratios=(1, 4.2), wspace=0.02)
    ax_tree, ax_text = fig.add_subplot(grid[0]), fig.add_subplot(grid[1], sharey=None)
    for ax in (ax_tree, ax_text):
        ax.set_ylim(n - 0.5, -0.5)
        ax.axis("off")
    if len(tree):
        pos = _tree_positions(tree, order)
        for row in tree.itertuples(index=False):
            if int(row.parent) >= 0:
                (px, py), (cx, cy) = pos[int(row.parent)], pos[int(row.node)]
                ax_tree.plot([px, px, cx], [py, cy, cy], color="#555555", lw=1.0)
        ax_tree.set_xlim(min(p[0] for p in pos.values()) - 0.2, 0.15)
    sizes = classes.set_index("class")
    terms = result.terms[result.terms["chi2"] > 0]
    ax_text.set_xlim(0, 1)
    for y, cls in enumerate(order):
        colour = class_colour(cls)
        share = fr_number(float(sizes.loc[cls, "pct"]), 1, percent=True)
        ax_text.text(0.0, y, f"Classe {cls}", color=colour, fontweight="bold", fontsize=9, va="bottom")
        ax_text.text(0.0, y + 0.05, f"{share} · {fr_number(int(sizes.loc[cls, 'n_segments']))} seg.", color="#555555",
                     fontsize=7, va="top")
        _lemma_line(ax_text, terms[terms["class"] == cls].head(n_terms), y, colour)
    fig.suptitle(fr_text(title), x=0.01, ha="left", fontsize=10, fontweight="bold")
    return fig


def _lemma_line(ax: Axes, rows: pd.DataFrame, y: float, colour: str) -> None:
    """The class's lemmas on one line, type size by χ² rank (strongest first)."""
    if not len(rows):
        return
    words = rows["lemma"].astype(str).tolist()
    sizes = np.linspace(9.5, 7, num=len(words))
    renderer = ax.figure.canvas.get_renderer()
    x = 0.2
    width = ax.get_window_extent(renderer).width or 1.0
    for word, size in zip(words, sizes, strict=True):
        text = ax.text(x, y, word, color=colour, fontsize=size, va="center")
        x += (text.get_window_extent(renderer).width + 6) / width
        if x > 1.0:
            text.remove()
            break


def class_profiles(result, variable: str, *, n_values: int = 12, title: str | None = None) -> Figure:
    """Heat map of where each value of ``variable`` (outlet, country…) sends its segments: the
    share of its classified segments in each class, coloured by how far it departs from the
    share of that class in the whole corpus (log2 of the ratio; red above, blue below)."""
    use_style()
    seg = result.segments[(result.segments["class"] > 0) & result.segments[variable].notna()]
    if not len(seg):
        raise ValueError(f"no classified segment has a value for {variable!r}")
    top = seg[variable].value_counts().index[:n_values]
    table = pd.crosstab(seg[variable], seg["class"]).loc[top]
    shares = table.div(table.sum(axis=1), axis=0)
    overall = seg["class"].value_counts(normalize=True).reindex(table.columns)
    ratio = np.log2((shares + 1e-9) / overall.to_numpy()[None, :])
    fig, ax = plt.subplots(figsize=(chart_width(), 0.3 * len(top) + 1.3))
    image = ax.imshow(np.clip(ratio.to_numpy(), -2, 2), cmap="RdBu_r", vmin=-2, vmax=2, aspect="auto")
    ax.grid(False)
    first = result.terms[result.terms["chi2"] > 0].groupby("class")["lemma"].first()
    ax.set_xticks(range(len(table.columns)), [f"{c}\n{first.get(c, '')}" for c in table.columns], fontsize=7)
    ax.set_xlabel("classe et son premier lemme caractéristique")
    ax.set_yticks(range(len(top)), [shorten(str(v), 30) for v in top])
    for (i, j), value in np.ndenumerate(shares.to_numpy()):
        ax.text(j, i, fr_number(100 * value, 0), ha="center", va="center", fontsize=7,
                color="white" if abs(ratio.iloc[i, j]) > 1.3 else "#222222")
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    bar.set_label("log2 (part / part dans le corpus)", fontsize=7)
    ax.set_title(fr_text(title or f"Classes par {VARIABLE_LABELS.get(variable, variable)} (% des segments classés de chaque ligne)"))
    return fig


def similarity_graph(graph, *, title: str = "Analyse de similitudes", seed: int = 0) -> Figure:
    """The maximum spanning tree of a :class:`~analysis.lexico.graph.SimilarityGraph`: node area by
    frequency, edge width by weight, colour by community, labels kept apart (adjustText)."""
    import networkx as nx

    use_style()
    g = graph.to_networkx(tree=True)
    fig, ax = plt.subplots(figsize=(chart_width(), chart_width() * 0.8))
    ax.axis("off")
    if not g.number_of_nodes():
        ax.set_title(fr_text(title))
        return fig
    pos = nx.kamada_kawai_layout(g, weight=None) if g.number_of_edges() else nx.circular_layout(g)
    nodes = graph.nodes.set_index("lemma")
    freq = nodes["frequency"].reindex(list(g.nodes)).to_numpy(dtype=float)
    sizes = 30 + 900 * np.sqrt(freq / max(freq.max(), 1))
    colours = [class_colour(int(nodes.loc[n, "community"])) for n in g.nodes]
    weights = np.array([d["weight"] for _, _, d in g.edges(data=True)])
    if len(weights):
        widths = 0.5 + 5.5 * (weights - weights.min()) / max(np.ptp(weights), 1e-12)
        nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="#9A9A9A", alpha=0.8)
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color=colours, alpha=0.35, linewidths=0)
    texts = [ax.text(pos[n][0], pos[n][1], str(n), fontsize=6.5 + 3.5 * np.sqrt(f / max(freq.max(), 1)), color=c,
                     ha="center", va="center", fontweight="bold")
             for n, f, c in zip(g.nodes, freq, colours, strict=True)]
    xy = np.array([pos[n] for n in g.nodes])
    _adjust(texts, ax, (xy[:, 0], xy[:, 1]))
    unit = "segments" if graph.unit == "segment" else "phrases"
    ax.set_title(fr_text(f"{title} — {len(g.nodes)} lemmes, co-occurrence dans les {unit} ({graph.measure})"))
    return fig


def eigenvalues(result, *, n: int = 10, title: str = "Valeurs propres") -> Figure:
    """Bars of the share of inertia of the first ``n`` axes of a correspondence analysis."""
    use_style()
    eig = result.eigenvalues.head(n)
    fig, ax = plt.subplots(figsize=(chart_width() * 0.5, 2.2))
    ax.bar(eig["dimension"].astype(str), eig["inertia_pct"], color=OKABE_ITO[0])
    ax.set(title=fr_text(title), xlabel="Axe", ylabel="% de l’inertie")
    ax.grid(axis="y")
    french_ticks(ax, axis="y")
    return fig

