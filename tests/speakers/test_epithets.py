"""Speaker resolution: one general mechanism per test, on short texts the project wrote.

Descriptions that stand for someone named before (ages, trades, « le technicien de 46 ans »),
elected offices named by their place, short names the article defines, generic nouns for the
body the story names, appositions that give a body's own name, groups named after their owner,
and the resolver's speed shortcut (a sentences frame) that must not change any output.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluate import speaker_matches
from analysis.nlp import sentences
from analysis.quotes import extract_quotes
from analysis.speakers import resolve, speakers_table
from analysis.speakers.acronyms import acronyms, spells

# --------------------------------------------------------------------------- descriptions

def test_an_age_stands_for_the_person_named_before(resolve_text, speaker_of):
    out = resolve_text("La romancière Odile Verneuil publie un nouveau livre.\n\n"
              "« J'ai écrit ce texte en un été », explique la sexagénaire.")
    assert speaker_of(out, "en un été") == "Odile Verneuil"


def test_a_role_with_an_age_is_still_a_description(resolve_text, speaker_of):
    out = resolve_text("L'entraîneur lyonnais Marc Delorme a salué la victoire.\n\n"
              "« On a tenu jusqu'au bout », a expliqué le technicien de 52 ans.")
    assert speaker_of(out, "tenu jusqu'au bout") == "Marc Delorme"


def test_a_trade_goes_to_the_person_whose_trade_it_can_be_not_to_the_last_named(resolve_text, speaker_of):
    text = ("La réalisatrice Inès Morvan tourne en Bretagne avec Lou Garnier, 24 ans. "
            "« Lou est une évidence », affirme Inès Morvan.\n\n"
            "L'actrice, elle, raconte avoir appris à naviguer pour le rôle. "
            "« J'ai eu le mal de mer trois semaines », s'amuse la comédienne.")
    out = resolve_text(text)
    assert speaker_of(out, "appris à naviguer") == "Lou Garnier"
    assert speaker_of(out, "mal de mer") == "Lou Garnier"


def test_a_scientist_by_the_form_of_the_trade(resolve_text, speaker_of):
    out = resolve_text("« Les nappes se vident plus vite qu'elles ne se remplissent », explique Paul Ferrat, hydrogéologue.\n\n"
              "Le chercheur recommande de limiter les forages agricoles.")
    assert speaker_of(out, "limiter les forages") == "Paul Ferrat"


def test_gender_told_by_a_bound_description_keeps_two_researchers_apart(resolve_text, speaker_of):
    text = ("Pour Anne Lescure, biologiste, les coraux « ne s'en remettront pas ». Selon la chercheuse, "
            "la hausse atteint deux degrés.\n\n"
            "Pour Hugo Ribes, océanographe et co-auteur, le phénomène s'accélère. "
            "Le chercheur a averti que « plusieurs récifs auront disparu d'ici à 2050 ».")
    out = resolve_text(text)
    assert speaker_of(out, "plusieurs récifs") == "Hugo Ribes"


def test_an_elected_office_named_by_its_place_is_the_party_leader_just_quoted(resolve_text, speaker_of):
    text = ("La présidente du groupe écologiste, Jeanne Carmaux, a dénoncé un texte « injuste ». "
            "« Ce budget oublie les territoires », a déclaré la députée de la Nièvre.")
    assert speaker_of(resolve_text(text), "oublie les territoires") == "Jeanne Carmaux"


def test_an_unnamed_office_of_another_group_is_not_the_member_just_named(resolve_text, speaker_of):
    text = ("« Il faut voter contre », lance la députée écologiste Mona Ferrand.\n\n"
            "La présidente du groupe socialiste a dénoncé un texte « brutal ».")
    assert speaker_of(resolve_text(text), "brutal") != "Mona Ferrand"


# --------------------------------------------------------------------------- bodies

def test_acronyms_are_read_with_letters_inside_words_and_commas_in_the_name():
    text = ("Le Syndicat national des agents, techniciens et cadres du rail (Snatcr) appelle à la grève. "
            "Santé publique France (SpF) publie son bilan. La mairie (Cher) est fermée.")
    found = {k: v[0] for k, v in acronyms(text).items()}
    assert found["snatcr"] == "Syndicat national des agents, techniciens et cadres du rail (Snatcr)"
    assert found["spf"] == "Santé publique France (SpF)"
    assert "cher" not in found
    assert spells("LFI", ["La", "France", "insoumise"]) and not spells("STM", ["Syndicat", "des", "cadres"])


def test_a_short_name_is_the_body_the_article_defined_even_inside_a_longer_phrase(resolve_text, speaker_of):
    text = ("Les conducteurs de la Régie des transports de Valmont (RTV) cesseront le travail lundi. "
            "La RTV s'est dite « surprise » par ce préavis.")
    assert speaker_of(resolve_text(text), "surprise") == "Régie des transports de Valmont (RTV)"


def test_a_party_named_by_its_place_and_an_adjective_is_kept_whole(resolve_text, speaker_of):
    out = resolve_text("Pour Bretagne solidaire, la hausse des loyers « n'a que trop duré ».")
    assert speaker_of(out, "que trop duré") == "Bretagne solidaire"


def test_a_body_named_inside_a_role_is_what_the_generic_noun_stands_for(resolve_text, speaker_of):
    text = ("Les agents de la fourrière déclencheront une grève lundi, a annoncé leur syndicat.\n\n"
            "« Nous n'avons pas été reçus », a déclaré le secrétaire du Syndicat des agents municipaux de Valmont (SAMV), "
            "Ludovic Perrin. Selon le syndicat, la direction refuse tout dialogue.")
    out = resolve_text(text)
    assert "Syndicat des agents municipaux de Valmont" in speaker_of(out, "direction refuse")
    assert "Syndicat des agents municipaux de Valmont" in speaker_of(out, "déclencheront une grève")


def test_the_club_named_by_its_town_adjective(resolve_text, speaker_of):
    text = ("L'Union sportive de Brenay a battu le Stade olympique de Castelnau (2-1).\n\n"
            "Le club castelnaudais a fait savoir qu'il ferait appel de l'expulsion de son gardien.")
    assert speaker_of(resolve_text(text), "ferait appel") == "Stade olympique de Castelnau"


def test_the_ministry_of_the_minister_the_article_names(resolve_text, speaker_of):
    text = ("La ministre de la Culture, Agnès Pradel, a présenté son plan. "
            "Selon le ministère, 300 salles seront rénovées d'ici à 2028.")
    assert speaker_matches("ministère de la Culture", speaker_of(resolve_text(text), "300 salles"))


def test_a_description_then_the_body_s_own_name(resolve_text, speaker_of):
    text = "L'exploitant, la société Eaux du Lignon, a confirmé avoir coupé l'alimentation du quartier."
    assert speaker_of(resolve_text(text), "coupé l'alimentation") == "Eaux du Lignon"


def test_a_group_named_by_the_adjective_an_earlier_description_used(resolve_text, speaker_of):
    text = ("Les rebelles kanouris du Sud ont revendiqué l'attaque.\n\n"
            "Depuis mars, les Kanouris ont multiplié les embuscades, disant venger leurs villages.")
    assert "rebelles kanouris" in speaker_of(resolve_text(text), "venger leurs villages")


def test_an_entourage_is_that_of_the_person_just_named(resolve_text, speaker_of):
    text = ("Jointe par téléphone, Lucie Hamon a répété qu'elle ne démissionnerait pas. "
            "Une conférence de presse aura lieu lundi, a indiqué son entourage.")
    assert speaker_matches("entourage de Lucie Hamon", speaker_of(resolve_text(text), "conférence de presse"))


def test_the_subject_after_the_verb_of_a_relative_is_the_pronoun_s_antecedent(resolve_text, speaker_of):
    text = ("Le groupe Fertil a annoncé des suppressions de postes. Des chiffres que conteste Paul Vidal. "
            "L'usine de Moret reste rentable, a-t-il fait valoir.")
    assert speaker_of(resolve_text(text), "reste rentable") == "Paul Vidal"


def test_a_name_with_a_lower_case_particle_joined_by_a_hyphen(resolve_text, speaker_of):
    text = "« Nous ne céderons pas », a déclaré le porte-parole du mouvement, Karim al-Mansouri."
    assert speaker_of(resolve_text(text), "ne céderons pas") == "Karim al-Mansouri"


# --------------------------------------------------------------------------- the sentences shortcut

@pytest.mark.parametrize("text", [
    "La présidente, Claire Mounier, a annoncé que l'usine fermerait. « C'est un crève-cœur », a-t-elle dit.\n\n"
    "Selon la direction, 80 postes sont concernés. Le syndicat juge la décision « injuste ».",
])
def test_a_sentences_frame_changes_nothing_but_the_work(text):
    articles = pd.DataFrame({"doc_id": ["t"], "text": [text], "path": ["t"]})
    quotes = extract_quotes(articles)
    plain = resolve(quotes, articles)
    shortcut = resolve(quotes, articles, sentences=sentences(articles))
    pd.testing.assert_frame_equal(plain, shortcut)
    pd.testing.assert_frame_equal(speakers_table(plain, articles), speakers_table(shortcut, articles))
    bad = sentences(articles).iloc[:1]  # a frame that does not cover the text is ignored
    pd.testing.assert_frame_equal(plain, resolve(quotes, articles, sentences=bad))
