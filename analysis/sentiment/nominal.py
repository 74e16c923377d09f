"""Participles used as nouns: « les plus éprouvés », « aux plus démunis », « les déplacés ».

A past participle after a determiner, with no noun after it, names people (or things) by
what happened to them: « les plus éprouvés » are the hardest hit, not the most proven (the
sense of textblob-fr's adjective « éprouvé », +0.39); « les déplacés » are displaced people,
not inappropriate remarks. Such a word is a noun, so the scorer looks it up as one (textblob-fr's
adjective entries never apply to nouns) and an adjective or verb sense reached only through our
lexicon's one-sense fallback counts as an ``event`` (it names the topic: who was hit), not as
the speaker's judgement. The degree adverbs of a superlative may stand between the
determiner and the participle (« les plus touchés », « les moins favorisés »), but not after
the auxiliary avoir (« c'est lui qui a le plus souffert » is a verb) nor in the intensifying
« des plus » (« un accueil des plus réussis » praises). A clitic the tagger took for an
article (« je les remercie ») is recognised by the subject pronoun before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.fr.quote_words import SUBJECT_PRONOUNS
from analysis.fr.sentiment_words import CONTRACTED_ARTICLES, SUPERLATIVE

PARTICIPLE = re.compile(r"(?:é|[^aeiouyéèêq]i|[^aeiouyéèêqg]u)(?:e|es|s)?$")
"""Endings of the past participles of -er, -ir and most -re verbs (touché, démunis, exclues); -i
and -u after a consonant only (not « mauvais », « beau », « lieu », « remarque », « fatigue »)."""
MIN_LENGTH = 4
"""Shorter forms ending like a participle are mostly function words or nouns (« lui », « vu »)."""
NOUN_POS = frozenset({"NOUN", "PROPN"})
TAGS = frozenset({"ADJ", "VERB", "NOUN", "PROPN"})
"""Tags a nominal participle gets from the tagger (it hesitates between all four)."""


def looks_like_participle(norm: str) -> bool:
    """Whether a lower-case form has a past participle's ending (and is long enough to be one)."""
    return len(norm) >= MIN_LENGTH and norm.isalpha() and PARTICIPLE.search(norm) is not None


def _determiner(norms: Sequence[str], poses: Sequence[str | None], j: int) -> bool:
    """Token ``j`` is an article or determiner, not a clitic after its subject (« je les remercie »)."""
    if j < 0 or not (poses[j] == "DET" or norms[j] in CONTRACTED_ARTICLES):
        return False
    return j == 0 or norms[j - 1] not in SUBJECT_PRONOUNS


def nominal_participles(forms: Sequence[str], norms: Sequence[str], lemmas: Sequence[str],
                        poses: Sequence[str | None]) -> set[int]:
    """Indices of the participles used as nouns in a text (see the module doc); ``forms`` are the
    surface forms (a capitalised word the tagger calls PROPN is a name, not a participle)."""
    found = set()
    n = len(norms)
    for i in range(n):
        if poses[i] not in TAGS or not looks_like_participle(norms[i]):
            continue
        if poses[i] == "PROPN" and forms[i][:1].isupper():
            continue
        if i + 1 < n and poses[i + 1] in NOUN_POS:
            continue  # « les plus touchés habitants »: an adjective before its noun
        j = i - 1
        if j >= 0 and norms[j] in SUPERLATIVE:
            j -= 1
            if j >= 0 and norms[j] == "des":
                continue  # « des plus réussis »: an intensifier, not a noun phrase
        if not _determiner(norms, poses, j):
            continue
        if j > 0 and lemmas[j - 1] == "avoir":
            continue  # « a le plus souffert »: a compound tense
        found.add(i)
    return found
