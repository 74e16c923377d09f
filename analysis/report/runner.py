"""Run the analysis notebooks with papermill into one report folder.

``run_report(inputs)`` analyses the inputs once — article inputs are built into a corpus inside
the report folder on Dask workers (:mod:`analysis.report.analysed`), a built corpus is read as it
is — and summarises them; it seeds one speaker palette for the whole report, executes every
notebook that fits the input (see :mod:`analysis.report.discover`) on that corpus's Parquet
tables, with a progress bar, exports each to a self-contained HTML page, gathers the tables into
one workbook, and writes ``index.html`` and ``manifest.json``.

A failing notebook stops the run: its page still shows the failing cell and traceback, the
pages, figures and tables of the notebooks before it are kept, the index says what failed,
and :class:`NotebookFailed` is raised (the CLI exits with status 1).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from analysis import config
from analysis.errors import AnalysisError, InputError
from analysis.io.walk import REPORT_GENERATOR
from analysis.plots.save import safe_name
from analysis.report.discover import Notebook, find_notebooks, input_kind, skip_reason
from analysis.workspace import NOTEBOOK_ENV, OUTPUTS_FILE, PALETTE_FILE, REPORT_ENV

WORKBOOK = "tables/all-tables.xlsx"
GENERATOR = REPORT_GENERATOR
GENERATED_FILES = ("index.html", "manifest.json", PALETTE_FILE, OUTPUTS_FILE, "screenshot-index.png")
GENERATED_DIRS = ("figures", "tables", "notebooks", "html", "screenshots")


class NotebookFailed(AnalysisError):
    """A notebook raised while the report ran; the message shows the failing cell and error."""

    def __init__(self, message: str, *, index: Path | None = None, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.index = index
        self.details = details or {}


def notebooks() -> list[Path]:
    """The analysis notebooks, in their numbered order (``NN_name`` and ``NNx_name``)."""
    return [nb.path for nb in find_notebooks()]


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[") and not Path(text).exists()


def resolve_inputs(inputs: Sequence[str | Path] | None) -> list[str]:
    """Absolute paths (globs kept as patterns, made absolute); the sample article by default."""
    if not inputs:
        return [str(config.SAMPLE_ARTICLE)]
    return [str(Path(p).expanduser().absolute()) if _is_glob(str(p)) else str(Path(p).expanduser().resolve())
            for p in inputs]


def default_out_dir(inputs: Sequence[str | Path]) -> Path:
    """reports/<input name>/: a file's stem, a folder's name, a glob's folder, « corpus » for several."""
    if len(inputs) != 1:
        return config.REPORTS_DIR / "corpus"
    path = Path(inputs[0])
    if _is_glob(str(path)):
        name = path.parent.name
    elif path.is_dir():
        name = path.name
    else:
        name = path.name.split(".")[0] if path.suffix else path.name
    return config.REPORTS_DIR / (safe_name(name) or "report")


def is_report_dir(folder: Path) -> bool:
    """Does ``folder`` hold a report written by this runner (so its outputs may be replaced)?"""
    manifest = folder / "manifest.json"
    if manifest.is_file():
        try:
            return json.loads(manifest.read_text(encoding="utf-8")).get("generator") == GENERATOR
        except (OSError, ValueError, AttributeError):
            return False
    index = folder / "index.html"
    return index.is_file() and "<h1>Rapport d" in index.read_text(encoding="utf-8", errors="replace")[:4000]


def prepare_out_dir(out: Path) -> None:
    """Create ``out``, or clear the outputs of an earlier report there (nothing else is touched)."""
    if out.is_file():
        raise InputError(out, "the output path is a file; give a folder with --out")
    if out.is_dir() and any(out.iterdir()):
        if not is_report_dir(out):
            raise InputError(out, "the output folder is not empty and holds no earlier report; "
                                  "choose a new or empty folder with --out")
        for name in GENERATED_DIRS:
            shutil.rmtree(out / name, ignore_errors=True)
        for name in GENERATED_FILES:
            (out / name).unlink(missing_ok=True)
        for page in out.glob("[0-9][0-9]*_*.html"):
            page.unlink()
    out.mkdir(parents=True, exist_ok=True)


