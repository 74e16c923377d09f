"""Intensifiers and attenuators: très, trop, extrêmement raise, peu and un peu lower.

textblob-fr means its ``intensity`` attribute to multiply the next evaluated word (« très
bon » = 2 × bon, clipped to 1) but holds only a few such adverbs, some with surprising
values (« trop » 0.5). ``analysis/data/sentiment_modifiers.csv`` lists the modifiers with
their factor and a note; negative factors invert (« peu efficace » reads as inefficient).
A modifier applies to the evaluated word right after it, across « de/d' » (« trop de
violence ») and at most one article; « au moins » and « peu à peu » are not modifiers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from analysis.fr.datafiles import read_rows
from analysis.fr.grammar import DE
from analysis.fr.sentiment_words import MODIFIER_BRIDGE, NOT_MODIFIER_AFTER, NOT_MODIFIER_BEFORE

MODIFIERS_FILE = "sentiment_modifiers.csv"


@functools.lru_cache(maxsize=1)
def modifiers() -> dict[tuple[str, ...], float]:
    """{words: factor} from ``sentiment_modifiers.csv`` (one or two words per key)."""
    table: dict[tuple[str, ...], float] = {}
    for row in read_rows(MODIFIERS_FILE):
        table[tuple(row["word"].lower().split())] = float(row["factor"])
    return table


def modifier_words() -> frozenset[str]:
    """Every word that can be (part of) a modifier: not scored as an evaluation when the step is on."""
    return frozenset(w for key in modifiers() for w in key)


def find_modifiers(norms: Sequence[str], evaluated: Callable[[int], bool]) -> dict[int, tuple[int, float]]:
    """Map each modified evaluated token to (index of its modifier's first word, factor)."""
    table = modifiers()
    found: dict[int, tuple[int, float]] = {}
    n = len(norms)
    i = 0
    while i < n:
        key, width = None, 0
        for size in (2, 1):
            candidate = tuple(norms[i:i + size])
            if len(candidate) == size and candidate in table:
                key, width = candidate, size
                break
        if key is None or _blocked(norms, i, width):
            i += 1
            continue
        j, articles = i + width, 0
        while j < n and norms[j] in MODIFIER_BRIDGE and articles <= 1 and not evaluated(j):
            articles += norms[j] not in DE
            j += 1
        if j < n and evaluated(j) and j not in found:
            found[j] = (i, table[key])
        i += width
    return found


def _blocked(norms: Sequence[str], i: int, width: int) -> bool:
    word = norms[i]
    if width == 1 and i > 0 and norms[i - 1] in NOT_MODIFIER_AFTER.get(word, ()):
        return True
    return bool(width == 1 and i + 1 < len(norms) and norms[i + 1] in NOT_MODIFIER_BEFORE.get(word, ()))
