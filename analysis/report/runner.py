"""Execute the analysis notebooks with papermill and export each to HTML, plus an index page."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from analysis import config
from analysis.errors import AnalysisError


class NotebookFailed(AnalysisError):
    """A notebook raised while the report ran; the message shows the failing cell."""


def notebooks() -> list[Path]:
    """The analysis notebooks, in their numbered order."""
    return sorted(config.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def default_out_dir(inputs: Sequence[str | Path]) -> Path:
    """reports/<input name>/ (the first input's stem, or « corpus » for several)."""
    name = Path(inputs[0]).stem if len(inputs) == 1 else "corpus"
    return config.REPORTS_DIR / name


def _export_html(executed: Path, target: Path) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter(template_name="lab", embed_images=True).from_notebook_node(
        nbformat.read(executed, as_version=4)
    )
    target.write_text(body, encoding="utf-8")


def _index(out_dir: Path, pages: list[tuple[str, Path]]) -> Path:
    items = "\n".join(f'<li><a href="{html.escape(p.name)}">{html.escape(title)}</a></li>' for title, p in pages)
    figures = sorted((out_dir / "figures").glob("*.png"))
    imgs = "\n".join(f'<figure><img src="figures/{html.escape(f.name)}" alt="{html.escape(f.stem)}" width="640">'
                     f"<figcaption>{html.escape(f.stem)}</figcaption></figure>" for f in figures)
    page = out_dir / "index.html"
    page.write_text(
        f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Rapport</title></head>
<body><h1>Rapport d'analyse</h1><ul>{items}</ul>{imgs}</body></html>""",
        encoding="utf-8",
    )
    return page


def run_report(
    inputs: Sequence[str | Path] | None = None,
    *,
    out_dir: str | Path | None = None,
    model: str = "sm",
    progress: bool = True,
) -> Path:
    """Run every notebook on ``inputs`` into ``out_dir``; return the index page."""
    import papermill as pm

    inputs = [str(Path(p).resolve()) for p in (inputs or [config.SAMPLE_ARTICLE])]
    out = Path(out_dir) if out_dir else default_out_dir(inputs)
    out.mkdir(parents=True, exist_ok=True)
    pages: list[tuple[str, Path]] = []
    for nb in notebooks():
        executed = out / "notebooks" / nb.name
        executed.parent.mkdir(parents=True, exist_ok=True)
        try:
            pm.execute_notebook(
                str(nb), str(executed), cwd=str(nb.parent), progress_bar=progress,
                parameters={"input_paths": inputs, "model": model, "output_dir": str(out)},
            )
        except pm.PapermillExecutionError as exc:
            raise NotebookFailed(f"{nb.name} failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}") from None
        page = out / f"{nb.stem}.html"
        _export_html(executed, page)
        pages.append((nb.stem.replace("_", " "), page))
    return _index(out, pages)
