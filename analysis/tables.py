"""Save tables the way researchers open them: CSV in UTF-8 with BOM (Excel reads accents)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.plots.save import safe_name


def tables_dir(out_dir: str | Path | None = None) -> Path:
    """Where tables go: ``out_dir``, else $ANALYSIS_TABLES_DIR, else reports/tables."""
    return Path(out_dir or os.environ.get("ANALYSIS_TABLES_DIR") or config.TABLES_DIR)


def save_table(frame: pd.DataFrame, name: str, *, out_dir: str | Path | None = None, index: bool = False) -> Path:
    """Write ``frame`` as ``<out_dir>/<name>.csv`` (UTF-8 with BOM) and return the path."""
    directory = tables_dir(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{safe_name(name)}.csv"
    frame.to_csv(path, index=index, encoding="utf-8-sig")
    return path
