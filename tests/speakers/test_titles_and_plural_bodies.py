"""A publication named with its capital article (« Le Courrier picard ») is what « le journal » or
« l'hebdomadaire » names next; « des Insoumis du quartier », a body named with a plural indefinite, is an
« ils ». Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title, noun", [
    ("Le Réveil normand", "Le journal régional"),
    ("La Gazette des Monts", "L'hebdomadaire"),
    ("Le Petit Écho", "Le quotidien"),
])
def test_a_description_of_a_paper_is_the_title_named_just_before(resolve_text, speaker_of, title, noun):
    text = ("Le site Infopresse avait déjà publié l'enquête en mars. "
            f"Le maire aurait fait réaliser des travaux « sans permis », écrit {title}. "
            f"{noun} révèle également « d'autres irrégularités » dans le dossier.")
    assert speaker_of(resolve_text(text), "d'autres irrégularités") == title


def test_a_body_named_with_des_is_the_antecedent_of_ils(resolve_text, speaker_of):
    text = ("La mobilisation s'essouffle. Des Collectifs citoyens appelaient lundi à une nouvelle marche, faute de "
            "quoi ils promettent de bloquer « toutes les routes » du département.")
    assert "Collectifs" in str(speaker_of(resolve_text(text), "toutes les routes"))
