"""Closed grammatical sets both the quotation and the speaker rules read (lower case, accents kept;
a rule that compares accent-free keys folds them once with :func:`analysis.fr.text.fold`)."""

from __future__ import annotations

PREPOSITIONS: frozenset[str] = frozenset(["à", "au", "aux", "de", "d'", "du", "des", "dans", "sur", "sous", "pour", "par", "avec", "sans", "chez", "vers", "entre", "contre", "devant", "derrière", "depuis", "pendant", "durant", "lors", "après", "avant", "auprès", "en", "selon", "malgré", "parmi", "via", "dès", "jusqu'", "jusque", "outre", "face", "grâce", "concernant", "envers", "près", "comme", "sauf", "hormis"])
"""Prepositions: a noun phrase after one is a complement, not a subject (« selon », « face à », « comme »)."""
