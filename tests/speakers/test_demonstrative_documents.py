"""« cette enquête d'opinion », « ce rapport »: a demonstrative document is the document cited before, whose
body issued it, even when another body is named in between; « d'opinion », « de presse » after a document noun
make a compound noun, not an author. Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("first, again", [
    ("un sondage Vigimètre publié mardi", "cette enquête d'opinion"),
    ("une étude de l'Observatoire Lumen parue lundi", "cette étude"),
    ("un rapport de Terre Commune rendu public jeudi", "ce rapport"),
])
def test_a_demonstrative_document_is_the_one_cited_before(resolve_text, speaker_of, first, again):
    issuer = {"un sondage": "Vigimètre", "une étude": "Observatoire Lumen", "un rapport": "Terre Commune"}
    text = (f"Les vacanciers boudent la côte cet été, selon {first}.\n\n"
            f"Commandée par Radio Nord et trois quotidiens de l'Ouest, {again} conclut que « la confiance "
            "recule dans toutes les régions ».")
    expected = next(v for k, v in issuer.items() if first.startswith(k))
    assert expected in str(speaker_of(resolve_text(text), "la confiance recule"))


@pytest.mark.parametrize("compound", ["un communiqué de presse", "une enquête d'opinion", "un rapport d'activité"])
def test_a_compound_document_noun_has_no_author(resolve_text, speaker_of, compound):
    text = f"La saison touristique a été bonne. « Les résultats sont encourageants », indique {compound}."
    assert speaker_of(resolve_text(text), "Les résultats sont") == compound


def test_people_after_de_are_the_authors(resolve_text, speaker_of):
    text = "La saison a été bonne. « La croissance reviendra », indiquent des notes d'économistes britanniques."
    assert "économistes" in str(speaker_of(resolve_text(text), "La croissance"))
