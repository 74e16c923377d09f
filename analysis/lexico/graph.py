"""Similarity graph of co-occurring lemmas (IRaMuTeQ's « analyse de similitudes »).

The ``top`` most widespread active lemmas are nodes; two lemmas are linked by the number of
units (segments of about forty words, or sentences) they share, and by a normalised index of
that co-occurrence: Jaccard (shared units / units holding either) or cosine (shared units /
√(units of one × units of the other)). The count alone favours the most frequent words; the
indices show which words go *together* whatever their frequency.

A complete co-occurrence graph is unreadable, so, as in IRaMuTeQ, the drawing keeps its maximum
spanning tree: the strongest links that connect every lemma without a cycle. Communities are
found on the whole weighted graph with Louvain's method (networkx, fixed seed). The Leiden
algorithm, which guarantees connected communities, would need igraph and leidenalg compiled
packages; on graphs of a hundred nodes Louvain's communities are connected in practice, and
networkx's own ``leiden_communities`` only dispatches to such an external backend.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.keywords.terms import in_text_order, require_columns
from analysis.lexico.matrix import FULL_WORD_POS, active_terms, presence_matrix
from analysis.lexico.segments import SEGMENT_SIZE, cut_segments

Measure = Literal["jaccard", "cosine", "count"]
MEASURES: tuple[str, ...] = ("jaccard", "cosine", "count")
TOP_LEMMAS = 60
"""Nodes drawn by default: more than about sixty labels no longer fit a journal page."""
MIN_COOCCURRENCE = 2
"""Pairs seen together in fewer units are not linked (a single shared segment is chance)."""
RESOLUTION = 1.0
"""Louvain resolution: above 1, more and smaller communities; below 1, fewer and larger."""


@dataclass
class SimilarityGraph:
    """Nodes and edges of a similarity graph, as frames.

    ``nodes``: ``lemma``, ``frequency`` (units holding it), ``community`` (1 = largest),
    ``degree`` (links in the tree). ``edges``: ``source``, ``target``, ``count``, ``jaccard``,
    ``cosine``, ``weight`` (the chosen measure) and ``in_tree`` (kept by the maximum spanning tree).
    """

    nodes: pd.DataFrame
    edges: pd.DataFrame
    measure: str
    unit: str
    n_units: int

    @property
    def tree(self) -> pd.DataFrame:
        """The edges of the maximum spanning tree (a forest if the graph is not connected)."""
        return self.edges[self.edges["in_tree"]].reset_index(drop=True)

    def to_networkx(self, *, tree: bool = True):
        """A networkx Graph of the tree (or of every edge), with node and edge attributes."""
        import networkx as nx

        graph = nx.Graph()
        for row in self.nodes.itertuples(index=False):
            graph.add_node(row.lemma, frequency=int(row.frequency), community=int(row.community))
        edges = self.tree if tree else self.edges
        for row in edges.itertuples(index=False):
            graph.add_edge(row.source, row.target, weight=float(row.weight), count=int(row.count))
        return graph


def _units(tokens: pd.DataFrame, unit: str, quotes: pd.DataFrame | None, size: int) -> tuple[np.ndarray, int, pd.DataFrame]:
    """Unit of each token (in text order), the number of units, and the ordered tokens."""
    if unit == "segment":
        seg, segment_of, ordered = cut_segments(tokens, quotes=quotes, size=size)
        return segment_of, len(seg), ordered
    if unit == "sentence":
        require_columns(tokens, ["doc_id", "sent_id", "i"])
        ordered = in_text_order(tokens)
        codes = pd.MultiIndex.from_arrays([ordered["doc_id"], ordered["sent_id"]]).factorize()[0]
        return codes.astype(np.int64), int(codes.max()) + 1 if len(codes) else 0, ordered
    raise ValueError(f"unit must be 'segment' or 'sentence', not {unit!r}")


def _communities(nodes: list[str], edges: pd.DataFrame, resolution: float, seed: int) -> dict[str, int]:
    """Community number of each lemma: Louvain on the weighted graph, numbered by size."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from(edges[["source", "target", "weight"]].itertuples(index=False, name=None))
    found = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    rank = {n: i for i, n in enumerate(nodes)}  # nodes come most frequent first
    found = sorted(found, key=lambda members: (-len(members), min(rank[m] for m in members)))
    return {member: number for number, members in enumerate(found, start=1) for member in members}


