"""Quote-mark pairing and reporting-verb forms."""

from __future__ import annotations

import pytest

from analysis.fr.reporting_verbs import CATEGORIES, forms, inflect, verbs
from analysis.quotes.marks import pair_marks
from analysis.quotes.tokens import tokenize


def pairs_of(text: str, **options) -> list[str]:
    toks = tokenize(text, 0, len(text))
    return [text[p.inner_start:p.inner_end].strip() for p in pair_marks(toks, text, 0, len(text), **options) if p.depth == 0]


@pytest.mark.parametrize("text, inner", [
    ('Il a dit "oui" puis "non".', ["oui", "non"]),
    ('"Nous", a-t-il dit, "partirons".', ["Nous", "partirons"]),
    ("« un » et “deux” et ‹ trois ›", ["un", "deux", "trois"]),
    ('la situation est "intenable” à long terme', ["intenable"]),
    ("« Il m'a dit “non” hier »", ["Il m'a dit “non” hier"]),
    ("« Il m'a dit « non » hier »", ["Il m'a dit « non » hier"]),
])
def test_pairs(text, inner):
    assert pairs_of(text) == inner


def test_nested_quotes_have_depth():
    text = "« Il m'a dit ‹ jamais › hier »"
    toks = tokenize(text, 0, len(text))
    pairs = pair_marks(toks, text, 0, len(text))
    assert [p.depth for p in pairs] == [0, 1]


@pytest.mark.parametrize("text", [
    "» Premier point : la cantine gratuite.",
    "Fin de l'article » sans ouverture.",
    "Texte avec « une ouverture jamais fermée et la suite.",
    '" " " "',
    "»»»«««",
])
def test_stray_marks_make_no_pair_inside_a_sentence(text):
    pairs = pairs_of(text)
    assert all(len(p) < len(text) for p in pairs)


def test_a_mark_left_open_at_paragraph_start_runs_to_its_end():
    text = "« Le chantier commencera en mars."
    assert pairs_of(text) == ["Le chantier commencera en mars."]


def test_a_mark_left_open_before_a_reopened_paragraph_runs_to_its_end():
    text = "Il a déclaré : « Le chantier commencera en mars."
    assert pairs_of(text) == []
    assert pairs_of(text, next_opens="g") == ["Le chantier commencera en mars."]


def test_categories_are_the_documented_ones():
    assert {v.category for v in verbs()} <= set(CATEGORIES)
    by_lemma = {v.lemma: v.category for v in verbs()}
    assert by_lemma["dire"] == "neutral" and by_lemma["affirmer"] == "assertive"
    assert by_lemma["estimer"] == "evaluative" and by_lemma["reconnaître"] == "revealing"
    assert by_lemma["démentir"] == "contesting" and by_lemma["ajouter"] == "structuring"
    assert by_lemma["se féliciter"] == "emotive" and by_lemma["exhorter"] == "directive"
    assert by_lemma["rapporter"] == "media"


@pytest.mark.parametrize("form, lemma", [
    ("révèle", "révéler"), ("rappelle", "rappeler"), ("martèle", "marteler"), ("annonçant", "annoncer"),
    ("jugeant", "juger"), ("considère", "considérer"), ("estimées", "estimer"), ("avertit", "avertir"),
    ("reconnaît", "reconnaître"), ("admet", "admettre"), ("dit", "dire"), ("écrivent", "écrire"),
    ("précisera", "préciser"), ("soulignait", "souligner"),
])
def test_surface_forms(form, lemma):
    assert lemma in {f.verb.lemma for f in forms()[form]}


def test_inflect_regular_verbs():
    assert {"déclare", "déclarent", "déclaré", "déclarée", "déclarant", "déclarait", "déclarera"} <= set(inflect("déclarer"))
    assert {"réagit", "réagi", "réagissant"} <= set(inflect("réagir"))


@pytest.mark.parametrize("text, lemma, cue", [
    ("« Oui », a-t-il dit.", "dire", "a-t-il dit"),
    ("« Oui », écrit-elle.", "écrire", "écrit-elle"),
    ("« Oui », rappelle-t-elle.", "rappeler", "rappelle-t-elle"),
    ("Elle s'est félicitée que le texte passe.", "se féliciter", "s'est félicitée"),
    ("Il s'indigne que rien ne change.", "s'indigner", "s'indigne"),
    ("Le ministre a également fait savoir qu'il partirait.", "faire savoir", "a également fait savoir"),
    ("Le maire avait régulièrement affirmé que non.", "affirmer", "avait régulièrement affirmé"),
])
def test_cue_groups(text, lemma, cue):
    from analysis.quotes.cues import find_cues

    toks = tokenize(text, 0, len(text))
    found = [(c.lemma, text[toks[c.start].start:toks[c.end].end]) for c in find_cues(toks)]
    assert (lemma, cue) in found


def test_nouns_and_passives_are_not_cues():
    from analysis.quotes.cues import find_cues

    for text in ("Le juge Morel a rendu une note.", "Il a été précisé que non.", "La demande a été rejetée."):
        toks = tokenize(text, 0, len(text))
        assert not find_cues(toks), text


@pytest.mark.parametrize("text, quote", [
    ("Le ministre a parlé ce matin. \"Ce départ n'est pas notre choix, mais nous devons être prêts».",
     "Ce départ n'est pas notre choix, mais nous devons être prêts"),
    ("“Je pense aux transports», a-t-il dit.", "Je pense aux transports"),
    ("« Nous resterons ici\", a lancé la porte-parole.", "Nous resterons ici"),
])
def test_a_quotation_opened_and_closed_with_marks_of_two_families_is_one_quotation(quotes_of, text, quote):
    q = quotes_of(text)
    assert quote in list(q["text"])


def test_a_stray_closing_mark_far_from_an_open_one_closes_nothing():
    words = " ".join(["mot"] * 100)
    assert pairs_of(f'Il a écrit "{words}. » Fin de la note.') == []
    assert pairs_of('Il a écrit "court texte» et fin.') == ["court texte"]


@pytest.mark.parametrize("text", [
    "Tous les deux parlent de « claque » après la réunion.",
    "Les trois estiment que « la coupe est pleine ».",
])
def test_a_plural_verb_after_a_number_pronoun_is_a_cue(quotes_of, text):
    assert len(quotes_of(text)) == 1


@pytest.mark.parametrize("text", [
    "« On ne nous écoute jamais », maugrée un riverain.",
    "Le syndicat a exposé que les horaires seraient modifiés dès lundi.",
    "La présidente reproche au conseil de ne pas avoir consulté les habitants.",
    "« C'est une victoire », exulte la porte-parole du collectif.",
    "Le directeur a fait remarquer que la salle était trop petite pour le public.",
])
def test_more_verbs_of_saying_are_cues(quotes_of, text):
    assert len(quotes_of(text)) == 1
