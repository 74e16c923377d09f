"""A concordance view for notebooks: a search box in JupyterLab, a plain table when headless.

The search box comes from :mod:`analysis.widgets` (shared by every notebook), which falls back
to static output in a report or a script; without that module the table is simply returned.
"""

from __future__ import annotations

import os
from typing import Any

import pandas as pd

from analysis.keywords.kwic import kwic
from analysis.keywords.terms import Unit
from analysis.markup import escape

VIEW_COLUMNS = ["doc_id", "left", "keyword", "right", "speaker"]
FRONTEND_ENV = ("JPY_SESSION_NAME", "VSCODE_PID")
"""Set in a kernel started for a notebook open in JupyterLab/Notebook (jupyter_server) or VS Code;
absent under papermill or nbclient, which run headless without ANALYSIS_REPORT being set."""


def has_frontend() -> bool:
    """Is a notebook front end attached to this kernel (not a headless papermill/nbclient run)?"""
    return any(os.environ.get(name) for name in FRONTEND_ENV)


def kwic_view(
    tokens: pd.DataFrame,
    default: str,
    *,
    articles: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    by: Unit = "lemma",
    window: int = 8,
    sort: str = "right",
    limit: int = 200,
) -> Any:
    """Concordance of ``default``; in JupyterLab a box searches other words (lemma, form or phrase).

    Returns the table (styled: keywords aligned) when it is shown statically (headless, or
    without widgets), else None, the widget being displayed already.
    """

    def search(query: str) -> Any:
        table = kwic(tokens, query, by=by, articles=articles, quotes=quotes, window=window, sort=sort, limit=limit)
        return _styled(table[VIEW_COLUMNS])

    try:
        from analysis.widgets import is_interactive, kwic_box
    except ImportError:
        return search(default)
    if not (is_interactive() and has_frontend()):
        return search(default)
    kwic_box(search, default=default, description="Concordance :", placeholder="lemme, forme ou expression")
    return None


def _styled(table: pd.DataFrame) -> Any:
    """Right-align the left context so keywords line up, as concordancers show them.

    Cells are article text: each goes through :func:`escape` (a pandas Styler writes cell values
    into its HTML as they are).
    """
    return table.style.format(escape).format_index(escape, axis=1).set_properties(
        subset=["left"], **{"text-align": "right"}).set_properties(
        subset=["keyword"], **{"font-weight": "bold", "text-align": "center"}).hide(axis="index")
