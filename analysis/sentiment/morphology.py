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

PRIVATIVE_MIN_POLARITY = 0.3
"""Only clearly evaluative bases are reversed: weak entries are too often false analyses."""

_PRIVATIVE = ("mal", "im", "in", "il", "ir")


def adverb_bases(word: str) -> list[str]:
    """Adjectives an adverb in -ment may derive from (most specific rule first)."""
    if not word.endswith("ment") or len(word) < 8:
        return []
    stem = word[:-4]
    if word.endswith("amment"):
        return [word[:-6] + "ant"]
    if word.endswith("emment"):
        return [word[:-6] + "ent"]
    bases = [stem]  # vraiment → vrai, absolument → absolu, gravement → grave, aisément → aisé
    if stem.endswith("e"):
        bases.append(stem[:-1])  # brutalement → brutale → brutal
        if stem.endswith("euse"):
            bases.append(stem[:-4] + "eux")
        if stem.endswith("ive"):
            bases.append(stem[:-3] + "if")
        if stem.endswith("elle"):
            bases.append(stem[:-2])
        if stem.endswith("ère"):
            bases.append(stem[:-3] + "er")
    return list(dict.fromkeys(bases))


def inflection_bases(word: str) -> list[str]:
    """Base forms an inflected word may have: masculine singular of adjectives and nouns
    (corrompues → corrompu) and the infinitive of present-tense -er verbs, which the tagger
    often takes for nouns (« dénonce » → dénoncer)."""
    bases = []
    for ending, replacement in (("euses", "eux"), ("euse", "eux"), ("ives", "if"), ("ive", "if"), ("elles", "el"),
                                ("elle", "el"), ("ennes", "en"), ("enne", "en"), ("ères", "er"), ("ère", "er"),
                                ("aux", "al"), ("es", ""), ("es", "e"), ("e", ""), ("s", ""), ("x", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            bases.append(word[: len(word) - len(ending)] + replacement)
    for ending in ("ent", "es", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            bases.append(word[: len(word) - len(ending)] + "er")
            break
    return list(dict.fromkeys(bases))


def participle_bases(word: str) -> list[str]:
    """Infinitives a past participle may come from."""
    for ending in ("ées", "és", "ée", "é"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return [word[: -len(ending)] + "er"]
    for ending in ("ies", "is", "ie", "i"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return [word[: -len(ending)] + "ir"]
    return []


def privative_base(word: str) -> str | None:
    """The base of a privative adjective (inefficace → efficace, illégal → légal), or None."""
    for prefix in _PRIVATIVE:
        base = word[len(prefix):]
        if not word.startswith(prefix) or len(base) < 5:
            continue
        if prefix == "mal" or (prefix == "im" and base[0] in "bmp") or (prefix == "il" and base[0] == "l") \
                or (prefix == "ir" and base[0] == "r") or (prefix == "in" and base[0] not in "bmplr"):
            return base
    return None
