"""Gender of a person speaker, from evidence in the text only: f | m | unknown.

Evidence, strongest first: a title (M., Mme, MM.); a role noun with a marked form
(« présidente », « chercheuse ») ; a determiner before a role noun that has one form for both
(« la ministre », « le porte-parole »); a pronoun resolved to the person (« il », « elle »).
Nothing is guessed from first names. Conflicting evidence of the same strength gives
``unknown``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

STRENGTH: dict[str, int] = {"title": 3, "role": 2, "determiner": 1, "pronoun": 1}


def decide(evidence: Iterable[tuple[str, str]]) -> str:
    """``evidence`` is (source, "m"|"f") pairs; the strongest source that agrees wins."""
    by_level: dict[int, Counter] = {}
    for source, value in evidence:
        if value in {"m", "f"}:
            by_level.setdefault(STRENGTH.get(source, 1), Counter())[value] += 1
    for level in sorted(by_level, reverse=True):
        counts = by_level[level]
        if counts["m"] != counts["f"]:
            return "m" if counts["m"] > counts["f"] else "f"
    return "unknown"
