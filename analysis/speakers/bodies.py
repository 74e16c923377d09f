"""Body descriptions → the body named before them (round 8).

French news names a body once (« le Musée des beaux-arts de Lyon », « l'Office fédéral des
transports », « le vicariat de Bruxelles », « le spécialiste de l'ameublement Meubles Delacour »)
and then calls it by a kind noun: « le musée », « l'office », « le vicariat », « le groupe »,
« l'électricien ». :func:`kinds_of` reads the kinds a noun can stand for from
``analysis/data/speaker_body_kinds.csv``; :func:`named_bodies` finds the bodies an article names
with such a noun (their own name starting with it, or a noun just before their name);
:func:`pick` chooses, for a description, the most recent compatible one named before it.
None compatible: the description stays as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.speakers.lexicon import body_kinds
from analysis.speakers.text import fold

ANY_BODY: frozenset[str] = frozenset({"organisme", "organisation", "institution", "etablissement", "structure",
                                      "entite"})
"""Folded nouns that can stand for any body with a proper name, whatever its kind (« l'organisme » for
« Vélo Québec », « l'établissement public » for « Météo-France »)."""

_ARTICLE = r"(?:(?:[Ll]es?|[Ll]a|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)\s*)"
_CAP = r"[A-ZÀ-Ý][\w’'-]*"
_LINK = r"(?:(?:des|du|de\s+la|de|la|les|le|et\s+de|et\s+des)\s+|(?:d|l|de\s+l|et\s+de\s+l)['’])"
_LOW = r"[a-zà-ÿ][\w’'-]*"
# « Office fédéral des transports », « Musée des beaux-arts de Lyon », « Tribunal arbitral du sport »
_ADJ = (r"[a-zà-ÿ][\w’'-]*(?:ique|iques|aire|aires|al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|ais|aise"
        r"|if|ive|ifs|ives|ile|iles|ain|aine|éen|éenne|ier|ière|iers|ières|é|ée|és|ées|ant|ante|ent|ente|eur|rice)\b")
"""A lower-case word that ends like an adjective (« fédéral », « textiles », « hospitalier »): part of a name,
unlike the verb after it (« Musée des beaux-arts de Lyon annonce »)."""
_CAP_NAME = re.compile(rf"(?<![\w’'-])({_CAP})((?:\s+{_ADJ}){{0,2}})((?:\s+{_LINK}(?:{_CAP}|{_LOW})(?:\s+{_ADJ})?){{0,4}})")
# « le vicariat de Bruxelles », « le rectorat de l'académie de Limoges »
_LOW_NAME = re.compile(rf"(?<![\w’'-]){_ARTICLE}({_LOW})((?:\s+{_LOW})?)(\s+{_LINK}(?:{_LOW}\s+{_LINK})?{_CAP}(?:[\s-]{_CAP})*)")
_WORD = re.compile(r"[\w’'-]+")


def kinds_of(noun: str) -> frozenset[str]:
    """Kinds of body a folded noun can name (empty: not a body noun)."""
    return body_kinds().get(fold(noun), frozenset())


@dataclass(frozen=True, slots=True)
class NamedBody:
    """A body the text names with a kind noun: its name as written, span and kinds."""

    name: str
    start: int
    end: int
    kinds: frozenset[str]


def _trim(name: str) -> str:
    """Drop a trailing link word the pattern took (« Office fédéral des transports de »)."""
    words = name.split()
    while words and fold(words[-1]) in {"de", "du", "des", "d'", "la", "le", "l'", "les"}:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=256)
def named_bodies(text: str) -> tuple[NamedBody, ...]:
    """Bodies the article names with a kind noun of the table, in text order."""
    table = body_kinds()
    found: list[NamedBody] = []
    for m in _CAP_NAME.finditer(text):
        head = fold(m.group(1))
        if head not in table or not (m.group(2).strip() or m.group(3).strip()):
            continue
        if m.start() > 0 and text[max(0, m.start() - 2):m.start()].strip() in {".", "!", "?", "»", ""} \
                and not (m.group(3).strip() and any(w[:1].isupper() for w in m.group(3).split())) \
                and not m.group(2).strip():
            continue  # « Musée … » opening a sentence with nothing capitalised after it
        name = _trim(m.group(0))
        found.append(NamedBody(name, m.start(), m.start() + len(name), table[head]))
    for m in _LOW_NAME.finditer(text):
        head = fold(m.group(1))
        if head not in table:
            continue
        name = _trim(text[m.start(1):m.end()])
        found.append(NamedBody(name, m.start(1), m.start(1) + len(name), table[head]))
    found.sort(key=lambda b: b.start)
    return tuple(found)


def noun_before(text: str, start: int, *, reach: int = 4) -> frozenset[str]:
    """Kinds of a body noun among the ``reach`` words just before a name at ``start``, in apposition
    (« sa maison mère américaine, X », « le groupe suédois X »): a link word in between (« Musée des
    beaux-arts de Lyon ») makes the name a complement, not the body."""
    window = text[max(0, start - 80):start]
    cut = max(window.rfind("."), window.rfind(";"), window.rfind("«"), window.rfind("»"), window.rfind("("))
    words = _WORD.findall(window[cut + 1:])[-reach:]
    out: frozenset[str] = frozenset()
    for w in reversed(words):
        low = fold(w)
        if low in _LINKS or low[:2] in {"d'", "l'"}:
            break
        out |= kinds_of(low)
    return out


_LINKS = frozenset({"de", "du", "des", "d'", "la", "le", "l'", "les", "a", "au", "aux", "et", "ou", "par", "pour", "chez"})


def compatible(head: str, kinds: frozenset[str], *, proper: bool) -> bool:
    """Can a description with folded head noun ``head`` stand for a body of ``kinds``?"""
    if head in ANY_BODY and proper:
        return True
    return bool(kinds_of(head) & kinds)
