"""Run every analysis notebook on articles (default: the sample article) into an HTML report."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files, folders or globs (default: sample)")
    parser.add_argument("--out", default=None, help="output folder (default: reports/<input name>/)")
    parser.add_argument("--model", default="sm", help="spaCy model: sm or md")
    parser.add_argument("--lang", default="fr", choices=["fr"], help="language of the articles")


def run(args: argparse.Namespace) -> int:
    from analysis.report import run_report

    index = run_report(args.paths or None, out_dir=args.out, model=args.model)
    print(f"Report written: {index}")
    return 0
