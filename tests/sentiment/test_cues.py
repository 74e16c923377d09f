"""Stance cues, subject negation, expressions matched by lemma, the vader fallback and the tuning of their weights.

Every text here was written for these tests (news-style French, no third-party sentences).
"""

from __future__ import annotations

import importlib.util

import pytest

from analysis.sentiment import get_profile, score
from analysis.sentiment.cues import cues, find_cues
from analysis.sentiment.profiles import Profile
from analysis.sentiment.scorer import decide
from analysis.sentiment.tuning import macro_f1, reweight, tune_all

HAS_VADER = importlib.util.find_spec("vaderSentiment_fr") is not None
NEWS = get_profile("news")
WITH_CUES = NEWS.steps | {"cues"}
WITHOUT_CUES = NEWS.steps - {"cues"}


def cue_hits(text: str, *, profile: str = "news") -> list[str]:
    steps = get_profile(profile).steps | {"cues"}
    return [h["lemma"] for h in score([text], profile=profile, steps=steps)["hits"].iloc[0] if h["source"] == "cue"]


@pytest.mark.parametrize("text", [
    "Depuis l'ouverture de la carrière, les riverains ne dorment plus.",
    "Personne ne répond à nos courriers depuis le mois de mars.",
    "La préfecture n'a rien fait pour les familles du quartier.",
])
def test_a_negation_that_reverses_nothing_is_a_negative_cue(text):
    row = score([text], steps=WITH_CUES).iloc[0]
    assert cue_hits(text) == ["<negation>"]
    assert row["label"] == "neg"
    assert score([text], steps=WITHOUT_CUES)["label"].iloc[0] == "neu"  # no evaluative word at all


def test_a_denial_is_not_a_cue_but_a_negated_positive_is():
    # reversing a negative word denies it (no cue); reversing a positive one is negation's own negativity
    assert cue_hits("Il n'y a aucun danger pour les habitants.") == []
    assert cue_hits("Nous ne sommes pas dans une impasse.") == []
    assert cue_hits("Ce n'est pas une bonne décision pour la commune.") == ["<negation>"]


@pytest.mark.parametrize("text", [
    "Le chantier n'est pas encore terminé, il reste trois semaines de travaux.",
    "La coalition n'a jamais été aussi soudée.",
    "Nous ne commentons pas les décisions de justice.",
])
def test_blockers_keep_neutral_negations_from_counting(text):
    assert cue_hits(text) == []


def test_subject_negation_reverses_the_verb_group():
    # « personne n'a été blessé »: the negator stands before ne; « blessé » is reversed
    hits = score(["Personne n'a été blessé lors de l'évacuation."], steps=WITH_CUES)["hits"].iloc[0]
    blessé = next(h for h in hits if h["lemma"] == "blessé")
    assert blessé["negator"] == "n'" and blessé["polarity"] > 0
    assert cue_hits("Personne n'a été blessé lors de l'évacuation.") == []


def test_word_cues_and_their_profiles():
    assert cue_hits("Six mois après la tempête, les sinistrés attendent toujours les indemnités.") \
        == ["attendre toujours"]
    assert cue_hits("Le vol a été annulé sans la moindre explication.") == ["sans la moindre"]
    assert cue_hits("Le tribunal a enfin rendu sa décision.") == ["enfin"]
    assert score(["Le tribunal a enfin rendu sa décision."], steps=WITH_CUES)["label"].iloc[0] == "pos"
    assert cue_hits("Jusqu'à quand les écoles attendront-elles les crédits promis ?") == ["jusqu' à quand"]
    assert cue_hits("Quand les écoles recevront-elles les crédits ?") == []  # a question mark is no cue
    # registers differ: in tweets « enfin » is mostly a discourse marker
    assert cue_hits("Le tribunal a enfin rendu sa décision.", profile="tweets") == []


def test_overlapping_word_cues_count_once_and_hide_their_words():
    hits = score(["Ils sont partis sans le moindre mot."], steps=WITH_CUES)["hits"].iloc[0]
    assert [h["lemma"] for h in hits] == ["sans le moindre"]  # not « sans la moindre » too, nor « moindre »


def test_find_cues_offsets_and_file():
    norms = ["on", "ne", "dort", "plus", "."]
    assert find_cues(norms, norms, profile="news", unscoped_negations=[(1, 3)]) == [(1, 3, -1, "<negation>")]
    assert all(c.note for c in cues()) and {c.sign for c in cues()} == {-1, 0, 1}


