"""Build a corpus: load, deduplicate, analyse every article on Dask, write Parquet.

The same unit of work (:func:`analysis.pipeline.analyse` on a partition of ≥ 100 articles)
runs in this process (``workers=0``), on a Dask ``LocalCluster`` (the default: one worker
process per core, one thread each, the spaCy model loaded once per worker), or on an existing
cluster (``scheduler="tcp://host:8786"``; its workers need this package installed; their
results come back here and are written by this process, unless the output folder is on storage
they share, ``write_on_workers=True``). LocalCluster workers write their partitions themselves.

Memory stays bounded: only a few partitions are in flight at once and each result is written
as soon as it arrives. A re-run skips articles whose content hash is already in the output;
a crash or Ctrl-C loses nothing already written (see :mod:`analysis.corpus.store`).

One build at a time writes to an output folder (:mod:`analysis.corpus.lock`); the output is
never read back as input, even inside an input folder; a write that fails (disk full) stops
the build at once with the reason; the manifest records how each run ended (complete,
interrupted, failed, or killed — found by the next run). Speaker ids are unified over the
whole corpus after the last partition (:mod:`analysis.corpus.unify`).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import config
from analysis.corpus import store
from analysis.corpus.lock import BuildLock
from analysis.errors import InputError, OutputError
from analysis.nlp.frames import ParseMode

log = logging.getLogger("analysis")

WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}
"""Dask settings for the LocalCluster's workers (measured here, one worker against one plain
process on the same partition). Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, which
also pins glibc's mmap threshold: every numpy buffer of the spaCy model is then mmapped and
unmapped again (~20 % slower; memory stays bounded by the partitions anyway). Its statistical
profiler samples the task's stack every 10 ms (~6 % slower) for a dashboard we do not show."""
DEFAULT_PARTITION_SIZE = 200
"""Articles per partition: large enough to amortise task overhead (≥ 100, DESIGN.md)."""


@dataclass
class BuildReport:
    """What a build did; ``interrupted`` is true when it stopped early (Ctrl-C)."""

    out_dir: str
    articles: int = 0
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    load_errors: int = 0
    partitions: int = 0
    words: int = 0
    seconds: float = 0.0
    processing_seconds: float = 0.0
    scheduler: str = "local"
    workers: int = 0
    interrupted: bool = False
    load_warnings: int = 0
    speaker_ids_unified: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        """Words per second over the whole run (loading, cluster start and model loads included)."""
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def processing_words_per_second(self) -> float:
        """Words per second once the models are loaded (what the partitions themselves cost)."""
        return self.words / self.processing_seconds if self.processing_seconds else 0.0

    def summary(self) -> str:
        state = "interrupted" if self.interrupted else "done"
        warned = f", {self.load_warnings} load warning{'s' if self.load_warnings > 1 else ''}" if self.load_warnings else ""
        return (f"{state}: {self.processed} articles processed, {self.skipped} already built, {self.failed} failed, "
                f"{self.duplicates} near-duplicates dropped, {self.load_errors} unreadable inputs{warned}; "
                f"{self.words} words in {self.seconds:.1f} s ({self.words_per_second:,.0f} words/s) → {self.out_dir}")


# ---------------------------------------------------------------------------- the unit of work

PER_ARTICLE_CACHES: tuple[tuple[str, str], ...] = (("analysis.speakers.frame", "clear_cache"),)
"""Caches of per-article results (module, the function that empties it): useful within a partition,
dead weight after it (the speakers cache alone holds ~2,000 resolved articles, ~250 MiB per worker)."""


def release_memory() -> None:
    """Drop per-article caches and hand freed heap pages back to the system (glibc malloc_trim).

    Called after each partition so that a worker's memory stays flat over a long build instead
    of creeping up with every partition.
    """
    for module_name, clear in PER_ARTICLE_CACHES:
        module = sys.modules.get(module_name)  # only what this process has loaded
        if module is not None:
            getattr(module, clear)()
    trim_heap()


def trim_heap() -> None:
    """Collect garbage and return free heap pages to the system (Linux; elsewhere a no-op)."""
    import gc

    gc.collect()
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def process_partition(articles: pd.DataFrame, *, model: str | None = None, parse: ParseMode = "auto") -> dict[str, pd.DataFrame]:
    """Analyse one partition (runs in a worker process; the model is loaded once per process)."""
    from analysis.pipeline import analyse

    try:
        return analyse(articles, model=model, parse=parse)
    finally:
        release_memory()


