"""Sentiment scorer: French negation, intensifiers, the news lexicon, the steps and the frame contract.

Every text here was written for these tests (news-style French, no third-party sentences).
"""

from __future__ import annotations

import importlib.util
import math

import pandas as pd
import pytest

from analysis.errors import InputError
from analysis.sentiment import STEPS, label_for, neutral_band, score
from analysis.sentiment.engine import raw_scores
from analysis.sentiment.lexicon import news_lexicon, read_lexicon

HAS_VADER = importlib.util.find_spec("vaderSentiment_fr") is not None

NEGATION_PAIRS = [
    ("La réforme est une bonne décision.", "La réforme n'est pas une bonne décision."),
    ("Le gouvernement a obtenu un succès.", "Le gouvernement n'a obtenu aucun succès."),
    ("Cette mesure est efficace.", "Cette mesure n'est jamais efficace."),
    ("Les négociations ont été fructueuses.", "Les négociations n'ont guère été fructueuses."),
    ("Le projet avance avec succès.", "Le projet avance sans succès."),
    ("C'est une décision sage.", "Ce n'est pas une décision sage."),
    ("La maire aime ce compromis.", "La maire n'aime pas ce compromis."),
    ("Le sommet fut un échec.", "Le sommet ne fut pas un échec."),
    ("La situation est grave.", "La situation n'est plus grave."),
    ("Le bilan est catastrophique.", "Le bilan n'est nullement catastrophique."),
]


def polarity(text: str, **options) -> float:
    return float(score([text], **options)["polarity"].iloc[0])


@pytest.mark.parametrize("plain, negated", NEGATION_PAIRS)
def test_negation_reverses_the_evaluated_word(plain, negated):
    p, n = polarity(plain), polarity(negated)
    assert p != 0 and n != 0
    assert math.copysign(1, p) == -math.copysign(1, n)
    assert abs(n) < abs(p)  # « not good » is only slightly bad (textblob-fr's convention)


def test_negation_fixes_textblob_fr():
    text = "Ce n'est pas une bonne décision."
    assert raw_scores([text])[0][0] > 0  # the engine alone gets it wrong (its tokenizer splits n')
    row = score([text]).iloc[0]
    assert row["polarity"] < 0 and row["label"] == "neg"
    bonne = next(h for h in row["hits"] if h["word"] == "bonne")
    assert bonne["negator"] == "n'" and bonne["polarity"] < 0


def test_colloquial_negation_without_ne():
    assert polarity("C'est pas bon du tout.") < 0
    assert polarity("Pas mal, ce bilan.") > 0


def test_expletive_ne_and_restrictive_ne_que_do_not_negate():
    row = score(["Il faut conclure un accord avant qu'il ne soit trop tard pour un succès."]).iloc[0]
    assert all(h["negator"] is None for h in row["hits"])
    assert polarity("Il n'y a que des avantages dans ce projet.") > 0


def test_fixed_expressions_are_not_negations():
    assert polarity("Ce sera sans doute un succès.") > 0
    assert polarity("Une hausse sans précédent du chômage.") < 0


def test_scope_stops_at_clause_boundary():
    # the negation belongs to the first clause; « excellent » in the second is untouched
    row = score(["Il ne viendra pas, mais le discours était excellent."]).iloc[0]
    words = [h for h in row["hits"] if h["source"] != "cue"]  # the unscoped negation is a cue (test_sentiment_cues)
    assert [h["word"] for h in words] == ["excellent"] and words[0]["negator"] is None


def test_shifters_reverse_their_object():
    assert polarity("Le plan doit éviter une crise.") > 0
    assert polarity("Une crise s'annonce.") < 0


def test_intensifiers_and_attenuators():
    assert polarity("Le résultat est très bon.") > polarity("Le résultat est bon.") > 0
    assert polarity("La situation est extrêmement grave.") < polarity("La situation est grave.") < 0
    assert polarity("Les agriculteurs sont un peu déçus.") > polarity("Les agriculteurs sont déçus.")
    assert polarity("Le dispositif est peu efficace.") < 0  # « peu » inverts, not just weakens
    assert polarity("Il y a trop de violence.") < polarity("Il y a de la violence.") < 0


def test_negation_wins_over_an_intensifier():
    assert -0.5 < polarity("Le résultat n'est pas très bon.") < 0


def test_misleading_textblob_entries_are_corrected():
    text = "Le premier ministre a présenté un nouveau plan important pour la grande région."
    assert raw_scores([text])[0][0] > 0.3
    row = score([text]).iloc[0]
    assert row["polarity"] == 0 and row["label"] == "neu" and row["hits"] == []
    assert raw_scores(["La situation est grave."])[0][0] > 0
    assert score(["La situation est grave."])["label"].iloc[0] == "neg"


@pytest.mark.parametrize("text, label", [
    ("Le sommet s'est soldé par un échec.", "neg"),
    ("La maire a salué l'accord conclu avec les syndicats.", "pos"),
    ("L'opposition dénonce la réforme.", "neg"),
    ("La ministre s'est félicitée des résultats.", "pos"),
    ("Les élus condamnent cette décision.", "neg"),
    ("C'est un succès et un progrès pour les habitants.", "pos"),
])
def test_nouns_and_verbs_of_evaluation(text, label):
    assert raw_scores([text])[0][0] == 0  # textblob-fr scores adjectives only: it sees nothing here
    assert score([text])["label"].iloc[0] == label


