"""Polls (the respondents' « Pour X sur Y, … » and the institute's « selon un sondage »), prepositional
sources added from real text (« de même source », « dixit », « de l'aveu de », « aux yeux de beaucoup »),
and complements a reporting verb governs past quoted words or a clitic.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return rows


def test_a_poll_gives_the_respondents_and_the_institute_one_entry_each(rows):
    out = rows("Pour près de sept sondés sur dix (68 %), les mesures arrivent trop tard, selon un sondage de l'institut.")
    assert ("selon", "les mesures arrivent trop tard", "près de sept sondés sur dix (68 %)") in [(t, q, m) for t, q, _, m in out]
    assert "l'institut" in [m for *_, m in out]  # the issuer of the poll


@pytest.mark.parametrize("text", [
    "Pour la deuxième année consécutive, la commune a interdit l'arrosage des jardins.",
    "Si la moitié des commerçants a vu ses ventes baisser, pour un sur quatre la hausse continue.",
])
def test_a_time_or_a_share_in_mid_sentence_is_no_poll(rows, text):
    assert [t for t, *_ in rows(text)] == []


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("De même source, dix personnes avaient été interpellées avant midi.", "dix personnes avaient été interpellées avant midi",
     "même source"),
    ("Quelle est cette « violence » venue « attaquer la République », dixit le président ?",
     "Quelle est cette « violence » venue « attaquer la République »", "le président"),
    ("Sa jeunesse est devenue, aux yeux de beaucoup, de l'inexpérience.",
     "Sa jeunesse est devenue, aux yeux de beaucoup, de l'inexpérience", "beaucoup"),
])
def test_prepositional_sources_from_real_text(rows, text, content, mention):
    assert [(t, q, m) for t, q, _, m in rows(text)] == [("selon", content, mention)]


def test_a_verb_closing_a_quotation_also_governs_its_own_complement(rows):
    out = rows("« Restez chez vous », la police a demandé aux médias de rappeler que tout rassemblement doit être déclaré.")
    assert [(t, q) for t, q, _, _ in out] == [("direct", "Restez chez vous"),
                                              ("indirect", "rappeler que tout rassemblement doit être déclaré")]


@pytest.mark.parametrize(("text", "content"), [
    ("Le député s'est félicité du vote, appelant les « indécis » à faire de même.", "faire de même"),
    ("Le préfet a demandé solennellement aux partis « de lancer un appel au calme ».", "« de lancer un appel au calme »"),
    ("La fédération a invité ses adhérents à se joindre au « mouvement national ».", "se joindre au « mouvement national »"),
    ("Le maire se dit conscient de l'importance du mouvement « mais inquiet pour la suite ».",
     "conscient de l'importance du mouvement « mais inquiet pour la suite »"),
    ("Près de 70 % des sondés le perçoivent comme « le président des villes ».", "comme « le président des villes »"),
])
def test_complements_past_quoted_objects_clitics_and_stance_adjectives(rows, text, content):
    assert content in [q for _, q, _, _ in rows(text)]


def test_a_concessive_adjunct_after_a_comma_is_the_narrator_s(rows):
    out = rows("La présidence a dit craindre « de graves violences » samedi, malgré l'annonce d'un geste fort.")
    assert [q for _, q, _, _ in out] == ["craindre « de graves violences » samedi"]


@pytest.mark.parametrize(("text", "mention"), [
    ("« Nous ne couvrirons pas ces rassemblements », selon un message adressé par les reporters à la rédaction.",
     "les reporters"),
    ("Le projet est rejeté par 61 % des habitants, selon un sondage Ifop publié lundi.", "un sondage Ifop"),
    ("La grève sera reconduite, selon une lettre signée par les délégués du personnel.", "les délégués du personnel"),
])
def test_a_document_passed_on_by_a_participle_gives_its_author_or_drops_the_participle(rows, text, mention):
    assert [m for *_, m in rows(text)] == [mention]


@pytest.mark.parametrize(("text", "mention"), [
    ("La cote du maire a baissé de cinq points, ont rapporté des radios locales citant un sondage Ipsos publié mardi.",
     "un sondage Ipsos"),
    ("« Le calme est revenu », a indiqué la radio citant un porte-parole de la police.", "un porte-parole de la police"),
])
def test_a_relay_citing_a_source_gives_the_source(rows, text, mention):
    assert [m for *_, m in rows(text)] == [mention]


@pytest.mark.parametrize("text", [
    "Toutefois, ils sont 43 % des habitants qui estiment que la réforme est un « recul », d'après les résultats de l'enquête.",
    "Au total, 61 % des sondés jugent que le projet est « trop cher », selon ce sondage.",
])
def test_respondents_view_and_the_poll_are_two_entries(rows, text):
    assert sorted(t for t, *_ in rows(text)) == ["mixed", "selon"]


def test_a_selon_after_a_named_speaker_still_relays_his_words(rows):
    text = "Le ministre a affirmé que la réforme serait « juste », selon une vidéo diffusée samedi."
    assert [t for t, *_ in rows(text)] == ["mixed"]


def test_on_apprend_via_a_medium_names_the_medium(rows):
    assert [m for *_, m in rows("Mi-novembre, on apprend via l'agence Belga que la cour réexaminera le dossier.")] \
        == ["l'agence Belga"]


@pytest.mark.parametrize("text, content, source", [
    ("Le ministre annoncera une pause fiscale, a appris l'agence mardi de sources gouvernementales.",
     "Le ministre annoncera une pause fiscale", "sources gouvernementales"),
    ("Il s'agit de deux anciens salariés, a appris la radio de source proche du dossier.",
     "Il s'agit de deux anciens salariés", "source proche du dossier"),
])
def test_a_medium_that_learnt_from_a_named_source_reports_the_source(quotes_of, text, content, source):
    assert [(r.type, r.text, r.speaker_mention) for r in quotes_of(text).itertuples()] == [("indirect", content, source)]


def test_learning_without_a_comma_before_it_reports_nobody(quotes_of):
    assert quotes_of("Pourtant les « novices » apprennent des choses chaque semaine.").empty
