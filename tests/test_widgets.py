"""Widgets: ipywidgets in a live kernel, static output headless (reports never hold a widget)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import widgets
from analysis.workspace import REPORT_ENV

QUOTES = pd.DataFrame({
    "speaker": ["Vladimir Poutine", "Alexandre Loukachenko", "Vladimir Poutine", None, "  "],
    "text": ["« un »", "« deux »", "« trois »", "« quatre »", "« cinq »"],
})


class ZMQInteractiveShell:  # stands for a JupyterLab kernel's shell (matched by class name)
    pass


@pytest.fixture
def shown(monkeypatch):
    """Everything passed to IPython's display(), in order."""
    import IPython.display

    items: list = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kw: items.extend(objs))
    return items


@pytest.fixture
def live_kernel(monkeypatch):
    import IPython

    monkeypatch.setattr(IPython, "get_ipython", lambda: ZMQInteractiveShell())
    monkeypatch.setenv("JPY_SESSION_NAME", "notebook.ipynb")  # a front end is attached (JupyterLab sets it)
    monkeypatch.delenv(REPORT_ENV, raising=False)
    monkeypatch.delenv(widgets.STATIC_ENV, raising=False)


def _html(items) -> str:
    return "\n".join(getattr(i, "data", "") for i in items if hasattr(i, "data"))


def test_headless_outside_a_kernel():
    assert widgets.is_interactive() is False


def test_interactive_in_a_live_kernel_unless_in_a_report_or_forced(live_kernel, monkeypatch):
    assert widgets.is_interactive() is True
    monkeypatch.setenv(REPORT_ENV, "/tmp/report")
    assert widgets.is_interactive() is False
    monkeypatch.delenv(REPORT_ENV)
    monkeypatch.setenv(widgets.STATIC_ENV, "1")
    assert widgets.is_interactive() is False
    monkeypatch.delenv(widgets.STATIC_ENV)
    monkeypatch.delenv("JPY_SESSION_NAME")
    monkeypatch.delenv("VSCODE_PID", raising=False)
    assert widgets.is_interactive() is False  # a kernel under papermill: nobody to use a widget


def test_static_speaker_picker_shows_the_most_quoted_speaker(shown):
    seen = []
    widgets.speaker_picker(QUOTES, lambda s: seen.append(s) or QUOTES[QUOTES["speaker"] == s])
    assert seen == ["Vladimir Poutine"]
    assert "Vue statique pour le locuteur « Vladimir Poutine »" in _html(shown)
    assert isinstance(shown[-1], pd.DataFrame) and len(shown[-1]) == 2


def test_static_speaker_picker_can_show_every_speaker(shown):
    seen = []
    widgets.speaker_picker(QUOTES, seen.append, static="all")
    assert seen == ["Vladimir Poutine", "Alexandre Loukachenko"]
    assert "Alexandre Loukachenko" in _html(shown)


def test_static_speaker_picker_honours_the_default_and_missing_column(shown):
    seen = []
    widgets.speaker_picker(QUOTES, seen.append, default="Alexandre Loukachenko")
    assert seen == ["Alexandre Loukachenko"]
    with pytest.raises(KeyError, match="speaker_name"):
        widgets.speaker_picker(QUOTES, seen.append, column="speaker_name")


def test_live_speaker_picker_is_a_dropdown_that_redraws(live_kernel, shown):
    import ipywidgets

    seen = []
    widgets.speaker_picker(QUOTES, seen.append)
    [box] = [o for o in shown if isinstance(o, ipywidgets.VBox)]
    dropdown = box.children[0]
    assert isinstance(dropdown, ipywidgets.Dropdown)
    assert list(dropdown.options) == ["Vladimir Poutine", "Alexandre Loukachenko"]
    dropdown.value = "Alexandre Loukachenko"
    assert seen == ["Vladimir Poutine", "Alexandre Loukachenko"]


def test_static_kwic_box_shows_the_default_search(shown):
    queries = []
    widgets.kwic_box(lambda q: queries.append(q) or pd.DataFrame({"left": ["a"], "kwic": [q], "right": ["b"]}),
                     default=" guerre ")
    assert queries == ["guerre"]
    assert "« guerre »" in _html(shown)
    shown.clear()
    widgets.kwic_box(queries.append)
    assert queries == ["guerre"] and "aucun mot cherché" in _html(shown)


def test_live_kwic_box_searches_on_enter(live_kernel, shown):
    import ipywidgets

    queries = []
    widgets.kwic_box(queries.append, default="paix")
    [box] = [o for o in shown if isinstance(o, ipywidgets.VBox)]
    text = box.children[0]
    assert isinstance(text, ipywidgets.Text) and text.continuous_update is False
    text.value = "sécurité"
    assert queries == ["paix", "sécurité"]


def test_figures_from_a_view_are_shown_once_and_closed(shown):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def view(speaker):
        fig, ax = plt.subplots()
        ax.set_title(speaker)
        return fig

    before = len(plt.get_fignums())
    widgets.speaker_picker(QUOTES, view)
    assert len(plt.get_fignums()) == before
    from analysis.workspace import figure_title

    assert figure_title(shown[-1]) == "Vladimir Poutine"
