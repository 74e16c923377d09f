"""What every notebook starts with: its inputs, where outputs go, the loaded articles.

Notebooks stay thin: ``ws = Workspace.from_parameters(input_paths, output_dir, model)`` then
``ws.articles``, ``ws.save_figure(fig, "02-quotes-per-speaker")``, ``ws.save_table(df, name)``.
Paths come from the package, so a notebook runs the same from the repository root, from
notebooks/, or headless under papermill.

Inside a report (``python -m analysis report``) the workspace also shares one speaker palette
between notebooks (``<output_dir>/palette.json``, see :func:`analysis.plots.style.use_palette`)
and records each saved figure and table, with its title, for the report's index and manifest.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.figure import Figure

from analysis import config
from analysis.plots.save import safe_name, save_figure
from analysis.plots.style import empty_reason, palette, use_palette, use_style
from analysis.tables import save_table

if TYPE_CHECKING:
    from analysis.corpus.store import BuiltCorpus

REPORT_ENV = "ANALYSIS_REPORT"
"""Set to the report folder by the report runner: notebooks then run headless, in report mode."""
NOTEBOOK_ENV = "ANALYSIS_NOTEBOOK"
"""Set to the running notebook's name by the report runner."""
PALETTE_FILE = "palette.json"
OUTPUTS_FILE = ".outputs.jsonl"


def in_report(output_dir: str | Path | None = None) -> bool:
    """True when running inside ``python -m analysis report`` (for ``output_dir``, if given)."""
    folder = os.environ.get(REPORT_ENV)
    if not folder:
        return False
    return output_dir is None or Path(folder).resolve() == Path(output_dir).resolve()


def frame_columns() -> dict[str, list[str]]:
    """The columns of each frame :func:`analysis.pipeline.analyse` returns."""
    from analysis.nlp.frames import SENTENCE_COLUMNS, TOKEN_COLUMNS
    from analysis.pipeline import ERROR_COLUMNS, QUOTE_COLUMNS, SPEAKER_COLUMNS

    return {"sentences": SENTENCE_COLUMNS, "tokens": TOKEN_COLUMNS, "quotes": QUOTE_COLUMNS,
            "speakers": SPEAKER_COLUMNS, "errors": ERROR_COLUMNS}


def show_note(text: str) -> None:
    """A short note in the notebook's output (a sentence in italics), escaped."""
    from IPython.display import HTML, display

    from analysis.markup import escape

    display(HTML(f'<p class="analysis-note" style="color:#555;font-style:italic;margin:0.4em 0">{escape(text)}</p>'))


ANALYSE_CHUNK = 25
"""Articles analysed per step when a notebook analyses its inputs itself: small enough for the
progress bar to move every few seconds, large enough that per-call overhead stays negligible."""


def analyse_with_progress(articles: pd.DataFrame, *, model: str | None = None) -> dict[str, pd.DataFrame]:
    """:func:`analysis.pipeline.analyse` over ``articles`` in chunks, with a progress bar (terminal
    or notebook) giving the articles done and the time left; the frames are concatenated."""
    from tqdm.auto import tqdm

    from analysis.pipeline import analyse

    parts: list[dict[str, pd.DataFrame]] = []
    with tqdm(total=len(articles), desc="Analyse", unit="article", disable=len(articles) <= ANALYSE_CHUNK) as bar:
        for lo in range(0, max(len(articles), 1), ANALYSE_CHUNK):
            parts.append(analyse(articles.iloc[lo:lo + ANALYSE_CHUNK], model=model))
            bar.update(min(ANALYSE_CHUNK, len(articles) - lo))
    frames = {}
    for name in parts[0]:
        pieces = [p[name] for p in parts if len(p[name])]
        frames[name] = pd.concat(pieces, ignore_index=True) if pieces else parts[0][name]
    if len(parts) > 1 and len(frames["quotes"]):
        from analysis.speakers import unify_ids

        frames["quotes"], frames["speakers"] = unify_ids(frames["quotes"], frames["speakers"])  # as a corpus build does
    return frames


class SavedFiles(list):
    """The paths a save wrote: a plain list, silent as a notebook cell's last value."""

    def _ipython_display_(self) -> None:
        """Show nothing: the chart or table is the output, not its file names."""


class SavedFile(type(Path())):  # type: ignore[misc]
    """A path a save wrote, silent as a notebook cell's last value."""

    def _ipython_display_(self) -> None:
        """Show nothing (see :class:`SavedFiles`)."""


