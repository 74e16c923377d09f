"""A fallback lexicon: vaderSentiment-fr's French word list, for words neither textblob-fr nor ours know.

textblob-fr is an adjective lexicon of about 5,000 forms; the news extension adds about a
thousand nouns, verbs and corrections. Most words of a quotation are known to neither, so
half of all texts score nothing. The PyPI package ``vaderSentiment-fr`` (MIT licence) ships
``fr_lexicon.txt``: about 9,000 French forms (inflections listed separately) with a mean
valence on VADER's −4..+4 scale, machine-translated from the English VADER lexicon. It is read
at run time from the installed package (never copied into this repository; its code is not
imported, only the file is read).

Machine translation makes some entries mislead, so the ``vader_lexicon`` step uses an entry
only under these rules (each is a reason the entry would be wrong, not a fitted number):

- the word is unknown to both other lexicons under every part of speech, by form, lemma and
  inflection base: our corrections and textblob-fr always win, and a word we neutralised
  (« premier », « gauche ») or textblob-fr scores as another part of speech stays unscored;
- the token is an adjective, verb, noun, adverb or interjection (never a name, determiner,
  pronoun, preposition, auxiliary, number) and not a French stop word;
- the entry is clearly valenced: \\|valence\\| ≥ :data:`MIN_VALENCE` (weak entries are mostly
  translation noise: « accord » +0.8, « sécurité » +0.5);
- the word is not in ``analysis/data/sentiment_vader_exclude.csv``: entries we checked and
  found misleading in French news, each with a note (translation errors such as « alerter »
  +1.2, institutions such as « armée » −1.4).

A hit's polarity is valence / 4 (textblob-fr's −1..1 scale), its subjectivity \\|valence\\| / 4;
its ``kind`` follows appraisal theory's split as far as a part of speech can tell it:
adjectives, adverbs and interjections qualify (``eval``: « lamentable », « heureusement »),
nouns and verbs mostly name events and acts (``event``: « guerre », « brûler »), so the
news profile's event discount applies to them. The profile's ``vader_weight`` then scales
every vader hit (tuned on training data; see :mod:`analysis.sentiment.profiles`).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from analysis import config
from analysis.errors import AnalysisError, InputError
from analysis.fr.datafiles import read_table
from analysis.fr.text import fold
from analysis.sentiment.lexicon import Lexicon, LexiconEntry

PACKAGE = "vaderSentiment_fr"
LEXICON_NAME = "fr_lexicon.txt"
EXCLUDE_FILE = "sentiment_vader_exclude.csv"
MIN_VALENCE = 1.0
"""Entries below this absolute valence (on −4..4) are ignored: a quarter of the scale, VADER's
own « neutral » zone is ±0.05 of its normalised score, but single translated words near 0
(« accord » +0.8, « sécurité » +0.5, « mort » −0.9) are topic words, not evaluations."""
SCALE = 4.0
"""VADER valences run −4..+4; textblob-fr polarities −1..+1."""
ALLOWED_POS = frozenset({"ADJ", "VERB", "NOUN", "ADV", "INTJ"})
EVAL_POS = frozenset({"ADJ", "ADV", "INTJ"})
"""Parts of speech whose vader hits count as ``eval``; the others (NOUN, VERB) as ``event``."""


def available() -> bool:
    """Whether vaderSentiment-fr is installed (the ``vader_lexicon`` step needs it)."""
    try:
        lexicon_path()
    except AnalysisError:
        return False
    return True


def lexicon_path() -> Path:
    """Where the installed vaderSentiment-fr keeps its French lexicon (the package is not imported)."""
    spec = importlib.util.find_spec(PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in locations:
        path = Path(folder) / LEXICON_NAME
        if path.is_file():
            return path
    raise AnalysisError(
        f"the vader_lexicon sentiment step needs the package vaderSentiment-fr ({LEXICON_NAME} not found); "
        "install it with `pip install vaderSentiment-fr==1.1` (optional, not installed by default) or leave the step off")


@functools.lru_cache(maxsize=1)
def excluded() -> frozenset[str]:
    """Words whose vader entry misleads in news (``sentiment_vader_exclude.csv``: word, note)."""
    words = set()
    for line, row in read_table(EXCLUDE_FILE, ("word", "note")):
        if not row["word"] or not row["note"]:
            raise InputError(config.data_file(EXCLUDE_FILE), f"line {line}: expected a word and a note, got {row}")
        words.add(fold(row["word"], accents=True))
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """{lower-case word: valence −4..4} of the usable single-word vader entries (rules above)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    path = lexicon_path()
    out: dict[str, float] = {}
    skip = excluded()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                continue
            word = fold(fields[0].strip(), accents=True)
            try:
                value = float(fields[1])
            except ValueError:
                continue
            if (not word or " " in word or not word.replace("-", "").replace("'", "").isalpha()
                    or word in STOP_WORDS or word in skip or abs(value) < MIN_VALENCE):
                continue
            out[word] = value
    return out


def vader_entry(norm: str, lemma: str, pos: str | None, lexicon: Lexicon, *, news: bool) -> LexiconEntry | None:
    """vaderSentiment-fr's entry for a token (lower-case form, lemma, spaCy POS or None) that no
    other lexicon knows, under the rules of the module doc; None otherwise."""
    if pos is not None and pos not in ALLOWED_POS:
        return None
    words = [norm] + ([lemma] if lemma and lemma != norm else [])
    if any(lexicon.knows(w, news=news) for w in words):
        return None
    table = valences()
    for word in words:
        value = table.get(word)
        if value is not None:
            kind = "eval" if pos is None or pos in EVAL_POS else "event"
            return LexiconEntry(word, value / SCALE, min(1.0, abs(value) / SCALE), 1.0, "vader",
                                f"vaderSentiment-fr {value:+.1f}", kind)
    return None