def test_morphology_derives_unknown_words():
    row = score(["Le service a fonctionné efficacement."]).iloc[0]
    assert row["polarity"] > 0 and row["hits"][0]["source"].endswith("+derived")
    row = score(["Une gestion malhonnête des fonds."]).iloc[0]
    assert row["polarity"] < 0 and row["hits"][0]["source"].endswith("+privative")
    assert polarity("Une gestion malhonnête des fonds.", steps=set(STEPS) - {"morphology", "vader_lexicon"}) == 0


def test_frame_contract_and_offsets():
    texts = pd.Series(["Un échec grave, selon elle.", "", None, "Très bonne nouvelle !"], index=[10, 11, 12, 13])
    frame = score(texts)
    assert list(frame.columns) == ["text", "polarity", "subjectivity", "label", "hits", "coverage", "polarity_raw"]
    assert list(frame.index) == [10, 11, 12, 13]
    assert frame.loc[11, "label"] == "neu" and frame.loc[12, "text"] == "" and frame.loc[12, "coverage"] == 0
    for text, hits in zip(frame["text"], frame["hits"], strict=True):
        for hit in hits:
            assert text[hit["start"]:hit["end"]] == hit["word"]
    assert frame["polarity"].between(-1, 1).all() and frame["subjectivity"].between(0, 1).all()
    assert frame.loc[13, "hits"][0]["modifier"] == "Très"
    assert frame.loc[13, "polarity"] == 1.0


def test_polarity_raw_is_plain_textblob_fr():
    from textblob_fr import PatternAnalyzer

    text = "Une journée magnifique mais un résultat décevant."
    assert score([text])["polarity_raw"].iloc[0] == pytest.approx(PatternAnalyzer().analyze(text)[0])


def test_single_string_and_bad_input():
    assert len(score("Un succès.")) == 1
    with pytest.raises(InputError, match="text #1"):
        score(["ok", 42])
    with pytest.raises(ValueError, match="unknown sentiment step"):
        score(["ok"], steps={"negation", "magic"})


def test_every_step_can_be_switched_off():
    text = "Ce n'est pas un échec, c'est très efficace."
    every = set(STEPS) if HAS_VADER else set(STEPS) - {"vader_lexicon"}
    for step in every:
        assert len(score([text], steps=every - {step})) == 1
    bare = score([text], steps=set())
    assert bare["label"].iloc[0] in ("neg", "neu", "pos")
    # without the news lexicon (and the vader fallback) « échec » is unknown: only « efficace » fires
    # (and, with cues, the negation that now reverses nothing: « n'est pas » is a negative cue)
    bare_hits = score([text], steps=every - {"news_lexicon", "vader_lexicon", "cues"})["hits"].iloc[0]
    assert [h["lemma"] for h in bare_hits] == ["efficace"]
    cue_hits = score([text], steps=every - {"news_lexicon", "vader_lexicon"})["hits"].iloc[0]
    assert [h["lemma"] for h in cue_hits] == ["<negation>", "efficace"]


def test_neutral_band_and_labels():
    neg, pos = neutral_band()
    assert 0 <= neg <= 0.5 and 0 <= pos <= 0.5
    assert label_for(0.0, neg_threshold=0, pos_threshold=0) == "neu"
    assert label_for(0.2, neg_threshold=0.1, pos_threshold=0.3) == "neu"
    assert label_for(-0.1, neg_threshold=0.1, pos_threshold=0.3) == "neg"
    assert label_for(0.3, neg_threshold=0.1, pos_threshold=0.3) == "pos"
    assert score(["Un léger progrès."], thresholds=(0.5, 0.5))["label"].iloc[0] == "neu"


def test_shipped_lexicon_is_valid_and_documented():
    lexicon = news_lexicon()
    assert len(lexicon.news) > 400
    assert all(entry.note for entry in lexicon.news.values())
    assert lexicon.news[("grave", "ADJ")].polarity < 0
    assert lexicon.news[("premier", "ADJ")].neutral


def test_bad_lexicon_file_names_the_file(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text("lemma,pos,polarity,subjectivity,note\néchec,NOUN,-3,0.5,too strong\n", encoding="utf-8")
    with pytest.raises(InputError, match="lex.csv"):
        read_lexicon(path)
    path.write_text("lemma,pos,polarity,subjectivity,note\néchec,NOUN,-0.5,0.5,\n", encoding="utf-8")
    with pytest.raises(InputError, match="note"):
        read_lexicon(path)
    path.write_text("lemma,pos,polarity,subjectivity,note\na,NOUN,-0.5,0.5,x\na,NOUN,-0.4,0.5,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="duplicate"):
        read_lexicon(path)
    with pytest.raises(InputError, match="not found"):
        read_lexicon(tmp_path / "missing.csv")
