"""Reading attributing strings that are groups, partitives, pronouns with a relative, quoted labels:
what parse_mention makes of them, and whom they resolve to in texts we wrote."""

from __future__ import annotations

import pytest

from analysis.speakers.mentions import parse_mention


def parse(text: str):
    return parse_mention(text, 0, len(text))


@pytest.mark.parametrize("text", ["Près de 21 000 personnes", "Plus d'un Français sur deux (53 %)",
                                  "195 000 manifestants", "Moins de 300 habitants", "Environ 150 « bonnets verts »",
                                  "Quelque 300 élus", "environ 40 riverains"])
def test_a_counted_group_is_an_unnamed_source_never_a_name(text):
    m = parse(text)
    assert m.kind == "unnamed source" and m.number == "p" and not m.names


@pytest.mark.parametrize("text, number", [
    ("des Français", "p"), ("les jeunes Flamands nationalistes", "p"), ("deux étudiants tunisiens", "p"),
    ("un jeune Français arrêté à son retour", "s"), ("des Belges", "p"),
])
def test_people_of_a_nationality_are_an_unnamed_source_not_the_nationality(text, number):
    m = parse(text)
    assert m.kind == "unnamed source" and not m.names and m.number == number


def test_a_nationality_noun_with_the_definite_article_still_describes_a_person():
    m = parse("La Danoise")
    assert m.kind == "person" and m.role is not None and m.gender == "f"


@pytest.mark.parametrize("text, gender", [
    ("L'un d'eux", ""), ("l'une d'entre elles", "f"), ("plusieurs d'entre eux", ""), ("Les deux tiers d'entre eux", ""),
])
def test_a_partitive_pronoun_is_part_of_a_group(text, gender):
    m = parse(text)
    assert m.anaphor == "part" and m.gender == gender


@pytest.mark.parametrize("text, gender, number", [
    ("celle qui tient le café depuis vingt ans", "f", "s"), ("celui qui dirige la coopérative", "m", "s"),
    ("ceux qui ont marché depuis Lyon", "m", "p"),
])
def test_a_demonstrative_with_its_relative_is_a_pronoun(text, gender, number):
    m = parse(text)
    assert (m.anaphor, m.gender, m.number) == ("pronoun", gender, number)


@pytest.mark.parametrize("text, outlet", [("nos confrères de RTL", "RTL"), ("notre consœur de Radio Nord", "Radio Nord")])
def test_our_colleagues_of_an_outlet_are_that_outlet(text, outlet):
    m = parse(text)
    assert m.org == outlet and m.kind in {"media", "organisation"}


def test_quote_marks_inside_a_group_are_read_as_its_words():
    m = parse("le collectif de « gilets verts »")
    assert m.org.endswith("»") and m.org.count("«") == m.org.count("»")


# --------------------------------------------------------------------------- in context

@pytest.mark.parametrize("text, fragment, speaker", [
    ("Les syndicats de cheminots ont protesté. L'un d'eux a affirmé que la grève continuerait.", "la grève",
     "les syndicats de cheminots"),
    ("Anne Morel tient un café place du marché. « Je ne ferme pas », confie celle qui y travaille depuis vingt ans.",
     "Je ne ferme pas", "Anne Morel"),
    ("« Le projet est abandonné », selon nos confrères de RTL.", "Le projet", "RTL"),
    ("Plus d'un Français sur deux (53 %) estime que la réforme est injuste.", "la réforme",
     "Plus d'un Français sur deux (53 %)"),
    ("« La route est fermée », ont affirmé des Français rencontrés à Brignac.", "La route",
     "des Français rencontrés à Brignac"),  # (the place they were met belongs to the description)
])
def test_groups_partitives_and_pronouns_resolve_to_whom_they_stand_for(resolve_text, speaker_of, text, fragment,
                                                                      speaker):
    assert speaker_of(resolve_text(text), fragment) == speaker


@pytest.mark.parametrize("text, org", [
    ("le collectif de « gilets verts » « La Colère »", "La Colère"), ("le parti « Les Verts »", "Les Verts"),
])
def test_a_quoted_name_after_the_noun_that_introduces_it_is_the_body(text, org):
    m = parse(text)
    assert (m.kind, m.org) == ("organisation", org)


@pytest.mark.parametrize("text, names", [
    ("Lire aussi Paul Martin", ["Paul Martin"]), ("LIRE AUSSI - Aude Morin", ["Aude Morin"]), ("LIRE AUSSI", []),
    ("Interpellations Le ministre", ["Interpellations"]), ("Taxe À", ["Taxe"]), ("Marine Le Pen", ["Marine Le Pen"]),
])
def test_page_furniture_and_a_glued_article_or_preposition_are_no_part_of_a_name(text, names):
    assert [n.text for n in parse(text).names] == names


def test_an_unnamed_source_read_after_a_preposition_keeps_its_article(resolve_text, speaker_of):
    text = ("Le tribunal a entendu le prévenu mardi. « Je regrette », a-t-il déclaré au prévenu. "
            "« J'ai eu peur », rétorque le prévenu.")
    out = resolve_text(text)
    assert not any(str(s).startswith(("au ", "aux ")) for s in out["speaker"])


@pytest.mark.parametrize("text, author", [
    ("Conclusion d'un candidat de la majorité", "candidat de la majorité"),
    ("la réaction du maire", "maire"),
    ("Réponse de la préfecture", "préfecture"),
])
def test_a_conclusion_a_reaction_an_answer_are_their_author_s(text, author):
    m = parse(text)
    assert m.kind == "document" and m.inner is not None
    assert author in (m.inner.org or (m.inner.role.text if m.inner.role else ""))


def test_every_word_of_page_furniture_is_kept_out_of_names():
    assert [n.text for n in parse("» LIRE AUSSI - Paul Martin").names] == ["Paul Martin"]


@pytest.mark.parametrize("text, name", [
    ("le général à la retraite Paul Marin", "Paul Marin"),
    ("le secrétaire d'État à l'Intérieur Léa Morin", "Léa Morin"),
])
def test_a_role_with_a_complement_in_a_still_names_its_holder(text, name):
    m = parse(text)
    assert m.kind == "person" and [n.text for n in m.names] == [name]


def test_a_source_placed_in_an_institution_stays_an_unnamed_source():
    m = parse("une source au ministère de l'Intérieur")
    assert m.kind == "unnamed source" and not m.names


@pytest.mark.parametrize("text", ["le ministère de la Santé et des Services sociaux",
                                  "le service départemental d'incendie et de secours (Sdis)",
                                  "la fédération du commerce et des services"])
def test_a_complement_coordinated_after_de_keeps_one_body(text):
    m = parse(text)
    assert m.kind == "organisation" and not m.parts


def test_two_bodies_each_with_an_article_are_still_two():
    assert len(parse("la CFDT et la CGT").parts) == 2


@pytest.mark.parametrize("text", ["Rome, Berlin et Madrid", "Genève, Lausanne, Sion et Fribourg"])
def test_one_word_names_listed_with_commas_are_one_plural_source(text):
    m = parse(text)
    assert m.org == text and m.number == "p" and not m.names


def test_two_people_named_in_full_stay_two_people():
    assert [n.text for n in parse("Paul Marin et Léa Morin").names] == ["Paul Marin", "Léa Morin"]
