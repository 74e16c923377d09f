"""A reporting verb whose object holds quoted words gives a mixed quotation (the gold rule: a noun
complement is reported only when it holds quoted words), wherever adjuncts put the object.

What does not count: a label (tests/quotes/test_labels.py), a quoted adverbial, an idiom with « de »
that is another verb (« relever de »), the writer's own first-person words, a cue read as an incise
after a statement, and a wish reported inside someone else's reported words.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return rows


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("La direction a annoncé une hausse « historique » des salaires.", "une hausse « historique » des salaires", "a annoncé"),
    ("Le journal révèle d'autres « anomalies » dans les comptes du club.", "d'autres « anomalies » dans les comptes du club",
     "révèle"),
    ("Le groupe écologiste a lancé « un appel à la sobriété ».", "« un appel à la sobriété »", "a lancé"),
    ("La médiatrice a pointé la « lenteur » des procédures.", "la « lenteur » des procédures", "a pointé"),
    ("Le sénateur a proclamé sur son blog « ni oubli ni pardon ».", "« ni oubli ni pardon »", "a proclamé"),
    ("L'évêque a condamné fermement « une profanation ».", "« une profanation »", "a condamné"),
    ("La préfecture fait état d'une « forte affluence » aux urgences.", "d'une « forte affluence » aux urgences", "fait état"),
    ("Le syndicat a fait part de son « indignation ».", "de son « indignation »", "a fait part"),
    ("Les deux élus parlent de « trahison ».", "« trahison »", "parlent"),
    ("Le candidat se présente comme le défenseur des « oubliés ».", "le défenseur des « oubliés »", "se présente comme"),
    ("Plusieurs internautes ont crié à la « censure ».", "à la « censure »", "ont crié"),
    ("La maire a souhaité des « échanges apaisés ».", "des « échanges apaisés »", "a souhaité"),
])
def test_a_speech_verb_with_quoted_words_in_its_object_is_mixed(rows, text, content, cue):
    out = rows(text)
    assert [(t, q, c) for t, q, c, _ in out] == [("mixed", content, cue)]


@pytest.mark.parametrize(("text", "content"), [
    ("Le ministre a prôné mardi le « dialogue » avec les syndicats.", "le « dialogue » avec les syndicats"),
    ("La députée mettait en garde, hier sur une radio publique, contre la « spirale des rancœurs ».",
     "la « spirale des rancœurs »"),
    ("Le patron avait évoqué (avant de se raviser) des salariés « démotivés ».", "des salariés « démotivés »"),
    ("La critique salue de son côté « une mise en scène d'une grande finesse ».",
     "« une mise en scène d'une grande finesse »"),
])
def test_adjuncts_between_the_verb_and_its_object_are_skipped(rows, text, content):
    assert [q for _, q, _, _ in rows(text)] == [content]


def test_parallel_quoted_complements_stay_in_one_content(rows):
    out = rows("Le maire a lancé un appel au « calme », à la « retenue » et au « dialogue ».")
    assert [q for _, q, _, _ in out] == ["un appel au « calme », à la « retenue » et au « dialogue »"]


def test_a_quoted_addressee_comes_with_its_quoted_content(rows):
    out = rows("Le préfet a parlé longuement, appelant « chaque automobiliste » à « la plus grande prudence ».")
    assert [q for _, q, _, _ in out] == ["« chaque automobiliste » à « la plus grande prudence »"]


def test_a_second_verb_takes_the_quoted_words_of_its_own_object(rows):
    out = rows("Le ministère a condamné un acte de sabotage et réclamé des sanctions « exemplaires ».")
    assert [(q, c) for _, q, c, _ in out] == [("des sanctions « exemplaires »", "réclamé")]


@pytest.mark.parametrize("text", [
    "Cette annonce relève d'une « logique comptable ».",
    "Les riverains avaient signalé « à plusieurs reprises » le danger du carrefour.",
    "Nous avons parlé de « rupture » dès le premier jour.",
])
def test_no_quotation_from_an_idiom_a_quoted_adverbial_or_the_writer(rows, text):
    assert rows(text) == []


def test_a_cue_after_a_statement_is_an_incise_not_a_verb_with_an_object(rows):
    text = "Les discussions sont suspendues jusqu'à lundi, ont annoncé deux délégués en évoquant des « pressions »."
    out = rows(text)
    assert out[0][:2] == ("indirect", "Les discussions sont suspendues jusqu'à lundi")
    assert out[0][3] == "deux délégués"


def test_a_subject_with_a_relative_clause_is_not_a_statement(rows):
    out = rows("La présidente du groupe, qui s'exprimait devant la presse, a dénoncé un texte « injuste ».")
    assert out == [("mixed", "un texte « injuste »", "a dénoncé", "La présidente du groupe")]


def test_a_wish_inside_reported_words_is_not_a_second_quotation(rows):
    out = rows("Le porte-parole a répété que le gouvernement souhaitait « apaiser les tensions ».")
    assert [(t, c) for t, _, c, _ in out] == [("mixed", "a répété")]


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Le rapport met en évidence les « failles » du contrôle.", "les « failles » du contrôle", "met en évidence"),
    ("La direction envisageait un « plan social » avant l'été.", "un « plan social » avant l'été", "envisageait"),
    ("Le ministre a réduit la crise à un simple « malentendu ».", "la crise à un simple « malentendu »", "a réduit"),
    ("« Rien n'est joué », a-t-elle conclu, se demandant si « la saison peut encore être sauvée ».",
     "« la saison peut encore être sauvée »", "se demandant"),
])
def test_verbs_of_pointing_out_planning_reducing_and_wondering_take_quoted_words(rows, text, content, cue):
    assert ("mixed", content, cue) in [(t, q, c) for t, q, c, _ in rows(text)]


def test_an_incise_with_se_demander_names_the_speaker_after_it(rows):
    out = rows("« Qui va payer la facture ? », se demande le maire de la commune.")
    assert [(t, m) for t, _, _, m in out] == [("direct", "le maire de la commune")]


def test_quoted_words_far_into_a_long_object_are_still_its_content(rows):
    text = ("Le maire a tout de suite exprimé son inquiétude à la presse régionale devant cette alliance "
            "imprévue des commerçants et des « gens venus d'ailleurs ».")
    out = rows(text)
    assert [(t, c) for t, _, c, _ in out] == [("mixed", "a tout de suite exprimé")]
    assert out[0][1].endswith("« gens venus d'ailleurs »")


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("Yann Colin, délégué syndical du site, a « formellement » démenti la rumeur.", "« formellement » démenti la rumeur",
     "Yann Colin, délégué syndical du site"),
    ("Le club a « fermement » condamné ces chants.", "« fermement » condamné ces chants", "Le club"),
])
def test_a_quoted_adverb_inside_the_verb_group_opens_the_content(rows, text, content, mention):
    assert [(t, q, m) for t, q, _, m in rows(text)] == [("mixed", content, mention)]
