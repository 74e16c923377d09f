"""Lexicometry at corpus scale: Reinert classification, correspondence analysis and similarity graph.

``python -m analysis.bench lexico [--corpus DIR] [--k 8] [--double] [--skip-planted]``

On a corpus already built (``python -m analysis corpus build``: lemmas in Parquet; default
``../data/gj-built`` beside the repository, or $ANALYSIS_LEXICO_CORPUS) it prints the seconds
each step takes and the process's peak resident memory after it: reading the tokens, the
Reinert classification of every segment (cutting, matrix, classification, class profiles),
the correspondence analysis of lemmas × outlets and the similarity graph of the 80 most
widespread lemmas. Targets on this 2-core machine: Reinert on the whole corpus in under
3 minutes and 4 GiB, CA and graph in seconds. Skips with a message when no built corpus is found.

It also prints how well the classification recovers planted topics (adjusted Rand index of
the classes against the topics, at several noise levels: the share of each article's content
words drawn from outside its topic), on corpora :func:`analysis.lexico.planted_corpus` writes.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from analysis import config

FACTOMINER_DIR = config.PROJECT_DIR / "tests" / "data" / "lexico" / "factominer"
"""FactoMineR's CA() values on published tables (written by tools/factominer_reference.R)."""
DEFAULT_CORPUS = Path(os.environ.get("ANALYSIS_LEXICO_CORPUS", config.PROJECT_DIR.parent / "data" / "gj-built"))
NOISE_LEVELS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
"""Noise levels of the planted-topic check (0.0: every content word from the article's topic)."""


def peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _step(label: str, fn):
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    print(f"{label:<58} {seconds:7.1f} s   peak {peak_mib():7,.0f} MiB", flush=True)
    return result, seconds


def factominer_differences(name: str) -> float:
    """Largest absolute difference between our CA and FactoMineR's on one reference table: over
    eigenvalues, inertia shares, coordinates (up to each axis' sign), contributions, cos² and
    inertias of active and supplementary rows and columns."""
    import json

    import numpy as np
    import pandas as pd

    from analysis.lexico import correspondence

    table = pd.read_csv(FACTOMINER_DIR / f"{name}.csv", index_col=0)
    ref = json.loads((FACTOMINER_DIR / f"{name}.json").read_text(encoding="utf-8"))
    res = correspondence(table, n_dimensions=ref["ncp"], supplementary_rows=ref["row_sup"] or None,
                         supplementary_columns=ref["col_sup"] or None)
    worst = float(np.max(np.abs(res.eigenvalues[["eigenvalue", "inertia_pct", "cumulative_pct"]].to_numpy()
                                - np.array(ref["eig"]["values"]))))
    parts = [("row", res.rows, False), ("col", res.columns, False), ("row_sup_values", res.rows, True),
             ("col_sup_values", res.columns, True)]
    for key, frame, sup in parts:
        values = ref.get(key) if sup else ref[key]
        if not values:
            continue
        frame = frame[frame["supplementary"] == sup]
        for what, prefix in (("coord", "dim_"), ("contrib", "ctr_"), ("cos2", "cos2_")):
            if what not in values:
                continue
            theirs = np.array(values[what]["values"], dtype=float)
            ours = frame.loc[values[what]["labels"], [f"{prefix}{k + 1}" for k in range(theirs.shape[1])]].to_numpy()
            diff = np.abs(ours - theirs) if what != "coord" else np.minimum(np.abs(ours - theirs), np.abs(ours + theirs))
            worst = max(worst, float(diff.max()))
        if "inertia" in values:
            worst = max(worst, float(np.max(np.abs(frame["inertia"].to_numpy() - np.array(values["inertia"])))))
    return worst


