"""A built corpus on disk: Parquet datasets under one directory, written partition by partition.

Layout::

    DIR/manifest.json           model, parse mode, stages, counts, last run
    DIR/articles/part-*.parquet  one file per processed partition (written last: the commit mark)
    DIR/sentences/  tokens/  quotes/  speakers/  errors/  duplicates/

A partition's tables are written to temporary files and renamed into place, articles last, so
a partition either is complete (its articles part exists) or is cleaned away on the next run:
a crash or Ctrl-C loses nothing already written. Articles carry ``content_hash``; a re-run
skips the hashes already present. A write that fails (disk full, read-only folder) raises
:class:`analysis.errors.OutputError` at once: the build stops instead of retrying.

The manifest's ``generator`` marks the folder as this suite's output, so that loading a folder
that contains it never reads its Parquet parts back as articles (see :mod:`analysis.io.walk`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.errors import InputError, MissingInputError, OutputError
from analysis.io.walk import CORPUS_GENERATOR

DATASETS = ("articles", "sentences", "tokens", "quotes", "speakers", "errors", "duplicates")
PARTITION_TABLES = ("sentences", "tokens", "quotes", "speakers", "errors")
MANIFEST = "manifest.json"
FORMAT_VERSION = 1


def content_hash(text: str, *fields: Any) -> str:
    """Stable key of an article's content (text plus identifying metadata)."""
    h = hashlib.blake2b(digest_size=12)
    h.update(str(text).encode("utf-8"))
    for value in fields:
        h.update(b"\x00" + str("" if value is None or (isinstance(value, float) and pd.isna(value)) else value)
                 .encode("utf-8"))
    return h.hexdigest()


def article_hashes(articles: pd.DataFrame) -> pd.Series:
    """``content_hash`` of every row: text, title, outlet and date."""
    cols = [c for c in ("title", "outlet", "date") if c in articles.columns]
    return pd.Series(
        [content_hash(row[0], *row[1:]) for row in articles[["text", *cols]].itertuples(index=False, name=None)],
        index=articles.index, dtype=object,
    )


def is_built_corpus(path: str | Path) -> bool:
    """Is ``path`` a directory written by ``python -m analysis corpus build``?"""
    path = Path(path)
    return path.is_dir() and (path / MANIFEST).is_file() and (path / "articles").is_dir()


def read_manifest(out_dir: str | Path) -> dict[str, Any]:
    path = Path(out_dir) / MANIFEST
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(path, f"the corpus manifest is not valid JSON ({exc})") from None


def write_manifest(out_dir: str | Path, manifest: dict[str, Any]) -> None:
    path = Path(out_dir) / MANIFEST
    tmp = path.with_name(path.name + ".tmp")
    manifest = {"generator": CORPUS_GENERATOR, **manifest}
    try:
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(path, f"cannot be written ({exc.strerror or exc})") from exc


STOPPED_NOTE = "the process ended without finishing (killed or crashed); its complete partitions are kept"


def run_status(out_dir: str | Path) -> str | None:
    """Status of the last build of ``out_dir``: complete, interrupted, failed, running (a build
    holds the folder now) or killed (the manifest says running but no process holds the folder)."""
    from analysis.corpus.lock import is_locked

    runs = read_manifest(out_dir).get("runs") or []
    if not runs:
        return None
    status = runs[-1].get("status")
    return "killed" if status == "running" and not is_locked(out_dir) else status


def mark_stopped_runs(manifest: dict[str, Any]) -> int:
    """Runs a manifest still calls « running » are over (the caller holds the lock): call them killed."""
    stopped = [run for run in manifest.get("runs", []) if run.get("status") == "running"]
    for run in stopped:
        run.update(status="killed", note=STOPPED_NOTE)
    return len(stopped)


def part_files(out_dir: Path, name: str) -> list[Path]:
    folder = out_dir / name
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


_TUPLES_KEY = b"analysis.tuple_columns"
_JSON_KEY = b"analysis.json_columns"


def _cells(frame: pd.DataFrame, col: str) -> Iterable[Any]:
    return (v for v in frame[col] if isinstance(v, (list, tuple, np.ndarray)) and len(v))


