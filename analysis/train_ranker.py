"""Train the speaker ranker of :mod:`analysis.speakers.ranker` and rewrite its JSON model.

``python -m analysis.train_ranker --gold /work/data/train-real --gold tests/data/quotes``

For every gold folder: the quotations are extracted and resolved by the rules as usual; each
quotation a choosing rule resolved lists its candidates and their features
(:func:`analysis.speakers.ranker.candidates`); a predicted quotation matched to a gold one
(:func:`analysis.evaluate.score`, the scorer's own matching) labels each candidate right when
:func:`analysis.evaluate.speaker_matches` accepts its display for the gold speaker.

An L2-regularised logistic regression over (quotation, candidate) pairs is fitted with
:func:`scipy.optimize.minimize`. The margin by which the best candidate must beat the rules' pick, and
the rule families the ranker may overrule, are chosen by cross-validation with folds by article
(:data:`FOLDS`); the numbers printed and written into the model are out-of-fold, and a nested run
(margin and families chosen inside each outer training fold) says how much that choice flatters them.
The ranker is on by default only when the nested estimate gains at least :data:`ON_MIN_GAIN` quotations.
Evaluation sets (eval-dev, tests/data/heldout) must not be given here: they stay test sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from analysis import config
from analysis.evaluate import PLURAL_SEPARATOR, load_gold, score, speaker_matches
from analysis.speakers.article import resolve_article
from analysis.speakers.frame import quote_rows
from analysis.speakers.ranker import FEATURES, MODEL_FILE, candidates

FOLDS = 5
"""Cross-validation folds, by article (every quotation of an article is in one fold)."""
L2 = 1.0
"""Weight of the L2 penalty (on the summed log-loss): the features are few and bounded, a mild penalty
keeps rare one-hot weights (a family seen a dozen times) from running off."""
MARGINS: tuple[float, ...] = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0)
"""Margins tried: the best candidate's score must beat the pick's by more than this (in log-odds)."""
MIN_FAMILY_GAIN = 2
"""A family is overruled only when the ranker gets at least this many more of its quotations right than
the rules do, out of fold (one lucky quotation is not evidence)."""
ON_MIN_GAIN = 3
"""The ranker is on by default only when the nested cross-validation gains at least this many quotations."""


@dataclass
class Item:
    """One matched quotation with its candidates: features, labels, article, rule family."""

    doc_id: str
    source: str  # the gold folder
    family: str
    values: np.ndarray  # (candidates, features)
    labels: np.ndarray  # (candidates,) booleans
    in_article: bool = False  # some entity of the article, candidate or not, displays as the gold speaker


def collect(folder: Path) -> tuple[list[Item], dict[str, int]]:
    """The ranked quotations of one gold folder matched to its gold quotations."""
    from analysis.quotes import extract_quotes

    articles, gold = load_gold(folder)
    texts = dict(zip(articles["doc_id"].astype(str), articles["text"], strict=True))
    quotes = extract_quotes(articles)
    seen: dict[Any, tuple[str, list[str], list[list[float]]]] = {}
    displays: dict[str, list[str]] = {}

    def observe(ctx, result, doc_id: str) -> None:
        for c in candidates(ctx, result):
            shown = [PLURAL_SEPARATOR.join(ctx.entities[k].display for k in o) for o in c.options]
            seen[c.quote_id] = (c.family, shown, c.values)
        displays[doc_id] = [e.display for e in ctx.entities.values()]

    rows = quote_rows(quotes)
    for doc_id, text in texts.items():
        if rows.get(doc_id):
            resolve_article(text, rows[doc_id], observe=lambda ctx, result, d=doc_id: observe(ctx, result, d))
    matched = score(quotes, gold, texts).matches
    items = []
    for g, p in matched:
        hit = seen.get(p["quote_id"])
        if hit is not None:
            family, shown, values = hit
            items.append(Item(g.doc_id, folder.name, family, np.array(values, dtype=float),
                              np.array([speaker_matches(g.speaker, s) for s in shown], dtype=bool),
                              any(speaker_matches(g.speaker, s) for s in displays.get(g.doc_id, ()))))
    return items, {"articles": len(texts), "gold quotations": len(gold), "matched": len(matched),
                   "ranked": len(items)}


def fit(items: Sequence[Item], l2: float = L2) -> tuple[np.ndarray, float]:
    """Weights and bias of the logistic regression over every (quotation, candidate) pair of ``items``."""
    x = np.vstack([it.values for it in items])
    y = np.concatenate([it.labels for it in items]).astype(float)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        value = float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * w @ w)
        grad = np.append(x.T @ (p - y) + l2 * w, np.sum(p - y))
        return value, grad

    res = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B")
    return res.x[:-1], float(res.x[-1])


def decide(item: Item, w: np.ndarray, b: float, margin: float) -> bool:
    """Is the ranker's choice for ``item`` right (the pick, candidate 0, unless beaten by ``margin``)?"""
    s = item.values @ w + b
    best = int(np.argmax(s))
    chosen = best if best != 0 and s[best] - s[0] > margin else 0
    return bool(item.labels[chosen])


