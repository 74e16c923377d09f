"""Extraction: nested words inside a quotation, incises splitting a content, the second
speech verb of a subject, quoted objects of evaluative verbs, « Pour X, … » with long sources, and
forms that name or qualify rather than report. Texts written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest


def _one(out: pd.DataFrame, fragment: str) -> pd.Series:
    rows = out[out["text"].str.contains(fragment, regex=False)]
    assert len(rows) == 1, out[["type", "text", "cue", "speaker_mention"]].to_string()
    return rows.iloc[0]


def test_words_relayed_in_nested_marks_are_a_direct_quotation_of_their_own(quotes_of):
    text = ("Le boulanger Rémi Caslin n'a rien oublié. « Le maire nous a dit en réunion : ‹ Le marché restera "
            "sur la place ›. C'était en avril », assure-t-il.")
    out = quotes_of(text)
    inner = out[out["text"] == "Le marché restera sur la place"].iloc[0]
    assert inner["type"] == "direct"
    assert inner["speaker_mention"] == "Le maire" and inner["cue_lemma"] == "dire"
    outer = out[out["text"].str.startswith("Le maire nous a dit")]
    assert len(outer) == 1 and outer.iloc[0]["speaker_mention"] == "il"


def test_a_nested_word_used_as_scare_quotes_is_no_quotation(quotes_of):
    out = quotes_of("« On nous parle de ‹ modernisation › depuis des années », soupire Rémi Caslin.")
    assert len(out) == 1 and out.iloc[0]["speaker_mention"] == "Rémi Caslin"


@pytest.mark.parametrize("text", [
    "Rémi Caslin m'a dit que la boulangerie fermerait en juin.",
    "Rémi Caslin nous a confié que la boulangerie fermerait en juin.",
])
def test_a_first_person_addressee_is_not_a_reflexive(quotes_of, text):
    row = _one(quotes_of(text), "la boulangerie fermerait")
    assert row["cue_lemma"] in ("dire", "confier") and row["speaker_mention"] == "Rémi Caslin"


def test_an_incise_between_subject_and_verb_keeps_both_sides_in_one_content(quotes_of):
    text = "Le patron de la fromagerie reste serein. Sa coopérative, a-t-il assuré, emploie trente salariés et exporte en Italie."
    row = _one(quotes_of(text), "Sa coopérative")
    assert row["type"] == "indirect" and row["cue"] == "a-t-il assuré"
    assert row["text"] == "Sa coopérative, a-t-il assuré, emploie trente salariés et exporte en Italie"


def test_an_incise_splitting_a_quoted_predicate_gives_a_mixed_quotation(quotes_of):
    row = _one(quotes_of("Le chancelier a été net. Vienne, a-t-il ajouté, « reste attachée au compromis »."), "Vienne")
    assert row["type"] == "mixed" and row["text"] == "Vienne, a-t-il ajouté, « reste attachée au compromis »"


@pytest.mark.parametrize("text, content", [
    ("La directrice, Anne Pollet, reconnaît que la situation est délicate mais conteste tout retard.",
     "la situation est délicate"),
    ("Le retraité dit avoir accueilli dix familles dans le gymnase et réclame depuis des années une digue.",
     "avoir accueilli dix familles dans le gymnase"),
    ("Le collectif dénonce une « méthode brutale » et annonce que les élus ont saisi un cabinet d'audit.",
     "une « méthode brutale »"),
])
def test_a_second_speech_verb_of_the_subject_ends_the_content(quotes_of, text, content):
    assert content in set(quotes_of(text)["text"])


@pytest.mark.parametrize("text, content", [
    ("L'ONG a plaidé pour « une solution globale » plutôt que pour des « mesures partielles ».",
     "pour « une solution globale » plutôt que pour des « mesures partielles »"),
    ("Le syndicat revendique « plus d'un agent sur deux » en grève.", "« plus d'un agent sur deux » en grève"),
    ("Les élus alertaient sur des « irrégularités graves » dans la procédure.",
     "des « irrégularités graves » dans la procédure"),
])
def test_quoted_objects_of_evaluative_verbs_are_mixed(quotes_of, text, content):
    row = _one(quotes_of(text), content)
    assert row["type"] == "mixed" and row["text"] == content


@pytest.mark.parametrize("text, content, mention", [
    ("Pour la présidente du groupe écologiste au Sénat, Anne Rivière, ce budget n'est qu'« un habillage comptable ».",
     "ce budget n'est qu'« un habillage comptable »", "la présidente du groupe écologiste au Sénat"),
    ("Pour Claire Dumont, économiste à l'Observatoire français des conjonctures économiques (OFCE), le recul est "
     "« en trompe-l'œil ».", "le recul est « en trompe-l'œil »", "Claire Dumont"),
    ("Pour le ministre portugais des Affaires étrangères, Rui Antunes, ces déclarations relèvent « de la posture ».",
     "ces déclarations relèvent « de la posture »", None),
    ("Selon l'association, près de 800 personnes empruntent chaque jour le bac, dont de nombreux saisonniers.",
     "près de 800 personnes empruntent chaque jour le bac, dont de nombreux saisonniers", "l'association"),
])
def test_pour_and_selon_with_long_sources(quotes_of, text, content, mention):
    row = _one(quotes_of(text), content)
    assert row["type"] == "selon" and row["text"] == content
    if mention is not None:
        assert row["speaker_mention"] == mention


@pytest.mark.parametrize("text", [
    "Les astronomes ont repéré une planète dans la zone dite « habitable » de son étoile.",
    "Le gouvernement a présenté le plan dit « de sobriété » prévu jusqu'en 2027.",
    "L'association se montre plus nuancée que les maires ruraux.",
    "Une société de transport accusée d'avoir détourné des fonds publics a été dissoute.",
    "Le marchand qui avait vendu la toile, le galeriste lyonnais Paul Sainte-Rose, conteste toute négligence.",
])
def test_forms_that_name_or_qualify_report_nothing(quotes_of, text):
    assert quotes_of(text).empty


def test_a_participle_after_an_inserted_phrase_keeps_its_auxiliary(quotes_of):
    row = _one(quotes_of("L'association Droit au logis a, de son côté, demandé au gouvernement de geler les loyers."),
               "geler les loyers")
    assert row["type"] == "indirect" and row["speaker_mention"] == "L'association Droit au logis"


def test_the_speakers_own_past_act_is_no_mixed_quotation(quotes_of):
    out = quotes_of("Elle a raconté avoir alerté le maire « à deux reprises, par écrit » sur les risques.")
    assert list(out["type"]) == ["mixed"] and out.iloc[0]["cue_lemma"] == "raconter"


# --------------------------------------------------------------------------- lists of quotations

def _direct(quotes_of, text):
    return [(r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples() if r.type == "direct"]


def test_a_list_of_quotations_before_one_incise_gives_one_direct_quotation_each(quotes_of):
    text = "«Tous dehors», «rendez l'argent», «le peuple est là», scandaient plusieurs manifestants devant la mairie."
    out = _direct(quotes_of, text)
    assert [q for q, _, _ in out] == ["Tous dehors", "rendez l'argent", "le peuple est là"]
    assert {(c, m) for _, c, m in out} == {("scandaient", "plusieurs manifestants")}


def test_two_quotations_joined_by_et_share_the_incise(quotes_of):
    text = "« Je n'ai pas eu peur » et « je ne suis pas un héros », a précisé le chauffeur."
    out = _direct(quotes_of, text)
    assert out == [("Je n'ai pas eu peur", "a précisé", "le chauffeur"),
                   ("je ne suis pas un héros", "a précisé", "le chauffeur")]


def test_a_list_after_a_colon_or_telles_que_gives_one_direct_quotation_each(quotes_of):
    out = _direct(quotes_of, "Les pancartes résument la colère : « Non à la fermeture », « Sauvons la maternité », "
                             "ou encore « Nos bébés d'abord ». La foule s'est ensuite dispersée.")
    assert [q for q, _, _ in out] == ["Non à la fermeture", "Sauvons la maternité", "Nos bébés d'abord"]
    out = _direct(quotes_of, "La mairie a diffusé des consignes telles que « Rentrer les poubelles », "
                             "« Fermer les volets », car la tempête approche.")
    assert [q for q, _, _ in out] == ["Rentrer les poubelles", "Fermer les volets"]


def test_listed_labels_and_quotations_next_to_each_other_are_not_a_list(quotes_of):
    assert quotes_of("Les partis « Horizon », « Renouveau » et « Cap » ont signé l'accord.").empty
    out = _direct(quotes_of, "Le gérant a crié : « On ferme ! » « Tout le monde dehors », a ajouté son adjoint.")
    assert [(q, c) for q, c, _ in out] == [("On ferme !", "a crié"), ("Tout le monde dehors", "a ajouté")]


# --------------------------------------------------------------------------- incises around a quotation

def test_an_object_pronoun_may_stand_before_the_incise_verb(quotes_of):
    out = _direct(quotes_of, "Les maires débattent. « Il ne faudra pas que ce débat tourne court ! » l'a averti un maire.")
    assert out == [("Il ne faudra pas que ce débat tourne court !", "a averti", "un maire")]
    out = _direct(quotes_of, "« Oui, mais c'est interdit ! » lui répond une vendeuse.")
    assert out == [("Oui, mais c'est interdit !", "répond", "une vendeuse")]


def test_a_quoted_name_before_a_verb_with_a_complement_is_a_subject(quotes_of):
    q = quotes_of("« La Ville en colère » a ainsi suggéré à ses membres de retirer leurs badges.")
    assert [(r.type, r.text, r.speaker_mention) for r in q.itertuples()] == [
        ("indirect", "retirer leurs badges", "La Ville en colère")]


def test_a_quotation_after_a_fronted_place_phrase_and_before_an_incise_is_direct(quotes_of):
    out = _direct(quotes_of, "Dans une quincaillerie voisine, « plus de contreplaqué », raconte Serge, un vendeur.")
    assert out == [("plus de contreplaqué", "raconte", "Serge")]
    assert quotes_of("Dans la salle, « bravo » a été crié plusieurs fois.").empty


def test_a_quotation_right_after_an_incise_is_the_incise_speaker_s(quotes_of):
    out = _direct(quotes_of, "« Il y a de la colère », renchérit Paul Morel « et ces décisions sont catastrophiques. »")
    assert [m for _, _, m in out] == ["Paul Morel", "Paul Morel"]
    out = _direct(quotes_of, "Et même si, dans les cortèges, a-t-il concédé, « on a entendu de la souffrance ».")
    assert out == [("on a entendu de la souffrance", "a-t-il concédé", "il")]
    out = _direct(quotes_of, "« Des erreurs arrivent », a concédé le ministre, et « dans ce cas nous enquêtons ».")
    assert [(q, m) for q, _, m in out] == [("Des erreurs arrivent", "le ministre"), ("dans ce cas nous enquêtons", "le ministre")]


def test_an_incise_inside_the_marks_may_end_with_a_place_phrase_or_a_relative_clause(quotes_of):
    out = _direct(quotes_of, "« Si on regarde le bilan, écrit-il dans son blogue, on constate que rien n'a changé. »")
    assert [q for q, _, _ in out] == ["Si on regarde le bilan", "on constate que rien n'a changé."]
    out = _direct(quotes_of, "« Le mandat est un prétexte, souligne ce vétéran, qui a quitté la scène en mai. Ils ont peur. »")
    assert [q for q, _, _ in out] == ["Le mandat est un prétexte", "Ils ont peur."]


def test_a_quoted_subheading_run_into_the_text_is_a_quotation(quotes_of):
    out = _direct(quotes_of, "Quarante personnes ont été interpellées. « Changer le système » Des heurts ont eu lieu à Angers.")
    assert [q for q, _, _ in out] == ["Changer le système"]
    assert quotes_of("« Le Courrier » publie une enquête sur la mine.").empty


@pytest.mark.parametrize("text, cue, mention", [
    ("« Une horreur mécanique », voilà comment Paul Martin, sénateur de la Drôme, qualifie le terrorisme.",
     "qualifie", "Paul Martin, sénateur de la Drôme"),
    ("« Nous ne lâcherons rien », voilà ce qu'a répété la porte-parole du collectif.", "a répété",
     "la porte-parole du collectif"),
])
def test_a_presentative_after_a_quotation_names_its_speaker(quotes_of, text, cue, mention):
    q = quotes_of(text)
    assert len(q) == 1 and q.iloc[0]["type"] == "direct" and q.iloc[0]["cue"] == cue and q.iloc[0]["speaker_mention"] == mention


def test_a_presentative_without_a_verb_names_no_speaker(quotes_of):
    assert quotes_of("« Nous ne lâcherons rien », voici la devise du collectif.").empty


@pytest.mark.parametrize(("text", "cue", "mention"), [
    ("Le contrôle de ceux « qui arrivent » suppose de « trier les demandes », fait-il valoir devant les députés.",
     "fait-il valoir", "il"),
    ("La réforme sera « étudiée » dès l'automne, fait-elle savoir dans un communiqué.", "fait-elle savoir", "elle"),
])
def test_an_inverted_pronoun_inside_a_multiword_verb_is_an_incise(quotes_of, text, cue, mention):
    rows = quotes_of(text)
    assert list(zip(rows["cue"], rows["speaker_mention"], strict=True)) == [(cue, mention)]


@pytest.mark.parametrize(("text", "mention"), [
    ("Depuis janvier, la brigade a interpellé 300 personnes, dont 90 mineurs, a indiqué jeudi, le préfet Alain Rivière.",
     "le préfet Alain Rivière"),
    ("Les travaux reprendront en mars, a précisé hier, la directrice du chantier.", "la directrice du chantier"),
])
def test_a_comma_after_the_time_of_an_incise_leaves_the_subject_after_it(quotes_of, text, mention):
    assert list(quotes_of(text)["speaker_mention"]) == [mention]
