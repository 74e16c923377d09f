"""Which words a quotation's speaker mention covers: the subject a reporting verb reads, on texts we wrote.

One rule per test, several wordings each: a subject ending on a quoted label (« les « bonnets verts » ont
affirmé »), a role with a complement in « à » before the name (« le délégué à la sécurité Marc Lenoir »),
an unnamed source placed in an institution (« une source à la préfecture »).
"""

from __future__ import annotations

import pytest


@pytest.fixture
def mentions(quotes_of):
    """``mentions(text)``: the speaker mention of each quotation of ``text``, in order."""
    def mentions(text: str) -> list[str]:
        return list(quotes_of(text)["speaker_mention"])
    return mentions


@pytest.mark.parametrize("text, expected", [
    ("Dans plusieurs villes, les « bonnets verts » ont affirmé qu'ils reviendraient lundi.", "les « bonnets verts »"),
    ("Les «bonnets verts» ont assuré que le blocage durerait.", "Les «bonnets verts»"),
    ("Dans un courrier, certains \"riverains en colère\" demandent que la route soit rouverte.",
     "certains \"riverains en colère\""),
    ("Hier soir, 300 « bonnets verts » ont annoncé qu'ils marcheraient sur la préfecture.", "300 « bonnets verts »"),
])
def test_a_subject_may_end_on_a_quoted_label(mentions, text, expected):
    assert mentions(text) == [expected]


def test_quoted_words_after_a_verb_are_no_subject_of_the_next_verb(mentions):
    text = "Le maire a reçu « les bonnets verts » et a promis qu'il viendrait."
    assert mentions(text) == ["Le maire"]
