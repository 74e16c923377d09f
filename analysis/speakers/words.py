"""Small French word sets used by speaker resolution (round 4: descriptions and pronouns).

Kept apart from the code so that they can be read and extended as vocabulary, not logic.
"""

from __future__ import annotations

PLACE_HEADS: frozenset[str] = frozenset({
    "gare", "place", "rue", "avenue", "boulevard", "quai", "pont", "port", "aeroport", "stade", "parc", "porte",
    "square", "cours", "allee", "chemin", "route", "hopital", "palais", "hotel", "mont", "lac", "cap", "ile",
    "foret", "col", "plage", "salle", "centre", "campus", "musee", "eglise", "cathedrale", "chateau", "marche",
})
"""First words of a capitalised name that make it a place, not a person (« Gare Montparnasse », « Place
Bellecour »): such a name is no antecedent for « cette infirmière » or « il »."""

BACK_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "ce", "cet", "cette"})
"""Determiners of a definite or demonstrative description that points back at someone already
introduced (« l'ancienne ministre », « cette enseignante de 52 ans »)."""

DEMONSTRATIVES: frozenset[str] = frozenset({"ce", "cet", "cette"})
"""A demonstrative description refers back even when its noun differs from the first one (« une habitante
… cette enseignante de 52 ans »)."""

INTRODUCING: frozenset[str] = frozenset({"un", "une"})
"""Indefinite singular determiners: the mention introduces someone new (« un ancien cadre de l'entreprise »)."""

DESCRIPTION_WINDOW = 3
"""A description whose noun matches a person's role may point back this many paragraphs."""

NEWSROOM = {"nos informations": "la rédaction", "notre enquete": "la rédaction", "nos sources": "la rédaction"}
"""« selon nos informations »: the outlet writing the article (folded phrase → speaker as written)."""

PLAIN_PERSON_NOUNS: frozenset[str] = frozenset({
    "homme", "jeune homme", "garcon", "jeune fille", "individu",
})
"""Folded heads that say nothing of a trade: « cet homme de 41 ans » may be anyone introduced before."""

NEUTRAL_HEADS: frozenset[str] = frozenset({"proprietaire", "coproprietaire", "associe", "actionnaire", "habitant",
                                           "riverain", "resident", "usager", "client", "temoin"})
"""Folded role heads that stand against no occupation: « la propriétaire d'une fromagerie » may be
« la commerçante », « une habitante » may be « cette enseignante »."""
