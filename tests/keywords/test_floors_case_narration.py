"""Keyness floors (small parts skipped and named), one spelling per lemma, the narration's stop words,
and speakers in the command line's concordance.

The article is invented (a port town, its harbour master, a fishermen's union); its quotes frame
is built by hand from offsets, so the keyness tests do not depend on the quotation module.
"""

from __future__ import annotations

import json
import logging

import numpy as np
import pandas as pd
import pytest

from analysis.keywords import (
    collocations,
    frequencies,
    keyness,
    kwic,
    part_sizes,
    partition_tokens,
    repeated_segments,
    tfidf,
    token_terms,
)
from analysis.keywords.keyness import MIN_PART_WORDS
from analysis.keywords.narration import month_names, narration_words, reporting_verbs

NARRATION = (
    "Le port de Kerlouan a rouvert lundi après trois semaines de travaux sur la digue nord. "
    "La capitainerie a déclaré mardi que les chalutiers pourraient de nouveau accoster de nuit. "
    "Le chantier, commencé en janvier, devait durer jusqu'en mars ; il a pris du retard en février "
    "à cause des tempêtes, a indiqué la direction des travaux. Mercredi, les pêcheurs ont déchargé "
    "leurs premières cargaisons de sardines depuis la fin de l'hiver, a ajouté le syndicat. "
    "Selon la mairie, la criée rouvrira jeudi et le marché aux poissons samedi, comme chaque semaine. "
    "La capitaine du port a expliqué vendredi que la digue avait été rehaussée d'un mètre. "
    "Le syndicat a précisé dimanche que les quotas de sardines resteraient inchangés jusqu'en avril. "
)
LONG_QUOTE = (
    "Nous avons attendu cette digue pendant des années, et aujourd'hui les bateaux rentrent enfin au port "
    "sans risquer la coque sur les rochers ; les équipages dorment mieux, les familles aussi, et la criée "
    "va retrouver son activité normale avant l'été si les sardines reviennent comme prévu dans la baie, "
    "ce que tous les anciens du quai espèrent depuis le printemps dernier et que personne n'ose encore "
    "promettre aux jeunes qui veulent reprendre les bateaux de leurs parents ; il faudra maintenant que "
    "l'État tienne parole sur les quotas, parce qu'une digue neuve ne nourrit personne quand les sardines "
    "restent au large et que le gazole coûte deux fois plus cher qu'il y a cinq ans"
)
SHORT_QUOTE = "La digue tiendra"
TEXT = (f"{NARRATION}« {LONG_QUOTE} », a déclaré Yannick Le Goff, patron pêcheur. "
        f"« {SHORT_QUOTE} », a assuré Maëlle Riou, capitaine du port.")


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["kerlouan"], "path": ["kerlouan.txt"], "text": [TEXT]})


@pytest.fixture(scope="module")
def quotes() -> pd.DataFrame:
    rows = []
    for inner, speaker in ((LONG_QUOTE, "Yannick Le Goff"), (SHORT_QUOTE, "Maëlle Riou")):
        start = TEXT.index(inner)
        rows.append({"doc_id": "kerlouan", "start": start, "end": start + len(inner), "speaker": speaker,
                     "speaker_mention": speaker, "text": inner})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def parts(articles, quotes) -> pd.DataFrame:
    from analysis.nlp import tokens

    return partition_tokens(tokens(articles, parse="none"), "speaker", quotes=quotes)


# ── minimum part size ─────────────────────────────────────────────────────────────────────────

def test_parts_under_the_floor_get_no_rows_and_are_named(parts, caplog):
    sizes = part_sizes(parts, "part")
    assert sizes["Maëlle Riou"] < MIN_PART_WORDS < sizes["Yannick Le Goff"]
    with caplog.at_level(logging.WARNING, logger="analysis"):
        rows = keyness(parts, min_freq=1)
    assert "Maëlle Riou" not in set(rows["part"])
    assert {"Yannick Le Goff", "(récit)"} <= set(rows["part"])
    assert rows.attrs["skipped"] == {"Maëlle Riou": 3} and rows.attrs["min_part_words"] == MIN_PART_WORDS
    assert "Maëlle Riou (3)" in caplog.text and "under 100 words skipped" in caplog.text


def test_a_skipped_part_stays_in_the_corpus(parts):
    rows = keyness(parts, min_freq=1)
    everything = keyness(parts, min_freq=1, min_part_words=0)
    assert "Maëlle Riou" in set(everything["part"]) and everything.attrs["skipped"] == {}
    assert rows["T"].iloc[0] == everything["T"].iloc[0]  # its words still count in T and F
    kept = everything[everything["part"] != "Maëlle Riou"].reset_index(drop=True)
    pd.testing.assert_frame_equal(rows.reset_index(drop=True), kept)


def test_the_command_line_names_skipped_parts(tmp_path, caplog):
    from analysis.__main__ import main

    (tmp_path / "kerlouan.txt").write_text(NARRATION, encoding="utf-8")
    (tmp_path / "breve.txt").write_text("La criée rouvre jeudi.", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="analysis"):
        assert main(["keywords", str(tmp_path), "--by", "doc", "--format", "csv"]) == 0
    assert "breve" in caplog.text and "skipped" in caplog.text


