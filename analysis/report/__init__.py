"""The main job: run every analysis notebook on some articles and gather an HTML report.

>>> from analysis.report import run_report
>>> index = run_report(["my/articles/"], out_dir="reports/my-articles")   # doctest: +SKIP

A report folder holds index.html (summary, every figure inline, links), one HTML page and one
executed .ipynb per notebook, figures/ (PNG 300 dpi, SVG, PDF), tables/ (CSV UTF-8 with BOM and
one XLSX workbook), palette.json and manifest.json. ``check_report`` opens it in headless Chromium.
"""

from analysis.report.browser import check_report
from analysis.report.discover import find_notebooks, is_corpus_dir
from analysis.report.runner import NotebookFailed, notebooks, run_report

__all__ = ["NotebookFailed", "check_report", "find_notebooks", "is_corpus_dir", "notebooks", "run_report"]
