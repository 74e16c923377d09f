"""Sentence and token frames: columns, exact offsets, and the invariants on arbitrary text."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.nlp import sentences, tokens
from analysis.nlp.frames import SENTENCE_COLUMNS, TOKEN_COLUMNS
from analysis.nlp.segment import segment


def frame_of(text: str, doc_id: str = "d") -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [doc_id], "text": [text], "body_start": [0]})


def test_sentence_frame_columns_and_offsets(sample_articles, sample_sentences):
    text = sample_articles.iloc[0]["text"]
    assert list(sample_sentences.columns) == SENTENCE_COLUMNS
    for row in sample_sentences.itertuples():
        assert text[row.start:row.end] == row.text
    assert sample_sentences["is_body"].tolist() == [False] + [True] * 12
    assert sample_sentences["paragraph"].tolist() == [0, 1, 2, 3, 4, 4, 5, 6, 6, 7, 8, 8, 9]


def test_token_frame_columns_offsets_and_lemmas(sample_articles, sample_tokens):
    text = sample_articles.iloc[0]["text"]
    assert list(sample_tokens.columns) == TOKEN_COLUMNS
    for row in sample_tokens.itertuples():
        assert text[row.start:row.end] == row.text
    assert sample_tokens["i"].tolist() == list(range(len(sample_tokens)))
    lemmas = dict(zip(sample_tokens["text"], sample_tokens["lemma"], strict=True))
    assert lemmas["indiqué"] == "indiquer"
    assert lemmas["continuerons"] == "continuer"


def test_typographic_apostrophes_split_like_straight_ones():
    toks = tokens(frame_of("L’homme qu’il a vu aujourd’hui n’est pas l'ami d'Anne."), parse="none")
    assert toks["text"].tolist()[:3] == ["L’", "homme", "qu’"]
    assert toks["norm"].tolist()[:3] == ["l'", "homme", "qu'"]
    assert toks.loc[toks["text"] == "L’", "lemma"].item() == "le"
    assert "aujourd’hui" in toks["text"].tolist()


def test_parse_only_where_needed():
    text = "Il pleut sur Brest depuis trois jours. « Nous sommes prêts », a dit le maire."
    toks = tokens(frame_of(text), parse="auto")
    by_sentence = toks.groupby("sent_id")["full"].all().tolist()
    assert by_sentence == [False, True]
    parsed = toks[toks["full"]]
    assert (parsed["head"] >= 0).all() and (parsed["dep"] != "").all()
    assert (toks.loc[~toks["full"], "head"] == -1).all()


def test_sentences_of_several_articles_are_numbered_per_article():
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Un. Deux.", "Trois."], "body_start": [0, 0]})
    sents = sentences(articles)
    assert sents[["doc_id", "sent_id"]].values.tolist() == [["a", 0], ["a", 1], ["b", 0]]


def test_empty_frame():
    empty = pd.DataFrame({"doc_id": [], "text": [], "body_start": []})
    assert sentences(empty).empty
    assert tokens(empty).empty


# --- invariants on arbitrary text -----------------------------------------------------------

french_chars = st.sampled_from(list("abcdeéèêàçôîïùû ABCÉÀ.,;:!?…'’«»\"“”()-–—\n\t\u00a0\u202f0123456789M"))
french_like = st.lists(
    st.one_of(french_chars, st.sampled_from(["M. ", "MM. ", "Mme ", " a-t-il dit. ", "« ", " »", ". ", "\n\n", "..."])),
    max_size=120,
).map("".join)
any_text = st.one_of(french_like, st.text(max_size=200))


def check_sentence_invariants(text: str) -> None:
    spans = segment(text)
    covered = set()
    previous_end = 0
    for s in spans:
        assert 0 <= previous_end <= s.start < s.end <= len(text)
        chunk = text[s.start:s.end]
        assert chunk == chunk.strip() and chunk
        covered.update(range(s.start, s.end))
        previous_end = s.end
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    paragraphs = [s.paragraph for s in spans]
    assert paragraphs == sorted(paragraphs)


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_sentence_spans_exact_ordered_disjoint_covering(text):
    check_sentence_invariants(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_frames_offsets_exact_on_arbitrary_text(text):
    frame = frame_of(text)
    sents = sentences(frame)
    for row in sents.itertuples():
        assert text[row.start:row.end] == row.text
    toks = tokens(sents, parse="auto")
    for row in toks.itertuples():
        assert text[row.start:row.end] == row.text
        assert not row.text.isspace()
    assert toks["i"].tolist() == list(range(len(toks)))


def test_fast_model_annotations_equal_the_shipped_model():
    """The speed-ups (lemma sets, array attribute ruler) change no tag, lemma, parse or entity."""
    import spacy

    from analysis import config
    from analysis.nlp.pipeline import annotate, fold_for_model, load_model

    texts = [
        "Le ministre de l'Intérieur a déclaré mardi que « la situation est sous contrôle ».",
        "« Nous ne céderons pas », a lancé Mme Dupré-Aubry, maire de Sainte-Ondine.",
        "Il a dit  bonjour\n\n à tous .",
        " Selon  la préfecture,\tles routes rouvriront jeudi ",
        "\n",
    ]
    assert "attribute_ruler" in load_model().pipe_names
    shipped = spacy.load(config.model_name("sm"))
    expected = list(shipped.pipe([fold_for_model(t) for t in texts]))
    got = annotate(texts, full=True)

    def key(t):
        return t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_

    assert [[key(t) for t in d] for d in got] == [[key(t) for t in d] for d in expected]


def test_pipeline_counts_tokens_from_its_docs(sample_articles, sample_sentences):
    from analysis.pipeline import analyse

    assert analyse(sample_articles)["sentences"]["n_tokens"].tolist() == sample_sentences["n_tokens"].tolist()
