"""The news-domain lexicon extension and the combined lookup (news entries first, then textblob-fr).

``analysis/data/news_sentiment_lexicon.csv`` holds one evaluated lemma per row
(lemma, pos, polarity, subjectivity, note, kind). It adds the nouns and verbs of evaluation
textblob-fr lacks (échec, crise, condamner, saluer …) and corrects its entries that mislead
on news (grave +0.40, important +0.40, premier +0.50 …). A row with polarity 0 and
subjectivity 0 *neutralises* a word: it no longer counts as a hit. Lines starting with
``#`` are section comments. Multi-word rows (« tant mieux », « se moquer du monde ») match consecutive tokens by form or lemma.

``kind`` separates two ways a word carries polarity (appraisal theory's *inscribed* vs
*invoked* attitude): ``eval`` words state the speaker's judgement, feeling or stance
(inacceptable, se féliciter, échec, scandale); ``event`` words name a harmful or welcome
event, state or quantity (guerre, morts, incendie, sécurité, croissance) and evaluate only
through their topic. A factual report of a bad event is neutral in news annotation, so the
news profile discounts ``event`` hits (see :mod:`analysis.sentiment.profiles`). textblob-fr
entries (adjectives of opinion) count as ``eval``.

``analysis/data/sentiment_lexicon_train.csv`` (same format) holds entries derived from the
TRAIN split of the tweets benchmark and vetted by hand; it is the ``train_lexicon`` step.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from analysis import config
from analysis.errors import InputError
from analysis.fr.datafiles import read_table
from analysis.fr.text import fold
from analysis.sentiment.engine import textblob_entry, textblob_knows
from analysis.sentiment.morphology import inflection_bases

LEXICON_FILE = "news_sentiment_lexicon.csv"
TRAIN_LEXICON_FILE = "sentiment_lexicon_train.csv"
POS_TAGS = frozenset({"", "ADJ", "NOUN", "VERB", "ADV", "INTJ"})
KINDS = frozenset({"eval", "event"})
HEADER = ["lemma", "pos", "polarity", "subjectivity", "note"]


@dataclass(frozen=True)
class LexiconEntry:
    """One evaluated word: its scores, the key that matched and where it comes from."""

    key: str
    polarity: float
    subjectivity: float
    intensity: float = 1.0
    source: str = "news"  # "news" (our data file), "train" (train-derived file) or "textblob" (fr-sentiment.xml)
    note: str = ""  # the data file's note; for textblob-fr entries, the tag that matched (JJ, NN …)
    kind: str = "eval"  # "eval" (inscribed judgement) or "event" (names a harmful or welcome event)

    @property
    def neutral(self) -> bool:
        return self.polarity == 0 and self.subjectivity == 0


def read_lexicon(path: str | Path, *, source: str = "news") -> dict[tuple[str, str], LexiconEntry]:
    """Read a lexicon CSV into {(lemma, pos): entry}; errors name the file and the line.

    The header is ``lemma,pos,polarity,subjectivity,note`` with an optional sixth column
    ``kind`` (eval | event; required on every non-neutralised row when the column exists).
    """
    path = Path(path)
    entries: dict[tuple[str, str], LexiconEntry] = {}
    for line, row in read_table(path, HEADER, optional=("kind",)):
        lemma, pos, note = row["lemma"], row["pos"], row["note"]
        try:
            p, s = float(row["polarity"]), float(row["subjectivity"])
        except ValueError as exc:
            raise InputError(path, f"line {line} ({lemma}): polarity and subjectivity must be numbers") from exc
        if not (-1 <= p <= 1 and 0 <= s <= 1) or pos not in POS_TAGS or not lemma or not note:
            raise InputError(path, f"line {line} ({lemma}): polarity −1..1, subjectivity 0..1, "
                                   f"pos in {sorted(POS_TAGS)} and a note are required")
        kind = row.get("kind", "eval")
        if "kind" in row and not (kind in KINDS or (kind == "" and p == 0 and s == 0)):
            raise InputError(path, f"line {line} ({lemma}): kind must be one of {sorted(KINDS)}, got {kind!r}")
        key = (fold(lemma, accents=True), pos)
        if key in entries:
            raise InputError(path, f"line {line}: duplicate entry {key}")
        entries[key] = LexiconEntry(key[0], p, s, 1.0, source, note, kind or "eval")
    return entries

class Lexicon:
    """Lookup of a token: news lexicon by form then lemma, then textblob-fr by form then lemma."""

    def __init__(self, news: dict[tuple[str, str], LexiconEntry] | None = None) -> None:
        self.news = news or {}
        self._by_word: dict[str, dict[str, LexiconEntry]] = {}
        for (lemma, pos), entry in self.news.items():
            self._by_word.setdefault(lemma, {})[pos] = entry
        self.multiword: dict[tuple[str, ...], LexiconEntry] = {
            tuple(lemma.split()): entry for (lemma, _), entry in self.news.items() if " " in lemma
        }
        self._multiword_first: dict[str, list[tuple[int, tuple[str, ...], LexiconEntry]]] = {}
        for rank, (key, entry) in enumerate(self.multiword.items()):
            self._multiword_first.setdefault(key[0], []).append((rank, key, entry))

    def multiword_starting(self, form: str, lemma: str) -> list[tuple[int, tuple[str, ...], LexiconEntry]]:
        """(file order, words, entry) of the expressions whose first word is ``form`` or ``lemma``."""
        found = self._multiword_first.get(form, [])
        if lemma != form:
            found = found + self._multiword_first.get(lemma, [])
        return found

    def news_entry(self, word: str, pos: str | None, *, verbal: bool = False) -> LexiconEntry | None:
        """The news entry of ``word`` for a spaCy ``pos``; ``verbal``: a verb form after the auxiliary
        avoir (« a déplacé »), which never takes an adjective sense."""
        senses = self._by_word.get(word)
        if not senses:
            return None
        if pos is None:
            return senses.get("") or next(iter(senses.values()))
        if pos in senses:
            return senses[pos]
        if verbal:
            return senses.get("")
        if pos == "VERB" and "ADJ" in senses:  # participle used as an adjective
            return senses["ADJ"]
        if "" in senses:
            return senses[""]
        if len(senses) == 1:  # one sense only: trust it over the tagger (« met en danger » tagged VERB)
            return next(iter(senses.values()))
        return None

    def noun_sense(self, entry: LexiconEntry) -> bool:
        """Whether ``entry`` is a noun's (textblob-fr NN, or ours under NOUN or no part of speech),
        not an adjective's or verb's reached by the one-sense fallback of :meth:`news_entry`."""
        if entry.source == "textblob":
            return entry.note == "NN"
        return any(self.news.get((entry.key, pos)) is entry for pos in ("NOUN", ""))

    def knows(self, word: str, *, news: bool = True) -> bool:
        """Whether either lexicon lists ``word`` (or, for ours, one of its inflection bases) under any
        part of speech, neutralised entries included: a fallback lexicon must not score it."""
        if textblob_knows(word):
            return True
        return news and any(w in self._by_word for w in (word, *inflection_bases(word)))

    def lookup(self, form: str, lemma: str | None = None, pos: str | None = None, *,
               news: bool = True, lemmas: bool = True, verbal: bool = False) -> LexiconEntry | None:
        """The entry for a token (``form`` lower case), or None; neutralised entries are returned too."""
        candidates = [form] + ([lemma] if lemmas and lemma and lemma != form else [])
        if news:
            # our corrections cover every inflection (« fermées » → fermé), ahead of textblob-fr's forms
            bases = [b for b in inflection_bases(form) if b not in candidates] if lemmas else []
            for word in candidates + bases:
                entry = self.news_entry(word, pos, verbal=verbal)
                if entry is not None:
                    return entry
        for word in candidates:
            found = textblob_entry(word, pos, verbal=verbal)
            if found is not None:
                values, tag = found
                return LexiconEntry(word, *values, source="textblob", note=tag)
        return None


@functools.lru_cache(maxsize=2)
def news_lexicon(*, train: bool = False) -> Lexicon:
    """The shipped news lexicon (read once per process); with ``train``, plus the train-derived entries."""
    entries = read_lexicon(config.data_file(LEXICON_FILE))
    if train:
        path = config.data_file(TRAIN_LEXICON_FILE)
        for key, entry in read_lexicon(path, source="train").items():
            if key in entries:
                raise InputError(path, f"entry {key} is already in {LEXICON_FILE}")
            entries[key] = entry
    return Lexicon(entries)


@functools.lru_cache(maxsize=1)
def textblob_only() -> Lexicon:
    """A lookup over textblob-fr's lexicon alone (the news lexicon switched off)."""
    return Lexicon({})
