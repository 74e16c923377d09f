"""Short names an article defines: « la Société de transport de Montréal (STM) » makes « la STM » that body.

News text introduces a body once with its short name in parentheses and then uses the short name
alone (« le PS », « la STM », « le Snalc »), sometimes only after naming it inside a longer phrase
(« les opérateurs de métro de la Société de transport de Montréal (STM) »). :func:`acronyms`
reads every such definition in the text: the parenthesised short name must be spelt by the words
just before it, starting at a capitalised word — each of its letters begins a word or follows
the letter matched before it in the same word (« Snalc » = « Syndicat NAtional des Lycées,
Collèges … »; « SpF » = « Santé publique France »).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.speakers.text import fold

_DEFINITION = re.compile(r"\(\s*([A-ZÉ][A-Za-zÀ-ÿ0-9&-]{1,11})\s*\)")
_WORDS_BEFORE = re.compile(r"[\w'’-]+|[,]", re.UNICODE)
_STOP = re.compile(r"[.;:!?«»“”\"()\[\]]")
MAX_WORDS = 16
"""A full name is at most this many words (commas aside)."""


def _letters(word: str) -> str:
    """The folded letters of a word, without an elided article (« l'agriculture » → « agriculture »)."""
    low = fold(word)
    if len(low) > 2 and low[1] == "'":
        low = low[2:]
    return "".join(ch for ch in low if ch.isalnum())


def spells(acronym: str, words: list[str]) -> bool:
    """Do ``words`` (a full name) spell ``acronym``? Its first letter begins the first word; each
    next letter begins a later word or follows, in the same word, the letter matched before it."""
    acr = "".join(ch for ch in fold(acronym) if ch.isalnum())
    ws = [_letters(w) for w in words]
    if not acr or not ws or not ws[0] or ws[0][0] != acr[0]:
        return False

    @cache
    def match(a: int, w: int, c: int) -> bool:
        # a: next acronym letter; w, c: word and letter matched last
        if a == len(acr):
            return True
        if c + 1 < len(ws[w]) and ws[w][c + 1] == acr[a] and match(a + 1, w, c + 1):
            return True  # the next letter of the same word (« SNAlc »: n, then a in « national »)
        return any(ws[v] and ws[v][0] == acr[a] and match(a + 1, v, 0) for v in range(w + 1, len(ws)))

    return match(1, 0, 0)


def acronyms(text: str) -> dict[str, tuple[str, int, int]]:
    """Folded short name → (full name as written with its short name, start, end) for every
    definition in ``text`` (the first one wins)."""
    out: dict[str, tuple[str, int, int]] = {}
    for m in _DEFINITION.finditer(text):
        acr = m.group(1)
        if len(acr) < 2 or sum(ch.isupper() for ch in acr) < 1 or fold(acr) in out:
            continue
        before = text[max(0, m.start() - 300):m.start()]
        cut = max((s.end() for s in _STOP.finditer(before)), default=0)
        words = [(w.group(0), w.start()) for w in _WORDS_BEFORE.finditer(before, cut) if w.group(0) != ","][-MAX_WORDS:]
        offset = m.start() - len(before)
        for k in range(len(words) - 1, -1, -1):  # the shortest name that spells it, from a capital
            word, at = words[k]
            first = word[2:] if len(word) > 2 and word[1] in "'’" else word
            if not first[:1].isupper():
                continue
            if spells(acr, [w for w, _ in words[k:]]):
                start = offset + at + (len(word) - len(first))
                out[fold(acr)] = (text[start:m.end()], start, m.end())
                break
    return out
