"""News sentiment: aims and appeals (irrealis), denials, corrections, held-out set."""

from __future__ import annotations

import pytest

from analysis.sentiment import score
from analysis.sentiment.irrealis import irrealis_scope
from analysis.sentiment.scorer import STEPS
from analysis.sentiment.tuning import CLASSES, NEWS_HELDOUT, load_news_quotes


def _hits(text: str, **options) -> list[dict]:
    return score([text], profile="news", **options)["hits"].iloc[0]


def _kind_of(text: str, word: str, **options) -> str:
    return next(h["kind"] for h in _hits(text, **options) if h["word"].lower().startswith(word))


def test_new_steps_are_listed_and_switchable():
    assert "irrealis" in STEPS and "denial" in STEPS
    text = "Les deux camps doivent rester calmes."
    assert _kind_of(text, "calme") == "event"
    from analysis.sentiment import get_profile

    steps = set(get_profile("news").steps) - {"irrealis"}
    assert _kind_of(text, "calme", steps=steps) == "eval"


@pytest.mark.parametrize("text, word", [
    ("Le ministre a appelé à rester calme.", "calme"),
    ("Il faut rester calme face à cette situation.", "calme"),
    ("Les deux pays travaillent pour résoudre ce différend.", "résoudre"),
    ("Nous prendrons des mesures afin de garantir un retour rapide à la normale.", "rapide"),
])
def test_positive_words_in_an_aim_or_appeal_are_not_praise(text, word):
    assert _kind_of(text, word) == "event"
    assert score([text], profile="news")["label"].iloc[0] == "neu"


def test_aim_scope_ends_with_the_clause_and_praise_outside_stays():
    text = "Pour résoudre la crise, le dialogue a été excellent."
    assert _kind_of(text, "excellent") == "eval"
    assert score([text], profile="news")["label"].iloc[0] == "pos"


def test_pour_with_a_noun_is_not_an_aim():
    text = "C'est une excellente nouvelle pour les salariés."
    assert _kind_of(text, "excellente") == "eval"
    assert score([text], profile="news")["label"].iloc[0] == "pos"


def test_negative_words_in_a_demand_keep_their_force():
    text = "Nous devons dénoncer ce scandale."
    assert _kind_of(text, "scandale") == "eval"
    assert score([text], profile="news")["label"].iloc[0] == "neg"


def test_irrealis_scope_indices():
    norms = ["il", "faut", "rester", "calme", ",", "c'", "est", "bon"]
    lemmas = ["il", "falloir", "rester", "calme", ",", "ce", "être", "bon"]
    poses = ["PRON", "VERB", "VERB", "ADJ", "PUNCT", "PRON", "AUX", "ADJ"]
    assert irrealis_scope(norms, lemmas, poses) == {2, 3}


def test_a_denial_is_not_praise():
    text = "Je n'ai enfreint aucune règle."
    hit = next(h for h in _hits(text) if h["word"].lower().startswith("enfreint"))
    assert hit["negator"] is not None and hit["polarity"] > 0 and hit["kind"] == "event"
    assert score([text], profile="news")["label"].iloc[0] == "neu"
    from analysis.sentiment import get_profile

    steps = set(get_profile("news").steps) - {"denial"}
    assert score([text], profile="news", steps=steps)["label"].iloc[0] == "pos"


def test_negated_praise_is_still_criticism():
    assert score(["Ce n'est pas une bonne décision."], profile="news")["label"].iloc[0] == "neg"


@pytest.mark.parametrize("text", [
    "Il viendra certainement à Genève mardi.",
    "Le village est proche de la frontière.",
    "La réunion a été organisée par le syndicat.",
    "Il faut rester prudent.",
])
def test_corrected_entries_are_not_opinions(text):
    assert score([text], profile="news")["label"].iloc[0] == "neu"


@pytest.mark.parametrize("text, label", [
    ("Pour les familles, c'est un choc terrible.", "neg"),
    ("Ce fiasco montre l'incompétence du gouvernement.", "neg"),
    ("Ces propos relèvent d'une hypocrisie sans nom.", "neg"),
    ("Nous avons reçu des félicitations de tous nos partenaires.", "pos"),
    ("Le projet a pu aboutir grâce aux efforts des bénévoles.", "pos"),
])
def test_news_lexicon_entries(text, label):
    assert score([text], profile="news")["label"].iloc[0] == label


@pytest.mark.parametrize("text", [
    "Je n'ai pas l'intention de quitter mes fonctions.",
    "Il n'était pas au courant de cette réunion.",
    "Nous n'envisageons pas de fermer le site.",
])
def test_denials_of_intention_or_knowledge_are_not_complaints(text):
    assert not [h for h in _hits(text) if h["source"] == "cue"]
    assert score([text], profile="news")["label"].iloc[0] == "neu"


def test_own_heldout_quotes_file():
    texts, labels = load_news_quotes(file=NEWS_HELDOUT)
    assert len(texts) >= 150 and set(labels) == set(CLASSES)
    shares = {c: labels.count(c) / len(labels) for c in CLASSES}
    assert all(0.28 < s < 0.38 for s in shares.values())
