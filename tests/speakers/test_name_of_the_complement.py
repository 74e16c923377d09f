"""A name right after a role whose complement names another person's role belongs to that other person:
« l'avocat du ministre X » is X's lawyer, « l'entourage de M. X » is X's circle. A portfolio, a body, a plural
group or « auprès de » leave the name to the head. Every text is invented for these tests."""

from __future__ import annotations

import pytest

from analysis.speakers.mentions import parse_mention


@pytest.mark.parametrize("mention", [
    "l'avocat du ministre Paul Garnier",
    "le conseiller du maire Paul Garnier",
    "le patron du parti du président Paul Garnier",
    "l'entourage de M. Garnier",
    "la porte-parole de la présidente Jeanne Garnier",
])
def test_the_name_is_the_owners(mention):
    m = parse_mention(mention, 0, len(mention))
    assert not m.names


@pytest.mark.parametrize("mention, name", [
    ("le ministre de l'Intérieur Paul Garnier", "Paul Garnier"),
    ("la porte-parole du ministère de la Santé Jeanne Garnier", "Jeanne Garnier"),
    ("le chef de file des sénateurs Paul Garnier", "Paul Garnier"),
    ("la ministre des Sports Jeanne Garnier", "Jeanne Garnier"),
])
def test_the_name_is_the_heads(mention, name):
    m = parse_mention(mention, 0, len(mention))
    assert [n.text for n in m.names] == [name]


def test_the_lawyer_of_the_minister_is_not_the_minister(resolve_text, speaker_of):
    text = ("Le ministre Paul Garnier a obtenu un non-lieu. L'avocat du ministre Paul Garnier a annoncé « une plainte "
            "pour dénonciation calomnieuse ».")
    assert speaker_of(resolve_text(text), "une plainte") != "Paul Garnier"


@pytest.mark.parametrize("mention", ["le porte-parole du gouvernement Benjamin Roussel",
                                     "l'historien des médias Benjamin Roussel"])
def test_a_name_read_as_a_bodys_is_the_person_named_elsewhere(resolve_text, speaker_of, mention):
    text = (f"Benjamin Roussel a répondu mardi aux syndicats. « Le dialogue reste ouvert », a déclaré {mention}. "
            "Les syndicats ont quitté la réunion.")
    assert speaker_of(resolve_text(text), "Le dialogue reste ouvert") == "Benjamin Roussel"


def test_the_circle_of_someone_named_elsewhere_stays_the_circle(resolve_text, speaker_of):
    text = ("Benjamin Roussel a répondu mardi aux syndicats. « Le dialogue reste ouvert », a-t-on indiqué dans "
            "l'entourage du Premier ministre Benjamin Roussel.")
    assert speaker_of(resolve_text(text), "Le dialogue reste ouvert") != "Benjamin Roussel"
