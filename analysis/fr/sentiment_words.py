"""Closed sets of the sentiment steps (lower case, accents kept, as :attr:`analysis.sentiment.tokens.Token.norm`).

Open lists (negators, modifiers, cues, lexicons) are data files read by the steps themselves
(``analysis/data/sentiment_*.csv``); what stays here are grammatical words no user extends.
"""

from __future__ import annotations

ETRE_NONFINITE: frozenset[str] = frozenset({"être", "été"})
"""The infinitive and past participle of « être » (« n'a pas été », « ne peut pas être »): a copula
whatever lemma the tagger gives them."""
