"""Score texts, one per input line: ``python -m analysis sentiment [FILE | -]``.

Reads FILE (UTF-8) or standard input, writes one JSON object per input line (blank lines
included, so output lines match input lines): text, polarity, subjectivity, label, coverage,
polarity_raw, and with --hits the words that fired. ``--profile`` picks the register (news,
the default, or tweets). Texts are scored in batches of --chunk lines, so long files stream.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from analysis.errors import DecodingError, MissingInputError

OUTPUT_FIELDS = ("text", "polarity", "subjectivity", "label", "coverage", "polarity_raw")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", nargs="?", default="-", metavar="FILE", help="text file, one text per line; - or nothing for stdin")
    parser.add_argument("--hits", action="store_true", help="also print the lexicon words that fired, with offsets")
    parser.add_argument("--profile", default="news", choices=("news", "tweets"),
                        help="register: news (default; quotations and articles) or tweets")
    parser.add_argument("--steps", default="profile",
                        help="comma-separated improvement steps to apply, 'profile' (default: the profile's own), "
                             "'all', or 'none' for the bare engine")
    parser.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    parser.add_argument("--chunk", type=int, default=256, help="lines scored per batch (default 256)")


def _lines(path: str) -> Iterator[str]:
    if path == "-":
        for line in sys.stdin:
            yield line.rstrip("\r\n")
        return
    file = Path(path)
    if not file.is_file():
        raise MissingInputError(file, "no such file")
    try:
        with file.open(encoding="utf-8-sig") as handle:
            for line in handle:
                yield line.rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise DecodingError(file, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _steps(value: str) -> str | list[str] | None:
    if value == "profile":
        return None
    if value == "all":
        return "all"
    if value == "none":
        return []
    return [s.strip() for s in value.split(",") if s.strip()]


def score_lines(lines: Iterable[str], *, steps: str | list[str] | None = None, profile: str = "news",
                model: str | None = None, hits: bool = False, chunk: int = 256, out: IO[str] | None = None) -> int:
    """Write one JSON line per input line; return the number of lines scored."""
    from analysis.sentiment.scorer import score

    out = out or sys.stdout
    fields = OUTPUT_FIELDS + (("hits",) if hits else ())
    iterator, count = iter(lines), 0
    while batch := list(itertools.islice(iterator, max(1, chunk))):
        frame = score(batch, profile=profile, steps=steps, model=model)
        for record in frame[list(fields)].to_dict(orient="records"):
            for key in ("polarity", "subjectivity", "coverage", "polarity_raw"):
                record[key] = round(float(record[key]), 4)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        count += len(batch)
    return count


def run(args: argparse.Namespace) -> int:
    try:
        steps = _steps(args.steps)
        from analysis.sentiment.scorer import resolve_steps

        if steps is not None:
            resolve_steps(steps)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    score_lines(_lines(args.input), steps=steps, profile=args.profile, model=args.model, hits=args.hits,
                chunk=args.chunk)
    return 0
