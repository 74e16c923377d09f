"""Quotation attribution: who said what, in which form, with which reporting verb.

>>> import analysis as an
>>> articles = an.load_article(an.config.SAMPLE_ARTICLE)
>>> quotes = an.extract_quotes(articles)          # doc_id, quote_id, type, text, start, end, cue, …

Types follow the annotation rules of the project's gold (direct, indirect, mixed, selon); the
rules live in one module per concern: tokens, marks (quote-mark pairing), cues (reporting verbs in
the text; the verb list is analysis.fr.reporting_verbs), mentions (speaker noun phrases), paragraph,
clauses (helpers the next three share), selon, direct, indirect, nested, dialogue (interview answers
set out as « – … » after a question), extract (per article) and frame.
"""

from __future__ import annotations

from analysis.nlp.attribution import needs_full_parse
from analysis.quotes.frame import QUOTE_COLUMNS, QUOTE_TYPES, empty_quotes, extract_quotes

__all__ = ["QUOTE_COLUMNS", "QUOTE_TYPES", "empty_quotes", "extract_quotes", "needs_full_parse"]
