"""Which files a folder holds for loading, and what was left out and why.

The walk is iterative (any depth, no recursion limit) and says what it did not read: broken
symbolic links, links that loop back to a folder above them, folders that cannot be opened,
files of a type no reader knows. Folders this suite wrote — a built corpus, a report — are
recognised by their ``manifest.json`` and never read back as input (their Parquet parts and
CSV tables would otherwise come back as thousands of bogus « articles »); so are the folders a
caller excludes (the output folder of the running command).
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

REPORT_GENERATOR = "analysis report"
"""``generator`` of a report's manifest.json (analysis.report)."""
CORPUS_GENERATOR = "analysis corpus build"
"""``generator`` of a built corpus's manifest.json (analysis.corpus)."""
MANIFEST = "manifest.json"
MANIFEST_MAX_BYTES = 50_000_000
"""A suite manifest lists inputs and outputs (a few MB for thousands of files); a larger
manifest.json is someone else's file and is not parsed."""

Entry = dict[str, Any]


def suite_output(folder: str | Path) -> str | None:
    """« report » or « built corpus » when ``folder`` was written by this suite (its manifest says so)."""
    folder = Path(folder)
    manifest = folder / MANIFEST
    try:
        if not manifest.is_file() or manifest.stat().st_size > MANIFEST_MAX_BYTES:
            return None
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    generator = data.get("generator")
    if generator == REPORT_GENERATOR:
        return "report"
    if generator == CORPUS_GENERATOR or ("format_version" in data and (folder / "articles").is_dir()):
        return "built corpus"  # corpora built before the generator was recorded have format_version
    return None


def _skipped(path: Path, error: str, reason: str) -> Entry:
    return {"path": str(path), "error": error, "reason": reason}


def _inside(path: Path, folders: Iterable[Path]) -> bool:
    return any(path == f or f in path.parents for f in folders)


def _below(root: Path, exclude: Iterable[str | Path]) -> list[Path]:
    """The excluded folders (real paths) that lie below ``root``: an output folder that holds the
    input itself (``--out .`` around ``articles/``) excludes nothing from it."""
    real = [Path(os.path.realpath(p)) for p in exclude]
    return [p for p in real if not _inside(root, [p])]


def walk_folder(
    root: str | Path,
    *,
    wanted: Callable[[Path], bool],
    ignored: Callable[[Path], bool] = lambda p: False,
    exclude: Iterable[str | Path] = (),
) -> tuple[list[Path], list[Entry], list[Entry]]:
    """(files, errors, notes) under ``root``, files sorted by path.

    ``wanted(path)`` says which files a reader takes; ``ignored(path)`` which are silently not
    articles (metadata sidecars). Hidden entries (``.name``) are skipped silently. Every other
    file or folder left out is listed: in ``errors`` what could not be read (with the reason),
    in ``notes`` what was left out on purpose (suite outputs, excluded folders).
    """
    root = Path(root)
    excluded = _below(Path(os.path.realpath(root)), exclude)
    files: list[Path] = []
    errors: list[Entry] = []
    notes: list[Entry] = []
    seen: dict[Path, Path] = {}
    stack: list[tuple[Path, tuple[Path, ...]]] = [(root, ())]
    while stack:
        folder, ancestors = stack.pop()
        real = Path(os.path.realpath(folder))
        if real in ancestors:
            errors.append(_skipped(folder, "SymlinkLoopError", f"symbolic link loop: it leads back to {real}"))
            continue
        if real in seen:
            notes.append(_skipped(folder, "AlreadyRead", f"the same folder as {seen[real]} (read once)"))
            continue
        seen[real] = folder
        if folder != root and (reason := _left_out(folder, real, excluded)):
            notes.append(_skipped(folder, "SuiteOutput", reason))
            continue
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            errors.append(_skipped(folder, "UnreadableFolder", f"the folder cannot be read ({exc.strerror or exc})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_symlink() and not path.exists():
                errors.append(_broken_link(path))
            elif entry.is_dir(follow_symlinks=True):
                stack.append((path, (*ancestors, real)))
            elif ignored(path):
                continue
            elif wanted(path):
                files.append(path)
            else:
                errors.append(_skipped(path, "UnsupportedFormatError",
                                       f"not an article file: unsupported file type {path.suffix or '(no extension)'!r}"))
    return sorted(files), errors, notes


def _broken_link(path: Path) -> Entry:
    """A symbolic link that leads nowhere: its target is missing, or links point at each other."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _skipped(path, "SymlinkLoopError", "symbolic link loop: the links point at each other")
    return _skipped(path, "BrokenLinkError", f"broken symbolic link: its target {os.readlink(path)} does not exist")


def _left_out(folder: Path, real: Path, excluded: list[Path]) -> str | None:
    if _inside(real, excluded):
        return "the output folder of this command: outputs are never read back as input"
    kind = suite_output(folder)
    if kind:
        return f"a {kind} written by this suite (its manifest.json says so): outputs are never read back as input"
    return None


def under_suite_output(path: Path, base: Path, *, exclude: Iterable[str | Path] = ()) -> str | None:
    """Why ``path`` (a glob match below ``base``) lies in a suite output or excluded folder, else None."""
    excluded = _below(Path(os.path.realpath(base)), exclude)
    real = Path(os.path.realpath(path))
    if _inside(real, excluded):
        return "inside the output folder of this command: outputs are never read back as input"
    for parent in path.parents:
        if parent == base or base not in parent.parents:
            break
        kind = suite_output(parent)
        if kind:
            return f"inside a {kind} written by this suite ({parent}): outputs are never read back as input"
    return None
