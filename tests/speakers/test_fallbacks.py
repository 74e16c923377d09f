"""A quotation whose attributing string was found always gets a speaker, and ``speaker_rule`` says
which rule found it (texts written for these tests)."""

from __future__ import annotations

import pandas as pd

from analysis.speakers import SPEAKER_COLUMNS, resolve
from analysis.speakers.fallbacks import noun_phrase
from analysis.speakers.frame import SPEAKER_RULES


def _row(text: str, quote: str, mention: str, cue: str, n: int = 0) -> dict:
    """A quotes-frame row for ``quote``, its attributing string ``mention`` and reporting verb ``cue`` (the
    first of each after the start of the sentence that holds the quotation)."""
    start = text.index(quote)
    sentence = text.rfind(".", 0, start) + 1
    ms, cs = text.index(mention, sentence), text.index(cue, sentence)
    return {"doc_id": "t", "quote_id": f"t:q{n}", "type": "direct", "text": quote, "start": start,
            "end": start + len(quote), "speaker_mention": mention, "mention_start": ms, "mention_end": ms + len(mention),
            "cue": cue, "cue_start": cs, "cue_end": cs + len(cue), "continues": None, "paragraph": 0}


def _resolve(text: str, rows: list[dict]) -> pd.DataFrame:
    return resolve(pd.DataFrame(rows), pd.DataFrame({"doc_id": ["t"], "text": [text], "path": ["t"]}))


def test_a_string_that_is_no_noun_phrase_takes_the_subject_of_its_verb():
    text = "Paul Ferrec, visé par une plainte après la réunion, a maintenu que « tout était en règle »."
    out = _resolve(text, [_row(text, "tout était en règle", "visé par une plainte après", "a maintenu")])
    assert out.loc[0, "speaker"] == "Paul Ferrec"
    assert out.loc[0, "speaker_rule"] == "nearest entity"


def test_a_pronoun_nobody_fits_in_its_window_takes_the_nearest_entity_that_agrees():
    text = "Les policiers ont interpellé Marc Doriot samedi. « Je n'ai rien fait », a-t-il répété."
    out = _resolve(text, [_row(text, "Je n'ai rien fait", "il ", "a-t-il répété")])
    assert (out.loc[0, "speaker"], out.loc[0, "speaker_rule"]) == ("Marc Doriot", "nearest entity")


def test_a_group_counted_in_numbers_is_named_without_its_preposition():
    text = "Sur le réseau, pour 3 000 personnes le projet fut jugé « inutile et coûteux »."
    out = _resolve(text, [_row(text, "inutile et coûteux", "pour 3 000 personnes", "jugé")])
    assert out.loc[0, "speaker"] == "3 000 personnes"
    assert out.loc[0, "speaker_rule"] == "role (unnamed source)"


def test_a_first_person_pronoun_is_kept_as_written():
    text = "« Les poubelles débordent », nous a confié lundi un agent de la voirie."
    out = _resolve(text, [_row(text, "Les poubelles débordent", "nous", "a confié")])
    assert out.loc[0, "speaker"] == "nous" and out.loc[0, "speaker_kind"] == "unknown"


def test_noun_phrases_are_cut_from_what_a_mention_string_holds():
    assert noun_phrase("de 21 000 personnes") == "21 000 personnes"
    assert noun_phrase("pour un déplacement") == "un déplacement"
    assert noun_phrase("Des habitants de la rue et") == "Des habitants de la rue"
    assert noun_phrase("visé par une enquête après") == ""
    assert noun_phrase("les") == "" and noun_phrase("Après") == ""


def test_the_speaker_rule_says_how_each_speaker_was_found(resolve_text):
    out = resolve_text(
        "Le ministre de la Mer, Hugo Kerlan, a visité le port.\n\n"
        "« Les quotas seront revus », a déclaré le ministre. « Nous écouterons les pêcheurs », a-t-il ajouté.\n\n"
        "Selon Anne Morvan, porte-parole des armateurs, la flotte est prête.\n")
    rules = dict(zip(out["text"].str[:12], out["speaker_rule"], strict=True))
    assert rules["Les quotas s"] == "role (role fit)"
    assert rules["Nous écouter"] == "pronoun (role fit)"
    assert rules["la flotte es"] == "role+name"
    assert set(out["speaker_rule"]) <= {r for r in SPEAKER_RULES} | {f"{r} (role fit)" for r in SPEAKER_RULES}
    assert SPEAKER_COLUMNS[-1] == "speaker_rule"


def test_a_hand_correction_is_its_own_rule(resolve_text):
    text = "« Rien ne change », a dit Hugo Kerlan."
    out = resolve(resolve_text(text).drop(columns=SPEAKER_COLUMNS), pd.DataFrame({"doc_id": ["t"], "text": [text], "path": ["t"]}),
                  overrides=pd.DataFrame({"match": ["Hugo Kerlan"], "speaker": ["Hugues Kerlan"]}))
    assert (out.loc[0, "speaker"], out.loc[0, "speaker_rule"]) == ("Hugues Kerlan", "override")


def test_a_noun_phrase_may_open_with_a_number_in_words():
    assert noun_phrase("huit habitants sur dix") == "huit habitants sur dix"
    assert noun_phrase("trois élus du canton") == "trois élus du canton"
    assert noun_phrase("visé par une plainte") == ""


def test_a_counted_group_is_kept_as_written_not_replaced_by_the_nearest_name():
    text = "Le maire Paul Ferrec a défendu le projet. Mais pour sept habitants sur dix, il arrive « trop tard »."
    out = _resolve(text, [_row(text, "il arrive « trop tard »", "sept habitants sur dix", "pour")])
    assert out.loc[0, "speaker"] == "sept habitants sur dix"
