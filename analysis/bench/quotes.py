"""Speed of quotation extraction against spaCy's own time on the same text.

``python -m analysis.bench quotes [--chars N] [--model sm]``: the sample article and the
project's test articles (tests/data/quotes), repeated as separate articles up to N characters
(default 300 000), are segmented, run through spaCy (tagger only, then the full pipeline with
parser and NER), and through :func:`analysis.quotes.extract_quotes` reusing those docs.
Target: extraction adds at most 15 % to spaCy's parse time. Timings are wall-clock on this
machine; other work running at the same time makes them noisy.
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench quotes", description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=300_000, help="characters of text to process")
    parser.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    args = parser.parse_args(argv or [])

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
    return 0
