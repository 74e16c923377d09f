"""Quoted words that are labels (scare quotes, names, titles) make no quotation and no mixed type.

A label is told apart by three signs (analysis.quotes.labels): the article quotes the same noun
phrase again and again, it is a capitalised name in apposition to a noun, or a naming word stands
before it. Quoted words with none of these signs stay someone's words.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return rows


_LABEL_BACKGROUND = ("Les « bonnets rouges » bloquaient encore la rocade mardi. "
                     "Des « bonnets rouges » ont aussi occupé le péage. ")


def test_a_recurring_group_label_in_an_object_makes_no_quotation(rows):
    text = _LABEL_BACKGROUND + "Le maire a dénoncé les dégradations commises par certains « bonnets rouges » samedi."
    assert rows(text) == []


def test_a_recurring_label_in_a_reported_clause_keeps_it_indirect(rows):
    text = _LABEL_BACKGROUND + "La préfète a affirmé que les « bonnets rouges » seraient reçus lundi."
    assert rows(text) == [("indirect", "les « bonnets rouges » seraient reçus lundi", "a affirmé", "La préfète")]


def test_a_label_in_the_object_does_not_hide_the_infinitive_after_it(rows):
    text = _LABEL_BACKGROUND + "Des habitants accusent les « bonnets rouges » d'avoir coupé la route."
    out = rows(text)
    assert [(t, q) for t, q, _, _ in out] == [("indirect", "avoir coupé la route")]


def test_a_word_quoted_twice_with_its_statement_stays_the_speaker_s(rows):
    text = ("Le ministre dénonce un « stratagème ». Il répète que l'accord relève d'un « stratagème » "
            "de ses adversaires.")
    out = rows(text)
    assert out[0] == ("mixed", "un « stratagème »", "dénonce", "Le ministre")


def test_a_quoted_adjective_repeated_three_times_stays_the_speaker_s(rows):
    sentence = "Le préfet a évoqué un dispositif « exceptionnel » pour samedi. "
    out = rows(sentence * 3)
    assert [t for t, *_ in out] == ["mixed"] * 3


@pytest.mark.parametrize("text", [
    "La députée a évoqué sa plateforme « Agora Citoyenne » devant les militants.",
    "Le syndicat a évoqué une opération baptisée « ville morte » pour jeudi.",
    "La ministre a évoqué le rapport intitulé « Territoires oubliés » lors de sa visite.",
])
def test_a_name_or_a_title_in_an_object_makes_no_quotation(rows, text):
    assert rows(text) == []


def test_a_quoted_infinitive_after_a_preposition_is_not_a_name(rows):
    out = rows("Un collectif appelle à « Bloquer la ville ».")
    assert out[0][:3] == ("mixed", "« Bloquer la ville »", "appelle")
