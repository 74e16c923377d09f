"""Interactive views for JupyterLab that degrade to static output headless.

In JupyterLab a speaker picker or a KWIC search box is an ipywidget that re-draws a view on
each choice. Run headless (the report runner, nbconvert, a plain script) the same call shows
the view for a default choice (or for each choice) as ordinary output, so an HTML report never
holds a widget that cannot render. Notebook cells stay one line::

    from analysis.widgets import speaker_picker, kwic_box, kwic_view
    speaker_picker(quotes, lambda name: quotes[quotes["speaker"] == name][["type", "text"]])
    kwic_box(lambda q: an.kwic(toks, q), default="Poutine")
    kwic_view(toks, "Poutine", articles=articles, quotes=quotes)  # the concordance, keywords aligned

A view function takes the choice and returns something to display (a DataFrame, a Figure,
HTML, text) or displays itself and returns None.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any, Literal

import pandas as pd

from analysis.keywords.kwic import kwic
from analysis.keywords.terms import Unit
from analysis.markup import escape
from analysis.workspace import REPORT_ENV

STATIC_ENV = "ANALYSIS_STATIC_WIDGETS"
"""Set to 1 to force the static fallback (the report runner sets ANALYSIS_REPORT, same effect)."""

View = Callable[[Any], Any]
FRONTEND_ENV = ("JPY_SESSION_NAME", "VSCODE_PID")
"""Set in a kernel started for a notebook open in JupyterLab/Notebook (jupyter_server) or VS Code;
absent under papermill or nbclient, which run headless: a widget there would reach no one."""


def is_interactive() -> bool:
    """True in a live Jupyter kernel with a front end and ipywidgets; False in a report, under
    papermill or nbclient, in a script, or when forced static."""
    if os.environ.get(REPORT_ENV) or os.environ.get(STATIC_ENV, "").strip() not in ("", "0"):
        return False
    if not any(os.environ.get(name) for name in FRONTEND_ENV):
        return False
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None or type(shell).__name__ != "ZMQInteractiveShell":
        return False
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


def _show(value: Any) -> None:
    """Display a view's result; figures are closed after display so they show once."""
    from IPython.display import display

    if value is None:
        return
    from matplotlib.figure import Figure

    display(value)
    if isinstance(value, Figure):
        import matplotlib.pyplot as plt

        plt.close(value)


def _note(text: str) -> None:
    from IPython.display import HTML, display

    display(HTML(f'<p class="analysis-static-note" style="color:#555;font-style:italic;margin:0.4em 0">'
                 f"{escape(text)}</p>"))


def _heading(text: str) -> None:
    from IPython.display import HTML, display

    display(HTML(f'<h4 class="analysis-static-choice" style="margin:0.8em 0 0.3em">{escape(text)}</h4>'))


def choice_widget(options: Sequence[Any], view: View, *, description: str = "Choix :", default: Any = None) -> Any:
    """An ipywidgets Dropdown over ``options`` with an Output re-drawn by ``view`` (not displayed)."""
    import ipywidgets as widgets

    options = list(options)
    value = default if default in options else (options[0] if options else None)
    dropdown = widgets.Dropdown(options=options, value=value, description=description,
                                style={"description_width": "initial"})
    output = widgets.Output()

    def redraw(_change: object = None) -> None:
        output.clear_output(wait=True)
        with output:
            _show(view(dropdown.value))

    dropdown.observe(redraw, names="value")
    redraw()
    return widgets.VBox([dropdown, output])


def search_widget(search: View, *, default: str = "", description: str = "Rechercher :",
                  placeholder: str = "mot ou expression") -> Any:
    """An ipywidgets Text box with an Output re-drawn by ``search(query)`` on Enter (not displayed)."""
    import ipywidgets as widgets

    box = widgets.Text(value=default, description=description, placeholder=placeholder,
                       continuous_update=False, style={"description_width": "initial"})
    output = widgets.Output()

    def redraw(_change: object = None) -> None:
        output.clear_output(wait=True)
        with output:
            if box.value.strip():
                _show(search(box.value.strip()))

    box.observe(redraw, names="value")
    redraw()
    return widgets.VBox([box, output])


