"""Sentence and token frames: the rows every analysis works on.

Columns are the contract between modules (DESIGN.md):
- sentences: doc_id, paragraph, sent_id, start, end, text, n_tokens, is_body
- tokens: doc_id, sent_id, i, text, lemma, pos, is_stop, is_punct, ent_type, start, end,
  plus norm (lower case, ' and ’ alike), morph, dep, head (doc-level index, -1 where the
  sentence was not parsed) and full (parser and NER ran on this sentence).

Offsets index the article text held in the articles frame: ``text[start:end]`` is the row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import pandas as pd
from spacy.tokens import Doc

from analysis.nlp.pipeline import annotate, count_tokens, may_carry_attribution, norm
from analysis.nlp.segment import segment

SENTENCE_COLUMNS = ["doc_id", "paragraph", "sent_id", "start", "end", "text", "n_tokens", "is_body"]
TOKEN_COLUMNS = [
    "doc_id", "sent_id", "i", "text", "lemma", "pos", "is_stop", "is_punct", "ent_type", "start", "end",
    "norm", "morph", "dep", "head", "full",
]

ParseMode = Literal["auto", "all", "none"]


def _articles_like(frame: pd.DataFrame) -> bool:
    return "text" in frame.columns and "sent_id" not in frame.columns


def sentences(articles: pd.DataFrame, *, model: str | None = None) -> pd.DataFrame:
    """One row per sentence of every article, never crossing a paragraph.

    ``is_body`` is false for header lines (a dateline such as « Dernière mise à jour à 08h53
    le 13/04 », a title line) so counts and charts can leave them out.
    """
    rows: list[tuple] = []
    for doc_id, text, body_start in zip(
        articles["doc_id"], articles["text"], articles.get("body_start", pd.Series(0, index=articles.index))
    ):
        body_start = 0 if pd.isna(body_start) else int(body_start)
        for sent_id, s in enumerate(segment(text)):
            rows.append((doc_id, s.paragraph, sent_id, s.start, s.end, text[s.start:s.end], s.start >= body_start))
    frame = pd.DataFrame(rows, columns=[c for c in SENTENCE_COLUMNS if c != "n_tokens"])
    frame.insert(6, "n_tokens", count_tokens(frame["text"].tolist(), model=model) if len(frame) else [])
    return frame.astype({"paragraph": "int64", "sent_id": "int64", "start": "int64", "end": "int64",
                         "n_tokens": "int64", "is_body": "bool"})


def full_parse_mask(sents: pd.DataFrame, parse: ParseMode | Callable[[str], bool] = "auto") -> list[bool]:
    """Which sentences get the parser and NER: all, none, or those that may carry a quotation."""
    if parse == "all":
        return [True] * len(sents)
    if parse == "none":
        return [False] * len(sents)
    test = parse if callable(parse) else _attribution_test()
    return [bool(test(t)) for t in sents["text"]]


def _attribution_test() -> Callable[[str], bool]:
    try:
        from analysis.quotes import needs_full_parse  # the quotation module knows best
    except ImportError:
        return may_carry_attribution
    return needs_full_parse


def annotate_sentences(
    sents: pd.DataFrame,
    *,
    parse: ParseMode | Callable[[str], bool] = "auto",
    model: str | None = None,
) -> list[Doc]:
    """spaCy docs aligned with the rows of ``sents`` (see :func:`analysis.nlp.pipeline.annotate`)."""
    docs = annotate(sents["text"].tolist(), full=full_parse_mask(sents, parse), model=model)
    for doc, doc_id, sent_id, start in zip(docs, sents["doc_id"], sents["sent_id"], sents["start"]):
        doc.user_data.update({"doc_id": doc_id, "sent_id": int(sent_id), "offset": int(start)})
    return docs


def tokens_from_docs(sents: pd.DataFrame, docs: Sequence[Doc]) -> pd.DataFrame:
    """Token rows for already annotated sentence docs (no second pass through the model)."""
    rows: list[tuple] = []
    base: dict[object, int] = {}
    for doc, doc_id, sent_id, start, text in zip(docs, sents["doc_id"], sents["sent_id"], sents["start"], sents["text"]):
        first = base.get(doc_id, 0)
        kept = [t for t in doc if not t.is_space]
        index = {t.i: first + k for k, t in enumerate(kept)}
        full = bool(doc.user_data.get("full", False))
        for k, t in enumerate(kept):
            surface = text[t.idx:t.idx + len(t.text)]
            rows.append((
                doc_id, int(sent_id), first + k, surface, t.lemma_, t.pos_, t.is_stop, t.is_punct,
                t.ent_type_, start + t.idx, start + t.idx + len(t.text), norm(surface), str(t.morph),
                t.dep_ if full else "", index.get(t.head.i, -1) if full else -1, full,
            ))
        base[doc_id] = first + len(kept)
    frame = pd.DataFrame(rows, columns=TOKEN_COLUMNS)
    return frame.astype({"sent_id": "int64", "i": "int64", "start": "int64", "end": "int64", "head": "int64",
                         "is_stop": "bool", "is_punct": "bool", "full": "bool"})


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
