"""Stance cues: evaluative signals a lexicon cannot see (step ``cues``).

Much of the criticism in quoted speech carries no evaluative word: « on ne dort plus, et
personne ne nous écoute », « six mois plus tard, on attend toujours », « jusqu'à quand ? ».
Two kinds of cue, listed in ``analysis/data/sentiment_cues.csv`` with a note each, add one
hit of fixed sign:

- ``<negation>``: a verbal negation that denies nothing negative: it reverses no evaluated
  word (« personne ne nous écoute ») or a positive one (« il n'y a plus un seul endroit
  sûr »). Negation is itself a marker of negative evaluation: negated clauses are markedly
  more frequent in negative texts (Potts 2010, « On the negativity of negation »), because
  one negates what was expected. A negation that reverses a negative word is a denial
  (« nous ne sommes pas dans une impasse »): it adds no cue;
- word sequences of frustrated expectation, reproach or relief (« toujours pas »,
  « sans la moindre », « faire semblant », « enfin », « jusqu'à quand »), matched by form or lemma.

A question mark is not a cue: most questions in quotations ask for information (« quand
les travaux commenceront-ils ? »), and a challenging question shows its stance through its
words (« jusqu'à quand », « un tel scandale »); a question's positive words are not asserted
(:func:`analysis.sentiment.irrealis.question_scope`).

Blockers (polarity 0 in the file) keep a negation from counting when it is not a complaint:
« pas encore » (progress), « jamais aussi » (comparison), « nous ne commentons pas » (reserve).

A cue hit has polarity ±1 before the decision; the profile's ``cue_weight`` (tuned on
training data) sets its size, so a cue alone tips a text without evaluative words, and
weighs little against real lexicon hits. Hits have ``source`` "cue" and ``kind`` "eval".
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from analysis import config
from analysis.errors import InputError
from analysis.fr.datafiles import read_table
from analysis.fr.text import fold

CUES_FILE = "sentiment_cues.csv"
RULES = frozenset({"<negation>"})
CUE_SUBJECTIVITY = 0.4
"""Subjectivity of a cue hit: a stance, weaker than an evaluative word's."""


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    sign: int
    profiles: frozenset[str]
    note: str


@functools.lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    """The cues of ``sentiment_cues.csv`` (read once)."""
    path = config.data_file(CUES_FILE)
    out = []
    for line, row in read_table(CUES_FILE, ("cue", "polarity", "profiles", "note")):
        if row["polarity"] not in ("-1", "0", "1") or not row["cue"] or not row["note"]:
            raise InputError(path, f"line {line}: expected a cue, a polarity of -1, 0 (blocker) or 1, profiles "
                                   "and a note")
        words = tuple(fold(row["cue"], accents=True).split())
        if words[0].startswith("<") and words[0] not in RULES:
            raise InputError(path, f"line {line}: unknown rule {words[0]}; rules are {sorted(RULES)}")
        out.append(Cue(words, int(row["polarity"]), frozenset(row["profiles"].split()), row["note"]))
    return tuple(out)


def find_cues(norms: Sequence[str], lemmas: Sequence[str], *, profile: str,
              unscoped_negations: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, str]]:
    """(first token, last token, sign, cue) of every cue of ``profile`` in a text, in text order.

    ``unscoped_negations``: (ne, particle) token indices of the verbal negations that deny
    nothing negative (from :mod:`analysis.sentiment.negation`: no reversed word, or a positive
    one). Overlapping word cues count once (the first listed in the file wins).
    """
    found = []
    n = len(norms)
    chosen = [cue for cue in cues() if profile in cue.profiles]
    blockers = {cue.words[0] for cue in chosen if cue.sign == 0}

    def blocked(pair: tuple[int, int]) -> bool:
        window = range(min(pair), min(n, max(pair) + 4))  # ne … particle and the three words after it
        return any(norms[k] in blockers or lemmas[k] in blockers for k in window)

    starts: dict[str, list[int]] = {}  # where each word (form or lemma) occurs: only there can a cue start
    for i, (form, lemma) in enumerate(zip(norms, lemmas, strict=True)):
        starts.setdefault(form, []).append(i)
        if lemma != form:
            starts.setdefault(lemma, []).append(i)

    for cue in chosen:
        if cue.sign == 0:
            continue
        if cue.words == ("<negation>",):
            found += [(min(pair), max(pair), cue.sign, "<negation>") for pair in unscoped_negations
                      if not blocked(pair)]
        else:
            width = len(cue.words)
            for i in starts.get(cue.words[0], ()):
                if i + width <= n and all(norms[i + k] == w or lemmas[i + k] == w for k, w in enumerate(cue.words)) \
                        and not any(a <= i + width - 1 and i <= b for a, b, _, c in found if not c.startswith("<")):
                    found.append((i, i + width - 1, cue.sign, " ".join(cue.words)))
    return sorted(found)
