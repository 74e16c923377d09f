"""Analyse a report's inputs once, before any notebook runs.

Article inputs (files, folders, tables) are built into a corpus inside the report folder
(``<report>/corpus/``: :func:`analysis.corpus.build_corpus`, on Dask workers when there are
several partitions, with a progress bar), and every notebook then reads that corpus's Parquet
tables instead of running spaCy, quotation and speaker rules again in its own kernel. A built
corpus given as input is read as it is.

The report's corpus is reused by a later report on the same articles (a re-run resumes it); a
corpus that holds articles the inputs no longer have, or was built with another model, is
built again from scratch.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.errors import InputError
from analysis.report.summary import Summary, summarise_corpus

CORPUS_FOLDER = "corpus"


@dataclass
class Analysed:
    """What the notebooks read: a built corpus folder, how many articles it holds, its summary."""

    corpus_dir: Path
    n_articles: int
    summary: Summary | None


def load_articles(inputs: list[str], out: Path) -> pd.DataFrame:
    """The articles of ``inputs`` (never reading ``out``); an error naming each bad file when none loads."""
    from analysis.io import load_corpus

    articles = load_corpus(inputs, exclude=[out])
    if articles.empty:
        reasons = "; ".join(f"{e['path']}: {e['reason']}" for e in articles.attrs.get("errors", [])) or "nothing found"
        raise InputError(", ".join(inputs), f"no article could be loaded ({reasons})")
    return articles


def _stale(folder: Path, articles: pd.DataFrame, model: str) -> bool:
    """Does ``folder`` hold a corpus that is not a part of this build (other articles or model)?"""
    from analysis.corpus import store

    if not folder.exists():
        return False
    if not store.is_built_corpus(folder):
        return True
    if store.read_manifest(folder).get("model") != config.model_name(model):
        return True
    return bool(store.completed_hashes(folder) - set(store.article_hashes(articles)))


def build_report_corpus(articles: pd.DataFrame, out: Path, *, model: str, progress: bool) -> Path:
    """Build (or resume) ``<out>/corpus`` from ``articles``; return the folder."""
    from analysis.corpus import build_corpus

    folder = out / CORPUS_FOLDER
    if _stale(folder, articles, model):
        shutil.rmtree(folder)
    build_corpus(articles, folder, model=model, dedup=False, progress=progress)
    return folder


def analyse_inputs(inputs: list[str], kind: str, out: Path, *, articles: pd.DataFrame | None, model: str,
                   progress: bool, summary: bool) -> Analysed:
    """Build the article inputs into the report's corpus (or take the built corpus given) and summarise it."""
    from analysis.corpus import store

    if kind == "corpus":
        folder = Path(inputs[0])
    else:
        assert articles is not None
        folder = build_report_corpus(articles, out, model=model, progress=progress)
    n_articles = int(store.read_manifest(folder).get("counts", {}).get("articles", 0))
    return Analysed(corpus_dir=folder, n_articles=n_articles, summary=summarise_corpus(folder) if summary else None)
