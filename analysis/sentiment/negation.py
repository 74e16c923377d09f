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
- the scope skips articles, auxiliaries, clitics, degree adverbs and de/à; after a negated
  copula it also skips the prepositions of a predicate (« nous ne sommes pas dans une impasse »,
  « pas face à une catastrophe »: role ``predicate``), which after another verb start an adjunct
  the negation does not reach (« je ne reviendrai pas sur cette erreur »);
- it crosses the words of one noun phrase: adjectives before the noun (« pas un grand
  succès »), one noun before a postposed adjective (« pas une décision sage ») or, when the
  noun only frames what follows (role ``frame``: bord, situation, état …), before its « de »
  complement (« pas au bord de la faillite »), and ends at the first evaluated word, at
  any other word, or at a clause boundary;
- the negated word takes its noun phrase with it: the noun and the adjectives around it
  (« pas de percée magnifique », « pas une solution durable et juste ») are all reversed.
Word lists live in ``analysis/data/sentiment_negation.csv``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from analysis import config
from analysis.errors import InputError
from analysis.fr.datafiles import read_rows
from analysis.fr.grammar import DE_ARTICLES
from analysis.fr.sentiment_words import COPULAS, ETRE_NONFINITE, NEVER_SO, NP_COORDINATION, SUBJECT_NEGATORS
from analysis.sentiment.nominal import looks_like_participle
from analysis.sentiment.tokens import Token

NEGATION_FILE = "sentiment_negation.csv"
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
    predicate: frozenset[str] = frozenset()
    frames: frozenset[str] = frozenset()

    @property
    def all(self) -> frozenset[str]:
        """Every word that is part of a negation (never scored as an evaluation itself)."""
        return self.ne | self.particles | self.alone


@functools.lru_cache(maxsize=1)
def negation_words() -> NegationWords:
    """The word lists of ``sentiment_negation.csv`` (read once)."""
    names = ("ne", "particle", "alone", "skip", "boundary", "fixed", "shifter", "predicate", "frame")
    roles: dict[str, set] = {r: set() for r in names}
    for row in read_rows(NEGATION_FILE):
        word, role = row["word"].lower(), row["role"]
        if role not in roles:
            raise InputError(config.data_file(NEGATION_FILE),
                             f"{word!r}: unknown role {role!r}; the roles are {', '.join(names)}")
        roles[role].add(tuple(word.split()) if role == "fixed" else word)
    return NegationWords(*(frozenset(roles[r]) for r in names))


def _is_boundary(tok: Token, words: NegationWords) -> bool:
    return tok.is_punct or tok.norm in words.boundaries


