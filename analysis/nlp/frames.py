"""Sentence and token frames: the rows every analysis works on.

Columns are the contract between modules (DESIGN.md):
- sentences: doc_id, paragraph, sent_id, start, end, text, n_tokens, is_body, furniture
- tokens: doc_id, sent_id, i, text, lemma, pos, is_stop, is_punct, ent_type, start, end,
  plus norm (lower case, ' and ’ alike), morph, dep, head (doc-level index, -1 where the
  sentence was not parsed) and full (parser and NER ran on this sentence).

Offsets index the article text held in the articles frame: ``text[start:end]`` is the row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import numpy as np
import pandas as pd
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LENGTH, MORPH, POS
from spacy.tokens import Doc

from analysis.fr.text import fold
from analysis.nlp.attribution import needs_full_parse
from analysis.nlp.furniture import find_furniture, furniture_at
from analysis.nlp.pipeline import annotate, count_tokens
from analysis.nlp.segment import segment

SENTENCE_COLUMNS = ["doc_id", "paragraph", "sent_id", "start", "end", "text", "n_tokens", "is_body", "furniture"]
FURNITURE_COLUMNS = ["doc_id", "kind", "start", "end", "text"]
TOKEN_COLUMNS = [
    "doc_id", "sent_id", "i", "text", "lemma", "pos", "is_stop", "is_punct", "ent_type", "start", "end",
    "norm", "morph", "dep", "head", "full",
]

ParseMode = Literal["auto", "all", "none"]


def _articles_like(frame: pd.DataFrame) -> bool:
    return "text" in frame.columns and "sent_id" not in frame.columns


def sentences(articles: pd.DataFrame, *, model: str | None = None, count: bool = True) -> pd.DataFrame:
    """One row per sentence of every article, never crossing a paragraph.

    ``is_body`` is false for header lines (a dateline such as « Dernière mise à jour à 08h53
    le 13/04 », a title line) so counts and charts can leave them out. ``furniture`` is the kind
    of page furniture the sentence belongs to (« reading » for « Lire aussi : … », « post » for an
    embedded social-media post, « media », « credit », « dateline », « code »; see
    :mod:`analysis.nlp.furniture`), "" for the article's prose. ``count=False`` leaves
    ``n_tokens`` at 0 for a caller that tokenises the sentences anyway (:func:`n_tokens`).
    """
    rows: list[tuple] = []
    for doc_id, text, body_start in zip(
        articles["doc_id"], articles["text"], articles.get("body_start", pd.Series(0, index=articles.index)),
        strict=True,
    ):
        body_start = 0 if pd.isna(body_start) else int(body_start)
        spans = find_furniture(text)
        for sent_id, s in enumerate(segment(text)):
            piece = furniture_at(spans, s.start) if spans else None
            rows.append((doc_id, s.paragraph, sent_id, s.start, s.end, text[s.start:s.end], s.start >= body_start,
                         piece.kind if piece else ""))
    frame = pd.DataFrame(rows, columns=[c for c in SENTENCE_COLUMNS if c != "n_tokens"])
    frame.insert(6, "n_tokens", count_tokens(frame["text"].tolist(), model=model) if count and len(frame) else 0)
    return frame.astype({"paragraph": "int64", "sent_id": "int64", "start": "int64", "end": "int64",
                         "n_tokens": "int64", "is_body": "bool"})


def page_furniture(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per piece of page furniture in every article: doc_id, kind, start, end, text.

    Furniture is what a web page adds around the article's prose: « Lire aussi » links, labels
    (« VIDÉO - »), embedded social-media posts, photo credits, datelines, page scripts
    (:mod:`analysis.nlp.furniture`). The quotation rules start no quotation there and the speaker
    scan reads no name there; this frame shows what was set aside (``text[start:end]``)."""
    rows = [(doc_id, f.kind, f.start, f.end, text[f.start:f.end])
            for doc_id, text in zip(articles["doc_id"], articles["text"], strict=True) if isinstance(text, str)
            for f in find_furniture(text)]
    return pd.DataFrame(rows, columns=FURNITURE_COLUMNS).astype({"start": "int64", "end": "int64"})


def full_parse_mask(sents: pd.DataFrame, parse: ParseMode | Callable[[str], bool] = "auto") -> list[bool]:
    """Which sentences get the parser and NER: all, none, or those that may carry a quotation."""
    if parse == "all":
        return [True] * len(sents)
    if parse == "none":
        return [False] * len(sents)
    test = parse if callable(parse) else needs_full_parse
    return [bool(test(t)) for t in sents["text"]]


def annotate_sentences(
    sents: pd.DataFrame,
    *,
    parse: ParseMode | Callable[[str], bool] = "auto",
    model: str | None = None,
) -> list[Doc]:
    """spaCy docs aligned with the rows of ``sents`` (see :func:`analysis.nlp.pipeline.annotate`)."""
    docs = annotate(sents["text"].tolist(), full=full_parse_mask(sents, parse), model=model)
    for doc, doc_id, sent_id, start in zip(docs, sents["doc_id"], sents["sent_id"], sents["start"], strict=True):
        doc.user_data.update({"doc_id": doc_id, "sent_id": int(sent_id), "offset": int(start)})
    return docs


