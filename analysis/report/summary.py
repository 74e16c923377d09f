"""The numbers at the top of a report, computed by the library (not scraped from notebooks).

Articles, sentences, words, quotes, speakers and top keywords, from one pass of
:func:`analysis.pipeline.analyse` — a line is skipped, with a note saying why, when its
computation fails. Speakers ranked by quotes also seed the report's palette, so the most
quoted speaker is blue in every chart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analysis.plots.style import fr_number

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
    load_warnings: list[dict[str, Any]] = field(default_factory=list)
    """Files read with a repair or an ignored metadata key (path, warning, reason)."""
    notes: list[str] = field(default_factory=list)
    """Lines left out and why (module not installed, computation failed)."""

    def as_dict(self) -> dict[str, Any]:
        return {"counts": self.counts, "quote_types": self.quote_types,
                "speakers": [{"speaker": s, "quotes": n} for s, n in self.speakers],
                "keywords": [{"term": t, "f": f} for t, f in self.keywords],
                "load_errors": self.load_errors, "load_warnings": self.load_warnings, "notes": self.notes}


def _step(summary: Summary, what: str, func: Callable[..., Any], *args: Any, **options: Any) -> Any:
    """``func(*args, **options)``, or None with a note: the summary never stops a report."""
    try:
        return func(*args, **options)
    except Exception as exc:  # noqa: BLE001 - the notebook will show the error in full
        log.warning("report summary: %s failed: %s", what, exc)
        summary.notes.append(f"{what} : non calculé ({type(exc).__name__} : {exc})")
        return None


def _add_counts(summary: Summary, sents: pd.DataFrame, toks: pd.DataFrame, quotes: pd.DataFrame | None,
                top: int) -> None:
    summary.counts["sentences"] = int(sents["is_body"].sum()) if "is_body" in sents else len(sents)
    words = toks[~toks["is_punct"].astype(bool)] if "is_punct" in toks else toks
    summary.counts["words"] = len(words)
    if isinstance(quotes, pd.DataFrame):
        summary.counts["quotes"] = len(quotes)
        if "type" in quotes:
            summary.quote_types = {str(k): int(v) for k, v in quotes["type"].value_counts().items()}
    if isinstance(quotes, pd.DataFrame) and "speaker" in quotes:
        from analysis.counts import speaker_counts
        from analysis.labels import NO_SPEAKER

        counts = speaker_counts(quotes)
        named = counts[counts["speaker"] != NO_SPEAKER]
        summary.counts["speakers"] = int(len(named))
        summary.speakers = [(str(s), int(n)) for s, n in zip(named["speaker"], named["n_quotes"], strict=True)]
    from analysis.keywords import frequencies

    freqs = _step(summary, "mots-clés", frequencies, toks, top=top, stop_words=True, pos=("NOUN", "PROPN", "ADJ", "VERB"))
    if isinstance(freqs, pd.DataFrame) and {"term", "f"} <= set(freqs.columns):
        summary.keywords = [(str(t), int(f)) for t, f in freqs[["term", "f"]].head(top).itertuples(index=False)]


SUMMARY_TOKEN_COLUMNS = ["doc_id", "text", "lemma", "pos", "is_stop", "is_punct"]
"""Token columns the summary counts with: a large corpus's tokens load without the rest."""


def _add_load_notes(summary: Summary, articles: pd.DataFrame) -> None:
    """Files skipped, read with a warning, or dropped as near-duplicates (from the articles' attrs)."""
    summary.load_errors = list(articles.attrs.get("errors", []))
    summary.load_warnings = [*articles.attrs.get("warnings", []), *(
        {"path": d["dropped"], "warning": "NearDuplicate",
         "reason": f"quasi-doublon de {d['kept']} (similarité {fr_number(float(d['similarity']), 2)}) : écarté"}
        for d in articles.attrs.get("duplicates", []))]


def _titles(articles: pd.DataFrame) -> list[str]:
    if "title" not in articles:
        return []
    return [t for t in articles["title"].fillna("").astype(str).tolist() if t][:5]


def summarise(inputs: Sequence[str], *, model: str = "sm", top: int = 10,
              articles: pd.DataFrame | None = None) -> tuple[Summary, pd.DataFrame]:
    """Summary of article ``inputs`` (or of ``articles`` already loaded from them); also returns the articles."""
    from analysis.io import load_corpus
    from analysis.pipeline import analyse

    summary = Summary()
    if articles is None:
        articles = load_corpus(list(inputs))
    _add_load_notes(summary, articles)
    summary.counts["articles"] = len(articles)
    summary.titles = _titles(articles)
    if articles.empty:
        summary.notes.append("aucun article lisible : les autres chiffres sont omis")
        return summary, articles
    frames = _step(summary, "analyse", analyse, articles, model=model)
    if frames is None:
        return summary, articles
    _add_counts(summary, frames["sentences"], frames["tokens"], frames["quotes"], top)
    return summary, articles


def summarise_corpus(corpus_dir: str, *, top: int = 10) -> Summary:
    """Summary of a built corpus folder, read from its Parquet tables (nothing is re-parsed)."""
    from analysis.corpus.store import load_built_corpus, load_table

    summary = Summary()
    try:
        corpus = load_built_corpus(corpus_dir)
        articles = corpus.articles
        sents = load_table(corpus_dir, "sentences", columns=["doc_id", "is_body"])
        toks = load_table(corpus_dir, "tokens", columns=SUMMARY_TOKEN_COLUMNS)
        quotes = load_table(corpus_dir, "quotes")
    except Exception as exc:  # noqa: BLE001 - the summary never stops a report
        summary.notes.append(f"corpus : non résumé ({type(exc).__name__} : {exc})")
        return summary
    summary.counts["articles"] = len(articles)
    summary.titles = _titles(articles)
    _add_load_notes(summary, articles)
    if len(sents.columns) and len(toks.columns):
        _add_counts(summary, sents, toks, quotes if len(quotes.columns) else None, top)
    return summary
