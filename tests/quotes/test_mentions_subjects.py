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


@pytest.mark.parametrize("text, expected", [
    ("« Ce dispositif ne sert à rien », assure à la presse le général à la retraite Paul Marin.",
     "le général à la retraite Paul Marin"),
    ("« On attend moins de monde », a déclaré vendredi le secrétaire d'État à l'Intérieur Léa Morin.",
     "le secrétaire d'État à l'Intérieur Léa Morin"),
    ("« La route sera rouverte », a promis le délégué à la sécurité routière Marc Lenoir.",
     "le délégué à la sécurité routière Marc Lenoir"),
])
def test_a_role_keeps_its_complement_in_a_before_the_name(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Trois collèges sont restés fermés, a indiqué à la radio locale une source au ministère de l'Éducation.",
     "une source au ministère de l'Éducation"),
    ("Selon une source au sein du gouvernement, la réforme sera retirée.", "une source au sein du gouvernement"),
    ("« Nous n'avons pas les moyens », nous a répondu, hier, un éboueur rencontré à Valmont.",
     "un éboueur rencontré à Valmont"),
])
def test_a_source_keeps_the_place_it_speaks_from(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("« Je viendrai », a répondu le maire au député Paul Marin.", "le maire"),
    ("« Je viendrai », a confié une source à l'AFP.", "une source"),
    ("« Je viendrai », a écrit la présidente aux habitants de Valmont.", "la présidente"),
])
def test_an_addressee_in_a_stays_out_of_the_mention(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ('"On ne changera rien", lâche également "Mimi", une retraitée rencontrée sur un rond-point.', '"Mimi"'),
    ("« C'est fini », lance « Le Grand », un habitué du marché.", "« Le Grand »"),
])
def test_a_nickname_in_quote_marks_is_the_subject_of_an_incise(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("« Rien à voir avec nous », juge à ses côtés, Hugo, maraîcher de 31 ans.", "Hugo, maraîcher de 31 ans"),
    ("« Nous resterons », assure devant la mairie, Léa Morin, infirmière.", "Léa Morin, infirmière"),
])
def test_an_adverbial_closed_by_a_comma_leaves_the_name_after_it_as_subject(mentions, text, expected):
    assert mentions(text) == [expected]


def test_an_agent_in_par_is_no_adverbial_before_a_subject(quotes_of):
    text = "La ministre était défavorable à cette mesure, soutenue par le rapporteur du texte, la droite et le centre."
    assert quotes_of(text).empty


@pytest.mark.parametrize("text, expected", [
    ("Les policiers qui ont interpellé le suspect ont affirmé qu'il était armé.", "Les policiers"),
    ("Le maire qui dirige la ville depuis 2014 a assuré que les travaux commenceraient.", "Le maire"),
    ("Les « marcheurs » qui seront hébergés par des habitants disent qu'ils veulent défendre le climat.",
     "Les « marcheurs »"),
    ("Avec des étapes de 30 km, «les marcheurs» qui seront nourris par d'autres habitants disent qu'ils tiendront.",
     "«les marcheurs»"),
])
def test_the_subject_before_a_relative_clause_is_its_antecedent(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Celui qui a rejoint le camp a dit qu'il partirait.", "Celui qui a rejoint le camp"),
    ("Il a vu ceux qui ont tout perdu et le préfet a dit qu'il aiderait.", "le préfet"),
])
def test_a_demonstrative_relative_and_a_new_clause_keep_their_subject(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Un événement en ligne, auquel quelque 500 personnes se disaient prêtes à participer, a disparu.",
     "quelque 500 personnes"),
    ("Le forum, dans lequel des élus affirment que la loi est injuste, a fermé.", "des élus"),
])
def test_a_relative_pronoun_is_never_part_of_the_subject(mentions, text, expected):
    assert expected in mentions(text)


@pytest.mark.parametrize("text, expected", [
    ("Le parquet a ouvert une enquête, selon des sources policière et judiciaire.", "des sources policière et judiciaire"),
    ("« C'était un homme en or », a témoigné un collègue et ami du gendarme.", "un collègue et ami du gendarme"),
    ("Interrogé par la presse, un collègue et ami du gendarme a témoigné que l'homme était courageux.",
     "un collègue et ami du gendarme"),
    ("« Nous tiendrons », a assuré son cofondateur et président, Marc Lenoir.", "son cofondateur et président, Marc Lenoir"),
])
def test_two_nouns_or_adjectives_under_one_determiner_are_one_subject(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("« Rien ne change », a dit la ministre et répété que la loi passerait.", "la ministre"),
    ("Ils étaient 1200 selon la police et 3500 selon les organisateurs.", "la police"),
    ("À ses côtés, Léa Morin, productrice de pommes et présidente du syndicat, dit ne plus se verser de salaire.",
     None),
])
def test_a_second_verb_a_number_or_a_complement_noun_is_no_second_conjunct(mentions, text, expected):
    got = mentions(text)
    assert all(" et " not in m for m in got), got
    if expected is not None:
        assert expected in got