def _spanning_tree(nodes: list[str], edges: pd.DataFrame) -> np.ndarray:
    """Which edges belong to the maximum spanning tree (Kruskal; ties broken by edge order)."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for k, (s, t, w) in enumerate(edges[["source", "target", "weight"]].itertuples(index=False, name=None)):
        graph.add_edge(s, t, weight=w, position=k)
    tree = nx.maximum_spanning_tree(graph, weight="weight", algorithm="kruskal")
    kept = np.zeros(len(edges), dtype=bool)
    kept[[data["position"] for _, _, data in tree.edges(data=True)]] = True
    return kept


def similarity_graph(
    tokens: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    unit: Literal["segment", "sentence"] = "segment",
    top: int = TOP_LEMMAS,
    measure: Measure = "jaccard",
    min_count: int = MIN_COOCCURRENCE,
    pos: Collection[str] | None = FULL_WORD_POS,
    stop_words: bool | Collection[str] = True,
    segment_size: int = SEGMENT_SIZE,
    resolution: float = RESOLUTION,
    seed: int = 0,
) -> SimilarityGraph:
    """Co-occurrence graph of the ``top`` most widespread active lemmas of ``tokens``.

    ``unit``: co-occurrence within segments (``segment_size`` words, cut as for the Reinert
    classification; ``quotes`` make quotation edges cut points) or within sentences.
    ``measure``: the edge weight used for the tree and the communities (``jaccard``, ``cosine``
    or ``count``); every measure is in ``edges`` anyway.
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    unit_of, n_units, ordered = _units(tokens, unit, quotes, segment_size)
    presence = presence_matrix(active_terms(ordered, pos=pos, stop_words=stop_words), unit_of, n_units, min_freq=1)
    freq = np.asarray(presence.matrix.sum(axis=0)).ravel()
    chosen = np.lexsort((presence.terms.to_numpy(dtype=str), -freq))[:top]
    X = sp.csc_matrix(presence.matrix[:, chosen])
    lemmas = [str(t) for t in presence.terms[chosen]]
    f = freq[chosen]
    counts = sp.triu((X.T @ X).tocsr(), k=1).tocoo()
    keep = counts.data >= min_count
    i, j, c = counts.row[keep], counts.col[keep], counts.data[keep]
    order = np.lexsort((j, i))
    i, j, c = i[order], j[order], c[order]
    edges = pd.DataFrame({
        "source": np.asarray(lemmas, dtype=object)[i], "target": np.asarray(lemmas, dtype=object)[j],
        "count": c.astype(np.int64), "jaccard": c / (f[i] + f[j] - c), "cosine": c / np.sqrt(f[i] * f[j]),
    })
    edges["weight"] = edges[measure].astype(float)
    edges["in_tree"] = _spanning_tree(lemmas, edges) if len(edges) else np.zeros(0, dtype=bool)
    community = _communities(lemmas, edges, resolution, seed) if lemmas else {}
    tree = edges[edges["in_tree"]]
    degree = pd.concat([tree["source"], tree["target"]]).value_counts()
    nodes = pd.DataFrame({"lemma": lemmas, "frequency": f.astype(np.int64),
                          "community": [community.get(lemma, 0) for lemma in lemmas],
                          "degree": [int(degree.get(lemma, 0)) for lemma in lemmas]})
    return SimilarityGraph(nodes=nodes, edges=edges, measure=measure, unit=unit, n_units=n_units)
