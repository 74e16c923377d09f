"""Speed of quotation extraction against spaCy's own time on the same text, and on one long document.

``python -m analysis.bench quotes [--chars N] [--model sm] [--sizes 100k,…,5M | --sizes none]``:

1. the sample article and the project's test articles (tests/data/quotes), repeated as separate
   articles up to N characters (default 300 000), are segmented, run through spaCy (tagger only,
   then the full pipeline with parser and NER), and through :func:`analysis.quotes.extract_quotes`
   reusing those docs. Target: extraction adds at most 15 % to spaCy's parse time.
2. one long document (a transcript, a book, an export saved as one file) of 100 KB to 5 MB,
   invented news from :mod:`analysis.corpus.synthetic` (:func:`long_document`), goes through
   extraction and speaker resolution; the time per MB of each and their ratio max/min across
   sizes are printed. Target: the time per MB stays flat (ratio ≤ 1.5): no step is quadratic.

Timings are wall-clock on this machine; other work running at the same time makes them noisy.
"""

from __future__ import annotations

import argparse
import re
import time

import pandas as pd

from analysis import config


def _texts() -> list[str]:
    texts = [config.SAMPLE_ARTICLE.read_text(encoding="utf-8")]
    folder = config.PROJECT_DIR / "tests" / "data" / "quotes" / "articles"
    texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")) if p.name != "sample.txt"]
    return texts


def corpus(chars: int) -> pd.DataFrame:
    """Articles made of the project's own texts, repeated up to ``chars`` characters."""
    texts = _texts()
    rows, total, n = [], 0, 0
    while total < chars:
        text = texts[n % len(texts)]
        rows.append({"doc_id": f"bench-{n:04d}", "path": f"bench-{n:04d}", "text": text})
        total += len(text)
        n += 1
    return pd.DataFrame(rows)


LONG_SIZES = "100k,200k,500k,1M,2M,5M"
"""Sizes of the long document, from a long article to a book."""
FLAT_RATIO = 1.5
"""Target: the slowest time per MB over the sizes is at most this many times the fastest."""


