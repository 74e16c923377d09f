"""A description attributing a quotation (« a insisté l'académicien », « raconte le randonneur ») when
nobody close before is seen acting or speaking: the one person named there, if only one is; and
« l'intéressé » is the one person the story is about even when that person just spoke.
Every text is invented for these tests."""

from __future__ import annotations


def test_a_description_is_the_only_person_named_even_if_not_as_subject(resolve_text, speaker_of):
    text = ("Des manifestants ont insulté samedi l'écrivain Bertrand Lussac devant une librairie, selon plusieurs "
            "vidéos. « J'ai été pris à partie très violemment », a raconté l'académicien dimanche.")
    out = resolve_text(text)
    assert speaker_of(out, "pris à partie") == "Bertrand Lussac"


def test_a_description_is_the_protagonist_named_before_the_pronouns(resolve_text, speaker_of):
    text = ("Yannick Berthou a terminé dimanche sa traversée des Pyrénées.\n\n"
            "Pour son arrivée, il a retrouvé plusieurs compagnons de route.\n\n"
            "« On a dormi dans des granges presque chaque soir », raconte le randonneur, épuisé.")
    out = resolve_text(text)
    assert speaker_of(out, "dans des granges") == "Yannick Berthou"


def test_two_people_named_leave_an_unknown_description_as_written(resolve_text, speaker_of):
    text = ("Des manifestants ont insulté samedi l'écrivain Bertrand Lussac et le chanteur Paul Merle devant une "
            "librairie. « J'ai été pris à partie très violemment », a raconté l'académicien dimanche.")
    out = resolve_text(text)
    assert speaker_of(out, "pris à partie") not in {"Bertrand Lussac", "Paul Merle"}


def test_the_person_concerned_is_the_one_speaker_when_nobody_else_is_named(resolve_text, speaker_of):
    text = ("« Je ne me laisserai pas intimider », a déclaré samedi le romancier Étienne Parvaud. "
            "Des policiers se sont interposés, a confirmé dimanche l'intéressé, qui n'a pas porté plainte.")
    out = resolve_text(text)
    assert speaker_of(out, "policiers se sont interposés") == "Étienne Parvaud"
