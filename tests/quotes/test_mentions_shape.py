"""Speaker mentions are noun phrases: what the mention check repairs, what it drops, on texts we wrote.

One rule per test, several wordings each: connectors, negations, cut partitives and coordinations,
quoted labels inside a subject, clauses run on after the noun phrase, phrases that are no noun
phrase at all (numbers, prepositional phrases), and the incise shapes that hid the subject
(an object clitic, an adjunct between commas, a medium after the verb).
"""

from __future__ import annotations

import pytest

from analysis.quotes.mention_shape import noun_phrase
from analysis.quotes.tokens import tokenize


@pytest.fixture
def mention(quotes_of):
    """``mention(text)``: the speaker mention of the one quotation of ``text``."""
    def mention(text: str) -> str:
        out = quotes_of(text)
        assert len(out) == 1, out[["type", "text", "cue", "speaker_mention"]].to_string()
        return out.iloc[0]["speaker_mention"]
    return mention


def shaped(phrase: str, context: str = "") -> str | None:
    """The check alone, on a phrase written at the end of ``context`` (no tagger: the word lists decide)."""
    text = context + phrase
    toks = tokenize(text, 0, len(text))
    first = next(k for k, t in enumerate(toks) if t.start >= len(context))
    span = noun_phrase(toks, first, len(toks) - 1, 0, len(toks) - 1)
    return None if span is None else text[toks[span[0]].start:toks[span[1]].end]


# --------------------------------------------------------------------------- the check alone

@pytest.mark.parametrize("phrase", ["d'ailleurs", "de même", "toutes parts", "dans un premier temps", "par ailleurs"])
def test_a_connector_is_never_a_mention(phrase):
    assert shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["Pas", "Nul", "Aucun élu", "Personne", "Jamais"])
def test_a_negation_names_nobody(phrase):
    assert shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["195 000", "2,7", "au quatrième jour d'un mouvement", "Avec sa centrale",
                                    "de plus en plus souvent", "de la région", "pour un déplacement"])
def test_numbers_and_prepositional_phrases_are_no_noun_phrase(phrase):
    assert shaped(phrase) is None


@pytest.mark.parametrize("phrase, kept", [
    ("le maire, et", "le maire"),
    ("le chef du gouvernement", "le chef du gouvernement"),  # (« gouvernement » is no adverb in -ment)
    ("des barrages notamment", "des barrages"),
    ("la préfecture,", "la préfecture"),
    ("Lire aussi Martine Aubry", "Martine Aubry"),
    ("l'un", "l'un"),
    ("certains", "certains"),
    ("tous", "tous"),
])
def test_what_dangles_at_either_end_goes_and_pronouns_stay(phrase, kept):
    assert shaped(phrase) == kept


@pytest.mark.parametrize("phrase, kept", [
    ("le dirigeant socialiste, suscitant une vague d'applaudissements", "le dirigeant socialiste"),
    ("le ministre, se refusant à donner plus de précisions", "le ministre"),
    ("la presse régionale, citant des sources policières", "la presse régionale"),
    ("la CGT, 18 000 selon la préfecture", "la CGT"),
    ("Paul Merle, 56 ans, boulanger à Nancy", "Paul Merle, 56 ans, boulanger à Nancy"),
    ("Anne Vial, chercheuse en biologie marine", "Anne Vial, chercheuse en biologie marine"),
])
def test_a_clause_after_the_noun_phrase_is_left_out_and_appositions_stay(phrase, kept):
    assert shaped(phrase) == kept


# --------------------------------------------------------------------------- in context