def write_result(out_dir: str | Path, part_id: str, part: pd.DataFrame, result: dict[str, pd.DataFrame]) -> int:
    """Write one partition's tables (errors get the article's path); return how many articles failed."""
    errors = result.get("errors")
    failed = 0
    if errors is not None and len(errors):
        paths = dict(zip(part["doc_id"].astype(str), part["path"].astype(str), strict=True))
        result = {**result, "errors": errors.assign(path=errors["doc_id"].map(paths))}
        failed = int(errors["doc_id"].nunique())
    store.write_partition(Path(out_dir), part_id, part, result)
    return failed


def process_and_write(
    articles: pd.DataFrame,
    *,
    out_dir: str,
    part_id: str,
    model: str | None = None,
    parse: ParseMode = "auto",
) -> dict[str, int]:
    """Analyse a partition and write it where the worker runs (a LocalCluster shares this disk).

    Only a few numbers travel back to the client, instead of every token row: the client stays
    idle, which on a small machine leaves its core to the workers.
    """
    result = process_partition(articles, model=model, parse=parse)
    try:
        return {"failed": write_result(out_dir, part_id, articles, result)}
    finally:
        del result
        trim_heap()


def warm_worker(model: str | None = None) -> str:
    """Load the spaCy model (and the optional stages) in this process before the first task."""
    from analysis.nlp import load_model
    from analysis.pipeline import available_stages

    load_model(model)
    return ",".join(available_stages())


# ---------------------------------------------------------------------------- partitions

def partition(articles: pd.DataFrame, size: int = DEFAULT_PARTITION_SIZE) -> list[tuple[str, pd.DataFrame]]:
    """Consecutive slices of ``size`` articles, each named by a hash of its content hashes."""
    size = max(1, int(size))
    parts = []
    for lo in range(0, len(articles), size):
        part = articles.iloc[lo:lo + size]
        parts.append((_part_id(part), part))
    return parts


def _part_id(part: pd.DataFrame) -> str:
    digest = hashlib.blake2b("".join(part["content_hash"]).encode("ascii"), digest_size=8).hexdigest()
    return f"{digest}-{len(part):04d}"


def _halves(part: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    mid = len(part) // 2
    return [(_part_id(p), p) for p in (part.iloc[:mid], part.iloc[mid:])]


def _failure_rows(part: pd.DataFrame, exc: BaseException, stage: str = "worker") -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": part["doc_id"].astype(str), "stage": stage, "error": type(exc).__name__,
        "reason": str(exc)[:500] or type(exc).__name__,
    })


# ---------------------------------------------------------------------------- runners

Handler = Callable[[str, pd.DataFrame, dict[str, Any]], None]


def _run_here(parts: Sequence[tuple[str, pd.DataFrame]], *, model: str | None, parse: ParseMode, done: Handler) -> None:
    queue = deque(parts)
    while queue:
        part_id, part = queue.popleft()
        try:
            result = process_partition(part, model=model, parse=parse)
        except (KeyboardInterrupt, SystemExit, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - isolate the article, keep going
            if len(part) > 1:
                queue.extendleft(reversed(_halves(part)))
                continue
            result = {"errors": _failure_rows(part, exc)}
        done(part_id, part, result)


def _run_dask(
    parts: Sequence[tuple[str, pd.DataFrame]],
    *,
    client: Any,
    model: str | None,
    parse: ParseMode,
    done: Handler,
    window: int,
    write_to: str | None = None,
) -> None:
    """Run partitions on the cluster; with ``write_to`` the workers write their results there."""
    from distributed import as_completed

    queue = deque(parts)
    in_flight: dict[Any, tuple[str, pd.DataFrame]] = {}
    completed = as_completed()

    def submit() -> None:
        while queue and len(in_flight) < window:
            part_id, part = queue.popleft()
            if write_to is None:
                future = client.submit(process_partition, part, model=model, parse=parse, pure=False)
            else:
                future = client.submit(process_and_write, part, out_dir=write_to, part_id=part_id, model=model,
                                       parse=parse, pure=False)
            in_flight[future] = (part_id, part)
            completed.add(future)

    submit()
    for future in completed:
        part_id, part = in_flight.pop(future)
        try:
            result = future.result()
        except OutputError:
            for pending in in_flight:
                pending.cancel()
            raise  # the disk is full or read-only: retrying the analysis cannot help
        except Exception as exc:  # noqa: BLE001 - a worker died or a partition raised
            if len(part) > 1:
                log.warning("partition %s failed (%s: %s); retrying in halves", part_id, type(exc).__name__, exc)
                queue.extendleft(reversed(_halves(part)))
                result = None
            else:
                result = {"errors": _failure_rows(part, exc)}
        finally:
            future.release()
        if result is not None:
            done(part_id, part, result)
        submit()


def _start_dask(scheduler: str | None, workers: int | None) -> tuple[Any, Any, int]:
    """(client, cluster or None, number of workers)."""
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        n = len(client.scheduler_info().get("workers", {})) or 1
        return client, None, n
    import os

    import dask

    n = workers or os.cpu_count() or 1
    # dashboard on a random loopback port: several builds (or other users' clusters) never collide
    with dask.config.set(WORKER_CONFIG):
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                               silence_logs=logging.ERROR)
    return Client(cluster), cluster, n


