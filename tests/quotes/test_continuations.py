"""A sentence with no cue whose quoted words carry the speaker just quoted over (mixed, cue « »).

It must follow a sentence whose quotation names a speaker; quoted names, titles, headings, the
wording of a charge and labels are the narrator's and make no continuation.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention, r.continues) for r in quotes_of(text).itertuples()]
    return rows


_SAID = "« Nous restons mobilisés », a déclaré le préfet jeudi. "


@pytest.mark.parametrize(("sentence", "content"), [
    ("Les secours sont toujours sans nouvelles « d'au moins trente randonneurs ».",
     "Les secours sont toujours sans nouvelles « d'au moins trente randonneurs »"),
    ("Il reviendra samedi « jusqu'à la fin de l'alerte ».", "Il reviendra samedi « jusqu'à la fin de l'alerte »"),
    ("Et ce n'est « pas avec trois camions que nous dégagerons la route ».",
     "ce n'est « pas avec trois camions que nous dégagerons la route »"),
])
def test_quoted_words_right_after_an_attributed_sentence_continue_its_speaker(rows, sentence, content):
    out = rows(_SAID + sentence)
    assert out[1][:4] == ("mixed", content, "", "le préfet")
    assert out[1][4] != ""  # it points to the quotation it continues


@pytest.mark.parametrize("sentence", [
    "La fête aura lieu lors de « la nuit des lanternes ».",
    "Une enquête a été ouverte pour « mise en danger de la vie d'autrui ».",
    "« Les Heures claires » sortira en salles en mai.",
    "Le département est en vigilance « vents violents ».",
])
def test_named_things_titles_and_charges_are_no_continuation(rows, sentence):
    assert [t for t, *_ in rows(_SAID + sentence)] == ["direct"]


def test_a_sentence_without_quotation_breaks_the_continuation(rows):
    out = rows(_SAID + "La route reste coupée. Les secours sont sans nouvelles « d'au moins trente randonneurs ».")
    assert [t for t, *_ in out] == ["direct"]


@pytest.mark.parametrize("second", [
    "Le fichier instaure une forme de « pêche au gros filet » sur les données.",
    "La mesure crée une sorte de « guichet pour tout le monde » dans chaque mairie.",
    "Il avait déjà montré son « sens du rapport de force » lors du congrès.",
    "Elle garde ses « amis de toujours » au cabinet.",
])
def test_a_hedged_figure_or_a_possessive_noun_phrase_carries_no_speaker_over(quotes_of, second):
    first = "« Le texte est dangereux », a déclaré la présidente de la commission. "
    assert list(quotes_of(first + second)["type"]) == ["direct"]


def test_a_quoted_clause_after_a_possessive_still_carries_the_speaker_over(quotes_of):
    text = ("« Le texte est dangereux », a déclaré la présidente de la commission. "
            "Son groupe « ne votera pas ce projet en l'état ».")
    assert list(quotes_of(text)["type"]) == ["direct", "mixed"]


@pytest.mark.parametrize(("sentence", "content", "cue", "mention"), [
    ("« Les routes seront dégagées avant la nuit », a redit le sous-préfet.",
     "Les routes seront dégagées avant la nuit", "a redit", "le sous-préfet"),
    ("« Nous ne lâcherons rien, et nous serons encore là lundi », a encore supputé la porte-parole du collectif.",
     "Nous ne lâcherons rien, et nous serons encore là lundi", "a encore supputé", "la porte-parole du collectif"),
    ("« Le plan est prêt depuis des semaines et il sera appliqué », a osé répondre la ministre.",
     "Le plan est prêt depuis des semaines et il sera appliqué", "a osé répondre", "la ministre"),
    ("« On se battra tant qu'on n'aura pas gain de cause », appuie Julie.",
     "On se battra tant qu'on n'aura pas gain de cause", "appuie", "Julie"),
    ("« Le président peut continuer s'il écoute », croit savoir un ministre.",
     "Le président peut continuer s'il écoute", "croit savoir", "un ministre"),
])
def test_a_quotation_closed_by_an_incise_of_any_verb_is_direct_without_the_incise(rows, sentence, content, cue, mention):
    out = rows(_SAID + sentence)
    assert out[1][:4] == ("direct", content, cue, mention)


def test_quoted_words_inside_a_clause_closed_by_an_incise_stay_mixed_without_the_incise(rows):
    out = rows(_SAID + "Les routes seront dégagées « avant la tombée de la nuit et sans doute avant », "
                       "a de son côté supputé la maire de la commune.")
    assert out[1][:4] == ("mixed", "Les routes seront dégagées « avant la tombée de la nuit et sans doute avant »",
                          "a de son côté supputé", "la maire de la commune")


def test_a_clause_with_its_own_subject_after_the_quotation_is_no_incise(rows):
    out = rows(_SAID + "Il reviendra samedi « jusqu'à la fin de l'alerte », la préfecture a donc fermé la route.")
    assert out[1][:3] == ("mixed", "Il reviendra samedi « jusqu'à la fin de l'alerte », la préfecture a donc fermé la route", "")


@pytest.mark.parametrize("tail", [", place de la République.", ", que conteste le syndicat.", ", puisant ses exemples dans le rapport.",
                                  ", rue Carnot.", ", place Bellecour."])
def test_a_place_a_relative_or_a_participle_after_the_quotation_is_no_incise(rows, tail):
    out = rows(_SAID + "Ce serait « un discours pour rien pour celles et ceux qui ont du mal »" + tail)
    assert out[1][0] == "mixed" and out[1][1].endswith(tail[:-1]) and out[1][2] == ""


def test_an_initial_cut_from_a_glued_name_is_no_mention_and_the_speaker_carries_over(rows):
    out = rows(_SAID + "« Les routes seront dégagées avant la nuit », a redit M.Morel.")
    assert out[1][:2] == ("direct", "Les routes seront dégagées avant la nuit") and out[1][3] == "le préfet"
