"""The frames: quotes with speaker columns, the speakers table, the mention chains.

Plural speakers (« MM. Poutine et Loukachenko ont déclaré ») stay one quotation row: the
speaker fields hold every speaker joined with :data:`SEPARATOR` (« Vladimir Poutine ; Alexandre
Loukachenko »), in the order the text names them. :func:`explode_speakers` turns them into one
row per speaker (each with ``share`` = 1/n) for counting and charts; the speakers table counts
such a quotation once for each of its speakers.
"""

from __future__ import annotations

import gc
import logging
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd

from analysis.errors import InputError
from analysis.fr.text import fold
from analysis.speakers.article import ArticleResult, resolve_article
from analysis.speakers.fallbacks import names_nobody
from analysis.speakers.names import corpus_ids, name_words
from analysis.speakers.organisations import generic_body
from analysis.speakers.overrides import Overrides, apply_overrides
from analysis.speakers.ranker import RANKER_RULE, Model, enabled, load_model, rule_family
from analysis.speakers.scan import Sentence
from analysis.speakers.text import slug, word_count

log = logging.getLogger("analysis")

SEPARATOR = " ; "
"""Joins the speakers of a quotation attributed to several people."""

SPEAKER_COLUMNS = ["speaker", "speaker_id", "speaker_kind", "speaker_role", "speaker_gender", "speaker_rule"]
SPEAKERS_TABLE_COLUMNS = ["doc_id", "speaker_id", "speaker", "kind", "role", "gender", "mentions", "n_quotes",
                          "quoted_words"]
CHAIN_COLUMNS = ["doc_id", "quote_id", "paragraph", "speaker_mention", "mention_start", "rule", "antecedent",
                 "antecedent_start", "antecedent_paragraph", "speaker", "speaker_id"]

_QUOTE_FIELDS = ["quote_id", "type", "start", "end", "speaker_mention", "mention_start", "mention_end", "cue_start",
                 "cue_end", "continues", "paragraph"]
_PEOPLE_MEMO: list[Any] = []  # [key, the results it was computed from (kept alive), value]


class _ArticleCache(OrderedDict):
    """Resolved articles by (doc_id, text, quote rows); clearing it also forgets the corpus ids memo."""

    def clear(self) -> None:
        super().clear()
        _PEOPLE_MEMO.clear()


_CACHE: _ArticleCache = _ArticleCache()
_CACHE_SIZE = 2048
"""Resolved articles kept (about 125 KiB each): enough for resolve, speakers_table and
mention_chains to share the work on a partition, bounded so a long run stays flat."""


def clear_cache() -> None:
    """Forget every resolved article (benchmarks time resolution from scratch; corpus builds free memory)."""
    _CACHE.clear()


def _check(quotes: pd.DataFrame, articles: pd.DataFrame) -> None:
    if not isinstance(quotes, pd.DataFrame) or "doc_id" not in quotes.columns:
        raise InputError("quotes", "expected a quotes frame with a `doc_id` column (from analysis.quotes)")
    if len(quotes) and "quote_id" not in quotes.columns:
        raise InputError("quotes", "expected a quotes frame with a `quote_id` column (from analysis.quotes)")
    if not isinstance(articles, pd.DataFrame) or not {"doc_id", "text"} <= set(articles.columns):
        raise InputError("articles", "expected an articles frame with `doc_id` and `text` columns (from analysis.io)")


