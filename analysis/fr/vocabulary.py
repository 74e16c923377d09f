"""Open word lists the quotation and speaker rules share, each read once from ``analysis/data``.

Written with their accents, in lower case (the form of ``fold(word, accents=True)``); a rule that
compares accent-free keys reads the folded twin defined here (``FOLDED_DOCUMENT_NOUNS``).
"""

from __future__ import annotations

from analysis.fr.datafiles import read_rows
from analysis.fr.text import fold, folded

DOCUMENT_NOUNS: frozenset[str] = frozenset(fold(r["noun"], accents=True) for r in read_rows("document_nouns.csv"))
"""Documents and accounts whose author is the real speaker (``document_nouns.csv``): « un rapport de la
Commission », « selon un bilan de la préfecture », « une vidéo diffusée par l'armée »."""

FOLDED_DOCUMENT_NOUNS: frozenset[str] = folded(DOCUMENT_NOUNS)
""":data:`DOCUMENT_NOUNS` as accent-free keys, the form speaker resolution compares."""