def test_cue_weight_scales_cue_hits_in_the_decision():
    hits = [{"polarity": -1.0, "subjectivity": 0.4, "source": "cue", "kind": "eval", "weight": 1.0}]
    profile = Profile("x", frozenset({"cues", "neutral_band"}), 0.1, 0.1, cue_weight=0.3)
    polarity, _, label = decide(hits, steps=profile.steps, profile=profile)
    assert polarity == pytest.approx(-0.3) and label == "neg" and hits[0]["weight"] == pytest.approx(0.3)
    weak = Profile("x", frozenset({"cues", "neutral_band"}), 0.5, 0.5, cue_weight=0.3)
    assert decide([dict(hits[0], polarity=-1.0, weight=1.0)], steps=weak.steps, profile=weak)[2] == "neu"


def test_expressions_match_by_lemma():
    for text in ("Ils se moquent des habitants.", "Le gouvernement regarde ailleurs."):
        hits = score([text])["hits"].iloc[0]
        assert len(hits) == 1 and " " in hits[0]["word"] and hits[0]["polarity"] < 0


def test_news_corrections_of_this_round():
    # categories and domains are not evaluations
    for text in ("Les familles déplacées ont été relogées.", "Les associations sportives recevront une aide.",
                 "L'incendie serait d'origine criminelle."):
        assert score([text])["label"].iloc[0] == "neu", text


def test_reweight_drops_or_scales_sources():
    hits = [[{"polarity": -1.0, "source": "cue"}, {"polarity": 0.5, "source": "news"},
             {"polarity": -0.5, "source": "vader"}]]
    off = reweight(hits, cue_weight=None, vader_weight=None)
    assert [h["source"] for h in off[0]] == ["news"]
    on = reweight(hits, cue_weight=0.2, vader_weight=0.5)
    assert [h["polarity"] for h in on[0]] == [-0.2, 0.5, -0.25]
    assert hits[0][0]["polarity"] == -1.0  # the input is not changed


def test_tune_all_switches_cues_on_only_when_they_help():
    # texts whose only signal is a cue: the cues step must earn its place
    useful = [[{"polarity": -1.0, "source": "cue", "kind": "eval"}]] * 4 + [[]] * 4 \
        + [[{"polarity": 0.5, "source": "news", "kind": "eval"}]] * 4
    gold = ["neg"] * 4 + ["neu"] * 4 + ["pos"] * 4
    best = tune_all(useful, gold, vaders=(None,))
    assert best.cue_weight is not None and best.f1 == pytest.approx(1.0)
    # cues on neutral texts only: off
    misleading = [[{"polarity": -1.0, "source": "cue", "kind": "eval"}]] * 4 + [[]] * 4 \
        + [[{"polarity": 0.5, "source": "news", "kind": "eval"}]] * 4
    best = tune_all(misleading, ["neu"] * 8 + ["pos"] * 4, vaders=(None,))
    assert best.cue_weight is None
    assert macro_f1(gold, gold) == 1.0


@pytest.mark.skipif(not HAS_VADER, reason="vaderSentiment-fr is not installed (the vader_lexicon step is optional)")
def test_vader_fallback_scores_unknown_words_only():
    from analysis.sentiment.vader import valences

    table = valences()
    assert len(table) > 3000 and all(abs(v) >= 1.0 for v in table.values())
    steps = NEWS.steps | {"vader_lexicon"}
    # « fiasco » is in our lexicon: ours wins; a word only vader knows fires with source vader
    hits = score(["Ce fut un fiasco."], steps=steps)["hits"].iloc[0]
    assert [h["source"] for h in hits] == ["news"]
    unknown = next(w for w in ("abhorrer", "abandonneur") if w in table)
    hits = score([f"Ils vont {unknown} ce projet."], steps=steps)["hits"].iloc[0]
    assert [h["source"] for h in hits] == ["vader"] and hits[0]["polarity"] < 0
    # our neutralised corrections and textblob-fr's words stay unscored by vader
    assert score(["La première réunion a eu lieu."], steps=steps)["hits"].iloc[0] == []
    # excluded entries (translation errors: « prix » from « prize », « cancer » scored positive) never fire
    hits = score(["Le prix du gaz inquiète les malades du cancer."], steps=steps)["hits"].iloc[0]
    assert all(h["source"] != "vader" for h in hits)
