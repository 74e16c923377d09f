"""A noun for a thing or an event (« évènement », « pétition », « émission ») before a name does not introduce a
person of that name: « Un évènement Facebook appelant à … » is the event, not « Facebook ». Every text is
invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("mention, name", [
    ("Un évènement Facebook", "Facebook"),
    ("Une pétition Avaaz", "Avaaz"),
    ("Un rassemblement Telegram", "Telegram"),
])
def test_a_thing_noun_keeps_the_mention_as_written(resolve_text, speaker_of, mention, name):
    text = f"Les blocages continuent. {mention} a appelé à « bloquer le pays » samedi prochain."
    out = resolve_text(text)
    assert speaker_of(out, "bloquer le pays") != name


def test_a_person_noun_still_introduces_the_name(resolve_text, speaker_of):
    text = "« Nous ne céderons pas », a déclaré l'hydrologue Nadia Ferhat mardi."
    assert speaker_of(resolve_text(text), "Nous ne céderons pas") == "Nadia Ferhat"
