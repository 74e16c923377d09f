"""One definition of speaker, quote count and quoted words (analysis.counts), one label table
(analysis.labels): every code the frames hold has a French label, and counts agree by construction."""

from __future__ import annotations

import pandas as pd

from analysis import counts
from analysis.fr.datafiles import read_rows
from analysis.labels import NO_SPEAKER, label, labels, relabel
from analysis.speakers.kinds import KINDS

QUOTES = pd.DataFrame({
    "doc_id": ["a", "a", "b", "b", "c"], "quote_id": [0, 1, 0, 1, 0],
    "text": ["un deux trois", "l'état-major a tranché", "quatre", "cinq six", "sept"],
    "speaker": ["Édouard Philippe", "Edouard Philippe ; Anne Roy", "EDOUARD PHILIPPE", None, "  "],
    "speaker_kind": ["person", "person ; person", "person", "unknown", "unknown"],
    "speaker_gender": ["m", "unknown", "m", "unknown", "unknown"],
    "speaker_id": ["ep", "ep ; ar", "ep", None, None], "speaker_role": [""] * 5,
})


def test_every_code_the_frames_hold_has_a_french_label():
    assert set(KINDS) <= set(labels("speaker_kind"))
    assert {row["category"] for row in read_rows("reporting_verbs.csv")} <= set(labels("cue_category"))
    assert {"direct", "mixed", "indirect", "selon"} <= set(labels("quote_type"))
    assert {"neg", "neu", "pos"} <= set(labels("sentiment")) and {"f", "m", "unknown"} <= set(labels("gender"))
    assert label("cue_category", "") == label("cue_category", None) == "sans verbe"
    assert relabel(pd.Series(["f", None]), "gender").tolist() == ["femmes", "genre non marqué"]
    assert label("gender", "f", "en") == "women"


def test_a_speaker_is_one_name_whatever_the_accents_or_case_and_nobody_is_one_label():
    assert counts.speaker_labels(QUOTES).tolist() == [
        "Édouard Philippe", "Édouard Philippe ; Anne Roy", "Édouard Philippe", NO_SPEAKER, NO_SPEAKER]


def test_a_plural_quotation_counts_for_each_speaker_and_words_count_once():
    table = counts.speaker_counts(QUOTES).set_index("speaker")
    assert table.loc["Édouard Philippe", "n_quotes"] == 3 and table.loc["Anne Roy", "n_quotes"] == 1
    assert counts.quoted_words(QUOTES["text"]).tolist() == [3, 3, 1, 2, 1]  # « l'état-major » is one word
    assert table.loc["Édouard Philippe", "quoted_words"] == 3 + 3 + 1
    assert table.loc[NO_SPEAKER, "n_quotes"] == 2
    assert abs(table["share_quotes"].sum() - 1) < 1e-9


def test_gender_and_kind_use_the_labels_and_a_non_person_has_no_gender():
    rows = QUOTES.assign(speaker_kind=["person", "person ; person", "organisation", "unknown", "unknown"])
    gender = counts.speaker_counts(rows, "gender").set_index("gender")["n_quotes"].to_dict()
    assert gender == {"hommes": 1, "genre non marqué": 2, "(pas une personne)": 1, NO_SPEAKER: 2}
    kind = counts.speaker_counts(rows, "kind").set_index("kind")["n_quotes"].to_dict()
    assert kind == {"personne": 3, "organisation": 1, NO_SPEAKER: 2}


def test_counts_within_a_group_have_shares_of_that_group():
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"]})
    table = counts.speaker_counts(QUOTES, "kind", within=["outlet"], articles=articles)
    assert table.groupby("outlet")["share_quotes"].sum().round(9).tolist() == [1.0, 1.0]


def test_the_top_leaves_nobody_out_of_the_note():
    top, rest = counts.top_with_rest(counts.speaker_counts(QUOTES), 1)
    assert top["speaker"].tolist() == ["Édouard Philippe"]
    assert rest["n_quotes"] == 3 and rest["no_speaker_quotes"] == 2


def test_a_bare_pronoun_kept_as_written_counts_as_no_speaker():
    quotes = pd.DataFrame({"speaker": ["il", "Il", "le maire", "ils"],
                           "speaker_rule": ["mention as written", "mention as written", "mention as written", "pronoun"]})
    assert counts.speaker_labels(quotes).tolist() == [NO_SPEAKER, NO_SPEAKER, "le maire", "ils"]
