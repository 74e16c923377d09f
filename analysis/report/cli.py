"""Run every analysis notebook on articles (default: the sample article) into an HTML report.

PATH may be article files (.txt, .html Europresse), folders (searched recursively), glob
patterns, tables (.csv, .tsv, .jsonl, .parquet: one article per row), or one corpus folder
built by `python -m analysis corpus` (then only the corpus notebooks run).
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files, folders, globs or tables (default: sample)")
    parser.add_argument("--out", default=None, help="output folder (default: reports/<input name>/)")
    parser.add_argument("--model", default="sm", help="spaCy model: sm (fast, default) or md")
    parser.add_argument("--lang", default="fr", choices=["fr"], help="language of the articles")
    parser.add_argument("--notebooks", default=None, metavar="DIR",
                        help="folder of notebooks to run (default: the project's notebooks/); add your own NN_name.ipynb")
    parser.add_argument("--no-summary", action="store_true",
                        help="skip the summary numbers on the index page (saves one pass over a large corpus)")
    parser.add_argument("--figure-width", default="page", choices=["page", "column"],
                        help="draw every chart for a full page (17.5 cm, default) or one journal column (8.5 cm)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--check", action="store_true",
                        help="open the report in headless Chromium afterwards: broken images, console errors; "
                             "saves screenshot-index.png and one screenshot per figure in screenshots/")


def _check(index_dir) -> int:
    from analysis.report.browser import check_report

    results = check_report(index_dir)
    bad = 0
    for name, page in results.items():
        problems = [f"broken image {i['src']}" for i in page.broken_images]
        problems += [f"empty image {i['src']}" for i in page.empty_images] + page.errors
        bad += bool(problems)
        print(f"  {'ok ' if not problems else 'BAD'} {name}: {len(page.images)} images"
              + "".join(f"\n      {p}" for p in problems))
    print(f"Screenshot: {index_dir / 'screenshot-index.png'}")
    from analysis.report.browser import figure_screenshots

    shots = figure_screenshots(index_dir, index_dir / "screenshots")
    print(f"Figures as the report shows them: {len(shots)} screenshots in {index_dir / 'screenshots'}")
    return 1 if bad else 0


def run(args: argparse.Namespace) -> int:
    from analysis.report import run_report

    index = run_report(args.paths or None, out_dir=args.out, model=args.model, lang=args.lang,
                       progress=not args.no_progress, summary=not args.no_summary, notebooks_dir=args.notebooks,
                       figure_width=args.figure_width,
                       argv=["python", "-m", "analysis", *sys.argv[1:]])
    print(f"Report written: {index}")
    print(f"Open it in a browser: {index.as_uri()}")
    return _check(index.parent) if args.check else 0
