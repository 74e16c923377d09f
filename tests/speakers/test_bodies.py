"""Speaker resolution: organisation descriptions, acronyms and full names, wrong mention strings, capitals.

Every text is invented for these tests."""

from __future__ import annotations

from analysis.speakers.acronyms import acronyms, spells_loosely
from analysis.speakers.bodies import kinds_of, named_bodies
from analysis.speakers.mentions import parse_mention

# ----------------------------------------------------------------------------- body descriptions

def test_museum_description_is_the_museum_named_before(resolve_text, speaker_of) -> None:
    out = resolve_text("Le Musée des arts textiles de Corvanne a rouvert ses portes samedi. "
              "Selon le musée, plus de trois mille visiteurs sont venus le premier jour.")
    assert speaker_of(out, "trois mille visiteurs") == "Musée des arts textiles de Corvanne"


def test_lowercase_body_with_a_place_is_named_by_its_noun(resolve_text, speaker_of) -> None:
    out = resolve_text("Le vicariat de Montclaire a confirmé la fermeture de l'église Saint-Ours. "
              "Une dernière messe sera célébrée le 3 mai, a annoncé le vicariat.")
    assert "vicariat de Montclaire" in speaker_of(out, "dernière messe")


def test_institution_is_the_public_body_named_before(resolve_text, speaker_of) -> None:
    out = resolve_text("Le rectorat de l'académie de Valbois a suspendu l'enseignante. "
              "L'institution affirme qu'une enquête administrative est en cours.")
    assert "rectorat de l'académie de Valbois" in speaker_of(out, "enquête administrative")


def test_company_named_by_a_trade_noun_before_its_name(resolve_text, speaker_of) -> None:
    out = resolve_text("Le fabricant de meubles Bordane a publié jeudi ses résultats annuels. "
              "Le groupe assure que ses ventes ont progressé de 4 %.")
    assert speaker_of(out, "ventes ont progressé") == "Bordane"


def test_sector_noun_stands_for_the_company_just_cited(resolve_text, speaker_of) -> None:
    out = resolve_text("Selon Voltane, la centrale devra réduire sa production. "
              "L'électricien précise que la sûreté des installations n'est pas en jeu.")
    assert speaker_of(out, "sûreté des installations") == "Voltane"


def test_description_of_another_kind_is_not_the_union(resolve_text, speaker_of) -> None:
    out = resolve_text("Le rectorat de l'académie de Valbois a ouvert une enquête. "
              "« Ces mutations sont injustes », dénonce le Snelt-CGA, principal syndicat des enseignants. "
              "Les postes seront pourvus à la rentrée, assure l'administration.")
    assert "rectorat" in speaker_of(out, "postes seront pourvus")


def test_club_is_the_club_named_last_not_one_named_in_passing(resolve_text, speaker_of) -> None:
    out = resolve_text("Le milieu de terrain du FC Varennes aurait trouvé un accord avec un club anglais. "
              "D'après la presse britannique, le club de Harlow aurait relevé son offre. "
              "Une information que le FC Varennes n'a pas confirmée. "
              "Le joueur a repris l'entraînement, a indiqué le club dans un communiqué.")
    assert speaker_of(out, "repris l'entraînement") == "FC Varennes"


def test_no_compatible_body_keeps_the_description_as_written(resolve_text, speaker_of) -> None:
    out = resolve_text("Le syndicat Force paysanne a manifesté devant la préfecture. "
              "Le musée rappelle que l'exposition reste ouverte.")
    assert speaker_of(out, "exposition reste ouverte") == "le musée"


# ----------------------------------------------------------------------------- acronyms

def test_acronym_spelt_inside_a_word_and_used_before_its_definition(resolve_text, speaker_of) -> None:
    text = ("L'OFAV a indiqué que des discussions techniques étaient en cours. « Il n'y a pas de crise », "
            "tempère le porte-parole de l'Office fédéral de l'aviation (OFAV), Martin Kessler.")
    assert acronyms(text)["ofav"][0] == "Office fédéral de l'aviation (OFAV)"
    out = resolve_text(text)
    assert speaker_of(out, "discussions techniques") == "Office fédéral de l'aviation (OFAV)"


