"""Near-duplicate removal: finds edited copies, keeps distinct stories, reports pairs, scales."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.corpus.synthetic import synthetic_articles
from analysis.io.dedup import (
    DEFAULT_THRESHOLD,
    drop_near_duplicates,
    jaccard,
    near_duplicate_pairs,
    shingle_hashes,
    signatures,
    words,
)

STORY = (
    "Le conseil municipal de Montclair a voté jeudi soir la rénovation complète du marché couvert, "
    "un chantier estimé à douze millions d'euros qui doit durer deux ans. La maire, Odile Perrin, a "
    "défendu un projet « attendu depuis vingt ans » par les commerçants du centre-ville. L'opposition a "
    "voté contre, jugeant le budget mal maîtrisé et le calendrier irréaliste. Les travaux commenceront "
    "au printemps, après le départ des derniers étals vers la halle provisoire installée place du Foirail. "
    "Une réunion publique est prévue le 12 mars pour présenter les plans aux habitants du quartier."
)
EDITION = STORY.replace("jeudi soir", "jeudi") + " Les commerçants seront indemnisés pendant la fermeture."
OTHER = (
    "Le club de handball de Vallon s'est qualifié samedi pour la finale régionale en battant son voisin "
    "de Saint-Aubin de quatre buts devant une salle comble. L'entraîneur a salué la solidarité de son groupe "
    "et la performance de sa gardienne, auteure de quatorze arrêts. La finale aura lieu dans deux semaines."
)


def frame(texts: list[str], **cols) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts, **cols})


def test_edited_edition_is_a_duplicate_and_longest_is_kept():
    kept, pairs = drop_near_duplicates(frame([STORY, OTHER, EDITION]))
    assert list(kept["doc_id"]) == ["d1", "d2"]  # EDITION is longer: it is kept
    assert pairs == [{"kept": "d2", "dropped": "d0", "similarity": pytest.approx(pairs[0]["similarity"])}]
    assert DEFAULT_THRESHOLD <= pairs[0]["similarity"] < 1


def test_apostrophes_and_case_do_not_matter():
    variant = STORY.replace("'", "’").upper()
    _, pairs = drop_near_duplicates(frame([STORY, variant]))
    assert len(pairs) == 1 and pairs[0]["similarity"] == 1.0
    assert pairs[0] == {"kept": "d0", "dropped": "d1", "similarity": 1.0}  # same length: the first is kept


def test_distinct_stories_are_kept():
    articles = synthetic_articles(40, seed=11)
    kept, pairs = drop_near_duplicates(articles)
    assert pairs == [] and len(kept) == 40


def test_threshold_switches():
    exact = frame([STORY, EDITION])
    sim = near_duplicate_pairs(exact)["similarity"].iloc[0]
    assert drop_near_duplicates(exact, threshold=min(1.0, sim + 0.05))[1] == []
    assert len(drop_near_duplicates(exact, threshold=sim - 0.05)[1]) == 1
    with pytest.raises(ValueError, match="threshold"):
        drop_near_duplicates(exact, threshold=0)


def test_by_column_keeps_the_same_story_in_two_outlets():
    two = frame([STORY, EDITION], outlet=["Le Quotidien", "L'Hebdo"])
    assert drop_near_duplicates(two, by="outlet")[1] == []
    assert len(drop_near_duplicates(two)[1]) == 1


def test_chain_drops_only_what_is_similar_to_a_kept_article():
    # a ~ b, b ~ c, but a !~ c: keep the longest (b) and drop both neighbours
    words = STORY.split()
    a = " ".join(words[:60])
    b = " ".join(words)
    c = " ".join(words[20:])
    kept, pairs = drop_near_duplicates(frame([a, b, c]), threshold=0.3)
    assert list(kept["doc_id"]) == ["d1"]
    assert {p["dropped"] for p in pairs} == {"d0", "d2"} and {p["kept"] for p in pairs} == {"d1"}


def test_empty_short_and_missing_texts():
    kept, pairs = drop_near_duplicates(frame(["", None, "Trois mots seulement", "Trois mots seulement", STORY]))
    assert len(kept) == 4 and pairs == [{"kept": "d2", "dropped": "d3", "similarity": 1.0}]


def test_shingles_and_estimate_agree_with_exact_jaccard():
    texts = [STORY, EDITION]
    h, owner = shingle_hashes(texts)
    a, b = np.unique(h[owner == 0]), np.unique(h[owner == 1])
    exact = jaccard(a, b)
    sigs, usable = signatures(texts)
    assert usable.all()
    estimate = (sigs[0] == sigs[1]).mean()
    assert abs(estimate - exact) < 0.15
    assert len(a) == len(words(STORY)) - 4  # one 5-word shingle per position (no repeated 5-grams here)


def test_frame_attrs_and_order_are_kept():
    f = frame([OTHER, STORY, EDITION])
    f.attrs["errors"] = [{"path": "x", "reason": "y"}]
    kept, _ = drop_near_duplicates(f)
    assert kept.attrs["errors"] == f.attrs["errors"]
    assert list(kept["doc_id"]) == ["d0", "d2"] and list(kept.index) == [0, 1]


def test_load_corpus_reports_duplicates(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(EDITION, encoding="utf-8")
    (tmp_path / "c.txt").write_text(OTHER, encoding="utf-8")
    from analysis.io import load_corpus

    loaded = load_corpus(tmp_path)
    assert sorted(loaded["doc_id"]) == ["b", "c"]
    assert loaded.attrs["duplicates"][0]["dropped"] == "a"
    assert len(load_corpus(tmp_path, dedup=False)) == 3


@pytest.mark.slow
def test_many_articles_no_quadratic_blowup():
    # 20,000 texts of random words: vectorised signatures + LSH, not 200 million comparisons
    rng = np.random.default_rng(0)
    vocab = np.array([f"w{i}" for i in range(20000)])
    texts = [" ".join(row) for row in vocab[rng.integers(0, 20000, size=(20000, 120))]]
    texts.append("copie " + texts[123])
    kept, pairs = drop_near_duplicates(frame(texts))
    assert len(kept) == 20000 and pairs[0]["kept"] == "d20000" and pairs[0]["dropped"] == "d123"


def test_corpus_of_very_short_texts():
    from analysis.io.dedup import drop_near_duplicates

    frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["Un texte.", "Trois.", "Trois."]})
    kept, pairs = drop_near_duplicates(frame)
    assert kept["doc_id"].tolist() == ["a", "b"]
    assert [(p["kept"], p["dropped"]) for p in pairs] == [("b", "c")]
