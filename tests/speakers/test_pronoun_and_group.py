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
    text = (f"{subject} n'avait pas prévu la fronde des riverains. Le conseil de lundi a tourné court. "
            f"{pronoun} dénoncent « une campagne de mensonges » sur le chantier.")
    found = str(speaker_of(resolve_text(text), "campagne de mensonges"))
    assert name in found and group in found
