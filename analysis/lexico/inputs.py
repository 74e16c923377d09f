"""The frames the lexicometry functions need, from a built corpus folder or from raw inputs.

A folder written by ``python -m analysis corpus build`` is read (only the token columns the
lexicometry uses, which halves the memory of a 3-million-token corpus); anything else — article
files, folders, tables, Europresse exports — is loaded and run through the pipeline
(:func:`analysis.pipeline.analyse`: tokens with lemmas, quotations with speakers).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.errors import InputError

log = logging.getLogger("analysis")

TOKEN_COLUMNS: tuple[str, ...] = ("doc_id", "sent_id", "i", "text", "lemma", "pos", "is_stop", "is_punct", "start",
                                  "end", "norm")
"""Token columns segments, presence matrices and contingency tables read."""
QUOTE_COLUMNS: tuple[str, ...] = ("doc_id", "quote_id", "start", "end", "speaker", "speaker_mention", "speaker_kind")
"""Quotation columns that tie segments to speakers."""


@dataclass
class LexicoInputs:
    """Articles, tokens and quotes (None when the corpus has none) of one set of inputs."""

    articles: pd.DataFrame
    tokens: pd.DataFrame
    quotes: pd.DataFrame | None


def _built(paths: Sequence[str | Path]) -> Path | None:
    from analysis.corpus.store import is_built_corpus

    if len(paths) == 1 and is_built_corpus(paths[0]):
        return Path(paths[0])
    return None


def load_inputs(paths: Sequence[str | Path], *, model: str | None = None, quotes: bool = True) -> LexicoInputs:
    """Frames of a built corpus folder (read), or of article inputs (analysed now)."""
    folder = _built(paths)
    if folder is not None:
        from analysis.corpus.store import load_built_corpus

        corpus = load_built_corpus(folder)
        tokens = corpus.table("tokens", columns=list(TOKEN_COLUMNS))
        found = corpus.table("quotes") if quotes else None
        if found is not None and {"doc_id", "start", "end"} <= set(found.columns):
            found = found[[c for c in QUOTE_COLUMNS if c in found.columns]]
        else:
            found = None
        return LexicoInputs(corpus.articles, tokens, found)
    from analysis.io import load_corpus

    articles = load_corpus(list(map(str, paths)))
    for error in articles.attrs.get("errors", []):
        log.warning("skipped %s: %s", error.get("path"), error.get("reason"))
    if not len(articles):
        raise InputError(", ".join(map(str, paths)), "no readable article")
    if quotes:
        from analysis.pipeline import analyse

        frames = analyse(articles, model=model)
        return LexicoInputs(articles, frames["tokens"], frames["quotes"])
    from analysis.nlp import tokens as token_frame

    return LexicoInputs(articles, token_frame(articles, model=model, parse="none"), None)
