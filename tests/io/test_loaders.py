"""Loaders: every input format and encoding, datelines, and every bad-input case."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import (
    DecodingError,
    EmptyInputError,
    InputError,
    MissingColumnError,
    MissingInputError,
    UnsupportedFormatError,
)
from analysis.io import load_article, load_corpus
from analysis.io.datelines import parse_dateline
from analysis.io.metadata import parse_date

ARTICLE = (
    "Dernière mise à jour à 10h05 le 02/03\n"
    "La maire de Lyon a annoncé lundi qu’elle soutiendrait le projet de tramway.\n"
    "« C’est une étape décisive pour l’agglomération », a-t-elle déclaré devant le conseil.\n"
)


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- text files and encodings -------------------------------------------------------------


def test_utf8_lf_text_equals_file_content(tmp_path):
    path = write(tmp_path / "lyon-tramway.txt", ARTICLE)
    row = load_article(path).iloc[0]
    assert row["text"] == path.read_text(encoding="utf-8")
    assert row["doc_id"] == "lyon-tramway"
    assert row["encoding"] == "utf-8"
    assert row["path"] == str(path.resolve())


def test_utf8_with_bom_is_stripped(tmp_path):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    row = load_article(path).iloc[0]
    assert row["text"] == ARTICLE
    assert row["encoding"] == "utf-8-sig"


def test_cp1252_typographic_characters(tmp_path):
    text = "L’œuvre coûte 5 € « environ » — dit-il…\n"
    path = write(tmp_path / "win.txt", text.encode("cp1252"))
    row = load_article(path).iloc[0]
    assert row["text"] == text
    assert row["encoding"] == "cp1252"


def test_latin1_accents(tmp_path):
    text = "Élève à côté de la forêt, où l'été est sec.\n"
    path = write(tmp_path / "latin.txt", text.encode("latin-1"))
    row = load_article(path).iloc[0]
    assert row["text"] == text
    assert row["encoding"] == "latin-1"


def test_double_encoded_utf8_is_repaired_not_passed_on(tmp_path):
    text = "Le ministère a précisé que l’été serait chaud.\n"
    path = write(tmp_path / "mojibake.txt", text.encode("utf-8").decode("cp1252").encode("utf-8"))
    row = load_article(path).iloc[0]
    assert row["text"] == text
    assert "repaired" in row["encoding"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(tmp_path, newline):
    path = write(tmp_path / "lines.txt", ARTICLE.replace("\n", newline))
    row = load_article(path).iloc[0]
    assert row["text"] == ARTICLE
    assert "\r" not in row["text"]


def test_text_is_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Électricité générale.\n")
    path = write(tmp_path / "nfd.txt", decomposed)
    assert load_article(path).iloc[0]["text"] == unicodedata.normalize("NFC", decomposed)


# --- datelines, titles, metadata ------------------------------------------------------------


def test_dateline_parsed_and_kept_out_of_body(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "a.meta.json", json.dumps({"outlet": "Le Quotidien", "date": "2023-03-02"}))
    row = load_article(tmp_path / "a.txt").iloc[0]
    assert row["dateline"] == "Dernière mise à jour à 10h05 le 02/03"
    assert row["updated"] == "2023-03-02T10:05"
    assert row["body_start"] == ARTICLE.index("La maire")
    assert row["outlet"] == "Le Quotidien"
    assert row["date"] == pd.Timestamp("2023-03-02")


def test_dateline_year_from_parameter_when_no_metadata(tmp_path):
    path = write(tmp_path / "nodate.txt", ARTICLE)
    assert load_article(path, year=2021).iloc[0]["updated"] == "2021-03-02T10:05"
    assert load_article(path).iloc[0]["updated"] == "--03-02T10:05"


def test_sample_article_metadata(sample_articles):
    row = sample_articles.iloc[0]
    assert row["doc_id"] == "xinhua-2022-04-13-poutine-loukachenko"
    assert row["date"] == pd.Timestamp("2022-04-13")
    assert row["updated"] == "2022-04-13T08:53"
    assert row["language"] == "fr"
    assert row["outlet"].startswith("Xinhua")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dernière mise à jour à 08h53 le 13/04", ("08:53", 13, 4)),
        ("Publié le 5 avril 2022 à 7 h 30", ("07:30", 5, 4)),
        ("Mis à jour le 01/12/2021 à 18:02", ("18:02", 1, 12)),
    ],
)
def test_dateline_forms(line, expected):
    d = parse_dateline(line)
    assert (d.time, d.day, d.month) == expected


def test_not_a_dateline():
    assert parse_dateline("Le président a indiqué mardi qu'il viendrait le 13/04.") is None


def test_title_line_detected(tmp_path):
    text = "Le tramway arrive à Villeurbanne\n\nLa maire a annoncé lundi le calendrier des travaux.\n\nLes riverains sont invités.\n"
    row = load_article(write(tmp_path / "t.txt", text)).iloc[0]
    assert row["title"] == "Le tramway arrive à Villeurbanne"
    assert row["body_start"] == text.index("La maire")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2022-04-13", "2022-04-13"), ("13/04/2022", "2022-04-13"), ("mercredi 13 avril 2022", "2022-04-13"),
     ("1er mai 2020", "2020-05-01"), ("April 13, 2022", "2022-04-13"), ("sans date", None)],
)
def test_parse_date(value, expected):
    got = parse_date(value)
    assert (got.strftime("%Y-%m-%d") if got is not None else None) == expected


# --- tables ---------------------------------------------------------------------------------


def test_csv_with_text_and_metadata_columns(tmp_path):
    frame = pd.DataFrame({"Titre": ["Un", "Deux"], "Texte": ["Premier article.", "Second article."],
                          "Source": ["Le Monde", "Libération"], "Date": ["2021-01-02", "03/02/2021"]})
    path = tmp_path / "lot.csv"
    frame.to_csv(path, index=False, sep=";", encoding="cp1252")
    loaded = load_article(path)
    assert loaded["text"].tolist() == ["Premier article.", "Second article."]
    assert loaded["title"].tolist() == ["Un", "Deux"]
    assert loaded["outlet"].tolist() == ["Le Monde", "Libération"]
    assert loaded["date"].dt.strftime("%Y-%m-%d").tolist() == ["2021-01-02", "2021-02-03"]
    assert loaded["doc_id"].tolist() == ["lot-00000", "lot-00001"]


def test_tsv_jsonl_parquet(tmp_path):
    frame = pd.DataFrame({"id": ["a1", "b2"], "text": ["Un texte.", "Un autre texte."], "outlet": ["X", "Y"]})
    frame.to_csv(tmp_path / "t.tsv", sep="\t", index=False)
    frame.to_json(tmp_path / "t.jsonl", orient="records", lines=True, force_ascii=False)
    frame.to_parquet(tmp_path / "t.parquet")
    for name in ("t.tsv", "t.jsonl", "t.parquet"):
        loaded = load_article(tmp_path / name)
        assert loaded["doc_id"].tolist() == ["a1", "b2"], name
        assert loaded["text"].tolist() == ["Un texte.", "Un autre texte."], name


def test_table_row_without_text_is_reported_not_fatal(tmp_path):
    path = tmp_path / "rows.csv"
    pd.DataFrame({"text": ["Un texte.", "", "Trois."]}).to_csv(path, index=False)
    corpus = load_corpus(path)
    assert corpus["text"].tolist() == ["Un texte.", "Trois."]
    assert [e["path"] for e in corpus.attrs["errors"]] == [f"{path}#row=1"]


# --- bad input ------------------------------------------------------------------------------


def test_missing_path(tmp_path):
    with pytest.raises(MissingInputError, match="nope.txt"):
        load_article(tmp_path / "nope.txt")


def test_empty_file(tmp_path):
    with pytest.raises(EmptyInputError, match=r"empty\.txt.*empty"):
        load_article(write(tmp_path / "empty.txt", b""))
    with pytest.raises(EmptyInputError, match="white space"):
        load_article(write(tmp_path / "blank.txt", "  \n\n \t\n"))


def test_binary_file(tmp_path):
    with pytest.raises(DecodingError, match=r"image\.txt.*binary"):
        load_article(write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20))


def test_unsupported_extension(tmp_path):
    with pytest.raises(UnsupportedFormatError, match=r"notes\.odt.*unsupported file type '.odt'"):
        load_article(write(tmp_path / "notes.odt", "bonjour"))


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "meta.csv"
    pd.DataFrame({"titre": ["a"], "date": ["2020-01-01"]}).to_csv(path, index=False)
    with pytest.raises(MissingColumnError, match=r"meta\.csv.*no text column.*found titre, date"):
        load_article(path)


def test_malformed_jsonl_keeps_the_good_lines_and_lists_the_bad_one(tmp_path):
    frame = load_article(write(tmp_path / "bad.jsonl", '{"text": "ok"}\n{"text": \n'))
    assert frame["text"].tolist() == ["ok"]
    [error] = frame.attrs["errors"]
    assert error["path"].endswith("bad.jsonl#line=2") and "line 2 is not valid JSON" in error["reason"]
    with pytest.raises(InputError, match=r"worse\.jsonl.*no line holds an article: line 1"):
        load_article(write(tmp_path / "worse.jsonl", '{"text": \n[1, 2]\n'))


# --- corpora --------------------------------------------------------------------------------


@pytest.fixture
def mixed_folder(tmp_path):
    write(tmp_path / "un.txt", "Premier article, bien formé.\n")
    write(tmp_path / "deux.txt", "Deuxième article.\n".encode("cp1252"))
    write(tmp_path / "vide.txt", b"")
    write(tmp_path / "binaire.txt", b"\x00\x01\x02\x03" * 100)
    write(tmp_path / "image.docx", "x")
    sub = tmp_path / "sous-dossier"
    sub.mkdir()
    write(sub / "trois.txt", "Troisième article.\n")
    write(sub / "trois.meta.json", json.dumps({"outlet": "Ouest-France"}))
    return tmp_path


def test_corpus_skips_bad_files_and_keeps_the_rest(mixed_folder):
    corpus = load_corpus(mixed_folder, dedup=False)
    assert sorted(corpus["doc_id"]) == ["deux", "trois", "un"]
    assert corpus.set_index("doc_id").loc["trois", "outlet"] == "Ouest-France"
    errors = {Path(e["path"]).name: e["error"] for e in corpus.attrs["errors"]}
    assert errors == {"vide.txt": "EmptyInputError", "binaire.txt": "DecodingError", "image.docx": "DecodingError"}


def test_corpus_strict_raises_on_first_bad_file(mixed_folder):
    with pytest.raises(InputError, match="binaire.txt"):
        load_corpus(mixed_folder, strict=True)


def test_corpus_from_glob_and_list(mixed_folder):
    by_glob = load_corpus(str(mixed_folder / "*.txt"), dedup=False)
    assert sorted(by_glob["doc_id"]) == ["deux", "un"]
    by_list = load_corpus([mixed_folder / "un.txt", mixed_folder / "missing.txt"], dedup=False)
    assert by_list["doc_id"].tolist() == ["un"]
    assert by_list.attrs["errors"][0]["error"] == "MissingInputError"


def test_duplicate_file_names_get_distinct_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder / "depeche.txt", f"Dépêche du dossier {folder}.\n")
    corpus = load_corpus(tmp_path, dedup=False)
    assert sorted(corpus["doc_id"]) == ["depeche", "depeche-2"]
