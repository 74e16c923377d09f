"""Personal names: their words, when two names can be the same person, and corpus-wide ids.

« Vladimir Poutine », « V. Poutine », « M. Poutine » and « Poutine » are one person: the
shorter name's words appear, in order, in the longer one (an initial matches a first name),
and its last word is a surname, not a first name. « Jean Dupont » and « Marie Dupont » are
not: their first names differ. Case and accents are folded before comparing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from analysis.fr.speaker_words import PERSON_NAME_PARTICLES
from analysis.fr.text import fold
from analysis.speakers.text import slug, tokenize


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Folded words of a name, particles dropped, initials without their full stop."""
    words = [t.low.rstrip(".") for t in tokenize(name) if t.word]
    kept = tuple(w for w in words if w not in PERSON_NAME_PARTICLES)
    return kept or tuple(words)


def _same_word(short: str, full: str) -> bool:
    if short == full:
        return True
    if len(short) == 1:  # an initial
        return full.startswith(short)
    if "-" in full and "-" not in short and len(short) > 1:
        return False
    parts = short.split("-")
    if all(len(p) == 1 for p in parts):  # « J.-P. » for « Jean-Pierre »
        full_parts = full.split("-")
        return len(full_parts) == len(parts) and all(f.startswith(p) for p, f in zip(parts, full_parts, strict=True))
    return False


def covers(full: Sequence[str], short: Sequence[str]) -> bool:
    """Can ``short`` be a shorter way of writing ``full`` (both folded word tuples)?"""
    if not short or not full or len(short) > len(full):
        return False
    if tuple(short) == tuple(full):
        return True
    # the last word of the short name is a surname: it matches a word of the full name after the first
    last_positions = [k for k in range(1, len(full)) if _same_word(short[-1], full[k])]
    for k in last_positions:
        i = 0
        for w in short[:-1]:
            while i < k and not _same_word(w, full[i]):
                i += 1
            if i >= k:
                break
            i += 1
        else:
            return True
    return False


def _initial(word: str) -> bool:
    """An initial (« j ») or hyphenated initials (« j.-p. » folded to « j.-p »): matches by first letters."""
    return all(len(p.rstrip(".")) == 1 for p in word.split("-"))


class NameIndex:
    """Which named entities of an article a name may be a shorter form of, without comparing it to
    every one of them: keys by the words of their names (and by first letter, for names that end
    with an initial). A superset: :func:`covers` still decides."""

    def __init__(self) -> None:
        self._by_word: dict[str, set[int]] = defaultdict(set)
        self._by_letter: dict[str, set[int]] = defaultdict(set)

    def add(self, key: int, name: str) -> None:
        for w in name_words(name):
            self._by_word[w].add(key)
            self._by_letter[w[:1]].add(key)

    def with_word(self, word: str) -> set[int]:
        """Keys whose names have the folded word ``word``."""
        return self._by_word.get(word, set())

    def candidates(self, words: Sequence[str]) -> set[int]:
        """Keys whose names may cover ``words`` (their last word, a surname, must be one of theirs)."""
        if not words:
            return set()
        last = words[-1]
        return self._by_letter.get(last[:1], set()) if _initial(last) else self._by_word.get(last, set())


def most_complete(names: Iterable[str]) -> str:
    """The name with the most words (then the longest, then the first given)."""
    best, best_key = "", None
    for n in names:
        key = (len(name_words(n)), len(n))
        if best_key is None or key > best_key:
            best, best_key = n, key
    return best


def corpus_ids(entries: Sequence[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
    """Corpus-wide ids for (doc_id, local key, canonical name) person entries.

    Names that cover each other share one id, built from the most complete of them
    (``vladimir-poutine``); a surname alone joins the full name only when exactly one full
    name in the corpus carries it, so two different people with one surname stay apart. A name of
    one word that no full name carries (« Jean-Marc », « Éric » in a vox pop) is particular to its
    article (``jean-marc@doc-id``): first names alone do not make one person of different people.
    """
    by_surname: dict[str, list[tuple[str, str, tuple[str, ...], str]]] = defaultdict(list)
    for doc_id, local, name in entries:
        words = name_words(name)
        if words:
            by_surname[words[-1]].append((doc_id, local, words, name))
    ids: dict[tuple[str, str], str] = {}
    for group in by_surname.values():
        group = sorted(group, key=lambda e: -len(e[2]))
        clusters: list[tuple[tuple[str, ...], list[tuple[str, str, tuple[str, ...], str]]]] = []
        for entry in group:
            words = entry[2]
            homes = [c for c in clusters if covers(c[0], words)]
            if len(homes) == 1 or (homes and len(words) > 1):
                homes[0][1].append(entry)
            else:  # a new person (or a bare surname shared by several people: its own id)
                clusters.append((words, [entry]))
        for words, members in clusters:
            name = _usual_full_name(members)
            for doc_id, local, _words, _name in members:
                ids[(doc_id, local)] = slug(name) if len(words) > 1 else f"{slug(name)}@{slug(doc_id)}"
    return ids


def _usual_full_name(members: Sequence[tuple[str, str, tuple[str, ...], str]]) -> str:
    """The name of a cluster's id: the full name (two words or more) most of its entries give, the longer on a
    tie. Not simply the longest: a reading that glued two names (« Paul Durand Marie Lenoir ») covers the
    real one, and would otherwise lend its id to every article that names her well."""
    counts = Counter(name for _d, _l, words, name in members if len(words) > 1)
    if not counts:
        return members[0][3]
    return max(counts, key=lambda n: (counts[n], len(name_words(n))))


def same_name(a: str, b: str) -> bool:
    return fold(a) == fold(b)
