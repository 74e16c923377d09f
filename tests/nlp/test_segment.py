"""Sentence and paragraph segmentation on French news, including the hard cases."""

from __future__ import annotations

import pytest

from analysis.nlp.segment import paragraph_spans, segment, sentence_spans


def split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Poutine est arrivé mardi. Il repart demain.", ["M. Poutine est arrivé mardi.", "Il repart demain."]),
        ("MM. Poutine et Loukachenko ont tenu une réunion. Elle a duré trois heures.",
         ["MM. Poutine et Loukachenko ont tenu une réunion.", "Elle a duré trois heures."]),
        ("Mme Durand, Mlle Petit et Me Girard sont venues. Le Dr Martin aussi.",
         ["Mme Durand, Mlle Petit et Me Girard sont venues.", "Le Dr Martin aussi."]),
        ("Le texte est signé par J. Dupont et A.-M. Leroy. Il sera publié.",
         ["Le texte est signé par J. Dupont et A.-M. Leroy.", "Il sera publié."]),
        ("Les échanges ont atteint 380 millions de dollars, soit 33 % de plus. La hausse continue.",
         ["Les échanges ont atteint 380 millions de dollars, soit 33 % de plus.", "La hausse continue."]),
        ("Le taux est passé de 1.5 à 2,7 points en 2021. Une première.",
         ["Le taux est passé de 1.5 à 2,7 points en 2021.", "Une première."]),
        ("« Nous ne céderons pas », a-t-il dit. Le débat reprend jeudi.",
         ["« Nous ne céderons pas », a-t-il dit.", "Le débat reprend jeudi."]),
        ('"La décision est prise", a dit M. Martin. Elle sera appliquée.',
         ['"La décision est prise", a dit M. Martin.', "Elle sera appliquée."]),
        ("« C'est terminé. Nous rentrons », a-t-elle ajouté.", ["« C'est terminé.", "Nous rentrons », a-t-elle ajouté."]),
        ("« Pourquoi attendre ? », demande le maire. Personne ne répond.",
         ["« Pourquoi attendre ? », demande le maire.", "Personne ne répond."]),
        ("Il a conclu : « C'est fini. » La salle s'est vidée.", ["Il a conclu : « C'est fini. »", "La salle s'est vidée."]),
        ("Le vote est reporté… Les élus protestent.", ["Le vote est reporté…", "Les élus protestent."]),
        ("Le vote est reporté... Les élus protestent.", ["Le vote est reporté...", "Les élus protestent."]),
        ("Les chiffres (voir p. 12) sont parus. Ils surprennent.", ["Les chiffres (voir p. 12) sont parus.", "Ils surprennent."]),
        ("Livraison prévue le 13 avr. 2023 à Brest. Fin du chantier.",
         ["Livraison prévue le 13 avr. 2023 à Brest.", "Fin du chantier."]),
        ("Tout est prêt ! « Enfin », souffle-t-elle.", ["Tout est prêt !", "« Enfin », souffle-t-elle."]),
    ],
)
def test_sentences(text, expected):
    assert split(text) == expected


def test_sample_article_has_thirteen_sentences(sample_articles):
    text = sample_articles.iloc[0]["text"]
    sents = [text[s.start:s.end] for s in segment(text)]
    assert len(sents) == 13
    assert sents[1].startswith("Le président russe Vladimir Poutine a indiqué mardi")
    assert sents[3].endswith('de l\'économie mondiale", a dit M. Poutine.')
    assert sents[8].endswith("par l'état-major\", a-t-il dit.")


def test_paragraphs_one_per_line_without_blank_lines():
    text = "Titre\nPremière ligne.\n\n"
    text = "Un.\nDeux.\nTrois."
    assert [text[p.start:p.end] for p in paragraph_spans(text)] == ["Un.", "Deux.", "Trois."]


def test_paragraphs_blank_line_separated_keep_wrapped_lines():
    text = "Un paragraphe\nsur deux lignes.\n\n  \nUn autre.\n"
    assert [text[p.start:p.end] for p in paragraph_spans(text)] == ["Un paragraphe\nsur deux lignes.", "Un autre."]


def test_sentences_never_cross_paragraphs():
    text = "Il a dit que la réunion aurait lieu\nLe lendemain, rien."
    spans = segment(text)
    assert [(s.paragraph, text[s.start:s.end]) for s in spans] == [
        (0, "Il a dit que la réunion aurait lieu"),
        (1, "Le lendemain, rien."),
    ]
