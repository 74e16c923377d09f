"""Frequencies and keyness from the command line.

  python -m analysis keywords PATH... [--by speaker|doc|outlet|date|quotes]
         [--measure freq|specificity|g2|logratio] [--top N] [--format csv|jsonl|table]

PATH: article files, folders, globs, tables, or a corpus built with ``python -m analysis corpus
build``. Without --by, frequencies of the whole input. With --by, keyness rows per part
(part, term, f, F, t, T, specificity, g2, log_ratio: every score can be recomputed from its
row), the N most over-used terms of each part (--under adds the N most under-used). Parts under
--min-part-words words (default 100: see analysis.keywords.keyness.MIN_PART_WORDS) get no rows
and are named in a warning; with a narration part (--by speaker or quotes), reporting verbs and
calendar words get no rows unless --keep-narration-words. ``--kwic WORD`` prints the concordance
of a word or phrase instead, each line inside a quotation with its speaker.
"""
# This command sits with the other entry points, above analysis.keywords, because it also reads
# corpora built by analysis.corpus (a layer above the keyword tables). Its docstring is its --help.

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import pandas as pd

from analysis.cli_output import FORMATS, write_frame
from analysis.errors import InputError
from analysis.keywords.keyness import MIN_PART_WORDS

log = logging.getLogger("analysis")

MEASURE_NAMES = {"freq": "f", "specificity": "specificity", "g2": "g2", "logratio": "log_ratio"}
BY_CHOICES = ("speaker", "doc", "outlet", "date", "quotes")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, globs or a built corpus")
    parser.add_argument("--by", choices=BY_CHOICES, default=None, help="partition to compare (default: none, frequencies)")
    parser.add_argument("--measure", choices=tuple(MEASURE_NAMES), default=None,
                        help="ranking: freq (default without --by) or specificity (default with --by), g2, logratio")
    parser.add_argument("--top", type=int, default=20, metavar="N", help="rows per part (default 20; 0 = all)")
    parser.add_argument("--under", action="store_true", help="with --by: also the N most under-used terms")
    parser.add_argument("--unit", choices=("lemma", "form"), default="lemma", help="count lemmas (default) or forms")
    parser.add_argument("--pos", default=None, metavar="TAGS", help="keep only these UPOS tags, e.g. NOUN,PROPN,ADJ")
    parser.add_argument("--min-freq", type=int, default=None, metavar="N",
                        help="minimum frequency (in the part for freq, in the corpus for keyness; default 1 / 2)")
    parser.add_argument("--min-part-words", type=int, default=MIN_PART_WORDS, metavar="N",
                        help=f"with --by: parts with fewer words get no keyness rows (default {MIN_PART_WORDS}; 0 = none)")
    parser.add_argument("--keep-stop-words", action="store_true", help="do not remove stop words")
    parser.add_argument("--keep-narration-words", action="store_true",
                        help="with --by speaker/quotes: keep reporting verbs and calendar words in the narration's rows")
    parser.add_argument("--stop-words", action="append", default=[], metavar="FILE",
                        help="extra stop-word file (one word a line, -word to keep a word); repeatable")
    parser.add_argument("--date-freq", default="M", metavar="FREQ", help="date bins for --by date: D, W, M (default), Y")
    parser.add_argument("--kwic", default=None, metavar="WORD", help="print the concordance of WORD (lemma or phrase)")
    parser.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    parser.add_argument("--format", choices=FORMATS, default="table")


def _built_corpus(paths: list[str]) -> object | None:
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        return None
    from analysis.corpus.store import is_built_corpus, load_built_corpus

    return load_built_corpus(paths[0]) if is_built_corpus(paths[0]) else None


def _quotes(articles: pd.DataFrame, model: str | None, *, speakers: bool) -> pd.DataFrame:
    try:
        from analysis.quotes import extract_quotes
    except ImportError:
        raise InputError(None, "--by speaker/quotes needs the quotation module (analysis.quotes), "
                               "not available in this version") from None
    quotes = extract_quotes(articles, model=model)
    if speakers:
        try:
            from analysis.speakers import resolve
        except ImportError:
            log.warning("speaker resolution not available: quotes are grouped by the speaker as mentioned")
        else:
            quotes = resolve(quotes, articles)
    return quotes


def load_inputs(args: argparse.Namespace) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame | None]:
    """Articles, tokens and (when the partition needs them) quotes of the command's inputs."""
    needs_quotes = args.by in ("speaker", "quotes") or args.kwic is not None
    corpus = _built_corpus(args.paths)
    if corpus is not None:
        articles, tokens = corpus.articles, corpus.tokens
        quotes = corpus.quotes if needs_quotes else None
        if quotes is not None and not {"doc_id", "start", "end"} <= set(quotes.columns):
            quotes = None  # a corpus built without the quotation stage
        if quotes is None and args.by in ("speaker", "quotes"):
            raise InputError(args.paths[0], "this built corpus has no quotes table: rebuild it with quotations")
        return articles, tokens, quotes
    from analysis.io import load_corpus
    from analysis.nlp import tokens as token_frame

    articles = load_corpus(args.paths)  # logs every skipped file once
    if not len(articles):
        raise InputError(", ".join(args.paths), "no readable article")
    tokens = token_frame(articles, model=args.model, parse="none")
    quotes = _quotes(articles, args.model, speakers=args.by != "quotes") if needs_quotes else None
    return articles, tokens, quotes


def run(args: argparse.Namespace) -> int:
    from analysis.keywords import frequencies, keyness, kwic, partition_tokens, stop_words

    by = "norm" if args.unit == "form" else "lemma"
    pos = [p.strip().upper() for p in args.pos.split(",") if p.strip()] if args.pos else None
    stops = False if args.keep_stop_words else (stop_words(files=args.stop_words) if args.stop_words else True)
    top = args.top or None
    articles, tokens, quotes = load_inputs(args)
    if args.kwic:
        write_frame(kwic(tokens, args.kwic, by=by, articles=articles, quotes=quotes, sort="right")
                    [["doc_id", "left", "keyword", "right", "speaker", "start", "end"]], args.format)
        return 0
    measure = args.measure or ("specificity" if args.by else "freq")
    if args.by is None:
        if measure != "freq":
            raise InputError(None, f"--measure {measure} compares parts: give a partition with --by")
        rows = frequencies(tokens, by=by, pos=pos, stop_words=stops, min_freq=args.min_freq or 1, top=top)
        write_frame(rows, args.format)
        return 0
    parts = partition_tokens(tokens, args.by, articles=articles, quotes=quotes, freq=args.date_freq)
    if measure == "freq":
        rows = frequencies(parts, by=by, part="part", pos=pos, stop_words=stops, min_freq=args.min_freq or 1, top=top)
        write_frame(rows, args.format)
        return 0
    column = MEASURE_NAMES[measure]
    rows = keyness(parts, by=by, pos=pos, stop_words=stops, min_freq=args.min_freq or 2, sort=column,
                   min_part_words=args.min_part_words, narration_stop_words=False if args.keep_narration_words else None)
    if top is not None:
        grouped = rows.groupby("part", sort=False)
        chosen = [grouped.head(top)] + ([grouped.tail(top)] if args.under else [])
        rows = pd.concat(chosen)
        rows = rows[~rows.index.duplicated()].sort_values(["part", column], ascending=[True, False], kind="stable")
    write_frame(rows.reset_index(drop=True), args.format)
    return 0
