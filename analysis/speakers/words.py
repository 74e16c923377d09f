"""Small French word sets used by speaker resolution (round 4: descriptions and pronouns).

Kept apart from the code so that they can be read and extended as vocabulary, not logic.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from analysis import config
from analysis.speakers.text import fold

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
                                           "riverain", "resident", "usager", "client", "temoin", "collegue", "confrere",
                                           "consoeur", "ami", "voisin", "compagnon"})
"""Folded role heads that stand against no occupation: « la propriétaire d'une fromagerie » may be
« la commerçante », « une habitante » may be « cette enseignante »."""

PARTICIPLE_ENDINGS: tuple[str, ...] = ("ée", "ées", "és")
"""Endings (lower case, accented) of a past participle opening a sentence (« Baptisée X, la planète … »,
« Interrogés par … »): such a capitalised word starts no person's name."""

FIRST_NAMES_LIKE_PARTICIPLES: frozenset[str] = frozenset({
    "renée", "andrée", "aimée", "désirée", "dorothée", "timothée", "mathée", "irénée", "salomée", "rené", "josé",
})
"""First names that end like a participle (lower case, accented): they may start a name after all."""

TITLE_TRADES: dict[str, str] = {"dr": "medecin", "dre": "medecin", "docteur": "medecin", "docteure": "medecin"}
"""Folded titles that tell a trade (folded role head): « le Dr X » may then be called « la praticienne »,
« le médecin »."""


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, str]]:
    """Folded nationality nouns → (folded masculine head, gender): « danoise » → (« danois », "f").

    From ``analysis/data/speaker_demonyms.csv``; an epicene form (« Belge ») has gender ""."""
    out: dict[str, tuple[str, str]] = {}
    path = config.data_file("speaker_demonyms.csv")
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if line.strip() and not line.startswith("#"))
        for row in rows:
            masc, fem = fold(row["masculine"].strip()), fold(row["feminine"].strip())
            out[masc] = (masc, "" if masc == fem else "m")
            out.setdefault(fem, (masc, "f"))
    return out


ANY_TRADE_EPITHETS: frozenset[str] = frozenset({
    "syndicaliste", "militant", "elu", "responsable", "representant", "benevole", "dirigeant", "manifestant",
    "greviste",
})
"""Folded descriptions of what someone does besides their trade: « le syndicaliste » may be the teacher or the
farmer named before as a union's president, « l'élu » the farmer who sits on a council."""

ACADEMIC_EPITHETS: frozenset[str] = frozenset({"professeur", "universitaire", "enseignant-chercheur"})
"""Folded academic titles that a scholar named by their discipline may be called (« le professeur » after
« l'historien de l'art X », « la professeure » after « la biologiste Y »)."""

SCHOLARS: frozenset[str] = frozenset({
    "historien", "biologiste", "chimiste", "physicien", "mathematicien", "economiste", "juriste", "philosophe",
    "geographe", "linguiste", "chercheur", "scientifique", "specialiste", "expert", "medecin", "neurologue",
    "astrophysicien", "ecologue", "agronome", "historien de l'art",
})
"""Folded disciplines whose holder may be « le professeur » (any « -logue » or « -logiste » too)."""


OWN_ACCOUNT_NOUNS: tuple[str, ...] = ("calculs", "estimations", "chiffres", "comptes", "decomptes", "projections",
                                     "propres termes", "termes", "mots", "explications", "declarations", "propos")
"""Folded nouns of a person's own account: « selon ses calculs », « d'après leurs estimations » attribute to
the possessor, like « à ses yeux » (not « ses proches » or « ses services », someone else)."""

FIRST_PERSON_POSSESSIVES: dict[str, tuple[str, str]] = {"mon": ("m", "s"), "ma": ("f", "s"), "mes": ("", "p")}
"""Folded first-person possessives → (gender, number) of the noun: « Mon grand-père » inside a quotation is the
quoted speaker's grandfather."""
