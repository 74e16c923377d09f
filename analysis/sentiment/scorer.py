"""``score(texts)``: textblob-fr's lexicon and averaging, made right for French news by switchable steps.

Like textblob-fr, a text's polarity is the mean of the polarities of the lexicon words that
fire in it (its subjectivity the mean of their subjectivities); words a modifier or a
negation governs fire once, with their adjusted value. The steps (all on by default) are:

- ``spacy_lemmas``: spaCy tokens (elisions, hashtags, punctuation handled) and POS, lookup by
  form then by lemma, POS-aware (« la fin » is not the adjective « fin »). Off: textblob-fr's
  regex tokens, lookup by form, no POS.
- ``morphology``: unknown words borrow the score of a known relative: adverbs in -ment their
  adjective, participles their verb, privative adjectives (in-, im-, mal-) their base reversed
  (:mod:`analysis.sentiment.morphology`). Off: unknown words score nothing.
- ``negation``: French negation scope, and polarity shifters (« éviter une crise »)
  (:mod:`analysis.sentiment.negation`). Off: none.
- ``intensifiers``: intensifiers and attenuators (:mod:`analysis.sentiment.intensifiers`).
  Off: modifiers are ordinary lexicon words.
- ``news_lexicon``: the news-domain extension and corrections (:mod:`analysis.sentiment.lexicon`),
  and textblob-fr adjectives its own lexicon calls objective (subjectivity ≤ 0.1: électrique,
  humain, occidental, tous) no longer count. Off: textblob-fr's lexicon alone.
- ``neutral_band``: labels neu within the band tuned on training data
  (``analysis/data/sentiment_params.toml``). Off: the sign of the polarity.

Every row also carries ``polarity_raw``, plain textblob-fr, for transparency.
"""

from __future__ import annotations

import functools
import math
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from analysis import config
from analysis.errors import InputError
from analysis.nlp.pipeline import norm as norm_text
from analysis.sentiment.engine import pattern_tokens, raw_scores
from analysis.sentiment.intensifiers import find_modifiers, modifier_words
from analysis.sentiment.lexicon import Lexicon, LexiconEntry, news_lexicon, textblob_only
from analysis.sentiment.morphology import (
    PRIVATIVE_MIN_POLARITY,
    adverb_bases,
    inflection_bases,
    participle_bases,
    privative_base,
)
from analysis.sentiment.negation import NEGATION_FACTOR, Tok, negation_scopes, negation_words

STEPS: tuple[str, ...] = ("spacy_lemmas", "morphology", "negation", "intensifiers", "news_lexicon", "neutral_band")
"""Every improvement step, in the order the benchmark reports them."""

PARAMS_FILE = "sentiment_params.toml"
SHIFTERS = True
"""With the negation step, polarity shifters (éviter, empêcher, lutter contre, mettre fin à, réduire)
reverse their evaluated object like a negation does (see ``sentiment_negation.csv``, role shifter)."""
OBJECTIVE_SUBJECTIVITY = 0.1
"""textblob-fr entries at or below this subjectivity are relational adjectives (électrique,
industriel, humain): its authors marked them objective, so with the news lexicon they do not count."""
EXCLAMATION_BOOST = 1.25
"""textblob-fr's: each « ! » right after an evaluated word raises it by a quarter."""

SCORE_COLUMNS = ["text", "polarity", "subjectivity", "label", "hits", "coverage", "polarity_raw"]


@dataclass(frozen=True)
class Token:
    text: str
    norm: str
    lemma: str
    pos: str | None
    start: int
    end: int
    is_punct: bool


@functools.lru_cache(maxsize=1)
def neutral_band() -> tuple[float, float]:
    """(neg_threshold, pos_threshold) tuned on the tweets' train/val splits (see the data file)."""
    path = config.data_file(PARAMS_FILE)
    with path.open("rb") as handle:
        band = tomllib.load(handle)["neutral_band"]
    return float(band["neg_threshold"]), float(band["pos_threshold"])


