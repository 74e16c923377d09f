"""A body's name can go on after its capitalised words with a preposition and lower-case words (« La
République en marche », « La Manif pour tous »): the whole mention is the name, not its first word. Every
name here is invented for these tests but « La République en marche »-like shapes."""

from __future__ import annotations

import pytest

from analysis.speakers.mentions import parse_mention


@pytest.mark.parametrize("mention, org", [
    ("La Bretagne en marche", "Bretagne en marche"),
    ("la Vallée en colère", "Vallée en colère"),
    ("La Marche pour tous", "Marche pour tous"),
])
def test_the_name_goes_on_after_a_preposition(mention, org):
    assert parse_mention(mention, 0, len(mention)).org == org


@pytest.mark.parametrize("mention, org", [("la Bretagne en 2019", "Bretagne"), ("la Bretagne", "Bretagne")])
def test_a_date_or_nothing_after_the_name_is_not_the_name(mention, org):
    assert parse_mention(mention, 0, len(mention)).org == org


def test_the_whole_name_is_the_speaker(resolve_text, speaker_of):
    text = "Dans un communiqué, la Vallée en colère a prévenu : « Nous serons dans la rue samedi »."
    assert speaker_of(resolve_text(text), "dans la rue") == "Vallée en colère"
