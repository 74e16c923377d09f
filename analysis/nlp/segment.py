"""Paragraph and sentence boundaries for French news, by rule.

Measured on the sample article (see DESIGN.md): spaCy's parser splits « Le président russe
Vladimir | Poutine » and runs sentences across line breaks; a rule splitter that knows French
titles (M., MM., Mme) and quote marks gets every sentence right. Sentences never cross a
paragraph; boundaries inside a paragraph follow terminal punctuation that is followed by
something that can start a sentence (capital, digit, opening quote, dash).

Every span is exact: ``text[start:end]`` is the paragraph or sentence, trimmed of white space,
and together the sentences cover every non-space character of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from analysis.fr.abbreviations import MAY_BE_FINAL, NON_FINAL, TITLES


class Span(NamedTuple):
    start: int
    end: int


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_OPENERS = "«\"“‘‹'([—–-"
_CLOSERS = "»\"”’›')]"
_TERMINAL = re.compile(
    r"(?:\.{2,}|[.!?…]+)"  # terminal punctuation, ellipses included
    r"(?:\s*[»”›]|[\"’')\]])*"  # closing marks: « … fin. » or « … fin. »" or (… fin.)
    r"(?=\s)"
)
_WORD_BEFORE = re.compile(r"([\w.\-]*\w)\.$")


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


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``text[dot]`` part of an abbreviation rather than a sentence end?"""
    if dot > 0 and text[dot - 1] == ".":
        return False  # an ellipsis written « ... »
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot + 1)
    if not m:
        return False
    word = m.group(1)
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


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Sentences of ``text[start:end]`` (one paragraph), as absolute offsets into ``text``."""
    end = len(text) if end is None else end
    chunk_start = start
    for m in _TERMINAL.finditer(text, start, end):
        boundary = m.end()
        nxt = boundary
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end or not _starts_sentence(text, nxt):
            continue
        if m.group(0)[0] == "." and m.group(0)[:2] != ".." and _is_abbreviation(text, m.start()):
            continue
        span = _trim(text, chunk_start, boundary)
        if span:
            yield span
        chunk_start = boundary
    span = _trim(text, chunk_start, end)
    if span:
        yield span


class SentenceSpan(NamedTuple):
    paragraph: int
    start: int
    end: int


def segment(text: str) -> list[SentenceSpan]:
    """Every sentence of ``text`` with its paragraph index, in order."""
    return [
        SentenceSpan(p, s.start, s.end)
        for p, para in enumerate(paragraph_spans(text))
        for s in sentence_spans(text, para.start, para.end)
    ]
