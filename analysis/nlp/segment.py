"""Paragraphs and sentences of an article: the boundaries of :mod:`analysis.nlp.boundaries`.

Sentences never cross a paragraph. Every span is exact: ``text[start:end]`` is the paragraph or
sentence, trimmed of white space, and together the sentences cover every non-space character of
the text.
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.nlp.boundaries import Span, paragraph_spans, sentence_spans

__all__ = ["SentenceSpan", "Span", "paragraph_spans", "segment", "sentence_spans"]


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
