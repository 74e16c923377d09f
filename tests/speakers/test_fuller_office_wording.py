"""An office completed by its complement (« le préfet de police ») after the bare description bound to
a person (« le préfet ») is that person, not whoever acted last; an adjective is no completion.
Every text is invented for these tests."""

from __future__ import annotations


def test_a_completed_office_is_the_person_already_called_by_its_bare_noun(resolve_text, speaker_of):
    text = ("Dans une note interne, Gérard Vallin dit redouter le week-end.\n\n"
            "Selon le préfet, « plusieurs milliers de militants » pourraient venir.\n\n"
            "Hugo Serrat avait eu le nez cassé le 19 janvier lors d'une bagarre.\n\n"
            "Le préfet de police demande à ses services de « repérer les casseurs » dès samedi.")
    out = resolve_text(text)
    assert speaker_of(out, "repérer les casseurs") == "Gérard Vallin"


def test_an_office_given_outright_to_someone_else_wins_over_a_bare_description(resolve_text, speaker_of):
    text = ("Dans une note interne, Gérard Vallin dit redouter le week-end.\n\n"
            "Selon le préfet, « plusieurs milliers de militants » pourraient venir.\n\n"
            "Le préfet de région Anne Castagné a, elle, appelé au calme.\n\n"
            "Le préfet de région a ajouté qu'« aucun débordement ne sera toléré ».")
    out = resolve_text(text)
    assert speaker_of(out, "aucun débordement") == "Anne Castagné"
