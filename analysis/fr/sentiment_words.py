"""Closed sets of the sentiment steps (lower case, accents kept, as :attr:`analysis.sentiment.tokens.Token.norm`;
verbs as lemmas).

Open lists (negators, modifiers, cues, irrealis triggers, lexicons) are data files the steps read
(``analysis/data/sentiment_*.csv``); what stays here are grammatical words no user extends.
"""

from __future__ import annotations

from analysis.fr.grammar import DE_ARTICLES, DEFINITE_ARTICLES

# --- negation (analysis.sentiment.negation) ---

NEVER_SO: frozenset[str] = frozenset({"aussi", "autant", "si", "tellement"})
"""After « jamais », these make a comparison (« jamais aussi solide »: more solid than ever)."""

SUBJECT_NEGATORS: frozenset[str] = frozenset({"personne", "rien", "nul", "nulle", "aucun", "aucune"})
"""A negative quantifier before « ne » is the subject of a negation (« personne n'a été blessé »,
« rien ne justifie »): the verb group after « ne » is in its scope."""

COPULAS: frozenset[str] = frozenset({"être", "sembler", "paraître", "devenir", "rester", "demeurer", "s'avérer", "avérer"})
"""Verbs that link a subject to its predicate (« est », « reste », « semble »): after them a word or
a prepositional phrase is what the sentence says the subject is."""

ETRE_NONFINITE: frozenset[str] = frozenset({"être", "été"})
"""The infinitive and past participle of « être » (« n'a pas été », « ne peut pas être »): a copula
whatever lemma the tagger gives them."""

NP_COORDINATION: frozenset[str] = frozenset({"et", "ou", "ni", ","})
"""Between two adjectives of one noun phrase (« une solution durable et juste »)."""

# --- intensifiers (analysis.sentiment.intensifiers) ---

MODIFIER_BRIDGE: frozenset[str] = DE_ARTICLES | DEFINITE_ARTICLES | frozenset({"un", "une"})
"""What may stand between a modifier and its evaluated word: « de » and at most one article
(« trop de violence », « très peu d'espoir »)."""

NOT_MODIFIER_AFTER: dict[str, frozenset[str]] = {
    "moins": frozenset({"au", "du", "le", "à"}), "plus": frozenset({"de", "non", "au", "le", "en"}),
}
"""A modifier preceded by one of these words is part of a fixed phrase (« au moins », « non plus »,
« le plus », « de plus »), not a modifier."""

NOT_MODIFIER_BEFORE: dict[str, frozenset[str]] = {"peu": frozenset({"à", "près"})}
"""A modifier followed by one of these words is part of a fixed phrase (« peu à peu », « à peu près »)."""

# --- participles used as nouns (analysis.sentiment.nominal) ---

CONTRACTED_ARTICLES: frozenset[str] = frozenset({"au", "aux", "du", "des"})
"""Articles fused with à/de, which the tagger often calls ADP (« aux plus démunis »)."""

SUPERLATIVE: frozenset[str] = frozenset({"plus", "moins", "mieux"})
"""Degree adverbs of a superlative between the article and the participle."""

# --- the scorer's predicate positions (analysis.sentiment.scorer) ---

PREDICATORS: frozenset[str] = COPULAS | frozenset({"représenter", "constituer", "signifier"})
"""Verbs that classify their subject: an event noun after them (« est une menace pour », « c'est
une catastrophe », « représente un danger ») is the speaker's judgement, so it counts as ``eval``."""

PREDICATE_SKIP: frozenset[str] = frozenset({
    "un", "une", "le", "la", "les", "l'", "des", "du", "de", "d'", "au", "aux", "à", "en", "ce", "cette", "ces", "c'",
    "ça", "véritable", "vrai", "vraie", "réel", "réelle", "pur", "pure", "simple", "nouveau", "nouvelle", "nouvel",
    "grand", "grande", "gros", "grosse", "énorme", "immense", "total", "totale", "bord", "véritablement",
})
"""Words allowed between the predicator and the event noun (determiners, degree adjectives, « au bord de »)."""

DEGREE: frozenset[str] = frozenset({"très", "plus", "moins", "si", "trop", "aussi", "tellement", "assez", "fort", "bien"})
"""Degree adverbs: a word right after one is an adjective or adverb, never a noun."""

# --- aims and appeals (analysis.sentiment.irrealis) ---

AIM_SCOPE_END: frozenset[str] = frozenset({",", ";", ":", ".", "!", "?", "…", "mais", "car", "(", ")"})
"""Tokens that close an aim's scope (the scope is its clause)."""

BEFORE_INFINITIVE: frozenset[str] = frozenset({
    "ne", "n'", "pas", "plus", "jamais", "se", "s'", "le", "la", "les", "l'", "en", "y", "lui", "leur", "nous", "vous",
    "me", "m'", "te", "t'", "tout", "toujours", "bien", "mieux",
})
"""Words allowed between « pour » / « devoir » and their infinitive (clitics, negation, adverbs)."""