@pytest.mark.parametrize("text, expected", [
    ("C'est le magazine économique Fortunes, entièrement destiné aux milieux financiers, qui écrit qu'il n'en est rien.",
     "le magazine économique Fortunes"),
    ("L'appui est venu des boulangers, deuxième fédération de la branche, qui ont invité leurs membres à fermer.",
     "des boulangers"),
    ("« Les derniers sont partis à l'aube », selon un porte-parole du collectif, qui a parlé de « heurts brefs ».",
     "un porte-parole du collectif"),
])
def test_the_antecedent_of_qui_after_an_apposition_is_the_phrase_before_it(mentions, text, expected):
    got = mentions(text)
    assert got and all(m == expected for m in got), got


@pytest.mark.parametrize("text, expected", [
    ("Selon les derniers chiffres publiés par le ministère de l'Intérieur, 11 000 personnes ont manifesté.",
     "le ministère de l'Intérieur"),
    ("Selon les données diffusées par l'office cantonal de la santé, le virus recule.", "l'office cantonal de la santé"),
    ("Selon un bilan de la préfecture du Rhône, 300 personnes ont défilé.", "la préfecture du Rhône"),
])
def test_a_document_published_by_someone_has_its_author_as_source(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ce geste marque la première concession de Paul Marin qui, depuis son élection, avait promis de "
     "ne jamais reculer.", "Paul Marin"),
    ("Une mise en scène orchestrée par le pouvoir et ses relais, qui évoquaient le risque de « putsch ».",
     "le pouvoir et ses relais"),
    ("La préfecture de Paris qui a annoncé que la manifestation était interdite a fermé le pont.",
     "La préfecture de Paris"),
])
def test_the_antecedent_of_qui_is_the_person_named_or_the_coordinated_phrase(mentions, text, expected):
    assert mentions(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("La crise inquiète. Rome, Berlin et Madrid ont conseillé à leurs ressortissants de reporter leur séjour.",
     "Rome, Berlin et Madrid"),
    ("Marie et Léa ont affirmé que la route était coupée.", "Marie et Léa"),
])
def test_names_listed_before_a_verb_are_one_subject(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("« La manifestation est annulée », a écrit dans la soirée sur Facebook Paul Marin, qui avait lancé l'appel.",
     "Paul Marin"),
    ("« Nous viendrons », a déclaré à Valmont Léa Morin.", "Léa Morin"),
])
def test_a_name_after_a_one_word_place_or_platform_is_the_incise_subject(mentions, text, expected):
    assert mentions(text) == [expected]


def test_a_longer_run_of_capitals_after_a_preposition_stays_ambiguous(mentions):
    assert mentions("« Nous viendrons », a dit sur France Info Paul Marin.") != ["Info Paul Marin"]


@pytest.mark.parametrize("text, expected", [
    ("Les soins peuvent provoquer des complications, avertit le docteur Paul H. Marin.", "le docteur Paul H. Marin"),
    ("« Rien ne change », a dit Léa K. Morin.", "Léa K. Morin"),
    ("« Rien ne change », a dit Paul. Marin est parti.", "Paul"),
])
def test_an_initial_with_its_dot_stays_inside_the_name(mentions, text, expected):
    assert mentions(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("« Nous tiendrons », affirme Hugo Lemaire, délégué des « routiers » à Rouen, qui continue de réclamer "
     "« un accord » écrit.", ["Hugo Lemaire"]),
    ("Nadia Cherif, conseillère écologiste de la circonscription qui a voté contre, a annoncé qu'elle saisirait "
     "le « Conseil d'État ».", ["Nadia Cherif"]),
    ("Yves Perrin, président de l'association qui gère le refuge, a déclaré que le lieu était « menacé ».",
     ["Yves Perrin"]),
])
def test_a_relative_inside_an_apposition_leaves_the_name_as_subject(mentions, text, expected):
    assert mentions(text)[-len(expected):] == expected


