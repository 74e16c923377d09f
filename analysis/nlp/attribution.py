"""Which sentences deserve the dependency parser and NER: those that could carry a quotation.

The parser and NER are most of spaCy's cost and only speaker resolution reads them, so
:func:`analysis.nlp.annotate` runs them on the sentences :func:`needs_full_parse` flags. The rules
themselves need only tokens, so no quotation is lost whatever this answers; it errs on the side of
parsing: a quote mark, « selon … » and its kin, an interview answer (« – … »), or any surface form
of a reporting verb (:mod:`analysis.fr.reporting_verbs`).
"""

from __future__ import annotations

import functools
import re

from analysis.fr.reporting_verbs import forms

_MARKS_OR_SELON = re.compile(r"[«»“”„\"‹›]|\bselon\b|\bd['’]apr[eè]s\b|\byeux\b|\bavis\b|\bdires\b|\bpour\s+\w", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_DASH_START = re.compile(r"\s*[–—-]\s")


@functools.lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(forms())


def needs_full_parse(text: str) -> bool:
    """Could this sentence carry a quotation (quote mark, reporting verb form, « selon » …)?"""
    if _MARKS_OR_SELON.search(text) or _DASH_START.match(text):
        return True  # quote marks, « selon … », or an interview answer (« – … »)
    words = _cue_words()
    return any(w in words for w in _WORD.findall(text.lower()))