def folds_of(items: Sequence[Item], k: int = FOLDS) -> list[int]:
    """The fold of each item: articles in sorted order dealt round-robin into ``k`` folds."""
    docs = sorted({it.doc_id for it in items})
    fold = {d: n % k for n, d in enumerate(docs)}
    return [fold[it.doc_id] for it in items]


def out_of_fold(items: Sequence[Item], k: int = FOLDS) -> list[tuple[np.ndarray, float]]:
    """For each item, the model fitted without its fold."""
    folds = folds_of(items, k)
    models = {f: fit([it for it, g in zip(items, folds, strict=True) if g != f]) for f in set(folds)}
    return [models[f] for f in folds]


def table(items: Sequence[Item], models: Sequence[tuple[np.ndarray, float]], margin: float) -> dict[str, list[int]]:
    """Family → [quotations, right by the rules, right by the ranker (every family overruled), a right
    candidate among the candidates (the most any choice among them could get), a right entity anywhere in the
    article (the most any choice among all its entities could get)]."""
    out: dict[str, list[int]] = {}
    for it, (w, b) in zip(items, models, strict=True):
        row = out.setdefault(it.family, [0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += int(it.labels[0])
        row[2] += int(decide(it, w, b, margin))
        row[3] += int(it.labels.any())
        row[4] += int(it.labels.any() or it.in_article)
    return out


def overruled(items: Sequence[Item], models: Sequence[tuple[np.ndarray, float]], margin: float) -> tuple[int, int]:
    """(picks the ranker would change, quotations right after minus before) over every family at ``margin``."""
    changed = gain = 0
    for it, (w, b) in zip(items, models, strict=True):
        s = it.values @ w + b
        best = int(np.argmax(s))
        if best != 0 and s[best] - s[0] > margin:
            changed += 1
            gain += int(it.labels[best]) - int(it.labels[0])
    return changed, gain


def choose_setting(items: Sequence[Item], models: Sequence[tuple[np.ndarray, float]]) -> tuple[float, list[str], int]:
    """The margin and the families to overrule that gain most out of fold, and the gain in quotations."""
    best: tuple[int, float, list[str]] = (0, MARGINS[-1], [])
    for margin in MARGINS:
        rows = table(items, models, margin)
        families = sorted(f for f, (_n, rules, ranked, *_best) in rows.items() if ranked - rules >= MIN_FAMILY_GAIN)
        gain = sum(rows[f][2] - rows[f][1] for f in families)
        if gain > best[0]:
            best = (gain, margin, families)
    return best[1], best[2], best[0]


def nested_gain(items: Sequence[Item], k: int = FOLDS) -> tuple[int, int]:
    """(gain in quotations, quotations) when margin and families are chosen inside each outer training fold."""
    folds = folds_of(items, k)
    gain = 0
    for f in sorted(set(folds)):
        train = [it for it, g in zip(items, folds, strict=True) if g != f]
        test = [it for it, g in zip(items, folds, strict=True) if g == f]
        margin, families, _ = choose_setting(train, out_of_fold(train, k - 1))
        w, b = fit(train)
        gain += sum(int(decide(it, w, b, margin)) - int(it.labels[0]) for it in test if it.family in families)
    return gain, len(items)


def train(folders: Sequence[Path], out: Path | None = None, stream=None) -> dict[str, Any]:
    """Collect, cross-validate, fit on everything, write the model (``out``: the shipped file by default)."""
    stream = stream or sys.stdout
    items: list[Item] = []
    counts: dict[str, dict[str, int]] = {}
    for folder in folders:
        found, n = collect(folder)
        items += found
        counts[str(folder)] = n
    models = out_of_fold(items)
    margin, families, gain = choose_setting(items, models)
    rows = table(items, models, margin)
    by_set = {name: table([it for it in items if it.source == name],
                          [m for it, m in zip(items, models, strict=True) if it.source == name], margin)
              for name in dict.fromkeys(it.source for it in items)}
    honest, total = nested_gain(items)
    w, b = fit(items)
    model = {
        "about": "Speaker ranker of analysis.speakers.ranker; written by python -m analysis.train_ranker.",
        "features": list(FEATURES), "weights": [round(float(v), 6) for v in w], "bias": round(b, 6),
        "margin": margin, "rules": families, "on_by_default": bool(families) and honest >= ON_MIN_GAIN,
        "training": {"sets": counts, "pairs": int(sum(len(it.labels) for it in items)), "l2": L2, "folds": FOLDS},
        "cv": {"margins": {str(m): dict(zip(("changed", "gain"), overruled(items, models, m), strict=True))
                           for m in MARGINS},
               "by_family": {f: {"quotes": n, "rules_right": r, "ranker_right": k, "a_candidate_right": a,
                                 "an_entity_of_the_article_right": e} for f, (n, r, k, a, e) in sorted(rows.items())},
               "gain_selected_families": gain, "nested_gain": honest, "ranked_quotations": total},
    }
    path = out or config.data_file(MODEL_FILE)
    Path(path).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, set_rows in by_set.items():
        stream.write(f"\n{name}:\n")
        _print_table(set_rows, model["rules"], stream)
    stream.write("\nall training sets:\n")
    _print_table(rows, model["rules"], stream)
    _print(model, stream)
    return model


def _print_table(rows: dict[str, list[int]], overruled_families: list[str], stream) -> None:
    """One row per rule family: quotations, right by the rules, by the ranker, by the best candidate (out of fold)."""
    w = stream.write
    w("| rule family | quotations | rules right (CV) | ranker right (CV) | a candidate right "
      "| an entity of the article right | overruled |\n|---|---|---|---|---|---|---|\n")
    for f, (n, r, k, a, e) in sorted(rows.items(), key=lambda kv: -kv[1][0]):
        w(f"| {f} | {n} | {r} ({r / n:.3f}) | {k} ({k / n:.3f}) | {a} ({a / n:.3f}) | {e} ({e / n:.3f}) "
          f"| {'yes' if f in overruled_families else 'no'} |\n")
    n, r, k, a, e = (sum(row[i] for row in rows.values()) for i in range(5))
    w(f"| all | {n} | {r} ({r / n:.3f}) | {k} ({k / n:.3f}) | {a} ({a / n:.3f}) | {e} ({e / n:.3f}) | |\n")


def _print(model: dict[str, Any], stream) -> None:
    w = stream.write
    if model["rules"]:
        w(f"margin {model['margin']}  families overruled: {', '.join(model['rules'])}\n")
    else:
        w(f"no family gains {MIN_FAMILY_GAIN} quotations at any margin: none is overruled (margin kept at the most "
          f"cautious, {model['margin']})\n")
    cv = model["cv"]
    w("out of fold, every family overruled: " + "; ".join(f"margin {m}: {v['changed']} picks changed, gain {v['gain']}"
                                                          for m, v in cv["margins"].items()) + "\n")
    w(f"gain on the overruled families (out of fold): {cv['gain_selected_families']} quotations; nested: "
      f"{cv['nested_gain']} of {cv['ranked_quotations']} ranked quotations; on by default: {model['on_by_default']}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.train_ranker", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", required=True, help="a gold folder to train on (repeatable)")
    parser.add_argument("--out", default=None, help=f"where to write the model (default: analysis/data/{MODEL_FILE})")
    args = parser.parse_args(argv)
    folders = [Path(g) for g in args.gold]
    for folder in folders:
        if "eval-dev" in folder.parts or "heldout" in folder.parts:
            print(f"error: {folder} is a test set; train on train-real and tests/data/quotes", file=sys.stderr)
            return 1
    train(folders, Path(args.out) if args.out else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
