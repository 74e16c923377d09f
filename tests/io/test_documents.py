"""Word and PDF input: plain documents are one article, Europresse exports one article per document,
and what cannot be read is listed with its reason. Every fixture is written here (python-docx, a
hand-made PDF from tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import DecodingError, EmptyInputError, InputError
from analysis.io import load_article, load_corpus
from analysis.io.documents import reflow

PARAGRAPHS = [
    "Le port de Brest mise sur l'éolien flottant",
    "La chambre de commerce a présenté lundi un plan de vingt millions d'euros pour adapter les quais. "
    "« Nous voulons être prêts avant 2027 », a déclaré sa présidente, Odile Marrec.",
    "Les travaux commenceront à l'automne, selon la préfecture.",
]
PRINTED = [  # the same text as a PDF prints it: lines of a justified column
    "Le port de Brest mise sur l'éolien flottant",
    "La chambre de commerce a présenté lundi un plan de vingt millions d'euros",
    "pour adapter les quais. « Nous voulons être prêts avant 2027 », a décla-",
    "ré sa présidente, Odile Marrec.",
    "Les travaux commenceront à l'automne, selon la préfecture.",
]

EXPORT_PAGES = [
    ["Revue de presse · 2 documents", "Le Phare de l'Ouest, no. 4521",
     "Économie, mardi 12 mars 2024 312 mots, p. 7", "Le port de Brest mise sur l'éolien flottant", "Anne Le Gall",
     "La chambre de commerce a présenté lundi un plan de vingt millions d'euros",
     "pour adapter les quais. « Nous voulons être prêts avant 2027 », a déclaré",
     "sa présidente, Odile Marrec, devant les élus de la métropole.",
     "Les travaux commenceront à l'automne.",
     "© 2024 Le Phare de l'Ouest. Tous droits réservés.",
     "Numéro de document : news·20240312·PO·4521"],
    ["2", "La Vigie du Nord", "Société, mercredi 13 mars 2024 205 mots", "Les bibliothèques ouvrent le dimanche",
     "Mathieu Caron", "Dès avril, trois médiathèques de Lille resteront ouvertes le dimanche après-midi, a",
     "annoncé la mairie, qui recrute douze vacataires pour assurer l'accueil du public.",
     "Numéro de document : news·20240313·VN·0099"],
    ["Ce certificat est émis à l'usage exclusif de la bibliothèque universitaire."],
]


def test_a_word_file_is_one_article_with_its_paragraphs(tmp_path, make_docx):
    row = load_article(make_docx(tmp_path / "brest.docx", PARAGRAPHS)).iloc[0]
    assert row["text"] == "\n".join(PARAGRAPHS)
    assert row["format"] == "docx" and row["title"] == PARAGRAPHS[0]
    assert row["text"][row["body_start"]:].startswith("La chambre de commerce")


def test_a_pdf_is_one_article_its_printed_lines_joined_into_paragraphs(tmp_path, make_pdf):
    row = load_article(make_pdf(tmp_path / "brest.pdf", [PRINTED])).iloc[0]
    assert row["text"] == "\n".join(PARAGRAPHS)
    assert row["format"] == "pdf" and row["title"] == PARAGRAPHS[0]


def test_reflow_joins_lines_and_cut_words_and_keeps_paragraph_ends():
    lines = ["Un titre court", "Le maire a reçu mardi les représentants des pêcheurs de la baie pour",
             "parler des quotas. « Il faudra peut-être revoir le calendrier », a-t-", "il indiqué. La réu-",
             "nion a duré trois heures et une seconde est prévue avec Jean-", "Pierre Morvan avant la fin du mois.",
             "", "Fin."]
    assert reflow(lines) == [
        "Un titre court",
        "Le maire a reçu mardi les représentants des pêcheurs de la baie pour parler des quotas. « Il faudra "
        "peut-être revoir le calendrier », a-t-il indiqué. La réunion a duré trois heures et une seconde est prévue "
        "avec Jean-Pierre Morvan avant la fin du mois.",
        "Fin."]


def _check_export(frame):
    assert frame["title"].tolist() == ["Le port de Brest mise sur l'éolien flottant",
                                       "Les bibliothèques ouvrent le dimanche"]
    first, second = frame.iloc[0], frame.iloc[1]
    assert first["outlet"] == "Le Phare de l'Ouest" and first["rubrique"] == "Économie"
    assert str(first["date"].date()) == "2024-03-12" and first["words"] == 312 and first["page"] == "7"
    assert first["author"] == "Anne Le Gall" and first["doc_id"] == "news-20240312-po-4521"
    assert "« Nous voulons être prêts avant 2027 », a déclaré sa présidente, Odile Marrec" in first["text"]
    assert "Tous droits réservés" not in first["text"] and "Numéro de document" not in first["text"]
    assert second["outlet"] == "La Vigie du Nord" and second["author"] == "Mathieu Caron"
    assert second["text"].startswith("Dès avril") and "certificat" not in second["text"]


def test_a_europresse_pdf_export_is_split_into_its_articles(tmp_path, make_pdf):
    frame = load_article(make_pdf(tmp_path / "selection.pdf", EXPORT_PAGES))
    _check_export(frame)
    assert set(frame["format"]) == {"europresse-pdf"}
    assert "Dès avril, trois médiathèques de Lille resteront ouvertes le dimanche après-midi, a annoncé" in \
        frame.iloc[1]["text"]


def test_a_europresse_word_export_is_split_into_its_articles(tmp_path, make_docx):
    paragraphs = [line for page in EXPORT_PAGES for line in page if line != "2"]
    frame = load_article(make_docx(tmp_path / "selection.docx", paragraphs))
    _check_export(frame.assign(text=frame["text"].str.replace("\n", " ")))
    assert set(frame["format"]) == {"europresse-docx"}


def test_unreadable_documents_are_listed_with_their_reason(tmp_path, make_pdf):
    (tmp_path / "renomme.docx").write_text("pas un fichier Word", encoding="utf-8")
    (tmp_path / "tronque.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    make_pdf(tmp_path / "scan.pdf", [[]])
    make_pdf(tmp_path / "bon.pdf", [PRINTED])
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["doc_id"].tolist() == ["bon"]
    reasons = {Path(e["path"]).name: e["reason"] for e in corpus.attrs["errors"]}
    assert "not a readable Word file" in reasons["renomme.docx"]
    assert "not a readable PDF" in reasons["tronque.pdf"]
    assert "no text layer" in reasons["scan.pdf"]


def test_an_encrypted_pdf_says_so(tmp_path, make_pdf):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(make_pdf(tmp_path / "clair.pdf", [PRINTED])))
    writer.encrypt("secret", algorithm="RC4-128")
    with open(tmp_path / "protege.pdf", "wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="protege.pdf.*encrypted"):
        load_article(tmp_path / "protege.pdf")


def test_a_word_file_that_unpacks_to_a_huge_size_is_refused(tmp_path, make_docx, monkeypatch):
    from analysis.io import documents

    monkeypatch.setattr(documents, "MAX_DOCX_XML_BYTES", 1000)  # stands for 200 MB: same check, small file
    with pytest.raises(InputError, match="unpacks to more than"):
        load_article(make_docx(tmp_path / "bombe.docx", PARAGRAPHS * 20))


def test_an_empty_word_file_is_an_empty_input(tmp_path, make_docx):
    with pytest.raises(EmptyInputError, match="holds no text"):
        load_article(make_docx(tmp_path / "vide.docx", []))
    (tmp_path / "casse.docx").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(DecodingError, match="casse.docx"):
        load_article(tmp_path / "casse.docx")
