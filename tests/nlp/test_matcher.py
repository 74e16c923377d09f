"""The phrase matcher the rule code shares (analysis.nlp.matcher): tables of folded word sequences."""

from __future__ import annotations

from analysis.nlp.matcher import PhraseTable, phrases


def test_longest_phrase_first_and_every_length_in_turn():
    table = PhraseTable(phrases(["de", "de la part de", "par"]))
    words = ["un", "communiqué", "de", "la", "part", "de", "la", "mairie"]
    assert table.longest(words, 2) == 4
    assert list(table.lengths(words, 2)) == [4, 1]
    assert table.longest(words, 1) == 0


def test_a_phrase_must_end_before_the_bound():
    table = PhraseTable(phrases(["au lendemain", "au"]))
    words = ["dit", "au", "lendemain"]
    assert table.longest(words, 1) == 2
    assert table.longest(words, 1, end=2) == 1
    assert table.longest(words, 3) == 0  # past the end: nothing


def test_a_table_maps_each_phrase_to_its_value():
    table = PhraseTable({("selon",): "source", ("aux", "yeux", "de"): "of"})
    words = ["aux", "yeux", "de", "la", "ministre"]
    n = table.longest(words, 0)
    assert table[tuple(words[:n])] == "of"
    assert len(table) == 2 and table.max_len == 3 and table.first == {"selon", "aux"}
