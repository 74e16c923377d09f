"""Sentiment benchmark: raw textblob-fr vs the improved scorer, per profile, with an ablation of every step.

``python -m analysis.bench sentiment`` prints accuracy and 3-class macro-F1, raw textblob-fr
and improved side by side, with sentences per second:

- tweets profile: the French tweets benchmark (val, and test: the reported number; tuning
  uses train and val only);
- news profile: the news-quote labels of ../shared/eval-dev/sentiment.json (reporting only:
  never tuned on) and the held-out third of the project's own quotations
  (analysis/data/sentiment_news, ``dev`` rows: not used by the tuning), and round 4's blind
  set (``heldout_round4.tsv``: written before that round's changes, never tuned on or read
  while changing the scorer);
- each data set also scored with the other profile, to show what the profile does;

then the ablation: per profile, every step of the profile switched off in turn, and every
other step switched on. ``--tune`` chooses each profile's band, event weight and evidence
threshold on its training data (:mod:`analysis.sentiment.tuning`) and prints the TOML for
``analysis/data/sentiment_params.toml`` (``--write`` writes it). The third-party data
(../shared) is only read; without it the tweets and eval-dev parts are skipped.
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from collections.abc import Sequence
from pathlib import Path

from analysis import config
from analysis.sentiment.tuning import CLASSES, NEWS_HELDOUT, grid, load_news_quotes, macro_f1, reweight, tune_all

TWEETS = "benchmarks/sentiment-fr-tweets"
QUOTES = "eval-dev/sentiment.json"
TWEET_LABELS = {"0": "neg", "1": "neu", "2": "pos"}
TARGETS = {"tweets test": 0.60, "news quotes (eval-dev)": 0.65}
LEXICON_STEPS = frozenset({"spacy_lemmas", "morphology", "negation", "intensifiers", "contrast", "news_lexicon"})
PROFILE_LEXICONS = {"news": LEXICON_STEPS | {"irrealis", "denial"}, "tweets": LEXICON_STEPS | {"train_lexicon"}}
"""The lexicon-side steps each profile is tuned with (the decision steps are chosen by the tuning)."""

__all__ = ["CLASSES", "accuracy", "load_quotes", "load_tweets", "macro_f1", "main"]


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
    """(quotes, labels) of the news-quote polarity labels (eval-dev: for reporting only)."""
    items = json.loads(((shared or config.SHARED_DIR) / QUOTES).read_text(encoding="utf-8"))
    return [x["quote"] for x in items], [x["label"] for x in items]


def sign_labels(polarities: Sequence[float]) -> list[str]:
    return ["pos" if p > 0 else "neg" if p < 0 else "neu" for p in polarities]


def _count_sentences(texts: Sequence[str]) -> int:
    from analysis.nlp.segment import segment

    return sum(max(1, len(segment(t))) for t in texts)


def _row(name: str, gold: Sequence[str], pred: Sequence[str]) -> str:
    return f"acc {accuracy(gold, pred):.3f}  macro-F1 {macro_f1(gold, pred):.3f}"


def f1_interval(gold: Sequence[str], pred: Sequence[str], *, n_boot: int = 1000, seed: int = 0) -> tuple[float, float]:
    """Seeded 95 % bootstrap interval of the macro-F1 (resampling texts): how much a small set can tell."""
    import numpy as np

    rng = np.random.default_rng(seed)
    gold_arr, pred_arr = np.array(gold), np.array(pred)
    values = []
    for _ in range(n_boot):
        pick = rng.integers(0, len(gold_arr), len(gold_arr))
        values.append(macro_f1(gold_arr[pick].tolist(), pred_arr[pick].tolist()))
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def _tune_profile(name: str, train: tuple[list[str], list[str]], check: tuple[list[str], list[str]],
                  check_name: str) -> dict:
    from analysis.sentiment.profiles import Profile
    from analysis.sentiment.scorer import decide, score_hits
    from analysis.sentiment.vader import available

    steps = PROFILE_LEXICONS[name] | {"cues", "event_discount", "evidence", "neutral_band"}
    if available():
        steps |= {"vader_lexicon"}
    else:
        print(f"[{name}] vaderSentiment-fr is not installed: the vader_lexicon step is not tuned (stays off)")
    hits_train = [r["hits"] for r in score_hits(train[0], steps=steps, profile=name)]
    best = tune_all(hits_train, train[1], **({} if available() else {"vaders": (None,)}))
    profile = best.apply(Profile(name, PROFILE_LEXICONS[name] | {"neutral_band"}, 0.0, 0.0))
    hits_check = [r["hits"] for r in score_hits(check[0], steps=profile.steps, profile=name)]
    pred = [decide(copy.deepcopy(h), steps=profile.steps, profile=profile)[2] for h in hits_check]
    plain = grid(reweight(hits_train, cue_weight=None, vader_weight=None), train[1], weights=(1.0,), evidences=(None,))
    print(f"[{name}] tuned on {len(train[0])} texts: band neg ≤ −{best.neg_threshold:.2f}, pos ≥ "
          f"{best.pos_threshold:.2f}; event_weight {best.event_weight:.1f}; evidence "
          f"{'off' if best.min_evidence is None else f'≥ {best.min_evidence:.1f}'}; cues "
          f"{'off' if best.cue_weight is None else f'weight {best.cue_weight:.2f}'}; vader "
          f"{'off' if best.vader_weight is None else f'weight {best.vader_weight:.2f}'}; macro-F1 {best.f1:.3f} "
          f"(band alone: {plain[0].f1:.3f}); {check_name} {macro_f1(check[1], pred):.3f}")
    return {"steps": [s for s in _step_order() if s in profile.steps], "neg_threshold": profile.neg_threshold,
            "pos_threshold": profile.pos_threshold, "event_weight": profile.event_weight,
            "min_evidence": profile.min_evidence, "cue_weight": profile.cue_weight,
            "vader_weight": profile.vader_weight}


def _step_order() -> tuple[str, ...]:
    from analysis.sentiment.scorer import STEPS

    return STEPS


PARAMS_HEADER = """\
# Tuned parameters of analysis.sentiment: one table per domain profile (analysis/sentiment/profiles.py).
#
# Written by `python -m analysis.bench sentiment --tune --write` (analysis/sentiment/tuning.py):
# an exhaustive grid over the neutral band (0.00-0.40, step 0.01), the event weight (0.0-1.0, step 0.1),
# the evidence threshold (off, 0.0-0.6), the cue weight (off, 0.05-0.4) and the vader weight (off, 0.25-1.0),
# ranked by macro-F1 smoothed over neighbouring thresholds; a decision step (evidence, event_discount, cues,
# vader_lexicon) is kept only if it adds >= 0.002 smoothed macro-F1 on the tuning data.
#   news:   tuned on the project's own quotations, analysis/data/sentiment_news/quotes.tsv, train rows
#           (two in three); the dev rows are the held-out check. Never on ../shared/eval-dev.
#   tweets: tuned on the TRAIN split of ../shared/benchmarks/sentiment-fr-tweets, checked on val.
#           Never on the test split.
# A text is neg when polarity <= -neg_threshold, pos when polarity >= pos_threshold, neu otherwise (and
# always neu when no lexicon word fired); with the evidence step, neg/pos also need eval hits of that sign
# adding up to >= min_evidence; with event_discount, event hits count event_weight times; cue hits (±1) count
# cue_weight times and vaderSentiment-fr hits vader_weight times.
"""


def _toml(params: dict[str, dict]) -> str:
    out = [PARAMS_HEADER]
    for name, values in params.items():
        out.append(f"[profiles.{name}]")
        out.append("steps = [" + ", ".join(f'"{s}"' for s in values["steps"]) + "]")
        for key in ("neg_threshold", "pos_threshold", "event_weight", "min_evidence", "cue_weight", "vader_weight"):
            out.append(f"{key} = {values[key]:.2f}")
        out.append("")
    return "\n".join(out)


def tune(*, write: bool = False, shared: bool = True) -> dict[str, dict]:
    """Tune both profiles on their training data; print (and with ``write``, store) the values."""
    from analysis.sentiment.profiles import PARAMS_FILE, get_profile, load_params

    params = {"news": _tune_profile("news", load_news_quotes("train"), load_news_quotes("dev"), "own dev")}
    if shared:
        params["tweets"] = _tune_profile("tweets", load_tweets("train"), load_tweets("val"), "val")
    else:
        tweets = get_profile("tweets")
        params["tweets"] = {"steps": [s for s in _step_order() if s in tweets.steps],
                            "neg_threshold": tweets.neg_threshold, "pos_threshold": tweets.pos_threshold,
                            "event_weight": tweets.event_weight, "min_evidence": tweets.min_evidence,
                            "cue_weight": tweets.cue_weight, "vader_weight": tweets.vader_weight}
        print("[tweets] not re-tuned: ../shared/benchmarks is absent")
    text = _toml(params)
    if write:
        config.data_file(PARAMS_FILE).write_text(text, encoding="utf-8")
        load_params.cache_clear()
        print(f"written to {config.data_file(PARAMS_FILE)}")
    else:
        print("\n" + text)
    return params


def _evaluate(sets: dict) -> None:
    from analysis.sentiment.engine import raw_scores
    from analysis.sentiment.scorer import score

    for name, (texts, gold, profile) in sets.items():
        n_sent = _count_sentences(texts)
        t0 = time.perf_counter()
        raw = sign_labels([p for p, _ in raw_scores(texts)])
        t_raw = time.perf_counter() - t0
        t0 = time.perf_counter()
        frame = score(texts, profile=profile)
        t_imp = time.perf_counter() - t0
        other = "tweets" if profile == "news" else "news"
        crossed = score(texts, profile=other)["label"].tolist()
        no_hit = float((frame["hits"].map(len) == 0).mean())
        target = f"   (target macro-F1 ≥ {TARGETS[name]:.2f})" if name in TARGETS else ""
        print(f"\n{name}: {len(texts)} texts, {n_sent} sentences, profile {profile}{target}")
        print(f"  {'raw textblob-fr':<26}{_row('raw', gold, raw)}  {n_sent / t_raw:8.0f} sentences/s")
        low, high = f1_interval(gold, frame["label"].tolist())
        print(f"  {'improved (' + profile + ')':<26}{_row('imp', gold, frame['label'].tolist())}  "
              f"{n_sent / t_imp:8.0f} sentences/s   ({no_hit:.0%} of texts with no lexicon word; "
              f"macro-F1 95 % bootstrap interval {low:.2f}–{high:.2f})")
        print(f"  {'other profile (' + other + ')':<26}{_row('x', gold, crossed)}")


def _ablation(sets: dict) -> None:
    from analysis.sentiment.profiles import get_profile
    from analysis.sentiment.scorer import STEPS, decide, score_hits, tag
    from analysis.sentiment.vader import available

    if not available():
        print("\n(vaderSentiment-fr is not installed: no « with vader_lexicon » row)")
    for profile_name in ("tweets", "news"):
        profile = get_profile(profile_name)
        chosen = {k: v for k, v in sets.items() if v[2] == profile_name}
        if not chosen:
            continue
        configs = [("profile (all its steps)", set(profile.steps))]
        configs += [(f"  without {s}", set(profile.steps) - {s}) for s in STEPS if s in profile.steps]
        configs += [(f"  with {s}", set(profile.steps) | {s}) for s in STEPS if s not in profile.steps
                    and (s != "vader_lexicon" or available())]
        configs.append(("no step (textblob lexicon, regex tokens)", set()))
        print(f"\nablation, {profile_name} profile (macro-F1)")
        print(f"{'':<44}" + "".join(f"{name:>26}" for name in chosen))
        tokens = {name: (tag(t, steps=frozenset({"spacy_lemmas"})), tag(t, steps=frozenset()))
                  for name, (t, _, _) in chosen.items()}
        for label, steps in configs:
            steps = frozenset(steps)
            cells = []
            for name, (texts, gold, _) in chosen.items():
                toks = tokens[name][0 if "spacy_lemmas" in steps else 1]
                hits = score_hits(texts, steps=steps, tokens=toks, profile=profile)
                pred = [decide(r["hits"], steps=steps, profile=profile)[2] for r in hits]
                cells.append(f"{macro_f1(gold, pred):>26.3f}")
            print(f"{label:<44}" + "".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench sentiment", description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="tune every profile on its training data and print it")
    parser.add_argument("--write", action="store_true", help="with --tune: write analysis/data/sentiment_params.toml")
    parser.add_argument("--no-ablation", action="store_true", help="skip the per-step ablation")
    args = parser.parse_args(argv or [])
    shared = config.SHARED_DIR
    have_shared = (shared / TWEETS).is_dir() and (shared / QUOTES).is_file()
    if args.tune:
        tune(write=args.write, shared=(shared / TWEETS).is_dir())
        return 0
    from analysis.nlp.pipeline import load_model
    from analysis.sentiment.engine import raw_scores
    from analysis.sentiment.profiles import get_profile
    from analysis.sentiment.scorer import score

    load_model()  # load the model and the lexicons once, outside the timings
    raw_scores(["Un bon début."])
    for name in ("news", "tweets"):
        score(["Un bon début."], profile=name)
    print("raw = textblob-fr PatternAnalyzer, sign of polarity; improved = analysis.sentiment.score(profile=…)")
    for name in ("news", "tweets"):
        p = get_profile(name)
        event = f"event_weight {p.event_weight:.1f}" if "event_discount" in p.steps else "no event discount"
        evid = f"min_evidence {p.min_evidence:.1f}" if "evidence" in p.steps else "no evidence rule"
        cue = f"cue_weight {p.cue_weight:.2f}" if "cues" in p.steps else "no cues"
        vader = f"vader_weight {p.vader_weight:.2f}" if "vader_lexicon" in p.steps else "no vader lexicon"
        print(f"profile {name}: band neg ≤ −{p.neg_threshold:.2f}, pos ≥ {p.pos_threshold:.2f}; {event}; {evid}; "
              f"{cue}; {vader}; "
              f"steps {', '.join(s for s in _step_order() if s in p.steps)}")
    sets: dict[str, tuple[list[str], list[str], str]] = {}
    if have_shared:
        sets["tweets val"] = (*load_tweets("val"), "tweets")
        sets["tweets test"] = (*load_tweets("test"), "tweets")
        sets["news quotes (eval-dev)"] = (*load_quotes(), "news")
    else:
        print(f"[sentiment] tweets and eval-dev skipped: {shared / TWEETS} or {shared / QUOTES} not found "
              "(third-party data, not shipped)")
    sets["own quotes (dev third)"] = (*load_news_quotes("dev"), "news")
    sets["own held-out round 4"] = (*load_news_quotes(file=NEWS_HELDOUT), "news")
    _evaluate(sets)
    if not args.no_ablation:
        print("\n(speeds are measured on a shared 2-core machine: expect noise)")
        _ablation(sets)
    return 0