@pytest.mark.parametrize("text, expected", [
    ("Le maire a signé. Il a d'ailleurs estimé que la route serait refaite en mai.", "Il"),
    ("« Nous tiendrons parole », a tout de même concédé le maire de Brignac.", "le maire de Brignac"),
    ("« La digue tiendra », avait dans un premier temps indiqué la préfecture.", "la préfecture"),
    ("« La digue tiendra », a par ailleurs assuré la préfète.", "la préfète"),
])
def test_a_connector_inside_the_verb_group_leaves_the_subject_to_be_found(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Les syndicats ont protesté. L'un d'eux a affirmé que la grève continuerait.", "L'un d'eux"),
    ("« La grève continuera », a affirmé l'un d'entre eux.", "l'un d'entre eux"),
    ("« La grève continuera », ont assuré plusieurs d'entre elles.", "plusieurs d'entre elles"),
])
def test_a_partitive_keeps_its_complement(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("« La route est fermée », ont indiqué la préfecture et la gendarmerie.", "la préfecture et la gendarmerie"),
    ("« Rien n'est joué », ont répété le maire et son adjointe.", "le maire et son adjointe"),
])
def test_a_coordinated_subject_after_the_verb_is_kept_whole(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Les « gilets verts » du nord de la Bretagne ont annoncé qu'ils défileraient samedi.",
     "Les « gilets verts » du nord de la Bretagne"),
    ("Des « faucheurs » de la vallée ont affirmé que la récolte était perdue.", "Des « faucheurs » de la vallée"),
    ("« On ne lâche rien », lui ont répondu les « gilets verts » de Brignac.", "les « gilets verts » de Brignac"),
    ("« On ne lâche rien », a prévenu un orateur des « gilets verts » mercredi.", "un orateur des « gilets verts »"),
    ("« Je regrette », répond le « boxeur ».", "le « boxeur »"),
])
def test_quote_marks_around_a_label_do_not_end_the_subject(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Marc Vidal, visé par une enquête après avoir appelé à bloquer la route, a également appelé à manifester.",
     "Marc Vidal"),
    ("Léa Morin, condamnée en appel pour diffamation et privée de ses droits, a annoncé qu'elle se pourvoirait.",
     "Léa Morin"),
])
def test_a_long_participial_apposition_gives_way_to_the_name_it_describes(quotes_of, text, expected):
    assert set(quotes_of(text)["speaker_mention"]) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("« Nous avons tout perdu », nous a répondu, hier, un boulanger du marché.", "un boulanger du marché"),
    ("« La ville est belle », estime, enthousiaste, Jeanne Morel.", "Jeanne Morel"),
    ("« La ville est belle », nous a confié, dans la matinée, le maire.", "le maire"),
    ("« La route sera prête », a dit à l'AFP Paul Merle, 56 ans, boulanger à Nancy.",
     "Paul Merle, 56 ans, boulanger à Nancy"),
])
def test_the_subject_of_an_incise_is_found_past_a_clitic_an_adjunct_or_a_medium(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pierre Martin a lui jugé que la réforme était juste.", "Pierre Martin"),
    ("Les élus ont eux estimé que la réforme était juste.", "Les élus"),
])
def test_a_stressed_pronoun_inside_the_verb_group_keeps_the_cue(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("« Je ne ferme pas », confie celle qui tient le café depuis vingt ans.", "celle qui tient le café depuis vingt ans"),
    ("« On tiendra », assure celui qui dirige la coopérative.", "celui qui dirige la coopérative"),
])
def test_a_demonstrative_keeps_its_relative_clause(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Près de 21 000 personnes ont déclaré qu'elles viendraient samedi.", "Près de 21 000 personnes"),
    ("Plus d'un Français sur deux estime que la réforme est injuste.", "Plus d'un Français sur deux"),
    ("Moins de 300 habitants ont affirmé qu'ils voteraient.", "Moins de 300 habitants"),
])
def test_a_counted_group_is_a_subject_from_its_first_word(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("« Nous partirons », a prévenu l'intendant Alexandre Coimbra.", "l'intendant Alexandre Coimbra"),
    ("« Le site est fermé », commente le guide en montrant la grille.", "le guide"),
])
def test_a_word_after_an_article_is_a_noun_whatever_its_form(mention, text, expected):
    assert mention(text) == expected


def test_a_clitic_object_before_a_participle_is_no_mention(quotes_of):
    out = quotes_of("Le syndicat refuse ce débat, le jugeant « biaisé ».")
    assert "le" not in set(out["speaker_mention"])


@pytest.mark.parametrize("text, expected", [
    ("Dénonçant la « gestion du chaos » du gouvernement, un des représentants du collectif, Marc Vidal, a appelé "
     "à manifester.", "un des représentants du collectif, Marc Vidal"),
    ("Estimant que la réforme était injuste, la maire a annoncé qu'elle porterait plainte.", "la maire"),
    ("Soulignant que la route restait fermée, le préfet a demandé de la patience.", "le préfet"),
])
def test_a_fronted_participle_speaks_for_the_subject_of_the_main_clause(quotes_of, text, expected):
    out = quotes_of(text)
    first = out[out["cue"].str[0].str.isupper()]
    assert list(first["speaker_mention"]) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Selon un témoin qui a filmé la scène, Cyprien Roux, il s'agit d'un accident.",
     "un témoin qui a filmé la scène, Cyprien Roux"),
    ("D'après une voisine qui a tout vu, Maryse Colin, le camion roulait trop vite.",
     "une voisine qui a tout vu, Maryse Colin"),
    ("« Nous ne prévoyons pas de violences », a déclaré le porte-parole de la police, l'intendant Alexandre Coimbra.",
     "le porte-parole de la police, l'intendant Alexandre Coimbra"),
])
def test_the_name_in_apposition_after_a_role_belongs_to_the_mention(quotes_of, text, expected):
    assert list(quotes_of(text)["speaker_mention"]) == [expected]


