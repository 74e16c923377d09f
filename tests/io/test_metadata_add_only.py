"""Metadata only adds fields: it never replaces the text, path or encoding, and bad values never sink a folder."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analysis.io import load_article, load_corpus

BODY = "Le conseil régional a adopté mardi un plan pour les lignes de car du Finistère.\n"


def _reasons(frame: pd.DataFrame) -> list[str]:
    return [w["reason"] for w in frame.attrs["warnings"]]


def test_metadata_csv_article_column_does_not_replace_the_bodies(tmp_path):
    for name in ("un", "deux"):
        (tmp_path / f"{name}.txt").write_text(f"{name.capitalize()} : {BODY}", encoding="utf-8")
    pd.DataFrame({"file": ["un.txt", "deux.txt"], "article": ["A-12", "A-13"], "journal": ["Le Phare", "La Vigie"]}) \
        .to_csv(tmp_path / "metadata.csv", index=False)
    corpus = load_corpus(tmp_path, dedup=False).set_index("doc_id")
    assert corpus.loc["un", "text"] == f"Un : {BODY}" and corpus.loc["deux", "text"] == f"Deux : {BODY}"
    assert corpus.loc["un", "outlet"] == "Le Phare"  # the other columns still add their fields
    assert any("'article' (an alias of 'text') ignored" in r for r in _reasons(corpus))


def test_sidecar_cannot_override_text_path_or_encoding(tmp_path):
    path = tmp_path / "brest.txt"
    path.write_text(BODY, encoding="utf-8")
    (tmp_path / "brest.meta.json").write_text(json.dumps(
        {"text": "remplacé", "path": "/etc/passwd", "encoding": "ebcdic", "outlet": "Le Phare"}), encoding="utf-8")
    row = load_article(path)
    assert row.loc[0, "text"] == BODY and row.loc[0, "path"] == str(path.resolve())
    assert row.loc[0, "encoding"] == "utf-8" and row.loc[0, "outlet"] == "Le Phare"
    assert sorted(r.split(":")[1].strip().split()[0] for r in _reasons(row)) == ["'encoding'", "'path'", "'text'"]


def test_bad_metadata_values_are_ignored_with_a_warning_not_a_crash(tmp_path):
    for name, meta in (("un", {"body_start": "abc"}), ("deux", {"date": "hier soir", "title": ["a", "b"]}),
                       ("trois", {"_row": "x", "outlet": "La Vigie"})):
        (tmp_path / f"{name}.txt").write_text(f"{name} : {BODY}", encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    corpus = load_corpus(tmp_path, dedup=False).set_index("doc_id")
    assert sorted(corpus.index) == ["deux", "trois", "un"] and corpus.attrs["errors"] == []
    assert corpus.loc["un", "body_start"] == 0 and pd.isna(corpus.loc["deux", "date"])
    assert corpus.loc["trois", "outlet"] == "La Vigie" and corpus.loc["trois", "path"].endswith("trois.txt")
    reasons = " | ".join(_reasons(corpus))
    assert "'body_start' ignored" in reasons and "'hier soir' is not a date" in reasons
    assert "'title' must be one value" in reasons and "'_row' ignored" in reasons


def test_table_columns_that_name_loader_fields_are_ignored(tmp_path):
    path = tmp_path / "articles.csv"
    pd.DataFrame({"texte": [BODY], "path": ["ailleurs.txt"], "body_start": ["-5"]}).to_csv(path, index=False)
    row = load_article(path)
    assert row.loc[0, "path"] == f"{path.resolve()}#row=0" and row.loc[0, "body_start"] == 0
    assert {r.split("'")[1] for r in _reasons(row)} == {"path", "body_start"}


def test_an_unreadable_sidecar_skips_its_article_only(tmp_path):
    (tmp_path / "un.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "deux.txt").write_text("Deux : " + BODY, encoding="utf-8")
    (tmp_path / "deux.meta.json").write_text("[1, 2", encoding="utf-8")
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["doc_id"].tolist() == ["un"]
    assert [Path(e["path"]).name for e in corpus.attrs["errors"]] == ["deux.txt"]