_ATTRS = (IDX, LENGTH, LEMMA, POS, IS_STOP, IS_PUNCT, ENT_TYPE, DEP, HEAD, IS_SPACE, MORPH)
_IDX, _LENGTH, _LEMMA, _POS, _STOP, _PUNCT, _ENT, _DEP, _HEAD, _SPACE, _MORPH = range(len(_ATTRS))


def tokens_from_docs(sents: pd.DataFrame, docs: Sequence[Doc]) -> pd.DataFrame:
    """Token rows for already annotated sentence docs (no second pass through the model).

    Built column-wise from ``Doc.to_array`` (strings looked up once per distinct value), so
    the frame costs a few per cent of the tagging time even for corpora of millions of tokens.
    """
    if not len(docs):
        return pd.DataFrame({c: pd.Series(dtype=_TOKEN_DTYPES.get(c, "str")) for c in TOKEN_COLUMNS})
    strings = docs[0].vocab.strings
    arrays = [doc.to_array(list(_ATTRS)).reshape(-1, len(_ATTRS)) for doc in docs]
    counts = np.fromiter((len(a) for a in arrays), dtype=np.int64, count=len(arrays))
    table = np.concatenate(arrays)  # uint64: string hashes; HEAD is a signed offset stored unsigned
    head_offset = table[:, _HEAD].astype(np.int64)  # wraps 2**64 - 1 to -1
    row = np.repeat(np.arange(len(docs)), counts)  # sentence row of every token
    local = np.arange(len(table)) - np.repeat(np.cumsum(counts) - counts, counts)
    keep = table[:, _SPACE] == 0
    full_by_row = np.fromiter((bool(d.user_data.get("full", False)) for d in docs), dtype=bool, count=len(docs))
    doc_ids = sents["doc_id"].to_numpy()
    # doc-level token index, counting kept tokens only, in order of appearance per article
    index = np.full(len(table), -1, dtype=np.int64)
    index[keep] = pd.Series(doc_ids[row[keep]]).groupby(doc_ids[row[keep]], sort=False).cumcount().to_numpy()
    full = full_by_row[row]
    head_pos = np.repeat(np.cumsum(counts) - counts, counts) + local + head_offset
    head = np.where(full, index[np.clip(head_pos, 0, len(table) - 1)], -1)

    def names(column: int) -> np.ndarray:
        codes, uniques = pd.factorize(table[keep, column])
        return np.array([strings[int(u)] for u in uniques], dtype=object)[codes] if len(uniques) else np.array([], object)

    sent_texts = sents["text"].tolist()
    starts = table[keep, _IDX].astype(np.int64)
    ends = starts + table[keep, _LENGTH].astype(np.int64)
    rows = row[keep]
    surface = [sent_texts[r][b:e] for r, b, e in zip(rows.tolist(), starts.tolist(), ends.tolist(), strict=True)]
    offset = sents["start"].to_numpy()[rows]
    kept_full = full[keep]
    morph = names(_MORPH)
    morph[morph == "_"] = ""  # spaCy's empty analysis
    frame = pd.DataFrame({
        "doc_id": doc_ids[rows],
        "sent_id": sents["sent_id"].to_numpy()[rows].astype("int64"),
        "i": index[keep],
        "text": surface,
        "lemma": names(_LEMMA),
        "pos": names(_POS),
        "is_stop": table[keep, _STOP].astype(bool),
        "is_punct": table[keep, _PUNCT].astype(bool),
        "ent_type": names(_ENT),
        "start": offset + starts,
        "end": offset + ends,
        "norm": [fold(t, accents=True) for t in surface],
        "morph": morph,
        "dep": np.where(kept_full, names(_DEP), ""),
        "head": head[keep],
        "full": kept_full,
    })
    return frame.astype(_TOKEN_DTYPES)


_TOKEN_DTYPES = {"sent_id": "int64", "i": "int64", "start": "int64", "end": "int64", "head": "int64",
                 "is_stop": "bool", "is_punct": "bool", "full": "bool"}


def tokens(
    data: pd.DataFrame,
    *,
    parse: ParseMode | Callable[[str], bool] = "auto",
    model: str | None = None,
) -> pd.DataFrame:
    """One row per token of an articles frame or a sentences frame.

    ``parse`` chooses where the dependency parser and NER run: ``"auto"`` (sentences that may
    carry a quotation), ``"all"`` or ``"none"``; lemmas and POS tags are always there.
    """
    sents = sentences(data, model=model) if _articles_like(data) else data
    return tokens_from_docs(sents, annotate_sentences(sents, parse=parse, model=model))
