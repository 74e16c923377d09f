"""Where paragraphs and sentences of French news end, by rule, on the raw text.

Measured on the sample article (see DESIGN.md): spaCy's parser splits « Le président russe
Vladimir | Poutine » and runs sentences across line breaks; a rule splitter that knows French
titles (M., MM., Mme) and quote marks gets every sentence right. Real web text adds seams that
lost their space or line break in extraction; a sentence ends at:

- terminal punctuation (with its closing marks) followed by white space and something that can
  start a sentence (capital, digit, opening quote, dash), unless the full stop belongs to an
  abbreviation or an initial (« M. », « J. Dupont », « avr. 2023 »); an abbreviation that is also a
  word (« l'art. Venus … ») ends the sentence before a capitalised word;
- the same punctuation glued to a capitalised word or an opening quote mark (« appel au calme ».L'inquiétude,
  « images.Lire aussi », « samedi.«J'ai »), unless it belongs to an abbreviation, an initial, a number
  or a web address (« Change.org », « www.Site.fr »);
- a closing quote mark glued to a capitalised word or an opening mark (« … «gilets jaunes»Des tirs … »);
- a lower-case letter glued to a word that opens sentences (« réputation de la FranceLes manifestations »;
  :data:`analysis.fr.page.SENTENCE_OPENERS`), or a lower-case word glued to a capitalised one (« la colère
  des campagnesPlus tôt »), not inside a web address or a hashtag; camel-case names go on with a letter or
  start with a capital (« LaREM », « McDonald », « MacBook ») and are left alone;
- a lower-case word followed by a capitalised opener and a lower-case word (« Une bonne condition physique Il
  est environ 20 h »: a heading that kept its space), except after a word that introduces a title (« le
  film La vie rêvée ») or a function word;
- a line break inside a paragraph (a headline and its standfirst), unless the paragraph is hard-wrapped
  (lines of nearly one width) or the line ends with a comma, colon or semicolon.

Offsets never change: only boundaries are placed. Every span is exact: ``text[start:end]`` is the
paragraph or sentence, trimmed of white space, and together the sentences cover every non-space
character of the text. Every rule is one regular expression pass: cost is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from analysis.fr.abbreviations import ALSO_WORDS, MAY_BE_FINAL, NON_FINAL, TITLES
from analysis.fr.grammar import DE_ARTICLES, DEFINITE_ARTICLES, PREPOSITIONS
from analysis.fr.page import DAY_WORDS, ELIDED_OPENERS, PREFIXES, SENTENCE_OPENERS, TITLE_WORDS


class Span(NamedTuple):
    start: int
    end: int


UPPER = "A-ZÀ-ÖØ-ÞŒŸ"
LOWER = "a-zß-öø-ÿœæ"
_APOSTROPHE = "'’"
_SYMBOLS = "\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d"
"""Arrows, pictographs and emoji a social-media text puts before a sentence (« 🔴Quand … »)."""

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_OPENERS = "«\"“‘‹'([—–-"
_TERMINAL = re.compile(r"[.!?…]+(?:\s*[»”›]|[\"’')\]])*")
"""Terminal punctuation, ellipses included, with closing marks: « … fin. » or « … fin. »" or (… fin.).
(Patterns here start with a plain character or a small class: Python's regular expressions scan those fast;
the seams below are found by such a pattern, then checked in Python.)"""
_SYMBOL_RUN = re.compile(rf"[{_SYMBOLS}]*")
_GLUED_START = re.compile(rf"[{_SYMBOLS}]*(?:[{UPPER}][{LOWER}{_APOSTROPHE}]|[ÀA]\s|[«“‹\"]\s*[{UPPER}0-9])")
"""A capitalised word (« Les », « L'… », « À Paris ») or an opening mark before a capital, glued to what
precedes."""
_GLUED_CLOSER = re.compile(r"[»”]")
_CAPITAL = re.compile(rf"[{UPPER}]")
"""Capitals: after a lower-case letter, where a heading glued to a sentence may end (« FranceLes »)."""
_OPENER_AT = re.compile(
    rf"(?:{'|'.join(sorted(SENTENCE_OPENERS, key=len, reverse=True))})(?![\w'’-])"
    rf"|(?:{'|'.join(sorted(ELIDED_OPENERS, key=len, reverse=True))})[{_APOSTROPHE}](?=\w)"
)
_CAPITALISED_WORD_AT = re.compile(rf"[{UPPER}][{LOWER}]{{2}}")
_LOWER_RUN_BEFORE = re.compile(rf"(?<![\w'’#@.\-])[{LOWER}]{{4,}}$")
"""A lower-case word glued to a capitalised one (« … la colère des campagnesPlus tôt … »): the end of a
heading, since brand and camel-case names start with a capital or a single letter (« iPhone », « MacBook »)."""
_SPACES = frozenset(" \u00a0\u202f\t")
_SPACED_OPENERS = frozenset(SENTENCE_OPENERS - DAY_WORDS - {"Lire", "Voir"})
_WORD_AT = re.compile(r"\w+(?:['’](?=\w))?")
"""A heading that kept its space but lost its line break: a word, a space, then a capitalised opener and a
lower-case word (« Une bonne condition physique Il est environ 20 h … »). Mid-sentence, a capitalised « Le »
or « La » starts a name (« Le Pen », « La Rochelle »: a capital follows) or the title of a work (see
:data:`analysis.fr.page.TITLE_WORDS`)."""
_FUNCTION_WORDS = PREPOSITIONS | DE_ARTICLES | DEFINITE_ARTICLES | {"un", "une", "et", "ou", "or", "ni", "que", "qu'"}
"""Words after which a glued capital is a lost space inside the sentence (« un entretien auxÉchos »)."""
_STRAIGHT = re.compile('"')
_NAME_PARTICLES = frozenset({"De", "Du", "Des", "Un", "Une", "D'", "D’"})
"""Openers that also go on a name after a capitalised word (« Kim Jong Un », « Éric De la Chesnais »)."""
_LAST_WORD = re.compile(r"[\w'’-]+$")
_WORD_BEFORE = re.compile(r"([\w.\-]*\w)\.$")
_WEB = re.compile(r"://|www\.|\.(?:com|fr|org|net|be|ch|ca|info|eu|gouv|io|tv|ly|co)\b|/|@|#", re.IGNORECASE)
"""Signs that a run of non-space characters is a web address, a path, a handle or a hashtag."""

WRAP_MIN_WIDTH = 50
"""A hard-wrapped paragraph's lines (but the last) are at least this many characters wide: text wrapped
for e-mail or print runs 60–80 columns, while a headline over its standfirst is usually shorter."""
WRAP_MAX_WIDTH = 100
"""… and at most this wide (a standfirst or a body paragraph on one line is longer)."""
WRAP_SPREAD = 25
"""… and the non-final lines differ in width by at most this many characters (a wrap column is fixed)."""


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs: blocks between blank lines, or one per line when the text has no blank line."""
    if _BLANK_LINE.search(text):
        cuts = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    else:
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\n", text)]
    spans: list[Span] = []
    pos = 0
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        span = _trim(text, pos, cut_start)
        if span:
            spans.append(span)
        pos = cut_end
    return spans


def _starts_sentence(text: str, i: int) -> bool:
    """Can a sentence start at ``text[i]`` (first non-space character after a boundary)?"""
    i = _SYMBOL_RUN.match(text, i).end()
    if i >= len(text):
        return False
    ch = text[i]
    if ch.isupper() or ch.isdigit():
        return True
    if ch in _OPENERS:
        j = i + 1
        while j < len(text) and (text[j].isspace() or text[j] in _OPENERS):
            j += 1
        return j < len(text) and (text[j].isupper() or text[j].isdigit() or text[j] in "….")
    return False


def _word_before(text: str, dot: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot + 1)
    return m.group(1) if m else ""


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``text[dot]`` part of an abbreviation rather than a sentence end?"""
    if dot > 0 and text[dot - 1] == ".":
        return False  # an ellipsis written « ... »
    word = _word_before(text, dot)
    if not word:
        return False
    last = word.rsplit(".", 1)[-1] if "." in word else word
    if word in TITLES or last in TITLES:
        return True
    if word in NON_FINAL or word.lower() in NON_FINAL:
        return True
    if word in MAY_BE_FINAL:
        return False
    if len(last) == 1 and last.isupper():
        return True  # an initial: « J. Dupont », « N.-B. »
    # a dotted acronym or initials: « É.-U. », « J.-C. »
    return "." in word and all(len(part) <= 2 for part in re.split(r"[.\-]", word) if part)


def _word_ends_here(text: str, dot: int, nxt: int) -> bool:
    """Does an abbreviation that is also a word (« art. ») end its sentence before ``text[nxt]``?"""
    return (_word_before(text, dot) in ALSO_WORDS and nxt + 1 < len(text)
            and text[nxt].isupper() and text[nxt + 1].islower())


def _in_web_address(text: str, pos: int) -> bool:
    """Is ``pos`` inside a run of non-space characters that looks like a web address or a handle?"""
    a = pos
    while a > 0 and pos - a < 200 and not text[a - 1].isspace():
        a -= 1
    b = pos
    while b < len(text) and b - pos < 200 and not text[b].isspace():
        b += 1
    return _WEB.search(text, a, b) is not None


def _terminal_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Boundaries after terminal punctuation, followed by white space or glued to the next sentence."""
    straight: list[int] | None = None  # offsets of the paragraph's " marks, found when first needed
    for m in _TERMINAL.finditer(text, start, end):
        after = m.end()
        if after >= end:
            continue
        full_stop = m.group(0)[0] == "." and m.group(0)[:2] != ".."
        if text[after].isspace():
            nxt = after
            while nxt < end and text[nxt].isspace():
                nxt += 1
            if nxt >= end or not _starts_sentence(text, nxt):
                continue
            if full_stop and _is_abbreviation(text, m.start()) and not _word_ends_here(text, m.start(), nxt):
                continue
            yield after
            continue
        if not _GLUED_START.match(text, after, end):
            continue
        if (full_stop and _is_abbreviation(text, m.start())) or _in_web_address(text, m.start()):
            continue
        last = m.group(0).rfind('"')
        if last >= 0:  # « fin."Le … » closes a quotation, « samedi."Nous … » opens one: count the marks before
            if straight is None:
                straight = [q.start() for q in _STRAIGHT.finditer(text, start, end)]
            if bisect_left(straight, m.start() + last) % 2 == 0:
                yield m.start() + last
                continue
        yield after


def _seam_ends(text: str, start: int, end: int) -> Iterator[int]:
    """Boundaries where a heading runs into the next sentence: a closing mark or a lower-case letter glued
    to it, or a space before a capitalised opener."""
    for m in _GLUED_CLOSER.finditer(text, start, end):
        if _GLUED_START.match(text, m.end(), end):
            yield m.end()
    for m in _CAPITAL.finditer(text, start + 1, end):  # one pass over the capitals: cheap checks first
        pos = m.start()
        before = text[pos - 1]
        if before.islower():
            if _glued_heading_ends(text, start, pos, end):
                yield pos
        elif before in _SPACES and pos - 2 > start and text[pos - 2].islower() and _opens_after_space(text, pos, end):
            gap = _spaced_heading_end(text, start, pos - 1, pos)
            if gap is not None:
                yield gap


def _glued_heading_ends(text: str, start: int, pos: int, end: int) -> bool:
    """Does a heading end at ``pos``, a capital glued to a lower-case letter (« FranceLes », « campagnesPlus »)?"""
    if _OPENER_AT.match(text, pos, end):
        return not _in_web_address(text, pos)
    word = _LOWER_RUN_BEFORE.search(text, max(start, pos - 40), pos)
    return bool(word and _CAPITALISED_WORD_AT.match(text, pos, end) and word.group(0) not in _FUNCTION_WORDS
                and word.group(0) not in PREFIXES and not _in_web_address(text, pos))


def _opens_after_space(text: str, pos: int, end: int) -> bool:
    """Is the capitalised word at ``pos`` an opener followed by a lower-case word (« Les dockers », « L'État »)?"""
    w = _WORD_AT.match(text, pos, end)
    if w is None:
        return False
    word, after = w.group(0), w.end()
    if word[-1] in _APOSTROPHE:
        return word[:-1] in ELIDED_OPENERS and after < end and text[after].islower()
    return word in _SPACED_OPENERS and after + 1 < end and text[after] in _SPACES and text[after + 1].islower()


def _spaced_heading_end(text: str, start: int, space: int, opener: int) -> int | None:
    """Where a heading ends before the opener at ``opener`` (the space before it at ``space``), or None when
    the word before it introduces a title, is a function word, or starts a name that goes on."""
    gap = space
    while gap > start and text[gap - 1] in _SPACES:
        gap -= 1
    if gap - 2 < start or not (text[gap - 1].islower() and text[gap - 2].islower()):
        return None
    word = _LAST_WORD.search(text, max(start, gap - 40), gap)
    left = re.split(r"['’]", word.group(0))[-1] if word else ""  # « l'association » → association
    if not left or left in _FUNCTION_WORDS or left in TITLE_WORDS or left in SENTENCE_OPENERS:
        return None
    if left[0].isupper() and text[opener:opener + 3].rstrip() in _NAME_PARTICLES:
        return None  # « Kim Jong Un dans … », « Jean De la Fontaine »: a name goes on
    return gap


def _hard_wrapped(lines: list[str]) -> bool:
    """Are these lines one paragraph wrapped at a fixed width (not a headline over its standfirst)?"""
    widths = [len(line.strip()) for line in lines[:-1]]
    last = len(lines[-1].strip())
    return (min(widths) >= WRAP_MIN_WIDTH and max(widths) <= WRAP_MAX_WIDTH
            and max(widths) - min(widths) <= WRAP_SPREAD and last <= max(widths) + 2)


def _line_ends(text: str, start: int, end: int) -> Iterator[int]:
    if "\n" not in text[start:end]:
        return
    breaks = [m.start() for m in re.finditer(r"\n", text[start:end])]
    if _hard_wrapped(text[start:end].split("\n")):
        return
    for n in breaks:
        cut = start + n
        last = cut - 1
        while last >= start and text[last].isspace():
            last -= 1
        if last < start or text[last] in ",;:-‐":
            continue
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and _starts_sentence(text, nxt):
            yield cut


def sentence_spans(text: str, start: int = 0, end: int | None = None, cuts: Iterable[int] = ()) -> Iterator[Span]:
    """Sentences of ``text[start:end]`` (one paragraph), as absolute offsets into ``text``.

    ``cuts``: more offsets where a sentence must end (the edges of page furniture)."""
    end = len(text) if end is None else end
    bounds = {*_terminal_ends(text, start, end), *_seam_ends(text, start, end), *_line_ends(text, start, end)}
    bounds.update(c for c in cuts if start < c < end)
    chunk_start = start
    for boundary in sorted(bounds):
        span = _trim(text, chunk_start, boundary)
        if span:
            yield span
        chunk_start = boundary
    span = _trim(text, chunk_start, end)
    if span:
        yield span
