"""Score quotation extraction against a gold folder: ``python -m analysis.evaluate quotes --gold DIR``.

A gold folder holds ``articles/NAME.txt`` and ``gold/NAME.json`` (a list of {speaker,
speaker_mention, cue, type, quote, paragraph}, as in ../shared/eval-dev). A prediction matches
a gold quotation when their word-token spans overlap on at least half of each side; pairs are
matched one to one, best overlap first. Printed: precision, recall, F1, recall per gold type,
type agreement on matches, speaker accuracy on matches (the gold surname is contained in the
predicted speaker: the raw mention, and the resolved speaker when :mod:`analysis.speakers` is
available), joint F1 (span and speaker right), and the misses and spurious quotations.
"""

from __future__ import annotations

import argparse
import bisect
import fnmatch
import json
import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.errors import InputError, MissingInputError
from analysis.fr.mention_words import GOLD_NAME_PARTICLES

_WORD = re.compile(r"\w+")
PLURAL_SEPARATOR = " ; "
"""How :mod:`analysis.speakers` joins the speakers of one quotation (``analysis.speakers.SEPARATOR``)."""
TYPES: tuple[str, ...] = ("direct", "indirect", "mixed", "selon")


@dataclass
class GoldQuote:
    doc_id: str
    index: int
    type: str
    quote: str
    speaker: str
    speaker_mention: str
    cue: str
    paragraph: int
    start: int
    end: int


@dataclass
class Score:
    """Counts and the matched/missed/spurious lists of one evaluation."""

    n_gold: int = 0
    n_pred: int = 0
    matches: list[tuple[GoldQuote, dict]] = field(default_factory=list)
    misses: list[GoldQuote] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return len(self.matches) / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return len(self.matches) / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    def recall_by_type(self) -> dict[str, tuple[int, int]]:
        out = {}
        for t in TYPES:
            total = sum(1 for g in self._gold() if g.type == t)
            hit = sum(1 for g, _ in self.matches if g.type == t)
            out[t] = (hit, total)
        return out

    def _gold(self) -> list[GoldQuote]:
        return [g for g, _ in self.matches] + self.misses

    def type_agreement(self) -> float:
        return sum(1 for g, p in self.matches if g.type == p["type"]) / len(self.matches) if self.matches else 0.0

    def speaker_correct(self, column: str) -> int:
        return sum(1 for g, p in self.matches if speaker_matches(g.speaker, p.get(column, "")))

    def speaker_by_rule(self) -> dict[str, tuple[int, int]]:
        """(correct, matched) speakers by the ``speaker_rule`` that decided them, most frequent first: which
        resolution steps a user can trust on their own gold, and which to check by hand."""
        counts: dict[str, list[int]] = {}
        for g, p in self.matches:
            rule = p.get("speaker_rule") or "(none)"
            c = counts.setdefault(str(rule), [0, 0])
            c[0] += speaker_matches(g.speaker, p.get("speaker"))
            c[1] += 1
        return {r: (ok, n) for r, (ok, n) in sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0]))}

    def joint_f1(self, column: str) -> float:
        ok = self.speaker_correct(column)
        p = ok / self.n_pred if self.n_pred else 0.0
        r = ok / self.n_gold if self.n_gold else 0.0
        return self._f1(p, r)