def test_a_name_after_a_relative_clause_without_commas_around_it_stays_out(quotes_of):
    out = quotes_of("Selon le maire qui a reçu les manifestants, la route sera rouverte.")
    assert list(out["speaker_mention"]) == ["le maire"]


@pytest.mark.parametrize("text, expected", [
    ("La préfecture et la gendarmerie ont indiqué que la route était fermée.", "La préfecture et la gendarmerie"),
    ("Le maire et ses adjoints ont estimé que la route devait rouvrir.", "Le maire et ses adjoints"),
    ("La fédération du commerce et des services a estimé que les soldes étaient ratés.",
     "La fédération du commerce et des services"),
])
def test_coordinated_noun_phrases_before_the_verb_are_one_subject(mention, text, expected):
    assert mention(text) == expected


def test_a_clause_before_et_is_not_part_of_the_next_subject(mention):
    assert mention("Il a rencontré le maire et la préfète a dit que la route était fermée.") == "la préfète"


@pytest.mark.parametrize("text, expected", [
    ("Le président a dénoncé l'Union européenne, qui n'a pas reconnu son mandat et l'a menacé de « sanctions ».",
     "l'Union européenne"),
    ("Les élus saluent la coopérative qui a racheté l'usine et promet « zéro licenciement ».", "la coopérative"),
])
def test_a_predicate_coordinated_in_a_relative_clause_speaks_for_the_antecedent(quotes_of, text, expected):
    out = quotes_of(text)
    assert expected in set(out["speaker_mention"])


def test_a_second_predicate_of_the_main_clause_keeps_its_own_subject(quotes_of):
    out = quotes_of("Le maire a dit que la route était fermée et a ajouté qu'elle rouvrirait en mai.")
    assert set(out["speaker_mention"]) == {"Le maire"}


@pytest.mark.parametrize("text, expected", [
    ("« On recule », a estimé le vice-président du parti « Les Verts », Damien Abad.",
     "le vice-président du parti « Les Verts », Damien Abad"),
    ("« Vous nous méprisez », prévient le collectif de « gilets verts » « La Colère » dans une lettre.",
     "le collectif de « gilets verts » « La Colère »"),
])
def test_a_quoted_name_after_a_noun_belongs_to_the_subject(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("« Il a agi avec mesure », a estimé auprès de l'AFP le procureur de la République.",
     "le procureur de la République"),
    ("Les Français semblent partagés. D'un côté, 67 % d'entre eux estiment que la consultation est utile.",
     "67 % d'entre eux"),
    ("Le parti tente de rallier ceux qui estiment que la réforme va trop loin.", "ceux"),
    ("« Ce procès n'est pas celui du déni », avait d'emblée affirmé l'avocat général Marc Tissot.",
     "l'avocat général Marc Tissot"),
    ("« Nous avons gagné », lance Me Vasseur, jubilant.", "Me Vasseur"),
])
def test_more_cut_and_run_on_mentions_found_on_real_pages(mention, text, expected):
    assert mention(text) == expected


@pytest.mark.parametrize("phrase, kept", [
    ("A ses côtés, Youssef Benali", "Youssef Benali"),
    ("À l'inverse, les élus", "les élus"),
    ("Soit M. Martin", "M. Martin"),
])
def test_a_fronted_adverbial_before_the_subject_is_left_out(phrase, kept):
    assert shaped(phrase) == kept


@pytest.mark.parametrize("text, expected", [
    ("Celui qui a rejoint la majorité (il est ministre depuis 2017) relevait qu'il estimait la hausse « inévitable ».",
     "Celui qui a rejoint la majorité (il est ministre depuis 2017)"),
    ("Celle qui préfère rester discrète affirme avoir parlé au gérant.", "Celle qui préfère rester discrète"),
])
def test_a_demonstrative_and_its_relative_clause_are_the_subject(quotes_of, text, expected):
    assert expected in set(quotes_of(text)["speaker_mention"])
