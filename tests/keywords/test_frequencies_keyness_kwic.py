"""Frequencies, partitions, keyness, concordances, n-grams and TF-IDF on texts written for these tests.

The three articles are invented (a town, its mayor, a traffic plan); quotes frames are built
by hand from their offsets, so these tests do not depend on the quotation module.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.keywords import (
    KEYNESS_COLUMNS,
    collocations,
    frequencies,
    keyness,
    kwic,
    lexical_table,
    part_sizes,
    partition_tokens,
    quote_index,
    repeated_segments,
    specificity,
    tfidf,
)
from analysis.keywords.stats import g2, log_ratio
from analysis.labels import NO_SPEAKER
from analysis.widgets import kwic_view

TEXTS = {
    "gazette-1": (
        "Le maire de Saint-Aubin, Claire Dumas, a présenté lundi le nouveau plan de circulation du centre. "
        "« Nous voulons rendre la rue aux piétons et aux cyclistes », a-t-elle déclaré devant le conseil municipal. "
        "L’opposition dénonce un projet coûteux : selon elle, le chantier coûtera 4,2 millions d’euros. "
        "« C'est un plan écrit pour les cyclistes, pas pour les commerçants », a affirmé Marc Leroy, "
        "chef de file de l'opposition. Aujourd’hui, la mairie assure qu’aucune rue ne sera fermée avant l’été."
    ),
    "echo-1": (
        "Les commerçants du centre s'inquiètent du plan de circulation. « Nos clients viennent en voiture, "
        "ils ne viendront plus », explique Sophie Martin, boulangère rue des Tanneurs. La maire a promis une "
        "concertation. « Le plan de circulation sera discuté avec chaque commerçant », a assuré Claire Dumas "
        "mardi. D'après la chambre de commerce, 30 % des boutiques ont perdu des clients l'an dernier. "
        "Une réunion publique aura lieu jeudi."
    ),
    "gazette-2": (
        "Le conseil municipal a adopté jeudi le plan de circulation par 21 voix contre 12. "
        "« C’est une victoire pour les piétons et pour les cyclistes », s'est félicitée Claire Dumas. "
        "Marc Leroy a annoncé un recours : « Ce plan est illégal et nous le prouverons », a-t-il dit. "
        "Les travaux commenceront le 1er juin."
    ),
}
OUTLETS = {"gazette-1": "La Gazette du Port", "echo-1": "L'Écho des Vallées", "gazette-2": "La Gazette du Port"}
DATES = {"gazette-1": "2023-03-02", "echo-1": "2023-03-20", "gazette-2": "2023-04-05"}


def _quote(doc_id: str, inner: str, speaker: str | None, mention: str) -> dict[str, object]:
    text = TEXTS[doc_id]
    start = text.index(inner)
    return {"doc_id": doc_id, "start": start, "end": start + len(inner), "speaker": speaker,
            "speaker_mention": mention, "text": inner}


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": list(TEXTS), "path": [f"{d}.txt" for d in TEXTS], "text": list(TEXTS.values()),
        "outlet": [OUTLETS[d] for d in TEXTS], "date": pd.to_datetime([DATES[d] for d in TEXTS]),
    })


@pytest.fixture(scope="module")
def quotes() -> pd.DataFrame:
    return pd.DataFrame([
        _quote("gazette-1", "Nous voulons rendre la rue aux piétons et aux cyclistes", "Claire Dumas", "elle"),
        _quote("gazette-1", "C'est un plan écrit pour les cyclistes, pas pour les commerçants", "Marc Leroy",
               "Marc Leroy"),
        _quote("echo-1", "Nos clients viennent en voiture, ils ne viendront plus", "Sophie Martin", "Sophie Martin"),
        _quote("echo-1", "Le plan de circulation sera discuté avec chaque commerçant", None, "Claire Dumas"),
        _quote("gazette-2", "C’est une victoire pour les piétons et pour les cyclistes", "Claire Dumas",
               "Claire Dumas"),
        _quote("gazette-2", "Ce plan est illégal et nous le prouverons", "Marc Leroy", "il"),
    ])


@pytest.fixture(scope="module")
def toks(articles) -> pd.DataFrame:
    from analysis.nlp import tokens

    return tokens(articles, parse="none")


@pytest.fixture(scope="module")
def by_speaker(toks, quotes) -> pd.DataFrame:
    return partition_tokens(toks, "speaker", quotes=quotes)


# ── partitions ────────────────────────────────────────────────────────────────────────────────

def test_quote_index_uses_offsets_and_documents(toks, quotes):
    where = quote_index(toks, quotes)
    for pos in np.flatnonzero(where >= 0):
        q = quotes.iloc[where[pos]]
        row = toks.iloc[pos]
        assert row["doc_id"] == q["doc_id"] and q["start"] <= row["start"] and row["end"] <= q["end"]
    outside = toks[where < 0]
    assert "déclaré" in set(outside["text"]) and "voulons" in set(toks[where >= 0]["text"])


def test_nested_quotes_take_the_innermost():
    tokens = pd.DataFrame({"doc_id": ["d"] * 5, "i": range(5), "text": list("abcde"),
                           "start": [0, 2, 4, 6, 8], "end": [1, 3, 5, 7, 9]})
    quotes = pd.DataFrame({"doc_id": ["d", "d", "x"], "start": [0, 2, 0], "end": [9, 5, 9]})
    assert quote_index(tokens, quotes).tolist() == [0, 1, 1, 0, 0]


def test_partition_by_speaker(by_speaker, toks):
    labels = set(by_speaker["part"].dropna())
    assert labels == {"Claire Dumas", "Marc Leroy", "Sophie Martin", "(récit)"}  # speaker missing → mention
    voulons = by_speaker[by_speaker["text"] == "voulons"]["part"].iloc[0]
    assert voulons == "Claire Dumas"
    assert len(by_speaker) == len(toks)


def test_unresolved_pronoun_mentions_are_unknown():
    from analysis.keywords.partitions import speaker_labels

    quotes = pd.DataFrame({"speaker": ["Claire Dumas", None, None], "speaker_mention": ["elle", "Elle", "la maire"]})
    assert speaker_labels(quotes).tolist() == ["Claire Dumas", NO_SPEAKER, "la maire"]


def test_partition_outside_none_leaves_narration_out(toks, quotes):
    parts = partition_tokens(toks, "speaker", quotes=quotes, outside=None)
    assert parts["part"].isna().sum() == (quote_index(toks, quotes) < 0).sum()
    rows = keyness(parts, min_freq=1, min_part_words=0)
    assert "(récit)" not in set(rows["part"])
    assert rows["T"].iloc[0] == part_sizes(parts, "part").sum()


def test_partition_by_quotes_outlet_date_doc(toks, quotes, articles):
    assert set(partition_tokens(toks, "quotes", quotes=quotes)["part"]) == {"(citations)", "(récit)"}
    outlets = partition_tokens(toks, "outlet", articles=articles)
    assert set(outlets["part"]) == {"La Gazette du Port", "L'Écho des Vallées"}
    months = partition_tokens(toks, "date", articles=articles, freq="M")
    assert set(months["part"]) == {"2023-03", "2023-04"}
    assert (partition_tokens(toks, "doc")["part"].astype(str) == toks["doc_id"]).all()
    assert (partition_tokens(toks, "pos")["part"].astype(str) == toks["pos"]).all()


def test_partition_errors(toks):
    with pytest.raises(ValueError, match="quotes frame"):
        partition_tokens(toks, "speaker")
    with pytest.raises(ValueError, match="articles frame"):
        partition_tokens(toks, "outlet")
    with pytest.raises(ValueError, match="unknown partition"):
        partition_tokens(toks, "colour")
    with pytest.raises(ValueError, match="add one with partition_tokens"):
        keyness(toks)


# ── frequencies ───────────────────────────────────────────────────────────────────────────────

def test_frequencies_overall_and_per_part(toks):
    overall = frequencies(toks)
    assert list(overall.columns) == ["term", "pos", "f", "t", "per_10k"]
    plan = overall[overall["term"] == "plan"].iloc[0]
    assert plan["f"] == sum(text.lower().count("plan") for text in TEXTS.values())
    per_doc = frequencies(toks, part="doc_id")
    assert set(per_doc["part"]) == set(TEXTS)
    assert per_doc.groupby("term")["f"].sum()["plan"] == plan["f"]
    sizes = part_sizes(toks, "doc_id")
    assert (per_doc["t"] == per_doc["part"].map(sizes)).all()
    assert sizes.sum() == int((~toks["is_punct"]).sum())


def test_frequencies_min_freq_top_and_split_pos(toks):
    assert (frequencies(toks, min_freq=3)["f"] >= 3).all()
    top = frequencies(toks, part="doc_id", top=2)
    assert top.groupby("part").size().max() == 2
    split = frequencies(toks, split_pos=True)
    assert split.duplicated(["term", "pos"]).sum() == 0


# ── keyness ───────────────────────────────────────────────────────────────────────────────────

def test_keyness_rows_carry_their_counts(by_speaker):
    rows = keyness(by_speaker, min_freq=1, min_part_words=0)
    assert list(rows.columns) == KEYNESS_COLUMNS
    f, F, t, T = (rows[c].to_numpy() for c in ("f", "F", "t", "T"))
    np.testing.assert_allclose(rows["specificity"], specificity(f, F, t, T))
    np.testing.assert_allclose(rows["g2"], g2(f, F, t, T))
    np.testing.assert_allclose(rows["log_ratio"], log_ratio(f, F, t, T))
    sizes = part_sizes(by_speaker, "part")
    assert (rows["t"] == rows["part"].map(sizes)).all() and (rows["T"] == sizes.sum()).all()
    # every term has one row per part (zeros included) and F is the sum of its f
    assert (rows.groupby("term")["f"].sum() == rows.groupby("term")["F"].first()).all()
    assert (rows.groupby("term").size() == len(sizes)).all()


def test_keyness_finds_what_a_speaker_says(by_speaker):
    rows = keyness(by_speaker, min_freq=1, min_part_words=0)
    dumas = rows[rows["part"] == "Claire Dumas"].set_index("term")
    assert dumas.loc["piéton", "f"] == 2 and dumas.loc["piéton", "specificity"] > 0
    assert dumas.loc["piéton", "specificity"] == pytest.approx(dumas["specificity"].max())
    narration = rows[rows["part"] == "(récit)"].set_index("term")
    assert narration.loc["piéton", "f"] == 0 and narration.loc["piéton", "specificity"] < 0


def test_filters_do_not_change_the_numbers_of_a_row(by_speaker):
    all_terms = keyness(by_speaker, min_freq=1, min_part_words=0).set_index(["part", "term"])
    nouns = keyness(by_speaker, min_freq=1, min_part_words=0, pos={"NOUN"}).set_index(["part", "term"])
    common = all_terms.loc[nouns.index]
    pd.testing.assert_frame_equal(common[["f", "F", "t", "T"]], nouns[["f", "F", "t", "T"]])


def test_keyness_top_parts_and_sort(by_speaker):
    rows = keyness(by_speaker, min_freq=1, min_part_words=0, top=2, parts=["Marc Leroy"], sort="g2")
    assert set(rows["part"]) == {"Marc Leroy"} and len(rows) == 4
    assert rows["g2"].is_monotonic_decreasing


def test_keyness_against_a_reference_corpus(toks):
    target = toks[toks["doc_id"] == "echo-1"]
    reference = toks[toks["doc_id"] != "echo-1"]
    rows = keyness(target, reference=reference, min_freq=1, min_part_words=0)
    assert set(rows["part"]) == {"(corpus étudié)"}
    both = frequencies(toks, min_freq=1).set_index("term")["f"]
    inside = frequencies(target, min_freq=1).set_index("term")["f"]
    row = rows.set_index("term").loc["commerçant"]
    assert row["F"] == both["commerçant"] and row["f"] == inside["commerçant"]
    assert row["T"] == part_sizes(toks).sum() and row["t"] == part_sizes(target).sum()
    by_doc = keyness(partition_tokens(toks, "doc"), min_freq=1, min_part_words=0)
    same = by_doc.set_index(["part", "term"]).loc[("echo-1", "commerçant")]
    assert same["specificity"] == pytest.approx(row["specificity"])


def test_lexical_table_sparse_mode_keeps_nonzero_cells(by_speaker):
    dense = lexical_table(by_speaker, zeros=True)
    sparse = lexical_table(by_speaker, zeros=False)
    assert (sparse["f"] > 0).all()
    pd.testing.assert_frame_equal(
        dense[dense["f"] > 0].astype({"part": object, "term": object}).reset_index(drop=True),
        sparse.astype({"part": object, "term": object}).reset_index(drop=True),
    )


# ── concordances ──────────────────────────────────────────────────────────────────────────────

def test_kwic_offsets_contexts_and_speakers(toks, articles, quotes):
    hits = kwic(toks, "cycliste", articles=articles, quotes=quotes, window=4)
    assert len(hits) == 3
    texts = dict(zip(articles["doc_id"], articles["text"], strict=False))
    for row in hits.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.keyword
        assert row.keyword == "cyclistes"
    assert set(hits["speaker"]) == {"Claire Dumas", "Marc Leroy"}
    first = hits.iloc[0]
    assert first["left"].endswith("aux piétons et aux") and first["right"].startswith("»")


def test_kwic_phrase_regex_and_sorting(toks, articles):
    phrase = kwic(toks, "plan de circulation", articles=articles)
    assert len(phrase) == 4 and set(phrase["keyword"]) == {"plan de circulation"}
    regex = kwic(toks, r"cycl.*", by="norm", regex=True)
    assert len(regex) == 3
    by_right = kwic(toks, "plan", sort="right")
    assert by_right["right_word"].tolist() == sorted(by_right["right_word"])
    by_left = kwic(toks, "plan", sort="left")
    assert by_left["left_word"].tolist() == sorted(by_left["left_word"])


def test_kwic_from_a_keyness_row_stays_in_its_part(by_speaker, articles):
    rows = keyness(by_speaker, min_freq=1, min_part_words=0)
    row = rows[(rows["part"] == "Claire Dumas") & (rows["term"] == "piéton")].iloc[0]
    hits = kwic(by_speaker, row, articles=articles)
    assert len(hits) == row["f"] and set(hits["part"]) == {"Claire Dumas"}
    several = kwic(by_speaker, rows[rows["part"] == "Marc Leroy"].head(3))
    assert "query" in several.columns and set(several["part"]) <= {"Marc Leroy"}


def test_kwic_view_is_a_table_when_headless(toks, articles):
    view = kwic_view(toks, "rue", articles=articles)
    assert list(view.data.columns) == ["doc_id", "left", "keyword", "right", "speaker"]
    assert len(view.data) == 3  # « la rue », « rue des Tanneurs », « aucune rue »


# ── n-grams ───────────────────────────────────────────────────────────────────────────────────

def test_collocations_columns_and_nltk_scores(toks):
    from nltk.metrics import BigramAssocMeasures

    pairs = collocations(toks, by="norm", min_freq=2)
    assert list(pairs.columns) == ["w1", "w2", "collocation", "f", "f_w1", "f_w2", "llr", "pmi", "t_score", "chi2"]
    row = pairs.set_index("collocation").loc["claire dumas"]
    assert row["f"] == 3 and row["f_w1"] == 3
    n_words = int((~toks["is_punct"]).sum())
    assert row["llr"] == pytest.approx(BigramAssocMeasures.likelihood_ratio(3, (3, 3), n_words))
    assert pairs["llr"].is_monotonic_decreasing
    # pairs never hold a stop word and never cross punctuation
    assert not set(pairs["w1"]) & {"le", "de", "la", "les"}


def test_collocations_window_and_triples(toks):
    window = collocations(toks, by="norm", window=5, min_freq=2)
    assert "piétons cyclistes" in set(window["collocation"])  # « piétons et aux / et pour les cyclistes »
    assert "piétons cyclistes" not in set(collocations(toks, by="norm", min_freq=2)["collocation"])
    triples = collocations(toks, by="norm", n=3, min_freq=1, stop_words=False)
    assert {"w1", "w2", "w3", "f_w3"} <= set(triples.columns)


def test_repeated_segments(toks):
    segments = repeated_segments(toks).set_index("segment")
    assert segments.loc["plan de circulation", "f"] == 4
    assert segments.loc["plan de circulation", "docs"] == 3
    assert segments.loc["claire dumas", "f"] == 3
    assert "de circulation" not in segments.index  # starts with a stop word
    assert "le plan de circulation" not in segments.index


def test_repeated_segments_maximal():
    words = ["a", "b", "c", "x", "a", "b", "c", "y", "a", "b", "c", "z", "a", "b"]
    tokens = pd.DataFrame({"doc_id": "d", "sent_id": 0, "i": range(len(words)), "text": words, "norm": words,
                           "lemma": words, "pos": "NOUN", "is_punct": False})
    maximal = repeated_segments(tokens, stop_words=False).set_index("segment")["f"].to_dict()
    assert maximal == {"a b c": 3, "a b": 4}  # « b c » only occurs inside « a b c »
    every = repeated_segments(tokens, stop_words=False, maximal=False).set_index("segment")["f"].to_dict()
    assert every == {"a b c": 3, "a b": 4, "b c": 3}


# ── tf-idf ────────────────────────────────────────────────────────────────────────────────────

def test_tfidf_formula(toks):
    rows = tfidf(toks)
    assert list(rows.columns) == ["doc_id", "term", "tf", "df", "idf", "tfidf"]
    row = rows[(rows["doc_id"] == "echo-1") & (rows["term"] == "voiture")].iloc[0]
    assert row["df"] == 1 and row["idf"] == pytest.approx(np.log(4 / 2) + 1)
    doc = rows[rows["doc_id"] == "echo-1"]
    norm = np.sqrt(((doc["tf"] * doc["idf"]) ** 2).sum())
    assert row["tfidf"] == pytest.approx(row["tf"] * row["idf"] / norm)
    assert np.allclose(rows.groupby("doc_id")["tfidf"].apply(lambda v: (v ** 2).sum()), 1.0)
    assert tfidf(toks, top=3).groupby("doc_id").size().max() == 3


# ── command line and charts ───────────────────────────────────────────────────────────────────

def test_cli_keyness_by_doc(tmp_path, capsys):
    from analysis.__main__ import main

    for doc_id, text in TEXTS.items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    args = ["keywords", str(tmp_path), "--by", "doc", "--top", "3", "--format", "csv"]
    assert main([*args, "--min-part-words", "0"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == ",".join(KEYNESS_COLUMNS)
    assert len(lines) == 1 + 3 * 3
    assert main(["keywords", str(tmp_path / "echo-1.txt"), "--top", "5", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 5 and '"term"' in out[0]
    assert main(["keywords", str(tmp_path), "--measure", "g2"]) == 1  # needs --by
    assert "give a partition" in capsys.readouterr().err


def test_charts(by_speaker, toks):
    from matplotlib.figure import Figure

    from analysis.plots.keywords import keyness_bars, top_terms

    fig = top_terms(frequencies(toks), n=10)
    assert isinstance(fig, Figure) and len(fig.axes[0].patches) == 10
    rows = keyness(by_speaker, min_freq=1, min_part_words=0)
    fig = keyness_bars(rows, n=3)
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == rows["part"].nunique()
    assert isinstance(top_terms(frequencies(toks).head(0)), Figure)
