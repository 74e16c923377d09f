"""Reporting constructions beyond a bare verb: a reporting infinitive under a control verb or a modal
(« a tenu à rappeler », « tente d'expliquer », « peut-on lire »), reading a medium (« on lit sur X que »),
« se déclarer » + an attribute, and verbs added to the data file from real text (« soulever que »,
« se faire fort de », « s'enquérir », « titrer », « balayer »). Also what is not a speaker: a thing
(« ce qui inciterait … »).
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Le parquet a par ailleurs tenu à rappeler que bloquer une route est un délit.",
     ("indirect", "bloquer une route est un délit", "Le parquet")),
    ("L'avocate n'a pas hésité à dire que « ce dossier est vide ».", ("mixed", "« ce dossier est vide »", "L'avocate")),
    ("Une « négligence », tente d'expliquer la ministre.", ("mixed", "Une « négligence »", "la ministre")),
    ("« Le chantier avance », a toutefois tenu à préciser la directrice.", ("direct", "Le chantier avance", "la directrice")),
    ("Le maire s'est empressé de démentir que l'usine fermera.", ("indirect", "l'usine fermera", "Le maire")),
])
def test_a_reporting_infinitive_under_a_control_verb_is_the_subject_s_speech_act(rows, text, expected):
    out = rows(text)
    assert [(t, q, m) for t, q, _, m in out] == [expected]


def test_an_infinitive_after_a_plain_verb_reports_nothing(rows):
    assert rows("Le maire allait expliquer son projet quand la séance a été levée.") == []


def test_reading_a_medium_names_it_or_carries_it_over(rows):
    out = rows("Le 3 mars, on lit sur Le Courrier que la mine fermera en juin.")
    assert out == [("indirect", "la mine fermera en juin", "lit", "Le Courrier")]
    out = rows("Le Courrier publie une enquête. Le maire est « visé par une plainte », peut-on lire.")
    assert out[0][:3] == ("mixed", "Le maire est « visé par une plainte »", "peut-on lire")


@pytest.mark.parametrize(("text", "cue"), [
    ("La commission soulève notamment que l'anonymat des données est relatif.", "soulève"),
    ("Le président s'était fait fort de ne pas céder à la rue.", "s'était fait fort"),
    ("« C'est pour quoi faire ? » s'enquiert un visiteur.", "s'enquiert"),
    ("« La ville retient son souffle », titrait le quotidien régional.", "titrait"),
    ("« C'est un procès d'intention », balaie un élu de la majorité.", "balaie"),
    ("« Le pouvoir a perdu », assène un éditorialiste.", "assène"),
    ("Les salariés se sont déclarés « prêts à négocier ».", "se sont déclarés"),
])
def test_verbs_added_from_real_text_are_cues(rows, text, cue):
    assert [c for _, _, c, _ in rows(text)] == [cue]


def test_a_thing_as_subject_makes_no_quotation(rows):
    assert rows("Les loyers baisseraient, ce qui inciterait davantage de propriétaires à louer.") == []


def test_a_time_after_the_quoted_words_is_left_out(rows):
    out = rows("Près de deux mille personnes se sont déclarées « intéressées » dimanche à 16 heures.")
    assert [q for _, q, _, _ in out] == ["« intéressées »"]


def test_a_phrase_about_the_event_inside_the_subject_does_not_end_the_content(rows):
    out = rows("L'expert a attesté que les deux armes, lors de la perquisition, étaient bien celles du crime.")
    assert [q for _, q, _, _ in out] == ["les deux armes, lors de la perquisition, étaient bien celles du crime"]


def test_comme_with_an_inverted_subject_and_no_clitic_is_an_attribution(rows):
    out = rows("La crise est devenue un terrain fertile pour les rumeurs, comme prévenait l'agence sanitaire en mars.")
    assert out[0][1:] == ("La crise est devenue un terrain fertile pour les rumeurs", "prévenait", "l'agence sanitaire")


def test_a_participle_after_an_object_pronoun_takes_the_main_subject(rows):
    out = rows("Le député a attaqué le ministre, le traitant de « petit personnage ».")
    assert out[0][2:] == ("traitant", "Le député")


@pytest.mark.parametrize("text, expected", [
    ("« Il faut des mesures sociales », a redit M. Blanc.", ("direct", "Il faut des mesures sociales", "a redit")),
    ("La maire a redit jeudi vouloir répondre à « la colère légitime » des habitants.",
     ("mixed", "vouloir répondre à « la colère légitime » des habitants", "a redit")),
    ("Les deux élus ont réaffirmé leur volonté de créer une « police commune ».",
     ("mixed", "leur volonté de créer une « police commune »", "ont réaffirmé")),
])
def test_verbs_of_saying_again_are_cues(quotes_of, text, expected):
    assert [(r.type, r.text, r.cue) for r in quotes_of(text).itertuples()] == [expected]
