"""The news-domain lexicon extension and the combined lookup (news entries first, then textblob-fr).

``analysis/data/news_sentiment_lexicon.csv`` holds one evaluated lemma per row
(lemma, pos, polarity, subjectivity, note). It adds the nouns and verbs of evaluation
textblob-fr lacks (échec, crise, condamner, saluer …) and corrects its entries that mislead
on news (grave +0.40, important +0.40, premier +0.50 …). A row with polarity 0 and
subjectivity 0 *neutralises* a word: it no longer counts as a hit. Lines starting with
``#`` are section comments. Multi-word rows (« tant mieux ») match consecutive tokens.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from analysis import config
from analysis.errors import InputError
from analysis.sentiment.engine import textblob_entry

LEXICON_FILE = "news_sentiment_lexicon.csv"
POS_TAGS = frozenset({"", "ADJ", "NOUN", "VERB", "ADV", "INTJ"})


@dataclass(frozen=True)
class LexiconEntry:
    """One evaluated word: its scores, the key that matched and where it comes from."""

    key: str
    polarity: float
    subjectivity: float
    intensity: float = 1.0
    source: str = "news"  # "news" (our data file) or "textblob" (fr-sentiment.xml)
    note: str = ""  # the data file's note; for textblob-fr entries, the tag that matched (JJ, NN …)

    @property
    def neutral(self) -> bool:
        return self.polarity == 0 and self.subjectivity == 0


def read_lexicon(path: str | Path) -> dict[tuple[str, str], LexiconEntry]:
    """Read a lexicon CSV into {(lemma, pos): entry}; errors name the file and the line."""
    path = Path(path)
    entries: dict[tuple[str, str], LexiconEntry] = {}
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError as exc:
        raise InputError(path, "sentiment lexicon not found") from exc
    with handle:
        rows = csv.reader(line for line in handle if line.strip() and not line.startswith("#"))
        header = next(rows, None)
        if header != ["lemma", "pos", "polarity", "subjectivity", "note"]:
            raise InputError(path, f"expected the header lemma,pos,polarity,subjectivity,note, got {header}")
        for number, row in enumerate(rows, start=2):
            if len(row) != 5:
                raise InputError(path, f"row {number}: expected 5 fields, got {len(row)}: {row}")
            lemma, pos, polarity, subjectivity, note = (field.strip() for field in row)
            try:
                p, s = float(polarity), float(subjectivity)
            except ValueError as exc:
                raise InputError(path, f"row {number} ({lemma}): polarity and subjectivity must be numbers") from exc
            if not (-1 <= p <= 1 and 0 <= s <= 1) or pos not in POS_TAGS or not lemma or not note:
                raise InputError(path, f"row {number} ({lemma}): polarity −1..1, subjectivity 0..1, "
                                       f"pos in {sorted(POS_TAGS)} and a note are required")
            key = (lemma.replace("’", "'").lower(), pos)
            if key in entries:
                raise InputError(path, f"row {number}: duplicate entry {key}")
            entries[key] = LexiconEntry(key[0], p, s, 1.0, "news", note)
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

    def news_entry(self, word: str, pos: str | None) -> LexiconEntry | None:
        senses = self._by_word.get(word)
        if not senses:
            return None
        if pos is None:
            return senses.get("") or next(iter(senses.values()))
        if pos in senses:
            return senses[pos]
        if pos == "VERB" and "ADJ" in senses:  # participle used as an adjective
            return senses["ADJ"]
        if "" in senses:
            return senses[""]
        if len(senses) == 1:  # one sense only: trust it over the tagger (« met en danger » tagged VERB)
            return next(iter(senses.values()))
        return None

    def lookup(self, form: str, lemma: str | None = None, pos: str | None = None, *,
               news: bool = True, lemmas: bool = True) -> LexiconEntry | None:
        """The entry for a token (``form`` lower case), or None; neutralised entries are returned too."""
        candidates = [form] + ([lemma] if lemmas and lemma and lemma != form else [])
        if news:
            for word in candidates:
                entry = self.news_entry(word, pos)
                if entry is not None:
                    return entry
        for word in candidates:
            found = textblob_entry(word, pos)
            if found is not None:
                values, tag = found
                return LexiconEntry(word, *values, source="textblob", note=tag)
        return None


@functools.lru_cache(maxsize=1)
def news_lexicon() -> Lexicon:
    """The shipped news lexicon (read once per process)."""
    return Lexicon(read_lexicon(config.data_file(LEXICON_FILE)))


@functools.lru_cache(maxsize=1)
def textblob_only() -> Lexicon:
    """A lookup over textblob-fr's lexicon alone (the news lexicon switched off)."""
    return Lexicon({})