def long_document(chars: int, *, seed: int = 0) -> str:
    """One document of about ``chars`` characters: invented articles one after another, a paragraph
    per block (blank lines between), as a transcript or a book saved as one file would be.

    The invented speakers come back under new names from article to article (another first name
    of the same gender, a second surname: « Aline Roux-Verdier »), so the number of people grows
    with the text as in a real book, while one of them keeps her name throughout (the chair of a
    transcript, a book's main character): both are what makes a step quadratic.
    """
    from analysis.corpus.synthetic import material, synthetic_articles

    people = material()["speakers"]
    split = [p["name"].split(" ", 1) for p in people]
    surnames = [last for _first, last in split]
    seconds = [last for last in surnames[1:] if " " not in last]  # second surnames (« Le Goff » stays a first one)
    firsts = {g: [first for (first, _l), p in zip(split, people, strict=True) if p["gender"] == g] for g in ("f", "m")}
    names = re.compile(r"\b(?:(" + "|".join(f for f, _ in split) + r") )?(" + "|".join(map(re.escape, surnames)) + r")\b")
    parts: list[str] = []
    total = batch = 0
    while total < chars:
        for text in synthetic_articles(64, seed=seed + batch)["text"]:
            n = len(parts)

            def renamed(m: re.Match[str], n: int = n) -> str:
                i = surnames.index(m.group(2))
                if i == 0:
                    return m.group(0)  # the one who recurs throughout
                other = seconds[(i + n) % len(seconds)]
                pool = firsts[people[i]["gender"]]
                first = m.group(1) and pool[(pool.index(m.group(1)) + n // len(surnames)) % len(pool)]
                return f"{first} {m.group(2)}-{other}" if first else f"{m.group(2)}-{other}"

            parts.append(names.sub(renamed, text).replace("\n", "\n\n"))
            total += len(parts[-1]) + 2
            if total >= chars:
                break
        batch += 1
    return "\n\n".join(parts)[:chars].rsplit("\n\n", 1)[0]


def _size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * factor)


def long_documents(sizes: list[int], model: str | None) -> None:
    """Part 2 of the benchmark: extraction and speaker resolution on one long document per size.

    Each is timed by wall clock and by the processor time of this process (steadier when other work
    shares the machine); documents up to 500 KB are run twice and the faster run kept."""
    from analysis.quotes import extract_quotes
    from analysis.speakers import resolve
    from analysis.speakers.frame import clear_cache

    whole = long_document(max(sizes))
    warm = pd.DataFrame([{"doc_id": "warm-up", "path": "warm-up", "text": whole[:5_000].rsplit("\n\n", 1)[0]}])
    resolve(extract_quotes(warm, model=model), warm)  # model and word lists loaded outside the timings
    print("long document (invented news, one file): seconds per MB, wall clock (processor time)")
    print(f"{'size':>9} {'quotes':>7} {'extraction':>17} {'resolution':>17} {'both':>17}")
    rows = []
    for size in sorted(sizes):
        text = whole[:size].rsplit("\n\n", 1)[0]
        doc = pd.DataFrame([{"doc_id": "long", "path": "long", "text": text}])
        best = None
        for _ in range(2 if size <= 500_000 else 1):
            clear_cache()
            clock = [(time.perf_counter(), time.process_time())]
            quotes = extract_quotes(doc, model=model)
            clock.append((time.perf_counter(), time.process_time()))
            resolve(quotes, doc)
            clock.append((time.perf_counter(), time.process_time()))
            mb = len(text) / 1e6
            run = [((clock[b][0] - clock[a][0]) / mb, (clock[b][1] - clock[a][1]) / mb) for a, b in ((0, 1), (1, 2), (0, 2))]
            best = run if best is None or run[2][1] < best[2][1] else best
        rows.append(best)
        cells = " ".join(f"{wall:7.2f} s ({cpu:5.2f})" for wall, cpu in best)
        print(f"{len(text) / 1e3:7,.0f} KB {len(quotes):7,} {cells}", flush=True)
    ratio = [[max(r[k][c] for r in rows) / min(r[k][c] for r in rows) for c in (0, 1)] for k in range(3)]
    print("ratio max/min of the time per MB: " + ", ".join(
        f"{name} {wall:.2f} ({cpu:.2f})" for name, (wall, cpu) in zip(("extraction", "resolution", "both"), ratio,
                                                                        strict=True)))
    verdict = "met" if ratio[2][1] <= FLAT_RATIO else "NOT met"
    print(f"target: time per MB flat within {FLAT_RATIO}× from {min(sizes) / 1e3:,.0f} KB to {max(sizes) / 1e6:g} MB "
          f"(processor time, both steps): {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench quotes", description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=300_000, help="characters of text to process")
    parser.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    parser.add_argument("--sizes", default=LONG_SIZES,
                        help=f"sizes of the long document (default {LONG_SIZES}; 'none' skips that part)")
    parser.add_argument("--skip-articles", action="store_true", help="only the long document")
    args = parser.parse_args(argv or [])
    if not args.skip_articles:
        _articles(args)
    if args.sizes != "none":
        long_documents([_size(s) for s in args.sizes.split(",")], args.model)
    return 0


def _articles(args: argparse.Namespace) -> None:
    """Part 1 of the benchmark: extraction next to spaCy on many articles."""

    from analysis.nlp import annotate_sentences, load_model, sentences
    from analysis.quotes import extract_quotes, needs_full_parse

    articles = corpus(args.chars)
    load_model(args.model)
    t0 = time.perf_counter()
    sents = sentences(articles, model=args.model)
    t1 = time.perf_counter()
    words = int(sents["n_tokens"].sum())
    annotate_sentences(sents, parse="none", model=args.model)
    t2 = time.perf_counter()
    full = annotate_sentences(sents, parse="all", model=args.model)
    t3 = time.perf_counter()
    auto_mask = [needs_full_parse(t) for t in sents["text"]]
    t4 = time.perf_counter()
    quotes = extract_quotes(articles, sentences=sents, docs=full)
    t5 = time.perf_counter()
    surface = extract_quotes(articles, sentences=sents, tag=False)
    t6 = time.perf_counter()
    tag_s, parse_s, extract_s, surface_s, mask_s = t2 - t1, t3 - t2, t5 - t4, t6 - t5, t4 - t3
    print(f"text: {len(articles)} articles, {articles['text'].str.len().sum():,} characters, {words:,} tokens, "
          f"{len(sents):,} sentences ({sum(auto_mask):,} flagged for the full parse)")
    print(f"segmentation (rules + tokenizer count):   {t1 - t0:7.2f} s")
    print(f"spaCy tagger+lemmas, no parser/NER:        {tag_s:7.2f} s  {words / tag_s:9,.0f} words/s")
    print(f"spaCy full pipeline (parser+NER):          {parse_s:7.2f} s  {words / parse_s:9,.0f} words/s")
    print(f"quotation extraction from those docs:      {extract_s:7.2f} s  {words / extract_s:9,.0f} words/s "
          f"({len(quotes):,} quotations)")
    print(f"extraction on surface forms (no tags):     {surface_s:7.2f} s  {words / surface_s:9,.0f} words/s "
          f"({len(surface):,} quotations)")
    print(f"needs_full_parse on every sentence:        {mask_s:7.3f} s")
    ratio = extract_s / parse_s
    print(f"extraction / spaCy full parse = {100 * ratio:.1f} %   (target ≤ 15 %: {'met' if ratio <= 0.15 else 'NOT met'})")
    print(f"extraction / spaCy tagger only = {100 * extract_s / tag_s:.1f} %")