def _arrow_table(frame: pd.DataFrame) -> pa.Table:
    """A Parquet-ready table: lists of tuples become lists of structs, anything else odd JSON text.

    The speakers frame holds ``mentions`` as lists of (surface, start, end); Arrow cannot store
    mixed-type tuples, so they are written as structs and read back as tuples (see
    :func:`read_part`). What still cannot be stored is JSON-encoded and decoded on reading.
    """
    try:
        return pa.Table.from_pandas(frame, preserve_index=False)
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        pass
    frame = frame.copy()
    tuples, as_json = [], []
    for col in [c for c in frame.columns if frame[c].dtype.kind == "O"]:
        first = next(iter(_cells(frame, col)), None)
        if first is not None and isinstance(first[0], tuple):
            frame[col] = [
                [{f"f{i}": x for i, x in enumerate(t)} for t in v] if isinstance(v, (list, tuple, np.ndarray)) else v
                for v in frame[col]
            ]
            tuples.append(col)
        try:
            pa.array(frame[col], from_pandas=True)
        except (pa.ArrowTypeError, pa.ArrowInvalid):
            frame[col] = [json.dumps(v, ensure_ascii=False, default=str) for v in frame[col]]
            as_json.append(col)
            tuples = [c for c in tuples if c != col]
    table = pa.Table.from_pandas(frame, preserve_index=False)
    meta = dict(table.schema.metadata or {})
    meta[_TUPLES_KEY] = json.dumps(tuples).encode()
    meta[_JSON_KEY] = json.dumps(as_json).encode()
    return table.replace_schema_metadata(meta)


