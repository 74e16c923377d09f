"""A singular « il/elle » attributing a quotation points at the person of the sentence before, not at a
masculine or feminine noun that is no person (« l'appel lancé », « la pétition »), even when that noun
was read as attributing something. Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, fragment, expected", [
    ("Dominique Lanvin, porte-parole des riverains en colère, a « fermement » démenti l'appel lancé. "
     "« Nous ne connaissons pas les auteurs de cette page », a-t-il affirmé.",
     "auteurs de cette page", "Dominique Lanvin"),
    ("Camille Roussel, présidente de l'association des parents, a « vivement » critiqué la pétition diffusée. "
     "« Personne ne nous a consultés », a-t-elle expliqué.",
     "nous a consultés", "Camille Roussel"),
])
def test_a_pronoun_takes_the_person_subject_not_a_misread_source(resolve_text, speaker_of, text, fragment, expected):
    assert speaker_of(resolve_text(text), fragment) == expected
