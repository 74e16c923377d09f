"""Fixtures of the lexicometry tests: planted-topic corpora (no spaCy needed) and the FactoMineR
reference tables."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

FACTOMINER = Path(__file__).resolve().parents[1] / "data" / "lexico" / "factominer"


@pytest.fixture(scope="session")
def factominer_reference():
    """``reference(name)``: the table (CSV) and FactoMineR's CA() values (JSON) of one example."""

    def reference(name: str) -> tuple[pd.DataFrame, dict]:
        table = pd.read_csv(FACTOMINER / f"{name}.csv", index_col=0)
        return table, json.loads((FACTOMINER / f"{name}.json").read_text(encoding="utf-8"))

    return reference


@pytest.fixture(scope="session")
def planted():
    """``planted(n_topics, noise, seed)``: articles and tokens of a planted-topic corpus (cached)."""
    from analysis.lexico import planted_corpus

    cache: dict[tuple, tuple[pd.DataFrame, pd.DataFrame]] = {}

    def make(n_topics: int = 4, noise: float = 0.2, seed: int = 0, **options) -> tuple[pd.DataFrame, pd.DataFrame]:
        key = (n_topics, noise, seed, tuple(sorted(options.items())))
        if key not in cache:
            cache[key] = planted_corpus(n_topics, noise=noise, seed=seed, **options)
        return cache[key]

    return make


@pytest.fixture(scope="session")
def lexico_cli():
    """``lexico_cli(*args, articles=None, folder=None)``: run ``python -m analysis lexico ARGS``;
    with ``articles``, their texts are first written as .txt files into ``folder``, which is then
    given as the input path. Returns the finished process (returncode, stdout, stderr)."""
    import subprocess
    import sys

    def run(*args: str, articles: pd.DataFrame | None = None, folder: Path | None = None):
        command = [sys.executable, "-m", "analysis", "lexico", *args]
        if articles is not None:
            folder.mkdir(parents=True, exist_ok=True)
            for row in articles.itertuples(index=False):
                (folder / f"{row.doc_id}.txt").write_text(row.text, encoding="utf-8")
            command.insert(5, str(folder))
        return subprocess.run(command, capture_output=True, text=True, check=False)

    return run