def _key_value(value: Any) -> Any:
    """A quotes-frame value as part of a cache key (missing values of every kind are one)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value


def _article(doc_id: Any, text: str, rows: list[dict[str, Any]], sentences: list[Sentence] | None = None,
             ranker: Model | None = None) -> ArticleResult:
    """Resolve one article (cached: speakers_table and mention_chains reuse the work of resolve);
    ``ranker``: the model of the learned step of :mod:`analysis.speakers.ranker`, if used."""
    ranked = id(ranker) if ranker is not None else None  # (models are read once and kept: one id per file)
    digest: tuple[Any, ...] = (doc_id, text, tuple(tuple(r.get(f) for f in _QUOTE_FIELDS) for r in rows), ranked)
    try:
        hit = _CACHE.get(digest)
    except TypeError:  # an unhashable value in a row: its printed form stands for it
        digest = (doc_id, text, repr([[_key_value(r.get(f)) for f in _QUOTE_FIELDS] for r in rows]), ranked)
        hit = _CACHE.get(digest)
    if hit is not None:
        _CACHE.move_to_end(digest)
        return hit
    result = resolve_article(text, rows, sentences=sentences, ranker=ranker)
    _CACHE[digest] = result
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


def _sentences_by_doc(sentences: Any, wanted: set[Any]) -> dict[Any, list[Sentence]]:
    """(paragraph, start, end) spans per article from a sentences frame (analysis.nlp.sentences), if any."""
    if not isinstance(sentences, pd.DataFrame) or not {"doc_id", "paragraph", "start", "end"} <= set(sentences.columns):
        return {}
    out: dict[Any, list[Sentence]] = {}
    for d, p, s, e in zip(sentences["doc_id"].tolist(), sentences["paragraph"].tolist(), sentences["start"].tolist(),
                          sentences["end"].tolist(), strict=True):
        if d in wanted:
            out.setdefault(d, []).append(Sentence(int(p), int(s), int(e)))
    for spans in out.values():
        spans.sort(key=lambda x: x.start)
    return out


@contextmanager
def _older_objects_set_aside() -> Iterator[None]:
    """Let the garbage collector skip the objects that existed before resolution started.

    Resolution allocates many small objects per article; each allocation-triggered collection
    would otherwise also walk every object the caller holds (in the corpus pipeline: frames,
    spaCy docs …), which cost about a third of the stage there. ``gc.freeze`` sets them aside
    and ``gc.unfreeze`` puts them back in the oldest generation; nothing is done when the
    collector is off or someone else has frozen objects already.
    """
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _column(values: pd.Series) -> list[Any]:
    """A column as a list, every kind of missing value (NaN, NA, None) as None (rows also key the cache)."""
    out = values.tolist()
    missing = values.isna()
    if missing.any():
        out = [None if m else v for v, m in zip(out, missing.tolist(), strict=True)]
    return out


def quote_rows(quotes: pd.DataFrame) -> dict[Any, list[dict[str, Any]]]:
    """The rows of each article's quotations as speaker resolution reads them (the fields it needs, every
    missing value None), by doc_id, in one pass."""
    fields = [c for c in _QUOTE_FIELDS if c in quotes.columns]
    by_doc: dict[Any, list[dict[str, Any]]] = {}
    columns = [quotes["doc_id"].tolist(), *(_column(quotes[f]) for f in fields)]
    for doc_id, *values in zip(*columns, strict=True):  # one pass: a groupby per article costs more than resolving it
        if doc_id is None or doc_id is pd.NA or (isinstance(doc_id, float) and doc_id != doc_id):
            continue  # a missing doc_id: groupby left such rows out too
        by_doc.setdefault(doc_id, []).append(dict(zip(fields, values, strict=True)))
    return by_doc


def _results(quotes: pd.DataFrame, articles: pd.DataFrame, sentences: Any = None, ranked: bool = False,
             ) -> tuple[dict[Any, ArticleResult], list[dict[str, str]]]:
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    results: dict[Any, ArticleResult] = {}
    errors: list[dict[str, str]] = []
    by_doc = quote_rows(quotes)
    spans = _sentences_by_doc(sentences, set(by_doc)) if sentences is not None else {}
    model = load_model() if ranked else None
    for doc_id, rows in by_doc.items():
        text = texts.get(doc_id)
        if not isinstance(text, str):
            errors.append({"doc_id": str(doc_id), "error": "MissingArticle", "reason": "no article with this doc_id"})
            log.warning("speakers: skipped %s: no article with this doc_id", doc_id)
            continue
        try:
            results[doc_id] = _article(doc_id, text, rows, spans.get(doc_id), model)
        except Exception as exc:  # one bad article is reported and skipped, the rest resolved
            errors.append({"doc_id": str(doc_id), "error": type(exc).__name__, "reason": str(exc)})
            log.warning("speakers: skipped %s: %s", doc_id, exc)
    return results, errors


def _corpus_people(results: dict[Any, ArticleResult], scopes: dict[Any, str],
                   ) -> tuple[dict[tuple[Any, int], str], dict[tuple[Any, int], str]]:
    """:func:`_corpus_ids` of these results, remembered for the last set (speakers_table after resolve)."""
    key = tuple((d, id(r), scopes.get(d)) for d, r in results.items())
    if _PEOPLE_MEMO and _PEOPLE_MEMO[0] == key:
        kinds, ids = _PEOPLE_MEMO[2]
        return dict(kinds), dict(ids)
    kinds, ids = _corpus_ids(results, scopes)
    _PEOPLE_MEMO[:] = [key, list(results.values()), (kinds, ids)]
    return dict(kinds), dict(ids)


def _scopes(articles: pd.DataFrame) -> dict[Any, str]:
    """Where a body named by a common noun is one body: the article's country, else its outlet, else the
    article itself (« le gouvernement » of a Belgian paper is not that of a Québec one)."""
    for column in ("country", "outlet"):
        if column in articles.columns:
            values = articles[column].tolist()
            return {d: (v if isinstance(v, str) and v.strip() else str(d))
                    for d, v in zip(articles["doc_id"].tolist(), values, strict=True)}
    return {d: str(d) for d in articles["doc_id"].tolist()}


def _corpus_ids(results: dict[Any, ArticleResult], scopes: dict[Any, str],
                ) -> tuple[dict[tuple[Any, int], str], dict[tuple[Any, int], str]]:
    """(kind, speaker_id) of every entity across the corpus.

    Person names are merged across articles (:func:`analysis.speakers.names.corpus_ids`); a lone
    capitalised word that speaks (« Poutine a déclaré ») and that the rest of the corpus knows as
    exactly one quoted person's surname is that person, not a body (quoted people only, so that
    :func:`unify_ids`, which sees the quotes alone, decides the same across partitions). Bodies and media get the id of
    their name, except a body named by a common noun that does not say which one it is (« le
    gouvernement », « la police nationale », « le ministère de l'Intérieur »: :func:`generic_body`),
    whose id holds its scope (:func:`_scopes`: ``le-gouvernement@belgique``); unnamed sources get an
    id particular to their article.
    """
    kinds = {(d, k): e.kind for d, r in results.items() for k, e in r.entities.items()}
    persons = [(str(d), str(k), e.display) for d, r in results.items() for k, e in r.entities.items()
               if e.kind == "person" and e.names]
    person_ids = corpus_ids(persons)
    by_surname: dict[str, set[str]] = {}
    for d, r in results.items():
        quoted = {k for q in r.quotes.values() for k in q.ents}  # (quoted people only, as unify_ids sees them)
        for k, e in r.entities.items():
            if e.kind == "person" and len(e.words) >= 2 and k in quoted:
                by_surname.setdefault(e.words[-1], set()).add(person_ids[(str(d), str(k))])
    ids: dict[tuple[Any, int], str] = {}
    for d, r in results.items():
        for k, e in r.entities.items():
            if e.kind == "person" and e.names:
                ids[(d, k)] = person_ids.get((str(d), str(k)), slug(e.display))
            elif e.kind == "organisation" and e.names and len(e.words) == 1 and len(by_surname.get(e.words[0], ())) == 1:
                kinds[(d, k)] = "person"
                ids[(d, k)] = next(iter(by_surname[e.words[0]]))
            elif e.orgs and not e.names and generic_body(e.display):
                ids[(d, k)] = f"{slug(e.display)}@{slug(scopes.get(d, str(d)))}"
            elif e.names or e.orgs:
                ids[(d, k)] = slug(e.display)
            else:  # an unnamed source is particular to its article
                ids[(d, k)] = f"{slug(e.display)}@{slug(str(d))}"
    return kinds, ids


SPEAKER_RULES: tuple[str, ...] = (
    "name", "title", "role+name", "organisation", "media", "place", "document", "role", "unnamed source",
    "pronoun", "latter", "same source", "group", "part", "concerned", "continuation", "cue",
    "first-person possessive", "nearest entity", "mention as written", RANKER_RULE, "override")
"""What ``speaker_rule`` starts with: how the quotation's attributing string was read (a name, a title,
a role and a name, a body, a medium, a place, a document, a role alone, an anaphor of each kind), or
that the speaker came from the quotation it continues, from its reporting verb's subject, from the
quotation around it (« mon père »), from the fallbacks of :mod:`analysis.speakers.fallbacks`, from the
learned step of :mod:`analysis.speakers.ranker` overruling a rule (« ranker (pronoun) »: the rule it
overruled in parentheses), or from a hand correction. A role is followed by the step that bound it (:data:`analysis.speakers.entity.BINDINGS`,
« role (office holder) »); a description later given the body named before it ends with « → body »."""


def speaker_rule(found: Any) -> str:
    """The ``speaker_rule`` of a resolved quotation (:data:`SPEAKER_RULES`)."""
    if not found.ents:
        return ""
    base = rule_family(found.rule)
    step = f" ({found.step})" if found.step and base not in {"nearest entity", "mention as written"} else ""
    return f"{base}{step}{' → body' if found.rule.endswith('→body') else ''}"


def _join(values: list[str]) -> str:
    return SEPARATOR.join(values)


def resolve(quotes: pd.DataFrame, articles: pd.DataFrame, *, overrides: Overrides = None, ranker: bool | None = None,
            **_options: Any) -> pd.DataFrame:
    """The quotes frame with speaker, speaker_id, speaker_kind, speaker_role, speaker_gender, speaker_rule.

    ``speaker`` is the most complete name the article gives (or an unnamed source as written,
    « des experts »); ``speaker_id`` is the same for the same name across the corpus
    (« vladimir-poutine »); ``speaker_kind`` is person | organisation | media | unnamed source |
    unknown; ``speaker_gender`` is f | m | unknown, from evidence in the text only;
    ``speaker_rule`` says which rule found the speaker (:data:`SPEAKER_RULES`). A quotation whose
    attributing string was found always gets a speaker: when the string resolves to nobody, the
    nearest fitting entity or the string as written (:mod:`analysis.speakers.fallbacks`, kind
    ``unknown``). A quotation with no attributing string and no subject for its reporting verb
    keeps missing values, kind ``unknown`` and an empty rule. Several speakers are joined with
    :data:`SEPARATOR`.

    ``overrides`` applies hand corrections (see :mod:`analysis.speakers.overrides`); by default
    the file named by ``$ANALYSIS_SPEAKER_OVERRIDES``, if any. ``sentences`` (the sentences frame
    of :func:`analysis.nlp.sentences` for these articles, as the corpus pipeline passes it) spares
    segmenting each text again. Articles that cannot be resolved are skipped and listed in
    ``.attrs["speaker_errors"]``.

    ``ranker``: use the learned step of :mod:`analysis.speakers.ranker` (True), or not (False); by
    default ``$ANALYSIS_SPEAKER_RANKER`` when set, else the shipped model's default.
    """
    _check(quotes, articles)
    out = quotes.copy()
    for col in SPEAKER_COLUMNS:
        out[col] = pd.Series([None] * len(out), index=out.index, dtype=object)
    if out.empty:
        return apply_overrides(out, overrides)
    with _older_objects_set_aside():
        results, errors = _results(quotes, articles, _options.get("sentences"), enabled(ranker))
    corpus_kinds, ids = _corpus_people(results, _scopes(articles))
    values: dict[str, list[Any]] = {col: [] for col in SPEAKER_COLUMNS}
    for doc_id, qid in zip(out["doc_id"], out["quote_id"], strict=True):
        r = results.get(doc_id)
        found = r.quotes.get(qid) if r is not None else None
        ents = [r.entities[k] for k in found.ents] if found is not None and found.ents else []
        if not ents:
            for col, v in zip(SPEAKER_COLUMNS, [None, None, "unknown", "", "unknown", ""], strict=True):
                values[col].append(v)
            continue
        values["speaker_rule"].append(speaker_rule(found))
        keys = list(found.ents)
        kinds = list(dict.fromkeys(corpus_kinds[(doc_id, k)] for k in keys))
        genders = {e.gender for e in ents}
        values["speaker"].append(_join([e.display for e in ents]))
        values["speaker_id"].append(_join([ids[(doc_id, k)] for k in keys]))
        values["speaker_kind"].append(_join(kinds))
        values["speaker_role"].append(_join([e.role for e in ents]) if any(e.role for e in ents) else "")
        values["speaker_gender"].append(genders.pop() if len(genders) == 1 else "unknown")
    for col in SPEAKER_COLUMNS:
        out[col] = pd.Series(values[col], index=out.index, dtype=object)
    out = apply_overrides(out, overrides)
    out.attrs["speaker_errors"] = errors
    return out


def unify_ids(quotes: pd.DataFrame, speakers: pd.DataFrame | None = None) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Recompute person ``speaker_id`` across all rows (for corpora resolved partition by partition).

    :func:`resolve` merges names across the articles it is given; when a corpus is resolved in
    parts, run this on the concatenated quotes (and speakers table) so that « V. Poutine » in one
    part and « Vladimir Poutine » in another share one id. A one-word name read as a body that the
    whole corpus knows as exactly one person's surname is that person, as :func:`resolve` decides
    within one call (« Michel » next to « Charles Michel »): kind and id then follow that person,
    whichever partition held the full name. Other kinds keep their ids. Every person then shows under one
    spelling, the one most of their quotes carry (« Edouard Philippe » becomes « Édouard Philippe » when that is
    the common spelling), so that counts by ``speaker`` and counts by ``speaker_id`` agree.
    """
    out = quotes.copy()
    person_rows = [(str(d), name) for d, n, sid, k in zip(out["doc_id"], out["speaker"], out["speaker_id"],
                                                          out["speaker_kind"], strict=True)
                   for name, _id, kind in _row_parts(n, sid, k) if kind == "person"]
    entries = list({(d, n, n): None for d, n in person_rows})
    ids = corpus_ids(entries)
    mapping = {(d, n): ids[(d, n)] for d, n, _ in entries if (d, n) in ids}
    by_surname: dict[str, set[str]] = {}
    for (_d, n), sid in mapping.items():
        words = name_words(n)
        if len(words) >= 2:
            by_surname.setdefault(words[-1], set()).add(sid)

    def unified_one(d: Any, n: Any, sid: Any, k: Any) -> tuple[Any, Any]:
        if k == "person":
            return mapping.get((str(d), n), sid), k
        if k == "organisation" and isinstance(n, str) and not n.isupper():
            words = name_words(n)
            if len(words) == 1 and len(by_surname.get(words[0], ())) == 1:
                return next(iter(by_surname[words[0]])), "person"
        return sid, k

    def unified(d: Any, n: Any, sid: Any, k: Any) -> tuple[Any, Any]:
        parts = _row_parts(n, sid, k)
        if len(parts) < 2:
            return unified_one(d, n, sid, k)
        done = [unified_one(d, name, part_id, kind) for name, part_id, kind in parts]
        kinds = [kind for _, kind in done]
        kind = k if not (isinstance(k, str) and SEPARATOR in k) and len(set(kinds)) == 1 and kinds[0] == k \
            else SEPARATOR.join(str(x) for x in kinds)
        return SEPARATOR.join(str(x) for x, _ in done), kind

    pairs = [unified(*row) for row in zip(out["doc_id"], out["speaker"], out["speaker_id"], out["speaker_kind"],
                                          strict=True)]
    out["speaker_id"] = [sid for sid, _ in pairs]
    out["speaker_kind"] = [k for _, k in pairs]
    labels = _person_labels(out["speaker"], out["speaker_id"], out["speaker_kind"])
    out["speaker"] = _relabelled(out["speaker"], out["speaker_id"], out["speaker_kind"], labels)
    if speakers is None:
        return out
    table = speakers.copy()
    pairs = [unified(*row) for row in zip(table["doc_id"], table["speaker"], table["speaker_id"], table["kind"],
                                          strict=True)]
    table["speaker_id"] = [sid for sid, _ in pairs]
    table["kind"] = [k for _, k in pairs]
    table["speaker"] = _relabelled(table["speaker"], table["speaker_id"], table["kind"], labels)
    return out, table


