"""Every phrase a quotation rule matches is written as the tokens the tokenizer makes of it.

The phrase tables split their entries on spaces while the tokenizer makes an elision a token of its own
(« d' », « l' », « qu' »): an entry written « d'ailleurs » or « à l'issue » would never match.
"""

from __future__ import annotations

import pytest

from analysis.fr import grammar, quote_words
from analysis.quotes.tokens import tokenize

TABLES = {
    "CONNECTIVES": quote_words.CONNECTIVES,
    "FRAMING": quote_words.FRAMING,
    "NARRATOR_ADJUNCTS": quote_words.NARRATOR_ADJUNCTS,
    "SCOPE_ENDING_OPENERS": quote_words.SCOPE_ENDING_OPENERS,
    "MULTIWORD_ADVERBS": quote_words.MULTIWORD_ADVERBS,
    "SENTENCE_CONNECTORS": grammar.SENTENCE_CONNECTORS,
}


def _tokens(entry: str) -> list[str]:
    """The tokens of the entry as it stands in running text (no space after an elision, a word after it)."""
    text = entry.replace("' ", "'") + ("suite" if entry.endswith("'") else " suite")
    return [t.norm for t in tokenize(text, 0, len(text))][:-1]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_phrase_table_entries_are_written_as_their_tokens(name):
    assert [entry for entry in TABLES[name] if _tokens(entry) != entry.split()] == []


def test_an_entry_with_a_glued_elision_is_caught():
    assert _tokens("à l'issue") != ["à", "l'issue"]
