"""Notebook 06 runs headless on a built corpus folder: classes, CA and graph charts with their tables.

(On the sample article it runs in tests/notebooks/test_every_notebook.py and says, in French,
that one article is too small for a classification.)
"""

from __future__ import annotations

import nbformat
import pytest

from analysis import config
from analysis.corpus import build_corpus, synthetic_articles

NOTEBOOK = config.NOTEBOOKS_DIR / "06_lexicometry.ipynb"
FIGURES = ["06-reinert-dendrogram", "06-reinert-by-outlet", "06-ca-lemmas-by-outlet", "06-similarity-graph"]


def test_parameters_cell_declares_what_a_researcher_changes():
    import papermill as pm

    params = pm.inspect_notebook(str(NOTEBOOK))
    assert {"input_paths", "model", "output_dir", "k", "double", "by", "top_lemmas", "exclude"} <= set(params)
    assert "corpus_dir" not in params  # it also runs on article inputs, the sample included


@pytest.mark.notebook
def test_notebook_runs_on_a_built_corpus(tmp_path):
    import papermill as pm

    corpus = tmp_path / "corpus"
    build_corpus(synthetic_articles(40, seed=7), corpus, workers=0, progress=False)
    out, report = tmp_path / "06.ipynb", tmp_path / "report"
    pm.execute_notebook(str(NOTEBOOK), str(out), cwd=str(NOTEBOOK.parent), progress_bar=False,
                        parameters={"input_paths": [str(corpus)], "output_dir": str(report), "k": 3, "top_lemmas": 30})
    executed = nbformat.read(out, as_version=4)
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    for name in FIGURES:
        assert all((report / "figures" / f"{name}.{ext}").exists() for ext in ("png", "svg", "pdf")), name
    assert (report / "tables" / "06-reinert-top-segments.csv").exists()
    assert not (report / "corpus-sm").exists()  # a built corpus is read, never rebuilt
