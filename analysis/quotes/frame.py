"""The quotes frame: from articles (or their sentences and spaCy docs) to one row per quotation.

Columns (the contract with speakers, sentiment, plots):
doc_id, quote_id (``f"{doc_id}:q{n}"``, n = 1, 2 … in text order), type (direct | indirect |
mixed | selon), text, start, end (``article_text[start:end] == text``), cue (surface), cue_lemma,
cue_category (a category of analysis/data/reporting_verbs.csv, « selon » for prepositional
attributions, "" when there is no cue), cue_start, cue_end, speaker_mention, mention_start, mention_end (offsets are
nullable integers: <NA> when there is no cue or no mention), paragraph, sent_ids (list of the
sentence ids the quotation covers), continues (quote_id of the quotation whose speaker it carries
over, or "": a continuation, the later part of a quotation split by an incise or running over
paragraphs, or a headline quotation repeating one of the body).
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence

import pandas as pd
from spacy.attrs import IDX, IS_SPACE, MORPH, POS
from spacy.tokens import Doc

from analysis.errors import AnalysisError, InputError
from analysis.quotes.extract import SentenceRow, extract_article

log = logging.getLogger(__name__)

QUOTE_COLUMNS: list[str] = [
    "doc_id", "quote_id", "type", "text", "start", "end", "cue", "cue_lemma", "cue_category", "cue_start", "cue_end",
    "speaker_mention", "mention_start", "mention_end", "paragraph", "sent_ids", "continues",
]
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed", "selon")


def empty_quotes() -> pd.DataFrame:
    """A quotes frame with no rows and the right columns and types."""
    return _typed(pd.DataFrame({c: [] for c in QUOTE_COLUMNS}))


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    ints = {c: "Int64" for c in ("cue_start", "cue_end", "mention_start", "mention_end")}
    frame = frame.astype({"start": "int64", "end": "int64", "paragraph": "int64", **ints})
    for col in ("doc_id", "quote_id", "type", "text", "cue", "cue_lemma", "cue_category", "speaker_mention", "continues"):
        frame[col] = frame[col].astype(object)
    return frame


def _is_sentences(frame: pd.DataFrame) -> bool:
    return "sent_id" in frame.columns


def _tags_by_doc(sents: pd.DataFrame, docs: Sequence[Doc]) -> dict[object, tuple[list[int], list[tuple[str, str]]]]:
    if len(docs) != len(sents):
        raise ValueError(f"docs ({len(docs)}) must be aligned with the sentence rows ({len(sents)})")
    out: dict[object, tuple[list[int], list[tuple[str, str]]]] = {}
    names: dict[tuple[int, int], tuple[str, str]] = {}  # (POS id, MORPH hash) → (pos, morph): few distinct pairs
    for doc, doc_id, start in zip(docs, sents["doc_id"], sents["start"], strict=True):
        starts, tags = out.setdefault(doc_id, ([], []))
        if not len(doc):
            continue
        strings = doc.vocab.strings
        array = doc.to_array([IDX, IS_SPACE, POS, MORPH])  # column-wise: no Token objects made
        offset = int(start)
        for idx, space, pos, morph in array.tolist():
            if space:
                continue
            starts.append(offset + idx)
            tag = names.get((pos, morph))
            if tag is None:
                feats = strings[morph] if morph else ""
                tag = names[(pos, morph)] = (strings[pos] if pos else "", "" if feats == "_" else feats)  # as str(t.morph)
            tags.append(tag)
    for starts, tags in out.values():
        if any(b < a for a, b in zip(starts, starts[1:], strict=False)):
            order = sorted(range(len(starts)), key=starts.__getitem__)
            starts[:] = [starts[k] for k in order]
            tags[:] = [tags[k] for k in order]
    return out


def _sent_ids(rows: Sequence[SentenceRow], starts: list[int], start: int, end: int) -> list[int]:
    lo = max(0, bisect.bisect_right(starts, start) - 1)
    hi = max(lo, bisect.bisect_left(starts, end) - 1)
    return [rows[k].sent_id for k in range(lo, hi + 1) if rows[k].start < end and rows[k].end > start] or [rows[lo].sent_id]


def article_quotes(doc_id: object, text: str, rows: Sequence[SentenceRow],
                   tags: tuple[list[int], list[tuple[str, str]]] | None = None) -> list[dict]:
    """Quote rows of one article (see the module docstring for the columns)."""
    rows = sorted(rows, key=lambda r: r.start)
    cands, _ = extract_article(text, rows, tags)
    starts = [r.start for r in rows]
    records: list[dict] = []
    ids = [f"{doc_id}:q{n + 1}" for n in range(len(cands))]
    for n, c in enumerate(cands):
        cue = text[c.cue_span[0]:c.cue_span[1]] if c.cue_span else ""
        mention = text[c.mention[0]:c.mention[1]] if c.mention else ""
        records.append({
            "doc_id": doc_id, "quote_id": ids[n], "type": c.type, "text": text[c.start:c.end],
            "start": c.start, "end": c.end, "cue": cue, "cue_lemma": c.cue_lemma if cue else "",
            "cue_category": c.cue_category if cue else "",
            "cue_start": c.cue_span[0] if c.cue_span else pd.NA, "cue_end": c.cue_span[1] if c.cue_span else pd.NA,
            "speaker_mention": mention,
            "mention_start": c.mention[0] if c.mention else pd.NA, "mention_end": c.mention[1] if c.mention else pd.NA,
            "paragraph": c.paragraph, "sent_ids": _sent_ids(rows, starts, c.start, c.end),
            "continues": ids[c.carry] if c.carry is not None else "",
        })
    return records


def extract_quotes(
    data: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    docs: Sequence[Doc] | None = None,
    model: str | None = None,
    tag: bool = True,
) -> pd.DataFrame:
    """Every attributed statement of the articles: span, type, cue and raw speaker mention.

    ``data`` is an articles frame (then sentences are segmented and tagged here), or a sentences
    frame together with ``articles=`` (their texts). Pass ``docs`` (aligned with the sentence rows,
    from :func:`analysis.nlp.annotate_sentences`) to reuse annotations: nothing is parsed twice.
    With ``tag=False`` and no docs, the rules run on surface forms alone (fast, a little less
    precise on subjects). One article that fails is logged, listed in ``.attrs["errors"]`` and
    skipped; the others are processed.
    """
    if _is_sentences(data):
        if articles is None:
            raise InputError(None, "extract_quotes got a sentences frame: pass the articles too (articles=…)")
        sentences = data
    else:
        articles = data
    if articles is None or "text" not in articles.columns or "doc_id" not in articles.columns:
        raise InputError(None, "extract_quotes needs an articles frame with doc_id and text columns")
    if sentences is None:
        from analysis.nlp import sentences as segment_sentences

        sentences = segment_sentences(articles, model=model)
    if docs is None and tag and len(sentences):
        from analysis.nlp import annotate_sentences

        docs = annotate_sentences(sentences, parse="none", model=model)
    tags = _tags_by_doc(sentences, docs) if docs is not None else {}
    rows_by_doc: dict[object, list[SentenceRow]] = {}
    for doc_id, paragraph, sent_id, start, end in zip(
        sentences["doc_id"], sentences["paragraph"], sentences["sent_id"], sentences["start"], sentences["end"], strict=True
    ):
        rows_by_doc.setdefault(doc_id, []).append(SentenceRow(int(paragraph), int(sent_id), int(start), int(end)))
    records: list[dict] = []
    errors: list[dict] = []
    for doc_id, text, path in zip(articles["doc_id"], articles["text"],
                                  articles["path"] if "path" in articles.columns else [None] * len(articles), strict=True):
        rows = rows_by_doc.get(doc_id)
        if not rows or not isinstance(text, str):
            continue
        try:
            records.extend(article_quotes(doc_id, text, rows, tags.get(doc_id)))
        except (AnalysisError, ValueError, IndexError, KeyError, RecursionError) as exc:  # one bad article
            log.warning("quotes: skipped %s: %s", path or doc_id, exc)
            errors.append({"path": path or doc_id, "error": type(exc).__name__, "reason": str(exc)})
    frame = _typed(pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS)) if records else empty_quotes()
    frame.attrs["errors"] = errors
    return frame
