"""An incise after a quotation whose verb the verb list lacks, on texts we wrote: a finite third-person verb with
its subject after it (« « … », s'énerve l'un d'eux »), but not a copula nor a conditional (imagined words)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, mention", [
    ("Des riverains s'agacent d'être bloqués. « On nous envoie de rue en rue », s'énerve l'un d'eux.",
     "On nous envoie de rue en rue", "l'un d'eux"),
    ("« Ce ne sera pas un échec », veut croire Paul Dimier.", "Ce ne sera pas un échec", "Paul Dimier"),
    ("« La ligne de bus doit revenir », tempête Lucie Marnier, commerçante du quartier.",
     "La ligne de bus doit revenir", "Lucie Marnier, commerçante du quartier"),
])
def test_an_unlisted_verb_with_its_subject_after_a_quotation_is_an_incise(quotes_of, text, quote, mention):
    rows = [(r.type, r.text, r.speaker_mention) for r in quotes_of(text).itertuples()]
    assert rows == [("direct", quote, mention)]


def test_a_copula_after_a_quotation_is_no_incise(quotes_of):
    assert quotes_of("« Il y a du monde », reste l'essentiel.").empty


def test_a_conditional_after_a_quotation_imagines_words(quotes_of):
    assert quotes_of("« Tout est calme », pourrait ironiser la maire.").empty
