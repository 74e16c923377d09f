"""Save figures the same way everywhere: PNG (300 dpi), SVG and PDF with stable metadata."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from matplotlib.figure import Figure

from analysis import config

_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


def figures_dir(out_dir: str | Path | None = None) -> Path:
    """Where figures go: ``out_dir``, else $ANALYSIS_FIGURES_DIR, else reports/figures."""
    return Path(out_dir or os.environ.get("ANALYSIS_FIGURES_DIR") or config.FIGURES_DIR)


def safe_name(name: str) -> str:
    """File-system-safe figure name (« 01-longueur des phrases » → « 01-longueur-des-phrases »)."""
    return re.sub(r"[^\w.-]+", "-", name.strip(), flags=re.UNICODE).strip("-") or "figure"


def save_figure(
    fig: Figure,
    name: str,
    *,
    out_dir: str | Path | None = None,
    formats: Sequence[str] = config.FIGURE_FORMATS,
    dpi: int = config.FIGURE_DPI,
) -> list[Path]:
    """Write ``fig`` as ``<out_dir>/<name>.<fmt>`` for each format; return the paths written.

    Metadata that changes between runs (dates, producer) is left out, so re-running a report
    gives byte-identical PNG and PDF files.
    """
    directory = figures_dir(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in formats:
        path = directory / f"{safe_name(name)}.{fmt}"
        fig.savefig(path, format=fmt, dpi=dpi, metadata=_METADATA.get(fmt))
        paths.append(path)
    return paths
