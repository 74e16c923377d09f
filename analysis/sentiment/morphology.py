"""Derivational fallbacks for words no lexicon lists: an unknown word borrows a known relative's score.

French builds much of its evaluative vocabulary by derivation, and both lexicons list base
words only. Tried in order, only when the word itself (form and lemma) is unknown:
- adverbs in -ment take their adjective's score (brutalement → brutal, efficacement → efficace);
- participles take their verb's score (menacées → menacer, affaiblis → affaiblir);
- adjectives with the privative prefix in-/im-/il-/ir-/mal- take the reversed score of their
  base when that base is clearly evaluative (|polarity| ≥ 0.3): inacceptable → acceptable,
  malhonnête → honnête. Short bases are refused (« important » is not im- + « portant »).
"""

from __future__ import annotations

from analysis.fr.morphology import (
    ADVERB_SUFFIX,
    ER_INFINITIVE,
    ER_PARTICIPLE_ENDINGS,
    ER_PRESENT_ENDINGS,
    FEMININE_ADJECTIVE_ENDINGS,
    INFLECTION_ENDINGS,
    IR_INFINITIVE,
    IR_PARTICIPLE_ENDINGS,
    NASAL_ADVERB_ENDINGS,
    PRIVATIVE_PREFIXES,
)

PRIVATIVE_MIN_POLARITY = 0.3
"""Only clearly evaluative bases are reversed: weak entries are too often false analyses."""
MIN_ADVERB_LENGTH = 8
"""Shorter words in -ment are mostly nouns (« moment », « aliment », « serment »), not adverbs."""
MIN_STEM = 3
"""An inflected word keeps at least three letters once its ending is cut (« des » is no plural of « de »)."""
MIN_PRIVATIVE_BASE = 5
"""A privative base keeps five letters or more: shorter ones are mostly false analyses (« inné », « imbu »)."""


def adverb_bases(word: str) -> list[str]:
    """Adjectives an adverb in -ment may derive from (most specific rule first)."""
    if not word.endswith(ADVERB_SUFFIX) or len(word) < MIN_ADVERB_LENGTH:
        return []
    stem = word[:-len(ADVERB_SUFFIX)]
    for ending, adjective_ending in NASAL_ADVERB_ENDINGS:
        if word.endswith(ending):
            return [word[:-len(ending)] + adjective_ending]
    bases = [stem]  # vraiment → vrai, absolument → absolu, gravement → grave, aisément → aisé
    if stem.endswith("e"):
        bases.append(stem[:-1])  # brutalement → brutale → brutal
        for feminine, masculine in FEMININE_ADJECTIVE_ENDINGS:
            if stem.endswith(feminine):
                bases.append(stem[:-len(feminine)] + masculine)
    return list(dict.fromkeys(bases))


def inflection_bases(word: str) -> list[str]:
    """Base forms an inflected word may have: masculine singular of adjectives and nouns
    (corrompues → corrompu) and the infinitive of present-tense -er verbs, which the tagger
    often takes for nouns (« dénonce » → dénoncer)."""
    bases = []
    for ending, replacement in INFLECTION_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            bases.append(word[: len(word) - len(ending)] + replacement)
    for ending in ER_PRESENT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            bases.append(word[: len(word) - len(ending)] + ER_INFINITIVE)
            break
    return list(dict.fromkeys(bases))


def participle_bases(word: str) -> list[str]:
    """Infinitives a past participle may come from (the stem keeps three letters for -er, four for -ir)."""
    for ending in ER_PARTICIPLE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return [word[: -len(ending)] + ER_INFINITIVE]
    for ending in IR_PARTICIPLE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return [word[: -len(ending)] + IR_INFINITIVE]
    return []


def privative_base(word: str) -> str | None:
    """The base of a privative adjective (inefficace → efficace, illégal → légal), or None."""
    for prefix, only_before, never_before in PRIVATIVE_PREFIXES:
        base = word[len(prefix):]
        if not word.startswith(prefix) or len(base) < MIN_PRIVATIVE_BASE:
            continue
        if (not only_before or base[0] in only_before) and base[0] not in never_before:
            return base
    return None
