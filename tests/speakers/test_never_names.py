"""A pronoun or a quantifier opening a sentence is no name, whatever its capital (texts written for these tests)."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis as an
from analysis.counts import speaker_labels
from analysis.labels import NO_SPEAKER


def _resolved(text: str) -> pd.DataFrame:
    articles = pd.DataFrame({"doc_id": ["t"], "text": [text], "path": ["t"]})
    return an.resolve_speakers(an.extract_quotes(articles), articles)


@pytest.mark.parametrize("text, word", [
    ("Le slogan a circulé toute la nuit. On l'aura compris : « la colère reste entière ».", "On"),
    ("Certains ont affirmé que « tout était joué d'avance ».", "Certains"),
])
def test_a_capitalised_pronoun_is_kept_as_written_never_as_a_body(text, word):
    out = _resolved(text)
    assert len(out) == 1
    assert (out.loc[0, "speaker"], out.loc[0, "speaker_kind"]) == (word, "unknown")


def test_an_impersonal_on_counts_as_no_speaker():
    out = _resolved("Le slogan a circulé toute la nuit. On l'aura compris : « la colère reste entière ».")
    assert speaker_labels(out).tolist() == [NO_SPEAKER]


@pytest.mark.parametrize("text, expected", [
    ("Plusieurs Gilets verts ont affirmé que « le mouvement continuerait ».", "Plusieurs Gilets verts"),
    ("Un Bonnet rouge a expliqué que « la colère restait entière ».", "un Bonnet rouge"),
])
def test_a_counted_group_written_with_a_capital_is_no_name(text, expected):
    out = _resolved(text)
    assert out.loc[0, "speaker"] == expected
    assert out.loc[0, "speaker_kind"] != "organisation"


def test_a_counted_person_keeps_the_name():
    out = _resolved("Un Paul Martin inquiet a assuré que « rien ne change ».")
    assert out.loc[0, "speaker"] == "Paul Martin"
