"""Folding, slugs and a small offset-keeping word splitter for speaker mentions.

Speaker resolution compares names and role words, so it needs one folded form (NFC, lower
case, no accents, ' for ’) and tokens that keep their offsets into the article text. The
splitter is deliberately simple and predictable: words (hyphenated words stay whole, as in
« porte-parole », « Marie-Claire », « a-t-il »), French elisions (« l' », « qu' »), initials
and titles with their full stop (« V. », « M. »), and single punctuation marks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, ' for ’, single spaces: the key used to compare names and words."""
    text = unicodedata.normalize("NFD", str(text).translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def slug(text: str) -> str:
    """Identifier form of a name: « Vladimir Poutine » → ``vladimir-poutine``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class Tok:
    """A word or mark with its offsets into the article text."""

    text: str
    start: int
    end: int
    low: str  # folded
    cap: bool = False  # starts with a capital letter (« Poutine », « M. », « ČTK »)
    word: bool = False  # a word (not a punctuation mark)

    @classmethod
    def make(cls, text: str, start: int, end: int) -> Tok:
        first = text[:1]
        return cls(text, start, end, fold(text), first.isupper(), first.isalnum())

    @property
    def upper(self) -> bool:
        """All capitals (an acronym such as « AFP », or a headline word)."""
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)


_ELISION = r"(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|[LDJSC]|Qu|Jusqu|Lorsqu|Puisqu)['’](?=\w)"
_WORD = r"\w+(?:[-‑]\w+|['’]\w+)*"
_TOKEN = re.compile(rf"{_ELISION}|(?P<w>{_WORD})(?P<dot>\.(?=\s*[\w(«\"“-]))?|\S")
_TITLE_DOTTED = {"m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "drs", "pr", "me", "mgr", "prof", "st", "ste", "gal"}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    toks: list[Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.start(), m.end()
        if m.group("w") is not None and m.group("dot"):
            word = m.group("w")
            keep_dot = (len(word) == 1 and word.isupper()) or fold(word) in _TITLE_DOTTED
            if not keep_dot:
                e -= 1
                toks.append(Tok.make(text[s:e], s, e))
                toks.append(Tok.make(".", e, e + 1))
                continue
        toks.append(Tok.make(text[s:e], s, e))
    return toks


_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(text: str) -> int:
    """Number of words (hyphenated and elided words count once)."""
    return len(_WORD_RE.findall(text or ""))
