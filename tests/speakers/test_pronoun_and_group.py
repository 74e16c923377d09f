"""« Lui et ses proches accusent … »: the pronoun is resolved like any other and the group beside its referent
is kept, so the speaker is « X ; ses proches ». Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("subject, pronoun, group", [
    ("Le maire Paul Berthier", "Lui et ses adjoints", "ses adjoints"),
    ("Le ministre Luc Arnal", "Lui et ses conseillers", "ses conseillers"),
    ("Le sénateur Marc Vidal", "Lui et ses proches", "ses proches"),
])
def test_a_pronoun_coordinated_with_a_group(resolve_text, speaker_of, subject, pronoun, group):
    name = subject.split(" ", 2)[2]
    text = (f"{subject} est pris de court par la polémique. Sa communication s'avère désastreuse. "
            f"{pronoun} accusent les opposants de ne pas chercher « la vérité ».")
    found = str(speaker_of(resolve_text(text), "la vérité"))
    assert name in found and group in found
