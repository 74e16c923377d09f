"""Notebook 04 headless: its charts and tables are saved and the concordance is a plain table."""

from __future__ import annotations

import nbformat
import pytest

from analysis import config

NOTEBOOK = config.NOTEBOOKS_DIR / "04_keywords.ipynb"


@pytest.mark.notebook
@pytest.mark.slow
def test_keywords_notebook_headless(tmp_path, monkeypatch):
    import papermill as pm

    for name in ("JPY_SESSION_NAME", "VSCODE_PID"):
        monkeypatch.delenv(name, raising=False)
    out = tmp_path / NOTEBOOK.name
    pm.execute_notebook(str(NOTEBOOK), str(out), cwd=str(NOTEBOOK.parent), progress_bar=False,
                        parameters={"output_dir": str(tmp_path / "report"), "word": "conférence de presse"})
    executed = nbformat.read(out, as_version=4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    tables = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("conférence de presse" in t for t in tables)  # the concordance, as a table
    figures = {p.stem for p in (tmp_path / "report" / "figures").glob("*.png")}
    assert {"04-top-lemmas", "04-keyness-per-speaker"} <= figures
    saved = {p.stem for p in (tmp_path / "report" / "tables").glob("*.csv")}
    assert {"04-top-lemmas", "04-collocations", "04-repeated-segments", "04-keyness-per-speaker"} <= saved
