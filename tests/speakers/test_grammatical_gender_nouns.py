"""« la victime », « le témoin »: the determiner gives the word's gender, not the person's, so it must not
make a man a woman (and keep « cet homme » from him). Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("noun", ["La victime", "La personne interrogée", "La vedette du soir"])
def test_a_noun_of_fixed_gender_does_not_give_its_gender_to_the_person(resolve_text, speaker_of, noun):
    text = ("Un passant a été blessé samedi, selon un témoin de la scène, Mathis Carrel. "
            f"{noun} est un étudiant, a précisé un policier de la brigade. "
            "« Il a perdu connaissance quelques secondes », a raconté cet homme de 24 ans.")
    out = resolve_text(text)
    assert speaker_of(out, "perdu connaissance") == "Mathis Carrel"
