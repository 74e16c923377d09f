"""Short names an article defines: « la Société de transport de Montréal (STM) » makes « la STM » that body,
and so does the other order, « la STM (Société de transport de Montréal) ».

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

from analysis.fr.mention_words import BODY_NAME_HEADS
from analysis.fr.text import fold

_DEFINITION = re.compile(r"\(\s*([A-ZÉ][A-Za-zÀ-ÿ0-9&-]{1,11})\s*\)")
_WORDS_BEFORE = re.compile(r"[\w'’-]+|[,]", re.UNICODE)
_STOP = re.compile(r"[.;:!?«»“”\"()\[\]]")
_PLACE_AFTER = re.compile(r"\s+((?:[A-ZÀ-Ý][\w’'-]*)(?:[\s-](?:de|du|des|d'|d’|la|le|l'|l’|et|sur|en)?\s?[A-ZÀ-Ý][\w’'-]*)*)")
"""Capitalised words right after « (ARS) »: the place the body serves (« l'Agence régionale de santé
(ARS) Centre-Val de Loire »), part of its full name."""
_SPELLED_AFTER = re.compile(r"(?<![\w-])([A-ZÉ][A-Za-zÀ-ÿ0-9&-]{1,11})\s*\(\s*((?:[LlDd][’'])?[A-ZÀ-Ý][^()]{5,200}?)\s*\)")
"""A short name followed by its full name in parentheses (the other order of :data:`_DEFINITION`)."""
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


def spells_loosely(acronym: str, words: list[str]) -> bool:
    """A looser spelling for a body named before its short name: each letter begins a later word or
    comes anywhere later in the same word (« OFEV » = « Office fédéral de l'EnVironnement »), and
    one last letter may stand for a place the name leaves out (« … et de l'Alimentation (MAPAQ) »,
    the Q of the province). Every significant word of the name must give a letter."""
    acr = "".join(ch for ch in fold(acronym) if ch.isalnum())
    ws = [_letters(w) for w in words]
    if len(acr) < 3 or not ws or not ws[0] or ws[0][0] != acr[0]:
        return False
    significant = [k for k, w in enumerate(ws) if len(w) > 3]

    @cache
    def match(a: int, w: int, c: int, used: frozenset[int]) -> bool:
        if a == len(acr) or (a == len(acr) - 1 and len(acr) >= 4):
            return all(k in used for k in significant)
        if ws[w].find(acr[a], c + 1) > 0 and match(a + 1, w, ws[w].find(acr[a], c + 1), used):
            return True
        return any(ws[v] and ws[v][0] == acr[a] and match(a + 1, v, 0, used | {v}) for v in range(w + 1, len(ws)))

    return match(1, 0, 0, frozenset({0}))


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
        found = _name_start(acr, words)
        if found is None:
            continue
        word, at = words[found]
        first = word[2:] if len(word) > 2 and word[1] in "'’" else word
        start = offset + at + (len(word) - len(first))
        full = text[start:m.end()]
        place = _PLACE_AFTER.match(text, m.end())
        if place and _is_place(place.group(1)):
            full = f"{text[start:m.start()].rstrip()} {place.group(1)} {m.group(0)}"
        out[fold(acr)] = (full, start, m.end())
    for m in _SPELLED_AFTER.finditer(text):  # « l'Arcep (l'Autorité de régulation des … postes) »
        acr, inner = m.group(1), m.group(2)
        words = [w.group(0) for w in _WORDS_BEFORE.finditer(inner) if w.group(0) != ","]
        if fold(acr) in out or len(words) > MAX_WORDS or not (spells(acr, words) or spells_loosely(acr, words)):
            continue
        name = inner[2:] if inner[1:2] in {"'", "’"} else inner
        out[fold(acr)] = (f"{name} ({acr})", m.start(2) + len(inner) - len(name), m.end(2))
    return out


def _name_start(acr: str, words: list[tuple[str, int]]) -> int | None:
    """Index of the first word of the full name before « (ACR) »: the shortest name that spells it
    from a capital; else the shortest that spells it loosely from a capital or a body noun."""
    for k in range(len(words) - 1, -1, -1):
        word = words[k][0]
        first = word[2:] if len(word) > 2 and word[1] in "'’" else word
        if first[:1].isupper() and spells(acr, [w for w, _ in words[k:]]):
            return k
    for k in range(len(words) - 1, -1, -1):
        word = words[k][0]
        first = word[2:] if len(word) > 2 and word[1] in "'’" else word
        if (first[:1].isupper() or fold(first) in BODY_NAME_HEADS) and spells_loosely(acr, [w for w, _ in words[k:]]):
            return k
    return None


def _is_place(words: str) -> bool:
    """« Centre-Val de Loire », « Auvergne-Rhône-Alpes »: a place name after a body's short name — not
    the start of the next sentence's subject (a capital after « (ARS) » mid-sentence is a name)."""
    return len(words) > 2 and not words.split()[0].isupper()
