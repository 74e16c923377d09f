"""Correspondence analysis, Reinert classification and similarity graphs from the command line.

  python -m analysis lexico ca TABLE.csv [--dims N] [--sup-rows A,B] [--sup-cols X]
  python -m analysis lexico ca PATH... --by outlet|country|speaker|… [--top N]
  python -m analysis lexico reinert PATH... [--k 8] [--double] [--format jsonl|csv|table] [--classes]
  python -m analysis lexico graph PATH... [--top 60] [--unit segment|sentence] [--measure jaccard|cosine|count]

TABLE.csv: first column the row labels, the other columns counts; ``ca`` prints JSON
(eigenvalues in descending order, inertia_pct, cumulative_pct, rows and columns with their
coordinates, contributions and cos²). PATH: article files, folders, tables, or a corpus folder
built with ``python -m analysis corpus build`` (read, not re-analysed). ``reinert`` prints one
row per segment (doc_id, segment_id, start, end, class — 0 for unclassified — speaker, …), or
with ``--classes`` each class with its size and characteristic lemmas. ``graph`` prints the
edges of the maximum spanning tree (``--all``: every edge).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from analysis.cli_output import FORMATS, write_frame
from analysis.errors import InputError

SEGMENT_OUTPUT = ["doc_id", "segment_id", "start", "end", "class", "n_words", "speaker", "quote_id"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True)
    ca = sub.add_parser("ca", help="correspondence analysis of a table or of lemmas by partition")
    ca.add_argument("paths", nargs="+", metavar="PATH", help="TABLE.csv, or article inputs / a built corpus with --by")
    ca.add_argument("--by", default=None, help="partition for a lemma × partition table (outlet, country, speaker…)")
    ca.add_argument("--top", type=int, default=None, metavar="N", help="with --by: the N most frequent lemmas")
    ca.add_argument("--min-freq", type=int, default=10, metavar="N", help="with --by: minimum lemma frequency")
    ca.add_argument("--dims", type=int, default=5, metavar="N", help="axes with coordinates (default 5)")
    ca.add_argument("--sup-rows", default="", metavar="LABELS", help="comma-separated supplementary rows")
    ca.add_argument("--sup-cols", default="", metavar="LABELS", help="comma-separated supplementary columns")
    ca.add_argument("--model", default=None, help="spaCy model for raw inputs: sm (default) or md")
    rei = sub.add_parser("reinert", help="Reinert descending hierarchical classification of segments")
    rei.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, tables or a built corpus")
    rei.add_argument("--k", type=int, default=8, help="number of classes (default 8)")
    rei.add_argument("--double", action="store_true", help="double classification on two context-unit sizes")
    rei.add_argument("--segment-size", type=int, default=40, metavar="N", help="words per segment (default 40)")
    rei.add_argument("--min-freq", type=int, default=3, metavar="N", help="minimum segments per lemma (default 3)")
    rei.add_argument("--classes", action="store_true", help="print the classes and their lemmas, not the segments")
    rei.add_argument("--format", choices=FORMATS, default="jsonl")
    rei.add_argument("--model", default=None, help="spaCy model for raw inputs: sm (default) or md")
    gra = sub.add_parser("graph", help="similarity graph of co-occurring lemmas")
    gra.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, tables or a built corpus")
    gra.add_argument("--top", type=int, default=60, metavar="N", help="lemmas in the graph (default 60)")
    gra.add_argument("--unit", choices=("segment", "sentence"), default="segment")
    gra.add_argument("--measure", choices=("jaccard", "cosine", "count"), default="jaccard")
    gra.add_argument("--all", action="store_true", help="every edge, not only the maximum spanning tree")
    gra.add_argument("--nodes", action="store_true", help="print the nodes (lemma, frequency, community)")
    gra.add_argument("--format", choices=FORMATS, default="jsonl")
    gra.add_argument("--model", default=None, help="spaCy model for raw inputs: sm (default) or md")


def read_table(path: str | Path) -> pd.DataFrame:
    """A contingency table from CSV: first column the row labels, then one column of counts each."""
    path = Path(path)
    try:
        frame = pd.read_csv(path, encoding="utf-8-sig", index_col=0, sep=None, engine="python")
    except FileNotFoundError:
        raise InputError(path, "table not found") from None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(path, f"not a readable CSV table ({exc.__class__.__name__}: {exc})") from None
    bad = [str(c) for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    if bad:
        raise InputError(path, f"column(s) {', '.join(bad)} hold non-numeric values; the first column holds the row "
                               "labels and every other column counts")
    return frame


def _ca(args: argparse.Namespace) -> int:
    from analysis.lexico.ca import correspondence
    from analysis.lexico.inputs import load_inputs
    from analysis.lexico.matrix import contingency

    source = args.paths[0]
    if args.by is None:
        if len(args.paths) != 1 or not Path(source).is_file():
            raise InputError(source, "give one CSV table, or article inputs with --by PARTITION")
        table = read_table(source)
    else:
        frames = load_inputs(args.paths, model=args.model, quotes=args.by in ("speaker", "quotes"))
        table = contingency(frames.tokens, args.by, articles=frames.articles, quotes=frames.quotes,
                            min_freq=args.min_freq, top=args.top)
    sup_rows = [s for s in args.sup_rows.split(",") if s]
    sup_cols = [s for s in args.sup_cols.split(",") if s]
    try:
        result = correspondence(table, n_dimensions=args.dims, supplementary_rows=sup_rows or None,
                                supplementary_columns=sup_cols or None)
    except ValueError as exc:
        raise InputError(source, str(exc)) from None
    json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _reinert(args: argparse.Namespace) -> int:
    from analysis.lexico.inputs import load_inputs
    from analysis.lexico.reinert import reinert

    frames = load_inputs(args.paths, model=args.model)
    result = reinert(frames.tokens, k=args.k, articles=frames.articles, quotes=frames.quotes, double=args.double,
                     segment_size=args.segment_size, min_freq=args.min_freq)
    if args.classes:
        write_frame(result.classes, args.format)
    else:
        write_frame(result.segments[[c for c in SEGMENT_OUTPUT if c in result.segments.columns]], args.format)
    return 0


def _graph(args: argparse.Namespace) -> int:
    from analysis.lexico.graph import similarity_graph
    from analysis.lexico.inputs import load_inputs

    frames = load_inputs(args.paths, model=args.model, quotes=False)
    graph = similarity_graph(frames.tokens, unit=args.unit, top=args.top, measure=args.measure)
    if args.nodes:
        write_frame(graph.nodes, args.format)
    else:
        write_frame(graph.edges if args.all else graph.tree, args.format)
    return 0


def run(args: argparse.Namespace) -> int:
    return {"ca": _ca, "reinert": _reinert, "graph": _graph}[args.analysis](args)
