"""Quotation attribution: who said what, in which form, with which reporting verb.

>>> import analysis as an
>>> articles = an.load_article(an.config.SAMPLE_ARTICLE)
>>> quotes = an.extract_quotes(articles)          # doc_id, quote_id, type, text, start, end, cue, …

Types follow the annotation rules of the project's gold (direct, indirect, mixed, selon); the
rules live in one module per concern: marks (quote-mark pairing), cues (reporting verbs),
mentions (speaker noun phrases), direct, indirect, selon, dialogue (interview answers set out as
« – … » after a question), extract (per article) and frame.
"""

from __future__ import annotations

import functools
import re

from analysis.quotes.frame import QUOTE_COLUMNS, QUOTE_TYPES, empty_quotes, extract_quotes

__all__ = ["QUOTE_COLUMNS", "QUOTE_TYPES", "empty_quotes", "extract_quotes", "needs_full_parse"]

_MARKS_OR_SELON = re.compile(r"[«»“”„\"‹›]|\bselon\b|\bd['’]apr[eè]s\b|\byeux\b|\bavis\b|\bdires\b|\bpour\s+\w", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_DASH_START = re.compile(r"\s*[–—-]\s")


@functools.lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    from analysis.quotes.lexicon import forms

    return frozenset(forms())


def needs_full_parse(text: str) -> bool:
    """Could this sentence carry a quotation (quote mark, reporting verb form, « selon » …)?

    Decides which sentences get the dependency parser and NER (speaker resolution uses them).
    The rules themselves need only tokens, so no quotation is lost whatever this answers;
    it errs on the side of parsing.
    """
    if _MARKS_OR_SELON.search(text) or _DASH_START.match(text):
        return True  # quote marks, « selon … », or an interview answer (« – … »)
    words = _cue_words()
    return any(w in words for w in _WORD.findall(text.lower()))
