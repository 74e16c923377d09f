"""Reporting verbs: the data file, and every surface form a news text can use.

spaCy's French lemmas are unreliable on exactly these words (« rappelle-t-elle » comes back
as an adjective), so cues are matched on surface forms generated here from the lemma list in
``analysis/data/reporting_verbs.csv``: regular -er and -ir verbs are conjugated by rule
(3rd person of the tenses news uses, participles, infinitive), irregular verbs list their forms.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from analysis import config
from analysis.fr.datafiles import read_rows
from analysis.fr.morphology import (
    ER_PAST_PLURAL_AND_PARTICIPLES,
    ER_PRESENT_PARTICIPLE,
    ER_THIRD_PERSON_FUTURE,
    ER_THIRD_PERSON_PAST,
    ER_THIRD_PERSON_PRESENT,
    IR_PRESENT_PARTICIPLE,
    IR_THIRD_PERSON_AND_PARTICIPLES,
)
from analysis.fr.text import fold

CATEGORIES: tuple[str, ...] = (
    "neutral", "assertive", "evaluative", "revealing", "contesting", "structuring", "emotive", "directive", "media",
)
FRAMES: frozenset[str] = frozenset({"que", "inf", "de", "a", "obj", "of", "si", "incise", "on", "adj", "passive"})
VERBS_FILE = "reporting_verbs.csv"

_DOUBLING = frozenset({"appeler", "rappeler", "épeler", "renouveler", "jeter", "rejeter", "interpeller"})


@dataclass(frozen=True)
class Verb:
    """One reporting verb of the data file."""

    lemma: str
    head: str  # the inflected verb: « faire » in « faire savoir », « dire » in « se dire »
    category: str
    frames: frozenset[str]
    pronominal: bool
    tail: tuple[str, ...]  # words after the head: ("savoir",), ("en", "garde")


@dataclass(frozen=True)
class Form:
    """A surface form of a reporting verb: ``kind`` is inf, ppr (present participle) or verb."""

    verb: Verb
    kind: str


def _er_forms(lemma: str) -> dict[str, str]:
    stem = lemma[:-2]
    soft = stem
    if stem.endswith("c"):
        soft = stem[:-1] + "ç"
    elif stem.endswith("g"):
        soft = stem + "e"
    strong = [stem]  # stems of the present (3s, 3p) where the vowel changes
    if lemma in _DOUBLING:
        strong = [stem + stem[-1]]
    else:
        # révéler → révèle, relever → relève, marteler → martèle
        for i in range(len(stem) - 2, -1, -1):
            if stem[i] in "aiouyàâîôûœ":
                break
            if stem[i] in "eé" and i < len(stem) - 1 and all(c not in "aeiouyéèêâîôû" for c in stem[i + 1:]):
                strong.append(stem[:i] + "è" + stem[i + 1:])
                break
    if stem.endswith("y"):
        strong.append(stem[:-1] + "i")
    forms: dict[str, str] = {lemma: "inf", soft + ER_PRESENT_PARTICIPLE: "ppr"}
    for s in strong:
        for ending in (*ER_THIRD_PERSON_PRESENT, *ER_THIRD_PERSON_FUTURE):
            forms[s + ending] = "verb"
    for ending in ER_THIRD_PERSON_FUTURE:
        forms[stem + ending] = "verb"
    for ending in ER_THIRD_PERSON_PAST:
        forms[soft + ending] = "verb"
    for ending in ER_PAST_PLURAL_AND_PARTICIPLES:
        forms[stem + ending] = "verb"
    return forms


def _ir_forms(lemma: str) -> dict[str, str]:
    stem = lemma[:-2]
    forms = {lemma: "inf", stem + IR_PRESENT_PARTICIPLE: "ppr"}
    for ending in IR_THIRD_PERSON_AND_PARTICIPLES:
        forms[stem + ending] = "verb"
    return forms


def _listed_forms(lemma: str, listed: str) -> dict[str, str]:
    forms: dict[str, str] = {}
    for form in listed.split():
        if form == lemma or (form.endswith(("re", "ir")) and form[:3] == lemma[:3] and len(form) >= len(lemma) - 1):
            forms[form] = "inf"
        elif form.endswith("ant"):
            forms[form] = "ppr"
        else:
            forms[form] = "verb"
    forms[lemma] = "inf"
    return forms


def inflect(head: str, listed: str = "") -> dict[str, str]:
    """Surface forms of ``head`` (3rd person, participles, infinitive) → kind (inf, ppr, verb)."""
    if listed.strip():
        return _listed_forms(head, listed)
    if head.endswith("er"):
        return _er_forms(head)
    if head.endswith("ir"):
        return _ir_forms(head)
    return {head: "inf"}


def _parse_lemma(lemma: str) -> tuple[str, bool, tuple[str, ...]]:
    words = lemma.split()
    pronominal = False
    if words[0] == "se":
        pronominal, words = True, words[1:]
    elif words[0].startswith("s'"):
        pronominal, words = True, [words[0][2:], *words[1:]]
    return words[0], pronominal, tuple(words[1:])


@functools.lru_cache(maxsize=1)
def verbs() -> tuple[Verb, ...]:
    """Every reporting verb of the data file."""
    rows: list[Verb] = []
    for row in read_rows(VERBS_FILE):
        lemma = fold(row["lemma"], accents=True)
        category = row["category"]
        if category not in CATEGORIES:
            raise ValueError(f"{config.data_file(VERBS_FILE)}: unknown category {category!r} for {lemma!r}")
        frames = frozenset(row["frames"].split())
        if not frames <= FRAMES:
            raise ValueError(f"{config.data_file(VERBS_FILE)}: unknown frames {sorted(frames - FRAMES)} for {lemma!r}")
        head, pronominal, tail = _parse_lemma(lemma)
        rows.append(Verb(lemma, head, category, frames, pronominal, tail))
    return tuple(rows)


def _listed() -> dict[str, str]:
    return {fold(r["lemma"], accents=True): r.get("forms", "") for r in read_rows(VERBS_FILE)}


@functools.lru_cache(maxsize=1)
def forms() -> dict[str, tuple[Form, ...]]:
    """Surface form (``fold(form, accents=True)``) → the reporting verbs it can be a form of."""
    table: dict[str, list[Form]] = {}
    listed = _listed()
    for verb in verbs():
        for form, kind in inflect(verb.head, listed.get(verb.lemma, "")).items():
            table.setdefault(form, []).append(Form(verb, kind))
    return {form: tuple(entries) for form, entries in table.items()}


def category_of(lemma: str) -> str:
    """Category of a reporting verb lemma (« » when it is not in the data file)."""
    for verb in verbs():
        if verb.lemma == lemma:
            return verb.category
    return ""


@functools.lru_cache(maxsize=1)
def speaking_nouns() -> frozenset[str]:
    """Role and body nouns of the speaker word lists (``speaker_roles.csv``, ``speaker_organisations.csv``):
    « selon la mairesse », « pour la bourgmestre » name a source."""
    out: set[str] = set()
    for name, columns in (("speaker_roles.csv", ("role", "feminine", "plural", "feminine_plural")),
                          ("speaker_organisations.csv", ("word", "plural"))):
        for row in read_rows(name):
            for col in columns:
                value = row.get(col, "")
                if not value or value == "-":
                    continue
                head = fold(value.split()[0], accents=True)
                out.add(head)
                if col in ("role", "feminine", "word"):
                    out.add(head + ("" if head.endswith(("s", "x")) else "s"))
    return frozenset(out)
