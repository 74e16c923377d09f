"""Denials, negated praise, questions and participles used as nouns (news profile).

Four readings that made a speaker who denies a crisis the most negative speaker of a corpus:
a negation that did not reach its predicate (« nous ne sommes pas dans une impasse » −0.49),
a negation that reversed a noun but not its adjective (« pas de percée magnifique » +0.30), a
question mark counted as a negative word (−0.20 for any question), and a nominal participle
read as an adjective (« les plus éprouvés » +0.39). Every sentence here was written for these
tests (news-style French, invented situations). Each group holds sentences written while the
rules were designed and sentences written beforehand as a check, scored only once the rules
were done (37 of 44 passed then; two general additions followed, noted in the data file).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sentiment import score, sentiment_by_speaker
from analysis.sentiment.irrealis import question_scope
from analysis.sentiment.negation import noun_phrase
from analysis.sentiment.nominal import looks_like_participle, nominal_participles
from analysis.sentiment.tokens import Token

DENIALS = [
    "Mais nous ne sommes pas dans une impasse.",
    "Le pays n'est pas en crise.",
    "Nous ne sommes pas face à une catastrophe.",
    "Ce n'est pas un échec, c'est une étape.",
    "Il n'y a aucun danger pour la population.",
    "La situation n'est pas dramatique.",
    "Je ne suis pas inquiet pour la suite.",
    "Ce projet n'a rien de scandaleux.",
    "Il n'y a pas eu de violences pendant la manifestation.",
    "Le gouvernement n'est pas dans le déni.",
    "L'entreprise n'est pas au bord de la faillite.",
    "Nous ne vivons pas une situation de chaos.",
    "Notre système de santé n'est pas à l'agonie.",
    "Les négociations ne sont pas bloquées.",
    "Il ne s'agit nullement d'une menace.",
    "Personne n'a été blessé.",
    "Le club n'est pas en danger de relégation.",
    # written before the rules, as a check
    "Nous ne sommes pas dans une situation désespérée.",
    "Je ne vois aucune raison de paniquer.",
    "Il n'y a pas de crise de confiance entre nous.",
    "Ce n'est pas une défaite pour le syndicat.",
    "Le chantier n'a pris aucun retard.",
    "Cette réforme n'est pas une catastrophe pour les retraités.",
    "Le quartier n'est pas abandonné.",
]

NEGATED_PRAISE = [
    "Il n'y aura probablement pas de percée magnifique.",
    "Ce n'est pas une bonne décision.",
    "Il n'y a pas de solution miracle.",
    "Nous n'avons constaté aucun progrès significatif.",
    "La réponse du ministère n'est pas satisfaisante.",
    "Le bilan n'est guère brillant.",
    "Je ne suis pas optimiste pour la suite des discussions.",
    "Il n'y a eu aucune avancée concrète.",
    "Les résultats ne sont pas à la hauteur.",
    "Ce n'est pas un grand succès.",
    "La situation n'est plus sous contrôle.",
    "Il n'a jamais été un allié fiable.",
    "Personne n'est satisfait de cet accord.",
    # written before the rules, as a check
    "Ce n'est pas un accord équilibré.",
    "Il n'y aura pas de reprise rapide.",
    "Nous n'avons reçu aucune réponse claire.",
    "Les conditions ne sont pas idéales.",
    "Le plan n'est pas une réussite éclatante.",
    "Je ne trouve pas cette proposition intéressante.",
    "Aucun geste positif n'a été fait.",
    "Ce n'était pas une idée brillante.",
    "La coopération n'est plus excellente.",
    "Il n'existe pas de remède efficace.",
    "Ce n'est pas un choix courageux.",
    "Les perspectives ne sont guère encourageantes.",
]

PLAIN_QUESTIONS = [
    "Comment le gouvernement peut-il financer cette mesure ?",
    "Quand les travaux commenceront-ils ?",
    "Combien de personnes sont concernées ?",
    "Qui va présider la commission ?",
    "Où se tiendra la prochaine réunion ?",
    "Est-ce que la ligne rouvrira lundi ?",
    "Faut-il modifier le calendrier ?",
    "Pourquoi le vote a-t-il été reporté ?",
    "Comment le gouvernement peut-il accepter cela ?",
    # written before the rules, as a check
    "Comment la commune va-t-elle organiser le ramassage ?",
    "Quel sera le prix du billet ?",
    "Le texte sera-t-il voté avant l'été ?",
    "Qui remplacera le directeur ?",
    "Combien de temps durera l'enquête ?",
]

QUESTIONED_PRAISE = [
    "Est-ce une bonne nouvelle pour les salariés ?",
    "Ce plan sera-t-il efficace ?",
    "Peut-on parler d'un succès ?",
    # written before the rules, as a check
    "Est-ce la bonne méthode ?",
    "Cette alliance sera-t-elle solide ?",
    "Les syndicats seront-ils satisfaits ?",
]

CHALLENGING_QUESTIONS = [
    "Comment peut-on tolérer un tel scandale ?",
    "Jusqu'à quand allons-nous accepter cette injustice ?",
    # written before the rules, as a check
    "Pourquoi personne n'a-t-il réagi à ce drame ?",
    "Comment peut-on justifier une telle brutalité ?",
]

NOMINAL_PARTICIPLES = [
    ("Ce sont les plus éprouvés qui paient.", "éprouvés"),
    ("L'aide ira d'abord aux plus démunis.", "démunis"),
    ("Les blessés ont été transportés à l'hôpital.", "blessés"),
    ("Les sinistrés seront relogés dès lundi.", "sinistrés"),
    ("Les déplacés attendent dans des gymnases.", "déplacés"),
    ("Une cellule d'écoute accueille les endeuillés.", "endeuillés"),
    ("Les plus touchés recevront une prime.", "touchés"),
    ("Le fonds soutient les oubliés de la reprise.", "oubliés"),
    ("Les exclus du dispositif pourront faire appel.", "exclus"),
    ("Les rescapés ont été entendus par les enquêteurs.", "rescapés"),
    ("Les plus exposés seront vaccinés en priorité.", "exposés"),
    # written before the rules, as a check
    ("Les plus fragilisés bénéficieront d'un accompagnement.", "fragilisés"),
    ("Les accidentés de la route sont pris en charge.", "accidentés"),
    ("Les licenciés recevront une indemnité.", "licenciés"),
    ("Les plus endettés pourront étaler leurs paiements.", "endettés"),
    ("Les plus motivés ont continué la marche.", "motivés"),
    ("Les rapatriés ont été placés en quarantaine.", "rapatriés"),
]


def _row(text: str) -> pd.Series:
    return score([text], profile="news").iloc[0]


def _eval_hits(row: pd.Series) -> list[dict]:
    return [h for h in row["hits"] if h["kind"] == "eval"]


@pytest.mark.parametrize("text", DENIALS)
def test_a_denial_is_not_criticism(text):
    row = _row(text)
    assert row["label"] != "neg" and row["polarity"] >= 0, row["hits"]
    assert not any(h["source"] == "cue" for h in row["hits"])  # denying is no complaint


@pytest.mark.parametrize("text", NEGATED_PRAISE)
def test_negated_praise_is_not_praise(text):
    row = _row(text)
    assert row["label"] != "pos" and row["polarity"] <= 0, row["hits"]


@pytest.mark.parametrize("text", PLAIN_QUESTIONS)
def test_a_question_mark_is_no_evaluation(text):
    row = _row(text)
    assert row["label"] == "neu" and row["polarity"] == 0 and row["hits"] == []


@pytest.mark.parametrize("text", QUESTIONED_PRAISE)
def test_praise_asked_about_is_not_asserted(text):
    row = _row(text)
    assert row["label"] != "pos" and not any(h["polarity"] > 0 for h in _eval_hits(row)), row["hits"]


@pytest.mark.parametrize("text", CHALLENGING_QUESTIONS)
def test_a_challenging_question_keeps_its_negative_words(text):
    assert _row(text)["label"] == "neg"


@pytest.mark.parametrize("text, word", NOMINAL_PARTICIPLES)
def test_a_participle_used_as_a_noun_is_not_a_judgement(text, word):
    row = _row(text)
    assert row["label"] == "neu" and _eval_hits(row) == [], row["hits"]
    assert not any(h["word"] == word and h["kind"] == "eval" for h in row["hits"])


def test_the_four_readings_of_the_issue():
    impasse = _row("Mais nous ne sommes pas dans une impasse.")
    assert impasse["label"] == "neu" and impasse["polarity"] > 0  # was −0.49
    hit = next(h for h in impasse["hits"] if h["word"] == "impasse")
    assert hit["negator"] == "ne" and hit["kind"] == "event"
    percée = _row("Il n'y aura probablement pas de percée magnifique.")
    assert percée["polarity"] < 0  # was +0.30: « magnifique » is reversed with its noun
    assert all(h["negator"] for h in percée["hits"] if h["word"] in ("percée", "magnifique"))
    assert _row("Comment le gouvernement peut-il accepter cela ?")["polarity"] == 0  # was −0.20
    assert _row("Ce sont les plus éprouvés qui paient.")["polarity"] == 0  # was +0.39


@pytest.mark.parametrize("text, word", [
    ("Je ne reviendrai pas sur cette erreur.", "erreur"),  # a preposition after a content verb: an adjunct
    ("Il n'a tiré aucune leçon de la crise.", "crise"),  # « leçon » is what is negated, not the crisis
    ("Il ne faut pas tomber dans le piège de la violence.", "violence"),
])
def test_negation_does_not_reach_past_its_phrase(text, word):
    hit = next(h for h in _row(text)["hits"] if h["word"] == word)
    assert hit["negator"] is None


@pytest.mark.parametrize("text, label", [
    ("Le spectacle a reçu un accueil des plus réussis.", "pos"),  # « des plus » intensifies
    ("Je les remercie pour leur courage.", "pos"),  # a clitic, not an article
    ("Les plus motivés sont restés jusqu'au bout, c'est formidable.", "pos"),
    ("La réforme est excellente. Pourquoi attendre ?", "pos"),  # the question is the next sentence only
])
def test_the_rules_leave_other_readings_alone(text, label):
    assert _row(text)["label"] == label


def test_a_positive_cue_in_a_question_is_not_relief():
    hits = _row("Est-ce que ce scandale va enfin cesser ?")["hits"]
    assert next(h for h in hits if h["lemma"] == "enfin")["kind"] == "event"


@pytest.mark.xfail(strict=True, reason="known limits: no lexicon word for « pression », so the unreversed "
                                        "negation reads as a complaint; the scope stops at a content verb "
                                        "(« parler de »), which it cannot tell from « accepter »")
@pytest.mark.parametrize("text, expected", [
    ("Nous ne sommes pas sous la pression des marchés.", "neu"),
    ("On ne peut pas parler d'une belle victoire.", "neg"),
])
def test_known_limits(text, expected):
    assert _row(text)["label"] == expected


def test_a_speaker_who_denies_a_crisis_is_not_the_most_negative():
    denier = ["Nous ne sommes pas dans une impasse.", "Le pays n'est pas en crise.",
              "Il n'y a aucun danger pour la population.", "Ce n'est pas un échec."]
    critic = ["Cette réforme est un échec.", "Le gouvernement nous a trahis.",
              "La situation est catastrophique.", "Nous sommes dans une impasse."]
    quotes = pd.DataFrame({"doc_id": "a", "text": denier + critic,
                           "speaker": ["Denise Roy"] * len(denier) + ["Carl Mounier"] * len(critic)})
    table = sentiment_by_speaker(quotes).set_index("speaker")
    assert table.loc["Denise Roy", "polarity_mean"] >= 0 > table.loc["Carl Mounier", "polarity_mean"]
    assert table.loc["Denise Roy", "share_neg"] == 0


def test_noun_phrase_and_scopes_units():
    toks = [Token("pas", "ADV"), Token("de", "ADP"), Token("percée", "NOUN"), Token("magnifique", "ADJ"),
            Token("et", "CCONJ"), Token("durable", "ADJ"), Token("pour", "ADP"), Token("nous", "PRON")]
    assert noun_phrase(toks, 2) == [2, 3, 5]
    assert noun_phrase(toks, 7) == [7]
    assert question_scope(["c'", "est", "bon", ".", "est", "-ce", "sûr", "?", "oui"]) == {4, 5, 6}
    assert looks_like_participle("éprouvés") and looks_like_participle("démunis")
    assert not any(looks_like_participle(w) for w in ("mauvais", "beau", "remarque", "lieu", "vu"))
    norms = ["les", "plus", "éprouvés", "paient"]
    assert nominal_participles(norms, norms, norms, ["DET", "ADV", "ADJ", "VERB"]) == {2}
    # « a le plus souffert » is a compound tense; « des plus réussis » an intensifier
    norms = ["il", "a", "le", "plus", "souffert"]
    assert nominal_participles(norms, ["il", "avoir", "le", "plus", "souffrir"], norms,
                               ["PRON", "AUX", "DET", "ADV", "VERB"]) == set()
    norms = ["un", "accueil", "des", "plus", "réussis"]
    assert nominal_participles(norms, norms, norms, ["DET", "NOUN", "DET", "ADV", "ADJ"]) == set()
