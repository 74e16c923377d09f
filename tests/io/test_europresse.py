"""Europresse HTML import: both layouts, highlighting, boilerplate, outlets, dates, broken markup."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import InputError
from analysis.io import load_article, load_corpus
from analysis.io.europresse import is_boilerplate, normalise_outlet, parse_header, read_europresse

EP = Path(__file__).resolve().parents[1] / "data" / "europresse"


@pytest.fixture(scope="module")
def current():
    return read_europresse(EP / "current.html")


def test_current_layout_reads_every_article_with_body(current):
    records, errors = current
    assert [r["title"] for r in records] == [
        "Le port de Saint-Malin veut doubler son trafic d’ici 2030",
        "Rentrée chargée pour le conseil départemental",
        "Paris talks resume on fisheries",
    ]
    assert len(errors) == 1 and errors[0]["path"].endswith("current.html#article=4")
    assert "no body text" in errors[0]["reason"]


def test_current_layout_metadata(current):
    first = current[0][0]
    assert first["outlet"] == "Le Quotidien du Littoral"
    assert first["outlet_raw"] == "Le Quotidien du Littoral, no. 24012"
    assert first["date"] == "2022-04-13"
    assert first["rubrique"] == "Environnement"
    assert first["page"] == "4"
    assert first["words"] == 212
    assert first["author"] == "Claire Lemaistre"
    assert first["subtitle"].startswith("La chambre de commerce présente")
    assert first["doc_number"] == "news·20220413·QL·a1b2c3d4e5"


def test_highlighting_is_stripped_without_adding_spaces(current):
    text = current[0][0]["text"]
    assert "port de Saint-Malin." in text  # <span class="occurrence">Saint-Ma</span><mark>lin</mark>
    assert "Nous devons doubler le trafic" in text
    assert "<" not in text and "mark" not in text


def test_boilerplate_lines_removed(current):
    for record in current[0]:
        text = record["text"]
        assert "Cet article est paru" not in text
        assert "©" not in text and "droits réservés" not in text.lower()
        assert "news·" not in text
    assert current[0][0]["text"].startswith("Le président de la chambre de commerce")


def test_paragraphs_one_per_line_br_splits(current):
    lines = current[0][1]["text"].split("\n")
    assert lines == [
        "La présidente du conseil départemental, Sophie Marchetti, a détaillé jeudi le calendrier des travaux routiers.",
        "Elle a assuré que les budgets seraient tenus, malgré la hausse des prix de l’énergie.",
        "Une réunion publique est prévue à Vallon le 15 septembre.",
    ]


def test_author_from_last_byline_and_french_first_of_month(current):
    second = current[0][1]
    assert second["author"] == "Hugo Barrault"
    assert second["date"] == "2022-09-01"
    assert second["words"] == 145
    assert second["outlet"] == "L’Écho des Vallées (site web)"


def test_english_header_and_volume_outlet(current):
    third = current[0][2]
    assert third["date"] == "2022-04-13"
    assert third["rubrique"] == "World"
    assert third["page"] == "A3"
    assert third["words"] == 98
    assert third["outlet"] == "Northern Ledger"
    assert "All rights reserved" not in third["text"]


def test_old_table_layout_latin1():
    records, errors = read_europresse(EP / "old-table-latin1.html")
    assert errors == []
    assert [r["outlet"] for r in records] == ["Le Courrier de l'Estuaire", "L'Hebdo des Monts", "Le Courrier de l'Estuaire"]
    first = records[0]
    assert first["encoding"] == "latin-1"
    assert first["title"] == "Commandes record pour les chantiers de Penhoët"
    assert first["date"] == "2012-10-04" and first["rubrique"] == "Économie" and first["page"] == "03"
    assert first["author"] == "Yann Kerjean"
    assert first["subtitle"] == "Les chantiers navals"
    assert first["doc_number"] == "news·20121004·CE·2040056000"
    assert first["text"].split("\n") == [
        "Le directeur du site, Erwan Le Goff, a annoncé mercredi trois nouvelles commandes.",
        "«\u00a0C'est une année exceptionnelle pour nos chantiers\u00a0», a-t-il souligné devant la presse.",
        "Les syndicats demandent des embauches en contrat durable.",
    ]
    for record in records:
        assert "certificat" not in record["text"].lower() and "Sauvegarder" not in record["text"]
    assert records[1]["date"] == "2012-10-03" and "rubrique" not in records[1]
    assert records[2]["text"].endswith("selon la préfecture.")


def test_broken_markup_is_recovered_and_safe():
    records, errors = read_europresse(EP / "broken.html")
    assert [r["title"] for r in records] == ["Le marché couvert rouvre ses portes & ses étals", "Victoire à domicile"]
    first = records[0]
    assert first["outlet"] == "La Gazette du Plateau"
    assert first["date"] == "2022-03-05" and first["words"] == 77
    assert first["text"].split("\n")[0] == "Après deux ans de travaux, le marché couvert de Montclair a rouvert samedi matin."
    assert "alert" not in first["text"]  # script dropped, never run
    assert "root:" not in first["text"]  # external entity never resolved
    assert records[1]["text"].endswith("a salué « un groupe solidaire ».")
    assert "commentaire" not in records[1]["text"]
    assert len(errors) == 1 and "Une brève sans corps" in errors[0]["reason"]


def test_odd_headers():
    records, _ = read_europresse(EP / "odd-headers.html")
    a, b, c = records
    assert a["outlet"] == "Le Journal des Collines" and a["date"] == "2022-01-02" and a["page"] == "2-3"
    assert "rubrique" not in a and a["words"] == 88
    assert "Illustration" not in a["text"]
    assert a["doc_number"] == "news·20220102·JC·777"  # found in the body, outside the footer
    assert b["outlet"] == "AGENCE INFO-OUEST" and b["rubrique"] == "Faits divers" and b["date"] == "2022-02-15"
    assert c["date"] == "2022-03-01" and c["date_source"] == "doc_number"


def test_not_europresse_raises_naming_file():
    with pytest.raises(InputError, match="not-europresse.html: not a Europresse export"):
        read_europresse(EP / "not-europresse.html")


@pytest.mark.parametrize(("raw", "clean"), [
    ("Le Monde, no. 23456", "Le Monde"),
    ("Le Monde, no 23456", "Le Monde"),
    ("Libération, n° 12 745", "Libération"),
    ("Revue X, Vol. 14, no 4", "Revue X"),
    ("Le Figaro (site web)", "Le Figaro (site web)"),
    ("  Ouest-France\u00a0 ", "Ouest-France"),
])
def test_normalise_outlet(raw, clean):
    assert normalise_outlet(raw) == clean


@pytest.mark.parametrize(("header", "expected"), [
    ("International, mercredi 13 avril 2022 654 mots, p. 3",
     {"rubrique": "International", "date": "2022-04-13", "words": 654, "page": "3"}),
    ("Thursday, December 22, 2022 13887 words, p. 819(40)", {"date": "2022-12-22", "words": 13887, "page": "819(40)"}),
    ("Économie, mardi 5 mars 2024 - 15:02 UTC +0100 1 812 mots", {"rubrique": "Économie", "date": "2024-03-05", "words": 1812}),
    ("samedi 1er juillet 2023", {"date": "2023-07-01"}),
])
def test_parse_header(header, expected):
    assert parse_header(header) == expected


def test_boilerplate_lines():
    assert is_boilerplate("Cet article est paru dans Le Monde (site web)")
    assert is_boilerplate("© 2022 SA Le Monde. Tous droits réservés.")
    assert not is_boilerplate("Le copyright des photos reste à l'agence, a-t-il précisé.")


def test_load_corpus_reads_europresse_folder():
    frame = load_corpus(EP, dedup=False)
    assert len(frame) == 11
    assert frame["doc_id"].is_unique
    assert "news-20220413-ql-a1b2c3d4e5" in set(frame["doc_id"])
    for col in ("rubrique", "author", "page", "outlet"):
        assert col in frame.columns
    assert not frame["outlet"].str.contains(r"no\. \d").any()
    assert frame["date"].notna().all()
    reasons = {e["path"].rsplit("/", 1)[-1]: e["reason"] for e in frame.attrs["errors"]}
    assert set(reasons) == {"broken.html#article=3", "current.html#article=4", "not-europresse.html"}
    row = frame.set_index("doc_id").loc["news-20121004-ce-2040056000"]
    assert row["path"].endswith("old-table-latin1.html#row=1")
    assert row["date"] == pd.Timestamp("2012-10-04")


def test_load_article_offsets_index_text():
    frame = load_article(EP / "current.html")
    text = frame["text"].iloc[0]
    from analysis.nlp import sentences

    sents = sentences(frame.iloc[:1])
    assert all(text[s:e] == t for s, e, t in zip(sents["start"], sents["end"], sents["text"], strict=True))


def test_missing_closing_article_tag_does_not_leak_into_the_previous_article():
    from analysis.io.europresse import read_europresse_text

    html = (
        '<html><body><article><header><span class="DocPublicationName">Le Petit Vallon, no. 9</span>'
        '<span class="DocHeader">lundi 3 janvier 2022</span><p class="titreArticleVisu">Premier</p></header>'
        '<div class="DocText"><p>Le premier texte.</p></div>'
        '<article><header><span class="DocPublicationName">Le Petit Vallon, no. 10</span>'
        '<span class="DocHeader">mardi 4 janvier 2022</span><p class="titreArticleVisu">Second</p></header>'
        '<div class="DocText"><p>Le second texte.</p></div>'
        '<footer><div class="publiC-lblNodoc">news·20220104·PV·10</div></footer></body></html>'
    )
    records, errors = read_europresse_text(html, "nested.html")
    assert [(r["title"], r["text"], r.get("doc_number")) for r in records] == [
        ("Premier", "Le premier texte.", None), ("Second", "Le second texte.", "news·20220104·PV·10")]
    assert [r["_row"] for r in records] == [1, 2] and errors == []


@pytest.mark.parametrize("depth", [3000, 20_000])
def test_deeply_nested_html_is_read_or_listed_never_a_crash_of_the_folder(tmp_path, depth):
    html = ('<html><body><article><span class="DocPublicationName">Le Petit Vallon</span>'
            '<p class="titreArticleVisu">Profond</p><div class="DocText">' + "<div>" * depth
            + "<p>Le texte enfoui.</p>" + "</div>" * depth + "<p>La suite du texte.</p></div></article></body></html>")
    (tmp_path / "profond.html").write_text(html, encoding="utf-8")
    (tmp_path / "simple.txt").write_text("Un article ordinaire sur le marché couvert de Morlaix.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, dedup=False)
    assert "simple" in set(corpus["doc_id"])
    deep = corpus[corpus["title"] == "Profond"]
    if len(deep):
        assert deep.iloc[0]["text"].endswith("La suite du texte.")
    else:
        assert [Path(e["path"]).name for e in corpus.attrs["errors"]] == ["profond.html"]
