"""The textblob-fr engine: its PatternAnalyzer (raw scores) and its lexicon (word entries).

textblob-fr stays the reference researchers cite, so two things come from it unchanged:
``raw_scores`` is plain ``PatternAnalyzer().analyze(text)`` (its own regex tokenizer, no
punkt data), kept next to every improved score for comparison; ``textblob_entry`` reads
its ``fr-sentiment.xml`` lexicon (polarity, subjectivity, intensity per form and POS).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

Entry = tuple[float, float, float]
"""(polarity −1..1, subjectivity 0..1, intensity) as in textblob-fr's lexicon."""

TEXTBLOB_POS: dict[str, tuple[str, ...]] = {
    "ADJ": ("JJ",),
    "VERB": ("VB", "JJ"),  # past participles used as adjectives (déçu, choqué) carry JJ entries
    "AUX": (),
    "NOUN": ("NN",),
    "PROPN": (),  # names are never evaluations (« Bon », « Sage » as surnames)
    "ADV": ("RB",),
    "INTJ": ("UH",),
}
"""Which textblob-fr tags a spaCy POS may match: textblob-fr is an adjective lexicon, and
matching « la fin » (NOUN) to its « fin » (JJ) entry is one of its errors on news."""


@functools.lru_cache(maxsize=1)
def _analyzer():
    from textblob_fr import PatternAnalyzer

    return PatternAnalyzer()


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    from textblob_fr.fr import sentiment

    if not dict.__len__(sentiment):
        sentiment.load()
    return sentiment


def raw_scores(texts: Iterable[str]) -> list[tuple[float, float]]:
    """Plain textblob-fr (polarity, subjectivity) of each text, exactly as PatternAnalyzer gives."""
    analyzer = _analyzer()
    return [tuple(analyzer.analyze(text))[:2] for text in texts]


def textblob_entry(word: str, pos: str | None = None, *, verbal: bool = False) -> tuple[Entry, str] | None:
    """textblob-fr's ((polarity, subjectivity, intensity), tag) for a lower-case word.

    With a spaCy ``pos``, only the tags of :data:`TEXTBLOB_POS` match; without one, the
    average over the word's tags (what textblob-fr itself does on raw strings; tag "" then,
    or its only tag). ``verbal``: a verb after the auxiliary avoir, matched to VB entries only.
    Subjectivity is clipped to 0..1 (a few entries are out of range).
    """
    lexicon = _lexicon()
    senses = dict.get(lexicon, word)
    if not senses:
        return None
    tags = [tag for tag in senses if tag is not None]
    if pos is None:
        values, tag = senses.get(None), tags[0] if len(tags) == 1 else ""
    else:
        allowed = ("VB",) if verbal and pos == "VERB" else TEXTBLOB_POS.get(pos, ())
        tag = next((tag for tag in allowed if tag in senses), None)
        values = senses[tag] if tag else None
    if values is None:
        return None
    p, s, i = (float(v) for v in values)
    return (p, min(max(s, 0.0), 1.0), i), tag or ""


def textblob_knows(word: str) -> bool:
    """Whether textblob-fr's lexicon lists ``word`` (lower case) under any tag."""
    return bool(dict.get(_lexicon(), word))


def pattern_tokens(text: str) -> list[str]:
    """textblob-fr's own tokenisation (regex, elisions split off), used when spaCy is switched off."""
    from textblob_fr.fr import parser

    return " ".join(parser.find_tokens(text)).split()
