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


# --- seams lost in web extraction: only boundaries move, offsets stay exact ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire a lancé un « appel au calme ».L'inquiétude reste vive.",
         ["Le maire a lancé un « appel au calme ».", "L'inquiétude reste vive."]),
        ("Le conseil a voté.Les élus sont partis.", ["Le conseil a voté.", "Les élus sont partis."]),
        ("La séance est levée!Personne ne proteste?Non.", ["La séance est levée!", "Personne ne proteste?", "Non."]),
        ("Rien n'a bougé...Demain, on verra.", ["Rien n'a bougé...", "Demain, on verra."]),
        ("Il a conclu : «C'est fini.»Le public a applaudi.", ["Il a conclu : «C'est fini.»", "Le public a applaudi."]),
        ("Le cortège est arrivé samedi.«Nous resterons», a dit une manifestante.",
         ["Le cortège est arrivé samedi.", "«Nous resterons», a dit une manifestante."]),
        ('Le cortège est arrivé samedi."Nous resterons", a dit une manifestante.',
         ["Le cortège est arrivé samedi.", '"Nous resterons", a dit une manifestante.']),
        ("Le bilan a été publié en 2019.Depuis, rien.", ["Le bilan a été publié en 2019.", "Depuis, rien."]),
        ("La salle a été évacuée).🔴Quand la police est arrivée, tout était calme.",
         ["La salle a été évacuée).", "🔴Quand la police est arrivée, tout était calme."]),
    ],
)
def test_terminal_mark_glued_to_the_next_sentence_ends_it(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le texte est signé J.Dupont et relu par A.-M.Leroy hier.",
        "Il a reçu M.Martin et Mme.Durand au siège.",
        "Le taux est passé de 1.5 à 2.7 points.",
        "La pétition sur Change.org a réuni dix mille signatures.",
        "Le site BFMTV.com et le compte Exemple.Net ont relayé l'appel.",
        "Le lien www.Journal.fr/Politique.Article circule depuis lundi.",
        "Le compte @Mairie.Officielle a publié un message.",
    ],
)
def test_glued_full_stop_of_abbreviations_numbers_and_addresses_stays(text):
    assert split(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des tirs contre les «gilets jaunes»Des grenades ont suivi.",
         ["Des tirs contre les «gilets jaunes»", "Des grenades ont suivi."]),
        ("Le mot «dialogue»Il revient dans chaque discours.", ["Le mot «dialogue»", "Il revient dans chaque discours."]),
        ("«Changer le système»«Nous sommes là» ont été scandés.", ["«Changer le système»", "«Nous sommes là» ont été scandés."]),
    ],
)
def test_closing_mark_glued_to_a_capitalised_word_ends_the_sentence(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Réputation de la FranceLes manifestations ont dominé la journée.",
         ["Réputation de la France", "Les manifestations ont dominé la journée."]),
        ("Un silence présidentielLe chef de l'État n'a rien dit.",
         ["Un silence présidentiel", "Le chef de l'État n'a rien dit."]),
        ("La colère monte dans les campagnesL'inquiétude gagne les villes.",
         ["La colère monte dans les campagnes", "L'inquiétude gagne les villes."]),
        ("Une réforme contestéeSelon le syndicat, rien n'est joué.",
         ["Une réforme contestée", "Selon le syndicat, rien n'est joué."]),
        ("Le débat continueIl reprendra lundi.", ["Le débat continue", "Il reprendra lundi."]),
        ("La colère des campagnesPlusieurs maires ont écrit au préfet.",
         ["La colère des campagnes", "Plusieurs maires ont écrit au préfet."]),
        ("Un bilan encore provisoireMarseille compte ses blessés.", ["Un bilan encore provisoire", "Marseille compte ses blessés."]),
    ],
)
def test_heading_glued_to_a_sentence_opener_ends_there(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les élus de LaREM et du MoDem ont voté le texte.",
        "Le restaurant McDonald de la gare a fermé.",
        "Elle a acheté un iPhone et un MacBook.",
        "Les sociétés DuPont et BlackRock ont répondu.",
        "Le mouvement #NousToutes et le mot-dièse #LaFranceLes ont circulé.",
        "La page http://exemple.org/dossierLes-archives reste en ligne.",
        "Les sites LaRochelleInfo et DeLaRue ont publié la liste.",
        "Rien ne dit que certains proFrançais ou antiMacron n'iront pas défiler.",
    ],
)
def test_camel_case_names_hashtags_and_addresses_are_not_seams(text):
    assert split(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle a tout réglé dans les formes. Venus une seule fois, ils sont repartis.",
         ["Elle a tout réglé dans les formes.", "Venus une seule fois, ils sont repartis."]),
        ("Le suspect est accusé de vol. Les enquêteurs cherchent un complice.",
         ["Le suspect est accusé de vol.", "Les enquêteurs cherchent un complice."]),
        ("Ils étaient sept. Deux sont partis.", ["Ils étaient sept.", "Deux sont partis."]),
    ],
)
def test_abbreviation_that_is_also_a_word_ends_before_a_capitalised_word(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le texte de l'art. 49 de la Constitution est clair.",
        "Voir le vol. 3 de la collection, et l'art. L. 2212 du code.",
        "Réunion fixée au 3 sept. 2024 à Lyon.",
    ],
)
def test_abbreviation_before_a_number_or_an_initial_does_not_end(text):
    assert split(text) == [text]