def resolve_steps(steps: Iterable[str] | str | None) -> frozenset[str]:
    """``None`` or ``"all"``: every step; otherwise the named ones (unknown names are an error)."""
    if steps is None or (isinstance(steps, str) and steps == "all"):
        return frozenset(STEPS)
    chosen = frozenset([steps] if isinstance(steps, str) else steps)
    unknown = chosen - set(STEPS)
    if unknown:
        raise ValueError(f"unknown sentiment step(s) {sorted(unknown)}; choose from {', '.join(STEPS)}")
    return chosen


def label_for(polarity: float, *, neg_threshold: float, pos_threshold: float) -> str:
    """neg | neu | pos: exactly 0 is neutral; otherwise compare with the band's edges."""
    if polarity == 0:
        return "neu"
    if polarity <= -neg_threshold:
        return "neg"
    if polarity >= pos_threshold:
        return "pos"
    return "neu"


def _as_texts(texts: str | Iterable[str] | pd.Series) -> tuple[list[str], pd.Index | None]:
    if isinstance(texts, str):
        return [texts], None
    index = texts.index if isinstance(texts, pd.Series) else None
    out = []
    for k, text in enumerate(texts):
        if text is None or (isinstance(text, float) and math.isnan(text)):
            text = ""
        if not isinstance(text, str):
            raise InputError(None, f"text #{k} is a {type(text).__name__}, not a string")
        out.append(text)
    return out, index


def _spacy_tokens(texts: Sequence[str], model: str | None, batch_size: int) -> list[list[Token]]:
    from analysis.nlp.pipeline import annotate

    result = []
    for text, doc in zip(texts, annotate(list(texts), full=False, model=model, batch_size=batch_size), strict=True):
        toks = []
        for t in doc:
            if t.is_space:
                continue
            surface = text[t.idx:t.idx + len(t.text)]
            toks.append(Token(surface, norm_text(surface), norm_text(t.lemma_), t.pos_, t.idx, t.idx + len(t.text),
                              bool(t.is_punct) or t.pos_ == "PUNCT"))
        result.append(toks)
    return result


def _pattern_tokens(text: str) -> list[Token]:
    toks, cursor = [], 0
    folded = norm_text(text)
    for word in pattern_tokens(text):
        key = norm_text(word)
        at = folded.find(key, cursor)
        start, end = (at, at + len(key)) if at >= 0 else (-1, -1)
        if at >= 0:
            cursor = end
        toks.append(Token(word, key, key, None, start, end, not any(c.isalnum() for c in word)))
    return toks


def _lookup_pos(tokens: Sequence[Token], i: int) -> str | None:
    """POS used for lookup; a PROPN is looked up untyped where capitals do not mean a name."""
    pos = tokens[i].pos
    if pos == "PROPN" and (i == 0 or tokens[i - 1].is_punct or tokens[i - 1].norm in ("#", "@")):
        return None
    return pos


def _entry_for(tokens: Sequence[Token], i: int, steps: frozenset[str], lexicon: Lexicon) -> LexiconEntry | None:
    """The lexicon entry of token ``i`` under ``steps`` (None: not evaluated)."""
    tok = tokens[i]
    lemmas, news = "spacy_lemmas" in steps, "news_lexicon" in steps
    pos = _lookup_pos(tokens, i) if lemmas else None
    if pos == "PROPN":  # a capitalised word inside a sentence: a name unless our news lexicon knows it
        entry = lexicon.news_entry(tok.norm, None) if news else None
        return entry if entry is not None and not entry.neutral else None
    entry = _usable(lexicon.lookup(tok.norm, tok.lemma if lemmas else None, pos, news=news, lemmas=lemmas), news)
    if entry is None and "morphology" in steps and tok.norm.isalpha():
        entry = _derived_entry(tok.norm, lexicon, news)
    return entry