# ---------------------------------------------------------------------------- build

def _check_manifest(out_dir: Path, model: str, parse: str) -> dict[str, Any]:
    manifest = store.read_manifest(out_dir)
    if manifest and (manifest.get("model") != model or manifest.get("parse") != parse):
        raise InputError(out_dir, f"this corpus was built with model {manifest.get('model')!r} and parse "
                                  f"{manifest.get('parse')!r}, not {model!r}/{parse!r}: use another --out folder")
    return manifest


def _count_rows(out_dir: Path) -> dict[str, int]:
    import pyarrow.parquet as pq

    return {name: sum(pq.read_metadata(p).num_rows for p in sorted((out_dir / name).glob("part-*.parquet")))
            for name in store.DATASETS if (out_dir / name).is_dir()}


def load_inputs(
    inputs: str | Path | Sequence[str | Path],
    *,
    dedup: bool | float = True,
    exclude: Sequence[str | Path] = (),
) -> pd.DataFrame:
    """Articles of ``inputs`` (files, folders, globs, Europresse exports, or built corpora).

    ``exclude`` names folders never read (the output folder of the build). Unreadable inputs
    are in ``attrs["errors"]``, repairs and left-out folders in ``attrs["warnings"]``, dropped
    near-duplicates in ``attrs["duplicates"]``; each is logged once.
    """
    from analysis.io import load_corpus
    from analysis.io.loaders import log_problems

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    built = [p for p in inputs if store.is_built_corpus(p)]
    plain = [p for p in inputs if not store.is_built_corpus(p)]
    frames = [store.load_table(p, "articles").drop(columns=["content_hash"], errors="ignore") for p in built]
    errors: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    duplicates: list[dict[str, Any]] = []
    if plain:
        loaded = load_corpus(plain, dedup=False, exclude=exclude)
        errors, warnings, frames = loaded.attrs.get("errors", []), loaded.attrs.get("warnings", []), [*frames, loaded]
    articles = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc_id", "text"])
    if dedup is not False and len(articles) > 1:
        from analysis.io.dedup import drop_near_duplicates

        articles, duplicates = drop_near_duplicates(articles, threshold=None if dedup is True else float(dedup))
        log_problems([], duplicates=duplicates)
    articles.attrs["errors"] = errors
    articles.attrs["warnings"] = warnings
    articles.attrs["duplicates"] = duplicates
    return articles


def open_corpus(
    inputs: str | Path | Sequence[str | Path],
    out_dir: str | Path,
    **options: Any,
) -> store.BuiltCorpus:
    """A built corpus for ``inputs``: opened as is when it is one, else built (or resumed) into ``out_dir``."""
    if isinstance(inputs, (str, Path)) and store.is_built_corpus(inputs):
        return store.load_built_corpus(inputs)
    if not isinstance(inputs, (str, Path)) and len(inputs) == 1 and store.is_built_corpus(inputs[0]):
        return store.load_built_corpus(inputs[0])
    build_corpus(inputs, out_dir, **options)
    return store.load_built_corpus(out_dir)


def _refuse_output_as_input(inputs: Sequence[str | Path], out: Path) -> None:
    """The output folder may sit inside an input folder (it is left out), not be one."""
    real_out = Path(os.path.realpath(out))
    for item in inputs:
        if Path(os.path.realpath(item)) == real_out:
            raise InputError(out, "the output folder is also an input folder: choose another --out "
                                  "(a folder inside the input is fine: it is never read back)")


