"""Speaker resolution: descriptions bound through related trades, nationality nouns,
body acronyms after role nouns, epicene titles, participles at sentence start and « elle » after a
body of unknown gender (texts written for these tests)."""

from __future__ import annotations

from analysis.speakers.mentions import parse_mention


def test_a_body_acronym_after_a_role_noun_is_no_name():
    text = "Odile Perrichon, déléguée FSU, vingt ans de métier"
    m = parse_mention(text, 0, len(text))
    assert [n.text for n in m.names] == ["Odile Perrichon"]
    assert m.role is not None and m.role.head == "delegue" and "fsu" in m.role.quals
    text = "le conseiller CFTC Hugo Lemarchal"
    m = parse_mention(text, 0, len(text))
    assert [n.text for n in m.names] == ["Hugo Lemarchal"]


def test_the_union_delegate_is_then_the_trade_unionist(resolve_text, speaker_of):
    out = resolve_text(
        "« Nous ne lâcherons rien », prévient Odile Perrichon, déléguée FSU, vingt ans de métier. La syndicaliste "
        "affirme que le rectorat avait promis trois postes. « On attend toujours », rappelle-t-elle.\n"
    )
    assert speaker_of(out, "trois postes") == "Odile Perrichon"
    assert speaker_of(out, "attend toujours") == "Odile Perrichon"


def test_le_dr_is_no_evidence_of_a_man_and_a_doctor_is_the_practitioner(resolve_text, speaker_of):
    text = "le Dr Lucie Marchetti"
    assert parse_mention(text, 0, len(text)).gender == ""
    out = resolve_text(
        "« Nous manquons de bras », explique le Dr Lucie Marchetti, cheffe du service de pédiatrie.\n\n"
        "La praticienne affirme avoir prévenu sa direction en juin.\n"
    )
    assert speaker_of(out, "prévenu sa direction") == "Lucie Marchetti"


def test_a_related_trade_binds_the_description(resolve_text, speaker_of):
    out = resolve_text(
        "« Le signal est net », s'enthousiasme l'astrophysicienne Maëva Quintard. La chercheuse précise que les "
        "mesures ont duré trois nuits.\n\n"
        "L'économiste Olaf Brenning, professeur à l'université de Tromsø, se montre prudent. Aux yeux de "
        "l'universitaire, la hausse restera modeste.\n"
    )
    assert speaker_of(out, "trois nuits") == "Maëva Quintard"
    assert speaker_of(out, "restera modeste") == "Olaf Brenning"


def test_a_nationality_noun_is_the_person_named_before(resolve_text, speaker_of):
    out = resolve_text(
        "« Nous ne céderons pas », a déclaré la commissaire européenne à l'Énergie, Birgitta Lindqvist. La Suédoise "
        "a précisé que des mesures seraient présentées lundi.\n"
    )
    assert speaker_of(out, "ne céderons pas") == "Birgitta Lindqvist"
    assert speaker_of(out, "présentées lundi") == "Birgitta Lindqvist"


def test_a_participle_at_sentence_start_is_no_first_name(resolve_text, speaker_of):
    out = resolve_text(
        "Une comète a été repérée par des amateurs. Baptisée KX-21 c, elle passera près de la Terre en mai.\n\n"
        "« Le spectacle sera rare », s'enthousiasme l'astronome Clarisse Ovide. La scientifique précise que la "
        "comète sera visible à l'œil nu.\n"
    )
    assert speaker_of(out, "à l'œil nu") == "Clarisse Ovide"
    assert not out["speaker"].astype(str).str.contains("Baptisée").any()


def test_elle_after_a_body_of_unknown_gender_is_the_woman_of_the_paragraph(resolve_text, speaker_of):
    out = resolve_text(
        "« Les urgences ferment la nuit », déplore le Dr Nadège Fourcade, cheffe des urgences.\n\n"
        "Le Dr Fourcade, elle, n'attend plus rien. Elle doute que l'hôpital rouvre avant l'hiver. « Je partirai "
        "aussi », prévient-elle.\n"
    )
    assert speaker_of(out, "partirai aussi") == "Nadège Fourcade"


def test_a_former_office_in_an_apposition_belongs_to_the_person(resolve_text, speaker_of):
    out = resolve_text(
        "Le tribunal a jugé jeudi Gérard Montferrand, ancien maire de Saint-Ours, pour favoritisme.\n\n"
        "« Tout était légal », a déclaré la procureure Anne Ribaud, ironique.\n\n"
        "La défense a plaidé la relaxe.\n\n"
        "À la barre, l'ancien maire a contesté les faits. « Je n'ai rien touché », a-t-il déclaré.\n"
    )
    assert speaker_of(out, "rien touché") == "Gérard Montferrand"


def test_an_unnamed_office_is_not_the_person_just_welcomed(resolve_text, speaker_of):
    out = resolve_text(
        "Hier, le conseil a accueilli Jean Morvandiau, nouveau directeur des services. Le préfet a rappelé dans un "
        "courrier que le budget devait être voté avant avril.\n"
    )
    assert speaker_of(out, "avant avril") == "le préfet"
