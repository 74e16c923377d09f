"""Paragraphs and sentences of an article: the boundaries of :mod:`analysis.nlp.boundaries`, plus a
boundary at each edge of page furniture (:mod:`analysis.nlp.furniture`), so that « Lire aussi : un
titre », an embedded post or a dateline is never one sentence with the prose around it.

Sentences never cross a paragraph. Every span is exact: ``text[start:end]`` is the paragraph or
sentence, trimmed of white space, and together the sentences cover every non-space character of
the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from analysis.nlp.boundaries import Span, paragraph_spans, sentence_spans
from analysis.nlp.furniture import find_furniture

__all__ = ["SentenceSpan", "Span", "paragraph_spans", "segment", "sentence_spans"]


class SentenceSpan(NamedTuple):
    paragraph: int
    start: int
    end: int


def segment(text: str) -> list[SentenceSpan]:
    """Every sentence of ``text`` with its paragraph index, in order."""
    cuts = sorted({edge for f in find_furniture(text) for edge in (f.start, f.end)})
    out: list[SentenceSpan] = []
    for p, para in enumerate(paragraph_spans(text)):
        inside = cuts[bisect_right(cuts, para.start):bisect_left(cuts, para.end)]
        out.extend(SentenceSpan(p, s.start, s.end) for s in sentence_spans(text, para.start, para.end, inside))
    return out
