"""The one token view of the sentiment steps: what scoring, negation scope and cues read of a word.

The scorer builds these from spaCy (``spacy_lemmas``), from textblob-fr's regex tokens, or from an
existing tokens frame; every step reads the same objects. A rule test may give only the fields its
rule reads (``Token("pas", "ADV")``): the others have neutral defaults.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    """A word of a scored text.

    ``norm``: the lower-case form (:func:`analysis.fr.text.fold` with accents); ``pos``: its UPOS tag
    (None without spaCy); ``is_punct``: punctuation; ``lemma``: its lemma, folded the same way;
    ``text``: the form as written; ``start``/``end``: offsets in the scored text (-1 when not found).
    """

    norm: str
    pos: str | None = None
    is_punct: bool = False
    lemma: str = ""
    text: str = ""
    start: int = -1
    end: int = -1
