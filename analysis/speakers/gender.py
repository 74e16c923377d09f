"""Gender of a person speaker, from evidence in the text only: f | m | unknown.

Evidence, strongest first: a title (M., Mme, MM.); a role noun with a marked form
(« présidente », « chercheuse ») ; a determiner before a role noun that has one form for both
(« la ministre », « le porte-parole »); a pronoun resolved to the person (« il », « elle »).
Nothing is guessed from first names. Conflicting evidence of the same strength gives
``unknown``.
"""

from __future__ import annotations

from collections.abc import Iterable

STRENGTH: dict[str, int] = {"title": 3, "role": 2, "determiner": 1, "pronoun": 1, "grammar": 1}
"""How strong each source of evidence is (« grammar »: the article of a body's name, « la Febetra »)."""


def decide(evidence: Iterable[tuple[str, str]]) -> str:
    """``evidence`` is (source, "m"|"f") pairs; the strongest source that agrees wins."""
    return verdict(tally(evidence))


def tally(evidence: Iterable[tuple[str, str]], balance: dict[int, int] | None = None) -> dict[int, int]:
    """Per strength, the number of « m » minus the number of « f » (added to ``balance`` if given)."""
    balance = {} if balance is None else balance
    for source, value in evidence:
        if value == "m" or value == "f":
            level = STRENGTH.get(source, 1)
            balance[level] = balance.get(level, 0) + (1 if value == "m" else -1)
    return balance


def verdict(balance: dict[int, int]) -> str:
    """The gender a :func:`tally` gives: the strongest level that leans one way."""
    for level in sorted(balance, reverse=True):
        if balance[level]:
            return "m" if balance[level] > 0 else "f"
    return "unknown"
