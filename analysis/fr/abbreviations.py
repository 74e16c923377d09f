"""Abbreviations after which a full stop does not end a sentence."""

from __future__ import annotations

TITLES: frozenset[str] = frozenset(
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Dr", "Drs", "Pr", "Prof",
        "St", "Ste", "Sts", "Stes", "Gal", "Gén", "Col", "Cdt", "Lt", "Cne", "Sgt", "Cpt",
    }
)
"""Titles written before a name: « M. Poutine », « MM. Poutine et Loukachenko », « Dr Martin »."""

NON_FINAL: frozenset[str] = frozenset(
    {
        "av", "apr", "cf", "p", "pp", "vol", "no", "nos", "art", "al", "env", "ex", "fig", "hab",
        "tél", "tel", "éd", "ed", "coll", "chap", "ann", "dir", "trad", "réf", "resp", "sq", "vs",
        "boul", "bd", "ch", "min", "max", "approx", "c.-à-d", "c-à-d", "c.à.d", "J.-C",
        "inf", "sup", "ca", "op", "cit", "ibid", "id", "dép", "Rte", "rte", "Pte", "pte",
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
    }
)
"""Common abbreviations that rarely end a sentence (lower case forms are matched as written)."""

MAY_BE_FINAL: frozenset[str] = frozenset({"etc", "cie", "Cie", "Inc", "Ltd", "Co"})
"""Abbreviations that end a sentence when the next word starts with a capital letter."""

ALSO_WORDS: frozenset[str] = frozenset({"art", "vol", "sept", "ex", "tel", "nos", "ca", "min", "max"})
"""Abbreviations of :data:`NON_FINAL` that are also words (« l'art », « un vol », « ils étaient sept »):
written in lower case and followed by a capitalised word (not a number, not an initial), their full stop
ends the sentence (« … les règles de l'art. Venus une première fois … »)."""
