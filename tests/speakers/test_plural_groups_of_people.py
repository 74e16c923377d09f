"""A plural pronoun points back at a group of people named by their trade or stance (« les cheminots »,
« des sympathisants »): such nouns are roles, so the group is an unnamed source the pronoun can take
(texts written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "quoted", "group"), [
    ("Les cheminots ont voté la grève mardi. « Nous irons jusqu'au bout », préviennent-ils.", "jusqu'au bout",
     "les cheminots"),
    ("Les routiers ont bloqué le dépôt de carburant. « On ne lâchera rien », ont-ils lancé.", "ne lâchera rien",
     "les routiers"),
    ("Des ambulancières ont manifesté devant la préfecture. « Le métier meurt », disent-elles.", "métier meurt",
     "des ambulancières"),
    ("Des sympathisants du mouvement ont écrit au maire une lettre dans laquelle ils affirment que le camp restera.",
     "le camp restera", "des sympathisants du mouvement"),
])
def test_a_plural_pronoun_takes_the_group_named_by_its_trade(resolve_text, speaker_of, text, quoted, group):
    assert speaker_of(resolve_text(text + "\n"), quoted).lower() == group


def test_tous_les_deux_is_the_pair_named_before(resolve_text, speaker_of):
    out = resolve_text("Même colère pour Paul Martin et Léa Roux, militants à Nantes. "
                       "Tous les deux parlent de « claque » après la soirée.\n")
    assert speaker_of(out, "claque") == "Paul Martin ; Léa Roux"
