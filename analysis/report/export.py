"""Executed notebook → a self-contained HTML page that opens offline without console errors.

nbconvert's lab template, minus everything it would fetch from a CDN (see
templates/notebook.html.j2); images are embedded; widget outputs, which cannot render in a
static page, are removed (analysis.widgets shows static output headless anyway, this is the
safety net). Cells tagged ``remove_cell``, ``remove_input`` or ``remove_output`` are honoured.
The page carries the report's Content-Security-Policy: no script runs in it, so markup a
notebook output let through stays inert.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from analysis.markup import CONTENT_SECURITY_POLICY, escape

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def strip_widgets(nb: object) -> int:
    """Remove widget views and widget state from a notebook node in place; return how many."""
    removed = 0
    for cell in nb.cells:  # type: ignore[attr-defined]
        outputs = cell.get("outputs")
        if not outputs:
            continue
        kept = []
        for out in outputs:
            if WIDGET_VIEW in out.get("data", {}):
                removed += 1
                continue
            kept.append(out)
        cell["outputs"] = kept
    nb.metadata.pop("widgets", None)  # type: ignore[attr-defined]
    return removed


def notebook_title(nb: Any, default: str) -> str:
    """The page title of a notebook: its first Markdown heading, else ``default``."""
    for cell in nb.cells:
        if cell.get("cell_type") == "markdown":
            for line in str(cell.get("source", "")).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip() or default
    return default


def export_html(executed: str | Path, target: str | Path, *, report_title: str = "index") -> Path:
    """Write ``executed`` (a .ipynb with outputs) as a standalone HTML page at ``target``."""
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config

    nb = nbformat.read(str(executed), as_version=4)
    strip_widgets(nb)
    config = Config()
    config.TagRemovePreprocessor.remove_cell_tags = ("remove_cell",)
    config.TagRemovePreprocessor.remove_input_tags = ("remove_input",)
    config.TagRemovePreprocessor.remove_all_outputs_tags = ("remove_output",)
    exporter = HTMLExporter(config=config, template_name="lab", template_file="notebook.html.j2",
                            extra_template_paths=[str(TEMPLATES_DIR)], embed_images=True)
    exporter.register_preprocessor(TagRemovePreprocessor(config=config), enabled=True)
    exporter.register_filter("analysis_escape", escape)
    logging.getLogger("traitlets").setLevel(logging.ERROR)  # « alternative text missing » noise
    resources = {"report_title": report_title, "csp": CONTENT_SECURITY_POLICY,
                 "metadata": {"name": notebook_title(nb, Path(executed).stem)}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    target = Path(target)
    target.write_text(body, encoding="utf-8")
    return target
