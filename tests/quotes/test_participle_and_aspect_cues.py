"""A reporting verb reached through another verb or a participle clause still reports its subject's words.

Verbs of aspect and control before the infinitive (« continue de réclamer », « s'est attelé à exprimer »,
« vient de déclarer »), a compound participle with « ayant » (« la ministre ayant évoqué « … » »), and what
such a participle clause does not own: the main clause after it, and a quotation the main clause introduces.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content", "cue", "mention"), [
    ("Le délégué Marc Fabre continue de réclamer « la fermeture » du site.", "« la fermeture » du site",
     "continue de réclamer", "Le délégué Marc Fabre"),
    ("La ministre s'est attelée à exprimer son « regret » devant les élus.", "son « regret » devant les élus",
     "est attelée à exprimer", "La ministre"),
    ("Le porte-parole vient de déclarer que la grève serait « reconduite ».", "la grève serait « reconduite »",
     "vient de déclarer", "Le porte-parole"),
    ("Les riverains ne cessent de dénoncer des « nuisances » nocturnes.", "des « nuisances » nocturnes",
     "cessent de dénoncer", "Les riverains"),
    ("L'entraîneur s'est contenté de répondre qu'il restait « serein ».", "il restait « serein »",
     "est contenté de répondre", "L'entraîneur"),
])
def test_a_reporting_infinitive_after_a_verb_of_aspect_or_control_is_a_speech_act(quote_rows, text, content, cue, mention):
    assert quote_rows(text) == [("mixed", content, cue, mention)]


def test_a_verb_that_stopped_the_speech_reports_nothing(quote_rows):
    assert quote_rows("Le club a cessé de dénoncer les « erreurs » d'arbitrage depuis mars.") == []


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("La présidente Irène Vasseur ayant évoqué « un plan de sauvetage », les salariés ont repris le travail.",
     "« un plan de sauvetage »", "La présidente Irène Vasseur"),
    ("Le recteur ayant assuré que la rentrée serait « normale », les parents se sont dits rassurés.",
     "la rentrée serait « normale »", "Le recteur"),
])
def test_a_compound_participle_with_ayant_reports_its_subject(quote_rows, text, content, mention):
    rows = quote_rows(text)
    assert [(t, q, m) for t, q, _, m in rows] == [("mixed", content, mention)]


@pytest.mark.parametrize(("text", "content"), [
    ("Le maire, ayant affirmé que la commune était « en faillite », a démissionné lundi.",
     "la commune était « en faillite »"),
    ("Le maire, affirmant que la commune était « en faillite », a démissionné lundi.",
     "la commune était « en faillite »"),
    ("L'avocate, soutenant que son client était « innocent », a quitté la salle.",
     "son client était « innocent »"),
])
def test_a_participle_clause_content_ends_before_the_main_predicate(quote_rows, text, content):
    assert [q for _, q, _, _ in quote_rows(text)] == [content]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Son ancien conseiller ayant évoqué « la fin d'un cycle », et les syndicats ayant répondu en parlant de leurs "
     "salaires, Hélène Marchal tente une synthèse : « Le cycle et les salaires, nous traiterons les deux ».",
     "Hélène Marchal"),
    ("Les élus dénonçant « un abandon », le préfet Luc Arnaud a tranché : « Le service restera ouvert ».",
     "le préfet Luc Arnaud"),
])
def test_the_main_clause_after_a_participle_clause_owns_the_quotation_after_its_colon(quote_rows, text, speaker):
    rows = quote_rows(text)
    assert rows[-1][0] == "direct" and rows[-1][3] == speaker


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("La porte-parole a tenté de lui expliquer que le plan était « équilibré ».", "le plan était « équilibré »",
     "La porte-parole"),
    ("Le gouvernement a tenté de le discréditer ou de le réduire à un simple « caprice ».", "à un simple « caprice »",
     "Le gouvernement"),
    ("Le syndicat cherche à les convaincre et à leur rappeler que la grève est « légitime ».",
     "la grève est « légitime »", "Le syndicat"),
])
def test_a_clitic_or_a_coordinated_infinitive_keeps_the_control_verb(quote_rows, text, content, mention):
    rows = quote_rows(text)
    assert [(q, m) for _, q, _, m in rows] == [(content, mention)]


@pytest.mark.parametrize(("text", "mention"), [
    ("« Rien n'a bougé », a regretté Léo Marty, rappelant la phrase prononcée par la ministre : « Tout sera réparé ».",
     "la ministre"),
    ("Le sénateur a cité la formule de Jeanne Caradec : « Réformer sans brusquer ».", "Jeanne Caradec"),
])
def test_the_words_after_an_utterance_noun_and_its_author_are_the_authors(quote_rows, text, mention):
    rows = quote_rows(text)
    assert rows[-1][0] == "direct" and rows[-1][3] == mention


def test_a_possessive_utterance_noun_leaves_the_subject_as_speaker(quote_rows):
    rows = quote_rows("Le maire a rappelé sa phrase : « Je ne céderai pas ».")
    assert [(t, m) for t, _, _, m in rows] == [("direct", "Le maire")]
