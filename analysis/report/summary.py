"""The numbers at the top of a report, computed by the library (not scraped from notebooks).

Articles, sentences and words always; quotes, speakers and top keywords when the modules
that compute them are installed — a line is skipped, with a note saying why, when its module
is absent or fails. Speakers ranked by quotes also seed the report's palette, so the most
quoted speaker is blue in every chart.
"""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

log = logging.getLogger("analysis")


@dataclass
class Summary:
    """What a report is about, in a few numbers."""

    counts: dict[str, int] = field(default_factory=dict)
    """articles, sentences, words, quotes, speakers (only those computed)."""
    quote_types: dict[str, int] = field(default_factory=dict)
    speakers: list[tuple[str, int]] = field(default_factory=list)
    """(speaker, quotes), most quoted first."""
    keywords: list[tuple[str, int]] = field(default_factory=list)
    """(term, frequency), most frequent first."""
    titles: list[str] = field(default_factory=list)
    load_errors: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Lines left out and why (module not installed, computation failed)."""

    def as_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "quote_types": self.quote_types,
                "speakers": [{"speaker": s, "quotes": n} for s, n in self.speakers],
                "keywords": [{"term": t, "f": f} for t, f in self.keywords],
                "load_errors": self.load_errors, "notes": self.notes}


def _function(module: str, name: str) -> Callable[..., Any] | None:
    """``module.name`` if the module is installed, else None (only a missing module is tolerated)."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise
    return getattr(mod, name, None)


def _call(func: Callable[..., Any], *args: Any, **options: Any) -> Any:
    """Call ``func`` with the keyword options its signature accepts (APIs grow independently)."""
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return func(*args, **options)
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return func(*args, **options)
    return func(*args, **{k: v for k, v in options.items() if k in params})


def _step(summary: Summary, what: str, module: str, name: str, *args: Any, **options: Any) -> Any:
    func = _function(module, name)
    if func is None:
        summary.notes.append(f"{what} : non calculé ({module}.{name} n’existe pas dans cette version)")
        return None
    try:
        return _call(func, *args, **options)
    except Exception as exc:  # noqa: BLE001 - the summary never stops a report; the notebook will show it
        log.warning("report summary: %s failed: %s", what, exc)
        summary.notes.append(f"{what} : non calculé ({type(exc).__name__} : {exc})")
        return None


def _add_counts(summary: Summary, sents: pd.DataFrame, toks: pd.DataFrame, quotes: pd.DataFrame | None,
                speakers_source: pd.DataFrame | None, top: int) -> None:
    summary.counts["sentences"] = int(sents["is_body"].sum()) if "is_body" in sents else len(sents)
    words = toks[~toks["is_punct"].astype(bool)] if "is_punct" in toks else toks
    summary.counts["words"] = len(words)
    if isinstance(quotes, pd.DataFrame):
        summary.counts["quotes"] = len(quotes)
        if "type" in quotes:
            summary.quote_types = {str(k): int(v) for k, v in quotes["type"].value_counts().items()}
    if isinstance(speakers_source, pd.DataFrame) and "speaker" in speakers_source:
        named = speakers_source["speaker"].dropna().astype(str)
        named = named[named.str.strip() != ""]
        counts = named.value_counts()
        summary.counts["speakers"] = int(counts.size)
        summary.speakers = [(str(s), int(n)) for s, n in counts.items()]
    freqs = _step(summary, "mots-clés", "analysis.keywords", "frequencies", toks, top=top, stop_words=True,
                  pos=("NOUN", "PROPN", "ADJ", "VERB"))
    if isinstance(freqs, pd.DataFrame) and {"term", "f"} <= set(freqs.columns):
        summary.keywords = [(str(t), int(f)) for t, f in freqs[["term", "f"]].head(top).itertuples(index=False)]


def _titles(articles: pd.DataFrame) -> list[str]:
    if "title" not in articles:
        return []
    return [t for t in articles["title"].fillna("").astype(str).tolist() if t][:5]


def summarise(inputs: Sequence[str], *, model: str = "sm", top: int = 10) -> tuple[Summary, pd.DataFrame]:
    """Summary of article ``inputs``; also returns the articles frame."""
    from analysis.io import load_corpus
    from analysis.nlp import sentences, tokens

    summary = Summary()
    articles = load_corpus(list(inputs))
    summary.load_errors = list(articles.attrs.get("errors", []))
    summary.counts["articles"] = len(articles)
    summary.titles = _titles(articles)
    if articles.empty:
        summary.notes.append("aucun article lisible : les autres chiffres sont omis")
        return summary, articles
    sents = sentences(articles, model=model)
    toks = tokens(articles, model=model)
    quotes = _step(summary, "citations", "analysis.quotes", "extract_quotes", articles,
                   sentences=sents, tokens=toks, model=model)
    resolved = None
    if isinstance(quotes, pd.DataFrame):
        resolved = _step(summary, "locuteurs", "analysis.speakers", "resolve", quotes, articles=articles,
                         sentences=sents, tokens=toks, model=model)
        if isinstance(resolved, tuple):  # (quotes, speakers) or similar
            resolved = next((r for r in resolved if isinstance(r, pd.DataFrame) and "speaker" in r), None)
    _add_counts(summary, sents, toks, quotes if isinstance(quotes, pd.DataFrame) else None, resolved, top)
    return summary, articles


def summarise_corpus(corpus_dir: str, *, top: int = 10) -> Summary:
    """Summary of a built corpus folder, read from its Parquet tables (nothing is re-parsed)."""
    summary = Summary()
    load_table = _function("analysis.corpus.store", "load_table")
    if load_table is None:
        summary.notes.append("corpus : non résumé (analysis.corpus n’existe pas dans cette version)")
        return summary
    try:
        articles = load_table(corpus_dir, "articles")
        sents = load_table(corpus_dir, "sentences")
        toks = load_table(corpus_dir, "tokens")
        quotes = load_table(corpus_dir, "quotes")
    except Exception as exc:  # noqa: BLE001 - the summary never stops a report
        summary.notes.append(f"corpus : non résumé ({type(exc).__name__} : {exc})")
        return summary
    summary.counts["articles"] = len(articles)
    summary.titles = _titles(articles)
    if len(sents.columns) and len(toks.columns):
        _add_counts(summary, sents, toks, quotes if len(quotes.columns) else None, quotes, top)
    return summary
