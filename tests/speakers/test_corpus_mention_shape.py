"""On real journalism, every speaker and every mention is a noun phrase (issue 13's « done when »).

300 articles of the third-party corpus ``../shared/corpora/gilets-jaunes`` (20 per outlet, drawn
with a fixed seed; nothing of them is stored here) go through extraction and speaker resolution;
no speaker and no mention may be a connector, a negation, a cut partitive or another cut end, a
phrase that is no noun phrase (a number, a prepositional phrase) or longer than a noun phrase (a
participial or finite clause after it). The test skips where the corpus is absent (a fresh clone).

The checks below are written on strings, apart from the rule code's own check
(:mod:`analysis.quotes.mention_shape`), from the closed sets of :mod:`analysis.fr.grammar`.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict

import pandas as pd
import pytest

from analysis import config
from analysis.fr.grammar import (
    NEGATIVE_WORDS,
    PAGE_FURNITURE,
    PARTITIVE_QUANTIFIERS,
    PRENOMINAL_PLURALS,
    PREPOSITIONS,
    QUANTITY_LEADS,
    SENTENCE_CONNECTORS,
)
from analysis.fr.morphology import AUXILIARIES
from analysis.fr.quote_words import ARTICLES, RELATIVES, TIME_WORDS
from analysis.fr.quote_words import NOUN_PHRASE_DETERMINERS as DETERMINERS
from analysis.fr.reporting_verbs import speaking_nouns
from analysis.fr.text import fold

CORPUS = config.SHARED_DIR / "corpora" / "gilets-jaunes" / "articles.jsonl"
PER_OUTLET = 20
SEED = 13

_TOKEN = re.compile(r"\w+(?:-\w+)*'?|[^\w\s]")
_ELIDED = re.compile(r"\b([ldjmnstc]|qu|jusqu|lorsqu|puisqu)'(?=\w)")
_CONNECTORS = {tuple(c.split()) for c in SENTENCE_CONNECTORS}
_FURNITURE = {tuple(c.split()) for c in PAGE_FURNITURE}
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:(?:se|s'|en)\s+)?(\w+ant)\b")
_ENDS = PREPOSITIONS | ARTICLES | {"et", "ou", "ni", ",", "«", "(", "-"}


def _words(text: str) -> list[str]:
    """Folded words (accents kept), elisions apart: « l'un d'eux » → l', un, d', eux."""
    return _TOKEN.findall(_ELIDED.sub(r"\1' ", fold(text, accents=True)))


def shape_faults(text: str) -> list[str]:
    """What keeps ``text`` from being a speaker noun phrase ([] when nothing does)."""
    words = _words(text)
    if not words:
        return []
    faults = []
    if tuple(words) in _CONNECTORS or any(tuple(words[:len(f)]) == f for f in _FURNITURE):
        faults.append("connector")
    if words[0] in NEGATIVE_WORDS:
        faults.append("negation")
    if words[-1] in _ENDS and not (words[-1] in ("un", "une") and len(words) > 1 and words[-2] == "l'"):
        partitive = words[-1] in ("de", "d'", "des", "du") and len(words) > 1 and words[-2] in PARTITIVE_QUANTIFIERS
        faults.append("cut partitive" if partitive else "cut end")
    first = words[0]
    counted = first in QUANTITY_LEADS and len(words) > 1 and words[1] in ("de", "d'", "des", "du")
    plural_article = first in ("de", "d'") and len(words) > 1 and words[1] in PRENOMINAL_PLURALS
    original = text.split()
    named = len(original) > 1 and original[0][:1].isupper() and (  # « De Standaard », « En vert et contre tout »
        original[1][:1].isupper() or len(words) > 1 and words[1] not in ARTICLES | DETERMINERS)
    if first in PREPOSITIONS and first not in ("du", "des") and not counted and not plural_article and not named:
        faults.append("prepositional phrase")
    if all(w[:1].isdigit() or not w[:1].isalnum() for w in words):
        faults.append("number")
    elif words[0][:1].isdigit() and all(w[:1].isdigit() or w in TIME_WORDS for w in words):
        faults.append("date or age")  # « 44 ans » cut from « P.L., 44 ans, », « 19 décembre » after « un sondage du »
    if len(words) == 1 and len(words[0]) == 1 and words[0].isalpha():
        faults.append("a letter")  # « t » of a mistyped « ajoute t-il »
    clause = _CLAUSE_AFTER_COMMA.search(fold(text, accents=True))
    if clause and clause.group(1) not in speaking_nouns() and not _adjective_before_noun(text, clause):
        faults.append("clause after the noun phrase")
    if _finite_verb_outside_a_relative(text):
        faults.append("finite verb")  # « la CGT estime que … », not « celle qui a … »
    return faults


_FINITE = AUXILIARIES - {"été", "être", "avoir", "eu"}


def _finite_verb_outside_a_relative(text: str) -> bool:
    """A lower-case auxiliary outside parentheses, not after an article or « de » (« l'est de la France »), not an
    abbreviation (« a.i. »), with no relative pronoun before it."""
    plain = re.sub(r"\([^)]*\)", " ", fold(text, accents=True, case=True))
    words = _TOKEN.findall(_ELIDED.sub(r"\1' ", plain))
    for k, w in enumerate(words):
        if w in RELATIVES:
            return False
        if w in _FINITE and (k == 0 or words[k - 1] not in ("l'", "de", "du", "d'", "et")) \
                and not (k + 1 < len(words) and words[k + 1] == "."):
            return True
    return False


def _adjective_before_noun(text: str, clause: re.Match) -> bool:
    """« X, important soutien des « gilets jaunes » »: an -ant adjective before its noun opens an apposition."""
    rest = _words(fold(text, accents=True)[clause.end():])
    return bool(rest) and rest[0] not in PREPOSITIONS | ARTICLES | RELATIVES and rest[0][:1].isalpha()


def _sample() -> pd.DataFrame:
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_outlet[row["outlet"]].append(row)
    rng = random.Random(SEED)
    rows = []
    for outlet in sorted(by_outlet):
        articles = sorted(by_outlet[outlet], key=lambda r: r["doc_id"])
        rows += rng.sample(articles, min(PER_OUTLET, len(articles)))
    return pd.DataFrame({"doc_id": [r["doc_id"] for r in rows], "text": [r["text"] for r in rows],
                         "path": [r["doc_id"] for r in rows]})


def test_the_string_check_knows_noun_phrases_from_debris():
    for bad in ("d'ailleurs", "de même", "toutes parts", "Pas", "Nul", "Aucun élu", "l'un d'", "plusieurs d'",
                "Odile et", "un orateur des", "195 000", "au quatrième jour", "Avec sa centrale", "Lire aussi Paul",
                "À l'appel de l'association", "Dans un premier temps",
                "le dirigeant, suscitant une vague d'applaudissements", "le ministre, se refusant à répondre",
                "44 ans", "19 décembre", "6 octobre 1789", "t",
                "le même bilan fait état de", "Me Vasseur, jubilant", "la CGT a estimé"):
        assert shape_faults(bad), bad
    for good in ("l'un d'eux", "plusieurs d'entre eux", "Près de 21 000 personnes", "de nombreux élus",
                 "des Français", "le maire de Brignac", "Paul Merle, 56 ans, manifestant à Nancy", "Il",
                 "les « gilets jaunes » de Brignac", "la préfecture et la gendarmerie", "celle qui tient le café",
                 "De Telegraaf", "près des trois quarts des sondés", "X, important soutien des « gilets jaunes »",
                 "celle qui a tenu le café", "un éboueur rencontré à Brignac", "L'Est Républicain",
                 "la procureure de Besançon (est), Edwige Martin", "le directeur général a.i", "l'est de la France"):
        assert not shape_faults(good), good


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_file(), reason="the third-party corpus is absent (a fresh clone)")
def test_no_speaker_or_mention_of_real_articles_is_anything_but_a_noun_phrase():
    import analysis as an

    articles = _sample()
    assert len(articles) >= 280
    quotes = an.resolve_speakers(an.extract_quotes(articles), articles)
    assert len(quotes) > 1000
    faults = []
    for column in ("speaker", "speaker_mention"):
        for doc_id, value in zip(quotes["doc_id"], quotes[column].fillna(""), strict=True):
            for part in str(value).split(" ; "):
                for fault in shape_faults(part):
                    faults.append(f"{doc_id} {column} {fault}: {part!r}")
    assert not faults, f"{len(faults)} speakers or mentions are no noun phrase:\n" + "\n".join(faults[:40])
