"""French news discourse analysis: who is quoted, how they sound, which words dominate.

The public API is re-exported here flat; modules load on first use, so ``import analysis``
is instant and does not load spaCy.

>>> import analysis as an
>>> articles = an.load_article(an.config.SAMPLE_ARTICLE)
>>> sents = an.sentences(articles)
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # loading
    "load_article": "analysis.io",
    "load_corpus": "analysis.io",
    # frames
    "sentences": "analysis.nlp",
    "tokens": "analysis.nlp",
    "annotate_sentences": "analysis.nlp",
    "page_furniture": "analysis.nlp",
    "load_model": "analysis.nlp",
    # quotations and speakers
    "extract_quotes": "analysis.quotes",
    "resolve_speakers": "analysis.speakers:resolve",
    "speakers_table": "analysis.speakers",
    # sentiment
    "score": "analysis.sentiment",
    "score_quotes": "analysis.sentiment",
    "sentiment_by_speaker": "analysis.sentiment",
    "sentiment_by_article": "analysis.sentiment",
    # keywords
    "frequencies": "analysis.keywords",
    "collocations": "analysis.keywords",
    "keyness": "analysis.keywords",
    "kwic": "analysis.keywords",
    "partition_tokens": "analysis.keywords",
    "repeated_segments": "analysis.keywords",
    "tfidf": "analysis.keywords",
    "kwic_view": "analysis.widgets",
    # lexicometry
    "correspondence": "analysis.lexico",
    "reinert": "analysis.lexico",
    "similarity_graph": "analysis.lexico",
    # everything in one pass, and corpora
    "analyse": "analysis.pipeline",
    "build_corpus": "analysis.corpus",
    "load_built_corpus": "analysis.corpus",
    # output
    "save_figure": "analysis.plots",
    "save_table": "analysis.tables",
    "Workspace": "analysis.workspace",
}
_MODULES = {"config", "errors", "io", "nlp", "plots", "quotes", "speakers", "sentiment", "keywords", "tables",
            "report", "corpus", "evaluate", "bench", "fr", "workspace", "pipeline", "lexico"}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module_name, _, attr = _EXPORTS[name].partition(":")
        value = getattr(importlib.import_module(module_name), attr or name)
        globals()[name] = value
        return value
    if name in _MODULES:
        module = importlib.import_module(f"analysis.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _MODULES)