def planted(n_topics: int = 4, seeds: tuple[int, ...] = (0, 1, 2), double: bool = False) -> list[tuple[float, float, float]]:
    """(noise, mean ARI over ``seeds``, mean share classified) for each noise level."""
    from analysis.lexico import adjusted_rand_index, planted_corpus, reinert

    rows = []
    for noise in NOISE_LEVELS:
        scores, shares = [], []
        for seed in seeds:
            articles, tokens = planted_corpus(n_topics, noise=noise, seed=seed)
            result = reinert(tokens, k=n_topics, articles=articles, double=double)
            seg = result.segments
            truth = seg["doc_id"].map(articles.set_index("doc_id")["topic"])
            ok = seg["class"] > 0
            scores.append(adjusted_rand_index(truth[ok], seg["class"][ok]) if ok.any() else 0.0)
            shares.append(float(ok.mean()))
        rows.append((noise, sum(scores) / len(scores), sum(shares) / len(shares)))
    return rows


def corpus_bench(folder: Path, k: int, double: bool) -> float:
    """Time and memory of the three analyses on a built corpus; returns the Reinert seconds."""
    from analysis.lexico import contingency, correspondence, load_inputs, reinert, similarity_graph

    frames, _ = _step("read tokens, quotes and articles (Parquet)", lambda: load_inputs([folder]))
    print(f"{'':<58} {len(frames.articles):,} articles, {len(frames.tokens):,} tokens")
    result, seconds = _step(f"Reinert, k = {k}{' (double)' if double else ''}: segments → classes → profiles",
                            lambda: reinert(frames.tokens, k=k, articles=frames.articles, quotes=frames.quotes,
                                            double=double))
    print(f"{'':<58} {len(result.segments):,} segments × {len(result.presence.terms):,} lemmas, "
          f"{result.k} classes, {100 * result.classified_share:.1f} % classified, {len(result.splits)} splits")
    for row in result.classes.itertuples(index=False):
        print(f"{'':<6}class {row[0]}: {row.n_segments:6,} segments ({row.pct:4.1f} %)  {row.lemmas}")
    table, _ = _step("lemma × outlet table (lemmas ≥ 10 occurrences)",
                     lambda: contingency(frames.tokens, "outlet", articles=frames.articles))
    ca, _ = _step(f"correspondence analysis of {table.shape[0]:,} × {table.shape[1]} table",
                  lambda: correspondence(table))
    print(f"{'':<58} axes 1–2: {ca.eigenvalues['inertia_pct'].iloc[0]:.1f} % + "
          f"{ca.eigenvalues['inertia_pct'].iloc[1]:.1f} % of inertia")
    graph, _ = _step("similarity graph, 80 lemmas, segments", lambda: similarity_graph(frames.tokens, top=80))
    print(f"{'':<58} {len(graph.edges):,} edges, {graph.nodes['community'].nunique()} communities")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench lexico", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"built corpus (default {DEFAULT_CORPUS})")
    parser.add_argument("--k", type=int, default=8, help="classes (default 8)")
    parser.add_argument("--double", action="store_true", help="double classification")
    parser.add_argument("--skip-planted", action="store_true", help="do not run the planted-topic check")
    args = parser.parse_args(argv or [])
    print("correspondence analysis vs FactoMineR CA() (max absolute difference over every reported number)")
    for name in ("children", "smoke", "author", "jo"):
        print(f"  {name:<9} {factominer_differences(name):.1e}")
    print()
    if not args.skip_planted:
        print("planted topics (4 topics × 30 articles, 3 seeds): adjusted Rand index of classes vs topics")
        for noise, ari, share in planted(double=args.double):
            print(f"  noise {noise:.1f}: ARI {ari:.3f}   classified {100 * share:5.1f} %", flush=True)
        print()
    from analysis.corpus.store import is_built_corpus

    if not is_built_corpus(args.corpus):
        print(f"no built corpus at {args.corpus}: build one with `python -m analysis corpus build INPUT --out DIR` "
              "and pass --corpus DIR (skipped)")
        return 0
    seconds = corpus_bench(args.corpus, args.k, args.double)
    print()
    print(f"target: Reinert on the whole corpus < 180 s and < 4,096 MiB → {seconds:.0f} s, peak {peak_mib():,.0f} MiB")
    return 0