def read_part(path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """One Parquet part as a frame, tuple and JSON columns restored; of ``columns``, those the part has
    (a part whose speaker stage failed has no speaker columns)."""
    if columns:
        present = set(pq.read_schema(path).names)
        columns = [c for c in columns if c in present]
    table = pq.read_table(path, columns=list(columns) if columns else None)
    meta = table.schema.metadata or {}
    frame = table.to_pandas()
    for col in json.loads(meta.get(_TUPLES_KEY, b"[]")):
        if col in frame.columns:
            frame[col] = [[tuple(d.values()) for d in v] if v is not None and not isinstance(v, float) else v
                          for v in frame[col]]
    for col in json.loads(meta.get(_JSON_KEY, b"[]")):
        if col in frame.columns:
            frame[col] = [json.loads(v) if isinstance(v, str) else v for v in frame[col]]
    return frame


def write_frame(frame: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        pq.write_table(_arrow_table(frame), tmp)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise OutputError(path.parent.parent, f"cannot write the corpus ({exc.strerror or exc})") from exc


def _folder(out_dir: Path, name: str) -> Path:
    folder = out_dir / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(folder, f"cannot be created ({exc.strerror or exc})") from exc
    return folder


def write_partition(out_dir: str | Path, part_id: str, articles: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> None:
    """Write one processed partition: every table first, the articles part (the commit mark) last."""
    out_dir = Path(out_dir)
    for name in PARTITION_TABLES:
        frame = tables.get(name)
        if frame is not None and len(frame):
            write_frame(frame, _folder(out_dir, name) / f"part-{part_id}.parquet")
    write_frame(articles, _folder(out_dir, "articles") / f"part-{part_id}.parquet")


def write_run_table(out_dir: str | Path, name: str, run_id: str, frame: pd.DataFrame) -> None:
    """A table of the whole run (load errors, duplicate pairs): it replaces the earlier runs' table
    (written first, the old ones removed after, so a crash in between loses nothing)."""
    folder = Path(out_dir) / name
    older = sorted(folder.glob("part-run-*.parquet")) if folder.is_dir() else []
    target = None
    if len(frame):
        target = _folder(Path(out_dir), name) / f"part-run-{run_id}.parquet"
        write_frame(frame, target)
    for part in older:
        if part != target:
            part.unlink(missing_ok=True)


def clean_incomplete(out_dir: str | Path) -> int:
    """Remove temporary files and partition files whose articles part was never written."""
    out_dir = Path(out_dir)
    done = {p.name for p in part_files(out_dir, "articles")}
    removed = 0
    for name in DATASETS:
        folder = out_dir / name
        if not folder.is_dir():
            continue
        for tmp in folder.glob("*.tmp"):
            tmp.unlink()
            removed += 1
        if name in PARTITION_TABLES:
            for part in part_files(out_dir, name):
                if part.name not in done and not part.name.startswith("part-run-"):
                    part.unlink()
                    removed += 1
    return removed


def completed_hashes(out_dir: str | Path) -> set[str]:
    """Content hashes of every article already processed under ``out_dir``."""
    hashes: set[str] = set()
    for part in part_files(Path(out_dir), "articles"):
        hashes.update(pq.read_table(part, columns=["content_hash"]).column("content_hash").to_pylist())
    return hashes


def load_table(
    corpus_dir: str | Path,
    name: str,
    *,
    columns: Sequence[str] | None = None,
    doc_ids: Iterable[str] | None = None,
) -> pd.DataFrame:
    """One dataset of a built corpus as a frame (optionally some columns, some articles)."""
    if name not in DATASETS:
        raise ValueError(f"unknown table {name!r}; a built corpus has {', '.join(DATASETS)}")
    corpus_dir = Path(corpus_dir)
    if not is_built_corpus(corpus_dir):
        raise MissingInputError(corpus_dir, "not a built corpus (no manifest.json and articles/); "
                                            "build one with `python -m analysis corpus build INPUT --out DIR`")
    wanted = set(map(str, doc_ids)) if doc_ids is not None else None
    frames = []
    for part in part_files(corpus_dir, name):
        frame = read_part(part, columns)
        if wanted is not None and "doc_id" in frame.columns:
            frame = frame[frame["doc_id"].astype(str).isin(wanted)]
        if len(frame):
            frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=list(columns) if columns else None)
    frame = pd.concat(frames, ignore_index=True)
    if name == "articles":
        keys = [c for c in ("date", "doc_id") if c in frame.columns]
        frame = frame.sort_values(keys, kind="stable", na_position="last").reset_index(drop=True)
    return frame


class BuiltCorpus:
    """A built corpus directory; each table loads on first use (``corpus.quotes`` …)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not is_built_corpus(self.path):
            raise MissingInputError(self.path, "not a built corpus (no manifest.json and articles/); "
                                               "build one with `python -m analysis corpus build INPUT --out DIR`")

    def __repr__(self) -> str:
        counts = self.manifest.get("counts", {})
        return f"BuiltCorpus({str(self.path)!r}, {counts.get('articles', '?')} articles)"

    @functools.cached_property
    def manifest(self) -> dict[str, Any]:
        return read_manifest(self.path)

    def table(self, name: str, **options: Any) -> pd.DataFrame:
        return load_table(self.path, name, **options)

    @functools.cached_property
    def articles(self) -> pd.DataFrame:
        frame = self.table("articles")
        errors = self.errors
        frame.attrs["errors"] = errors[errors["stage"] == "load"].to_dict("records") if len(errors) else []
        frame.attrs["warnings"] = (errors[errors["stage"] == "load-warning"].rename(columns={"error": "warning"})
                                   .to_dict("records") if len(errors) else [])
        frame.attrs["duplicates"] = self.duplicates.to_dict("records")
        return frame

    @functools.cached_property
    def sentences(self) -> pd.DataFrame:
        return self.table("sentences")

    @functools.cached_property
    def tokens(self) -> pd.DataFrame:
        return self.table("tokens")

    @functools.cached_property
    def quotes(self) -> pd.DataFrame:
        return self.table("quotes")

    @functools.cached_property
    def speakers(self) -> pd.DataFrame:
        return self.table("speakers")

    @functools.cached_property
    def errors(self) -> pd.DataFrame:
        frame = self.table("errors")
        return frame if len(frame.columns) else pd.DataFrame(columns=["doc_id", "path", "stage", "error", "reason"])

    @functools.cached_property
    def duplicates(self) -> pd.DataFrame:
        frame = self.table("duplicates")
        return frame if len(frame.columns) else pd.DataFrame(columns=["kept", "dropped", "similarity"])


def load_built_corpus(path: str | Path) -> BuiltCorpus:
    """Open a corpus directory written by ``python -m analysis corpus build`` (tables load lazily)."""
    return BuiltCorpus(path)
