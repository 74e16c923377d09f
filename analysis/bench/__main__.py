"""Dispatch ``python -m analysis.bench NAME [options]`` to ``analysis.bench.NAME.main``."""

from __future__ import annotations

import importlib
import sys

from analysis.bench import BENCHMARKS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        print("benchmarks:", ", ".join(BENCHMARKS), "or all")
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    names = BENCHMARKS if name == "all" else (name,)
    if name != "all" and name not in BENCHMARKS:
        print(f"unknown benchmark {name!r}; choose one of {', '.join(BENCHMARKS)} or all", file=sys.stderr)
        return 2
    status = 0
    for bench in names:
        try:
            module = importlib.import_module(f"analysis.bench.{bench}")
        except ModuleNotFoundError as exc:
            if exc.name == f"analysis.bench.{bench}":
                print(f"[{bench}] not available in this version")
                continue
            raise
        print(f"== {bench}", flush=True)
        status = max(status, int(module.main(rest if name != "all" else []) or 0))
    return status


if __name__ == "__main__":
    sys.exit(main())
