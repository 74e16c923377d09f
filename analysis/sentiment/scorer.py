"""``score(texts)``: textblob-fr's lexicon and averaging, made right for French news by switchable steps.

Like textblob-fr, a text's polarity is the mean of the polarities of the lexicon words that
fire in it (its subjectivity the mean of their subjectivities); words a modifier or a
negation governs fire once, with their adjusted value. The steps are:

- ``spacy_lemmas``: spaCy tokens (elisions, hashtags, punctuation handled) and POS, lookup by
  form then by lemma, POS-aware (« la fin » is not the adjective « fin »; « a déplacé » is a
  verb, not the adjective « déplacé »; a word after a copula is read as a predicative
  adjective even when the tagger says ADV; a participle used as a noun, « les plus éprouvés »,
  is a noun: :mod:`analysis.sentiment.nominal`). Off: textblob-fr's regex tokens, lookup by form, no POS.
- ``morphology``: unknown words borrow the score of a known relative: adverbs in -ment their
  adjective, participles their verb, privative adjectives (in-, im-, mal-) their base reversed
  (:mod:`analysis.sentiment.morphology`). Off: unknown words score nothing.
- ``negation``: French negation scope, and polarity shifters (« éviter une crise »)
  (:mod:`analysis.sentiment.negation`). Off: none.
- ``intensifiers``: intensifiers and attenuators (:mod:`analysis.sentiment.intensifiers`).
  Off: modifiers are ordinary lexicon words.
- ``contrast``: after « mais », « cependant », « toutefois » … evaluations weigh 1.5 and before
  it 0.5; a conceded clause (malgré, même si, bien que) weighs 0.5 (:mod:`analysis.sentiment.contrast`).
  Off: every position weighs the same.
- ``news_lexicon``: the news-domain extension and corrections (:mod:`analysis.sentiment.lexicon`),
  and textblob-fr adjectives its own lexicon calls objective (subjectivity ≤ 0.1: électrique,
  humain, occidental, tous) no longer count. Off: textblob-fr's lexicon alone.
- ``train_lexicon``: entries derived from the tweets benchmark's TRAIN split and vetted by
  hand (``sentiment_lexicon_train.csv``; the tweets profile only). Off: not used.
- ``vader_lexicon``: words that neither textblob-fr nor our lexicons know (under any part of
  speech) take vaderSentiment-fr's French valence, filtered and scaled
  (:mod:`analysis.sentiment.vader`); the profile's ``vader_weight`` scales these hits. Off: unknown
  words score nothing.
- ``cues``: stance cues that carry no evaluative word: a verbal negation that denies nothing negative,
  « toujours pas », « sans la moindre », « enfin » … (:mod:`analysis.sentiment.cues`;
  which cues hold depends on the profile); each adds a ±1 hit scaled by the profile's
  ``cue_weight``. Off: none.
- ``irrealis``: a positive hit inside an aim, obligation, appeal or question (« pour résoudre la
  crise », « il faut rester calme », « appelle au dialogue », « sera-t-il efficace ? ») names a
  state wished for or asked about, not one reported: it counts as an ``event`` hit
  (:mod:`analysis.sentiment.irrealis`). Off: it counts as ``eval``.
- ``denial``: a negated negative word (« je n'ai enfreint aucune règle », « ce n'est pas un
  échec ») is a denial or a rebuttal, not praise: its reversed, positive hit counts as an
  ``event`` hit (discounted, no evidence for a positive label). Off: it counts as ``eval``.
- ``event_discount``: hits of ``event`` words (guerre, morts, sécurité: they name the topic)
  count with the profile's ``event_weight``, except in predicate position, where classifying
  something is a judgement (« cet accord est une menace pour nos agriculteurs », « c'est une
  catastrophe »: the hit counts as ``eval``). Off: every hit counts fully.
- ``evidence``: a text is labelled neg or pos only if evaluative (``eval``) words of that sign
  fired strongly enough (the profile's ``min_evidence``). Off: the band alone decides.
- ``neutral_band``: labels neu within the profile's band. Off: the sign of the polarity.

Which steps apply and with which values is a *profile* (``profile="news"`` or ``"tweets"``,
:mod:`analysis.sentiment.profiles`), tuned on training data only. Every row also carries
``polarity_raw``, plain textblob-fr, for transparency.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from analysis.errors import InputError
from analysis.fr.sentiment_words import COPULAS, DEGREE, PREDICATE_SKIP, PREDICATORS
from analysis.fr.text import fold
from analysis.sentiment.contrast import contrast_weights
from analysis.sentiment.cues import CUE_SUBJECTIVITY, find_cues
from analysis.sentiment.engine import pattern_tokens, raw_scores
from analysis.sentiment.intensifiers import find_modifiers, modifier_words
from analysis.sentiment.irrealis import SIGNS as IRREALIS_SIGNS
from analysis.sentiment.irrealis import irrealis_scope, question_scope
from analysis.sentiment.lexicon import Lexicon, LexiconEntry, news_lexicon, textblob_only
from analysis.sentiment.morphology import (
    PRIVATIVE_MIN_POLARITY,
    adverb_bases,
    inflection_bases,
    participle_bases,
    privative_base,
)
from analysis.sentiment.negation import NEGATION_FACTOR, negation_scopes, negation_words, verbal_negations
from analysis.sentiment.nominal import nominal_participles
from analysis.sentiment.profiles import DEFAULT_PROFILE, STEPS, Profile, get_profile
from analysis.sentiment.tokens import Token
from analysis.sentiment.vader import vader_entry

SHIFTERS = True
"""With the negation step, polarity shifters (éviter, empêcher, lutter contre, mettre fin à, réduire)
reverse their evaluated object like a negation does (see ``sentiment_negation.csv``, role shifter)."""
OBJECTIVE_SUBJECTIVITY = 0.1
"""textblob-fr entries at or below this subjectivity are relational adjectives (électrique,
industriel, humain): its authors marked them objective, so with the news lexicon they do not count."""
EXCLAMATION_BOOST = 1.25
"""textblob-fr's: each « ! » right after an evaluated word raises it by a quarter."""

