"""Build a corpus (files, folders, Europresse exports) into Parquet with Dask, or describe one.

  python -m analysis corpus build INPUT... --out DIR [--scheduler tcp://host:8786] [--workers N]
  python -m analysis corpus info DIR
"""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="corpus_command", metavar="ACTION")
    build = sub.add_parser("build", help="analyse every article into Parquet datasets under --out",
                           description="Load, deduplicate and analyse articles (sentences, tokens, quotes, speakers, "
                                       "sentiment) on Dask; write Parquet under --out. Re-running resumes.")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs, Europresse .html exports")
    build.add_argument("--out", required=True, metavar="DIR", help="output directory (created; resumable)")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="an existing Dask scheduler (tcp://host:8786); default: a local cluster")
    build.add_argument("--workers", type=int, default=None, metavar="N",
                       help="local worker processes (default: one per core when there are ≥ 2 partitions; "
                            "0: no Dask, this process)")
    build.add_argument("--write-on-workers", action="store_true",
                       help="with --scheduler: the workers write to --out themselves (it must be storage they share)")
    build.add_argument("--partition-size", type=int, default=None, metavar="N", help="articles per task (default 200)")
    build.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    build.add_argument("--parse", choices=["auto", "all", "none"], default="auto",
                       help="where the parser and NER run (auto: sentences where a quotation was found)")
    dedup = build.add_mutually_exclusive_group()
    dedup.add_argument("--no-dedup", action="store_true", help="keep near-duplicate articles")
    dedup.add_argument("--dedup-threshold", type=float, default=None, metavar="J",
                       help="Jaccard index of 5-word shingles above which articles are duplicates (default 0.5)")
    build.add_argument("--no-progress", action="store_true", help="no progress bar")
    info = sub.add_parser("info", help="print the manifest and table sizes of a built corpus")
    info.add_argument("corpus_dir", metavar="DIR")


def run(args: argparse.Namespace) -> int:
    if args.corpus_command == "info":
        from analysis.corpus.store import load_built_corpus, run_status

        corpus = load_built_corpus(args.corpus_dir)
        info = {"status": run_status(args.corpus_dir), **corpus.manifest}  # « killed » when no process holds it
        print(json.dumps(info, ensure_ascii=False, indent=2, default=str))
        return 0
    if args.corpus_command != "build":
        print("usage: python -m analysis corpus {build,info} …  (see --help)", file=sys.stderr)
        return 2
    from analysis.corpus.build import DEFAULT_PARTITION_SIZE, build_corpus

    dedup: bool | float = False if args.no_dedup else (args.dedup_threshold if args.dedup_threshold else True)
    try:
        report = build_corpus(
            args.inputs, args.out, scheduler=args.scheduler, workers=args.workers,
            partition_size=args.partition_size or DEFAULT_PARTITION_SIZE, model=args.model, parse=args.parse,
            dedup=dedup, progress=not args.no_progress, write_on_workers=args.write_on_workers,
        )
    except KeyboardInterrupt:
        print(f"\ninterrupted: what was written under {args.out} is kept; run the same command again to resume",
              file=sys.stderr)
        return 130
    print(report.summary())
    return 0 if report.processed or report.skipped else 1
