"""Command line: ``python -m analysis <command> …``.

Each command lives in its own module exposing ``add_arguments(parser)`` and ``run(args) -> int``;
this file only dispatches, so commands load nothing they do not need.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from analysis.errors import AnalysisError

COMMANDS: dict[str, tuple[str, str]] = {
    "sentences": ("analysis.cli_frames", "sentence (or token) frame of articles"),
    "quotes": ("analysis.quotes.cli", "quotations with speakers and cues"),
    "sentiment": ("analysis.sentiment.cli", "sentiment of texts, one per line"),
    "keywords": ("analysis.cli_keywords", "frequencies and keyness by partition"),
    "report": ("analysis.report.cli", "run every notebook into an HTML report"),
    "corpus": ("analysis.corpus.cli", "build a corpus to Parquet with Dask"),
    "lexico": ("analysis.lexico.cli", "correspondence analysis, Reinert classes, similarity graph"),
}



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and skipped inputs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    runners = {}
    for name, (module_name, help_text) in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # command not built yet
            raise
        command = sub.add_parser(name, help=help_text, description=(module.__doc__ or help_text).strip())
        module.add_arguments(command)
        runners[name] = module.run
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not args.command:
        parser.print_help()
        return 2
    try:
        return int(runners[args.command](args) or 0)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
