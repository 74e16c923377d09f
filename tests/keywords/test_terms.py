"""Terms from French tokens: elisions split, « aujourd'hui » whole, ' and ’ alike, stop words, numbers.

The texts are written for these tests (news style, invented facts).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import InputError
from analysis.keywords import frequencies, kwic, stop_words, token_terms
from analysis.keywords.terms import clean_term, is_number, join_terms, split_query

CURLY = (
    "L’adjointe qu’on attendait n’est pas venue aujourd’hui. D’après la mairie, l’élue "
    "a-t-elle renoncé ? Jusqu’à jeudi, lorsqu’il pleut, l’école ferme à 16h30. "
    "Le 1er mars, 1 200 parents ont signé la pétition de l’association."
)
STRAIGHT = CURLY.replace("’", "'")


@pytest.fixture(scope="module")
def toks():
    from analysis.nlp import tokens

    articles = pd.DataFrame({"doc_id": ["curly", "straight"], "path": ["", ""], "text": [CURLY, STRAIGHT]})
    return tokens(articles, parse="none")


def _doc(toks, doc_id):
    return toks[toks["doc_id"] == doc_id]


@pytest.mark.parametrize("doc_id", ["curly", "straight"])
def test_elisions_are_split_and_aujourdhui_stays_whole(toks, doc_id):
    norms = _doc(toks, doc_id)["norm"].tolist()
    for elided in ("l'", "qu'", "n'", "d'", "jusqu'", "lorsqu'"):
        assert elided in norms
    assert "aujourd'hui" in norms
    assert "adjointe" in norms and "école" in norms and "association" in norms


def test_both_apostrophes_give_the_same_tokens_and_offsets(toks):
    a, b = _doc(toks, "curly"), _doc(toks, "straight")
    assert a["norm"].tolist() == b["norm"].tolist()
    assert a["lemma"].tolist() == b["lemma"].tolist()
    assert a["start"].tolist() == b["start"].tolist()
    for row in a.itertuples():
        assert CURLY[row.start:row.end] == row.text


@pytest.mark.parametrize("by", ["lemma", "norm"])
def test_frequencies_do_not_depend_on_the_apostrophe(toks, by):
    a = frequencies(_doc(toks, "curly"), by=by, numbers=True)
    b = frequencies(_doc(toks, "straight"), by=by, numbers=True)
    pd.testing.assert_frame_equal(a, b)


def test_stop_words_elisions_and_clitics_left_out(toks):
    terms = set(frequencies(_doc(toks, "curly"), by="norm")["term"])
    assert not terms & {"l'", "qu'", "n'", "d'", "jusqu'", "lorsqu'", "t", "-t", "elle", "-elle", "il", "la", "à"}
    assert {"adjointe", "mairie", "école", "pétition", "aujourd'hui"} <= terms


def test_numbers_out_unless_asked(toks):
    doc = _doc(toks, "curly")
    plain = set(frequencies(doc, by="norm")["term"])
    with_numbers = set(frequencies(doc, by="norm", numbers=True)["term"])
    assert not plain & {"16h30", "1er", "1", "200"}
    assert {"16h30", "1er"} <= with_numbers


def test_punctuation_never_a_term(toks):
    terms = set(frequencies(toks, by="text", stop_words=False, numbers=True)["term"])
    assert not terms & {".", ",", "?", "’", "'"}


def test_pos_filter(toks):
    rows = frequencies(_doc(toks, "curly"), pos={"NOUN"})
    assert set(rows["pos"]) == {"NOUN"}
    assert "mairie" in set(rows["term"])


def test_per_10k_counts_every_word(toks):
    doc = _doc(toks, "curly")
    rows = frequencies(doc, by="norm")
    words = int((~doc["is_punct"]).sum())
    assert set(rows["t"]) == {words}
    row = rows[rows["term"] == "mairie"].iloc[0]
    assert row["per_10k"] == pytest.approx(row["f"] / words * 10_000)


def test_kwic_query_with_either_apostrophe(toks):
    for query in ("l’école", "l'école", "L'ÉCOLE"):
        hits = kwic(toks, query, by="norm")
        assert len(hits) == 2  # once in each document
        assert set(hits["doc_id"]) == {"curly", "straight"}


def test_stop_word_list_and_project_file():
    words = stop_words()
    assert {"le", "de", "qu'", "jusqu'", "m.", "avoir", "t"} <= words
    assert "gens" not in words and "premier" not in words  # taken out of spaCy's list by the project file
    assert "l'" in words and all("’" not in w for w in words)


def test_stop_words_extra_remove_and_user_files(tmp_path):
    assert "poutine" in stop_words(extra=["Poutine"])
    assert "selon" not in stop_words(remove=["selon"])
    user = tmp_path / "mes_mots.txt"
    user.write_text("# mes mots\nmairie\n-selon\n", encoding="utf-8")
    words = stop_words(files=[user])
    assert "mairie" in words and "selon" not in words
    with pytest.raises(InputError, match="not found"):
        stop_words(files=[tmp_path / "absent.txt"])


def test_custom_stop_words_change_rows_not_sizes(toks):
    doc = _doc(toks, "curly")
    base = frequencies(doc, by="norm")
    fewer = frequencies(doc, by="norm", stop_words=stop_words(extra=["mairie"]))
    assert "mairie" in set(base["term"]) and "mairie" not in set(fewer["term"])
    assert set(base["t"]) == set(fewer["t"])


def test_token_terms_is_aligned_with_tokens(toks):
    terms = token_terms(toks, by="norm")
    assert len(terms) == len(toks)
    kept = pd.Series(terms, index=toks.index).dropna()
    assert (kept == toks.loc[kept.index, "norm"].str.lstrip("-")).all()


def test_helpers():
    assert clean_term("L’État", lower=False) == "L'État"
    assert clean_term("-il", lower=True) == "il" and clean_term("-", lower=True) == "-"
    assert split_query("l’état-major") == ["l'", "état-major"]
    assert split_query("aujourd’hui qu'il") == ["aujourd'hui", "qu'", "il"]
    assert join_terms(["l'", "état-major", "russe"]) == "l'état-major russe"
    assert is_number("16h30") and is_number("1er") and is_number("33,5 %") and not is_number("XXe")
