"""Choosing a profile's decision values on training data: band, event, cue and vader weights, evidence.

The tagging and lexicon lookup run once (:func:`analysis.sentiment.scorer.score_hits`); every
candidate setting is then a cheap re-decision over the same hits, so the grid search is
exhaustive (:func:`tune_all` adds the cue and vader weights around it). Candidates are ranked by 3-class macro-F1 *smoothed* over the neighbouring
thresholds (mean over a 3×3 window of the band grid), which prefers the middle of a plateau
to an isolated peak: the training sets are small (hundreds of texts) and a lone peak does not
generalise. :func:`choose` then keeps a step only if it earns its place (``evidence`` and
``event_discount`` must each add at least :data:`MARGIN` smoothed macro-F1, otherwise they
stay off) and, among equal settings, takes the least restrictive evidence threshold and the
median event weight of the plateau. Used by ``python -m analysis.bench sentiment --tune``; data:

- news: the project's own quotations (``analysis/data/sentiment_news/quotes.tsv``, see its
  README): rows whose position is not a multiple of 3 minus one (2/3) tune, the others (1/3)
  are the held-out ``dev`` check;
- tweets: the benchmark's train split tunes, its val split checks (the test split never).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from analysis import config
from analysis.errors import InputError
from analysis.sentiment.profiles import Profile

NEWS_QUOTES = "sentiment_news/quotes.tsv"
NEWS_HELDOUT = "sentiment_news/heldout_round4.tsv"
"""Round 4's blind set: written before the round's scorer changes, never tuned on (see its README)."""
CLASSES = ("neg", "neu", "pos")
BAND_GRID = tuple(round(k / 100, 2) for k in range(0, 41))
WEIGHT_GRID = tuple(round(k / 10, 1) for k in range(0, 11))
EVIDENCE_GRID: tuple[float | None, ...] = (None, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
"""None: the evidence step off; a number: on, with that min_evidence."""
CUE_GRID: tuple[float | None, ...] = (None, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
"""None: the cues step off; a number: on, with that cue_weight."""
VADER_GRID: tuple[float | None, ...] = (None, 0.25, 0.5, 0.75, 1.0)
"""None: the vader_lexicon step off; a number: on, with that vader_weight."""
MARGIN = 0.002
"""Smoothed macro-F1 a step must add on the tuning data to be switched on (about half of one text in 250)."""


def load_news_quotes(split: str | None = None, *, file: str = NEWS_QUOTES) -> tuple[list[str], list[str]]:
    """(quotes, labels) of the project's own labelled news quotations.

    ``split``: ``"train"`` (rows 1, 2, 4, 5, 7 …: two in three), ``"dev"`` (rows 3, 6, 9 …) or
    None (all). The file is ours (written for the project; see ``sentiment_news/README.md``);
    ``file=NEWS_HELDOUT`` reads round 4's blind set (use it whole: ``split=None``).
    """
    path = config.data_file(file)
    texts, labels = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for k, row in enumerate(csv.DictReader(handle, delimiter="\t")):
            if row.get("label") not in CLASSES or not row.get("quote"):
                raise InputError(path, f"row {k + 2}: expected a label in {CLASSES} and a quote")
            if split is None or (split == "dev") == (k % 3 == 2):
                texts.append(row["quote"])
                labels.append(row["label"])
    return texts, labels


@dataclass(frozen=True)
class Choice:
    """A tuned setting and its (smoothed and plain) macro-F1 on the tuning data."""

    neg_threshold: float
    pos_threshold: float
    event_weight: float
    min_evidence: float | None
    f1: float
    smoothed: float
    cue_weight: float | None = None
    vader_weight: float | None = None

    def apply(self, profile: Profile) -> Profile:
        """``profile`` with these values; the evidence, event_discount, cues and vader_lexicon steps
        follow the choice."""
        steps = set(profile.steps)
        for step, value in (("evidence", self.min_evidence), ("cues", self.cue_weight),
                            ("vader_lexicon", self.vader_weight)):
            steps.discard(step)
            if value is not None:
                steps.add(step)
        if self.event_weight >= 1.0:
            steps.discard("event_discount")
        else:
            steps.add("event_discount")
        return replace(profile, steps=frozenset(steps), neg_threshold=self.neg_threshold,
                       pos_threshold=self.pos_threshold, event_weight=self.event_weight,
                       min_evidence=self.min_evidence or 0.0, cue_weight=self.cue_weight or 1.0,
                       vader_weight=self.vader_weight or 1.0)


def _f1(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    denominator = 2 * tp + fp + fn
    return np.where(tp > 0, 2 * tp / np.maximum(denominator, 1), 0.0)


def _arrays(hit_lists: Sequence[list[dict]]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    polarity = [np.array([h["polarity"] for h in hits], dtype=float) for hits in hit_lists]
    event = [np.array([h.get("kind") == "event" for h in hits], dtype=bool) for hits in hit_lists]
    return polarity, event


def grid(hit_lists: Sequence[list[dict]], gold: Sequence[str], *, weights: Sequence[float] = WEIGHT_GRID,
         evidences: Sequence[float | None] = EVIDENCE_GRID, band: Sequence[float] = BAND_GRID) -> list[Choice]:
    """Every (event_weight, min_evidence) candidate with its best band, best first."""
    polarity, event = _arrays(hit_lists)
    gold_arr = np.array(gold)
    is_neg, is_neu, is_pos = (gold_arr == c for c in CLASSES)
    thresholds = np.array(band)
    choices = []
    for w in weights:
        contrib = [np.round(np.where(e, p * w, p), 4) for p, e in zip(polarity, event, strict=True)]
        mean = np.array([c.mean() if len(c) else 0.0 for c in contrib])
        ev_pos = np.array([c[(~e) & (c > 0)].sum() for c, e in zip(contrib, event, strict=True)])
        ev_neg = np.array([-c[(~e) & (c < 0)].sum() for c, e in zip(contrib, event, strict=True)])
        for m in evidences:
            ok_pos = np.ones(len(mean), bool) if m is None else (ev_pos > 0) & (ev_pos >= m)
            ok_neg = np.ones(len(mean), bool) if m is None else (ev_neg > 0) & (ev_neg >= m)
            # predicted neg / pos for every threshold: (n texts, len(band))
            neg = (mean[:, None] < 0) & (mean[:, None] <= -thresholds[None, :]) & ok_neg[:, None]
            pos = (mean[:, None] > 0) & (mean[:, None] >= thresholds[None, :]) & ok_pos[:, None]
            tp_neg, fp_neg = neg[is_neg].sum(0), neg[~is_neg].sum(0)
            tp_pos, fp_pos = pos[is_pos].sum(0), pos[~is_pos].sum(0)
            f_neg = _f1(tp_neg, fp_neg, is_neg.sum() - tp_neg)[:, None]
            f_pos = _f1(tp_pos, fp_pos, is_pos.sum() - tp_pos)[None, :]
            # neutral: neither neg (depends on the neg threshold) nor pos (on the pos threshold)
            neu_as_neg, neu_as_pos = neg[is_neu].sum(0)[:, None], pos[is_neu].sum(0)[None, :]
            tp_neu = is_neu.sum() - neu_as_neg - neu_as_pos
            pred_neu = len(mean) - neg.sum(0)[:, None] - pos.sum(0)[None, :]
            f_neu = _f1(tp_neu, pred_neu - tp_neu, is_neu.sum() - tp_neu)
            f1 = (f_neg + f_neu + f_pos) / 3
            padded = np.pad(f1, 1, mode="edge")
            smooth = sum(padded[1 + i:1 + i + f1.shape[0], 1 + j:1 + j + f1.shape[1]]
                         for i in (-1, 0, 1) for j in (-1, 0, 1)) / 9
            a, b = np.unravel_index(np.argmax(smooth), smooth.shape)
            choices.append(Choice(float(thresholds[a]), float(thresholds[b]), float(w), m, float(f1[a, b]),
                                  float(smooth[a, b])))
    return sorted(choices, key=lambda c: (-round(c.smoothed, 6), -c.event_weight, c.min_evidence or -1))


def choose(choices: Sequence[Choice], *, margin: float = MARGIN) -> Choice:
    """The setting to ship: steps that earn their place, then the middle of the best plateau."""
    pool = list(choices)
    for off in (lambda c: c.min_evidence is None, lambda c: c.event_weight >= 1.0):
        without = [c for c in pool if off(c)]
        top = max(c.smoothed for c in pool)
        if without and top - max(c.smoothed for c in without) < margin:
            pool = without  # the step does not earn its place: keep it off
        else:
            pool = [c for c in pool if not off(c)] or pool
    top = max(c.smoothed for c in pool)
    tied = [c for c in pool if c.smoothed >= top - 1e-9]
    least = min(-1.0 if c.min_evidence is None else c.min_evidence for c in tied)
    tied = sorted((c for c in tied if (-1.0 if c.min_evidence is None else c.min_evidence) == least),
                  key=lambda c: c.event_weight)
    return tied[(len(tied) - 1) // 2]


def reweight(hit_lists: Sequence[list[dict]], *, cue_weight: float | None,
             vader_weight: float | None) -> list[list[dict]]:
    """The hits with cue and vader hits scaled by their weight, or dropped when the weight is None
    (the step off): what the decision would see under those settings."""
    factors = {"cue": cue_weight, "vader": vader_weight}
    out = []
    for hits in hit_lists:
        kept = []
        for hit in hits:
            factor = factors.get(hit.get("source"), 1.0)
            if factor is not None:
                kept.append(hit if factor == 1.0 else dict(hit, polarity=round(hit["polarity"] * factor, 4)))
        out.append(kept)
    return out


def tune_all(hit_lists: Sequence[list[dict]], gold: Sequence[str], *, cues: Sequence[float | None] = CUE_GRID,
             vaders: Sequence[float | None] = VADER_GRID, margin: float = MARGIN) -> Choice:
    """The best setting over the cue and vader weights too (each a step that must earn its place
    by ``margin`` smoothed macro-F1), then the band, event weight and evidence of :func:`choose`.

    ``hit_lists`` must be scored with the cues and vader_lexicon steps on.
    """
    best: dict[tuple[float | None, float | None], Choice] = {}
    for cw in cues:
        for vw in vaders:
            chosen = choose(grid(reweight(hit_lists, cue_weight=cw, vader_weight=vw), gold), margin=margin)
            best[(cw, vw)] = replace(chosen, cue_weight=cw, vader_weight=vw)
    pool = list(best.values())
    for off in (lambda c: c.vader_weight is None, lambda c: c.cue_weight is None):
        without = [c for c in pool if off(c)]
        if without and max(c.smoothed for c in pool) - max(c.smoothed for c in without) < margin:
            pool = without
        else:
            pool = [c for c in pool if not off(c)] or pool
    top = max(c.smoothed for c in pool)
    tied = sorted((c for c in pool if c.smoothed >= top - 1e-9),
                  key=lambda c: (c.cue_weight or 0.0, c.vader_weight or 0.0))
    return tied[(len(tied) - 1) // 2]  # the middle of the plateau


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Unweighted mean of the per-class F1 over neg, neu, pos."""
    scores = []
    for c in CLASSES:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)
