"""Lexicometry in the suite: correspondence analysis, Reinert classification, similarity graphs.

>>> import analysis as an
>>> table = an.lexico.contingency(tokens, "outlet", articles=articles)   # lemmas × outlets
>>> ca = an.correspondence(table)                                          # eigenvalues, rows, columns
>>> classes = an.reinert(tokens, k=8, articles=articles, quotes=quotes)    # classes, terms, segments
>>> graph = an.similarity_graph(tokens, top=60)                            # nodes, edges, tree

Everything takes the suite's frames and returns frames (or a small result object holding
frames); matrices stay sparse, so a corpus of millions of tokens fits in memory.
"""

from analysis.lexico.ca import CAResult, correspondence
from analysis.lexico.graph import SimilarityGraph, similarity_graph
from analysis.lexico.inputs import LexicoInputs, load_inputs
from analysis.lexico.matrix import (
    FULL_WORD_POS,
    active_terms,
    contingency,
    contingency_with_supplements,
    presence_matrix,
)
from analysis.lexico.planted import adjusted_rand_index, planted_corpus
from analysis.lexico.reinert import ReinertResult, reinert
from analysis.lexico.segments import text_segments

__all__ = [
    "FULL_WORD_POS", "CAResult", "LexicoInputs", "ReinertResult", "SimilarityGraph", "active_terms",
    "adjusted_rand_index", "contingency", "contingency_with_supplements", "correspondence", "load_inputs", "planted_corpus", "presence_matrix",
    "reinert", "similarity_graph", "text_segments",
]
