"""Speed of counting, keyness over 20 partitions and KWIC on a corpus of a million tokens or more.

``python -m analysis.bench keywords [--tokens N] [--parts 20] [--types N] [--seed 0]``

The corpus is built from the project's own texts only: the sample article and invented
articles from :mod:`analysis.corpus.synthetic` (when available) are tokenised once with spaCy,
then their sentences are drawn at random into as many new articles as it takes to reach N
tokens (default 1,000,000), with exact offsets into the new article texts. Those texts have a
small vocabulary, far smaller than a real corpus of that size; so that keyness works on a
realistically sized lexical table, a share of content-word lemmas get a Zipf-distributed
variant number (« sanction·17 »), which brings the lemma vocabulary to tens of thousands of types
(the number is printed; ``--types`` moves it).
Articles are spread over ``--parts`` parts of unequal sizes (like outlets).

Printed: tokens per second for counting (whole corpus and per part), seconds and tokens per
second for keyness over the partitions (counts, specificity, G², log-ratio for every cell,
zeros included), and KWIC for a frequent and a rare word. Wall-clock times on a shared machine
are noisy: run it twice.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from analysis import config


def base_articles(n_synthetic: int = 40, seed: int = 0) -> pd.DataFrame:
    """The sample article plus invented articles (the project's own texts)."""
    from analysis.io import load_article

    frames = [load_article(config.SAMPLE_ARTICLE)]
    try:
        from analysis.corpus.synthetic import synthetic_articles
    except ImportError:
        print("(analysis.corpus.synthetic not available: the corpus is built from the sample article alone)")
    else:
        frames.append(synthetic_articles(n_synthetic, seed=seed))
    columns = ["doc_id", "text"]
    return pd.concat([f[columns] for f in frames], ignore_index=True)


def build_corpus(
    base_tokens: pd.DataFrame, base: pd.DataFrame, *, n_tokens: int, n_parts: int, types: int, seed: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and tokens frames of at least ``n_tokens`` tokens, from sentences of ``base_tokens``."""
    rng = np.random.default_rng(seed)
    texts = dict(zip(base["doc_id"], base["text"], strict=False))
    sent_key = pd.MultiIndex.from_frame(base_tokens[["doc_id", "sent_id"]]).factorize()[0]
    bounds = np.flatnonzero(np.r_[True, sent_key[1:] != sent_key[:-1], True])
    sent_first, sent_stop = bounds[:-1], bounds[1:]
    sent_len = sent_stop - sent_first
    starts = base_tokens["start"].to_numpy()
    ends = base_tokens["end"].to_numpy()
    doc_ids = base_tokens["doc_id"].to_numpy(dtype=object)
    sent_text = [texts[doc_ids[a]][starts[a]:ends[b - 1]] for a, b in zip(sent_first, sent_stop, strict=False)]
    sent_start = starts[sent_first]
    # articles of 25 sentences; each part (outlet) draws 40 % of its sentences from its own
    # « home » subset of the base articles, so that parts differ as real outlets do
    per_doc = 25
    n_docs = int(np.ceil(n_tokens / (sent_len.mean() * per_doc) * 1.05))
    weights = 1.0 / np.arange(1, n_parts + 1) ** 0.7
    part_of_doc = rng.choice(n_parts, size=n_docs, p=weights / weights.sum())
    home_of_sentence = pd.factorize(base_tokens["doc_id"].to_numpy()[sent_first])[0] % n_parts
    slot_part = np.repeat(part_of_doc, per_doc)
    picks = rng.integers(len(sent_first), size=len(slot_part))
    home = rng.random(len(slot_part)) < 0.4
    for k in range(n_parts):
        pool = np.flatnonzero(home_of_sentence == k)
        chosen = home & (slot_part == k)
        if pool.size and chosen.any():
            picks[chosen] = pool[rng.integers(pool.size, size=int(chosen.sum()))]
    article_of = np.arange(len(picks)) // per_doc
    # new texts: sentences joined by one space; offsets of each sentence in its new article
    lengths = np.array([len(sent_text[p]) for p in picks])
    first_in_doc = np.r_[True, article_of[1:] != article_of[:-1]]
    running = np.cumsum(lengths + 1) - (lengths + 1)
    doc_base = running[np.flatnonzero(first_in_doc)][article_of]
    new_start = running - doc_base
    doc_names = np.array([f"bench-{k:05d}" for k in range(n_docs)], dtype=object)
    article_texts = [" ".join(sent_text[p] for p in row) for row in picks.reshape(n_docs, per_doc)]
    # token rows: take each picked sentence's tokens, shift their offsets
    token_index = np.concatenate([np.arange(sent_first[p], sent_stop[p]) for p in picks])
    sentence_of_token = np.repeat(np.arange(len(picks)), sent_len[picks])
    tokens = base_tokens.iloc[token_index].reset_index(drop=True)
    shift = (new_start - sent_start[picks])[sentence_of_token]
    tokens["start"] = tokens["start"].to_numpy() + shift
    tokens["end"] = tokens["end"].to_numpy() + shift
    doc_of_token = article_of[sentence_of_token]
    tokens["doc_id"] = doc_names[doc_of_token]
    tokens["sent_id"] = sentence_of_token - np.flatnonzero(first_in_doc)[doc_of_token]
    tokens["i"] = np.arange(len(tokens)) - np.searchsorted(doc_of_token, np.arange(n_docs))[doc_of_token]
    # a realistic vocabulary: Zipf-distributed variants of content-word lemmas
    content = tokens["pos"].isin(["NOUN", "PROPN", "ADJ", "VERB"]).to_numpy()
    n_content = max(1, tokens.loc[content, "lemma"].nunique())
    variant = rng.zipf(1.2, len(tokens))
    variant = np.where(content & (rng.random(len(tokens)) < 0.6) & (variant < max(2, types // n_content)), variant, 0)
    lemmas = tokens["lemma"].astype(object).to_numpy()
    tokens["lemma"] = np.where(variant > 0, lemmas + "·" + variant.astype(str), lemmas)
    if len(tokens) < n_tokens:  # rare: short sentences drawn; draw again with more articles
        return build_corpus(base_tokens, base, n_tokens=int(n_tokens * 1.1), n_parts=n_parts, types=types,
                            seed=seed + 1)
    part_names = np.array([f"média-{k + 1:02d}" for k in range(n_parts)], dtype=object)
    articles = pd.DataFrame({"doc_id": doc_names, "text": article_texts, "outlet": part_names[part_of_doc]})
    return articles, tokens


def _timed(label: str, fn, n_tokens: int, *, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:<52} {best:7.2f} s   {n_tokens / best:>12,.0f} tokens/s")
    return result, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench keywords", description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=1_000_000, help="corpus size in tokens (default 1,000,000)")
    parser.add_argument("--parts", type=int, default=20, help="number of partitions for keyness (default 20)")
    parser.add_argument("--types", type=int, default=50_000, help="target lemma vocabulary (default 50,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default=None, help="spaCy model: sm (default) or md")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measure; the best is printed (default 2)")
    args = parser.parse_args(argv or [])

    from analysis.keywords import frequencies, keyness, kwic, partition_tokens, repeated_segments
    from analysis.nlp import tokens as token_frame

    t0 = time.perf_counter()
    base = base_articles(seed=args.seed)
    base_tokens = token_frame(base, parse="none", model=args.model)
    print(f"base: {len(base)} articles of the project's own text, {len(base_tokens):,} tokens "
          f"(spaCy, {time.perf_counter() - t0:.1f} s, not measured below)")
    articles, tokens = build_corpus(base_tokens, base, n_tokens=args.tokens, n_parts=args.parts, types=args.types,
                                    seed=args.seed)
    n = len(tokens)
    parts = partition_tokens(tokens, "outlet", articles=articles)
    sizes = parts["part"].value_counts()
    print(f"corpus: {len(articles):,} articles, {n:,} tokens, {tokens['lemma'].nunique():,} lemma types, "
          f"{args.parts} parts of {sizes.min():,} to {sizes.max():,} tokens")
    print()
    freqs, _ = _timed("frequencies (lemmas, whole corpus)", lambda: frequencies(tokens), n, repeat=args.repeat)
    _timed("frequencies (forms, whole corpus)", lambda: frequencies(tokens, by="norm"), n, repeat=args.repeat)
    _timed(f"frequencies per part ({args.parts} parts)", lambda: frequencies(parts, part="part"), n,
           repeat=args.repeat)
    rows, seconds = _timed(f"keyness, {args.parts} parts (all cells, 3 measures)", lambda: keyness(parts), n,
                           repeat=args.repeat)
    print(f"{'':<52} {len(rows):,} rows (parts × terms with F ≥ 2), max specificity {rows['specificity'].max():.1f}")
    frequent = str(freqs.iloc[0]["term"])
    nouns = freqs[(freqs["pos"] == "NOUN") & (freqs["f"] <= 5)]
    rare = str(nouns.iloc[0]["term"]) if len(nouns) else str(freqs.iloc[-1]["term"])
    hits, _ = _timed(f"kwic « {frequent} » (lemma, contexts from texts)",
                     lambda: kwic(tokens, frequent, articles=articles), n, repeat=args.repeat)
    print(f"{'':<52} {len(hits):,} lines")
    hits, _ = _timed(f"kwic « {rare} » (lemma)", lambda: kwic(tokens, rare, articles=articles), n, repeat=args.repeat)
    print(f"{'':<52} {len(hits):,} lines")
    hits, _ = _timed("kwic from a keyness row (its part only)", lambda: kwic(parts, rows.iloc[0], articles=articles),
                     n, repeat=args.repeat)
    print(f"{'':<52} {len(hits):,} lines")
    _timed("repeated segments (forms, 2 to 6 words)", lambda: repeated_segments(tokens), n, repeat=1)
    print()
    print(f"target: keyness over {args.parts} partitions of ≥ 1 M tokens in seconds, not minutes → {seconds:.2f} s")
    return 0
