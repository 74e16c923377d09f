"""A partly broken table keeps its good rows and lists the bad lines."""

from __future__ import annotations

import json

from analysis.io import load_corpus

GOOD = [f"Article {k} : la mairie de Quimper a présenté le projet numéro {k} aux habitants." for k in range(7)]


def test_jsonl_with_one_broken_line_keeps_its_seven_good_records(tmp_path):
    lines = [json.dumps({"text": t, "outlet": "Le Phare"}, ensure_ascii=False) for t in GOOD]
    lines.insert(3, '{"text": "coupé en plein')
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["text"].tolist() == GOOD
    [error] = corpus.attrs["errors"]
    assert error["path"].endswith("export.jsonl#line=4") and "line 4 is not valid JSON" in error["reason"]


def test_csv_with_a_row_of_too_many_fields_keeps_the_others(tmp_path):
    rows = ["titre;texte"] + [f"T{k};{t}" for k, t in enumerate(GOOD)]
    rows.insert(4, "T;un;champ;de trop")
    (tmp_path / "export.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["text"].tolist() == GOOD and corpus["title"].tolist() == [f"T{k}" for k in range(7)]
    [error] = corpus.attrs["errors"]
    assert error["path"].endswith("export.csv#line=5") and "line 5 has 4 fields, the header 2" in error["reason"]


def test_csv_rows_read_one_by_one_keep_long_bodies(tmp_path):
    long_body = "Un très long article sur le port. " * 6000  # over the csv module's 128 KiB field limit
    rows = ["title,text", f'A,"{long_body}"', "B,trop,de,champs"]
    (tmp_path / "long.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["text"].tolist() == [long_body]
    assert len(corpus.attrs["errors"]) == 1
