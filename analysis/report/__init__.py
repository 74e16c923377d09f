"""The main job: run every analysis notebook on some articles and gather an HTML report.

>>> from analysis.report import run_report
>>> index = run_report(["my/articles/"], out_dir="reports/my-articles")   # doctest: +SKIP

A report folder holds index.html (summary, every figure inline, links), one HTML page and one
executed .ipynb per notebook, figures/ (PNG 300 dpi, SVG, PDF), tables/ (CSV UTF-8 with BOM and
one XLSX workbook), palette.json and manifest.json. ``check_report`` opens it in headless Chromium.
Every value written into a page goes through :func:`analysis.markup.escape`.

The names below load on first use: importing the package does not load the notebook runner.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "check_report": "analysis.report.browser", "find_notebooks": "analysis.report.discover",
    "is_corpus_dir": "analysis.report.discover", "NotebookFailed": "analysis.report.runner",
    "notebooks": "analysis.report.runner", "run_report": "analysis.report.runner",
}

__all__ = ["NotebookFailed", "check_report", "find_notebooks", "is_corpus_dir", "notebooks", "run_report"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'analysis.report' has no attribute {name!r}")
