"""When a « selon » phrase attributes a proposition of its own and when it only relays a quotation.

A « selon » after a verb cue relays that cue's quotation only when the quotation goes on up to it
(« a affirmé que …, selon une vidéo »); a verb that reports nothing (« proposent des bons ») or a
quotation that ended in an earlier clause leaves the « selon » its own proposition.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return rows


@pytest.mark.parametrize(("text", "content"), [
    ("Les mairies proposent des bons d'achat, selon le syndicat des commerçants.", "Les mairies proposent des bons d'achat"),
    ("Le chiffre d'affaires a reculé, d'après la fédération du commerce.", "Le chiffre d'affaires a reculé"),
    ("La pharmacie signale une baisse des ventes, selon la chambre de commerce.", "La pharmacie signale une baisse des ventes"),
])
def test_a_selon_after_a_verb_that_reports_nothing_is_its_own_attribution(rows, text, content):
    out = rows(text)
    assert [(t, q) for t, q, _, _ in out] == [("selon", content)]


def test_a_selon_after_a_quotation_that_reaches_it_is_a_relay(rows):
    out = rows("Le maire a affirmé que la route rouvrirait lundi, selon une vidéo publiée par la mairie.")
    assert [(t, c) for t, _, c, _ in out] == [("indirect", "a affirmé")]
    out = rows("« Nous tiendrons », a assuré la ministre aux élus de la majorité, selon un participant.")
    assert [(t, c) for t, _, c, _ in out] == [("direct", "a assuré")]


def test_a_quotation_in_an_earlier_clause_does_not_swallow_the_selon(rows):
    text = ("Le directeur, accusé par ses salariés de « mépris », ne compte pas démissionner, "
            "selon un proche du dossier.")
    out = rows(text)
    assert ("selon", "un proche du dossier") in [(t, m) for t, _, _, m in out]


def test_a_relative_clause_after_the_source_belongs_to_the_source(rows):
    out = rows("La confiance recule nettement, selon une enquête qui paraît ce matin.")
    assert [(t, q, m) for t, q, _, m in out] == [("selon", "La confiance recule nettement", "une enquête")]


def test_a_final_selon_attributes_what_follows_a_colon(rows):
    out = rows("Les commerçants s'adaptent : 38 % d'entre eux proposent des ventes privées, selon la fédération.")
    assert [(t, q) for t, q, _, _ in out] == [("selon", "38 % d'entre eux proposent des ventes privées")]


def test_de_l_avis_de_as_an_object_is_no_attribution(rows):
    assert rows("L'agent pourra se passer de l'avis de la commission en cas d'urgence absolue.") == []


@pytest.mark.parametrize("text, spans", [
    ("La marche des retraités, qui a réuni 800 personnes selon la police et 2600 selon les syndicats, "
     "a dégénéré en fin de journée.", ["a réuni 800 personnes selon la police", "2600 selon les syndicats"]),
    ("Le cortège comptait 800 manifestants selon la préfecture et plus de 2000 selon la CGT.",
     ["comptait 800 manifestants selon la préfecture", "plus de 2000 selon la CGT"]),
])
def test_paired_counts_each_carry_their_own_source(quotes_of, text, spans):
    q = quotes_of(text)
    assert list(q["type"]) == ["selon", "selon"] and list(q["text"]) == spans


def test_a_lone_count_keeps_the_clause_it_sits_in(quotes_of):
    q = quotes_of("Près de 290 000 personnes avaient défilé samedi selon le ministère.")
    assert list(q["text"]) == ["Près de 290 000 personnes avaient défilé samedi"]


def test_a_front_selon_stops_before_a_quotation_after_a_colon(rows):
    out = rows("« C'est une journée importante », a déclaré Paul Martin, l'un des délégués. Selon lui, la direction "
               "« n'a pas pris la mesure » du problème: « Elle l'a prise à moitié ».")
    assert ("selon", "la direction « n'a pas pris la mesure » du problème", "Selon", "lui") in out
    assert any(r[0] == "direct" and r[1] == "Elle l'a prise à moitié" for r in out)


@pytest.mark.parametrize("text", [
    "Les soldats sont selon lui, surtout en ville, la cible de nombreuses insultes chaque jour.",
    "Le projet est selon elle, à ce stade, une impasse budgétaire.",
])
def test_a_selon_phrase_inside_the_predicate_attributes_the_whole_clause(rows, text):
    out = rows(text)
    assert out[0][0] == "selon" and out[0][1] == text[:-1]


def test_a_participle_apposition_with_quoted_words_after_pour_x_is_skipped(rows):
    out = rows("Cependant, pour le président du Sénat Marc Dubois, traité de « menteur » par son rival, le texte est "
               "le seul compromis possible.")
    assert ("selon", "le texte est le seul compromis possible", "pour", "le président du Sénat Marc Dubois") in out


def test_a_front_selon_that_only_introduces_a_quotation_after_a_colon_gives_one_entry(rows):
    out = rows("Pour la directrice, l'essentiel est ailleurs : « Si le test réussit, nous aurons gagné dix ans. »")
    assert [r[0] for r in out] == ["direct"]


def test_a_relative_clause_on_the_source_is_not_the_content(rows):
    out = rows("Selon ce rapport, que notre journal a pu consulter, une dizaine de salariés ont quitté le chantier.")
    assert out == [("selon", "une dizaine de salariés ont quitté le chantier", "Selon", "ce rapport")]


@pytest.mark.parametrize("text, speaker", [
    ("« Le texte est mort », pour le député Marc Roux.", "le député Marc Roux"),
    ("« Le texte est mort », pour les députés de l'opposition qui ont voté contre.", "les députés de l'opposition"),
])
def test_pour_x_after_a_quotation_and_a_comma_attributes_it(rows, text, speaker):
    assert rows(text) == [("direct", "Le texte est mort", "pour", speaker)]


def test_pour_glued_to_a_quotation_belongs_to_its_sentence(rows):
    out = rows("« Plus le temps passe, plus la facture sera lourde » pour le gouvernement, observe Paul Martin, chercheur.")
    assert all(r[2] != "pour" for r in out) and any(r[2] == "observe" for r in out)


@pytest.mark.parametrize("text", [
    "Pour le « gilet jaune » Jean Roux, le référendum local est « la seule issue ».",
    "Il a marché jusqu'à Lyon pour la cause: pour le « gilet jaune » Jean Roux, le référendum local est « la seule issue ».",
])
def test_a_quoted_label_before_a_name_does_not_hide_the_source_of_pour(rows, text):
    out = rows(text)
    assert ("selon", "le référendum local est « la seule issue »") in [r[:2] for r in out]


def test_a_selon_after_an_incise_and_its_subjects_relative_relays_the_quotations(quotes_of):
    text = ("« Dehors ! », « Démission ! », avaient crié plusieurs manifestants qui défilaient sur le quai, "
            "poussant les gendarmes à s'interposer, selon plusieurs vidéos diffusées samedi.")
    rows = quotes_of(text)
    assert list(rows["type"]) == ["direct", "direct"]


@pytest.mark.parametrize("text", [
    "Pour autant, la vente des parts ne suffira pas à combler le déficit du club.",
    "Pour autant, rien n'a filtré de la réunion tenue hier soir à la préfecture.",
    "Pour maintenant, la circulation reste coupée sur le pont des Arches.",
])
def test_an_adverb_after_pour_names_nobody(rows, text):
    assert rows(text) == []


def test_pour_autant_before_a_quotation_leaves_it_to_its_incise(rows):
    out = rows("Pour autant, « la route restera ouverte », a-t-elle assuré.")
    assert [(t, m) for t, _, _, m in out] == [("direct", "elle")]


@pytest.mark.parametrize("text", [
    "Quelle part de ces reproches est selon vous fondée ? La question divise la rédaction.",
    "Le budget a-t-il, selon vous, été sacrifié ? Les élus en débattent encore.",
    "Pourquoi, d'après elle, la commune a-t-elle renoncé au projet ?",
])
def test_a_question_with_selon_asserts_nothing(rows, text):
    assert [r for r in rows(text) if r[2] in ("selon", "d'après")] == []


def test_a_question_that_quotes_someone_keeps_the_quoted_words(rows):
    out = rows("Que vaut ce « plan de la dernière chance » annoncé, dixit le ministre Paul Roux ?")
    assert [r[0] for r in out] in (["selon"], ["mixed"])


@pytest.mark.parametrize("text", [
    "Selon un sondage Ifort du 12 mars, 64 % des Français soutiennent la grève.",
    "Selon une enquête Ifort de mardi, 64 % des Français soutiennent la grève.",
])
def test_a_date_after_a_document_is_not_its_issuer(rows, text):
    (row,) = rows(text)
    assert "Ifort" in row[3]
@pytest.mark.parametrize("text, content, mention", [
    ("Selon une enquête Ipsos publiée mardi soir, sept lecteurs sur dix jugent la réforme injuste.",
     "sept lecteurs sur dix jugent la réforme injuste", "une enquête Ipsos"),
    ("Selon une enquête Ipsos pour la radio diffusée jeudi, 75 % des lecteurs approuvent le projet.",
     "75 % des lecteurs approuvent le projet", "une enquête Ipsos"),
    ("D'après le bilan fourni par la gendarmerie, douze véhicules ont été incendiés dans la nuit.",
     "douze véhicules ont été incendiés dans la nuit", "la gendarmerie"),
    ("Selon plusieurs pompiers interrogés par la radio locale, le feu est parti d'un entrepôt.",
     "le feu est parti d'un entrepôt", "plusieurs pompiers"),
])
def test_a_front_attribution_runs_to_its_comma_over_a_date_a_client_or_a_relay(quotes_of, text, content, mention):
    rows = [(r.type, r.text, r.speaker_mention) for r in quotes_of(text).itertuples()]
    assert rows == [("selon", content, mention)]


def test_a_front_attribution_without_comma_keeps_its_content(quotes_of):
    rows = [(r.text, r.speaker_mention) for r in quotes_of("Selon lui 3000 personnes ont défilé, contre 2000 la veille.").itertuples()]
    assert rows == [("3000 personnes ont défilé, contre 2000 la veille", "lui")]
@pytest.mark.parametrize(("text", "content"), [
    ("La liste recueillerait 8 % des voix, selon un sondage Ipsos, mais la fondatrice du parti n'y figurera pas.",
     "La liste recueillerait 8 % des voix"),
    ("Environ 9000 agents étaient déployés dans la ville, selon la préfecture, auxquels s'ajoutent 2000 pompiers.",
     "Environ 9000 agents étaient déployés dans la ville"),
    ("Des riverains ont voulu bloquer le chantier du parking selon un agent municipal, s'attirant les reproches des ouvriers.",
     "Des riverains ont voulu bloquer le chantier du parking"),
    ("Le maire a été interpellé à son domicile selon la radio locale, accusé de détournement de fonds.",
     "Le maire a été interpellé à son domicile"),
    ("La circulation était coupée sur la rocade, selon la préfecture, tandis que les bus roulaient normalement.",
     "La circulation était coupée sur la rocade"),
])
def test_the_narrators_clause_after_a_mid_sentence_source_is_left_out(rows, text, content):
    assert [(t, q) for t, q, _, _ in rows(text)] == [("selon", content)]


@pytest.mark.parametrize(("text", "content"), [
    ("Le but était, d'après son avocat, de vérifier le passé des deux témoins.",
     "Le but était, d'après son avocat, de vérifier le passé des deux témoins"),
    ("Les manifestants étaient environ soixante, selon les organisateurs, à se rendre devant le siège.",
     "Les manifestants étaient environ soixante, selon les organisateurs, à se rendre devant le siège"),
])
def test_a_clause_that_goes_on_after_the_source_stays_in_its_scope(rows, text, content):
    assert [(t, q) for t, q, _, _ in rows(text)] == [("selon", content)]


@pytest.mark.parametrize(("text", "content"), [
    ("Ce n'est qu'un enterrement de la contestation, selon Marie Dupont, une élue de la majorité.",
     "Ce n'est qu'un enterrement de la contestation"),
    ("Un accrochage a eu lieu près du pont, selon la chaîne Info24, la chaîne que les autorités accusent de propagande.",
     "Un accrochage a eu lieu près du pont"),
    ("La mobilisation était de l'ordre de 9000 personnes, selon le préfet, Jean Morel interrogé par une radio.",
     "La mobilisation était de l'ordre de 9000 personnes"),
])
def test_an_apposition_on_the_source_that_ends_the_sentence_is_left_out(rows, text, content):
    assert [(t, q) for t, q, _, _ in rows(text)] == [("selon", content)]


@pytest.mark.parametrize("text", [
    "Le bailleur conteste la méthode, qui ne tiendrait pas compte, selon lui, des travaux imposés par la loi.",
    "La militante répond que le mouvement tient bon, même si c'est, selon les passants, ce que la mairie veut entendre.",
])
def test_a_clause_whose_object_comes_after_the_source_keeps_it(rows, text):
    out = [(t, q) for t, q, _, _ in rows(text) if t == "selon"]
    assert len(out) == 1 and out[0][1].endswith(text[-25:-1])


@pytest.mark.parametrize(("text", "content"), [
    ("La perte atteint environ 20 millions d'euros au cours actuel, toujours selon le cabinet de conseil.",
     "La perte atteint environ 20 millions d'euros au cours actuel"),
    ("Le stock de masques a été reconstitué en deux semaines, encore selon la même source.",
     "Le stock de masques a été reconstitué en deux semaines"),
])
def test_the_attributions_own_adverb_before_a_final_selon_is_left_out(rows, text, content):
    assert [(t, q) for t, q, _, _ in rows(text)] == [("selon", content)]


@pytest.mark.parametrize("opener", ["D'ailleurs", "D’ailleurs", "Par ailleurs"])
def test_a_leading_connective_with_an_elision_is_left_out(rows, opener):
    text = opener + ", selon l'institut, sept sondés sur dix jugent la réforme injuste."
    assert [(t, q) for t, q, _, _ in rows(text)] == [("selon", "sept sondés sur dix jugent la réforme injuste")]
@pytest.mark.parametrize("text", [
    "Le maire a reçu les riverains. Selon ses dires, les logements seront achevés en mars.",
    "La ministre était à Lyon. Les travaux reprendront en mai, d'après ses propos.",
])
def test_selon_ses_dires_attributes_to_the_possessor(rows, text):
    (row,) = rows(text)
    assert row[0] == "selon" and row[3] == "ses"
