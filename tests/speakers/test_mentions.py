"""The parts of speaker resolution: folding, word lists, mention parsing, names, gender, kinds."""

from __future__ import annotations

import pytest

from analysis.fr.text import fold
from analysis.speakers import gender, kinds
from analysis.speakers.lexicon import key, lexicon
from analysis.speakers.mentions import parse_mention
from analysis.speakers.names import corpus_ids, covers, name_words
from analysis.speakers.scan import Sentence, scan
from analysis.speakers.text import slug, tokenize, word_count


def parse(text: str):
    return parse_mention(text, 0, len(text))


def test_fold_and_slug():
    assert fold("L’Élysée  Dvořák") == "l'elysee dvorak"
    assert slug("Jan Dvořák") == "jan-dvorak"
    assert word_count("Aujourd'hui, l'État a-t-il tranché ?") == 4


def test_tokens_keep_offsets_titles_and_hyphenated_words():
    text = "MM. Poutine et Loukachenko, a-t-il dit, l’agence Marie-Claire V. Dubreuil."
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    words = [t.text for t in toks]
    assert "MM." in words and "a-t-il" in words and "l’" in words and "Marie-Claire" in words and "V." in words
    assert words[-1] == "." and "Dubreuil" in words


def test_word_lists_load_with_plurals_and_feminines():
    lex = lexicon()
    assert lex.roles[key("ministres")].head == "ministre"
    assert lex.roles[key("présidente")].gender == "f"
    assert lex.roles[key("porte-parole")].gender == ""
    assert lex.roles[key("premiers ministres")].number == "p"
    assert lex.org_words[key("autorités")].number == "p"
    assert key("cours") not in lex.org_words  # « au cours de » is not a court
    assert lex.titles["mme"] == ("f", "s")


@pytest.mark.parametrize("text, names, role, kind, gender", [
    ("Le président russe Vladimir Poutine", ["Vladimir Poutine"], "président russe", "person", "m"),
    ("M. Poutine", ["Poutine"], None, "person", "m"),
    ("Mme Le Pen", ["Le Pen"], None, "person", "f"),
    ("le porte-parole du ministère des Finances, Paul Lenoir", ["Paul Lenoir"],
     "porte-parole du ministère des Finances", "person", "m"),
    ("Anne Vial, chercheuse en biologie marine", ["Anne Vial"], "chercheuse en biologie marine", "person", "f"),
    ("la présidente de la Commission européenne, Ursula von der Leyen", ["Ursula von der Leyen"],
     "présidente de la Commission européenne", "person", "f"),
    ("le directeur de la clinique de Saint-Paul Jean Costa", ["Jean Costa"], "directeur de la clinique", "person", "m"),
    ("l'hydrologue Nadia Ferhat", ["Nadia Ferhat"], "hydrologue", "person", ""),
    ("le capitaine du chalutier Belle Île, Marc Tanguy", ["Marc Tanguy"], "capitaine du chalutier", "person", "m"),
])
def test_people(text, names, role, kind, gender):
    m = parse(text)
    assert [n.text for n in m.names] == names
    assert (m.role.text if m.role else None) == role or (role and m.role.text.startswith(role))
    assert m.kind == kind
    assert m.gender == gender


@pytest.mark.parametrize("text, org, kind", [
    ("le quotidien régional La Gazette du Val", "La Gazette du Val", "media"),
    ("l'AFP", "AFP", "media"),
    ("Radio Brume News", "Radio Brume News", "media"),
    ("la police de Lille", "police de Lille", "organisation"),
    ("l'Agence nationale de la sécurité du médicament", "Agence nationale de la sécurité du médicament", "organisation"),
    ("l'office régional des statistiques (ORS)", "office régional des statistiques (ORS)", "organisation"),
    ("La Norvège", "Norvège", "organisation"),
    ("les autorités sanitaires", "autorités sanitaires", "organisation"),
])
def test_bodies_and_media(text, org, kind):
    m = parse(text)
    assert (m.org, m.kind) == (org, kind)


@pytest.mark.parametrize("text, anaphor, g, n", [
    ("il", "pronoun", "m", "s"), ("Elle", "pronoun", "f", "s"), ("ils", "pronoun", "m", "p"),
    ("-t-elle", "pronoun", "f", "s"), ("lui", "pronoun", "m", "s"), ("ses yeux", "pronoun", "", "s"),
    ("leurs", "pronoun", "", "p"), ("Ce dernier", "latter", "m", "s"), ("cette dernière", "latter", "f", "s"),
    ("la même source", "source", "", "s"), ("de même source", "source", "", "s"),
    ("Le principal intéressé", "concerned", "m", "s"), ("Les deux ministres", "group", "", "p"),
])
def test_anaphors(text, anaphor, g, n):
    m = parse(text)
    assert (m.anaphor, m.gender if anaphor != "group" else "", m.number) == (anaphor, g, n)


