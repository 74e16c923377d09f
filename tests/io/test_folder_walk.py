"""Folder loading: every file left out is listed with its reason; suite outputs are never read back."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from analysis.io import load_corpus

ARTICLE = "La commune de Plouzané a voté son budget mardi soir après trois heures de débat.\n"


def _article(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _reasons(frame: pd.DataFrame, key: str = "errors") -> dict[str, str]:
    return {Path(e["path"]).name: e["reason"] for e in frame.attrs[key]}


def test_symbolic_link_loop_is_listed_and_the_rest_loaded(tmp_path):
    _article(tmp_path / "a" / "un.txt")
    os.symlink(tmp_path / "a", tmp_path / "a" / "boucle")
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["doc_id"].tolist() == ["un"]
    assert "symbolic link loop" in _reasons(corpus)["boucle"]


def test_dangling_link_and_links_pointing_at_each_other_are_listed(tmp_path):
    _article(tmp_path / "un.txt")
    os.symlink(tmp_path / "parti.txt", tmp_path / "lien.txt")
    os.symlink(tmp_path / "ping.txt", tmp_path / "pong.txt")
    os.symlink(tmp_path / "pong.txt", tmp_path / "ping.txt")
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["doc_id"].tolist() == ["un"]
    reasons = _reasons(corpus)
    assert "broken symbolic link" in reasons["lien.txt"]
    assert "symbolic link loop" in reasons["ping.txt"] and "symbolic link loop" in reasons["pong.txt"]


def test_unreadable_sub_folder_is_listed(tmp_path, monkeypatch):
    _article(tmp_path / "un.txt")
    _article(tmp_path / "prive" / "deux.txt", "Un autre texte sur le port de Brest et ses grues.\n")
    real_scandir = os.scandir

    def scandir(path):  # chmod 000 does not stop root: refuse the folder the way the kernel would
        if Path(path).name == "prive":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["doc_id"].tolist() == ["un"]
    assert "cannot be read (Permission denied)" in _reasons(corpus)["prive"]


def test_document_and_unknown_files_are_listed_not_silently_skipped(tmp_path):
    _article(tmp_path / "un.txt")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    reasons = _reasons(load_corpus(tmp_path, dedup=False))
    assert "unsupported file type '.png'" in reasons["photo.png"]
    assert "not a readable PDF" in reasons["scan.pdf"]


def _fake_built_corpus(folder: Path) -> None:
    (folder / "tokens").mkdir(parents=True)
    (folder / "articles").mkdir()
    pd.DataFrame({"doc_id": ["x"], "text": ["Un jeton."]}).to_parquet(folder / "tokens" / "part-1.parquet")
    pd.DataFrame({"doc_id": ["x"], "text": ["Un article bâti."]}).to_parquet(folder / "articles" / "part-1.parquet")
    (folder / "manifest.json").write_text(json.dumps({"format_version": 1, "model": "fr_core_news_sm"}), encoding="utf-8")


def _fake_report(folder: Path) -> None:
    (folder / "tables").mkdir(parents=True)
    pd.DataFrame({"text": ["une citation"], "speaker": ["X"]}).to_csv(folder / "tables" / "02-quotes.csv", index=False)
    (folder / "manifest.json").write_text(json.dumps({"generator": "analysis report"}), encoding="utf-8")


def test_built_corpus_and_report_inside_an_input_folder_are_not_read_back(tmp_path):
    _article(tmp_path / "un.txt")
    _fake_built_corpus(tmp_path / "built")
    _fake_report(tmp_path / "rapport")
    corpus = load_corpus(tmp_path, dedup=False)
    assert corpus["doc_id"].tolist() == ["un"] and corpus.attrs["errors"] == []
    notes = _reasons(corpus, "warnings")
    assert "built corpus written by this suite" in notes["built"]
    assert "report written by this suite" in notes["rapport"]


def test_globs_do_not_reach_into_suite_outputs_either(tmp_path):
    _article(tmp_path / "un.txt")
    _fake_report(tmp_path / "rapport")
    (tmp_path / "articles.csv").write_text("text\nUn article en tableau sur les marées.\n", encoding="utf-8")
    corpus = load_corpus(str(tmp_path / "**" / "*.csv"), dedup=False)
    assert corpus["path"].str.endswith("articles.csv#row=0").tolist() == [True]
    assert "report written by this suite" in _reasons(corpus, "warnings")["02-quotes.csv"]


def test_an_excluded_output_folder_is_not_read(tmp_path):
    _article(tmp_path / "un.txt")
    _article(tmp_path / "sortie" / "deux.txt", "Un fichier écrit par la commande en cours, pas un article.\n")
    corpus = load_corpus(tmp_path, dedup=False, exclude=[tmp_path / "sortie"])
    assert corpus["doc_id"].tolist() == ["un"]
    assert "output folder of this command" in _reasons(corpus, "warnings")["sortie"]


def test_deep_folders_are_walked_without_recursion(tmp_path):
    deep = tmp_path
    for k in range(60):
        deep = deep / f"d{k}"
    _article(deep / "fond.txt")
    assert load_corpus(tmp_path, dedup=False)["doc_id"].tolist() == ["fond"]


def test_problems_are_logged_once(tmp_path, caplog):
    _article(tmp_path / "un.txt")
    (tmp_path / "vide.txt").write_bytes(b"")
    with caplog.at_level("WARNING", logger="analysis"):
        load_corpus(tmp_path, dedup=False)
    assert sum("vide.txt" in r.getMessage() for r in caplog.records) == 1
