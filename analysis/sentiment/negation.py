"""French negation scope: which evaluated word each negator reverses.

textblob-fr's own negation fails on French: its tokenizer splits « n' » off and its scope
only crosses one-letter words, so « Ce n'est pas une bonne décision » scores +0.70. Here:
- « ne/n' » opens a scope only when a second particle (pas, plus, jamais, rien, guère,
  point, aucun, personne, nullement, ni) follows in the same clause: the explétif « ne »
  (« avant qu'il ne soit trop tard ») and restrictive « ne … que » negate nothing;
- pas, jamais, aucun(e), rien, sans, ni, non also open a scope alone (« sans succès »,
  « pas mal »), except in fixed expressions (« sans doute », « non seulement »);
- polarity shifters (éviter, empêcher, contre, mettre fin à, réduire …) reverse their
  evaluated object the same way (« éviter une crise » is not negative);
- « ne … jamais aussi/si/autant » + evaluated word is a comparison (more than ever), not a negation;
- the scope skips articles, auxiliaries, clitics, degree adverbs and de/à, may cross one
  noun before a postposed adjective (« pas une décision sage »), and ends at the first
  evaluated word (which it reverses), at any other word, or at a clause boundary.
Word lists live in ``analysis/data/sentiment_negation.csv``.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from analysis import config

NEGATION_FILE = "sentiment_negation.csv"
NEVER_SO = frozenset({"aussi", "autant", "si", "tellement"})
"""After « jamais », these make a comparison (« jamais aussi solide »: more solid than ever)."""
SUBJECT_NEGATORS = frozenset({"personne", "rien", "nul", "nulle", "aucun", "aucune"})
"""A negative quantifier before « ne » is the subject of a negation (« personne n'a été blessé »,
« rien ne justifie »): the verb group after « ne » is in its scope."""
NEGATION_FACTOR = -0.5
"""textblob-fr's convention: « not good » is slightly bad, « not bad » slightly good."""


@dataclass(frozen=True)
class NegationWords:
    ne: frozenset[str]
    particles: frozenset[str]
    alone: frozenset[str]
    skip: frozenset[str]
    boundaries: frozenset[str]
    fixed: frozenset[tuple[str, str]]
    shifters: frozenset[str] = frozenset()

    @property
    def all(self) -> frozenset[str]:
        """Every word that is part of a negation (never scored as an evaluation itself)."""
        return self.ne | self.particles | self.alone


@functools.lru_cache(maxsize=1)
def negation_words() -> NegationWords:
    """The word lists of ``sentiment_negation.csv`` (read once)."""
    roles: dict[str, set] = {r: set() for r in ("ne", "particle", "alone", "skip", "boundary", "fixed", "shifter")}
    path = config.data_file(NEGATION_FILE)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if line.strip() and not line.startswith("#")):
            word, role = row["word"].strip().lower(), row["role"].strip()
            roles[role].add(tuple(word.split()) if role == "fixed" else word)
    return NegationWords(*(frozenset(roles[r]) for r in ("ne", "particle", "alone", "skip", "boundary", "fixed", "shifter")))


@dataclass(frozen=True)
class Tok:
    """What the scope rules need of a token: its lower-case form, POS (or None), punctuation flag, lemma."""

    norm: str
    pos: str | None = None
    is_punct: bool = False
    lemma: str = ""


def _is_boundary(tok: Tok, words: NegationWords) -> bool:
    return tok.is_punct or tok.norm in words.boundaries


def negation_scopes(tokens: Sequence[Tok], evaluated: Callable[[int], bool], *, shifters: bool = True
                    ) -> dict[int, int]:
    """Map the index of each negated evaluated token to the index of its negator (or shifter).

    ``evaluated(i)`` says whether token ``i`` carries a lexicon polarity. With ``shifters``,
    words like éviter, lutter contre, mettre fin à reverse their evaluated object the same way.
    """
    words = negation_words()
    negated: dict[int, int] = {}
    consumed: set[int] = set()
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if i in consumed:
            i += 1
            continue
        start = particle = None
        if tok.norm in words.ne:
            particle = _find_particle(tokens, i, words)
            if particle is not None:
                consumed.add(particle)
                start = i + 1
            elif _subject_negator(tokens, i, words) is not None:
                start = i + 1  # « personne n'a été blessé »: the negator stands before ne
        else:
            fixed = i + 1 < n and (tok.norm, tokens[i + 1].norm) in words.fixed
            alone = tok.norm in words.alone and not fixed
            shifter = shifters and (tok.lemma or tok.norm) in words.shifters
            if alone or shifter:
                start = i + 1
        if start is None:
            i += 1
            continue
        target = _scope_target(tokens, start, evaluated, words, particle)
        negator = tokens[particle].norm if particle is not None else tok.norm
        if target is not None and negator == "jamais" \
                and any(tokens[k].norm in NEVER_SO for k in range(start, target)):
            target = None  # « n'a jamais été aussi solide »: more than ever, not a negation
        if target is not None:
            negated[target] = i
            i = target + 1
        else:
            i += 1
    return negated


def verbal_negations(tokens: Sequence[Tok]) -> list[tuple[int, int]]:
    """(ne index, particle index) of every complete « ne … pas/plus/jamais/rien … » in the text
    (explétif « ne » and « ne … que » excluded), whatever it scopes."""
    words = negation_words()
    out = []
    for i, tok in enumerate(tokens):
        if tok.norm in words.ne:
            particle = _find_particle(tokens, i, words)
            if particle is None:
                particle = _subject_negator(tokens, i, words)
            if particle is not None:
                out.append((i, particle))
    return out


def _subject_negator(tokens: Sequence[Tok], i: int, words: NegationWords) -> int | None:
    """Index of a negative quantifier subject of the ``ne`` at ``i`` (« personne ne », « rien n' »,
    « aucun témoin n' »), within three words before it in the same clause, or None."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if _is_boundary(tokens[j], words):
            return None
        if tokens[j].norm in SUBJECT_NEGATORS:
            return j
    return None


def _find_particle(tokens: Sequence[Tok], i: int, words: NegationWords) -> int | None:
    """Index of the particle completing the ``ne`` at ``i`` in its clause (None: explétif or ne … que)."""
    for j in range(i + 1, min(len(tokens), i + 8)):
        tok = tokens[j]
        if tok.norm in words.particles:
            return j
        if _is_boundary(tok, words):
            return None
    return None


def _scope_target(tokens: Sequence[Tok], start: int, evaluated: Callable[[int], bool], words: NegationWords,
                  particle: int | None) -> int | None:
    """The first evaluated token of the scope opened at ``start`` (before ``particle``, if any: the
    verb group between ne and its particle is always in scope), or None."""
    crossed_noun = False
    for j in range(start, len(tokens)):
        tok = tokens[j]
        if evaluated(j) and tok.norm not in words.all:
            return j
        if (particle is not None and j <= particle) or tok.norm in words.skip or tok.norm in words.all:
            continue
        if _is_boundary(tok, words):
            return None
        if tok.pos == "NOUN" and not crossed_noun and j + 1 < len(tokens) and tokens[j + 1].pos == "ADJ":
            crossed_noun = True
            continue
        return None
    return None
