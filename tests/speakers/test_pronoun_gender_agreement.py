"""A pronoun agrees with its antecedent's noun phrase: « Selon elle » right after « La fédération a écrit
… » is the federation, not a woman named paragraphs before; « il » is no antecedent of « elle ».
Every text is invented for these tests."""

from __future__ import annotations


def test_elle_is_the_feminine_body_subject_of_the_sentence_before(resolve_text, speaker_of):
    text = ("La porte-parole du parquet, Hélène Vasseur, a confirmé l'ouverture d'une enquête.\n\n"
            "La fédération des transporteurs a écrit au ministre de l'Intérieur, Marc Delanoë, pour réclamer la fin des blocages.\n\n"
            "Selon elle, les chauffeurs subissent « des menaces quotidiennes » sur les routes.")
    out = resolve_text(text)
    assert "fédération" in speaker_of(out, "menaces quotidiennes")


def test_elle_still_takes_the_woman_when_the_body_before_is_masculine(resolve_text, speaker_of):
    text = ("La porte-parole du parquet, Hélène Vasseur, a confirmé l'ouverture d'une enquête.\n\n"
            "Le syndicat des transporteurs a écrit au ministre de l'Intérieur pour réclamer la fin des blocages.\n\n"
            "Selon elle, les chauffeurs ne seront « pas poursuivis ».")
    out = resolve_text(text)
    assert speaker_of(out, "pas poursuivis") == "Hélène Vasseur"