@contextlib.contextmanager
def _environment(**values: str) -> Iterator[None]:
    """Set environment variables for the kernels started inside the block, then restore them."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _kernel_config(socket_dir: str) -> Any:
    """Kernels talk over local IPC sockets (no TCP port, no « unencrypted TCP » warning)."""
    from traitlets.config import Config

    cfg = Config()
    cfg.KernelManager.transport = "ipc"
    cfg.KernelManager.ip = str(Path(socket_dir) / "kernel")
    return cfg


def _quiet_kernel_manager() -> type:
    """The kernel manager of report runs: it does not interrupt a kernel it is about to shut down.

    jupyter_client sends SIGINT before every shutdown request; a kernel that has finished its
    notebook but is still answering a last message then logs « KeyboardInterrupt caught in
    kernel » on the terminal, an error line at the end of a run that went well. The shutdown
    request that follows stops the kernel anyway (and a kernel that does not stop is killed).
    """
    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:
                return
            await super()._async_interrupt_kernel()

    return QuietKernelManager


def _require_model(model: str) -> None:
    """Fail before any notebook runs, with install instructions, when the spaCy model is missing."""
    import importlib.util

    from analysis.errors import ModelNotInstalledError

    name = config.model_name(model)
    if importlib.util.find_spec(name) is None:
        raise ModelNotInstalledError(f"spaCy model {name!r} (--model {model}) is not installed; install it with "
                                     f"`pip install {name.replace('_', '-')}==3.8.0` (`make install` does it)")


def _failure(nb: Notebook, exc: BaseException, page: str | None) -> dict[str, Any]:
    """What the index and the error message say about a failed notebook."""
    import papermill as pm

    details: dict[str, Any] = {"notebook": nb.name, "page": page, "cell": None, "source": "",
                               "error": f"{type(exc).__name__}: {exc}"}
    if isinstance(exc, pm.PapermillExecutionError):
        details.update(cell=exc.exec_count, source=(exc.source or "").strip(),
                       error=f"{exc.ename}: {exc.evalue}".strip(": "))
    return details


def _failure_message(details: dict[str, Any], index: Path) -> str:
    where = f" at cell [{details['cell']}]" if details.get("cell") is not None else ""
    source = "\n".join("    " + line for line in details.get("source", "").splitlines()[:15])
    return (f"notebook {details['notebook']} failed{where}:\n{source}\n{details['error']}\n"
            f"The report stopped there; outputs of the notebooks before it are intact: {index}")


def run_report(
    inputs: Sequence[str | Path] | None = None,
    *,
    out_dir: str | Path | None = None,
    **options: Any,
) -> Path:
    """Run every notebook that fits ``inputs`` into ``out_dir``; return the index page.

    ``inputs``: article files, folders, globs or tables (default: the sample article), or one
    built corpus folder. ``out_dir`` defaults to ``reports/<input name>/``. Options: ``model``
    ("sm"), ``lang`` ("fr"), ``progress``, ``summary``, ``notebooks_dir``, ``argv``, ``figure_width``
    ("page" or "column": the width every chart is drawn at). Raises
    :class:`NotebookFailed` when a notebook fails (after writing the index and manifest). The
    manifest says « running » while the report runs, and how it ended: ok, failed, or
    interrupted (Ctrl-C or another error, with the error).
    """
    out = (Path(out_dir) if out_dir else default_out_dir(resolve_inputs(inputs))).expanduser().resolve()
    try:
        return _run_report(inputs, out_dir=out, **options)
    except BaseException as exc:
        _record_end(out, exc)
        raise


def _record_end(out: Path, exc: BaseException) -> None:
    """A manifest left « running » by an exception says how the run ended instead."""
    from analysis.report.manifest import now, write_manifest

    path = out / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        return
    if manifest.get("generator") == GENERATOR and manifest.get("status") == "running":
        status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
        manifest.update(status=status, finished=now(), error=f"{type(exc).__name__}: {exc}")
        with contextlib.suppress(OSError):
            write_manifest(manifest, out)


def _run_report(
    inputs: Sequence[str | Path] | None = None,
    *,
    out_dir: str | Path | None = None,
    model: str = "sm",
    lang: str = "fr",
    progress: bool = True,
    summary: bool = True,
    notebooks_dir: str | Path | None = None,
    argv: Sequence[str] | None = None,
    figure_width: str = "page",
) -> Path:
    """:func:`run_report` itself."""
    from analysis.plots.style import WIDTH_ENV, SharedPalette, chart_width
    from analysis.report.analysed import analyse_inputs, load_articles
    from analysis.report.manifest import base_manifest, now, output_files, write_manifest
    from analysis.report.page import render_index
    from analysis.tables import write_workbook

    if lang != "fr":
        raise InputError(None, f"language {lang!r} is not supported: the analyses are written for French (fr)")
    chart_width(figure_width)  # an unknown width fails here, before anything runs
    resolved = resolve_inputs(inputs)
    out = (Path(out_dir) if out_dir else default_out_dir(resolved)).expanduser().resolve()
    kind = input_kind(resolved)
    _require_model(model)
    found = find_notebooks(notebooks_dir)
    if not found:
        raise InputError(notebooks_dir or config.NOTEBOOKS_DIR, "no analysis notebook (NN_name.ipynb) found")
    bars = progress and sys.stderr.isatty()  # a log file gets one line per step, not bar redraws
    articles = load_articles(resolved, out) if kind == "articles" else None
    prepare_out_dir(out)
    manifest = base_manifest(resolved, out_dir=out, model=model, lang=lang, argv=argv)
    manifest["input_kind"] = kind
    manifest["parameters"]["figure_width"] = figure_width
    write_manifest(manifest, out)  # status « running »: the folder is known as a report while the corpus builds
    if progress and kind == "articles":
        print(f"Analysing {len(articles)} article(s) once; every notebook reads the result", file=sys.stderr, flush=True)
    # the build's bar even in a log file: one update per partition, so minutes never pass in silence
    analysed = analyse_inputs(resolved, kind, out, articles=articles, model=model, progress=progress, summary=summary)
    del articles
    report_summary, n_articles = analysed.summary, analysed.n_articles
    if report_summary is not None:
        manifest["summary"] = report_summary.as_dict()
    manifest["corpus"] = str(analysed.corpus_dir)
    write_manifest(manifest, out)
    shared = SharedPalette(path=out / PALETTE_FILE)
    shared.assign([name for name, _ in (report_summary.speakers if report_summary else [])])
    shared.save()

    with _environment(**{WIDTH_ENV: figure_width}):
        records, failure = _run_notebooks(found, kind=kind, n_articles=n_articles, corpus_dir=analysed.corpus_dir,
                                          out=out, model=model, lang=lang, progress=progress, bars=bars)

    workbook = None
    if any((out / "tables").glob("*.csv")):
        workbook = write_workbook(out / "tables", out / WORKBOOK).relative_to(out).as_posix()
    manifest.update(notebooks=records, finished=now(), status="failed" if failure else "ok", failure=failure)
    outputs_log = out / OUTPUTS_FILE
    manifest["saved"] = ([json.loads(line) for line in outputs_log.read_text(encoding="utf-8").splitlines() if line.strip()]
                         if outputs_log.is_file() else [])
    shared = SharedPalette(path=out / PALETTE_FILE)
    index = render_index(out, manifest=manifest, summary=report_summary, palette=shared.colours, failure=failure,
                         workbook=workbook)
    outputs_log.unlink(missing_ok=True)
    manifest["outputs"] = output_files(out)
    manifest["figures_without_data"] = sorted(  # a chart whose numbers are not in tables/ (pass data= to save_figure)
        p.stem for p in (out / "figures").glob("*.png") if not (out / "tables" / f"{p.stem}.csv").is_file())
    write_manifest(manifest, out)
    if failure:
        raise NotebookFailed(_failure_message(failure, index), index=index, details=failure)
    return index


def _record(nb: Notebook) -> dict[str, Any]:
    return {"notebook": nb.path.name, "name": nb.name, "number": nb.number, "title": nb.title, "needs": nb.needs,
            "status": "not-run", "page": None, "ipynb": None, "seconds": None, "reason": None}


def _run_notebooks(found: list[Notebook], *, kind: str, n_articles: int, corpus_dir: Path, out: Path, model: str,
                   lang: str, progress: bool, bars: bool) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Run every notebook that fits the input on the built corpus; stop at the first failure.

    Returns one record per notebook (ok, failed, skipped with its reason, or not run) and the
    failure's details (None when every notebook ran)."""
    from tqdm.auto import tqdm

    runnable = [nb for nb in found if skip_reason(nb, kind, n_articles=n_articles) is None]
    records: list[dict[str, Any]] = []
    failure: dict[str, Any] | None = None
    bar = tqdm(total=len(runnable), desc="Notebooks", unit="notebook", disable=not bars, position=0)
    socket_dir = tempfile.mkdtemp(prefix="analysis-kernels-")
    try:
        for nb in found:
            record = _record(nb)
            records.append(record)
            reason = skip_reason(nb, kind, n_articles=n_articles)
            if reason or failure:
                record.update(status="skipped", reason=reason) if reason else record.update(
                    reason=f"non exécuté : {failure['notebook']} a échoué avant")  # type: ignore[index]
                continue
            params: dict[str, Any] = {"input_paths": [str(corpus_dir)], "model": model, "output_dir": str(out)}
            if "corpus_dir" in nb.parameters:
                params["corpus_dir"] = str(corpus_dir)
            if "lang" in nb.parameters:
                params["lang"] = lang
            bar.set_postfix_str(nb.name)
            if progress and not bars:
                print(f"  … {nb.name}", file=sys.stderr, flush=True)
            failure = _execute(nb, params, out, record, socket_dir=socket_dir, bars=bars)
            if failure is None:
                bar.update(1)
            if progress:
                done = f"✓ {nb.name} ({record['seconds']:.1f} s)" if failure is None else \
                    f"✗ {nb.name} failed ({failure['error']})"
                tqdm.write(f"  {done}", file=sys.stderr)
    finally:
        bar.close()
        shutil.rmtree(socket_dir, ignore_errors=True)
    return records, failure