SCORE_COLUMNS = ["text", "polarity", "subjectivity", "label", "hits", "coverage", "polarity_raw"]


def neutral_band(profile: str | Profile = DEFAULT_PROFILE) -> tuple[float, float]:
    """(neg_threshold, pos_threshold) of a profile, tuned on its training data (see the data file)."""
    return get_profile(profile).band


def resolve_steps(steps: Iterable[str] | str | None) -> frozenset[str]:
    """``"all"``: every step; otherwise the named ones (unknown names are an error). ``None`` is
    every step here; :func:`score` reads ``None`` as the profile's own steps."""
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
            toks.append(Token(norm=fold(surface, accents=True), pos=t.pos_, is_punct=bool(t.is_punct) or t.pos_ == "PUNCT",
                              lemma=fold(t.lemma_, accents=True), text=surface, start=t.idx, end=t.idx + len(t.text)))
        result.append(toks)
    return result


def _pattern_tokens(text: str) -> list[Token]:
    toks, cursor = [], 0
    folded = fold(text, accents=True)
    for word in pattern_tokens(text):
        key = fold(word, accents=True)
        at = folded.find(key, cursor)
        start, end = (at, at + len(key)) if at >= 0 else (-1, -1)
        if at >= 0:
            cursor = end
        toks.append(Token(norm=key, is_punct=not any(c.isalnum() for c in word), lemma=key, text=word, start=start, end=end))
    return toks


def _lookup_pos(tokens: Sequence[Token], i: int) -> str | None:
    """POS used for lookup; a PROPN is looked up untyped where capitals do not mean a name, and a
    capitalised NOUN inside a sentence is taken for a name."""
    pos = tokens[i].pos
    initial = i == 0 or tokens[i - 1].is_punct or tokens[i - 1].norm in ("#", "@")
    if pos == "PROPN" and initial:
        return None
    if pos == "NOUN" and not initial and tokens[i].text.istitle() and len(tokens[i].text) > 1:
        return "PROPN"  # « le fleuve Amour »: a capitalised noun inside a sentence is a name
    return pos


def _after_avoir(tokens: Sequence[Token], i: int) -> bool:
    """A verb form governed by the auxiliary avoir (« a déplacé », « ont bien réussi »)."""
    j = i - 1
    while j >= 0 and tokens[j].pos == "ADV":
        j -= 1
    return j >= 0 and tokens[j].lemma == "avoir" and tokens[j].pos == "AUX"


