"""Where quoted words a verb governs end when the narrator goes on in the same clause: a gerund that is the
subject's next act (« en disant … ») and a concessive adjunct (« malgré … ») are the narrator's, while a gerund
after an infinitive content still belongs to the speaker's account."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content"), [
    ("Le ministre en a appelé à la « retenue » en rappelant les règles du cortège.", "à la « retenue »"),
    ("La fédération a dénoncé un « mépris » malgré les annonces du gouvernement.", "un « mépris »"),
    ("Le collectif réclame des « moyens » en menaçant de bloquer le port.", "des « moyens »"),
])
def test_quoted_words_in_an_object_end_before_a_gerund_or_malgre(quote_rows, text, content):
    rows = quote_rows(text)
    assert rows[0][0] == "mixed" and rows[0][1] == content


@pytest.mark.parametrize(("text", "content"), [
    ("Les routiers menacent de bloquer le port lundi malgré les concessions du ministère.", "bloquer le port lundi"),
    ("Les internes ont promis de poursuivre la grève malgré l'accord signé mardi.", "poursuivre la grève"),
])
def test_an_infinitive_content_ends_before_malgre(quote_rows, text, content):
    assert [q for _, q, _, _ in quote_rows(text)] == [content]


def test_a_gerund_after_an_infinitive_content_stays_in_it(quote_rows):
    rows = quote_rows("La comptable a raconté avoir découvert l'erreur en relisant les factures de mai.")
    assert [q for _, q, _, _ in rows] == ["avoir découvert l'erreur en relisant les factures de mai"]
