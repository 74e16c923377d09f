"""index.html: the report's front page — summary, notebooks, every figure inline, every table.

Static HTML and CSS, no script, images referenced relatively, so the folder can be zipped,
moved or opened from a USB stick and still show everything. Every value the template writes
goes through :func:`analysis.markup.escape` (the template environment's ``finalize``), and
the page carries the report's Content-Security-Policy.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from analysis.labels import label
from analysis.markup import CONTENT_SECURITY_POLICY, escape
from analysis.plots.style import GREY, fr_number
from analysis.report.discover import NOTEBOOK_NAME
from analysis.report.summary import Summary

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
DISPLAY_DPI = 96  # CSS pixels per inch: a figure shows at the size it has in print
STATUS_LABELS = {"ok": "exécuté", "failed": "échec", "skipped": "non pertinent", "not-run": "non exécuté"}
COUNT_LABELS = (("articles", "articles"), ("sentences", "phrases"), ("words", "mots"), ("quotes", "citations"),
                ("speakers", "locuteurs"))


def png_size(path: Path, dpi: float) -> tuple[int, int]:
    """Display size in CSS pixels of a PNG saved at ``dpi``."""
    from PIL import Image

    with Image.open(path) as img:
        width, height = img.size
        file_dpi = img.info.get("dpi", (dpi, dpi))[0] or dpi
    scale = DISPLAY_DPI / float(file_dpi)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _read_outputs(out_dir: Path) -> dict[str, dict[str, Any]]:
    """Figure/table records written by Workspace during the run, by name (last one wins)."""
    from analysis.workspace import OUTPUTS_FILE

    records: dict[str, dict[str, Any]] = {}
    path = out_dir / OUTPUTS_FILE
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            records[f"{entry.get('kind')}:{entry.get('name')}"] = entry
    return records


def _notebook_of(name: str) -> str:
    """« 02b » from a figure or table name « 02b-quotes-per-speaker »."""
    head = name.split("-", 1)[0]
    return head if NOTEBOOK_NAME.match(head + "_x") else ""


def collect_figures(out_dir: Path, notebooks: Sequence[dict[str, Any]], *, dpi: float = 300) -> list[dict[str, Any]]:
    """Figures of the report grouped by notebook (by their NN- prefix), in notebook order."""
    outputs = _read_outputs(out_dir)
    figures_dir = out_dir / "figures"
    titles = {nb["number"]: nb["title"] for nb in notebooks}
    groups: dict[str, list[dict[str, Any]]] = {}
    for png in sorted(figures_dir.glob("*.png")):
        name = png.stem
        record = outputs.get(f"figure:{name}", {})
        width, height = png_size(png, dpi)
        table = out_dir / "tables" / f"{name}.csv"
        files = [(fmt.upper(), f"figures/{name}.{fmt}") for fmt in ("png", "svg", "pdf")
                 if (figures_dir / f"{name}.{fmt}").is_file()]
        title = record.get("title", "")
        groups.setdefault(_notebook_of(name), []).append({
            "name": name, "title": title, "alt": title or name.replace("-", " "), "png": f"figures/{png.name}",
            "width": width, "height": height, "files": files,
            "table": f"tables/{table.name}" if table.is_file() else None,
        })
    order = [nb["number"] for nb in notebooks]
    keys = sorted(groups, key=lambda k: (order.index(k) if k in order else len(order), k))
    return [{"title": titles.get(k, k or "Autres figures"), "figures": groups[k]} for k in keys]


def collect_tables(out_dir: Path) -> list[dict[str, Any]]:
    """Every CSV table of the report with its number of rows and its columns."""
    from analysis.tables import read_table_csv

    tables = []
    for csv in sorted((out_dir / "tables").glob("*.csv")):
        try:
            frame = read_table_csv(csv)
            rows, columns = len(frame), ", ".join(map(str, frame.columns[:12])) + (" …" if frame.shape[1] > 12 else "")
        except Exception:  # noqa: BLE001 - an empty or odd CSV still gets its link
            rows, columns = "", ""
        tables.append({"name": csv.stem, "href": f"tables/{csv.name}", "rows": rows, "columns": columns})
    return tables


def collect_pages(out_dir: Path) -> list[dict[str, str]]:
    """Stand-alone HTML pages the notebooks wrote under html/ (e.g. articles with quotes highlighted)."""
    return [{"name": p.stem, "href": f"html/{p.name}"} for p in sorted((out_dir / "html").glob("*.html"))]


def _display_time(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def render_index(out_dir: Path, *, manifest: dict[str, Any], summary: Summary | None,
                 palette: dict[str, str], failure: dict[str, Any] | None, workbook: str | None) -> Path:
    """Write ``out_dir/index.html`` and return its path."""
    import jinja2

    from analysis import __version__

    notebooks = manifest.get("notebooks", [])
    cards = []
    quote_types: list[tuple[str, str]] = []
    speakers: list[dict[str, Any]] = []
    keywords: list[dict[str, Any]] = []
    notes: list[str] = []
    load_errors: list[dict[str, Any]] = []
    load_warnings: list[dict[str, Any]] = []
    titles: list[str] = []
    if summary is not None:
        cards = [{"label": label, "value": fr_number(summary.counts[key])} for key, label in COUNT_LABELS
                 if key in summary.counts]
        quote_types = [(label("quote_type", t), fr_number(n)) for t, n in summary.quote_types.items()]
        speakers = [{"name": s, "quotes": fr_number(n), "colour": palette.get(s, GREY)} for s, n in summary.speakers[:12]]
        keywords = [{"term": t, "f": fr_number(f)} for t, f in summary.keywords]
        notes, load_errors, titles = summary.notes, summary.load_errors, summary.titles
        load_warnings = summary.load_warnings
    rows = [{**nb, "status_label": STATUS_LABELS.get(nb["status"], nb["status"]),
             "duration": (fr_number(nb["seconds"], 1) + "\u202fs") if nb.get("seconds") is not None else ""}
            for nb in notebooks]
    # no autoescape: finalize sends every {{ value }} through the suite's one escaping helper
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=False, finalize=escape,
                             trim_blocks=True, lstrip_blocks=True)
    html = env.get_template("index.html.j2").render(
        version=__version__, name=Path(manifest["report"]).name, model=manifest["model"],
        inputs=[Path(p).name for p in manifest["parameters"]["inputs"]],
        started=manifest.get("started"), finished=manifest.get("finished") or "—",
        started_display=_display_time(manifest.get("started")), failure=failure, cards=cards,
        quote_types=quote_types, speakers=speakers, keywords=keywords, notes=notes, load_errors=load_errors,
        load_warnings=load_warnings, csp=CONTENT_SECURITY_POLICY,
        titles=titles, notebooks=rows, figure_groups=collect_figures(out_dir, notebooks),
        skipped_figures=[e for e in _read_outputs(out_dir).values() if e.get("kind") == "skipped"],
        tables=collect_tables(out_dir), pages=collect_pages(out_dir), workbook=workbook, command=manifest.get("command") or "python -m analysis report",
    )
    page = out_dir / "index.html"
    page.write_text(html, encoding="utf-8")
    return page
