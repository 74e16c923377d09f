"""Where a reported content ends on real-looking prose: a clause with a subject of its own after an
infinitive content, a noun phrase the narrator adds after it. Texts invented for the tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quote_rows):
    return quote_rows


@pytest.mark.parametrize("text, content", [
    ("Le ministre a promis de réduire les délais, mais les syndicats restent sceptiques.", "réduire les délais"),
    ("La maire promet d'écouter les riverains, mais nombre d'habitants y voient une manœuvre.",
     "écouter les riverains"),
    ("Le club a promis de rembourser les abonnés et la ligue a ouvert une enquête.", "rembourser les abonnés"),
    ("Les grévistes menacent de bloquer le port, or la direction refuse toute discussion.", "bloquer le port"),
])
def test_a_clause_with_its_own_subject_ends_an_infinitive_content(rows, text, content):
    out = rows(text)
    assert out[0][0] == "indirect" and out[0][1] == content


@pytest.mark.parametrize("text, content", [
    ("Le ministre a promis de réduire les délais et les aides qui sont versées aux familles.",
     "réduire les délais et les aides qui sont versées aux familles"),
    ("Elle a promis de revenir et de tout expliquer.", "revenir et de tout expliquer"),
])
def test_coordinated_objects_and_infinitives_stay_in_the_content(rows, text, content):
    assert rows(text)[0][1] == content


@pytest.mark.parametrize("text, content", [
    ("Les manifestants ont appelé à reconduire le mouvement jusqu'à dimanche.", "reconduire le mouvement jusqu'à dimanche"),
    ("Les syndicats appellent à reconduire la grève.", "reconduire la grève"),
    ("L'association exhorte à reconstruire les digues avant l'hiver.", "reconstruire les digues avant l'hiver"),
])
def test_an_infinitive_the_tagger_reads_as_a_noun_is_still_the_content(rows, text, content):
    out = rows(text)
    assert out and out[0][0] == "indirect" and out[0][1] == content


@pytest.mark.parametrize("text, content", [
    ("Le maire a indiqué que le chantier reprendrait lundi, une décision attendue par les riverains.",
     "le chantier reprendrait lundi"),
    ("Le maire a indiqué qu'on lui avait remis une écharpe verte, symbole de ralliement des opposants qui manifestent "
     "depuis des mois.", "on lui avait remis une écharpe verte"),
    ("Leur objectif était une réunion organisée par le syndicat des pêcheurs, un collectif régional fondé en 1990 et "
     "dissous depuis, a précisé le parquet.", "Leur objectif était une réunion organisée par le syndicat des pêcheurs"),
])
def test_a_noun_phrase_the_narrator_adds_after_the_content_is_left_out(rows, text, content):
    out = rows(text)
    assert out and out[0][0] == "indirect" and out[0][1] == content


def test_an_apposition_without_participle_or_relative_may_be_the_speaker_s(rows):
    out = rows("Le maire a indiqué que le chantier reprendrait lundi, une bonne nouvelle pour les commerçants.")
    assert out[0][1] == "le chantier reprendrait lundi, une bonne nouvelle pour les commerçants"


@pytest.mark.parametrize("text", [
    "Plusieurs maires ont appelé la région - qui s'y oppose pour le moment - à reporter la fermeture des lignes.",
    "Des maires ont appelé la région, qui s'y oppose, à reporter la fermeture des lignes.",
    "Les maires ont exhorté la région – qui hésite encore – à reporter la fermeture des lignes.",
])
def test_a_relative_clause_on_the_object_does_not_hide_the_infinitive(rows, text):
    out = rows(text)
    assert out and out[0][0] == "indirect" and out[0][1] == "reporter la fermeture des lignes"


@pytest.mark.parametrize("text, content", [
    ("Près de 2000 personnes ont déjà déclaré qu'elles participaient et 9000 autres se sont déclarées « intéressées ».",
     "elles participaient"),
    ("Le maire a dit qu'il viendrait et les habitants ont applaudi.", "il viendrait"),
])
def test_a_present_tense_clause_after_reported_tenses_is_the_narrator_s(rows, text, content):
    assert rows(text)[0][1] == content


@pytest.mark.parametrize("text, content", [
    ("Le député a annoncé qu'il transmettrait un « mémorandum » au Conseil et demanderait à être entendu sur le projet.",
     "il transmettrait un « mémorandum » au Conseil et demanderait à être entendu sur le projet"),
    ("Le maire a dit que la route serait fermée et les bus seraient déviés.", "la route serait fermée et les bus seraient déviés"),
    ("Le maire a dit que la route est fermée et les bus sont déviés.", "la route est fermée et les bus sont déviés"),
])
def test_coordinated_clauses_in_the_same_reported_tense_stay_in_the_content(rows, text, content):
    assert rows(text)[0][1] == content


@pytest.mark.parametrize(("text", "content"), [
    ("La banque centrale avait estimé que les troubles devraient coûter 0,1 point de croissance, mais refusé de revoir "
     "son objectif annuel.", "les troubles devraient coûter 0,1 point de croissance"),
    ("Le directeur a affirmé que les stocks suffiraient pour la semaine et annoncé une réunion lundi.",
     "les stocks suffiraient pour la semaine"),
    ("Le témoin a reconnu avoir vu la voiture devant la maison, puis plus rien, et a décrit avec précision le conducteur.",
     "avoir vu la voiture devant la maison, puis plus rien"),
])
def test_a_second_predicate_of_the_main_subject_ends_the_content(quotes_of, text, content):
    assert list(quotes_of(text)["text"]) == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Le préfet a annoncé que les routes seraient fermées à la circulation et rouvertes lundi.",
     "les routes seraient fermées à la circulation et rouvertes lundi"),
    ("Le ministre a dit que les prix avaient augmenté et dépassé le seuil fixé.",
     "les prix avaient augmenté et dépassé le seuil fixé"),
])
def test_a_participle_sharing_the_contents_own_auxiliary_stays_in_it(quotes_of, text, content):
    assert list(quotes_of(text)["text"]) == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Le ministre a dénoncé « une dérive inacceptable » et les syndicats ont aussitôt appelé à la grève.",
     "« une dérive inacceptable »"),
    ("Le maire a salué « un geste fort » mais plusieurs élus de l'opposition restent sceptiques.", "« un geste fort »"),
])
def test_a_clause_with_its_own_subject_after_a_quoted_object_is_the_narrators(quotes_of, text, content):
    assert list(quotes_of(text)["text"]) == [content]


def test_coordinated_quoted_objects_stay_one_content(quotes_of):
    text = "Elle a réclamé « des moyens » et « des postes » pour les écoles."
    assert list(quotes_of(text)["text"]) == ["« des moyens » et « des postes » pour les écoles"]


@pytest.mark.parametrize("tail", [", à l'issue du conseil des ministres", ", à l’occasion de sa visite au salon"])
def test_a_framing_phrase_with_an_elision_ends_the_content(quotes_of, tail):
    text = "Le ministre a dit que la réforme serait maintenue" + tail + "."
    assert list(quotes_of(text)["text"]) == ["la réforme serait maintenue"]
