"""Sentiment benchmark: raw textblob-fr vs the improved scorer, with an ablation of every step.

``python -m analysis.bench sentiment`` prints accuracy and 3-class macro-F1 on the French
tweets benchmark (test split; tuning uses train/val only) and on the news-quote labels of
../shared/eval-dev/sentiment.json, plus sentences per second, then the ablation (each step
switched off in turn). ``--tune`` grid-searches the neutral band on train (reporting val) and
prints the values for ``analysis/data/sentiment_params.toml``. Skips when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

from analysis import config

TWEETS = "benchmarks/sentiment-fr-tweets"
QUOTES = "eval-dev/sentiment.json"
CLASSES = ("neg", "neu", "pos")
TWEET_LABELS = {"0": "neg", "1": "neu", "2": "pos"}
TARGETS = {"tweets test": 0.60, "news quotes": 0.65}


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Unweighted mean of the per-class F1 over neg, neu, pos."""
    scores = []
    for c in CLASSES:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def load_tweets(split: str, shared: Path | None = None) -> tuple[list[str], list[str]]:
    """(texts, labels neg|neu|pos) of one split of the tweets benchmark."""
    folder = (shared or config.SHARED_DIR) / TWEETS
    texts, labels = _lines(folder / f"{split}_text.txt"), _lines(folder / f"{split}_labels.txt")
    if len(texts) != len(labels):
        raise ValueError(f"{folder}: {split} has {len(texts)} texts but {len(labels)} labels")
    return texts, [TWEET_LABELS[x.strip()] for x in labels]


def load_quotes(shared: Path | None = None) -> tuple[list[str], list[str]]:
    """(quotes, labels) of the news-quote polarity labels."""
    items = json.loads(((shared or config.SHARED_DIR) / QUOTES).read_text(encoding="utf-8"))
    return [x["quote"] for x in items], [x["label"] for x in items]


def sign_labels(polarities: Sequence[float]) -> list[str]:
    return ["pos" if p > 0 else "neg" if p < 0 else "neu" for p in polarities]


def tune(train: tuple[list[str], list[str]], val: tuple[list[str], list[str]]) -> tuple[float, float]:
    """Best (neg, pos) thresholds on train by macro-F1 (grid 0.00–0.50, step 0.01); prints val."""
    from analysis.sentiment.scorer import label_for, score

    train_p = score(train[0], steps="all")["polarity"].tolist()
    val_p = score(val[0], steps="all")["polarity"].tolist()
    grid = [k / 100 for k in range(0, 51)]

    def f1_at(pols: list[float], gold: list[str], neg: float, pos: float) -> float:
        return macro_f1(gold, [label_for(p, neg_threshold=neg, pos_threshold=pos) for p in pols])

    best = max((f1_at(train_p, train[1], n, p), -abs(n - p), n, p) for n in grid for p in grid)
    _, _, neg, pos = best
    symmetric = max((f1_at(train_p, train[1], t, t), t) for t in grid)
    print(f"tuned on train: neg_threshold = {neg:.2f}, pos_threshold = {pos:.2f} "
          f"(train macro-F1 {best[0]:.3f}; val {f1_at(val_p, val[1], neg, pos):.3f})")
    print(f"symmetric band on train: ±{symmetric[1]:.2f} (train {symmetric[0]:.3f}; "
          f"val {f1_at(val_p, val[1], symmetric[1], symmetric[1]):.3f})")
    print("\n[neutral_band]")
    print(f"neg_threshold = {neg:.2f}")
    print(f"pos_threshold = {pos:.2f}")
    return neg, pos


def _count_sentences(texts: Sequence[str]) -> int:
    from analysis.nlp.segment import segment

    return sum(max(1, len(segment(t))) for t in texts)


def _row(name: str, gold: Sequence[str], pred: Sequence[str]) -> str:
    return f"{name:<34} acc {accuracy(gold, pred):.3f}  macro-F1 {macro_f1(gold, pred):.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench sentiment", description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="tune the neutral band on train/val and print it")
    parser.add_argument("--no-ablation", action="store_true", help="skip the per-step ablation")
    args = parser.parse_args(argv or [])
    shared = config.SHARED_DIR
    if not (shared / TWEETS).is_dir() or not (shared / QUOTES).is_file():
        print(f"[sentiment] skipped: {shared / TWEETS} or {shared / QUOTES} not found (third-party data, not shipped)")
        return 0
    from analysis.nlp.pipeline import load_model
    from analysis.sentiment.engine import raw_scores
    from analysis.sentiment.scorer import STEPS, score

    if args.tune:
        tune(load_tweets("train"), load_tweets("val"))
        return 0
    load_model()  # load the model and both lexicons once, outside the timings
    raw_scores(["Un bon début."])
    score(["Un bon début."])
    from analysis.sentiment.scorer import neutral_band

    neg, pos = neutral_band()
    sets = {"tweets val": load_tweets("val"), "tweets test": load_tweets("test"), "news quotes": load_quotes()}
    print("raw = textblob-fr PatternAnalyzer, sign of polarity; improved = analysis.sentiment.score, all steps")
    print(f"neutral band (tuned on tweets train/val, analysis/data/sentiment_params.toml): "
          f"neg ≤ −{neg:.2f}, pos ≥ {pos:.2f}")
    for name, (texts, gold) in sets.items():
        n_sent = _count_sentences(texts)
        t0 = time.perf_counter()
        raw = sign_labels([p for p, _ in raw_scores(texts)])
        t_raw = time.perf_counter() - t0
        t0 = time.perf_counter()
        frame = score(texts)
        t_imp = time.perf_counter() - t0
        improved = frame["label"].tolist()
        no_hit = float((frame["hits"].map(len) == 0).mean())
        target = f"   (target macro-F1 ≥ {TARGETS[name]:.2f})" if name in TARGETS else ""
        print(f"\n{name}: {len(texts)} texts, {n_sent} sentences{target}")
        print(_row("  raw textblob-fr", gold, raw) + f"  {n_sent / t_raw:8.0f} sentences/s")
        print(_row("  improved", gold, improved) + f"  {n_sent / t_imp:8.0f} sentences/s"
              f"   ({no_hit:.0%} of texts with no lexicon word)")
    if args.no_ablation:
        return 0
    print("\nablation: macro-F1 with every step on, with each step switched off, and with none "
          "(speeds are measured on a shared 2-core machine: expect noise)")
    configs = [("all steps", set(STEPS))] + [(f"  without {s}", set(STEPS) - {s}) for s in STEPS]
    configs.append(("no step (textblob lexicon, regex tokens)", set()))
    header = f"{'':<42}" + "".join(f"{name:>14}" for name in sets)
    print(header)
    for label, steps in configs:
        cells = []
        for texts, gold in sets.values():
            cells.append(f"{macro_f1(gold, score(texts, steps=steps)['label'].tolist()):>14.3f}")
        print(f"{label:<42}" + "".join(cells))
    return 0
