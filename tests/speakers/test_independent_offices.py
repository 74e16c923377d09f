"""« le Défenseur des droits » is an office one person holds: after that person is named acting, the
office is theirs. Every text is invented for these tests."""

from __future__ import annotations


def test_the_rights_defender_is_the_person_named_acting_before(resolve_text, speaker_of):
    text = ("Claire Aubry a appelé jeudi le gouvernement à « suspendre ces armes ».\n\n"
            "La Défenseure des droits avait, plus tôt dans la matinée, dit « attendre des mesures » sur cette question.")
    out = resolve_text(text)
    assert speaker_of(out, "attendre des mesures") == "Claire Aubry"