def test_lowercase_ministry_with_an_acronym_that_adds_a_place() -> None:
    text = ("Le ministère de l'Agriculture, des Forêts et de l'Élevage (MAFEQ) a indiqué qu'un programme "
            "d'aide serait annoncé au printemps.")
    assert acronyms(text)["mafeq"][0].startswith("ministère de l'Agriculture, des Forêts et de l'Élevage")
    assert spells_loosely("MAFEQ", ["ministère", "de", "l'Agriculture", "des", "Forêts", "et", "de", "l'Élevage"])
    assert not spells_loosely("MAFEQ", ["ministère", "de", "l'Agriculture"])


def test_place_after_the_acronym_is_part_of_the_full_name() -> None:
    text = "L'Agence régionale de santé (ARS) Haute-Loire-Vivarais renvoie à la pénurie de médecins."
    assert acronyms(text)["ars"][0] == "Agence régionale de santé Haute-Loire-Vivarais (ARS)"


# ----------------------------------------------------------------------------- mention strings

def test_lawyer_after_son_conseil_is_the_speaker() -> None:
    m = parse_mention("Son conseil, Me Hugo Barthelet", 0, 30)
    assert [n.text for n in m.names] == ["Hugo Barthelet"] and not m.org


def test_selon_ses_calculs_is_the_person(resolve_text, speaker_of) -> None:
    out = resolve_text("L'économiste Léa Fontanaz a revu ses prévisions. Selon ses calculs, la croissance "
              "ne dépassera pas 1 % cette année.")
    assert speaker_of(out, "croissance") == "Léa Fontanaz"


def test_medium_told_is_not_the_speaker(resolve_text, speaker_of) -> None:
    out = resolve_text("« C'est un mauvais signal », a regretté auprès du Courrier picard un sénateur de l'opposition.")
    assert speaker_of(out, "mauvais signal") == "un sénateur de l'opposition"


def test_first_person_possessive_inside_a_quotation(resolve_text, speaker_of) -> None:
    out = resolve_text("Le vigneron Paul Esseiva constate les dégâts. « Mon père me disait : ‹ La grêle ne prévient "
              "jamais ›. Il avait raison », soupire-t-il.")
    nested = out[out["speaker_mention"] == "Mon père"]
    assert nested["speaker"].tolist() == ["père de Paul Esseiva"]
    assert speaker_of(out, "Il avait raison") == "Paul Esseiva"


# ----------------------------------------------------------------------------- capitals and word lists

def test_capital_stands_for_the_state_the_article_names(resolve_text, speaker_of) -> None:
    out = resolve_text("La Suisse et l'Italie se retrouveront en septembre. Berne assure que la discussion se fera "
              "« sans tabou ».")
    assert speaker_of(out, "sans tabou") == "Suisse"


def test_capital_is_its_state_with_the_capital_as_alias_when_the_state_is_not_named(resolve_text, speaker_of) -> None:
    out = resolve_text("Les négociations reprendront en septembre. Berne assure que la discussion se fera « sans tabou ».")
    assert speaker_of(out, "sans tabou") == "Suisse (Berne)"


def test_body_kinds_and_named_bodies() -> None:
    assert "company" in kinds_of("électricien") and "team" in kinds_of("club")
    assert not kinds_of("ministre")
    names = [b.name for b in named_bodies("Au Musée des beaux-arts de Corvanne, puis au vicariat de Montclaire.")]
    assert names == ["Musée des beaux-arts de Corvanne", "vicariat de Montclaire"]


# --------------------------------------------------------------------------- the fullest name of a body


def test_a_generic_body_takes_the_one_qualified_body_of_that_noun(resolve_text, speaker_of):
    out = resolve_text("« Les recherches sont suspendues », a annoncé la police mercredi.\n\n"
                       "« Deux skieurs sont blessés », a écrit la police cantonale de Vaudreuil sur son site.\n")
    assert speaker_of(out, "recherches sont") == "la police cantonale de Vaudreuil"
    assert speaker_of(out, "skieurs") == "la police cantonale de Vaudreuil"


def test_a_body_qualified_by_nothing_but_a_generic_adjective_takes_the_national_one(resolve_text, speaker_of):
    out = resolve_text("La police slovène a annoncé un dispositif lundi.\n\n"
                       "« Toute manifestation doit être déclarée », a rappelé la police nationale.\n")
    assert speaker_of(out, "manifestation doit") == "la police slovène"


def test_a_generic_body_stays_as_written_when_two_bodies_of_that_noun_are_named(resolve_text, speaker_of):
    out = resolve_text("La police slovène et la police croate patrouillent ensemble.\n\n"
                       "« La frontière reste ouverte », a déclaré la police nationale.\n")
    assert speaker_of(out, "frontière reste") == "la police nationale"