def _execute(nb: Notebook, params: dict[str, Any], out: Path, record: dict[str, Any], *, socket_dir: str,
             bars: bool) -> dict[str, Any] | None:
    """Execute one notebook with papermill and export its page; fill ``record``; return the failure or None."""
    import papermill as pm

    from analysis.report.export import export_html

    executed = out / "notebooks" / nb.path.name
    executed.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    try:
        with _environment(**{REPORT_ENV: str(out), NOTEBOOK_ENV: nb.name, "PYTHONHASHSEED": "0",
                             "ANALYSIS_FIGURES_DIR": str(out / "figures"), "ANALYSIS_TABLES_DIR": str(out / "tables")}):
            pm.execute_notebook(
                str(nb.path), str(executed), cwd=str(nb.path.parent), parameters=params,
                progress_bar={"desc": f"  {nb.name}", "leave": False, "position": 1} if bars else False,
                config=_kernel_config(socket_dir), kernel_manager_class=_quiet_kernel_manager(),
            )
    except Exception as exc:  # noqa: BLE001 - any failure stops the report, with its details
        record["seconds"] = round(time.perf_counter() - start, 1)
        page = None
        if executed.is_file():
            with contextlib.suppress(Exception):
                page = export_html(executed, out / f"{nb.name}.html", report_title=out.name).name
        failure = _failure(nb, exc, page)
        record.update(status="failed", page=page, ipynb=f"notebooks/{nb.path.name}" if executed.is_file() else None,
                      reason=failure["error"], cell=failure["cell"])
        return failure
    record["seconds"] = round(time.perf_counter() - start, 1)
    page = export_html(executed, out / f"{nb.name}.html", report_title=out.name).name
    record.update(status="ok", page=page, ipynb=f"notebooks/{nb.path.name}")
    return None
