"""The one text normaliser, :func:`fold`: how the rule code compares French words.

Word lists (``analysis/data/*.csv`` and the constants of :mod:`analysis.fr`) and the words of an
article meet only through :func:`fold`, so « L’Élysée », « L'Élysée » and « lʼÉlysée » are one word
wherever they are looked up. Three forms, one function:

- ``fold(t)``: the comparison key of speaker resolution — lower case, no accents, single spaces,
  every apostrophe of :data:`APOSTROPHES` written ' (« M.\u00a0Poutine » → « m. poutine »,
  « l’Élysée » → « l'elysee »);
- ``fold(t, accents=True)``: NFC, lower case, apostrophes straight, accents kept (« à » stays apart
  from « a »): the form the quotation rules, the reporting verbs and sentiment look words up in;
- ``fold(t, accents=True, case=True)``: NFC and straight apostrophes only (a term as written).

The last two keep the length of NFC text, so offsets computed on them hold.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

APOSTROPHES = "’ʼ‘"
"""Characters written for an apostrophe in French text (typographic, modifier letter, turned comma):
each reads as the straight ' ."""

QUOTE_MARKS = "«»“”„\"‹›"
"""Characters that open or close a quotation in French news text (guillemets, English and German
quotes, the straight ", single guillemets)."""

STRAIGHT_APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
"""``str.translate`` table writing every apostrophe ' (one character for one: offsets hold)."""


def fold(text: str, *, accents: bool = False, case: bool = False) -> str:
    """``text`` folded for comparison (see the module docstring): by default the accent-free key;
    ``accents=True`` keeps accents (lower case unless ``case=True``)."""
    if not accents:
        return _key(text)
    text = unicodedata.normalize("NFC", str(text)).translate(STRAIGHT_APOSTROPHES)
    return text if case else text.lower()


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    bare = unicodedata.normalize("NFD", str(text).translate(STRAIGHT_APOSTROPHES))
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).lower().split())


def folded(words: frozenset[str] | set[str] | tuple[str, ...]) -> frozenset[str]:
    """The comparison keys of a word list (``fold`` of each): how speaker resolution reads a shared list."""
    return frozenset(fold(w) for w in words)