def negation_scopes(tokens: Sequence[Token], evaluated: Callable[[int], bool], *, shifters: bool = True
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
        copular = particle is not None and _copular(tokens[start:particle])
        target = _scope_target(tokens, start, evaluated, words, particle, copular=copular)
        negator = tokens[particle].norm if particle is not None else tok.norm
        if target is not None and negator == "jamais" \
                and any(tokens[k].norm in NEVER_SO for k in range(start, target)):
            target = None  # « n'a jamais été aussi solide »: more than ever, not a negation
        if target is not None:
            phrase = noun_phrase(tokens, target)
            negated.update((k, i) for k in phrase if evaluated(k) and tokens[k].norm not in words.all)
            i = phrase[-1] + 1
        else:
            i += 1
    return negated


def verbal_negations(tokens: Sequence[Token]) -> list[tuple[int, int]]:
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


def _subject_negator(tokens: Sequence[Token], i: int, words: NegationWords) -> int | None:
    """Index of a negative quantifier subject of the ``ne`` at ``i`` (« personne ne », « rien n' »,
    « aucun témoin n' »), within three words before it in the same clause, or None."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if _is_boundary(tokens[j], words):
            return None
        if tokens[j].norm in SUBJECT_NEGATORS:
            return j
    return None


def _find_particle(tokens: Sequence[Token], i: int, words: NegationWords) -> int | None:
    """Index of the particle completing the ``ne`` at ``i`` in its clause (None: explétif or ne … que)."""
    for j in range(i + 1, min(len(tokens), i + 8)):
        tok = tokens[j]
        if tok.norm in words.particles:
            return j
        if _is_boundary(tok, words):
            return None
    return None


def _copular(group: Sequence[Token]) -> bool:
    """Whether the verb group between ne and its particle is a copula (« n'est », « ne sommes »,
    « ne semblent »), with no other verb: what follows the particle is then the predicate."""
    verbs = [t for t in group if t.pos in ("AUX", "VERB")]
    return bool(verbs) and all(t.lemma in COPULAS or t.norm in ETRE_NONFINITE for t in verbs) \
        and any(t.lemma in COPULAS for t in verbs)


def _noun_with_modifier(tokens: Sequence[Token], j: int, words: NegationWords) -> bool:
    """Token ``j`` is a noun followed by a postposed adjective (« une décision sage »), or a noun
    that only frames its « de » complement (« au bord de la faillite », « une situation de
    chaos »: role ``frame``; « aucune leçon de la crise » does not deny the crisis)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if tokens[j].pos != "NOUN" or nxt is None:
        return False
    return _postposed(nxt) or (nxt.norm in DE_ARTICLES and (tokens[j].lemma or tokens[j].norm) in words.frames)


def _postposed(tok: Token) -> bool:
    """An adjective or a participle after a noun (« une situation désespérée », tagged VERB or ADJ)."""
    return tok.pos == "ADJ" or (tok.pos == "VERB" and looks_like_participle(tok.norm))


def _scope_target(tokens: Sequence[Token], start: int, evaluated: Callable[[int], bool], words: NegationWords,
                  particle: int | None, *, copular: bool = False) -> int | None:
    """The first evaluated token of the scope opened at ``start`` (before ``particle``, if any: the
    verb group between ne and its particle is always in scope), or None. ``copular``: the verb
    group is a copula, so the prepositions of a predicate are crossed too. Adjectives before a
    noun are crossed (« pas un grand succès »), and one noun before its modifier."""
    crossed_noun = False
    for j in range(start, len(tokens)):
        tok = tokens[j]
        if evaluated(j) and tok.norm not in words.all:
            return j
        if (particle is not None and j <= particle) or tok.norm in words.skip or tok.norm in words.all \
                or (copular and tok.norm in words.predicate):
            continue
        if _is_boundary(tok, words):
            return None
        if not crossed_noun and tok.pos == "ADJ" and j + 1 < len(tokens) and tokens[j + 1].pos in ("NOUN", "ADJ"):
            continue  # an adjective before its noun
        if not crossed_noun and _noun_with_modifier(tokens, j, words):
            crossed_noun = True
            continue
        return None
    return None


def noun_phrase(tokens: Sequence[Token], head: int) -> list[int]:
    """Indices of the noun phrase a negated word ``head`` belongs to, from ``head`` on: the
    adjectives and the one noun that follow it, coordinated adjectives included (« pas de
    percée magnifique », « pas une belle victoire », « pas une solution durable et juste »).
    A word that is no adjective or noun returns ``[head]`` alone."""
    phrase = [head]
    if tokens[head].pos not in ("NOUN", "ADJ"):
        return phrase
    noun_seen = tokens[head].pos == "NOUN"
    k = head + 1
    while k < len(tokens):
        tok = tokens[k]
        if tok.pos == "ADJ" or (tok.pos == "NOUN" and not noun_seen) or (noun_seen and _postposed(tok)):
            noun_seen = noun_seen or tok.pos == "NOUN"
            phrase.append(k)
        elif tok.norm in NP_COORDINATION and k + 1 < len(tokens) and tokens[k + 1].pos == "ADJ" \
                and tokens[k - 1].pos == "ADJ":
            pass  # « durable et juste »: the next adjective is in the phrase too
        else:
            break
        k += 1
    return phrase
