"""The quotation scorer: overlap matching, per-type recall, speaker accuracy, the command line."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import evaluate
from analysis.evaluate import GoldQuote, score, speaker_matches, surname

TEXT = "Le maire a dit que la route sera refaite en mai. « Nous tiendrons parole », a-t-il ajouté."
GOLD_DIR = Path(__file__).resolve().parent / "data" / "quotes"


def gold(quote: str, type_: str = "indirect", speaker: str = "Paul Martin") -> GoldQuote:
    start = TEXT.index(quote)
    return GoldQuote("d", 0, type_, quote, speaker, "", "", 0, start, start + len(quote))


def pred(start: int, end: int, type_: str = "indirect", speaker: str = "le maire Paul Martin") -> dict:
    return {"doc_id": "d", "start": start, "end": end, "type": type_, "text": TEXT[start:end], "cue": "",
            "paragraph": 0, "speaker_raw": speaker, "speaker_mention": speaker}


def test_half_of_each_side_must_overlap():
    g = gold("la route sera refaite en mai")
    s = TEXT.index("la route")
    exact = score(pd.DataFrame([pred(s, s + len(g.quote))]), [g], {"d": TEXT})
    assert len(exact.matches) == 1 and exact.f1 == 1.0
    too_short = score(pd.DataFrame([pred(s, s + len("la route"))]), [g], {"d": TEXT})  # 2 of 6 gold words
    assert not too_short.matches and too_short.recall == 0.0
    too_long = score(pd.DataFrame([pred(0, TEXT.index("."))]), [g], {"d": TEXT})  # 6 of 11 predicted words: ok
    assert len(too_long.matches) == 1
    way_too_long = score(pd.DataFrame([pred(0, len(TEXT))]), [g], {"d": TEXT})
    assert not way_too_long.matches


def test_matching_is_one_to_one_best_first():
    g1, g2 = gold("la route sera refaite en mai"), gold("Nous tiendrons parole", "direct")
    s = TEXT.index("la route")
    preds = pd.DataFrame([pred(s, s + len(g1.quote)), pred(s + 3, s + len(g1.quote))])
    result = score(preds, [g1, g2], {"d": TEXT})
    assert len(result.matches) == 1 and result.matches[0][1]["start"] == s
    assert len(result.spurious) == 1 and result.misses == [g2]
    assert result.precision == 0.5 and result.recall == 0.5
    assert result.recall_by_type() == {"direct": (0, 1), "indirect": (1, 1), "mixed": (0, 0), "selon": (0, 0)}


def test_speaker_accuracy_uses_the_gold_surname():
    assert surname("Jeanne Dérozier") == "derozier"
    assert speaker_matches("Jeanne Dérozier", "la maire Jeanne DEROZIER")
    assert speaker_matches("Jeanne Dérozier", "Dérozier")
    assert not speaker_matches("Jeanne Dérozier", "elle")
    assert not speaker_matches("Jeanne Dérozier", None)
    assert not speaker_matches("Paul Li", "Lille")


def test_speaker_accuracy_uses_the_whole_name_for_roles_and_organisations():
    assert speaker_matches("l'agence régionale de santé", "L'Agence régionale de santé")
    assert not speaker_matches("l'agence régionale de santé", "santé")
    assert speaker_matches("une source proche du dossier", "une source proche du dossier")
    assert not speaker_matches("une source proche du dossier", "une source")
    g = gold("la route sera refaite en mai")
    s = TEXT.index("la route")
    result = score(pd.DataFrame([pred(s, s + len(g.quote), speaker="il")]), [g], {"d": TEXT})
    assert result.speaker_correct("speaker_raw") == 0 and result.joint_f1("speaker_raw") == 0.0


def test_gold_quotes_are_located_in_their_paragraph():
    text = "« Oui », a dit Paul.\n\n« Oui », a dit Marie."
    assert evaluate.locate(text, "Oui", 1) == (text.rindex("Oui"), text.rindex("Oui") + 3)
    with pytest.raises(evaluate.InputError):
        evaluate.locate(text, "Non", 0)


def test_command_prints_the_numbers(capsys):
    assert evaluate.main(["quotes", "--gold", str(GOLD_DIR)]) == 0
    out = capsys.readouterr().out
    for label in ("precision", "recall", "F1", "recall by type", "speaker accuracy", "joint F1"):
        assert label in out
    assert "F1 1.000" in out


def test_missing_gold_folder_skips_with_a_message(tmp_path, capsys):
    assert evaluate.main(["quotes", "--gold", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().err


def test_misses_and_spurious_are_listed(tmp_path, capsys):
    root = tmp_path / "gold-set"
    (root / "articles").mkdir(parents=True)
    (root / "gold").mkdir()
    shutil.copy(GOLD_DIR / "articles" / "negatives.txt", root / "articles" / "n.txt")
    records = [{"speaker": "Gouvernement", "speaker_mention": "Le gouvernement", "cue": "craint", "type": "indirect",
                "quote": "la grève ne s'étende aux transports", "paragraph": 1}]
    (root / "gold" / "n.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    assert evaluate.main(["quotes", "--gold", str(root)]) == 0
    out = capsys.readouterr().out
    assert "misses (1)" in out and "spurious (1)" in out


def test_bad_gold_json_is_a_clear_error(tmp_path, capsys):
    root = tmp_path / "bad"
    (root / "articles").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "articles" / "a.txt").write_text("Il a dit que oui.", encoding="utf-8")
    (root / "gold" / "a.json").write_text("{not json", encoding="utf-8")
    assert evaluate.main(["quotes", "--gold", str(root)]) == 1
    assert "a.json" in capsys.readouterr().err


def test_only_scores_the_selected_articles(capsys):
    names = sorted(p.stem for p in (GOLD_DIR / "gold").glob("*.json"))
    articles, gold = evaluate.load_gold(GOLD_DIR, only=[names[0]])
    assert set(articles["doc_id"]) == {names[0]} and {g.doc_id for g in gold} == {names[0]}
    assert evaluate.main(["quotes", "--gold", str(GOLD_DIR), "--only", names[0], "--quiet"]) == 0
    assert f"({names[0]})" in capsys.readouterr().out


def test_summary_scores_subsets_of_one_analysis_and_marks_missing_sets(tmp_path, capsys):
    names = sorted(p.stem for p in (GOLD_DIR / "gold").glob("*.json"))
    sets = [evaluate.GoldSet("all", (GOLD_DIR,)), evaluate.GoldSet("first", (GOLD_DIR,), (names[0],)),
            evaluate.GoldSet("absent", (tmp_path / "none",), real=False)]
    rows = evaluate.summary(sets)
    out = capsys.readouterr().out
    (_, whole), (_, first), (_, absent) = rows
    assert absent is None and "| absent | no (ours) | not found" in out
    assert whole.f1 == 1.0 and first.n_gold < whole.n_gold
    assert first.n_gold == len(evaluate.load_gold(GOLD_DIR, only=[names[0]])[1])
    table, comparison = out.split("\n\n", 1)
    assert sum(line.startswith("| ") for line in table.splitlines()) == 4  # the header and one row per set
    rows_compared = [line for line in comparison.splitlines() if line.startswith("| ") and "rules" not in line]
    assert [line.split(" | ")[0] for line in rows_compared] == ["| all", "| first"]  # rules vs ranker, sets found


def test_merged_scores_add_counts_and_lists():
    a = evaluate.Score(n_gold=2, n_pred=1, misses=[None])
    b = evaluate.Score(n_gold=3, n_pred=4, spurious=[{}, {}])
    m = evaluate.merge([a, b])
    assert (m.n_gold, m.n_pred, len(m.misses), len(m.spurious)) == (5, 5, 1, 2)


def test_the_ranker_switch_of_the_command_line(tmp_path, capsys):
    root = tmp_path / "one"
    (root / "articles").mkdir(parents=True)
    (root / "gold").mkdir()
    text = "Julie Marchand a présidé la séance. « Le budget est voté », a-t-elle annoncé."
    (root / "articles" / "a.txt").write_text(text, encoding="utf-8")
    (root / "gold" / "a.json").write_text(json.dumps([{"speaker": "Julie Marchand", "speaker_mention": "elle",
                                                        "cue": "annoncé", "type": "direct", "quote": "Le budget est voté",
                                                        "paragraph": 0}]), encoding="utf-8")
    for switch in ("--no-ranker", "--ranker"):
        assert evaluate.main(["quotes", "--gold", str(root), switch, "--quiet"]) == 0
        assert "(resolved)    1.000" in capsys.readouterr().out


def test_speaker_accuracy_is_counted_by_the_rule_that_decided():
    g1, g2 = gold("la route sera refaite en mai"), gold("Nous tiendrons parole")
    g3 = gold("Le maire", speaker="Léa Roux")
    result = evaluate.Score(n_gold=3, n_pred=3, matches=[
        (g1, {"speaker": "Paul Martin", "speaker_rule": "pronoun"}),
        (g2, {"speaker": "Léa Roux", "speaker_rule": "pronoun"}),
        (g3, {"speaker": "Léa Roux", "speaker_rule": "name"}),
    ])
    assert result.speaker_by_rule() == {"pronoun": (1, 2), "name": (1, 1)}


def test_command_prints_speaker_accuracy_by_rule(capsys):
    assert evaluate.main(["quotes", "--gold", str(GOLD_DIR), "--quiet", "--by-rule"]) == 0
    out = capsys.readouterr().out
    assert "speaker accuracy by speaker_rule" in out and "name" in out


def test_several_blind_folders_are_each_their_own_set(tmp_path, monkeypatch):
    a, b = tmp_path / "blind-a", tmp_path / "blind-b"
    monkeypatch.setenv("ANALYSIS_REALCHECK_DIR", f"{a}{os.pathsep}{b}")
    names = [s.name for s in evaluate.standard_sets() if s.name.startswith("realcheck")]
    assert names == ["realcheck: corpus articles annotated blind (blind-a)",
                     "realcheck: corpus articles annotated blind (blind-b)"]
