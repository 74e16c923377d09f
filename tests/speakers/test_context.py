"""Speaker resolution from context, on texts the project wrote: each test is one general mechanism.

The texts run through the real extractor and resolver (``extract_quotes`` then ``resolve``), so
they check what a user gets. The gold articles of tests/data/quotes (one genre each: court,
interview, study, plant closure, diplomacy, live blog …) are also scored end to end here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluate import PLURAL_SEPARATOR, load_gold, score, speaker_matches
from analysis.quotes import extract_quotes
from analysis.speakers import SEPARATOR, resolve

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "quotes"
GOLD_NAMES = sorted(p.stem for p in (GOLD_DIR / "gold").glob("*.json"))




@pytest.fixture(scope="module")
def gold_run():
    articles, gold = load_gold(GOLD_DIR)
    quotes = resolve(extract_quotes(articles), articles)
    return articles, gold, quotes


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_every_gold_speaker_is_resolved(gold_run, name):
    articles, gold, quotes = gold_run
    mine = [g for g in gold if g.doc_id == name]
    text = articles.loc[articles["doc_id"] == name, "text"].iloc[0]
    result = score(quotes[quotes["doc_id"] == name], mine, {name: text})
    wrong = [(g.quote[:50], g.speaker, p["speaker"]) for g, p in result.matches if not speaker_matches(g.speaker, p["speaker"])]
    assert not wrong


def test_the_evaluator_reads_joined_speakers_as_a_coordination():
    assert PLURAL_SEPARATOR == SEPARATOR
    assert speaker_matches("CFDT et CGT", f"CFDT{SEPARATOR}CGT")
    assert speaker_matches("Pierre Le Gall et Jean-Marc Cadiou", f"Pierre Le Gall{SEPARATOR}Jean-Marc Cadiou")
    assert not speaker_matches("CFDT et CGT", "CFDT")


# --------------------------------------------------------------------------- people and roles

def test_an_office_nobody_holds_is_the_person_named_just_before(resolve_text, speaker_of):
    out = resolve_text("Bernard Quilliec a longuement reçu les éleveurs jeudi à Rennes. "
              "Le ministre de l'Agriculture leur a ensuite promis que les aides arriveraient avant l'été.")
    assert speaker_of(out, "les aides arriveraient") == "Bernard Quilliec"


def test_an_office_held_by_someone_else_is_not_taken(resolve_text, speaker_of):
    out = resolve_text("Le maire, Paul Arnoux, a inauguré la salle.\n\n"
              "Le préfet du département a estimé que les normes de sécurité étaient respectées.")
    assert speaker_of(out, "les normes") == "le préfet du département"


def test_a_feminine_form_of_the_office_binds_to_its_holder_and_so_do_pronouns(resolve_text, speaker_of):
    out = resolve_text("La mairesse de Sherval, Johanne Morin, a défendu la taxe. La Ville a publié son budget. "
              "La mairesse estime que la mesure est juste. « Nous ne reculerons pas », a-t-elle ajouté.")
    assert speaker_of(out, "la mesure est juste") == "Johanne Morin"
    assert speaker_of(out, "Nous ne reculerons pas") == "Johanne Morin"


def test_a_broader_role_is_the_person_whose_narrower_role_it_covers(resolve_text, speaker_of):
    out = resolve_text("L'avocate générale, Catherine Le Floch, a requis vingt ans de réclusion. "
              "« Cet homme a prémédité son geste », a martelé la magistrate.")
    assert speaker_of(out, "prémédité") == "Catherine Le Floch"


def test_a_party_to_a_trial_stays_the_same_person_across_the_article(resolve_text, speaker_of):
    out = resolve_text("Le tribunal a jugé mardi Thierry Mauduit, 52 ans, gérant de la société Toits du Val. "
              "Le prévenu comparaissait libre.\n\n"
              "Un ancien salarié, Kévin Roussel, a raconté les faits.\n\n"
              "Le prévenu a contesté toute négligence. Il a assuré que le matériel avait été vérifié.")
    assert speaker_of(out, "le matériel avait été vérifié") == "Thierry Mauduit"


def test_a_relative_by_kinship_is_not_the_person_just_named(resolve_text, speaker_of):
    out = resolve_text("Pour la défense, Me Arnaud Lefranc a réclamé l'acquittement. "
              "Le père, lui, a simplement dit : « Notre fils avait vingt-trois ans. »")
    assert speaker_of(out, "Notre fils") == "le père"


def test_a_pronoun_prefers_a_named_subject_over_an_earlier_pronoun(resolve_text, speaker_of):
    out = resolve_text("La maire, Hélène Costa, s'est exprimée mardi.\n\n"
              "Croisée devant l'école où elle dépose ses enfants, Sonia Perret attend un relogement depuis mars. "
              "« On vit à cinq dans deux pièces », confie-t-elle.")
    assert speaker_of(out, "deux pièces") == "Sonia Perret"


def test_a_pronoun_after_nested_speech_is_the_narrator_not_the_quoted_person(resolve_text, speaker_of):
    out = resolve_text("Une ouvrière, Julie Marchand, affirme avoir entendu le contremaître dire, un matin : "
              "« Pas le temps de sécuriser. » Selon elle, les équipes avaient alerté la direction.")
    assert speaker_of(out, "Pas le temps") == "le contremaître"
    assert speaker_of(out, "les équipes avaient alerté") == "Julie Marchand"


def test_ce_dernier_after_a_quoted_paragraph_is_its_speaker(resolve_text, speaker_of):
    out = resolve_text("Le président de l'union des bailleurs, Gilles Poirier, défend les hausses. "
              "« Nous ne sommes pas des spéculateurs », assure-t-il.\n\n"
              "« Les charges ont doublé en dix ans. »\n\n"
              "Ce dernier juge que la justice devrait statuer plus vite.")
    assert speaker_of(out, "la justice devrait") == "Gilles Poirier"


def test_titled_plural_names_resolve_each_to_the_full_name(resolve_text, speaker_of):
    out = resolve_text("Le directeur, Pierre Le Gall, a ouvert la réunion. Le trésorier, Jean-Marc Cadiou, a présenté les comptes.\n\n"
              "MM. Le Gall et Cadiou ont indiqué que les travaux commenceraient en mai.")
    assert speaker_of(out, "les travaux commenceraient").split(SEPARATOR) == ["Pierre Le Gall", "Jean-Marc Cadiou"]


# --------------------------------------------------------------------------- bodies

def test_an_acronym_is_the_body_it_abbreviates(resolve_text, speaker_of):
    out = resolve_text("Les cotisations progresseront de 3 %, a annoncé l'Office régional de la protection sociale (ORPS). "
              "Selon l'ORPS, la hausse touchera surtout les indépendants.")
    assert speaker_of(out, "la hausse touchera") == "Office régional de la protection sociale (ORPS)"


def test_an_acronym_named_in_the_headline_takes_the_full_name_given_later(resolve_text, speaker_of):
    out = resolve_text("Grève à la RMT\n\n"
              "La Régie métropolitaine des transports (RMT) prévoit un bus sur trois, a annoncé la direction. "
              "La RMT juge les revendications « irréalistes ».")
    assert speaker_of(out, "irréalistes") == "Régie métropolitaine des transports (RMT)"


def test_bodies_with_lower_case_or_multiword_names_are_kept_whole(resolve_text, speaker_of):
    out = resolve_text("Dans un communiqué, santéplus estime que les réserves sont suffisantes. "
              "Santé publique France a indiqué qu'elle publierait ses chiffres lundi.")
    assert speaker_of(out, "les réserves sont suffisantes") == "santéplus"
    assert speaker_of(out, "publierait ses chiffres") == "Santé publique France"


def test_the_company_stands_for_the_named_company_of_its_kind(resolve_text, speaker_of):
    out = resolve_text("Le dépôt est géré par la société Valortri. L'Agence régionale de santé (ARS) a ouvert une enquête.\n\n"
              "Dans un communiqué, l'entreprise affirme que les contrôles étaient à jour.")
    assert speaker_of(out, "les contrôles étaient à jour") == "Valortri"


def test_the_company_is_the_body_the_story_is_about_rather_than_the_last_one_cited(resolve_text, speaker_of):
    out = resolve_text("Le fabricant de pompes Novalis a annoncé la fermeture de son site. La direction invoque « la concurrence ». "
              "Selon le cabinet Arvel Conseil, le site était rentable.\n\n"
              "L'entreprise assure que chaque salarié se verra proposer un poste.")
    assert speaker_of(out, "chaque salarié") == "Novalis"


def test_a_described_body_is_the_body_cited_or_named_just_before(resolve_text, speaker_of):
    out = resolve_text("D'après Eaux de Garonne, la consommation a baissé de 8 %. "
              "L'établissement public souligne que les nappes restent basses.")
    assert speaker_of(out, "les nappes restent") == "Eaux de Garonne"


def test_a_body_described_in_apposition_is_that_body_later(resolve_text, speaker_of):
    out = resolve_text("La rivière a commencé à baisser, a indiqué Vigicrues, le service public d'information sur les crues. "
              "Le niveau reste élevé, précise le service.")
    assert speaker_of(out, "Le niveau reste élevé") == "Vigicrues"


def test_the_government_is_the_government_the_article_named(resolve_text, speaker_of):
    out = resolve_text("Le gouvernement wallon a validé le plan.\n\n"
              "Selon un député, « un gouvernement qui hésite » perd du temps.\n\n"
              "Le gouvernement s'engage à publier un calendrier détaillé.")
    assert speaker_of(out, "publier un calendrier") == "le gouvernement wallon"


def test_a_metonym_is_the_body_the_article_names_else_that_body_with_the_metonym_as_alias(resolve_text, speaker_of):
    named = resolve_text("Le ministère de l'Intérieur suit la situation. "
                "Plus de 1 200 pompiers ont été mobilisés, fait savoir la place Beauvau.")
    assert speaker_of(named, "pompiers ont été mobilisés") == "le ministère de l'Intérieur"
    alone = resolve_text("Plus de 1 200 pompiers ont été mobilisés, fait savoir la place Beauvau.")
    assert speaker_of(alone, "pompiers ont été mobilisés") == "ministère de l'Intérieur (la place Beauvau)"


def test_coordinated_bodies_are_both_speakers(resolve_text, speaker_of):
    out = resolve_text("L'Unsa et la CFTC ont exhorté la direction à rouvrir les discussions.")
    assert speaker_of(out, "rouvrir les discussions").split(SEPARATOR) == ["Unsa", "CFTC"]


# --------------------------------------------------------------------------- documents

def test_a_document_is_its_issuer(resolve_text, speaker_of):
    out = resolve_text("Le fabricant Novalis a annoncé lundi la fermeture de son site. « La baisse des commandes ne nous laisse "
              "pas le choix », explique le communiqué, qui ajoute que des reclassements seront proposés.")
    assert speaker_of(out, "La baisse des commandes") == "Novalis"
    assert speaker_of(out, "des reclassements") == "Novalis"


def test_a_study_its_works_its_authors_and_they_are_the_institute(resolve_text, speaker_of):
    out = resolve_text("Les écrans retardent l'endormissement, selon une étude française\n\n"
              "Les adolescents s'endorment plus tard, selon une étude publiée lundi par l'Institut national du "
              "sommeil (INS).\n\n"
              "D'après leurs résultats, l'effet est plus marqué chez les filles. Les auteurs notent que le lien "
              "persiste. Ils invitent les parents à éteindre les écrans.")
    for fragment in ("Les écrans retardent", "Les adolescents", "l'effet est plus marqué", "le lien persiste",
                     "éteindre les écrans"):
        assert speaker_of(out, fragment) == "Institut national du sommeil (INS)", fragment


def test_a_communique_speaks_for_the_body_named_in_its_sentence(resolve_text, speaker_of):
    out = resolve_text("Le ministère de la Santé « prend très au sérieux ces travaux », précise un communiqué publié vendredi.")
    assert speaker_of(out, "prend très au sérieux") == "le ministère de la Santé"


def test_figures_published_by_a_body_are_its_own(resolve_text, speaker_of):
    out = resolve_text("Les tarifs de l'eau augmenteront, a annoncé l'Agence régionale de l'eau (ARE). "
              "La facture moyenne atteindra 480 euros, selon les chiffres publiés par l'agence.")
    assert speaker_of(out, "480 euros") == "Agence régionale de l'eau (ARE)"


# --------------------------------------------------------------------------- mentions

def test_a_live_blog_time_stamp_is_not_part_of_the_mention_or_the_quote(resolve_text):
    out = resolve_text("11h10 - La fédération des pêcheurs décrit « un port méconnaissable ».\n\n"
              "8h40 - Le trafic est interrompu jusqu'à nouvel ordre, annonce la SNCF.")
    assert out.iloc[0]["speaker_mention"] == "La fédération des pêcheurs"
    assert out.iloc[1]["text"] == "Le trafic est interrompu jusqu'à nouvel ordre"


def test_a_headline_topic_before_a_colon_is_not_a_speaker(resolve_text):
    out = resolve_text("Tempête Ombeline : « On n'avait jamais vu ça »\n\n"
              "« On n'avait jamais vu ça. La mer est entrée dans les maisons », raconte Paul Le Bris, pêcheur.")
    headline = out[out["paragraph"] == 0].iloc[0]
    assert headline["speaker_mention"] == ""
    assert headline["speaker"] == "Paul Le Bris"


def test_a_headline_speaker_before_a_colon_is_kept(resolve_text):
    out = resolve_text("Ferrandi : « On a manqué de lucidité »\n\n"
              "« On a manqué de lucidité », a reconnu l'entraîneur, Luca Ferrandi.")
    assert out[out["paragraph"] == 0].iloc[0]["speaker"] == "Luca Ferrandi"


def test_an_office_is_not_given_to_a_person_merely_mentioned(resolve_text, speaker_of):
    out = resolve_text("Le conseil a accueilli mardi Pierre Lemaître, nouveau directeur des services. "
              "Le maire a estimé que la commune devait recruter.")
    assert speaker_of(out, "la commune devait recruter") == "le maire"


def test_a_broad_epithet_is_not_a_person_with_another_role(resolve_text, speaker_of):
    out = resolve_text("« On a manqué d'envie », a prévenu le capitaine, Tom Ribaut. "
              "« Il faut se remettre en question », a regretté le technicien.")
    assert speaker_of(out, "remettre en question") == "le technicien"
    out = resolve_text("L'entraîneur, Luca Ferrandi, a parlé. « On a manqué d'envie », a prévenu le capitaine, Tom Ribaut. "
              "« Il faut se remettre en question », a regretté le technicien.")
    assert speaker_of(out, "remettre en question") == "Luca Ferrandi"
