"""Words that look like attributions and are not, and spans that a detail used to cut short.

A condition (« si elle estime que … »), a phrase already used by a quotation (« « … », selon X, Y … »),
« selon » meaning « by » after a sorting verb, « Pour sa défense, » (a connective), « alors que » after
a comma (a conjunction, not the verb's « que »), the infinitive of a participle (« soupçonné d'avoir … »),
an ordinary verb with an object after a statement (« …, ont repris le travail »), an age in apposition
(« E.F., 37 ans, avait … »).
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return rows


@pytest.mark.parametrize("text", [
    "La commission pourra saisir le Conseil d'État si elle estime que la loi n'est pas respectée.",
    "Les chercheurs ont ensuite classé les messages les plus partagés selon la source.",
    "La durée du traitement varie selon le patient et selon son âge.",
    "Les éboueurs, a-t-on appris, ont repris le travail après un accord.",
])
def test_no_quotation_from_a_condition_a_sorting_selon_or_an_ordinary_verb(rows, text):
    assert rows(text) == []


def test_a_contrastive_si_opening_the_sentence_keeps_its_quotation(rows):
    out = rows("Si les pompiers évoquent un incident sans « gros dégâts », le gérant se dit « abasourdi ».")
    assert [q for _, q, _, _ in out] == ["un incident sans « gros dégâts »", "« abasourdi »"]


def test_a_selon_already_used_by_a_direct_quotation_is_not_a_second_entry(rows):
    out = rows("« Redoutable en négociation », selon un proche du ministre, le maire sait se faire respecter.")
    assert [t for t, *_ in out] == ["direct"]


def test_pour_sa_defense_is_a_connective(rows):
    out = rows("Pour sa défense, le prévenu accuse la victime d'« insultes répétées ».")
    assert [(t, c) for t, _, c, _ in out] == [("mixed", "accuse")]


def test_alors_que_after_a_comma_opens_no_reported_clause(rows):
    out = rows("« Les investisseurs arrivent », a-t-il affirmé, alors que le pays traverse une crise profonde.")
    assert [t for t, *_ in out] == ["direct"]
    out = rows("Le conseil estimait alors que l'arrachage des vignes stabiliserait les prix.")
    assert [q for _, q, _, _ in out] == ["l'arrachage des vignes stabiliserait les prix"]


def test_the_infinitive_of_a_participle_is_not_the_cue_s_complement(rows):
    text = "La porte-parole a regretté l'attitude d'un chauffeur soupçonné d'avoir renversé un militant."
    assert rows(text) == []


def test_an_age_in_apposition_does_not_end_the_content(rows):
    out = rows("Le juge a estimé que R.T., 29 ans, avait jeté une bouteille sur les gendarmes.")
    assert out == [("indirect", "R.T., 29 ans, avait jeté une bouteille sur les gendarmes", "a estimé", "Le juge")]


def test_a_selon_between_a_verb_and_its_infinitive_keeps_the_whole_clause(rows):
    out = rows("D'autres ont décidé selon la police de défiler avec des pansements.")
    assert out == [("selon", "D'autres ont décidé selon la police de défiler avec des pansements", "selon", "la police")]


def test_an_impersonal_on_names_nobody_unless_a_source_follows(rows):
    assert rows("Chez cet éditeur, on note le retour de l'auteur avec un roman « drôle ».") == []
    out = rows("Le couple a été arrêté samedi, a-t-on appris de source policière.")
    assert out == [("indirect", "Le couple a été arrêté samedi", "a-t-on appris", "source policière")]


@pytest.mark.parametrize("text", [
    "Une soirée qui m'en a appris plus que bien des livres.",
    "Le témoin a raconté bien mieux que les experts la soirée.",
])
def test_a_comparison_after_a_verb_is_no_reported_clause(quotes_of, text):
    assert quotes_of(text).empty


@pytest.mark.parametrize("text", [
    "Le procès de Paul Verne, accusé d'avoir incendié un entrepôt, s'ouvre lundi à Rennes.",
    "Les deux gardiens, accusés de vols répétés, comparaissent devant le tribunal.",
    "Invitée à préciser son calendrier, la directrice a quitté la salle sans un mot.",
])
def test_a_detached_participle_without_agent_reports_nobody(rows, text):
    assert rows(text) == []


def test_a_detached_participle_keeps_quoted_words_and_an_agent(rows):
    assert [r[0] for r in rows("Les deux gardiens, accusés d'être des « voleurs de métier », comparaissent lundi.")] \
        == ["mixed"]
    assert rows("Accusé par la maire d'avoir menti, le préfet se tait.")[0][:3] == ("indirect", "avoir menti", "Accusé")


def test_an_auxiliary_before_an_adverbial_between_commas_is_no_detached_participle(rows):
    assert rows("L'association a, de son côté, appelé les élus à limiter la chasse.") \
        == [("indirect", "limiter la chasse", "appelé", "L'association")]


@pytest.mark.parametrize("text", [
    "Une liste « bonnets verts » a annoncé mercredi son intention de présenter des candidats.",
    "Au lendemain du défilé, des retraités « bonnets verts » ont repris dimanche le chemin de la préfecture.",
])
def test_a_noun_with_a_quoted_label_before_the_verb_is_its_subject_not_a_statement(rows, text):
    assert rows(text) == []


@pytest.mark.parametrize("text, quote", [
    ("Une « cyber-haine » déplore l'Observatoire des cultes.", "Une « cyber-haine »"),
    ("Les jeunes sont « la catégorie la plus optimiste » souligne l'enquête.",
     "Les jeunes sont « la catégorie la plus optimiste »"),
])
def test_quoted_words_after_a_determiner_or_a_verb_stay_a_statement_before_the_verb(rows, text, quote):
    assert [r[1] for r in rows(text)] == [quote]


@pytest.mark.parametrize("text", [
    "La « prime à la casse » perçue par les ménages aisés coûtera cher à l'État.",
    "Le mouvement des retraités est perçu, par certains, comme un échec des syndicats.",
])
def test_percevoir_in_the_passive_is_receiving_or_seeing_not_saying(rows, text):
    assert rows(text) == []


def test_percevoir_with_a_quoted_object_stays_a_view(rows):
    assert [r[0] for r in rows("Beaucoup de salariés perçoivent la direction comme « un mur ».")] == ["mixed"]


@pytest.mark.parametrize("text", [
    "Le gouvernement a lancé en début de semaine le « grand débat » sur les retraites.",
    "L'association des maires a lancé #CommuneOuverte afin « de remettre les villages au cœur du débat ».",
])
def test_launching_a_thing_reports_no_words(rows, text):
    assert rows(text) == []


@pytest.mark.parametrize("text, quote", [
    ("La ministre a lancé un appel à la « responsabilité » des élus.", "un appel à la « responsabilité » des élus"),
    ("Le maire a lancé « un appel au calme ».", "« un appel au calme »"),
])
def test_launching_an_utterance_or_quoted_words_reports_them(rows, text, quote):
    assert [r[1] for r in rows(text)] == [quote]