def _person_labels(names: pd.Series, ids: pd.Series, kinds: pd.Series) -> dict[str, str]:
    """Person id → the spelling most of that person's quotes carry (« Édouard Philippe » over « Edouard
    Philippe »; ties: the longer, then the first in sort order), so that one person shows as one name in every
    count and chart of a corpus."""
    counts: dict[str, dict[str, int]] = {}
    for n, sid, k in zip(names, ids, kinds, strict=True):
        for name, part_id, kind in _row_parts(n, sid, k):
            if kind == "person" and isinstance(name, str) and isinstance(part_id, str):
                spellings = counts.setdefault(part_id, {})
                spellings[name] = spellings.get(name, 0) + 1
    return {sid: max(spellings, key=lambda name: (spellings[name], len(name), [-ord(c) for c in name]))
            for sid, spellings in counts.items()}


def _relabelled(names: pd.Series, ids: pd.Series, kinds: pd.Series, labels: dict[str, str]) -> list[Any]:
    """``names`` with each person part replaced by its id's label from :func:`_person_labels`."""
    out = []
    for n, sid, k in zip(names, ids, kinds, strict=True):
        parts = [labels.get(part_id, name) if kind == "person" and isinstance(part_id, str) else name
                 for name, part_id, kind in _row_parts(n, sid, k)]
        out.append(SEPARATOR.join(parts) if len(parts) > 1 else parts[0])
    return out


