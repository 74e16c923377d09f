"""Print the sentence frame (or, with --tokens, the token frame) of articles."""

from __future__ import annotations

import argparse

from analysis.cli_output import FORMATS, write_frame


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or glob patterns")
    parser.add_argument("--tokens", action="store_true", help="one row per token instead of per sentence")
    parser.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    parser.add_argument("--format", choices=FORMATS, default="table")


def run(args: argparse.Namespace) -> int:
    from analysis.io import load_corpus
    from analysis.nlp import sentences, tokens

    articles = load_corpus(args.paths)
    frame = tokens(articles, model=args.model) if args.tokens else sentences(articles, model=args.model)
    write_frame(frame, args.format)
    return 0
