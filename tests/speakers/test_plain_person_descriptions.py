"""« cette femme », « cet homme »: a description that says nothing of a trade stands for the person
just introduced, even one named by a first name alone when the text gives them a role; « la femme
de X » names someone new. Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, fragment, expected", [
    ("Rue des Lilas, Margot, commerçante depuis vingt ans, ferme sa boutique plus tôt. "
     "« Nous préférons ne pas prendre de risque », explique cette femme.",
     "prendre de risque", "Margot"),
    ("Le maire Henri Vidal a ouvert la séance. Plus loin, Lucas, chauffeur de taxi, attend. "
     "« On ne sait jamais ce qui va se passer », raconte cet homme.",
     "ce qui va se passer", "Lucas"),
    ("La préfète Anne Morel a rappelé les consignes. Devant la mairie, Yvette, retraitée, distribue des tracts. "
     "« Je viens chaque samedi », confie cette femme.",
     "chaque samedi", "Yvette"),
])
def test_a_plain_description_is_the_person_just_introduced(resolve_text, speaker_of, text, fragment, expected):
    assert speaker_of(resolve_text(text), fragment) == expected


def test_the_wife_of_someone_is_not_that_person(resolve_text, speaker_of):
    out = resolve_text("Le pêcheur Alain Kerbrat a disparu en mer mardi. "
                       "« Il connaissait ces eaux par cœur », a confié la femme du pêcheur.")
    assert speaker_of(out, "par cœur") != "Alain Kerbrat"
