"""One build at a time per output folder: an exclusive lock on ``DIR/.build.lock``.

The lock is an ``flock`` held for the whole build: the kernel releases it when the process
ends, however it ends (Ctrl-C, a crash, SIGKILL), so a lock is never left stale. The file
records who holds it (process id, host, start time) for the message the second build shows.
Without ``fcntl`` (Windows) the file is created exclusively instead and removed at the end; a
build killed there leaves it behind, and the message says to delete it.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path
from typing import Any

from analysis.errors import BuildInProgressError

LOCK_FILE = ".build.lock"

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not info:
        return "another process"
    return f"pid {info.get('pid')} on {info.get('host')}, started {info.get('started')}"


class BuildLock:
    """``with BuildLock(out_dir):`` — the build may write to ``out_dir``; a second one is refused."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / LOCK_FILE
        self._handle: Any = None

    def __enter__(self) -> BuildLock:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if fcntl is None:
            try:
                self._handle = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                raise BuildInProgressError(self.out_dir, f"another build ({_holder(self.path)}) is writing to this "
                                                         f"folder; if none runs, delete {self.path}") from None
            os.write(self._handle, self._info())
            return self
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the whole build
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise BuildInProgressError(self.out_dir, f"another build ({_holder(self.path)}) is writing to this folder; "
                                                     "wait for it to finish or choose another --out") from None
        handle.seek(0)
        handle.truncate()
        handle.write(self._info().decode("utf-8"))
        handle.flush()
        self._handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is None:
            return
        if fcntl is None:
            os.close(self._handle)
            self.path.unlink(missing_ok=True)
        else:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
        self._handle = None

    @staticmethod
    def _info() -> bytes:
        return json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                           "started": time.strftime("%Y-%m-%dT%H:%M:%S")}).encode("utf-8")


def is_locked(out_dir: str | Path) -> bool:
    """Is a build writing to ``out_dir`` right now?"""
    path = Path(out_dir) / LOCK_FILE
    if not path.exists():
        return False
    if fcntl is None:
        return True
    with open(path, encoding="utf-8") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    return False
