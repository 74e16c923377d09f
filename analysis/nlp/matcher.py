"""One phrase matcher for the rule code: tables of word sequences matched on our own tokens.

The role spaCy's ``PhraseMatcher`` plays, on the tokens the quotation and speaker rules cut
themselves (their offsets and folding are theirs, not spaCy's). A :class:`PhraseTable` maps
phrases — tuples of folded words, as :func:`analysis.fr.text.fold` writes them — to a value
(a role's form, a phrase's kind, or ``True``); :meth:`PhraseTable.longest` and
:meth:`PhraseTable.lengths` find the phrases that start at a position of a word list, longest
first. Adding a phrase to a rule is adding a row to its table (a data file of ``analysis/data``
or a constant of :mod:`analysis.fr`), never another loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar

V = TypeVar("V")
Phrase = tuple[str, ...]


def phrases(texts: Iterable[str]) -> dict[Phrase, bool]:
    """« au lendemain », « dans un communiqué » … → {("au", "lendemain"): True, …} (words split on spaces)."""
    return {tuple(t.split()): True for t in texts}


class PhraseTable(Mapping[Phrase, V], Generic[V]):
    """Phrases → values, matched at a position of a sequence of folded words (see the module docstring)."""

    __slots__ = ("_table", "first", "max_len")

    def __init__(self, table: Mapping[Phrase, V]) -> None:
        self._table: dict[Phrase, V] = {tuple(k): v for k, v in table.items() if k}
        self.first = frozenset(k[0] for k in self._table)  # a quick « no » before any slicing
        self.max_len = max(map(len, self._table), default=0)

    def __getitem__(self, phrase: Phrase) -> V:
        return self._table[phrase]

    def __iter__(self) -> Iterator[Phrase]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def lengths(self, words: Sequence[str], i: int, end: int | None = None) -> Iterator[int]:
        """Lengths of the phrases of the table that start at ``words[i]`` and end before ``end``
        (default: the end of ``words``), longest first."""
        if i >= len(words) or words[i] not in self.first:
            return
        stop = len(words) if end is None else min(end, len(words))
        for n in range(min(self.max_len, stop - i), 0, -1):
            if tuple(words[i:i + n]) in self._table:
                yield n

    def longest(self, words: Sequence[str], i: int, end: int | None = None) -> int:
        """Length of the longest phrase of the table at ``words[i]`` (0 if none)."""
        return next(self.lengths(words, i, end), 0)
