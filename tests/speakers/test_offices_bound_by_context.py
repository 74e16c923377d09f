"""Offices and descriptions that the context, not the article's wording, would bind to a person: when the
context may and may not. Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, fragment, expected", [
    ("Paul Verdier est sorti libre du palais mardi. « Les faits ne sont pas établis », a expliqué "
     "le juge.", "Les faits ne sont pas établis", "le juge"),
    ("Léa Marchal a été relaxée en appel. « Le doute doit profiter à la prévenue », a estimé la magistrate.",
     "Le doute doit profiter", "la magistrate"),
    ("Marc Olivier a été mis en examen jeudi. « Les charges sont lourdes », a déclaré le procureur.",
     "Les charges sont lourdes", "le procureur"),
])
def test_a_court_office_is_not_the_person_the_case_is_about(resolve_text, speaker_of, text, fragment, expected):
    assert speaker_of(resolve_text(text), fragment) == expected


def test_a_court_office_binds_to_whoever_the_article_gives_a_court_role(resolve_text, speaker_of):
    text = ("La présidente de la cour, Hélène Garnier, a ouvert l'audience lundi. « Nous jugerons les faits, rien "
            "d'autre », a prévenu la magistrate.")
    assert speaker_of(resolve_text(text), "Nous jugerons les faits") == "Hélène Garnier"


@pytest.mark.parametrize("mention", ["notre source", "une source proche du dossier", "une source policière"])
def test_a_source_is_never_the_official_named_before(resolve_text, speaker_of, mention):
    text = ("M. Karim Benali, directeur régional, a indiqué que « le bilan est bon ». "
            f"Selon {mention}, « plus de mille contrôles ont eu lieu » cette année.")
    found = speaker_of(resolve_text(text), "plus de mille contrôles")
    assert found != "Karim Benali"


def test_a_lede_office_takes_a_holder_named_in_the_next_sentences_only(resolve_text, speaker_of):
    sentences = ["Le ministre a déclaré mardi que « la réforme ira à son terme ».",
                 *[f"Le texte prévoit aussi la mesure numéro {n} pour les communes." for n in range(8)],
                 "Paul Girard, élu local, s'est dit inquiet."]
    text = " ".join(sentences)
    assert speaker_of(resolve_text(text), "la réforme ira") != "Paul Girard"


@pytest.mark.parametrize("noun", ["au mouvement", "au collectif", "à l'association"])
def test_a_body_noun_is_not_the_person_named_just_before(resolve_text, speaker_of, noun):
    text = ("Antoine Ferrand a senti le vent tourner. Présentant mardi son plan, le ministre a répondu "
            f"{noun} des « agriculteurs » en colère. « Nous entendons cette inquiétude », a-t-il déclaré.")
    assert speaker_of(resolve_text(text), "Nous entendons cette inquiétude") == "Antoine Ferrand"


@pytest.mark.parametrize("office", ["le porte-parole du gouvernement", "la porte-parole de la mairie"])
def test_an_office_in_apposition_after_a_name_is_that_person(resolve_text, speaker_of, office):
    person = "Sonia Perret" if office.startswith("la ") else "Hugo Perret"
    text = (f"Lucien Vallet avait ouvert la réunion. « Rien n'est décidé », a estimé vendredi {person}, {office}. "
            "Le débat a duré trois heures.")
    assert speaker_of(resolve_text(text), "Rien n'est décidé") == person


def test_an_office_in_a_one_paragraph_article_does_not_reach_far_back(resolve_text, speaker_of):
    sentences = ["Lucien Vallet, figure du collectif, a été interpellé mercredi.",
                 *[f"Le cortège numéro {n} a traversé la ville sans incident." for n in range(6)],
                 "Le ministre de l'Intérieur a appelé les préfets à « faire évacuer » les ronds-points."]
    out = resolve_text(" ".join(sentences))
    assert speaker_of(out, "faire évacuer") != "Lucien Vallet"


@pytest.mark.parametrize("office", ["Le ministre de l'Intérieur", "La ministre de la Culture"])
def test_an_office_with_a_portfolio_is_not_the_spokesman_just_quoted(resolve_text, speaker_of, office):
    text = ("« Rien n'est décidé », a estimé vendredi Hugo Perret, le porte-parole du gouvernement. "
            f"{office} a appelé à « la plus grande fermeté ».")
    assert speaker_of(resolve_text(text), "la plus grande fermeté") != "Hugo Perret"


@pytest.mark.parametrize("people", ["Français de Nantes", "Belges de Liège"])
def test_people_of_a_place_are_no_person_for_an_office(resolve_text, speaker_of, people):
    text = ("Le maire de Québec a défendu son projet toute la semaine. "
            f"Il a invité les jeunes {people} à venir s'installer. « Nous manquons de bras », a-t-il répété.")
    assert speaker_of(resolve_text(text), "Nous manquons de bras") != people


def test_a_headline_office_takes_the_holder_named_in_the_next_paragraph(resolve_text, speaker_of):
    text = ("Le président de la République face aux lycéens\n\n"
            "Le débat a duré trois heures. Les élèves avaient préparé leurs questions. Une jeune femme a parlé "
            "de l'école. Emmanuel Lenoir a répondu à chacun.\n\n"
            "« Nous ne reculerons pas », a assuré le président de la République.")
    assert speaker_of(resolve_text(text), "Nous ne reculerons pas") == "Emmanuel Lenoir"