def test_line_break_ends_a_headline_before_its_standfirst():
    text = "Une grève paralyse le port\nLes dockers réclament une hausse de salaire depuis trois semaines."
    assert split(text) == ["Une grève paralyse le port", "Les dockers réclament une hausse de salaire depuis trois semaines."]


def test_line_break_after_a_colon_or_a_comma_or_before_lower_case_does_not_end():
    assert split("Il a déclaré :\n« Nous partons. »") == ["Il a déclaré :\n« Nous partons. »"]
    assert split("La ville, le port,\nLes quais et la gare.") == ["La ville, le port,\nLes quais et la gare."]
    assert split("Un paragraphe\nsur deux lignes.") == ["Un paragraphe\nsur deux lignes."]


def test_hard_wrapped_paragraph_keeps_its_sentences_across_lines():
    text = ("Le président de la région a présenté mardi devant les élus réunis à\n"
            "Rennes un plan de soutien aux transports qui doit entrer en vigueur au\n"
            "Printemps prochain selon le calendrier annoncé.")
    assert split(text) == [text]


def test_paragraph_of_seams_keeps_exact_offsets_and_covers_every_character():
    text = "Titre glacéLes élus arrivent.Le vote «commence»Il dure.\nNouvelle ligne ici"
    spans = list(sentence_spans(text))
    assert [text[s.start:s.end] for s in spans] == [
        "Titre glacé", "Les élus arrivent.", "Le vote «commence»", "Il dure.", "Nouvelle ligne ici"]
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une grève très suivie Les dockers ont cessé le travail lundi.",
         ["Une grève très suivie", "Les dockers ont cessé le travail lundi."]),
        ("La colère gagne la Bretagne Le préfet a reçu les syndicats.",
         ["La colère gagne la Bretagne", "Le préfet a reçu les syndicats."]),
        ("Un port à l'arrêt L'activité reprendra jeudi.", ["Un port à l'arrêt", "L'activité reprendra jeudi."]),
        ("Marc Durand Nous ne pouvons pas continuer ainsi, dit-il.",
         ["Marc Durand", "Nous ne pouvons pas continuer ainsi, dit-il."]),
    ],
)
def test_heading_that_kept_its_space_ends_before_a_sentence_opener(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Elle a vu le film La vie rêvée des anges deux fois.",
        "Il est l'auteur de plusieurs essais, dont Les années de plomb.",
        "Le collectif Nous Toutes appelle à manifester.",
        "Le dirigeant Kim Jong Un dans son discours a menacé ses voisins.",
        "Le fabuliste Jean De la Fontaine reste au programme.",
        "Le discours de Marine Le Pen a duré une heure.",
        "Le dossier de l'association Notre affaire à tous est déposé.",
        "Il a été reçu à la Une du journal local.",
        "« Rien n'a changé », écrit l'association Brest Demain dans un communiqué.",
    ],
)
def test_titles_names_and_articles_inside_a_sentence_are_not_headings(text):
    assert split(text) == [text]
