"""Month and weekday names, for datelines and metadata dates."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
"""French month names and their usual abbreviations, lower case."""

MONTHS_EN: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

DATELINE_OPENERS: tuple[str, ...] = (
    "dernière mise à jour", "derniere mise a jour", "mis à jour", "mise à jour", "màj",
    "publié", "publie", "modifié", "modifie", "mis en ligne",
)
"""Words that open a « last updated » / « published » line above an article."""
