"""Corpus scale: analyse thousands of articles on Dask into Parquet, and read them back.

>>> from analysis.corpus import build_corpus, load_built_corpus
>>> report = build_corpus("exports/", "built/")       # python -m analysis corpus build exports/ --out built/
>>> corpus = load_built_corpus("built/")
>>> corpus.quotes.groupby("speaker").size()
"""

from analysis.corpus.build import BuildReport, build_corpus, load_inputs, open_corpus, process_partition
from analysis.corpus.store import BuiltCorpus, is_built_corpus, load_built_corpus, load_table
from analysis.corpus.synthetic import demo_corpus, synthetic_articles, write_corpus

__all__ = [
    "BuildReport", "BuiltCorpus", "build_corpus", "demo_corpus", "is_built_corpus", "load_built_corpus", "load_inputs", "load_table", "open_corpus",
    "process_partition", "synthetic_articles", "write_corpus",
]
