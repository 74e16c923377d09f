"""Contrast and concession: which part of a sentence carries the speaker's stance.

In « C'est un progrès, mais c'est insuffisant » the stance is the part after « mais »; in
« Malgré les sanctions, notre économie tient bon » it is the main clause, not the conceded
one. Following VADER's rule for « but » (Hutto & Gilbert 2014), evaluations after an
adversative connector (mais, cependant, toutefois, pourtant …) weigh :data:`AFTER` and those
before it :data:`BEFORE`, within its sentence; a concessive clause (malgré, même si, bien
que …, up to the next comma or the end of the sentence) weighs :data:`BEFORE`. Word lists:
``analysis/data/sentiment_contrast.csv``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from analysis.fr.datafiles import read_rows

CONTRAST_FILE = "sentiment_contrast.csv"
BEFORE = 0.5
AFTER = 1.5
SENTENCE_END = frozenset({".", "!", "?", ";", "…"})


@functools.lru_cache(maxsize=1)
def contrast_words() -> dict[str, frozenset[tuple[str, ...]]]:
    """{"adversative": {("mais",), ("par", "contre") …}, "concessive": {…}} from the data file."""
    roles: dict[str, set[tuple[str, ...]]] = {"adversative": set(), "concessive": set()}
    for row in read_rows(CONTRAST_FILE):
        roles[row["role"]].add(tuple(row["word"].lower().split()))
    return {role: frozenset(words) for role, words in roles.items()}


def _match(norms: Sequence[str], i: int, words: frozenset[tuple[str, ...]]) -> int:
    """Width of the connector starting at ``i`` (0: none)."""
    for key in sorted(words, key=len, reverse=True):
        if tuple(norms[i:i + len(key)]) == key:
            return len(key)
    return 0


def contrast_weights(norms: Sequence[str]) -> list[float]:
    """A weight per token: 1.0, or :data:`BEFORE` / :data:`AFTER` around contrast and concession."""
    words = contrast_words()
    weights = [1.0] * len(norms)
    start = 0
    for end in [k + 1 for k, w in enumerate(norms) if w in SENTENCE_END] + [len(norms)]:
        if end <= start:
            continue
        last = None
        for i in range(start, end):
            width = _match(norms, i, words["adversative"])
            if width:
                last = (i, width)
        if last is not None:
            i, width = last
            for k in range(start, i):
                weights[k] = BEFORE
            for k in range(i + width, end):
                weights[k] = AFTER
        for i in range(start, end):
            width = _match(norms, i, words["concessive"])
            if width:
                k = i + width
                while k < end and norms[k] != ",":
                    weights[k] *= BEFORE
                    k += 1
        start = end
    return weights