def test_a_generic_body_is_one_id_per_country_not_one_for_the_whole_corpus(quotes_of):
    import pandas as pd

    from analysis.speakers import resolve

    texts = {"be": "« Les mesures sont prêtes », a indiqué le gouvernement lundi.",
             "qc": "« Les mesures sont prêtes », a indiqué le gouvernement mardi.",
             "be2": "« Rien ne change », a précisé le gouvernement, cité par la police portugaise."}
    articles = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()), "path": list(texts),
                             "country": ["Belgique", "Québec", "Belgique"]})
    quotes = pd.concat([quotes_of(t).assign(doc_id=d, quote_id=lambda q, d=d: d + q["quote_id"].astype(str))
                        for d, t in texts.items()], ignore_index=True)
    ids = resolve(quotes, articles).set_index("doc_id")["speaker_id"]
    assert ids["be"] == ids["be2"] == "le-gouvernement@belgique"
    assert ids["qc"] == "le-gouvernement@quebec"
    without = resolve(quotes, articles.drop(columns="country")).set_index("doc_id")["speaker_id"]
    assert without["be"] == "le-gouvernement@be" and without["qc"] == "le-gouvernement@qc"


def test_a_short_name_followed_by_its_full_name_is_defined_too(resolve_text, speaker_of):
    assert acronyms("La CTQ (Compagnie des transports de Quimper) a répondu.")["ctq"][0] == \
        "Compagnie des transports de Quimper (CTQ)"
    assert acronyms("Selon l'Acnum (l'Agence du numérique), tout va bien.")["acnum"][0] == "Agence du numérique (Acnum)"
    assert "paris" not in acronyms("Paris (France) reste calme.")
    out = resolve_text("« Les bus rouleront lundi », a assuré la CTQ (Compagnie des transports de Quimper) dimanche.")
    assert speaker_of(out, "bus rouleront") == "Compagnie des transports de Quimper (CTQ)"


def test_a_metonym_is_the_body_it_stands_for_named_or_not(resolve_text, speaker_of):
    out = resolve_text("« Le dispositif sera renforcé », a fait savoir la place Beauvau dimanche.")
    assert speaker_of(out, "dispositif") == "ministère de l'Intérieur (la place Beauvau)"
    out = resolve_text("La présidence française a préparé le sommet.\n\n« Rien n'est arrêté », a indiqué l'Élysée.")
    assert speaker_of(out, "Rien n'est") == "la présidence française"
    out = resolve_text("La présidence de la République a préparé le sommet.\n\n« Rien n'est arrêté », a indiqué l'Élysée.")
    assert speaker_of(out, "Rien n'est") == "la présidence de la République"


def test_a_metonym_does_not_join_another_body_of_the_same_noun(resolve_text, speaker_of):
    out = resolve_text("Le ministère du Travail a publié ses chiffres.\n\n« La dette sera tenue », a assuré Bercy.")
    assert speaker_of(out, "dette sera") != "le ministère du Travail"


def test_a_title_keeps_the_capital_article_it_is_written_with_inside_a_sentence(resolve_text, speaker_of):
    out = resolve_text("Le journal satirique Le Hérisson déchaîné révèle que le ministre a menti. "
                       "D'après le Hérisson déchaîné, rien ne change.")
    assert speaker_of(out, "ministre a menti") == "Le Hérisson déchaîné"
    assert speaker_of(out, "rien ne change") == "Le Hérisson déchaîné"
    out = resolve_text("La Fédération des pêcheurs a protesté. Selon la fédération, rien ne change.")
    assert speaker_of(out, "rien ne change") == "Fédération des pêcheurs"


# --------------------------------------------------------------------------- documents and their authors


def test_the_authors_of_a_study_are_the_group_shown_at_work_not_a_place_named_near_them(resolve_text, speaker_of):
    out = resolve_text(
        "Intrigués par ce cas, des chercheurs de l'université de Kerlouan se sont penchés sur la rumeur.\n\n"
        "La rumeur s'est répandue en mars.\n\n"
        "Pour comprendre sa diffusion en Europe (notamment en Belgique), les auteurs ont compté les messages. "
        "Selon les auteurs, le ministre n'est pas le seul fautif. Selon leur étude, la rumeur a explosé après "
        "un message officiel.\n")
    assert speaker_of(out, "seul fautif") == "des chercheurs de l'université de Kerlouan"
    assert speaker_of(out, "rumeur a explosé") == "des chercheurs de l'université de Kerlouan"
