"""Speaker resolution: descriptions of a person named further back, functions held with a trade
(« le syndicaliste »), academic titles, lawyers' other nouns, regional demonyms before a name, names after a
bare-noun complement, offices that are another wording (texts written for these tests)."""

from __future__ import annotations

from analysis.speakers.scan import Sentence, scan


def mentions(text: str):
    return scan(text, [Sentence(0, 0, len(text))])


def test_an_age_description_reaches_back_to_the_person_named_in_the_lede(resolve_text, speaker_of):
    out = resolve_text(
        "Quatre ans de prison ont été requis lundi contre Gaétan Morvillier, gérant d'une agence de voyages.\n\n"
        "Selon l'accusation, l'agence encaissait des acomptes pour des séjours jamais réservés.\n\n"
        "La procureure Lucie Andrieux a parlé d'un « système ». Plus de 300 clients ont porté plainte.\n\n"
        "Le quadragénaire a reconnu « des erreurs de trésorerie » et assuré avoir voulu rembourser tout le monde.\n"
    )
    assert speaker_of(out, "erreurs de trésorerie") == "Gaétan Morvillier"


def test_a_far_description_stays_as_written_when_someone_else_was_named_after(resolve_text, speaker_of):
    out = resolve_text(
        "Le maire, Hubert Sarrazin, a inauguré la halle samedi.\n\n"
        "Le chantier a duré deux ans. Le conseiller Bastien Loiseau a salué le travail des artisans.\n\n"
        "La halle accueillera un marché le mercredi.\n\n"
        "« C'est un beau jour pour le bourg », a déclaré le sexagénaire.\n"
    )
    assert speaker_of(out, "beau jour") != "Hubert Sarrazin"


def test_the_trade_unionist_can_be_the_teacher_named_before(resolve_text, speaker_of):
    out = resolve_text(
        "« Les classes sont surchargées », dénonce Yannick Berthelot, professeur d'histoire à Vierzon et "
        "secrétaire départemental du Snes. Le syndicaliste affirme que douze postes manquent dans le département.\n"
    )
    assert speaker_of(out, "douze postes") == "Yannick Berthelot"


def test_the_professor_is_the_historian_just_named(resolve_text, speaker_of):
    out = resolve_text(
        "L'historienne Mathilde Vasseur, de l'université de Poitiers, a étudié les registres. « Ces archives "
        "changent notre lecture de la guerre », affirme la professeure.\n"
    )
    assert speaker_of(out, "changent notre lecture") == "Mathilde Vasseur"


def test_the_criminal_lawyer_is_the_lawyer_named_before(resolve_text, speaker_of):
    out = resolve_text(
        "L'avocat de la défense, Me Rodolphe Ancelin, a plaidé l'acquittement. « Le dossier est vide », a lancé "
        "le pénaliste.\n"
    )
    assert speaker_of(out, "dossier est vide") == "Rodolphe Ancelin"


def test_the_edile_is_the_mayor(resolve_text, speaker_of):
    out = resolve_text(
        "Le maire, Florent Duchaussoy, a réuni les habitants jeudi soir. « Nous ne fermerons pas l'école », "
        "a promis l'édile.\n"
    )
    assert speaker_of(out, "fermerons pas") == "Florent Duchaussoy"


def test_a_regional_demonym_before_a_name_is_a_person():
    found = [m for m in mentions("Un autre expert, le Rennais Aurélien Guillou, conteste cette date.") if m.names]
    assert [n.text for n in found[0].names] == ["Aurélien Guillou"]
    assert found[0].kind == "person" and found[0].role is not None and found[0].role.head == "rennais"
    # the country keeps its name: an epicene demonym with no name after it is no person
    assert all(m.kind != "person" for m in mentions("La Suisse a refusé l'accord."))


def test_the_regional_demonym_is_the_athlete_named_before(resolve_text, speaker_of):
    out = resolve_text(
        "La skieuse Romane Chappuis a été suspendue deux mois. « Je n'ai jamais triché », assure la Savoyarde.\n"
    )
    assert speaker_of(out, "jamais triché") == "Romane Chappuis"


def test_a_name_after_a_bare_noun_complement_is_the_person():
    found = [m for m in mentions("Face à lui, la conseillère municipale d'opposition Inès Calmette brandit un dossier.")
             if m.role is not None]
    assert [n.text for n in found[0].names] == ["Inès Calmette"]
    assert "calmette" not in found[0].role.quals


def test_the_cantonal_minister_is_the_state_councillor(resolve_text, speaker_of):
    out = resolve_text(
        "La conseillère d'État Corinne Berclaz a présenté le plan lundi. La ministre cantonale a estimé que la "
        "ligne devait rouvrir avant l'hiver.\n"
    )
    assert speaker_of(out, "avant l'hiver") == "Corinne Berclaz"


def test_an_unnamed_prefect_stays_as_written(resolve_text, speaker_of):
    out = resolve_text(
        "Les éleveurs ont manifesté devant la préfecture. Leur porte-parole, Gilles Carnot, réclame une aide.\n\n"
        "Le préfet a indiqué qu'une cellule de crise serait réunie vendredi.\n"
    )
    assert speaker_of(out, "cellule de crise") == "le préfet"