def choose(
    options: Sequence[Any],
    view: View,
    *,
    description: str = "Choix :",
    default: Any = None,
    static: Literal["default", "all"] = "default",
    max_static: int = 6,
    what: str = "choix",
) -> None:
    """Show ``view(option)`` with a picker in JupyterLab; headless, show it for the default (or each).

    ``static="all"`` shows up to ``max_static`` options one after another when headless.
    """
    options = list(options)
    if not options:
        _note(f"Aucun choix possible ({what}).")
        return
    default = default if default in options else options[0]
    if is_interactive():
        from IPython.display import display

        display(choice_widget(options, view, description=description, default=default))
        return
    if static == "all":
        shown = options[:max_static]
        more = f" ({len(options) - len(shown)} de plus dans JupyterLab)" if len(options) > len(shown) else ""
        _note(f"Vue statique : un bloc par {what}, {len(shown)} montrés{more}. Dans JupyterLab, un menu en choisit un.")
        for option in shown:
            _heading(str(option))
            _show(view(option))
        return
    _note(f"Vue statique pour le {what} « {default} ». Dans JupyterLab, un menu permet d'en choisir un autre.")
    _show(view(default))


def speaker_picker(
    frame: pd.DataFrame,
    view: View,
    *,
    column: str = "speaker",
    default: str | None = None,
    static: Literal["default", "all"] = "default",
    max_static: int = 6,
) -> None:
    """Speaker menu over ``frame[column]`` (most frequent first) re-drawing ``view(speaker)``.

    Headless, shows the view of ``default`` (else the most frequent speaker), or with
    ``static="all"`` of the ``max_static`` most frequent speakers.
    """
    if column not in frame.columns:
        raise KeyError(f"speaker_picker: the frame has no {column!r} column (columns: {', '.join(map(str, frame.columns))})")
    counts = frame[column].dropna().astype(str)
    options = counts[counts.str.strip() != ""].value_counts(sort=True).index.tolist()
    choose(options, view, description="Locuteur :", default=default, static=static, max_static=max_static,
           what="locuteur")


def kwic_box(search: View, *, default: str = "", description: str = "Rechercher :",
             placeholder: str = "mot ou expression") -> None:
    """KWIC search box: ``search(query)`` returns the concordance to show (e.g. a DataFrame).

    Headless, shows the concordance of ``default`` (nothing if it is empty).
    """
    if is_interactive():
        from IPython.display import display

        display(search_widget(search, default=default, description=description, placeholder=placeholder))
        return
    query = default.strip()
    if not query:
        _note("Vue statique : aucun mot cherché. Dans JupyterLab, une boîte de recherche s'affiche ici.")
        return
    _note(f"Vue statique pour la recherche « {query} ». Dans JupyterLab, une boîte de recherche permet d'essayer "
          "d'autres mots.")
    _show(search(query))


KWIC_VIEW_COLUMNS = ["doc_id", "left", "keyword", "right", "speaker"]
"""The columns a reader of a concordance needs; the rest of :func:`analysis.keywords.kwic` is for code."""


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

    Returns the table (styled: keywords aligned) when it is shown statically (headless, in a
    report), else None, the widget being displayed already.
    """

    def search(query: str) -> Any:
        table = kwic(tokens, query, by=by, articles=articles, quotes=quotes, window=window, sort=sort, limit=limit)
        return _aligned(table[KWIC_VIEW_COLUMNS])

    if not is_interactive():
        return search(default)
    kwic_box(search, default=default, description="Concordance :", placeholder="lemme, forme ou expression")
    return None


def _aligned(table: pd.DataFrame) -> Any:
    """Right-align the left context so keywords line up, as concordancers show them.

    Cells are article text: each goes through :func:`escape` (a pandas Styler writes cell values
    into its HTML as they are).
    """
    return table.style.format(escape).format_index(escape, axis=1).set_properties(
        subset=["left"], **{"text-align": "right"}).set_properties(
        subset=["keyword"], **{"font-weight": "bold", "text-align": "center"}).hide(axis="index")
