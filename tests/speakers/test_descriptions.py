"""Speaker resolution: definite descriptions and pronouns that point back at someone
introduced before (texts written for these tests)."""

from __future__ import annotations


def test_a_former_office_agrees_in_gender_with_the_person_it_points_at(resolve_text, speaker_of):
    out = resolve_text(
        "Le départ de la ministre de la Mer, Solène Kerbrat, et celui du ministre des Sports, Hugo Delmas, "
        "ont surpris.\n\n"
        "« Je pars sans regret », a déclaré l'ancienne ministre mardi.\n\n"
        "« On m'a écarté sans explication », a regretté l'ancien ministre mercredi.\n"
    )
    assert speaker_of(out, "sans regret") == "Solène Kerbrat"
    assert speaker_of(out, "sans explication") == "Hugo Delmas"


def test_an_elected_office_by_place_is_the_politician_just_quoted(resolve_text, speaker_of):
    out = resolve_text(
        "Battu aux élections, Yves Carradec, ancien ministre de la Pêche, a quitté le gouvernement.\n\n"
        "« Je retourne dans ma circonscription », a expliqué Yves Carradec. « Les électeurs comptent plus que "
        "les postes », a ajouté le député du Finistère.\n"
    )
    assert speaker_of(out, "postes") == "Yves Carradec"


def test_a_demonstrative_description_chains_to_an_unnamed_person_introduced_before(resolve_text, speaker_of):
    out = resolve_text(
        "Au marché, une cliente attendait son tour devant l'étal. « Les prix ont doublé en un an », "
        "s'indigne cette infirmière de 45 ans.\n"
    )
    assert speaker_of(out, "Les prix") == "une cliente"


def test_a_description_of_a_person_is_not_a_place_name(resolve_text, speaker_of):
    out = resolve_text(
        "Gare Saint-Lazare, jeudi soir, Manon, 27 ans, cherchait un train pour Rouen. « Trois heures "
        "d'attente, c'est intenable », lâche cette étudiante.\n"
    )
    assert speaker_of(out, "intenable") == "Manon"


def test_elle_prefers_the_woman_named_in_its_paragraph_to_an_earlier_subject(resolve_text, speaker_of):
    out = resolve_text(
        "Le directeur de l'usine, Marc Olivon, a confirmé la fermeture. « Nous n'avions plus le choix », "
        "a-t-il dit.\n\n"
        "Même colère chez Lucie, ouvrière depuis dix ans. « Je ne sais pas ce que je vais faire », dit-elle.\n"
    )
    assert speaker_of(out, "ce que je vais faire") == "Lucie"


def test_a_capital_stands_for_its_state_when_the_article_names_it(resolve_text, speaker_of):
    out = resolve_text(
        "La Turquie a rejeté mardi le projet d'accord. Pour Ankara, le texte « ignore la réalité du terrain ».\n"
    )
    assert speaker_of(out, "ignore la réalité") == "Turquie"


def test_selon_nos_informations_is_the_newsroom(resolve_text, speaker_of):
    out = resolve_text("Selon nos informations, le club a déjà trouvé un nouvel entraîneur.\n")
    assert speaker_of(out, "nouvel entraîneur") == "la rédaction"


def test_a_description_that_fits_nobody_stays_as_written(resolve_text, speaker_of):
    out = resolve_text(
        "La mairie a annoncé la fermeture de la piscine. « C'est une perte pour le quartier », "
        "regrette le maître-nageur.\n"
    )
    assert speaker_of(out, "une perte") == "le maître-nageur"


# --------------------------------------------------------------------------- successive descriptions of the speaker


def test_a_demonstrative_names_again_the_person_who_just_spoke(resolve_text, speaker_of):
    out = resolve_text(
        "« Ils ont anticipé », sourit Paul Leroux, député sortant de l'Yonne. Un choix facilité par le non-cumul. "
        "« Le bonheur municipal est un prétexte », souligne ce vétéran, qui quitte la scène après vingt ans.\n")
    assert speaker_of(out, "bonheur municipal") == "Paul Leroux"


def test_a_noun_for_a_person_the_lexicon_does_not_know_names_again_who_just_acted(resolve_text, speaker_of):
    out = resolve_text("Loïc Berthou a posté sa chanson lundi sur les réseaux.\n\n"
                       "« J'ai voulu apporter ma pierre », explique le chansonnier.\n")
    assert speaker_of(out, "apporter ma pierre") == "Loïc Berthou"


def test_a_woman_s_noun_names_again_only_someone_shown_to_be_a_woman(resolve_text, speaker_of):
    text = ("{who} ferme la boutique. « On barricade tout », {verb}.\n\n"
            "« On nous a demandé de rentrer les terrasses », témoigne la {noun}, qui n'a pas donné son nom.\n")
    out = resolve_text(text.format(who="Denis Morel", verb="dit-il", noun="serveuse"))
    assert speaker_of(out, "terrasses") == "la serveuse"
    out = resolve_text(text.format(who="Mme Anne Morel", verb="dit-elle", noun="gérante-serveuse"))
    assert speaker_of(out, "terrasses") == "Anne Morel"


def test_a_body_or_an_abstract_noun_does_not_name_the_speaker_again(resolve_text, speaker_of):
    out = resolve_text("Paul Leroux a présenté le plan lundi.\n\n"
                       "« Les délais seront tenus », assure la direction.\n\n"
                       "« Rien ne bouge », résume le changement de cap.\n")
    assert speaker_of(out, "délais seront") != "Paul Leroux"
    assert speaker_of(out, "Rien ne bouge") != "Paul Leroux"


# --------------------------------------------------------------------------- pronouns and the gender of bodies


def test_a_masculine_pronoun_does_not_stand_for_a_feminine_body(resolve_text, speaker_of):
    out = resolve_text("La police a interpellé Marc Doriot samedi. « Je n'ai rien fait », a-t-il répété.\n")
    assert speaker_of(out, "rien fait") == "Marc Doriot"


def test_a_feminine_pronoun_finds_the_feminine_body_of_a_pair(resolve_text, speaker_of):
    out = resolve_text("Le syndicat et la fédération des transporteurs ont écrit au ministre lundi.\n\n"
                       "Selon elle, la situation est intenable. « La tension monte », avait-elle conclu.\n")
    assert speaker_of(out, "intenable") == "la fédération des transporteurs"
    assert speaker_of(out, "tension monte") == "la fédération des transporteurs"
