"""Which notebooks a report runs, and on what.

Rule (documented in the README):
- every ``notebooks/NN_name.ipynb`` or ``NNx_name.ipynb`` (``02b_speakers``) is an analysis
  notebook, run in order (``02_…`` before ``02b_…`` before ``03_…``);
- a notebook needs either **articles** (files, folders, globs, tables: the default) or a
  **built corpus** (a folder written by ``python -m analysis corpus``). It says so in its
  metadata (``"analysis": {"input": "corpus"}``), or by declaring a ``corpus_dir`` parameter;
  a notebook named ``NN_corpus`` needs a corpus too;
- the report analyses its inputs once (article inputs are built into ``<report>/corpus/``, a
  built corpus folder is read as it is) and every notebook reads that corpus: article notebooks
  run on any input; corpus notebooks compare outlets and periods, so they run only when the
  corpus holds at least two articles.
Each skip is listed, with its reason, in the index page and the manifest.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from analysis import config

NOTEBOOK_NAME = re.compile(r"^(?P<number>\d{2})(?P<letter>[a-z]?)_(?P<slug>\w+)$")
InputKind = Literal["articles", "corpus", "any"]
STANDARD_PARAMETERS = ("input_paths", "model", "output_dir")


@dataclass(frozen=True)
class Notebook:
    """One analysis notebook: where it is, its number, what input it needs, its parameters."""

    path: Path
    number: str
    needs: InputKind = "articles"
    parameters: tuple[str, ...] = field(default=STANDARD_PARAMETERS)

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def title(self) -> str:
        """« 02b · speakers » from 02b_speakers, or the notebook's first heading."""
        return _first_heading(self.path) or f"{self.number} · {self.name.split('_', 1)[1].replace('_', ' ')}"


def _first_heading(path: Path) -> str:
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # noqa: BLE001 - a broken notebook fails later, with its own message
        return ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def _declared_parameters(path: Path) -> tuple[str, ...]:
    import papermill as pm

    try:
        return tuple(pm.inspect_notebook(str(path)))
    except Exception:  # noqa: BLE001 - fall back to the standard ones; execution will report problems
        return STANDARD_PARAMETERS


def _needs(path: Path, parameters: Sequence[str]) -> InputKind:
    import nbformat

    try:
        declared = nbformat.read(path, as_version=4).metadata.get("analysis", {}).get("input")
    except Exception:  # noqa: BLE001
        declared = None
    if declared in ("articles", "corpus", "any"):
        return declared
    if "corpus_dir" in parameters or path.stem.split("_", 1)[-1] == "corpus":
        return "corpus"
    return "articles"


def sort_key(path: Path) -> tuple[int, str, str]:
    m = NOTEBOOK_NAME.match(path.stem)
    return (int(m["number"]), m["letter"], m["slug"]) if m else (999, "", path.stem)


def find_notebooks(folder: str | Path | None = None) -> list[Notebook]:
    """The analysis notebooks in ``folder`` (default: the project's notebooks/), in run order."""
    folder = Path(folder) if folder else config.NOTEBOOKS_DIR
    paths = sorted((p for p in folder.glob("*.ipynb") if NOTEBOOK_NAME.match(p.stem)), key=sort_key)
    found = []
    for path in paths:
        m = NOTEBOOK_NAME.match(path.stem)
        params = _declared_parameters(path)
        found.append(Notebook(path=path, number=m["number"] + m["letter"], needs=_needs(path, params), parameters=params))
    return found


def is_corpus_dir(path: str | Path) -> bool:
    """True for a folder built by ``python -m analysis corpus`` (Parquet datasets + manifest.json).

    Asks ``analysis.corpus`` (``is_built_corpus``) when it is installed; otherwise a folder with
    a ``manifest.json`` and an ``articles/`` folder of Parquet parts counts as built.
    """
    path = Path(path)
    if not path.is_dir():
        return False
    for module, name in (("analysis.corpus", "is_built_corpus"), ("analysis.corpus.store", "is_built_corpus")):
        try:
            check = getattr(importlib.import_module(module), name, None)
        except ImportError:
            check = None
        if check is not None:
            return bool(check(path))
    return (path / "manifest.json").is_file() and any((path / "articles").glob("*.parquet"))


def input_kind(inputs: Sequence[str | Path]) -> InputKind:
    """``corpus`` when the inputs are exactly one built corpus folder, else ``articles``."""
    return "corpus" if len(inputs) == 1 and is_corpus_dir(inputs[0]) else "articles"


MIN_CORPUS_ARTICLES = 2


def skip_reason(notebook: Notebook, kind: InputKind, *, n_articles: int | None = None) -> str | None:
    """Why ``notebook`` does not run on inputs of ``kind`` holding ``n_articles`` (None: it runs).

    Every notebook reads the report's built corpus, so only a corpus notebook on fewer than two
    articles is skipped (``n_articles`` None means: not known, run it)."""
    if notebook.needs != "corpus" or n_articles is None or n_articles >= MIN_CORPUS_ARTICLES:
        return None
    # shown on the report's French index page
    return f"il faut plusieurs articles pour comparer médias et périodes (l'entrée en a {n_articles})"
