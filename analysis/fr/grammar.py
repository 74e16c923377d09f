"""Closed grammatical sets both the quotation and the speaker rules read (lower case, accents kept;
a rule that compares accent-free keys folds them once with :func:`analysis.fr.text.fold`)."""

from __future__ import annotations

PREPOSITIONS: frozenset[str] = frozenset(["à", "au", "aux", "de", "d'", "du", "des", "dans", "sur", "sous", "pour", "par", "avec", "sans", "chez", "vers", "entre", "contre", "devant", "derrière", "depuis", "pendant", "durant", "lors", "après", "avant", "auprès", "en", "selon", "malgré", "parmi", "via", "dès", "jusqu'", "jusque", "outre", "face", "grâce", "concernant", "envers", "près", "comme", "sauf", "hormis"])
"""Prepositions: a noun phrase after one is a complement, not a subject (« selon », « face à », « comme »)."""

DE: frozenset[str] = frozenset({"de", "d'"})
"""« de » and its elided form: the preposition of complements (« le ministre de la Santé »)."""

DE_ARTICLES: frozenset[str] = frozenset({"de", "d'", "du", "des"})
"""« de » with the articles it merges with (« du » = « de le », « des » = « de les »)."""

DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "l'", "les"})
"""The definite articles: a body or person the story knows (« le ministère », « la police »)."""

THIRD_PERSON_SUBJECTS: frozenset[str] = frozenset({"il", "elle", "ils", "elles"})
"""Subject pronouns that stand for someone named before (« Il a dit », « …, estiment-elles »)."""

PAST_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées")
"""Endings of a past participle of an -er verb (lower case, accented; ``str.endswith`` reads a tuple)."""
