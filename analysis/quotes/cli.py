"""Print the quotations of articles: who said what, how, with which reporting verb.

Each row carries doc_id, type, quote, start, end, speaker (resolved when speaker resolution is
available, else the raw mention), speaker_mention and cue, then the other quote columns.
Skipped files, repaired encodings and dropped near-duplicate articles are reported once each,
on standard error.
"""

from __future__ import annotations

import argparse
import sys

from analysis.cli_output import FORMATS, write_frame

FIRST_COLUMNS = ["doc_id", "quote_id", "type", "quote", "start", "end", "speaker", "speaker_mention", "cue"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or glob patterns")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    parser.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    parser.add_argument("--no-resolve", action="store_true", help="speaker = raw mention (skip speaker resolution)")


def run(args: argparse.Namespace) -> int:
    from analysis.io import load_corpus
    from analysis.quotes import extract_quotes
    from analysis.quotes.speakers import with_speakers

    articles = load_corpus(args.paths)  # logs each skipped file, repair and dropped near-duplicate once
    if articles.empty:
        print("error: no article could be read", file=sys.stderr)
        return 1
    quotes = extract_quotes(articles, model=args.model)
    quotes = quotes.assign(speaker=quotes["speaker_mention"]) if args.no_resolve else with_speakers(quotes, articles)
    quotes = quotes.rename(columns={"text": "quote"})
    ordered = FIRST_COLUMNS + [c for c in quotes.columns if c not in FIRST_COLUMNS]
    frame = quotes[ordered]
    if args.format == "table":
        frame = frame[["doc_id", "type", "speaker", "cue", "quote"]]
    write_frame(frame, args.format)
    return 0