def test_documents_and_relays_lead_to_the_author():
    m = parse("un communiqué du ministère de la Défense")
    assert m.kind == "document" and m.inner.org == "ministère de la Défense"
    m = parse("des chiffres de l'Insee cités par le quotidien Le Parisien")
    assert m.inner.org == "Insee"
    m = parse("une vidéo diffusée par l'armée de l'air")
    assert m.inner.org.startswith("armée")
    m = parse("un bilan de la même source")
    assert m.inner.anaphor == "source"


def test_unnamed_sources_and_coordinations():
    m = parse("une source proche du dossier")
    assert m.kind == "unnamed source" and m.role.head == "source"
    m = parse("des experts")
    assert m.kind == "unnamed source" and m.number == "p"
    m = parse("le maire Paul Roux et la sénatrice Lise Nadal")
    assert [n.text for n in m.names] == ["Paul Roux", "Lise Nadal"] and m.number == "p"
    assert [p.gender for p in m.parts] == ["m", "f"]
    m = parse("MM. Poutine et Loukachenko")
    assert [n.text for n in m.names] == ["Poutine", "Loukachenko"] and m.number == "p" and m.gender == "m"


def test_scan_marks_subjects_places_and_quoted_mentions():
    text = ("À Rennes, la députée Anne Vial a rencontré le préfet. « Jean Roux viendra », a-t-elle dit. "
            "Selon une note diffusée par la mairie, la visite est reportée.")
    sents = [Sentence(0, 0, 53), Sentence(0, 54, 87), Sentence(0, 88, len(text))]
    found = {m.text: m for m in scan(text, sents, quote_spans=[(54, 72)])}
    assert found["Rennes"].kind == "place"
    assert found["la députée Anne Vial"].subject and not found["le préfet"].subject
    assert found["Jean Roux"].in_quote
    assert found["la mairie"].selon


def test_a_place_before_a_role_does_not_take_it():
    text = "Au port de Brest, le pêcheur Luc Morvan, 54 ans, prépare ses casiers."
    found = {m.text: m for m in scan(text, [Sentence(0, 0, len(text))])}
    assert not found["Brest"].roles
    assert [n.text for n in found["le pêcheur Luc Morvan"].names] == ["Luc Morvan"]


def test_name_covering_and_corpus_ids():
    assert covers(name_words("Vladimir Poutine"), name_words("V. Poutine"))
    assert covers(name_words("Charles de Gaulle"), name_words("de Gaulle"))
    assert covers(name_words("José María Ortega Núñez"), name_words("Ortega"))
    assert not covers(name_words("Jean Dupont"), name_words("Marie Dupont"))
    assert not covers(name_words("Vladimir Poutine"), name_words("Vladimir"))
    ids = corpus_ids([("a", "1", "Vladimir Poutine"), ("b", "1", "Poutine"), ("c", "1", "Jean Dupont"),
                      ("c", "2", "Marie Dupont"), ("d", "1", "Dupont")])
    assert ids[("b", "1")] == ids[("a", "1")] == "vladimir-poutine"
    assert len({ids[("c", "1")], ids[("c", "2")], ids[("d", "1")]}) == 3


def test_gender_and_kind_rules():
    assert gender.decide([("title", "f"), ("determiner", "m"), ("pronoun", "m")]) == "f"
    assert gender.decide([("pronoun", "m"), ("pronoun", "f")]) == "unknown"
    assert gender.decide([]) == "unknown"
    assert kinds.decide(["", "person"]) == "person"
    assert kinds.decide([""], n_name_words=2) == "person"
    assert kinds.decide([""], n_name_words=1, spoke=True) == "organisation"
    assert kinds.decide(["media", "organisation"]) == "media"
    assert kinds.speaker_kind("place") == "organisation"


@pytest.mark.parametrize(("text", "author"), [
    ("les résultats d'un sondage Ipsos", "Ipsos"),
    ("les conclusions d'une étude de l'Inserm", "Inserm"),
])
def test_a_document_of_a_document_leads_to_the_inner_author(text, author):
    m = parse(text)
    assert m.kind == "document" and m.inner is not None and m.inner.org == author


@pytest.mark.parametrize("text", ["cette enquête d'opinion", "un communiqué de presse", "une note de synthèse"])
def test_a_bare_de_complement_names_the_kind_of_document_not_its_author(text):
    m = parse(text)
    assert m.kind == "document" and m.inner is None