def figure_title(fig: Figure) -> str:
    """The text a figure says it shows: its suptitle, else its first axes title."""
    sup = getattr(fig, "_suptitle", None)
    if sup is not None and sup.get_text().strip():
        return sup.get_text().strip()
    for ax in fig.axes:
        for loc in ("center", "left", "right"):
            title = ax.get_title(loc=loc).strip()
            if title:
                return title
    return ""


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
        ws = cls(inputs=inputs, output_dir=Path(output_dir) if output_dir else config.REPORTS_DIR,
                 model=model or config.DEFAULT_MODEL)
        if ws.in_report or ws.palette_path.is_file():
            use_palette(ws.palette_path)
        return ws

    @property
    def figures_dir(self) -> Path:
        return self.output_dir / "figures"

    @property
    def tables_dir(self) -> Path:
        return self.output_dir / "tables"

    @property
    def palette_path(self) -> Path:
        """The report-wide speaker palette (used when it exists, and always inside a report)."""
        return self.output_dir / PALETTE_FILE

    @property
    def in_report(self) -> bool:
        """True when this notebook runs inside ``python -m analysis report``."""
        return in_report(self.output_dir)

    @functools.cached_property
    def articles(self) -> pd.DataFrame:
        """The articles frame of the inputs (bad files reported in ``.attrs["errors"]``).

        A built corpus folder (``python -m analysis corpus build``) gives its stored articles.
        The output folder is never read as input, even when it sits inside an input folder.
        """
        from analysis.io import load_corpus

        if self.corpus is not None:
            return self.corpus.articles
        return load_corpus(self.inputs, exclude=[self.output_dir])

    @functools.cached_property
    def corpus(self) -> BuiltCorpus | None:
        """The built corpus the notebook reads, when its one input is a built corpus folder."""
        from analysis.corpus.store import is_built_corpus, load_built_corpus

        if len(self.inputs) == 1 and is_built_corpus(self.inputs[0]):
            return load_built_corpus(self.inputs[0])
        return None

    @functools.cached_property
    def _analysed(self) -> dict[str, pd.DataFrame]:
        """Every frame of the articles, analysed once in this process (inputs that are not built)."""
        return analyse_with_progress(self.articles, model=self.model)

    def table(self, name: str, **options: object) -> pd.DataFrame:
        """One frame of the analysis: sentences, tokens, quotes (with speakers and sentiment),
        speakers or errors. Read from the built corpus (``columns=`` loads only some columns),
        else computed once for every frame by :func:`analysis.pipeline.analyse`."""
        if self.corpus is not None:
            frame = getattr(self.corpus, name) if not options else self.corpus.table(name, **options)  # type: ignore[arg-type]
            if not len(frame.columns):  # a corpus without any quotation has no quotes parts: same columns, no rows
                frame = pd.DataFrame(columns=frame_columns()[name])
            return frame
        frame = self._analysed[name]
        columns = options.get("columns")
        return frame[[c for c in columns if c in frame.columns]] if columns else frame  # type: ignore[union-attr]

    @property
    def sentences(self) -> pd.DataFrame:
        return self.table("sentences")

    @property
    def tokens(self) -> pd.DataFrame:
        return self.table("tokens")

    @property
    def quotes(self) -> pd.DataFrame:
        """Quotations with their speaker columns and sentiment scores."""
        return self.table("quotes")

    @property
    def speakers(self) -> pd.DataFrame:
        """One row per speaker of each article (:func:`analysis.speakers.speakers_table`)."""
        return self.table("speakers")

    @property
    def load_errors(self) -> pd.DataFrame:
        return pd.DataFrame(self.articles.attrs.get("errors", []), columns=["path", "error", "reason"])

    def palette(self, names: Iterable[object]) -> dict[str, str]:
        """One colour per name, the same in every chart of the report (see ``plots.style.palette``)."""
        return palette(names)

    def save_figure(self, fig: Figure, name: str, *, data: pd.DataFrame | None = None) -> list[Path]:
        """Save ``fig`` as PNG (300 dpi), SVG and PDF under figures/.

        ``data``, the table the chart draws, is saved under tables/ with the same name, so
        every chart of a report comes with its numbers.
        """
        reason = empty_reason(fig)
        if reason is not None:  # nothing to draw: say so here, export nothing
            import matplotlib.pyplot as plt

            plt.close(fig)
            show_note(f"Graphique « {figure_title(fig) or name} » omis : {reason}.")
            self._record("skipped", name, files=[], title=figure_title(fig), reason=reason)
            return SavedFiles()
        paths = SavedFiles(save_figure(fig, name, out_dir=self.figures_dir))
        table = self.save_table(data, name) if data is not None else None
        self._record("figure", name, files=paths, title=figure_title(fig), table=table)
        return paths

    def save_table(self, frame: pd.DataFrame, name: str) -> Path:
        """Save ``frame`` as CSV (UTF-8 with BOM) under tables/."""
        path = SavedFile(save_table(frame, name, out_dir=self.tables_dir))
        self._record("table", name, files=[path], rows=len(frame))
        return path

    def _record(self, kind: str, name: str, *, files: list[Path], **info: object) -> None:
        """Append what was saved to the report's output list (inside a report only)."""
        if not self.in_report:
            return
        entry = {"kind": kind, "name": safe_name(name), "notebook": os.environ.get(NOTEBOOK_ENV, ""),
                 "files": [str(Path(f).relative_to(self.output_dir)) for f in files]}
        for key, value in info.items():
            if isinstance(value, Path):
                value = str(value.relative_to(self.output_dir))
            entry[key] = value
        with open(self.output_dir / OUTPUTS_FILE, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
