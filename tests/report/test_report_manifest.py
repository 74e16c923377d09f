"""A report's manifest tells the truth while it runs and however it ends; its folder is never read as input."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from analysis.report import runner

PARAMETERS = 'input_paths = None\nmodel = "sm"\noutput_dir = None'
WHILE_RUNNING = """
import json, pathlib
from analysis.workspace import Workspace
manifest = json.loads((pathlib.Path(output_dir) / "manifest.json").read_text(encoding="utf-8"))
assert manifest["status"] == "running" and manifest["generator"] == "analysis report", manifest["status"]
ws = Workspace.from_parameters(input_paths, output_dir, model)
assert sorted(ws.articles["doc_id"]) == ["deux", "un"], sorted(ws.articles["doc_id"])
"""


def _notebook(folder: Path, source: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell(PARAMETERS)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# Contrôle"), params, nbformat.v4.new_code_cell(source)]
    nbformat.write(nb, str(folder / "01_check.ipynb"))
    return folder


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "un.txt").write_text("Le port de Concarneau agrandit sa criée.\n", encoding="utf-8")
    (folder / "deux.txt").write_text("La ville de Douarnenez rénove ses halles.\n", encoding="utf-8")
    return folder


def test_while_a_report_runs_its_folder_is_known_as_one_and_not_read_as_input(tmp_path, articles):
    notebooks = _notebook(tmp_path / "nb", WHILE_RUNNING)
    out = articles / "rapport"  # inside the input folder
    runner.run_report([str(articles)], out_dir=out, notebooks_dir=notebooks, progress=False, summary=False)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "ok" and manifest["notebooks"][0]["status"] == "ok"


def test_a_report_stopped_by_ctrl_c_says_interrupted(tmp_path, articles, monkeypatch):
    import papermill

    def ctrl_c(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(papermill, "execute_notebook", ctrl_c)
    out = tmp_path / "rapport"
    with pytest.raises(KeyboardInterrupt):
        runner.run_report([str(articles)], out_dir=out, notebooks_dir=_notebook(tmp_path / "nb", "x = 1"),
                          progress=False, summary=False)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "interrupted" and manifest["error"].startswith("KeyboardInterrupt")


def test_a_report_that_cannot_write_its_index_says_failed(tmp_path, articles, monkeypatch):
    from analysis.report import page

    notebooks = _notebook(tmp_path / "nb", "x = 1")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(page, "render_index", disk_full)
    out = tmp_path / "rapport"
    with pytest.raises(OSError):
        runner.run_report([str(articles)], out_dir=out, notebooks_dir=notebooks, progress=False, summary=False)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "failed" and "No space left on device" in manifest["error"]