@pytest.mark.parametrize("text, expected", [
    ("Face à la colère des « manifestants », qui menacent de bloquer le port samedi, le préfet a réagi.",
     "des « manifestants »"),
    ("Face à la colère des habitants, qui menacent de bloquer la route samedi, le préfet a réagi.", "des habitants"),
    ("Le délégué des « pêcheurs », qui a dénoncé une « trahison », sera reçu lundi.", "Le délégué des « pêcheurs »"),
    ("Le directeur de l'usine, qui dément toute « faute », a été entendu.", "Le directeur de l'usine"),
])
def test_a_relative_verb_agrees_with_its_antecedent(mentions, text, expected):
    assert mentions(text) == [expected]


@pytest.mark.parametrize("text", [
    "Il a démissionné quand le ministre Paul Roux lui a proposé de céder sa place.",
    "Avez-vous hésité lorsque la ministre Paul Roux vous a proposé de céder votre place ?",
    "Elle est partie puisque le ministre Paul Roux lui a demandé de céder sa place.",
])
def test_a_subject_starts_after_a_subordinating_conjunction(mentions, text):
    assert [m.split()[-1] for m in mentions(text)] == ["Roux"]
    assert all(m.split()[0].lower() in ("le", "la") for m in mentions(text))


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Un autre prévenu a comparu. P.L., 44 ans, a admis avoir lancé des pierres.", "P.L.", "ans"),
    ("Dans une vidéo, l'ancien champion de France 2011 et 2012 des poids moyens admet avoir « perdu pied ».",
     "l'ancien", "moyens"),
])
def test_initials_and_coordinated_numbers_stay_inside_the_subject(mentions, text, first, last):
    (m,) = mentions(text)
    assert m.split()[0].startswith(first) and m.split()[-1] == last


@pytest.mark.parametrize(("text", "expected"), [
    ("Les élus des villes et métropoles ont réclamé « une réunion d'urgence ».", "Les élus des villes et métropoles"),
    ("Les délégués du syndicat des cheminots et conducteurs ont dénoncé « un passage en force ».",
     "Les délégués du syndicat des cheminots et conducteurs"),
])
def test_two_bare_nouns_joined_inside_a_complement_stay_one_subject(mentions, text, expected):
    assert mentions(text) == [expected]


def test_an_inversion_typed_without_its_first_hyphen_is_still_the_pronoun(mentions):
    assert mentions("« Les commandes reculent depuis l'été », ajoute t-il.") == ["il"]
@pytest.mark.parametrize("text, expected", [
    ("Mardi, Paul Verdier, le porte-parole de la mairie, a estimé que le chantier prenait du retard.",
     "Paul Verdier, le porte-parole de la mairie"),
    ("Dans le cortège, Nadia, une infirmière de 38 ans, explique qu'elle manifeste pour la première fois.",
     "Nadia, une infirmière de 38 ans"),
    ("Louis Marchal, l'un des plus anciens adhérents du club, a dit au journal être « très inquiet ».",
     "Louis Marchal, l'un des plus anciens adhérents du club"),
    ("Le Collectif Vert, une association de riverains, réclame que la décharge soit fermée.",
     "Le Collectif Vert, une association de riverains"),
])
def test_a_name_then_its_description_between_commas_is_one_subject(mentions, text, expected):
    assert mentions(text) == [expected]


def test_a_fronted_time_word_is_not_a_name_described(mentions):
    text = "Vendredi, le porte-parole de la mairie, a estimé que le chantier prenait du retard."
    assert mentions(text) == ["le porte-parole de la mairie"]


def test_an_initial_before_a_surname_stays_in_the_name(quotes_of):
    rows = quotes_of("Selon la directrice de l'institut, Mme R. Benali, la récolte sera meilleure que l'an dernier.")
    assert list(rows["speaker_mention"]) and list(rows["speaker_mention"])[0].endswith("R. Benali")


def test_a_lone_capital_ending_a_sentence_is_no_initial(quotes_of):
    rows = quotes_of("Il a choisi le plan B. Le maire a dit que la route serait rouverte lundi.")
    assert list(rows["speaker_mention"]) == ["Le maire"]


def test_comme_inside_a_subject_keeps_the_subject_whole(mentions):
    text = ("Plusieurs élus locaux, de l'opposition comme de la majorité, ont appelé le maire à reporter "
            "la hausse des tarifs de la cantine.")
    assert mentions(text) == ["Plusieurs élus locaux"] or mentions(text)[0].startswith("Plusieurs élus locaux")
