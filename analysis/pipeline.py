"""Every analysis of a batch of articles in one pass: the unit of work of a corpus build.

spaCy runs once per sentence (tagger and lemmas everywhere; parser and NER only on the
sentences that carry an attribution), and every later stage reads the docs and frames
already made: quotations, then speakers, then sentiment.

A failing article never sinks the batch: the stage is retried on halves of the batch until
the bad article is isolated; it is listed in the ``errors`` frame (doc_id, stage, error,
reason) and the other articles go on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from spacy.tokens import Doc

from analysis.nlp.frames import (
    SENTENCE_COLUMNS,
    TOKEN_COLUMNS,
    ParseMode,
    full_parse_mask,
    sentences,
    tokens_from_docs,
)
from analysis.nlp.pipeline import annotate, complete, n_tokens
from analysis.quotes import QUOTE_COLUMNS as EXTRACTED_COLUMNS
from analysis.quotes import extract_quotes
from analysis.sentiment import score_quotes
from analysis.speakers import SPEAKER_COLUMNS as RESOLVED_COLUMNS
from analysis.speakers import SPEAKERS_TABLE_COLUMNS, resolve, speakers_table

log = logging.getLogger("analysis")

ERROR_COLUMNS = ["doc_id", "stage", "error", "reason"]
QUOTE_COLUMNS = [*EXTRACTED_COLUMNS, *RESOLVED_COLUMNS, "polarity", "subjectivity", "label"]
"""Columns of the quotes table: extraction's, speaker resolution's, then the sentiment scores."""
SPEAKER_COLUMNS = SPEAKERS_TABLE_COLUMNS
SENTENCE_BATCH = 64
"""Sentences per spaCy batch. Sentences are short (~15 words): batches of 8, right for whole
articles, leave the model mostly waiting on per-batch overhead; 64 was ~1.5× faster here."""
TABLES = ("sentences", "tokens", "quotes", "speakers", "errors")

STAGES = ("nlp", "quotes", "speakers", "sentiment")
"""What :func:`analyse` computes, in order (recorded in corpus manifests)."""


def available_stages() -> list[str]:
    """The stages :func:`analyse` runs."""
    return list(STAGES)


def _stage_errors(result: Any, stage: str, articles: pd.DataFrame, errors: list[dict[str, Any]]) -> None:
    """Articles a stage skipped on its own (listed in ``result.attrs["errors"]``) go to the errors table."""
    attrs = getattr(result, "attrs", {})
    reported = [*(attrs.get("errors") or []), *(attrs.get("speaker_errors") or [])]
    if not reported:
        return
    by_path = dict(zip(articles["path"].astype(str), articles["doc_id"].astype(str), strict=False)) \
        if "path" in articles.columns else {}
    for err in reported:
        key = str(err.get("doc_id") or err.get("path") or "")
        errors.append({"doc_id": by_path.get(key, key), "stage": stage, "error": str(err.get("error", "")),
                       "reason": str(err.get("reason", ""))[:500]})


def _error_row(doc_id: Any, stage: str, exc: BaseException) -> dict[str, Any]:
    return {"doc_id": str(doc_id), "stage": stage, "error": type(exc).__name__, "reason": str(exc)[:500]}


def _error(doc_id: Any, stage: str, exc: BaseException) -> dict[str, Any]:
    log.warning("article %s failed at %s: %s: %s", doc_id, stage, type(exc).__name__, exc)
    return _error_row(doc_id, stage, exc)


def isolate(
    run: Callable[[list[Any]], Any],
    ids: Sequence[Any],
    *,
    stage: str,
    errors: list[dict[str, Any]],
) -> list[Any]:
    """``run(ids)``; on failure, halves of ``ids`` again until each bad id is found and reported.

    When the first and the last article each fail alone with the very error the whole batch
    raised, the stage itself is broken (a missing data file, a bug), not one article: every
    article is reported with that error at once instead of being retried one by one.
    """
    if not ids:
        return []
    try:
        return [run(list(ids))]
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of one article is reported, not raised
        if len(ids) == 1:
            errors.append(_error(ids[0], stage, exc))
            return []
        signature = (type(exc), str(exc))
    alone = [_failure(run, ids[0]), _failure(run, ids[-1])]
    if all(f is not None and (type(f), str(f)) == signature for f in alone):
        log.warning("stage %s failed for all %d articles of the batch: %s: %s", stage, len(ids), *map(str, signature))
        errors.extend(_error_row(i, stage, alone[0]) for i in ids)
        return []
    mid = len(ids) // 2
    return isolate(run, ids[:mid], stage=stage, errors=errors) + isolate(run, ids[mid:], stage=stage, errors=errors)


def _failure(run: Callable[[list[Any]], Any], one: Any) -> Exception | None:
    """The exception ``run([one])`` raises, or None."""
    try:
        run([one])
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001
        return exc
    return None


def _nlp(articles: pd.DataFrame, *, model: str | None, parse: ParseMode) -> tuple[pd.DataFrame, list[Doc]]:
    """Sentences and their docs (one model pass). With ``parse="auto"`` no sentence is parsed
    yet: :func:`_parse_attributions` parses those where a quotation was found."""
    sents = sentences(articles, model=model, count=False)
    full = [False] * len(sents) if parse == "auto" else full_parse_mask(sents, parse)
    docs = annotate(sents["text"].tolist(), full=full, model=model, batch_size=SENTENCE_BATCH)
    sents["n_tokens"] = np.asarray(n_tokens(docs), dtype="int64")
    for doc, doc_id, sent_id, start in zip(docs, sents["doc_id"], sents["sent_id"], sents["start"], strict=True):
        doc.user_data.update({"doc_id": doc_id, "sent_id": int(sent_id), "offset": int(start)})
    return sents, docs


def attribution_sentences(sents: pd.DataFrame, quotes: pd.DataFrame) -> list[bool]:
    """Flags for the sentences that carry an attribution: those holding a quotation's cue or its
    speaker mention. The other sentences of a long quotation are only tagged (``parse="all"``
    parses everything)."""
    wanted: set[tuple[str, int]] = set()
    if len(quotes):
        starts: dict[str, tuple[np.ndarray, np.ndarray]] = {
            doc_id: (group["start"].to_numpy(), group["sent_id"].to_numpy())
            for doc_id, group in sents.sort_values(["doc_id", "start"]).groupby(sents["doc_id"].astype(str))
        }
        for column in ("cue_start", "mention_start"):
            if column not in quotes.columns:
                continue
            located = quotes[quotes[column].notna()]
            for doc_id, offset in zip(located["doc_id"].astype(str), located[column], strict=True):
                if doc_id in starts:
                    begin, ids = starts[doc_id]
                    k = int(np.searchsorted(begin, int(offset), side="right")) - 1
                    if k >= 0:
                        wanted.add((doc_id, int(ids[k])))
    return [(d, int(i)) in wanted for d, i in zip(sents["doc_id"].astype(str), sents["sent_id"], strict=True)]


def _ensure(frame: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame:
    if frame is None or (frame.empty and not len(frame.columns)):
        return pd.DataFrame(columns=columns)
    return frame


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    frames = [f for f in frames if f is not None and len(f)]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)


def analyse(
    articles: pd.DataFrame,
    *,
    model: str | None = None,
    parse: ParseMode = "auto",
) -> dict[str, pd.DataFrame]:
    """Sentences, tokens, quotes (with speakers and sentiment), speakers and errors of ``articles``.

    ``parse`` chooses where the dependency parser and NER run: ``"auto"`` (the sentences where a
    quotation, its cue or its speaker mention was found — the rules themselves need only tags
    and lemmas, so they run first and nothing is tagged twice), ``"all"`` or ``"none"``.
    """
    errors: list[dict[str, Any]] = []
    usable = articles["text"].map(lambda t: isinstance(t, str) and bool(t.strip()))
    for doc_id in articles.loc[~usable, "doc_id"]:
        errors.append(_error(doc_id, "nlp", ValueError("the article has no text")))
    articles = articles[usable]
    by_id = articles.set_index(articles["doc_id"].astype(str), drop=False)
    ids = list(dict.fromkeys(by_id.index))

    parts = isolate(lambda chunk: _nlp(by_id.loc[chunk], model=model, parse=parse), ids, stage="nlp", errors=errors)
    sents = _concat([p[0] for p in parts], SENTENCE_COLUMNS)
    all_docs = [doc for _, part_docs in parts for doc in part_docs]
    docs: dict[str, list[Doc]] = {}
    for doc_id, doc in zip(sents["doc_id"].astype(str), all_docs, strict=True):
        docs.setdefault(doc_id, []).append(doc)
    ok_ids = [i for i in ids if i in docs]
    toks = pd.DataFrame(columns=TOKEN_COLUMNS)

    def subset(chunk: list[str]) -> dict[str, Any]:
        mask_s = sents["doc_id"].astype(str).isin(chunk)
        return {
            "articles": by_id.loc[chunk], "sentences": sents[mask_s],
            "tokens": toks[toks["doc_id"].astype(str).isin(chunk)],
            "docs": [d for i in chunk for d in docs.get(i, [])], "model": model,
        }

    def run_quotes(chunk: list[str]) -> pd.DataFrame:
        data = subset(chunk)
        part = data.pop("articles")
        result = extract_quotes(part, sentences=data["sentences"], docs=data["docs"], model=model)
        _stage_errors(result, "quotes", part, errors)
        return result

    quotes = _concat(isolate(run_quotes, ok_ids, stage="quotes", errors=errors), EXTRACTED_COLUMNS)
    if parse == "auto" and len(sents):
        complete(all_docs, attribution_sentences(sents, quotes), model=model, batch_size=SENTENCE_BATCH)
    toks = _concat([tokens_from_docs(sents, all_docs)], TOKEN_COLUMNS) if len(sents) else toks
    speakers: pd.DataFrame | None = None
    quoted_ids = sorted(set(quotes["doc_id"].astype(str))) if len(quotes) else []

    def run_speakers(chunk: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
        data = subset(chunk)
        part = quotes[quotes["doc_id"].astype(str).isin(chunk)]
        resolved = resolve(part, data["articles"], sentences=data["sentences"])
        _stage_errors(resolved, "speakers", data["articles"], errors)
        return resolved, speakers_table(resolved, data["articles"])

    resolved = isolate(run_speakers, quoted_ids, stage="speakers", errors=errors)
    if resolved:
        quotes = _concat([q for q, _ in resolved], QUOTE_COLUMNS)
        speakers = _concat([s for _, s in resolved], SPEAKER_COLUMNS)

    def run_sentiment(chunk: list[str]) -> pd.DataFrame:
        return score_quotes(quotes[quotes["doc_id"].astype(str).isin(chunk)], batch_size=SENTENCE_BATCH, model=model,
                            tokens=toks[toks["doc_id"].astype(str).isin(chunk)])

    scored = isolate(run_sentiment, quoted_ids, stage="sentiment", errors=errors)
    if scored:
        quotes = _concat(scored, QUOTE_COLUMNS)
    return {
        "sentences": sents,
        "tokens": toks,
        "quotes": _ensure(quotes, QUOTE_COLUMNS),
        "speakers": _ensure(speakers, SPEAKER_COLUMNS),
        "errors": pd.DataFrame(errors, columns=ERROR_COLUMNS),
    }