# ── one spelling per lemma ────────────────────────────────────────────────────────────────────

def _names_frame() -> pd.DataFrame:
    """Tokens as spaCy gives them when it tags a name once as PROPN (lemma kept) and once as NOUN (lower-cased)."""
    words = [("Ukraine", "PROPN"), ("aide", "NOUN"), ("ukraine", "NOUN"), ("aide", "NOUN"), ("Ukraine", "PROPN"),
             (".", "PUNCT"), ("aide", "NOUN"), ("Ukraine", "PROPN"), ("port", "NOUN"), ("ukraine", "NOUN")]
    starts = np.cumsum([0] + [len(w) + 1 for w, _ in words[:-1]])
    return pd.DataFrame({
        "doc_id": ["a"] * 5 + ["b"] * 5, "sent_id": [0] * 5 + [1] * 5, "i": list(range(10)),
        "text": [w for w, _ in words], "lemma": [w for w, _ in words], "norm": [w.lower() for w, _ in words],
        "pos": [p for _, p in words], "is_punct": [p == "PUNCT" for _, p in words],
        "start": starts, "end": starts + [len(w) for w, _ in words],
    })


def test_lemmas_differing_only_by_case_are_one_term_everywhere():
    toks = _names_frame()
    assert set(token_terms(toks).categories) == {"Ukraine", "aide", "port"}  # the majority spelling
    assert frequencies(toks).set_index("term").loc["Ukraine", "f"] == 5
    toks["part"] = toks["doc_id"]
    rows = keyness(toks, min_freq=1, min_part_words=0)
    assert not rows["term"].str.fullmatch("ukraine").any()
    assert rows.set_index(["part", "term"]).loc[("a", "Ukraine"), "f"] == 3
    pairs = collocations(toks, min_freq=1)
    assert "ukraine" not in " ".join(pairs["collocation"]) and "Ukraine aide" in set(pairs["collocation"])
    segments = " ".join(repeated_segments(toks, by="lemma", min_freq=2)["segment"])
    assert "aide Ukraine" in segments and "ukraine" not in segments
    terms = set(tfidf(toks)["term"])
    assert "Ukraine" in terms and "ukraine" not in terms
    assert len(kwic(toks, "UKRAINE")) == 5


def test_a_tie_goes_to_the_capitalised_spelling():
    toks = _names_frame().iloc[:3]  # « Ukraine » once, « ukraine » once
    assert set(token_terms(toks).categories) == {"Ukraine", "aide"}


# ── the narration's own words ─────────────────────────────────────────────────────────────────

def test_narration_words_come_from_the_data_files():
    words = narration_words()
    assert {"ajouter", "déclarer", "indiquer", "préciser", "féliciter"} <= reporting_verbs() <= words
    assert {"lundi", "dimanche", "janvier", "mars", "août"} <= words
    assert not {"janv", "sept", "déc"} & month_names()  # abbreviations (« sept » is also a number)


def test_narration_keyness_leaves_reporting_verbs_and_days_out_by_default(parts):
    rows = keyness(parts, min_freq=1)
    assert rows.attrs["narration_stop_words"]
    narration = set(rows.loc[rows["part"] == "(récit)", "term"])
    assert not narration & {"déclarer", "indiquer", "ajouter", "lundi", "mardi", "janvier", "mars"}
    assert {"digue", "sardine"} <= narration
    kept = keyness(parts, min_freq=1, narration_stop_words=False)
    assert {"déclarer", "lundi"} <= set(kept.loc[kept["part"] == "(récit)", "term"])


def test_partitions_without_narration_keep_those_words(parts, quotes):
    by_doc = partition_tokens(parts.drop(columns="part"), "doc")
    assert by_doc.attrs["narration"] is None
    rows = keyness(by_doc, min_freq=1)
    assert not rows.attrs["narration_stop_words"] and "déclarer" in set(rows["term"])
    speakers_only = partition_tokens(parts.drop(columns="part"), "speaker", quotes=quotes, outside=None)
    assert speakers_only.attrs["narration"] is None
    assert not keyness(speakers_only, min_freq=1, min_part_words=0).attrs["narration_stop_words"]


# ── the command line's concordance ────────────────────────────────────────────────────────────

def test_cli_concordance_names_the_speaker_inside_a_quote(tmp_path, capsys):
    from analysis.__main__ import main

    (tmp_path / "kerlouan.txt").write_text(TEXT, encoding="utf-8")
    assert main(["keywords", str(tmp_path), "--kwic", "digue", "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    spans = [(TEXT.index(q), TEXT.index(q) + len(q)) for q in (LONG_QUOTE, SHORT_QUOTE)]
    inside = [line for line in lines if any(a <= line["start"] < b for a, b in spans)]
    (long_start, long_end), (short_start, short_end) = spans
    assert len(inside) == 3 and len(lines) > 3
    for line in inside:
        assert line["speaker"] == ("Yannick Le Goff" if long_start <= line["start"] < long_end else "Maëlle Riou")
