"""Notebook 05 runs headless on a built corpus folder and saves every chart with its table."""

from __future__ import annotations

import nbformat
import pytest

from analysis import config
from analysis.corpus import build_corpus, synthetic_articles

NOTEBOOK = config.NOTEBOOKS_DIR / "05_corpus.ipynb"
FIGURES = ["05-articles-per-outlet", "05-articles-per-period", "05-top-speakers-per-outlet", "05-share-of-voice-kind-outlet",
           "05-share-of-voice-gender-outlet", "05-sentiment-speaker-outlet", "05-keyness-per-outlet", "05-speaker-timeline"]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    build_corpus(synthetic_articles(30, seed=51), out, workers=0, progress=False)
    return out


def test_parameters_cell_declares_the_corpus():
    import papermill as pm

    params = pm.inspect_notebook(str(NOTEBOOK))
    assert {"input_paths", "model", "output_dir", "corpus_dir", "speaker"} <= set(params)


@pytest.mark.notebook
def test_notebook_runs_on_a_built_corpus(corpus_dir, tmp_path):
    import papermill as pm

    out = tmp_path / "05.ipynb"
    report = tmp_path / "report"
    pm.execute_notebook(str(NOTEBOOK), str(out), cwd=str(NOTEBOOK.parent), progress_bar=False,
                        parameters={"input_paths": [str(corpus_dir)], "output_dir": str(report),
                                    "speaker": "Sophie Marchetti"})
    executed = nbformat.read(out, as_version=4)
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    for name in FIGURES:
        for ext in ("png", "svg", "pdf"):
            assert (report / "figures" / f"{name}.{ext}").exists(), (name, ext)
        assert (report / "tables" / f"{name}.csv").exists(), name
    assert not (report / "corpus-sm").exists()  # a built corpus is read, never rebuilt
    text = (report / "tables" / "05-speaker-timeline.csv").read_text(encoding="utf-8-sig")
    assert "period" in text.splitlines()[0]
