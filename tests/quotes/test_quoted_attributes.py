"""Quoted words in the object of a verb of naming or accusing: what the content keeps, and a verb with an
object and a quoted attribute is no incise. Texts invented for the tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quote_rows):
    return quote_rows


@pytest.mark.parametrize("text, content", [
    ("Il accuse son rival d'« insultes répétées ».", "« insultes répétées »"),
    ("La direction accuse les grévistes de « prise d'otages » et saisit la justice.", "« prise d'otages »"),
    ("Le maire a menacé ses voisins de « représailles ».", "« représailles »"),
])
def test_the_charge_not_the_person_accused_is_the_content(rows, text, content):
    assert rows(text)[0][:2] == ("mixed", content)


def test_a_naming_verb_keeps_its_object_with_the_quoted_attribute(rows):
    assert rows("Le maire a qualifié cette décision d'« absurde ».")[0][:2] == ("mixed", "cette décision d'« absurde »")


@pytest.mark.parametrize("text", [
    "Dans un entretien au journal local, l'historienne Marie Dupont, spécialiste des liens entre l'armée et la société, "
    "a récemment qualifié Vigipirate de « piège politique ».",
    "Le député, élu depuis vingt ans dans la circonscription, a qualifié Ecopolis de « gouffre financier ».",
])
def test_a_verb_after_a_comma_with_an_object_and_a_quoted_attribute_is_no_incise(rows, text):
    out = rows(text)
    assert len(out) == 1 and out[0][0] == "mixed" and out[0][1].endswith("»") and "de «" in out[0][1]


@pytest.mark.parametrize("text, content", [
    ("La présidente a réclamé dans son discours de vœux du « calme » de la part de ses alliés.",
     "du « calme » de la part de ses alliés"),
    ("Le ministre a dénoncé dans un communiqué des « violences inacceptables ».", "des « violences inacceptables »"),
])
def test_a_channel_phrase_before_a_partitive_object_is_not_content(rows, text, content):
    assert rows(text)[0][:2] == ("mixed", content)