def _row_parts(name: Any, sid: Any, kind: Any) -> list[tuple[Any, Any, Any]]:
    """(name, id, kind) of each speaker of a row: « A ; B » gives two parts, so that corpus ids and labels are
    made per person, never from the joined string of several people. An id or kind that does not split like the
    names is unknown (id) or shared (kind) for every part."""
    names = name.split(SEPARATOR) if isinstance(name, str) else [name]
    n = len(names)
    return list(zip(names, _split_like(sid, n, None), _split_like(kind, n, kind), strict=True))


def _split_like(value: Any, n: int, fill: Any) -> list[Any]:
    """``value`` cut into the ``n`` parts of a plural row (« a ; b »), or ``fill`` for each part when it does not
    cut into ``n``."""
    if n == 1:
        return [value]
    return value.split(SEPARATOR) if isinstance(value, str) and value.count(SEPARATOR) == n - 1 else [fill] * n


def explode_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per (quotation, speaker): plural attributions split, with ``share`` = 1/n speakers."""
    if "speaker" not in quotes.columns:
        raise InputError("quotes", "resolve speakers first (analysis.speakers.resolve)")
    out = quotes.assign(share=1.0)
    plural = out["speaker"].map(lambda v: isinstance(v, str) and SEPARATOR in v)
    if not plural.any():
        return out
    rows = []
    for _, q in out[plural].iterrows():
        names = q["speaker"].split(SEPARATOR)
        n = len(names)
        split = {c: _split_like(q[c], n, q[c]) for c in ("speaker_id", "speaker_kind", "speaker_role") if c in q}
        for k, name in enumerate(names):
            row = q.to_dict()
            row["speaker"] = name
            for c, parts in split.items():
                row[c] = parts[k]
            row["share"] = 1.0 / n
            rows.append(row)
    singles = out[~plural]
    exploded = pd.DataFrame(rows, columns=out.columns, index=[i for i in out.index[plural] for _ in range(
        len(out.loc[i, "speaker"].split(SEPARATOR)))])
    return pd.concat([singles, exploded]).sort_index(kind="stable").reset_index(drop=True)


def speakers_table(quotes: pd.DataFrame, articles: pd.DataFrame, *, overrides: Overrides = None,
                   include_unquoted: bool = False, ranker: bool | None = None) -> pd.DataFrame:
    """One row per speaker of each article: doc_id, speaker_id, speaker, kind, role, gender,
    mentions (list of (surface, start, end) in the article text), n_quotes, quoted_words.

    Counts come from the quotes frame as given, so hand corrections made there (or through
    ``overrides``) are respected; a quotation with several speakers counts for each of them.
    ``include_unquoted`` adds the people and bodies the article mentions without quoting them.
    ``ranker``: as :func:`resolve` was given it.
    """
    _check(quotes, articles)
    if "speaker" not in quotes.columns:
        quotes = resolve(quotes, articles, overrides=overrides, ranker=ranker)
    results, _errors = _results(quotes, articles, ranked=enabled(ranker)) if len(quotes) else ({}, [])
    corpus_kinds, ids = _corpus_people(results, _scopes(articles))
    mentions_of: dict[tuple[Any, str], list[tuple[str, int, int]]] = {}
    info_of: dict[tuple[Any, str], tuple[str, str, str, str]] = {}
    for (doc_id, k), sid in ids.items():
        e = results[doc_id].entities[k]
        mentions_of.setdefault((doc_id, sid), []).extend(e.mentions)
        info_of.setdefault((doc_id, sid), (e.display, corpus_kinds[(doc_id, k)], e.role, e.gender))
    rows: dict[tuple[Any, str], dict[str, Any]] = {}
    exploded = explode_speakers(quotes) if len(quotes) else quotes.assign(share=[])
    exploded.attrs = {}  # pandas deep-copies attrs on every operation: not needed here
    fields = ["doc_id", "speaker", "speaker_id", "speaker_kind", "speaker_role", "speaker_gender", "text",
              "speaker_mention", "mention_start", "mention_end", "speaker_rule"]
    present = [f for f in fields if f in exploded.columns]
    records = (dict(zip(present, values, strict=True))
               for values in zip(*(exploded[f].tolist() for f in present), strict=True))
    for q in records:
        name = q.get("speaker")
        if not isinstance(name, str) or not name or names_nobody(name, q.get("speaker_rule")):
            continue
        sid = q.get("speaker_id") if isinstance(q.get("speaker_id"), str) and q.get("speaker_id") else slug(name)
        key = (q["doc_id"], sid)
        row = rows.get(key)
        if row is None:
            row = rows[key] = {
                "doc_id": q["doc_id"], "speaker_id": sid, "speaker": name,
                "kind": q.get("speaker_kind") or "unknown", "role": q.get("speaker_role") or "",
                "gender": q.get("speaker_gender") or "unknown", "mentions": list(mentions_of.get(key, [])),
                "n_quotes": 0, "quoted_words": 0,
            }
        row["n_quotes"] += 1
        row["quoted_words"] += word_count(q["text"]) if isinstance(q.get("text"), str) else 0
        surface, ms, me = q.get("speaker_mention"), q.get("mention_start"), q.get("mention_end")
        if isinstance(surface, str) and pd.notna(ms) and pd.notna(me) and (surface, int(ms), int(me)) not in row["mentions"]:
            row["mentions"].append((surface, int(ms), int(me)))
    for row in rows.values():
        row["mentions"].sort(key=lambda s: (s[1], s[2]))
    if include_unquoted:
        for key, (display, kind, role, gender) in info_of.items():
            if key not in rows and kind in {"person", "organisation", "media"}:
                rows[key] = {"doc_id": key[0], "speaker_id": key[1], "speaker": display, "kind": kind, "role": role,
                             "gender": gender, "mentions": mentions_of[key], "n_quotes": 0, "quoted_words": 0}
    table = pd.DataFrame(list(rows.values()), columns=SPEAKERS_TABLE_COLUMNS)
    if table.empty:
        return table.astype({"n_quotes": "int64", "quoted_words": "int64"})
    table = table.astype({"n_quotes": "int64", "quoted_words": "int64"})
    return table.sort_values(["doc_id", "n_quotes", "quoted_words", "speaker"],
                             ascending=[True, False, False, True]).reset_index(drop=True)


def mention_chains(quotes: pd.DataFrame, articles: pd.DataFrame, *, ranker: bool | None = None) -> pd.DataFrame:
    """How each quotation's speaker was found, to check a resolution by eye.

    One row per quotation: its attributing string and offset, the rule used (``title``,
    ``role+name``, ``role``, ``name``, ``pronoun→M. Poutine``, ``latter→…``, ``source→…``,
    ``continuation``, ``document``, ``unresolved`` …), the antecedent it was resolved through (for
    anaphors) and the speaker finally given (from the quotes frame, so overrides show). ``ranker``: as
    :func:`resolve` was given it.
    """
    _check(quotes, articles)
    if "speaker" not in quotes.columns:
        quotes = resolve(quotes, articles, ranker=ranker)
    results, _errors = _results(quotes, articles, ranked=enabled(ranker)) if len(quotes) else ({}, [])
    rows = []
    for _, q in quotes.iterrows():
        r = results.get(q["doc_id"])
        found = r.quotes.get(q["quote_id"]) if r is not None else None
        antecedent = found.antecedent if found is not None else None
        rule = found.rule if found is not None else "skipped"
        expected = SEPARATOR.join(r.entities[k].display for k in found.ents) if found is not None and found.ents else None
        given = q.get("speaker") if isinstance(q.get("speaker"), str) else None
        if (given is None) != (expected is None) or (given is not None and fold(given) != fold(expected)):
            rule = f"override ({rule})"  # the quotes frame says otherwise: a hand correction
        rows.append({
            "doc_id": q["doc_id"], "quote_id": q["quote_id"], "paragraph": q.get("paragraph"),
            "speaker_mention": q.get("speaker_mention"), "mention_start": q.get("mention_start"), "rule": rule,
            "antecedent": antecedent[0] if antecedent is not None else None,
            "antecedent_start": antecedent[1] if antecedent is not None else None,
            "antecedent_paragraph": antecedent[2] if antecedent is not None and antecedent[2] >= 0 else None,
            "speaker": q.get("speaker"), "speaker_id": q.get("speaker_id"),
        })
    return pd.DataFrame(rows, columns=CHAIN_COLUMNS)