def _after_predicator(tokens: Sequence[Token], i: int) -> bool:
    """An event noun or adjective in predicate position (« est une menace », « c'est au bord de l'effondrement »)."""
    j, skipped = i - 1, 0
    while j >= 0 and skipped < 4 and (tokens[j].norm in PREDICATE_SKIP or tokens[j].pos in ("ADV", "DET")):
        j, skipped = j - 1, skipped + 1
    return j >= 0 and tokens[j].lemma in PREDICATORS and tokens[j].pos in ("AUX", "VERB")


def _after_copula(tokens: Sequence[Token], i: int) -> bool:
    """A word in predicate position after a copula (« est très content »; degree adverbs allowed between)."""
    j = i - 1
    while j >= 0 and tokens[j].pos == "ADV" and j >= i - 3:
        j -= 1
    return j >= 0 and tokens[j].lemma in COPULAS and tokens[j].pos in ("AUX", "VERB")


def _predicate_adjective(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` reads as an adjective whatever its tag: after a copula or a degree adverb."""
    return _after_copula(tokens, i) or (i > 0 and tokens[i - 1].norm in DEGREE and tokens[i - 1].pos == "ADV")


def _entry_for(tokens: Sequence[Token], i: int, steps: frozenset[str], lexicon: Lexicon, *,
               nominal: bool = False) -> LexiconEntry | None:
    """The lexicon entry of token ``i`` under ``steps`` (None: not evaluated). ``nominal``: a
    participle used as a noun (:mod:`analysis.sentiment.nominal`), looked up as a noun."""
    tok = tokens[i]
    lemmas, news = "spacy_lemmas" in steps, "news_lexicon" in steps
    if lemmas and nominal:
        entry = _usable(lexicon.lookup(tok.norm, tok.lemma, "NOUN", news=news), news)
        return entry if entry is None or lexicon.noun_sense(entry) else replace(entry, kind="event")
    pos = _lookup_pos(tokens, i) if lemmas else None
    if pos == "PROPN" and not (lemmas and _predicate_adjective(tokens, i)):
        # a capitalised word inside a sentence: a name unless our news lexicon knows it as a non-noun
        # (« Amour » the river, « Victoire » the first name are names; « Corrompus ! » is not)
        entry = lexicon.news_entry(tok.norm, None) if news else None
        noun = entry is not None and lexicon.news.get((entry.key, "NOUN")) is entry
        return entry if entry is not None and not entry.neutral and not noun else None
    verbal = lemmas and pos == "VERB" and _after_avoir(tokens, i)
    entry = _usable(lexicon.lookup(tok.norm, tok.lemma if lemmas else None, pos, news=news, lemmas=lemmas,
                                   verbal=verbal), news)
    if entry is None and lemmas and pos in ("ADV", "NOUN", "VERB", "PROPN") and _predicate_adjective(tokens, i):
        # « est très content », « le plus beau jour »: the tagger's ADV or NOUN is an adjective here
        entry = _usable(lexicon.lookup(tok.norm, None, "ADJ", news=news, lemmas=False), news)
    if entry is None and "morphology" in steps and tok.norm.isalpha():
        entry = _derived_entry(tok.norm, lexicon, news, pos)
    if entry is None and "vader_lexicon" in steps:
        entry = vader_entry(tok.norm, tok.lemma, pos, lexicon, news=news)
    return entry


def _usable(entry: LexiconEntry | None, news: bool) -> LexiconEntry | None:
    """Drop textblob-fr adjectives its own lexicon calls objective (only with the news lexicon step)."""
    if entry is not None and news and entry.source == "textblob" and entry.note == "JJ" \
            and entry.subjectivity <= OBJECTIVE_SUBJECTIVITY:
        return None  # a relational adjective (électrique, humain): no opinion
    return entry


@functools.lru_cache(maxsize=65536)
def _derived_entry(word: str, lexicon: Lexicon, news: bool, pos: str | None = None) -> LexiconEntry | None:
    """An entry borrowed from a known relative of ``word`` (see :mod:`analysis.sentiment.morphology`).

    Cached: it depends only on its arguments (lexicons are built once and not changed), and
    the same words recur all through a corpus.

    With a spaCy ``pos``, the adverb rule applies to adverbs only (« amendement » is not
    « amende » + -ment) and the participle rule to verbs and adjectives only.
    """
    def borrowed(base: str, entry: LexiconEntry, source: str, polarity: float) -> LexiconEntry:
        return LexiconEntry(base, polarity, entry.subjectivity, 1.0, source, entry.note, entry.kind)

    if news:  # inflected forms the tagger missed (« Corrompus » read as a name, « dénonce » as a noun)
        for base in inflection_bases(word):
            entry = lexicon.news_entry(base, None)
            if entry is not None:
                return None if entry.neutral else borrowed(base, entry, entry.source + "+derived", entry.polarity)
    bases = (adverb_bases(word) if pos in (None, "ADV") else []) \
        + (participle_bases(word) if pos in (None, "VERB", "ADJ", "PROPN") else [])
    for base in bases:
        entry = _usable(lexicon.lookup(base, None, None, news=news, lemmas=False), news)
        if entry is not None and not entry.neutral:
            return borrowed(base, entry, entry.source + "+derived", entry.polarity)
    base = privative_base(word)
    if base and pos in (None, "ADJ", "PROPN", "VERB"):
        entry = _usable(lexicon.lookup(base, None, None, news=news, lemmas=False), news)
        if entry is not None and abs(entry.polarity) >= PRIVATIVE_MIN_POLARITY:
            return borrowed(base, entry, entry.source + "+privative", -entry.polarity)
    return None


def _lexicon_entries(tokens: Sequence[Token], norms: Sequence[str], lemmas: Sequence[str], steps: frozenset[str],
                     lexicon: Lexicon) -> tuple[list[LexiconEntry | None], list[tuple[int, int]]]:
    """The lexicon entry of each token (None: not evaluated) and the span each hit will claim:
    expressions first (by form or, with spaCy, lemma: « se moquent du monde » ~ « se moquer du
    monde »), then single words."""
    n = len(tokens)
    excluded: frozenset[str] = frozenset()
    if "negation" in steps:
        excluded |= negation_words().all
    if "intensifiers" in steps:
        excluded |= modifier_words()
    entries: list[LexiconEntry | None] = [None] * n
    spans: list[tuple[int, int]] = [(t.start, t.end) for t in tokens]
    covered: set[int] = set()
    if "negation" in steps:  # « sans doute », « sans précédent »: the expression, not its second word
        fixed = negation_words().fixed
        covered.update(i + 1 for i in range(n - 1) if (norms[i], norms[i + 1]) in fixed)
    matches = []  # (file order, start, width, entry): earlier rows win overlaps, as in the file
    for i in range(n):
        for rank, key, entry in lexicon.multiword_starting(norms[i], lemmas[i]):
            width = len(key)
            if i + width <= n and all(norms[i + k] == w or lemmas[i + k] == w for k, w in enumerate(key)):
                matches.append((rank, i, width, entry))
    for _, i, width, entry in sorted(matches, key=lambda m: (m[0], m[1])):
        if not covered.intersection(range(i, i + width)):
            if not entry.neutral:  # a neutralised expression (« session extraordinaire ») only hides its words
                entries[i] = entry
                spans[i] = (tokens[i].start, tokens[i + width - 1].end)
            covered.update(range(i, i + width))
    nominal = nominal_participles([t.text for t in tokens], norms, lemmas, [t.pos for t in tokens]) \
        if "spacy_lemmas" in steps else set()
    for i, tok in enumerate(tokens):
        if i in covered or tok.is_punct or tok.norm in excluded:
            continue
        entry = _entry_for(tokens, i, steps, lexicon, nominal=i in nominal)
        if entry is not None and not entry.neutral:
            entries[i] = entry
    return entries, spans


def _score_tokens(tokens: Sequence[Token], text: str, steps: frozenset[str], lexicon: Lexicon,
                  profile: str = DEFAULT_PROFILE) -> dict:
    """The hits and coverage of one text: lexicon entries, then modifiers, negation, contrast,
    the kind of each hit, then the stance cues."""
    n = len(tokens)
    norms = [t.norm for t in tokens]
    lemmas = [t.lemma if "spacy_lemmas" in steps else t.norm for t in tokens]
    poses = [t.pos for t in tokens]
    entries, spans = _lexicon_entries(tokens, norms, lemmas, steps, lexicon)

    def evaluated(i: int) -> bool:
        return entries[i] is not None and entries[i].polarity != 0

    predicative = {i for i in range(n) if entries[i] is not None and entries[i].kind == "event"
                   and poses[i] in ("NOUN", "ADJ") and _after_predicator(tokens, i)}

    mods = find_modifiers(norms, evaluated) if "intensifiers" in steps else {}
    negs = negation_scopes(tokens, evaluated, shifters=SHIFTERS) if "negation" in steps else {}
    weights = contrast_weights(norms) if "contrast" in steps else [1.0] * n
    denial = "denial" in steps
    wished = irrealis_scope(norms, lemmas, poses) | question_scope(norms) if "irrealis" in steps else set()
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
        p *= weights[i]
        start, end = spans[i]
        last = {"word": text[start:end] if start >= 0 else tokens[i].text, "lemma": entry.key, "start": start,
                "end": end, "polarity": max(-1.0, min(1.0, p)), "subjectivity": max(0.0, min(1.0, s)),
                "source": entry.source,
                "kind": "event" if denial and negator is not None and entry.polarity < 0 < p
                else _kind(entry, i, p, predicative, wished),
                "negator": negator, "modifier": modifier,
                "weight": weights[i], "_i": i}
        hits.append(last)
    if "cues" in steps:
        denials = {negator for target, negator in negs.items() if entries[target].polarity < 0}
        hits = _with_cues(hits, tokens, text, lemmas, denials, weights, wished, profile)
    for hit in hits:
        hit.pop("_i")
        hit["polarity"] = round(hit["polarity"], 4)
        hit["subjectivity"] = round(hit["subjectivity"], 4)
    words = sum(1 for t in tokens if not t.is_punct)
    fired = sum(1 for h in hits if h["polarity"] != 0)
    return {"hits": hits, "coverage": fired / words if words else 0.0}


def _with_cues(hits: list[dict], tokens: Sequence[Token], text: str, lemmas: Sequence[str],
               denials: set[int], weights: Sequence[float], wished: set[int], profile: str) -> list[dict]:
    """``hits`` with the stance cues of the text added (a word cue hides the hits of its own
    words), in text order. ``denials``: the negators that reversed a negative word (no cue)."""
    plain = [(ne, particle) for ne, particle in verbal_negations(tokens) if ne not in denials and particle not in denials]
    for first, last, sign, cue in find_cues([t.norm for t in tokens], lemmas, profile=profile,
                                            unscoped_negations=plain):
        start, end = tokens[first].start, tokens[last].end
        hits = [h for h in hits if not (cue[0] != "<" and first <= h["_i"] <= last)]  # the cue's own words
        hits.append({"word": text[start:end] if start >= 0 else tokens[first].text, "lemma": cue,
                     "start": start, "end": end, "polarity": float(sign) * weights[first],
                     "subjectivity": CUE_SUBJECTIVITY, "source": "cue", "negator": None,
                     "kind": "event" if sign > 0 and first in wished else "eval",  # « faut-il enfin … ? »
                     "modifier": None, "weight": weights[first], "_i": first})
    return sorted(hits, key=lambda h: h["_i"])


def _kind(entry: LexiconEntry, i: int, polarity: float, predicative: set[int], wished: set[int]) -> str:
    """eval | event of a hit: an event word in predicate position judges; a hit of the irrealis
    signs inside an aim, appeal or question names a wished-for or questioned state (an event)."""
    if i in wished and polarity != 0 and (1 if polarity > 0 else -1) in IRREALIS_SIGNS:
        return "event"
    return "eval" if i in predicative else entry.kind


def evidence(hits: Sequence[dict], sign: int) -> float:
    """Absolute polarity that ``eval`` hits of one sign (+1 or −1) contribute: how strongly the
    wording itself (not the topic) evaluates in that direction."""
    return sum(abs(h["polarity"]) for h in hits if h.get("kind", "eval") == "eval" and h["polarity"] * sign > 0)


def decide(hits: list[dict], *, steps: frozenset[str], profile: Profile,
           thresholds: tuple[float, float] | None = None) -> tuple[float, float, str]:
    """(polarity, subjectivity, label) from a text's hits under ``steps`` and a profile.

    Each vaderSentiment-fr hit's polarity and weight are multiplied (in place, once: the hits
    then show what counted) by the profile's ``vader_weight``, each cue hit's by its
    ``cue_weight``; with
    ``event_discount``, each ``event`` hit's by the profile's ``event_weight``. Polarity and subjectivity are then
    textblob-fr's means over the hits; ``neutral_band`` and ``evidence`` decide the label.
    """
    for source, factor in (("vader", profile.vader_weight), ("cue", profile.cue_weight)):
        if factor != 1.0:
            for hit in hits:
                if hit.get("source") == source:
                    hit["weight"] = round(hit["weight"] * factor, 4)
                    hit["polarity"] = round(hit["polarity"] * factor, 4)
    if "event_discount" in steps:
        for hit in hits:
            if hit.get("kind") == "event":
                hit["weight"] = round(hit["weight"] * profile.event_weight, 4)
                hit["polarity"] = round(hit["polarity"] * profile.event_weight, 4)
    polarity = sum(h["polarity"] for h in hits) / len(hits) if hits else 0.0
    subjectivity = sum(h["subjectivity"] for h in hits) / len(hits) if hits else 0.0
    if thresholds is None:
        thresholds = profile.band if "neutral_band" in steps else (0.0, 0.0)
    label = label_for(polarity, neg_threshold=thresholds[0], pos_threshold=thresholds[1])
    if "evidence" in steps and label != "neu":
        found = evidence(hits, 1 if label == "pos" else -1)
        if found <= 0 or found < profile.min_evidence:
            label = "neu"
    return polarity, subjectivity, label


def tag(texts: Sequence[str], *, steps: frozenset[str], model: str | None = None,
        batch_size: int = 8) -> list[list[Token]]:
    """The tokens the scorer reads: spaCy's with ``spacy_lemmas``, textblob-fr's regex ones otherwise."""
    if "spacy_lemmas" in steps:
        return _spacy_tokens(texts, model, batch_size) if texts else []
    return [_pattern_tokens(t) for t in texts]


def score_hits(texts: str | Iterable[str] | pd.Series, *, steps: frozenset[str], model: str | None = None,
               batch_size: int = 8, tokens: Sequence[list[Token]] | None = None,
               profile: str | Profile = DEFAULT_PROFILE) -> list[dict]:
    """The hits and coverage of each text before any decision (what :func:`score` builds on;
    the tuning and the benchmark re-decide from these, and pass ``tokens`` from :func:`tag`
    to tag each text once)."""
    items, _ = _as_texts(texts)
    lexicon = news_lexicon(train="train_lexicon" in steps) if "news_lexicon" in steps else textblob_only()
    token_lists = tokens if tokens is not None else tag(items, steps=steps, model=model, batch_size=batch_size)
    name = get_profile(profile).name
    return [_score_tokens(toks, text, steps, lexicon, name) for text, toks in zip(items, token_lists, strict=True)]


def score(
    texts: str | Iterable[str] | pd.Series,
    *,
    profile: str | Profile = DEFAULT_PROFILE,
    steps: Iterable[str] | str | None = None,
    model: str | None = None,
    thresholds: tuple[float, float] | None = None,
    batch_size: int = 8,
) -> pd.DataFrame:
    """Sentiment of each text: one row per text, aligned with the input.

    Columns: text, polarity (−1..1), subjectivity (0..1), label (neg | neu | pos), hits (the
    lexicon words that fired: word, lemma, start, end offsets in the text, polarity contribution,
    subjectivity, source, kind (eval | event), negator, modifier, weight), coverage (share of
    words that fired) and polarity_raw (plain textblob-fr).

    ``profile`` is the register: ``"news"`` (default: quotations and articles) or ``"tweets"``
    (short social-media texts); it sets the default steps and the tuned values (see
    :mod:`analysis.sentiment.profiles`). ``steps`` overrides the profile's steps (``"all"``,
    or a set of names; see the module doc); ``thresholds`` overrides the (neg, pos) band.
    Texts are tagged in batches through one spaCy pipeline, so score many texts in one call.
    """
    items, index = _as_texts(texts)
    prof = get_profile(profile)
    chosen = prof.steps if steps is None else resolve_steps(steps)
    rows = []
    scored = score_hits(items, steps=chosen, model=model, batch_size=batch_size, profile=prof)
    for text, result, (raw_p, _) in zip(items, scored, raw_scores(items), strict=True):
        result["polarity"], result["subjectivity"], result["label"] = decide(
            result["hits"], steps=chosen, profile=prof, thresholds=thresholds)
        result["text"] = text
        result["polarity_raw"] = float(raw_p)
        rows.append(result)
    frame = pd.DataFrame(rows, columns=SCORE_COLUMNS, index=index)
    return frame.astype({"polarity": "float64", "subjectivity": "float64", "coverage": "float64",
                         "polarity_raw": "float64"})


def quote_tokens(quotes: pd.DataFrame, tokens: pd.DataFrame) -> list[list[Token]]:
    """The scorer's tokens for each quote, taken from an existing token frame (no second tagging).

    A token belongs to a quote when its offsets lie inside the quote's [start, end) in the same
    article; offsets become relative to the quote text. Tokens were tagged in their sentence,
    which is what the reader sees (a quote tagged alone loses its context).
    """
    out: list[list[Token]] = [[] for _ in range(len(quotes))]
    if not len(quotes) or not len(tokens):
        return out
    ordered = tokens.sort_values(["doc_id", "start"], kind="stable")
    doc_ids = ordered["doc_id"].to_numpy()
    starts, ends = ordered["start"].to_numpy(), ordered["end"].to_numpy()
    texts, lemmas, poses = ordered["text"].tolist(), ordered["lemma"].tolist(), ordered["pos"].tolist()
    puncts = ordered["is_punct"].tolist()
    norms = ordered["norm"].tolist() if "norm" in ordered.columns else [fold(t, accents=True) for t in texts]
    lemma_norm = {lemma: fold(lemma, accents=True) for lemma in set(lemmas)}  # each distinct lemma once
    names, first_rows = np.unique(doc_ids, return_index=True)  # rows are sorted by doc_id
    ends_of = [*first_rows[1:].tolist(), len(doc_ids)]
    bounds = dict(zip(names.tolist(), zip(first_rows.tolist(), ends_of, strict=True), strict=True))
    for k, (doc_id, q_start, q_end) in enumerate(zip(quotes["doc_id"], quotes["start"], quotes["end"], strict=True)):
        if doc_id not in bounds:
            continue
        lo, hi = bounds[doc_id]
        first = lo + int(np.searchsorted(starts[lo:hi], q_start, side="left"))
        last = lo + int(np.searchsorted(starts[lo:hi], q_end, side="left"))
        out[k] = [
            Token(norm=norms[j], pos=poses[j], is_punct=bool(puncts[j]) or poses[j] == "PUNCT",
                  lemma=lemma_norm[lemmas[j]], text=texts[j], start=int(starts[j]) - int(q_start),
                  end=int(ends[j]) - int(q_start))
            for j in range(first, last) if ends[j] <= q_end
        ]
    return out


def score_quotes(quotes: pd.DataFrame, *, profile: str | Profile = "news", tokens: pd.DataFrame | None = None,
                 **options) -> pd.DataFrame:
    """The quotes frame with polarity, subjectivity, label, hits and coverage added.

    Each quote is scored on its own ``text`` (for mixed quotes that is the whole reported
    content, quote marks included), with the news profile unless told otherwise. Pass the
    article's ``tokens`` frame (:func:`analysis.nlp.tokens`) to reuse its spaCy analysis instead
    of tagging every quote again — the corpus pipeline does. ``options`` go to :func:`score`.
    """
    if "text" not in quotes.columns:
        from analysis.errors import MissingColumnError

        raise MissingColumnError(None, "the quotes frame has no text column to score")
    texts = quotes["text"].reset_index(drop=True)
    prof = get_profile(profile)
    chosen = prof.steps if options.get("steps") is None else resolve_steps(options["steps"])
    if tokens is not None and "spacy_lemmas" in chosen and len(quotes):
        items, _ = _as_texts(texts)
        scored_hits = score_hits(items, steps=chosen, tokens=quote_tokens(quotes, tokens), profile=prof)
        rows = []
        for result in scored_hits:
            result["polarity"], result["subjectivity"], result["label"] = decide(
                result["hits"], steps=chosen, profile=prof, thresholds=options.get("thresholds"))
            rows.append(result)
        scored = pd.DataFrame(rows, columns=[c for c in SCORE_COLUMNS if c not in ("text", "polarity_raw")])
    else:
        scored = score(texts, profile=profile, **options)
    out = quotes.copy()
    for column in ("polarity", "subjectivity", "label", "hits", "coverage"):
        out[column] = scored[column].to_numpy() if len(scored) else pd.Series(dtype=object)
    return out
