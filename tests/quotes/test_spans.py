"""Quotation spans and attributing strings: one general rule per test, on texts the project wrote.

Where a reported content stops (a second predicate, the narrator's gloss or participle clause, a
noun phrase tacked on after it), what a quoted fragment keeps (« qualifie de « … » », « met en
garde contre … »), « selon » / « pour » inside a sentence, long incises inside quote marks, the
words of someone heard, and attributing strings that are noun phrases, not clause debris.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return rows


# --------------------------------------------------------------------------- fragments and their ends

def test_qualifier_de_keeps_the_quoted_words_and_stops_before_a_coordinated_relative(rows):
    out = rows("Une mesure que l'opposition qualifie de « cadeau fiscal » et qui sera votée jeudi.")
    assert out == [("mixed", "« cadeau fiscal »", "qualifie", "l'opposition")]


def test_mettre_en_garde_contre_leaves_the_preposition_out(rows):
    out = rows("Le collectif met en garde contre le risque d'une « fracture sanitaire » et craint des fermetures.")
    assert out == [("mixed", "le risque d'une « fracture sanitaire »", "met en garde", "Le collectif")]


def test_a_second_predicate_ends_an_infinitive_content(rows):
    out = rows("Le maire a accusé la préfecture de « mépriser les élus » et annoncé un recours.")
    assert out[0][:2] == ("mixed", "« mépriser les élus »")
    out = rows("L'entreprise assure vouloir « garder chaque emploi » et promet des primes.")
    assert out[0][:2] == ("mixed", "vouloir « garder chaque emploi »")


def test_a_compound_infinitive_keeps_its_coordinated_participles(rows):
    out = rows("Le témoin a confié avoir perdu son travail et vendu sa voiture.")
    assert out[0][:2] == ("indirect", "avoir perdu son travail et vendu sa voiture")


def test_the_narrator_s_gloss_and_participle_clause_are_left_out(rows):
    out = rows("Le collectif a appelé à fermer les carrières, c'est-à-dire à interdire tout nouveau permis.")
    assert out[0][1] == "fermer les carrières"
    out = rows("Les insurgés ont affirmé détenir deux otages, faisant craindre une longue captivité.")
    assert out[0][1] == "détenir deux otages"


def test_a_noun_phrase_tacked_on_after_the_content_is_left_out(rows):
    out = rows("Selon le préfet, la digue sera rehaussée avant l'hiver, un chantier que la commune réclame depuis 2019.")
    assert out == [("selon", "la digue sera rehaussée avant l'hiver", "Selon", "le préfet")]


def test_a_content_ends_before_a_defined_body_name_reads_as_one_subject(rows):
    text = ("La Fédération des usagers des transports, de la mobilité et du vélo (Futmv) a fait savoir "
            "qu'elle « jugerait sur pièces ».")
    out = rows(text)
    assert out[0][3] == "La Fédération des usagers des transports, de la mobilité et du vélo (Futmv)"


# --------------------------------------------------------------------------- « selon » and « pour »

def test_selon_after_a_colon_opens_its_own_clause(rows):
    out = rows("Un chiffre que conteste la maire : selon elle, le déficit atteint 3 millions d'euros.")
    assert out == [("selon", "le déficit atteint 3 millions d'euros", "selon", "elle")]


def test_selon_inside_a_participial_phrase_keeps_the_phrase(rows):
    out = rows("Le ministre a présenté un plan « ambitieux », conçu selon lui pour « protéger les plus modestes ».")
    assert ("selon", "conçu selon lui pour « protéger les plus modestes »", "selon", "lui") in out


def test_pour_between_commas_inside_a_sentence_names_a_point_of_view(rows):
    out = rows("Cette fermeture constitue, pour elle, « une faute grave », d'autant que l'usine était rentable.")
    assert out == [("selon", "Cette fermeture constitue, pour elle, « une faute grave », d'autant que l'usine était rentable",
                    "pour", "elle")]


def test_selon_inside_a_relative_clause_after_another_report(rows):
    text = ("L'association a appelé à réduire les quotas, une mesure qui, d'après elle, protégerait les truites.")
    out = rows(text)
    assert ("selon", "une mesure qui, d'après elle, protégerait les truites", "d'après", "elle") in out


def test_not_a_point_of_view_purpose_time_or_a_buried_name(rows):
    assert rows("Pour convaincre les élus, le maire a organisé trois réunions publiques.") == []
    assert rows("Pour le tournage de Marée haute, la production a loué un chalutier.") == []
    assert rows("Elle a écarté, pour l'instant, toute hausse des tarifs.") == []
    assert rows("Selon les premiers éléments de l'enquête, le feu est parti d'un transformateur.") == []


def test_a_front_selon_is_not_cut_by_a_long_verbless_looking_clause(rows):
    text = ("D'après l'épidémiologiste, la couverture vaccinale plafonne autour de 80 % chez les enfants de deux ans, "
            "loin des 95 % nécessaires.")
    out = rows(text)
    assert out[0][1].startswith("la couverture vaccinale plafonne")


# --------------------------------------------------------------------------- direct quotations

def test_a_long_incise_inside_the_marks_splits_the_quotation(rows):
    text = ("« Nous ne lâcherons rien, a-t-il lancé depuis l'estrade, sous les applaudissements des militants. "
            "La bataille ne fait que commencer. »")
    out = rows(text)
    assert [r[1] for r in out] == ["Nous ne lâcherons rien", "La bataille ne fait que commencer."]
    assert {r[2] for r in out} == {"a-t-il lancé"}


def test_words_heard_inside_an_account_are_a_second_quotation(rows):
    text = "Un voisin affirme avoir entendu un policier crier « Reculez tout de suite ! » avant les tirs."
    out = rows(text)
    assert ("direct", "Reculez tout de suite !", "crier", "un policier") in out
    assert any(r[0] == "mixed" and r[3] == "Un voisin" for r in out)


def test_a_quotation_followed_by_an_elided_capital_ends_there(rows):
    text = "« C'est pour lui », a souri Noah Perret. « Il m'a fait confiance. » L'ailier a signé jusqu'en 2027."
    assert [r[1] for r in rows(text)][:2] == ["C'est pour lui", "Il m'a fait confiance."]


# --------------------------------------------------------------------------- incises

def test_an_inverted_incise_follows_a_statement_whatever_the_tagger_says(rows):
    out = rows("Le site perd de l'argent depuis 2021, a-t-il fait valoir.")
    assert out == [("indirect", "Le site perd de l'argent depuis 2021", "a-t-il fait valoir", "il")]


def test_no_incise_without_a_subject_after_the_verb_or_with_a_bare_participle(rows):
    assert rows("Le film suit Jeanne qui, à la mort de son père, reprend seule la ferme.") == []
    out = rows("La juge a indiqué qu'une partie du butin, estimé à deux millions, avait été retrouvée.")
    assert out == [("indirect", "une partie du butin, estimé à deux millions, avait été retrouvée", "a indiqué", "La juge")]


# --------------------------------------------------------------------------- attributing strings

def test_attributing_strings_are_noun_phrases(quotes_of):
    def mention(text: str) -> str:
        return quotes_of(text).iloc[0]["speaker_mention"]

    assert mention("« Nous attendons », a affirmé en conférence de presse le maire de Valmont, Paul Ribot.") \
        .startswith("le maire de Valmont")
    assert mention("Rencontre avec une romancière qui dit avoir « tout réécrit » trois fois.") == "une romancière"
    assert mention("Le projet a été accueilli froidement par les riverains, qui dénoncent un « passage en force ».") \
        == "les riverains"
    assert mention("Ils feront grève lundi, a annoncé mardi leur fédération, qui dénonce un « mépris ».") == "leur fédération"
    assert quotes_of("Le Monde salue « un grand film », quand Libération regrette « une fin bâclée ».") \
        .iloc[1]["speaker_mention"] == "Libération"
    assert mention("À Lyon, Samia, dont le fils a été hospitalisé en mars, dit regretter ce retard.") == "Samia"
    assert mention("L'ailier de 22 ans, arrivé l'été dernier de Brest, a indiqué qu'il était guéri.") \
        == "L'ailier de 22 ans, arrivé l'été dernier de Brest"
    assert mention("Le porte-parole de l'opposition, le libéral Marc Tessier, estime que le budget est insincère.") \
        .endswith("le libéral Marc Tessier")
    assert mention("Pour Luc Ferrand, l'entraîneur rémois, son équipe a « manqué de tout ».") \
        == "Luc Ferrand, l'entraîneur rémois"
    assert mention("Un membre du conseil, Omar al-Rachid, a averti que toute « provocation » serait punie.") \
        == "Un membre du conseil, Omar al-Rachid"
