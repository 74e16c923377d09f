"""Aims, obligations, appeals and questions: evaluations of a state wished for or asked about (step ``irrealis``).

In « toutes les parties doivent rester calmes », « pour résoudre la crise » or « il appelle au
dialogue », the positive words (calme, résoudre, dialogue) describe the outcome a speaker
wants, not a state they report: diplomatic and policy language is full of them, and news
annotation labels such statements neutral. The step marks every token in the scope of an
aim, obligation or appeal trigger (``analysis/data/sentiment_irrealis.csv``: pour +
infinitive, afin de, visant à, il faut, devoir + infinitive, appeler à …) up to the end of
the clause. A question asserts nothing either (« ce plan sera-t-il efficace ? », « est-ce une
bonne nouvelle ? »): every token of a sentence that ends with a question mark is in scope
(:func:`question_scope`). In the scorer, a *positive* hit in such a scope counts as an
``event`` word (discounted, and no evidence for a positive label); negative hits keep their
force, because a demand names the problem it wants solved (« il faut mettre fin à ce
scandale ») and a challenging question presupposes it (« comment tolérer un tel scandale ? »).
A question mark alone is no evaluation: it adds no hit.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from analysis import config
from analysis.errors import InputError
from analysis.fr.datafiles import read_table
from analysis.fr.sentiment_words import AIM_SCOPE_END, BEFORE_INFINITIVE
from analysis.fr.text import fold

IRREALIS_FILE = "sentiment_irrealis.csv"
SENTENCE_END = frozenset({".", "!", "?", ";", "…"})
"""Tokens that end the sentence a question mark closes (looking back from it)."""
SIGNS = frozenset({1})
"""Signs of the hits the step turns into ``event`` hits: positive only (see the module doc)."""


@functools.lru_cache(maxsize=1)
def triggers() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """(words, needs an infinitive) of every trigger in the data file (read once)."""
    out = []
    for line, row in read_table(IRREALIS_FILE, ("trigger", "infinitive", "note")):
        if row["infinitive"] not in ("0", "1") or not row["trigger"] or not row["note"]:
            raise InputError(config.data_file(IRREALIS_FILE), f"line {line}: expected a trigger, 0 or 1, and a note")
        out.append((tuple(fold(row["trigger"], accents=True).split()), row["infinitive"] == "1"))
    return tuple(out)


def _infinitive_follows(norms: Sequence[str], lemmas: Sequence[str], poses: Sequence[str | None], i: int) -> bool:
    """An infinitive (a verb whose form is its lemma) right after token ``i``, clitics allowed between."""
    j = i + 1
    while j < len(norms) and norms[j] in BEFORE_INFINITIVE and j <= i + 4:
        j += 1
    return j < len(norms) and poses[j] in ("VERB", "AUX") and norms[j] == lemmas[j]


@functools.lru_cache(maxsize=1)
def _triggers_by_first_word() -> dict[str, tuple[tuple[int, tuple[str, ...], bool], ...]]:
    """The triggers indexed by their first word (with their rank in the file, which decides ties)."""
    index: dict[str, list[tuple[int, tuple[str, ...], bool]]] = {}
    for rank, (words, infinitive) in enumerate(triggers()):
        index.setdefault(words[0], []).append((rank, words, infinitive))
    return {word: tuple(rules) for word, rules in index.items()}


def irrealis_scope(norms: Sequence[str], lemmas: Sequence[str], poses: Sequence[str | None]) -> set[int]:
    """Indices of the tokens inside an aim, obligation or appeal (the trigger's own words excluded)."""
    scope: set[int] = set()
    n = len(norms)
    by_first = _triggers_by_first_word()
    for i in range(n):
        rules = by_first.get(norms[i], ())
        if lemmas[i] != norms[i] and lemmas[i] in by_first:
            rules = sorted({*rules, *by_first[lemmas[i]]})
        for _, words, infinitive in rules:
            width = len(words)
            if i + width > n or not all(norms[i + k] == w or lemmas[i + k] == w for k, w in enumerate(words)):
                continue
            last = i + width - 1
            if infinitive and not _infinitive_follows(norms, lemmas, poses, last):
                continue
            j = last + 1
            while j < n and norms[j] not in AIM_SCOPE_END:
                scope.add(j)
                j += 1
            break
    return scope


def question_scope(norms: Sequence[str]) -> set[int]:
    """Indices of the tokens of every sentence that ends with « ? » (the mark itself excluded)."""
    scope: set[int] = set()
    start = 0
    for i, norm in enumerate(norms):
        if norm == "?":
            scope.update(range(start, i))
        if norm in SENTENCE_END:
            start = i + 1
    return scope
