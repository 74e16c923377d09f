"""Slugs and a small offset-keeping word splitter for speaker mentions.

Speaker resolution compares names and role words by their folded key (:func:`analysis.fr.text.fold`:
lower case, no accents, ' for every apostrophe) and needs tokens that keep their offsets into the
article text. The splitter is deliberately simple and predictable: words (hyphenated words stay whole, as in
« porte-parole », « Marie-Claire », « a-t-il »), French elisions (« l' », « qu' »), initials
and titles with their full stop (« V. », « M. »), and single punctuation marks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.fr.mention_words import DOTTED_TITLES
from analysis.fr.text import APOSTROPHES, fold
from analysis.nlp.rule_tokens import Tok

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Identifier form of a name: « Vladimir Poutine » → ``vladimir-poutine``."""
    return _NOT_SLUG.sub("-", fold(text)).strip("-") or "x"


_ELISION = rf"(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|[LDJSC]|Qu|Jusqu|Lorsqu|Puisqu)['{APOSTROPHES}](?=\w)"
_WORD = rf"\w+(?:[-‑]\w+|['{APOSTROPHES}]\w+)*"
_TOKEN = re.compile(rf"{_ELISION}|(?P<w>{_WORD})(?P<dot>\.(?=\s*[\w(«\"“-]))?|\S")


_SCAN = re.compile(rf"(\s*)(?:({_ELISION})|({_WORD})(\.(?=\s*[\w(«\"“-]))?|(\S))")
"""The splitter with the white space before each token, so that one ``findall`` gives every offset."""


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    toks: list[Tok] = []
    append = toks.append
    pos = start
    for space, elided, word, dot, other in _SCAN.findall(text, start, end):
        pos += len(space)
        if dot:  # a word followed by a full stop: kept for an initial or a title
            if not ((len(word) == 1 and word.isupper()) or fold(word) in DOTTED_TITLES):
                e = pos + len(word)
                first = word[:1]
                append(Tok(word, pos, e, fold(word, accents=True), fold(word), first.isupper(), first.isalnum(), "word"))
                append(Tok(".", e, e + 1, ".", ".", False, False, "punct"))
                pos = e + 1
                continue
            piece = word + dot
            kind = "title"
        else:
            piece = elided or word or other
            kind = "elision" if elided else "word" if word else "punct"
        info = _INFO.get(piece)
        if info is None:
            first = piece[:1]
            cap = first.isupper() or (first == piece[:1].lower() and _PREFIXED_NAME.match(piece) is not None)
            info = _INFO[piece] = (piece, fold(piece, accents=True), fold(piece), cap, first.isalnum())
            if len(_INFO) > 50_000:
                _INFO.clear()
        e = pos + len(piece)
        append(Tok(info[0], pos, e, info[1], info[2], info[3], info[4], kind))
        pos = e
    return toks


_PREFIXED_NAME = re.compile(r"(?:al|el|ben|bin|ibn|abu|abou|ould|ag|ait)-[A-ZÀ-ÖØ-Þ]")
"""« al-Hamdani », « ben-Ali »: a name with a lower-case particle joined by a hyphen counts as capitalised."""
_INFO: dict[str, tuple[str, str, str, bool, bool]] = {}
"""Token text → (text, lower case with accents, folded, capitalised, word): a news article repeats most of its words."""


_WORD_RE = re.compile(rf"\w+(?:[-'{APOSTROPHES}]\w+)*")


def word_count(text: str) -> int:
    """Number of words (hyphenated and elided words count once)."""
    return len(_WORD_RE.findall(text or ""))
