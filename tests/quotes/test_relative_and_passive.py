"""Reported words inside a relative clause or a participle phrase, and passive reports with an agent.

A content reported in a relative clause (« X, qui affirme que … , s'engage … ») or a fronted participle
phrase (« Accusé par Y d'être …, X passera … ») ends where the main clause goes on. « X, pour qui … » and
« X, selon laquelle … » attribute the relative clause to X. A passive participle with a « par » agent
reports the agent's evaluation or quoted words (« jugée trop lente par les usagers »), not an act
(« les mesures annoncées par le maire »).
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(quotes_of):
    def rows(text: str) -> list[tuple[str, str, str, str]]:
        return [(r.type, r.text, r.cue, r.speaker_mention) for r in quotes_of(text).itertuples()]
    return rows


@pytest.mark.parametrize(("text", "content"), [
    ("Pour calmer la colère, la ministre, qui affirme que « le taux ne change pas », s'engage à maintenir le décret.",
     "« le taux ne change pas »"),
    ("Les casseurs, que le préfet accuse d'être organisés, « ne passeront pas », a affirmé le ministre.", "être organisés"),
    ("Accusé par l'opposition d'être le maire des riches, l'élu passera une semaine dans les quartiers.",
     "être le maire des riches"),
    ("Face aux livreurs, qui menacent de bloquer le centre samedi, la mairie a ouvert une concertation.",
     "bloquer le centre samedi"),
])
def test_a_content_in_a_relative_clause_or_a_participle_phrase_ends_with_it(rows, text, content):
    assert content in [q for _, q, _, _ in rows(text)]


def test_the_agent_of_a_fronted_participle_is_the_mention(rows):
    out = rows("Accusé par l'opposition d'être le maire des riches, l'élu passera une semaine dans les quartiers.")
    assert out == [("indirect", "être le maire des riches", "Accusé", "l'opposition")]


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("Le tribunal a suivi les réquisitions du procureur Paul Binet, pour qui les prévenus voulaient « en découdre », "
     "quand le commissaire a été frappé.", "les prévenus voulaient « en découdre »", "procureur Paul Binet"),
    ("Le blessé a été transporté à l'hôpital, a indiqué la police, selon laquelle le chauffard a disparu dans la nuit.",
     "le chauffard a disparu dans la nuit", "la police"),
])
def test_pour_qui_and_selon_laquelle_attribute_the_relative_clause_to_its_antecedent(rows, text, content, mention):
    assert ("selon", content, mention) in [(t, q, m) for t, q, _, m in rows(text)]


def test_a_relative_after_a_noun_that_cannot_speak_attributes_nothing(rows):
    assert rows("Certains propagent des thèses selon lesquelles l'incendie serait un coup monté.") == []


@pytest.mark.parametrize(("text", "content", "mention"), [
    ("La réforme est considérée, quant à elle, comme « un bon compromis » par 31 % des salariés interrogés.",
     "La réforme est considérée, quant à elle, comme « un bon compromis »", "31 % des salariés interrogés"),
    ("La polémique vise la politique du gouvernement, jugée trop laxiste par certains élus, et enfle encore.",
     "la politique du gouvernement, jugée trop laxiste par certains élus", "certains élus"),
    ("Ivan, traité de « traître » par ses anciens alliés, reste en poste.", "« traître »", "ses anciens alliés"),
    ("Le médicament était déjà considéré comme dangereux par l'agence sanitaire.",
     "Le médicament était déjà considéré comme dangereux", "l'agence sanitaire"),
])
def test_a_passive_participle_with_an_agent_reports_the_agent(rows, text, content, mention):
    assert (content, mention) in [(q, m) for _, q, _, m in rows(text)]


@pytest.mark.parametrize("text", [
    "Les habitants attendent les mesures annoncées par le maire la semaine dernière.",
    "Le nombre des manifestants a été évalué à trois mille par la préfecture.",
    "Le traité de commerce, contesté par plusieurs pays, entre en vigueur lundi.",
])
def test_a_passive_reporting_an_act_or_a_count_is_no_quotation(rows, text):
    assert rows(text) == []


def test_quoted_words_before_a_passive_participle_are_the_agent_s(rows):
    out = rows("Aux risques du « chaos » avancé par le gouvernement, les syndicats opposent la colère des salariés.")
    assert ("risques du « chaos »", "le gouvernement") in [(q, m) for _, q, _, m in out]


def test_one_whole_quotation_after_selon_lesquels_is_direct(rows):
    out = rows("« Nous restons », ont répondu les « grévistes » de l'usine, selon lesquels « la direction ment ».")
    assert ("direct", "la direction ment", "selon lesquels") in [(t, q, c) for t, q, c, _ in out]


@pytest.mark.parametrize("text", [
    "À Sétif, la production de bois est estimée à plus de 7 000 m3 par an.",
    "La dépense est évaluée à 300 euros par habitant.",
])
def test_a_rate_after_par_is_no_agent(quotes_of, text):
    assert quotes_of(text).empty
