"""Speed of speaker resolution, as the corpus pipeline runs it.

``python -m analysis.bench speakers [--chars N] [--profile]``: the sample article and the
project's test articles (tests/data/quotes), repeated as separate articles up to N characters
(default 300 000), go through the quotation extractor once; then
:func:`analysis.speakers.resolve` (given the sentences frame, as the pipeline does) and
:func:`analysis.speakers.speakers_table` are timed, best of three runs with the article cache
emptied each time. ``--profile`` prints where the time goes (cProfile, top functions).
Timings are wall-clock on this machine; other work running at the same time makes them noisy.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from analysis.bench.quotes import corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench speakers", description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=300_000, help="characters of text to process")
    parser.add_argument("--runs", type=int, default=3, help="timed runs (the best is printed)")
    parser.add_argument("--profile", action="store_true", help="print the functions that take the most time")
    args = parser.parse_args(argv or [])

    from analysis.nlp import sentences
    from analysis.quotes import extract_quotes
    from analysis.speakers import resolve, speakers_table
    from analysis.speakers.frame import clear_cache

    articles = corpus(args.chars)
    sents = sentences(articles)
    quotes = extract_quotes(articles, sentences=sents, tag=False)
    words = int(articles["text"].str.split().str.len().sum())
    resolve(quotes.head(5), articles)  # word lists loaded outside the timings
    best_resolve = best_both = float("inf")
    for _ in range(max(1, args.runs)):
        clear_cache()
        t0 = time.perf_counter()
        resolved = resolve(quotes, articles, sentences=sents)
        t1 = time.perf_counter()
        speakers_table(resolved, articles)
        t2 = time.perf_counter()
        best_resolve, best_both = min(best_resolve, t1 - t0), min(best_both, t2 - t0)
    print(f"text: {len(articles)} articles, {words:,} words, {len(quotes):,} quotations")
    print(f"resolve (with the sentences frame):   {best_resolve:7.3f} s  {words / best_resolve:9,.0f} words/s")
    print(f"resolve + speakers_table:             {best_both:7.3f} s  {words / best_both:9,.0f} words/s")
    if args.profile:
        clear_cache()
        profiler = cProfile.Profile()
        profiler.enable()
        speakers_table(resolve(quotes, articles, sentences=sents), articles)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0