def _articles(inputs: Any, out: Path, dedup: bool | float) -> tuple[pd.DataFrame, list[str]]:
    """The articles to build (an articles frame, or loaded from ``inputs`` without reading ``out``)."""
    if isinstance(inputs, pd.DataFrame):
        articles = inputs.copy()
        if dedup is not False and len(articles) > 1:
            from analysis.io.dedup import drop_near_duplicates

            articles, dups = drop_near_duplicates(articles, threshold=None if dedup is True else float(dedup))
            articles.attrs["duplicates"] = dups
        return articles, ["<frame>"]
    listed = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    _refuse_output_as_input(listed, out)
    return load_inputs(listed, dedup=dedup, exclude=[out]), [str(p) for p in listed]


def _load_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Load errors and warnings of this run as rows of the errors table (stage load / load-warning)."""
    rows = [{"doc_id": "", "path": e.get("path", ""), "stage": "load", "error": e.get("error", ""),
             "reason": e.get("reason", "")} for e in articles.attrs.get("errors", [])]
    rows += [{"doc_id": "", "path": w.get("path", ""), "stage": "load-warning", "error": w.get("warning", ""),
              "reason": w.get("reason", "")} for w in articles.attrs.get("warnings", [])]
    return pd.DataFrame(rows, columns=["doc_id", "path", "stage", "error", "reason"])


def _run_parts(parts: list[tuple[str, pd.DataFrame]], out: Path, report: BuildReport, run: dict[str, Any], *,
               scheduler: str | None, workers: int | None, model: str | None, parse: ParseMode,
               write_on_workers: bool, done: Handler) -> None:
    """Analyse ``parts`` here or on Dask; ``done`` records each result."""
    if not parts:
        return
    if workers == 0 and not scheduler:
        from analysis.pipeline import available_stages

        run["stages"] = available_stages()
        warm_worker(model)
        begun = time.perf_counter()
        _run_here(parts, model=model, parse=parse, done=done)
        report.processing_seconds = time.perf_counter() - begun
        return
    import distributed  # noqa: F401 - importing it sets its loggers to INFO: quieten them after

    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.WARNING)  # scheduler chatter (workers start, stop) is not the user's business
    client = cluster = None
    try:
        client, cluster, n = _start_dask(scheduler, workers)
        report.workers = n
        stages = client.run(warm_worker, model)
        run["stages"] = sorted(set(next(iter(stages.values())).split(","))) if stages else []
        begun = time.perf_counter()
        # LocalCluster workers share this disk: they write their partitions themselves.
        write_to = str(out.resolve()) if (cluster is not None or write_on_workers) else None
        _run_dask(parts, client=client, model=model, parse=parse, done=done, window=2 * n, write_to=write_to)
        report.processing_seconds = time.perf_counter() - begun
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        quiet.setLevel(level)


def _close_run(out: Path, manifest: dict[str, Any], run: dict[str, Any], report: BuildReport,
               failure: BaseException | None) -> None:
    """Record how the run ended; a manifest that cannot be written (disk full) is logged, not raised."""
    if isinstance(failure, KeyboardInterrupt):
        run["status"] = "interrupted"
    elif failure is not None:
        run.update(status="failed", error=f"{type(failure).__name__}: {failure}")
    else:
        run["status"] = "complete"
    try:
        report.counts = _count_rows(out)
    except OSError:
        report.counts = {}
    run.update(finished=time.strftime("%Y-%m-%dT%H:%M:%S"), report=asdict(report))
    manifest["counts"] = report.counts
    if run.get("stages"):
        manifest["stages"] = run["stages"]
    try:
        store.write_manifest(out, manifest)
    except OutputError as exc:
        log.warning("the manifest could not record how the run ended: %s", exc)


def build_corpus(
    inputs: str | Path | Sequence[str | Path] | pd.DataFrame,
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    model: str | None = None,
    parse: ParseMode = "auto",
    dedup: bool | float = True,
    progress: bool = True,
    write_on_workers: bool = False,
) -> BuildReport:
    """Analyse every article of ``inputs`` into Parquet datasets under ``out_dir``.

    ``workers=0`` runs in this process (no Dask); ``workers=N`` a LocalCluster of N processes;
    ``scheduler`` an existing cluster. The default (None) starts a LocalCluster with one worker
    per core when there are at least two partitions to do, and stays in this process otherwise
    (starting workers and loading a model in each costs more than a small corpus). ``inputs`` may also be
    an articles frame. Workers of a LocalCluster write their own partitions (same disk); workers of
    an external cluster send results back to be written here, unless ``write_on_workers`` says
    ``out_dir`` is on storage they share. Returns a :class:`BuildReport`; Ctrl-C stops after writing the report
    and re-raises ``KeyboardInterrupt`` (everything written so far is kept). A second build into
    the same folder while this one runs raises :class:`analysis.errors.BuildInProgressError`; a
    write that fails raises :class:`analysis.errors.OutputError`.
    """
    out = Path(out_dir)
    with BuildLock(out):
        return _build(inputs, out, scheduler=scheduler, workers=workers, partition_size=partition_size, model=model,
                      parse=parse, dedup=dedup, progress=progress, write_on_workers=write_on_workers)


def _build(inputs: Any, out: Path, *, scheduler: str | None, workers: int | None, partition_size: int,
           model: str | None, parse: ParseMode, dedup: bool | float, progress: bool,
           write_on_workers: bool) -> BuildReport:
    """:func:`build_corpus` once the output folder is locked: load, partition, analyse, record."""
    from tqdm.auto import tqdm

    from analysis.corpus.unify import unify_speaker_ids

    started = time.perf_counter()
    model_name = config.model_name(model)
    manifest = _check_manifest(out, model_name, parse)
    if store.mark_stopped_runs(manifest):
        log.warning("%s: an earlier build %s", out, store.STOPPED_NOTE)
    removed = store.clean_incomplete(out)
    if removed:
        log.info("removed %d files of an interrupted run", removed)
    articles, input_names = _articles(inputs, out, dedup)
    duplicates = list(articles.attrs.get("duplicates", []))
    articles = articles.reset_index(drop=True)
    articles["content_hash"] = store.article_hashes(articles)

    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    report = BuildReport(out_dir=str(out), articles=len(articles), duplicates=len(duplicates),
                         load_errors=len(articles.attrs.get("errors", [])),
                         load_warnings=len(articles.attrs.get("warnings", [])))
    manifest.update({"format_version": store.FORMAT_VERSION, "model": model_name, "parse": parse,
                     "created": manifest.get("created", time.strftime("%Y-%m-%dT%H:%M:%S"))})
    run = {"run_id": run_id, "started": time.strftime("%Y-%m-%dT%H:%M:%S"), "inputs": input_names,
           "status": "running"}
    manifest.setdefault("runs", []).append(run)
    store.write_manifest(out, manifest)

    bar = tqdm(total=0, unit="art", desc="corpus build", disable=not progress, file=sys.stderr,
               smoothing=0.1, dynamic_ncols=True)
    failure: BaseException | None = None
    try:
        store.write_run_table(out, "errors", run_id, _load_table(articles))
        store.write_run_table(out, "duplicates", run_id,
                              pd.DataFrame(duplicates, columns=["kept", "dropped", "similarity"]))
        todo = articles[~articles["content_hash"].isin(store.completed_hashes(out))]
        report.skipped = len(articles) - len(todo)
        parts = partition(todo, partition_size)
        report.partitions = len(parts)
        bar.reset(total=len(todo))
        if workers is None and not scheduler and len(parts) < 2:
            workers = 0
        report.scheduler = scheduler or ("here" if workers == 0 else "local")
        _run_parts(parts, out, report, run, scheduler=scheduler, workers=workers, model=model, parse=parse,
                   write_on_workers=write_on_workers, done=_recorder(out, report, bar))
        report.speaker_ids_unified = unify_speaker_ids(out)
    except KeyboardInterrupt as exc:
        report.interrupted, failure = True, exc
        raise
    except BaseException as exc:
        failure = exc
        raise
    finally:
        bar.close()
        report.seconds = time.perf_counter() - started
        _close_run(out, manifest, run, report, failure)
    return report


def _recorder(out: Path, report: BuildReport, bar: Any) -> Handler:
    """The ``done`` handler of a build: write (or count) each partition's result, advance the bar."""
    written = [0]

    def done(part_id: str, part: pd.DataFrame, result: dict[str, Any]) -> None:
        if set(result) == {"failed"}:  # a worker wrote the partition itself
            report.failed += int(result["failed"])
        else:
            report.failed += write_result(out, part_id, part, result)
            del result
            written[0] += 1
            if written[0] % 4 == 0:
                trim_heap()  # results are freed once written: keep this process's memory flat too
        report.processed += len(part)
        report.words += int(part["text"].fillna("").str.split().str.len().sum())
        bar.update(len(part))

    return done