def _fold(text: str) -> str:
    """Case, accents and apostrophes folded: « Dérozier » and « DEROZIER » compare equal."""
    decomposed = unicodedata.normalize("NFD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def is_person_name(speaker: str) -> bool:
    """A name written with capitals only (particles aside), as opposed to a role or a description."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", " ", speaker))
    return bool(words) and all(w[0].isupper() or w.lower() in GOLD_NAME_PARTICLES for w in words)


def surname(speaker: str) -> str:
    """The last word of a gold speaker, parentheses left out, folded: « Jeanne Dérozier » → « derozier »."""
    words = _WORD.findall(re.sub(r"\([^)]*\)", " ", _fold(speaker)))
    return words[-1] if words else ""


def speaker_key(gold_speaker: str) -> list[str]:
    """What must appear in a predicted speaker: the surname of a person, the whole name of anything else.

    A parenthesised gloss in the gold name (an acronym, the parent organisation) is not required.
    """
    if is_person_name(gold_speaker):
        return [surname(gold_speaker)]
    return _WORD.findall(re.sub(r"\([^)]*\)", " ", _fold(gold_speaker)))


def speaker_matches(gold_speaker: str, predicted: object) -> bool:
    """Is the gold surname (or, for roles and organisations, the whole gold name) in the predicted speaker?

    Both sides are folded for case and accents; the key must appear as whole consecutive words
    (in the predicted speaker as given, or with its parenthesised parts left out, as the key is).
    Several speakers joined by :data:`PLURAL_SEPARATOR` (« A ; B ») read as the gold's « A et B ».
    """
    if not isinstance(predicted, str) or not predicted:
        return False
    key = speaker_key(gold_speaker)
    n = len(key)
    for text in (predicted, re.sub(r"\([^)]*\)", " ", predicted)):  # a gloss in parentheses is ignored on both sides
        words = _WORD.findall(_fold(text.replace(PLURAL_SEPARATOR, " et ")))
        if key and any(words[i:i + n] == key for i in range(len(words) - n + 1)):
            return True
    return False


def word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _token_set(spans: list[tuple[int, int]], start: int, end: int) -> set[int]:
    """Indexes of the word tokens of ``spans`` (sorted) that overlap ``[start, end)``."""
    lo = bisect.bisect_right(spans, (start, start))
    if lo > 0 and spans[lo - 1][1] > start:
        lo -= 1
    hi = bisect.bisect_left(spans, (end, end))
    return set(range(lo, hi))


def locate(text: str, quote: str, paragraph: int) -> tuple[int, int]:
    """Offsets of a gold quotation in ``text``, preferring an occurrence inside its paragraph."""
    from analysis.nlp.segment import paragraph_spans

    quote = unicodedata.normalize("NFC", quote)
    paras = paragraph_spans(text)
    if 0 <= paragraph < len(paras):
        at = text.find(quote, paras[paragraph].start, paras[paragraph].end + 1)
        if at >= 0:
            return at, at + len(quote)
    hits = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not hits:
        raise InputError(None, f"gold quotation not found in the article text: {quote[:60]!r}")
    ref = paras[paragraph].start if 0 <= paragraph < len(paras) else 0
    at = min(hits, key=lambda h: abs(h - ref))
    return at, at + len(quote)


def selected(name: str, only: Sequence[str] | None) -> bool:
    """Is article ``name`` one of the glob patterns ``only`` (every article when ``only`` is empty)?"""
    return not only or any(fnmatch.fnmatchcase(name, pattern) for pattern in only)


def load_gold(gold_dir: str | Path, only: Sequence[str] | None = None) -> tuple[pd.DataFrame, list[GoldQuote]]:
    """The articles frame of a gold folder and its gold quotations (with offsets).

    ``only``: glob patterns on the article names (``["1[3-8]", "gj*"]``); every article by default.
    """
    from analysis.io import load_article

    root = Path(gold_dir)
    gold_files = [f for f in sorted((root / "gold").glob("*.json")) if selected(f.stem, only)]
    if not gold_files:
        raise MissingInputError(root, "no gold/*.json files (a gold folder holds articles/*.txt and gold/*.json)")
    frames = []
    gold: list[GoldQuote] = []
    for gf in gold_files:
        article_path = root / "articles" / f"{gf.stem}.txt"
        if not article_path.exists():
            raise MissingInputError(article_path, f"article for {gf.name} is missing")
        art = load_article(article_path)
        art["doc_id"] = gf.stem
        frames.append(art)
        text = art["text"].iloc[0]
        try:
            records = json.loads(gf.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(gf, f"not valid JSON: {exc}") from None
        for n, r in enumerate(records):
            try:
                start, end = locate(text, r["quote"], int(r.get("paragraph", -1)))
            except InputError as exc:
                raise InputError(gf, exc.reason) from None
            gold.append(GoldQuote(gf.stem, n, r["type"], r["quote"], r.get("speaker", ""), r.get("speaker_mention", ""),
                                  r.get("cue", ""), int(r.get("paragraph", -1)), start, end))
    return pd.concat(frames, ignore_index=True), gold


def score(predictions: pd.DataFrame, gold: list[GoldQuote], texts: dict[str, str]) -> Score:
    """Match predictions to gold quotations (≥ half of each side's word tokens, one to one).

    Candidates are paired within one article only, so the cost grows with the article sizes,
    not with the product of the whole sets.
    """
    result = Score(n_gold=len(gold), n_pred=len(predictions))
    preds = predictions.to_dict(orient="records")
    by_doc: dict[str, list[tuple[int, set[int]]]] = {}
    tok_cache = {doc_id: word_spans(text) for doc_id, text in texts.items()}
    for pi, p in enumerate(preds):
        doc_id = str(p["doc_id"])
        by_doc.setdefault(doc_id, []).append((pi, _token_set(tok_cache[doc_id], int(p["start"]), int(p["end"]))))
    pairs = []
    for gi, g in enumerate(gold):
        gs = _token_set(tok_cache[g.doc_id], g.start, g.end)
        for pi, ps in by_doc.get(g.doc_id, []):
            inter = len(gs & ps)
            if not gs or not ps or inter * 2 < len(gs) or inter * 2 < len(ps):
                continue
            pairs.append((min(inter / len(gs), inter / len(ps)), inter, gi, pi))
    matched_gold: set[int] = set()
    matched_pred: set[int] = set()
    for _, _, gi, pi in sorted(pairs, reverse=True):
        if gi in matched_gold or pi in matched_pred:
            continue
        matched_gold.add(gi)
        matched_pred.add(pi)
        result.matches.append((gold[gi], preds[pi]))
    result.misses = [g for gi, g in enumerate(gold) if gi not in matched_gold]
    result.spurious = [p for pi, p in enumerate(preds) if pi not in matched_pred]
    return result


def predict(articles: pd.DataFrame, *, model: str | None = None, ranker: bool | None = None) -> pd.DataFrame:
    """The system's quotations with resolved speakers; ``speaker_raw`` keeps the mention as written.
    ``ranker``: with (True) or without (False) the learned step of :mod:`analysis.speakers.ranker`;
    by default as :func:`analysis.speakers.resolve` decides."""
    from analysis.quotes import extract_quotes

    return resolved(extract_quotes(articles, model=model), articles, ranker)


def resolved(quotes: pd.DataFrame, articles: pd.DataFrame, ranker: bool | None = None) -> pd.DataFrame:
    """Extracted ``quotes`` with their speakers resolved (``ranker`` as in :func:`predict`)."""
    from analysis.speakers import resolve

    return resolve(quotes, articles, ranker=ranker).assign(speaker_raw=quotes["speaker_mention"].values)


def evaluate_quotes(gold_dir: str | Path, *, model: str | None = None, only: Sequence[str] | None = None,
                    ranker: bool | None = None) -> tuple[Score, bool]:
    """Extract quotations from a gold folder's articles and score them; also says if speakers were resolved."""
    articles, gold = load_gold(gold_dir, only)
    texts = dict(zip(articles["doc_id"].astype(str), articles["text"], strict=True))
    return score(predict(articles, model=model, ranker=ranker), gold, texts), True


@dataclass(frozen=True)
class GoldSet:
    """A named selection of gold folders (and of articles inside them) scored as one set."""

    name: str
    folders: tuple[Path, ...]
    only: tuple[str, ...] = ()
    real: bool = True


def standard_sets() -> list[GoldSet]:
    """The sets ``make evaluate`` reports, real journalism first, then the project's own texts.

    eval-dev is split as its README groups it: the first texts (03–11 and the sample) and the
    texts added later (13–18 and the gilets-jaunes articles). ``ANALYSIS_REALCHECK_DIR`` may name
    more gold folders of real articles annotated blind and kept out of the repository (their text is
    third-party; several folders are separated by ``os.pathsep``, each scored as its own set); they are
    scored only when set, so that they stay a check, not a target.
    """
    eval_dev = config.SHARED_DIR / "eval-dev"
    realchecks = [Path(f) for f in os.environ.get("ANALYSIS_REALCHECK_DIR", "").split(os.pathsep) if f]
    own_data = config.PROJECT_DIR / "tests" / "data"
    heldout = tuple(sorted((own_data / "heldout").glob("set*")))
    return [
        GoldSet("eval-dev, all 39 texts", (eval_dev,)),
        GoldSet("eval-dev 03–11 + seed", (eval_dev,), ("0*", "11", "seed")),
        GoldSet("eval-dev 13–18 + gj…", (eval_dev,), ("1[3-8]", "gj*")),
        *(GoldSet(f"realcheck: corpus articles annotated blind ({folder.name})", (folder,)) for folder in realchecks),
        GoldSet("own regression set (tests/data/quotes)", (own_data / "quotes",), real=False),
        GoldSet("own blind-written sets (tests/data/heldout, 7 sets)", heldout, real=False),
    ]


def merge(scores: Sequence[Score]) -> Score:
    """One score over several evaluations (their counts and lists added up)."""
    out = Score()
    for sc in scores:
        out.n_gold += sc.n_gold
        out.n_pred += sc.n_pred
        out.matches += sc.matches
        out.misses += sc.misses
        out.spurious += sc.spurious
    return out


def summary(sets: Sequence[GoldSet], *, model: str | None = None, out=None,
            ranker: bool | None = None) -> list[tuple[GoldSet, Score | None]]:
    """Score every set (each folder's articles are analysed once) and print one table row per set
    (``ranker`` as in :func:`predict`); then speaker accuracy by the rules alone and with the ranker."""
    from analysis.speakers.ranker import enabled

    out = out or sys.stdout
    runs: dict[Path, tuple[dict[bool, pd.DataFrame], list[GoldQuote], dict[str, str]]] = {}
    rows: dict[bool, list[tuple[GoldSet, Score | None]]] = {False: [], True: []}
    for gold_set in sets:
        parts: dict[bool, list[Score]] = {setting: [] for setting in rows}
        for folder in gold_set.folders:
            if not (folder / "gold").is_dir():
                continue
            if folder not in runs:
                from analysis.quotes import extract_quotes

                articles, gold = load_gold(folder)
                texts = dict(zip(articles["doc_id"].astype(str), articles["text"], strict=True))
                quotes = extract_quotes(articles, model=model)
                runs[folder] = ({setting: resolved(quotes, articles, setting) for setting in rows}, gold, texts)
            preds, gold, texts = runs[folder]
            keep = {d for d in texts if selected(d, gold_set.only)}
            for setting in rows:
                parts[setting].append(score(preds[setting][preds[setting]["doc_id"].astype(str).isin(keep)],
                                            [g for g in gold if g.doc_id in keep], {d: texts[d] for d in keep}))
        for setting in rows:
            rows[setting].append((gold_set, merge(parts[setting]) if parts[setting] else None))
    _print_summary(rows[enabled(ranker)], out)
    _print_ranker_comparison(rows[False], rows[True], out)
    return rows[enabled(ranker)]


RANKER_RULE = "ranker"
"""How ``speaker_rule`` starts when the learned ranker overruled a rule (``analysis.speakers.ranker.RANKER_RULE``)."""


def _print_ranker_comparison(rules: list[tuple[GoldSet, Score | None]], ranked: list[tuple[GoldSet, Score | None]],
                             out) -> None:
    """Speaker accuracy and joint F1 by the rules alone and with the learned ranker, per set."""
    w = out.write
    w("\nspeakers: rules alone vs with the ranker (analysis.speakers.ranker)\n")
    w("| set | speaker accuracy, rules | with ranker | joint F1, rules | with ranker | picks the ranker changed |\n")
    w("|---|---|---|---|---|---|\n")
    for (gold_set, a), (_same, b) in zip(rules, ranked, strict=True):
        if a is None or b is None:
            continue
        acc = [sc.speaker_correct("speaker") / len(sc.matches) if sc.matches else 0.0 for sc in (a, b)]
        predictions = [p for _g, p in b.matches] + b.spurious
        changed = sum(1 for p in predictions if str(p.get("speaker_rule") or "").startswith(RANKER_RULE))
        w(f"| {gold_set.name} | {acc[0]:.3f} | {acc[1]:.3f} | {a.joint_f1('speaker'):.3f} | {b.joint_f1('speaker'):.3f} "
          f"| {changed} |\n")


def _print_summary(rows: list[tuple[GoldSet, Score | None]], out) -> None:
    w = out.write
    w("| set | real text | quotes | precision | recall | quote F1 | direct | indirect | mixed | selon "
      "| speaker accuracy | joint F1 |\n")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    for gold_set, sc in rows:
        real = "yes" if gold_set.real else "no (ours)"
        if sc is None:
            w(f"| {gold_set.name} | {real} | not found | | | | | | | | | |\n")
            continue
        by_type = " | ".join(f"{h / n:.2f}" if n else "–" for h, n in sc.recall_by_type().values())
        acc = sc.speaker_correct("speaker") / len(sc.matches) if sc.matches else 0.0
        w(f"| {gold_set.name} | {real} | {sc.n_gold} | {sc.precision:.3f} | {sc.recall:.3f} | {sc.f1:.3f} | {by_type} "
          f"| {acc:.3f} | {sc.joint_f1('speaker'):.3f} |\n")


def _short(text: str, n: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def report(result: Score, *, resolved: bool, out=None, show_lists: bool = True, by_rule: bool = False) -> None:
    """Print the numbers (and the misses and spurious quotations; ``by_rule``: speaker accuracy by rule)."""
    out = out or sys.stdout
    w = out.write
    w(f"gold {result.n_gold}  predicted {result.n_pred}  matched {len(result.matches)}\n")
    w(f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}\n")
    w("recall by type: " + "  ".join(f"{t} {h}/{n} ({h / n:.2f})" if n else f"{t} -" for t, (h, n) in result.recall_by_type().items()) + "\n")
    w(f"type agreement on matches {result.type_agreement():.3f}\n")
    m = len(result.matches) or 1
    raw = result.speaker_correct("speaker_raw")
    w(f"speaker accuracy on matches (raw mention) {raw / m:.3f}   joint F1 {result.joint_f1('speaker_raw'):.3f}\n")
    if resolved:
        ok = result.speaker_correct("speaker")
        w(f"speaker accuracy on matches (resolved)    {ok / m:.3f}   joint F1 {result.joint_f1('speaker'):.3f}\n")
    else:
        w("speaker resolution not available: speaker = speaker_mention\n")
    if by_rule and resolved:
        w("speaker accuracy by speaker_rule (correct / matched):\n")
        for rule, (ok, n) in result.speaker_by_rule().items():
            w(f"  {rule:<40} {ok:>4} / {n:<4} {ok / n:.2f}\n")
    if not show_lists:
        return
    if result.misses:
        w(f"\nmisses ({len(result.misses)}):\n")
        for g in result.misses:
            w(f"  {g.doc_id} §{g.paragraph} {g.type:<8} [{_short(g.cue, 20)}] {_short(g.quote)}\n")
    if result.spurious:
        w(f"\nspurious ({len(result.spurious)}):\n")
        for p in result.spurious:
            w(f"  {p['doc_id']} §{p['paragraph']} {p['type']:<8} [{_short(p['cue'], 20)}] {_short(p['text'])}\n")
    wrong = [(g, p) for g, p in result.matches if not speaker_matches(g.speaker, p.get("speaker", p.get("speaker_raw")))]
    if wrong:
        w(f"\nmatched, speaker not found ({len(wrong)}):\n")
        for g, p in wrong:
            w(f"  {g.doc_id} §{g.paragraph} gold {g.speaker!r} ← mention {p.get('speaker_raw')!r}"
              + (f" resolved {p.get('speaker')!r}" if resolved else "") + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="task", required=True)
    q = sub.add_parser("quotes", help="score quotation extraction against a gold folder")
    q.add_argument("--gold", default=str(config.SHARED_DIR / "eval-dev"), help="folder with articles/ and gold/")
    q.add_argument("--only", default="", help="comma-separated glob patterns of article names (e.g. '1[3-8],gj*')")
    q.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    q.add_argument("--quiet", action="store_true", help="numbers only, no lists")
    q.add_argument("--by-rule", action="store_true", help="speaker accuracy by the speaker_rule that decided")
    t = sub.add_parser("summary", help="one table over the standard sets: real journalism first, then our own texts")
    t.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    for p in (q, t):
        switch = p.add_mutually_exclusive_group()
        switch.add_argument("--no-ranker", dest="ranker", action="store_false", default=None,
                            help="speakers by the rules alone (no learned ranker)")
        switch.add_argument("--ranker", dest="ranker", action="store_true",
                            help="with the learned speaker ranker, whatever its default")
    args = parser.parse_args(argv)
    if args.task == "summary":
        try:
            summary(standard_sets(), model=args.model, ranker=args.ranker)
        except InputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0
    gold_dir = Path(args.gold)
    if not gold_dir.exists():
        print(f"skipped: gold folder {gold_dir} not found", file=sys.stderr)
        return 0
    only = [p.strip() for p in args.only.split(",") if p.strip()]
    try:
        result, was_resolved = evaluate_quotes(gold_dir, model=args.model, only=only, ranker=args.ranker)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"== quotes: {gold_dir}" + (f" ({', '.join(only)})" if only else ""))
    report(result, resolved=was_resolved, show_lists=not args.quiet, by_rule=args.by_rule)
    return 0


if __name__ == "__main__":
    sys.exit(main())