def _usable(entry: LexiconEntry | None, news: bool) -> LexiconEntry | None:
    """Drop textblob-fr adjectives its own lexicon calls objective (only with the news lexicon step)."""
    if entry is not None and news and entry.source == "textblob" and entry.note == "JJ" \
            and entry.subjectivity <= OBJECTIVE_SUBJECTIVITY:
        return None  # a relational adjective (électrique, humain): no opinion
    return entry


def _derived_entry(word: str, lexicon: Lexicon, news: bool) -> LexiconEntry | None:
    """An entry borrowed from a known relative of ``word`` (see :mod:`analysis.sentiment.morphology`)."""
    if news:  # inflected forms the tagger missed (« Corrompus » read as a name, « dénonce » as a noun)
        for base in inflection_bases(word):
            entry = lexicon.news_entry(base, None)
            if entry is not None:
                return None if entry.neutral else LexiconEntry(base, entry.polarity, entry.subjectivity, 1.0,
                                                                "news+derived", entry.note)
    for base in adverb_bases(word) + participle_bases(word):
        entry = _usable(lexicon.lookup(base, None, None, news=news, lemmas=False), news)
        if entry is not None and not entry.neutral:
            return LexiconEntry(base, entry.polarity, entry.subjectivity, 1.0, entry.source + "+derived", entry.note)
    base = privative_base(word)
    if base:
        entry = _usable(lexicon.lookup(base, None, None, news=news, lemmas=False), news)
        if entry is not None and abs(entry.polarity) >= PRIVATIVE_MIN_POLARITY:
            return LexiconEntry(base, -entry.polarity, entry.subjectivity, 1.0, entry.source + "+privative", entry.note)
    return None


def _score_tokens(tokens: Sequence[Token], text: str, steps: frozenset[str], lexicon: Lexicon) -> dict:
    n = len(tokens)
    excluded: frozenset[str] = frozenset()
    if "negation" in steps:
        excluded |= negation_words().all
    if "intensifiers" in steps:
        excluded |= modifier_words()
    entries: list[LexiconEntry | None] = [None] * n
    spans: list[tuple[int, int]] = [(t.start, t.end) for t in tokens]
    covered: set[int] = set()
    norms = [t.norm for t in tokens]
    if "negation" in steps:  # « sans doute », « sans précédent »: the expression, not its second word
        fixed = negation_words().fixed
        covered.update(i + 1 for i in range(n - 1) if (norms[i], norms[i + 1]) in fixed)
    for key, entry in lexicon.multiword.items():
        width = len(key)
        for i in range(n - width + 1):
            if tuple(norms[i:i + width]) == key and not covered.intersection(range(i, i + width)):
                entries[i] = entry
                spans[i] = (tokens[i].start, tokens[i + width - 1].end)
                covered.update(range(i, i + width))
    for i, tok in enumerate(tokens):
        if i in covered or tok.is_punct or tok.norm in excluded:
            continue
        entry = _entry_for(tokens, i, steps, lexicon)
        if entry is not None and not entry.neutral:
            entries[i] = entry

    def evaluated(i: int) -> bool:
        return entries[i] is not None and entries[i].polarity != 0

    mods = find_modifiers(norms, evaluated) if "intensifiers" in steps else {}
    negs = negation_scopes([Tok(t.norm, t.pos, t.is_punct, t.lemma) for t in tokens], evaluated,
                           shifters=SHIFTERS) if "negation" in steps else {}
    hits, last = [], None
    for i in range(n):
        if tokens[i].norm == "!" and last is not None and last["polarity"] != 0:
            last["polarity"] = max(-1.0, min(1.0, last["polarity"] * EXCLAMATION_BOOST))
            continue
        entry = entries[i]
        if entry is None:
            if not tokens[i].is_punct:
                last = None if last is None or i - last["_i"] > 2 else last
            continue
        p, s = entry.polarity, entry.subjectivity
        modifier = negator = None
        if i in mods:
            m, factor = mods[i]
            if not (i in negs and factor > 1):  # « pas très bon »: the negation wins, no boost
                p, s = p * factor, s * abs(factor)
                modifier = text[tokens[m].start:tokens[i].start].strip() or tokens[m].text
        if i in negs:
            p *= NEGATION_FACTOR
            negator = tokens[negs[i]].text
        start, end = spans[i]
        last = {"word": text[start:end] if start >= 0 else tokens[i].text, "lemma": entry.key, "start": start,
                "end": end, "polarity": max(-1.0, min(1.0, p)), "subjectivity": max(0.0, min(1.0, s)),
                "source": entry.source, "negator": negator, "modifier": modifier, "_i": i}
        hits.append(last)
    for hit in hits:
        hit.pop("_i")
        hit["polarity"] = round(hit["polarity"], 4)
        hit["subjectivity"] = round(hit["subjectivity"], 4)
    words = sum(1 for t in tokens if not t.is_punct)
    polarity = sum(h["polarity"] for h in hits) / len(hits) if hits else 0.0
    subjectivity = sum(h["subjectivity"] for h in hits) / len(hits) if hits else 0.0
    fired = sum(1 for h in hits if h["polarity"] != 0)
    return {"polarity": polarity, "subjectivity": subjectivity, "hits": hits,
            "coverage": fired / words if words else 0.0}


