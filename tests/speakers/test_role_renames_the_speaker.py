"""« X, vice-président du parti, a dénoncé … ¶ « … », a indiqué le député »: when the only person the article
gives the role is introduced later, a role names again the person who just spoke if the roles the article gives
them allow it. Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("first_role, office", [
    ("vice-président du parti", "le député"),
    ("président du groupe", "le sénateur"),
])
def test_the_office_is_the_speaker_just_quoted(resolve_text, speaker_of, first_role, office):
    text = (f"Marc Tellier, {first_role}, a dénoncé samedi une « manipulation des chiffres » par le gouvernement.\n\n"
            f"Le préfet Louis Ravel « minimise la colère des campagnes », a estimé {office} au téléphone.\n\n"
            "Les cortèges se sont dispersés dans le calme.\n\n"
            f"Plus tard, {office} du Nord Paul Girard a lui aussi critiqué « un comptage partial ».")
    assert speaker_of(resolve_text(text), "minimise la colère") == "Marc Tellier"


def test_a_description_said_of_someone_else_before_goes_to_who_just_spoke(resolve_text, speaker_of):
    text = ("Paul Brun, secrétaire général de la fédération Sud, appelle à la grève. Selon le syndicaliste, « rien "
            "n'a bougé ». Il a été reçu lundi.\n\n"
            "« Nous ne lâcherons rien », prévient Luc Mercier, secrétaire général de la fédération Solidaires. "
            "Il juge la réforme injuste.\n\n"
            "« Nous ne confondons pas les combats », note Luc Mercier. Pour le syndicaliste, « la grève est "
            "d'abord salariale ».")
    assert speaker_of(resolve_text(text), "la grève est") == "Luc Mercier"


def test_an_office_is_not_the_speaker_of_another_trade(resolve_text, speaker_of):
    text = ("Le procureur de Paris, Rémi Vautrin, a détaillé l'enquête en cours.\n\n"
            "« La ville a été touchée en plein cœur », a déclaré le maire de Strasbourg lors d'un hommage.\n\n"
            "Plus tard, le maire de Strasbourg Jean Keller a annoncé « une minute de silence ».")
    assert speaker_of(resolve_text(text), "touchée en plein cœur") != "Rémi Vautrin"
