"""What every notebook starts with: its inputs, where outputs go, the loaded articles.

Notebooks stay thin: ``ws = Workspace.from_parameters(input_paths, output_dir, model)`` then
``ws.articles``, ``ws.save_figure(fig, "02-quotes-per-speaker")``, ``ws.save_table(df, name)``.
Paths come from the package, so a notebook runs the same from the repository root, from
notebooks/, or headless under papermill.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from analysis import config
from analysis.plots.save import save_figure
from analysis.plots.style import use_style
from analysis.tables import save_table


@dataclass
class Workspace:
    """Inputs, output folders and model of one notebook run."""

    inputs: list[str]
    output_dir: Path
    model: str = "sm"

    @classmethod
    def from_parameters(
        cls,
        input_paths: str | Path | Sequence[str | Path] | None = None,
        output_dir: str | Path | None = None,
        model: str | None = None,
    ) -> Workspace:
        """Build from a notebook's parameters cell (None means: the sample article, reports/)."""
        if input_paths is None or (not isinstance(input_paths, (str, Path)) and len(input_paths) == 0):
            inputs = [str(config.SAMPLE_ARTICLE)]
        elif isinstance(input_paths, (str, Path)):
            inputs = [str(input_paths)]
        else:
            inputs = [str(p) for p in input_paths]
        use_style()
        return cls(inputs=inputs, output_dir=Path(output_dir) if output_dir else config.REPORTS_DIR,
                   model=model or config.DEFAULT_MODEL)

    @property
    def figures_dir(self) -> Path:
        return self.output_dir / "figures"

    @property
    def tables_dir(self) -> Path:
        return self.output_dir / "tables"

    @functools.cached_property
    def articles(self) -> pd.DataFrame:
        """The articles frame of the inputs (bad files reported in ``.attrs["errors"]``)."""
        from analysis.io import load_corpus

        return load_corpus(self.inputs)

    @property
    def load_errors(self) -> pd.DataFrame:
        return pd.DataFrame(self.articles.attrs.get("errors", []), columns=["path", "error", "reason"])

    def save_figure(self, fig: Figure, name: str) -> list[Path]:
        """Save ``fig`` as PNG (300 dpi), SVG and PDF under figures/."""
        return save_figure(fig, name, out_dir=self.figures_dir)

    def save_table(self, frame: pd.DataFrame, name: str) -> Path:
        """Save ``frame`` as CSV (UTF-8 with BOM) under tables/."""
        return save_table(frame, name, out_dir=self.tables_dir)
