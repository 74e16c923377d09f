"""Segments: about forty words, cut at pauses, exact offsets, tied to the quotation they fall in."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.lexico import text_segments
from analysis.lexico.segments import cut_segments


def _tokens(text: str, doc_id: str = "d", sentence_ends: tuple[str, ...] = (".", "!", "?")) -> pd.DataFrame:
    """A tokens frame of ``text`` split on spaces (punctuation written apart), sentences at . ! ?"""
    rows, pos, sent = [], 0, 0
    for i, word in enumerate(text.split(" ")):
        punct = not any(ch.isalnum() for ch in word)
        rows.append((doc_id, sent, i, word, word.lower(), "PUNCT" if punct else "NOUN", False, punct, pos,
                     pos + len(word), word.lower()))
        pos += len(word) + 1
        if word in sentence_ends:
            sent += 1
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "i", "text", "lemma", "pos", "is_stop", "is_punct",
                                       "start", "end", "norm"])


def test_offsets_are_exact_and_segments_tile_each_article(planted):
    articles, tokens = planted(3, 0.2, 0)
    seg = text_segments(tokens, articles=articles)
    texts = articles.set_index("doc_id")["text"]
    assert (seg["text"] == [texts[d][s:e] for d, s, e in zip(seg["doc_id"], seg["start"], seg["end"], strict=True)]).all()
    for doc_id, group in seg.groupby("doc_id"):
        assert group["start"].iloc[0] == 0 and group["end"].iloc[-1] == len(texts[doc_id])
        assert (group["start"].to_numpy()[1:] > group["end"].to_numpy()[:-1]).all()  # in order, no overlap
        assert list(group["position"]) == list(range(len(group)))
    assert list(seg["segment_id"]) == list(range(len(seg)))


def test_segments_are_about_forty_words_and_end_at_sentence_ends(planted):
    articles, tokens = planted(3, 0.2, 1)
    seg = text_segments(tokens, articles=articles)
    inner = seg.groupby("doc_id").head(-1)  # an article's last segment holds its tail
    assert inner["n_words"].min() >= 20 and inner["n_words"].max() <= 55
    assert abs(inner["n_words"].median() - 40) <= 6
    assert inner["text"].str.endswith((".", ",")).mean() > 0.9


def test_short_article_is_one_segment_and_no_segment_crosses_articles():
    a = _tokens("Un titre court . Une phrase de plus .", "a")
    b = _tokens(" ".join(["mot"] * 120) + " .", "b")
    seg = text_segments(pd.concat([a, b], ignore_index=True))
    assert (seg["doc_id"] == "a").sum() == 1
    assert seg.loc[seg["doc_id"] == "a", "n_words"].iloc[0] == 7
    assert (seg["doc_id"] == "b").sum() == 3


def test_cut_prefers_a_sentence_end_near_the_target_over_a_comma():
    words = ["w"] * 36 + ["."] + ["x"] * 5 + [","] + ["y"] * 60 + ["."]
    seg = text_segments(_tokens(" ".join(words)))
    assert seg["n_words"].iloc[0] == 36


def test_quotation_edges_are_cut_points_and_segments_carry_their_speaker():
    narration = "le maire parle de la ville et de ses rues , des écoles , des places et des parcs depuis des années ."
    quoted = " ".join(["nous"] + ["voulons"] * 38 + ["."])
    text = f"{narration} « {quoted} » {narration}"
    tokens = _tokens(text)
    start = text.index("«") + 2
    end = text.index("»") - 1
    quotes = pd.DataFrame({"doc_id": ["d"], "quote_id": ["d:q1"], "start": [start], "end": [end],
                           "speaker": ["Claire Dumas"], "speaker_mention": ["la maire"]})
    seg, segment_of, ordered = cut_segments(tokens, quotes=quotes)
    speakers = dict(zip(seg["segment_id"], seg["speaker"], strict=True))
    assert "Claire Dumas" in speakers.values()
    quoted_seg = seg[seg["speaker"] == "Claire Dumas"].iloc[0]
    assert quoted_seg["quote_id"] == "d:q1" and quoted_seg["in_quote"] > 0.9
    assert (seg.loc[seg["speaker"] != "Claire Dumas", "speaker"] == "(récit)").all()
    assert len(segment_of) == len(ordered) and np.all(np.diff(segment_of) >= 0)