def score(
    texts: str | Iterable[str] | pd.Series,
    *,
    steps: Iterable[str] | str | None = None,
    model: str | None = None,
    thresholds: tuple[float, float] | None = None,
    batch_size: int = 8,
) -> pd.DataFrame:
    """Sentiment of each text: one row per text, aligned with the input.

    Columns: text, polarity (−1..1), subjectivity (0..1), label (neg | neu | pos), hits (the
    lexicon words that fired: word, lemma, start, end offsets in the text, polarity contribution,
    subjectivity, source, negator, modifier), coverage (share of words that fired) and
    polarity_raw (plain textblob-fr). ``steps`` switches improvements (see the module doc);
    ``thresholds`` overrides the tuned (neg, pos) band. Texts are tagged in batches through
    one spaCy pipeline, so score many texts in one call.
    """
    items, index = _as_texts(texts)
    chosen = resolve_steps(steps)
    lexicon = news_lexicon() if "news_lexicon" in chosen else textblob_only()
    if "spacy_lemmas" in chosen:
        token_lists = _spacy_tokens(items, model, batch_size) if items else []
    else:
        token_lists = [_pattern_tokens(t) for t in items]
    if thresholds is None:
        thresholds = neutral_band() if "neutral_band" in chosen else (0.0, 0.0)
    neg_t, pos_t = thresholds
    rows = []
    for text, tokens, (raw_p, _) in zip(items, token_lists, raw_scores(items), strict=True):
        result = _score_tokens(tokens, text, chosen, lexicon)
        result["text"] = text
        result["label"] = label_for(result["polarity"], neg_threshold=neg_t, pos_threshold=pos_t)
        result["polarity_raw"] = float(raw_p)
        rows.append(result)
    frame = pd.DataFrame(rows, columns=SCORE_COLUMNS, index=index)
    return frame.astype({"polarity": "float64", "subjectivity": "float64", "coverage": "float64",
                         "polarity_raw": "float64"})


def score_quotes(quotes: pd.DataFrame, **options) -> pd.DataFrame:
    """The quotes frame with polarity, subjectivity, label, hits and coverage added.

    Each quote is scored on its own ``text`` (for mixed quotes that is the whole reported
    content, quote marks included). ``options`` go to :func:`score`.
    """
    if "text" not in quotes.columns:
        from analysis.errors import MissingColumnError

        raise MissingColumnError(None, "the quotes frame has no text column to score")
    scored = score(quotes["text"].reset_index(drop=True), **options)
    out = quotes.copy()
    for column in ("polarity", "subjectivity", "label", "hits", "coverage"):
        out[column] = scored[column].to_numpy() if len(scored) else pd.Series(dtype=object)
    return out
