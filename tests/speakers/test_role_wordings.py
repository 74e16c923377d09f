"""Speaker resolution: one office worded in several ways binds its named holder (texts written for
these tests)."""

from __future__ import annotations


def test_the_head_of_state_is_the_president_named_with_his_nationality(resolve_text, speaker_of):
    out = resolve_text(
        "Le président français Paul Marchal a reçu les maires mardi à Paris.\n\n"
        "« Nous ne reculerons pas », a répété le chef de l'État devant la presse.\n\n"
        "Il a ensuite affirmé que le calendrier serait tenu.\n")
    assert speaker_of(out, "reculerons") == "Paul Marchal"
    assert speaker_of(out, "calendrier") == "Paul Marchal"


def test_the_head_of_state_of_another_country_is_found_the_same_way(resolve_text, speaker_of):
    out = resolve_text(
        "La présidente chilienne Ana Robles s'est rendue à Lima jeudi.\n\n"
        "« Le commerce doit reprendre », a déclaré la cheffe de l'État à son arrivée.\n")
    assert speaker_of(out, "commerce doit") == "Ana Robles"


def test_of_two_presidents_the_head_of_state_is_the_one_who_just_spoke(resolve_text, speaker_of):
    out = resolve_text(
        "Le président brésilien Rui Falcão a téléphoné au président français Paul Marchal.\n\n"
        "« Nous avons parlé du climat », a indiqué Paul Marchal. « L'accord reste possible », "
        "a ajouté le chef de l'Etat.\n")
    assert speaker_of(out, "accord reste") == "Paul Marchal"


def test_a_president_of_a_body_is_not_the_head_of_state(resolve_text, speaker_of):
    out = resolve_text(
        "Le président du club, Marc Tellier, a présenté le budget.\n\n"
        "« La réforme sera votée », a affirmé le chef de l'État dans la soirée.\n")
    assert speaker_of(out, "réforme sera") != "Marc Tellier"
