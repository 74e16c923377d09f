"""A learned last step: a logistic-regression scorer that may replace the speaker a choosing rule picked.

The rules that *choose* among several entities (a pronoun's antecedent, a quotation carried over, the
subject of a reporting verb, the person a role stands for, the nearest entity …) are where speaker
resolution goes wrong most on unseen text. After the rules have resolved an article, each quotation
whose rule family is one the shipped model names (:data:`NEVER_RANKED` families never are: a quotation
resolved by a name is never touched) lists its candidates, scores each with a linear model over the
non-lexical features below, and keeps the rules' pick unless the best candidate's score beats the pick's
by the model's margin. A replaced pick says so in ``speaker_rule`` (« ranker (pronoun) »).

Candidates (:func:`candidates`), all bounded, so that the cost stays linear in the article length:

- the rules' pick (several entities for a plural pick, and each of them alone);
- every entity with a mention starting at most :data:`CANDIDATE_REACH` characters before the quotation's
  anchor (its attributing mention, else the quotation's start) or after it inside the anchor's sentence,
  the :data:`WINDOW_CANDIDATES` nearest kept;
- the speakers of the :data:`PREVIOUS_QUOTES` quotations before it.

Features (:data:`FEATURES`; every value lies in [0, 1]; no word identity and no name is ever read,
only closed grammatical categories):

- ``is_pick``: the candidate is the rules' pick (how far to trust the rules at all);
- ``char_distance``: characters from the candidate's nearest mention in the window to the anchor,
  log-scaled to :data:`CANDIDATE_REACH` (1 when it has no mention there): recency is the strongest cue
  of who speaks;
- ``sentence_distance``, ``paragraph_distance``: the same in sentences and paragraphs, capped at
  :data:`SENTENCE_CAP`, :data:`PARAGRAPH_CAP` (a paragraph break resets topics in news prose);
- ``no_mention_in_window``: the candidate only comes from an earlier quotation (or is the pick, named far back);
- ``mention_after_anchor``: its nearest mention follows the anchor in the same sentence (an incise subject);
- ``same_sentence``, ``same_paragraph``: its nearest mention shares the anchor's sentence / paragraph;
- ``spoke_previous``: it spoke the quotation just before (speakers run on in news paragraphs);
- ``quotes_back``: how many quotations back it last spoke, divided by :data:`PREVIOUS_QUOTES` + 1 (1: not among them);
- ``mentions_so_far``, ``quotes_so_far``: how often it was mentioned / quoted before the anchor, log-scaled
  to :data:`SALIENCE_CAP` (the main character of a story is the usual speaker);
- ``kind_person``, ``kind_organisation``, ``kind_media``, ``kind_unnamed_source``, ``kind_other``: its kind
  (one-hot; places and unknowns are rarely speakers);
- ``has_name``: it has a proper name; ``is_plural``: several entities, or one plural entity;
- ``pronoun_gender_agrees``, ``pronoun_gender_clashes``, ``pronoun_number_agrees``,
  ``pronoun_number_clashes``: when the attributing mention is a personal pronoun or « ce dernier »
  (the closed sets :data:`~analysis.fr.speaker_words.PERSONAL_PRONOUNS`,
  :data:`~analysis.fr.speaker_words.LATTER`), whether the candidate's known gender and number agree;
- ``opens_sentence``: no word stands between its nearest mention and its sentence's start (subject
  position proxy); ``subject``: the mention reader marked that mention as a subject;
- ``in_quotation``: that mention is inside quote marks (someone's words, rarely the speaker);
- ``pick_without_name``: the candidate is the pick and has no name (a description or an unnamed source the
  rules could not bind: the case where a named person nearby is most often the one meant);
- ``pick_gender_agrees``, ``pick_gender_clashes``: another candidate whose known gender is (not) the pick's
  (« cette boulangère » and a woman named before); ``same_kind_as_pick``: another candidate of the pick's kind;
- ``pick_<family>`` (one per rule family of :data:`FAMILIES`): the candidate is the pick and this family
  decided (each rule earns its own trust);
- ``pick_<type>`` (direct, indirect, mixed, selon): the candidate is the pick of a quotation of that type.

Every quotation's candidates and features are read from the rules' result, as in training: a pick the
ranker replaced does not feed the features of the quotations after it.

Quotation-level values (counts, family, type) enter only through the pick: in a comparison between the
candidates of one quotation a value shared by all of them would cancel out.

The model is the JSON file :data:`MODEL_FILE` in ``analysis/data`` (features, weights, bias, margin,
families it applies to, training sets and cross-validated numbers), written by
``python -m analysis.train_ranker`` and read by :func:`load_model` only; prediction needs nothing else.
``ANALYSIS_SPEAKER_RANKER=0`` (or ``1``) turns it off (on) whatever the file's default;
``ANALYSIS_SPEAKER_RANKER_MODEL`` names another model file (one trained with ``--out``).
"""

from __future__ import annotations

import json
import math
import os
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis import config
from analysis.errors import InputError
from analysis.fr.speaker_words import LATTER, PERSONAL_PRONOUNS
from analysis.fr.text import fold
from analysis.speakers.context import Article, as_int
from analysis.speakers.entity import Entity, Found, Mentions
from analysis.speakers.phrases import Mention

MODEL_FILE = "speaker_ranker.json"
ENVIRONMENT_SWITCH = "ANALYSIS_SPEAKER_RANKER"
ENVIRONMENT_MODEL = "ANALYSIS_SPEAKER_RANKER_MODEL"
RANKER_RULE = "ranker"

CANDIDATE_REACH = 1500
"""Characters before a quotation's anchor where a mentioned entity is a candidate: about three news
paragraphs, the reach of the rules' own backward searches."""
WINDOW_CANDIDATES = 8
"""At most this many entities from the window (the nearest): a bound on the work per quotation."""
PREVIOUS_QUOTES = 3
"""The speakers of this many quotations before are candidates (a speaker carried over rarely skips more)."""
SENTENCE_CAP = 6
"""Sentence distances above this read as far (``sentence_distance`` is 1)."""
PARAGRAPH_CAP = 3
"""Paragraph distances above this read as far (``paragraph_distance`` is 1)."""
SALIENCE_CAP = 20
"""Mentions or quotations counted before saturating (``mentions_so_far``, ``quotes_so_far``)."""

NEVER_RANKED: frozenset[str] = frozenset({"name", "title", "role+name", "first-person possessive", "override"})
"""Rule families the ranker never touches: the attributing string itself named the speaker."""
FAMILIES: tuple[str, ...] = ("pronoun", "latter", "same source", "concerned", "group", "part", "continuation", "cue",
                             "role", "organisation", "media", "place", "document", "unnamed source", "nearest entity",
                             "mention as written")
"""Rule families whose pick is a choice among entities (each gets a ``pick_<family>`` feature)."""
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed", "selon")
KINDS: tuple[str, ...] = ("person", "organisation", "media", "unnamed source")
_RULE_NAMES = {"source": "same source", "unresolved": "", "no mention": ""}
_PRONOUNS = {**PERSONAL_PRONOUNS, **LATTER}
_NO_WORD = " \t\n«»“”\"'’‘—–-:;,.(["  # what may stand between a sentence's start and a mention opening it

FEATURES: tuple[str, ...] = (
    "is_pick", "char_distance", "sentence_distance", "paragraph_distance", "no_mention_in_window",
    "mention_after_anchor", "same_sentence", "same_paragraph", "spoke_previous", "quotes_back",
    "mentions_so_far", "quotes_so_far", *(f"kind_{k.replace(' ', '_')}" for k in KINDS), "kind_other",
    "has_name", "is_plural", "pronoun_gender_agrees", "pronoun_gender_clashes", "pronoun_number_agrees",
    "pronoun_number_clashes", "opens_sentence", "subject", "in_quotation", "pick_without_name",
    "pick_gender_agrees", "pick_gender_clashes", "same_kind_as_pick",
    *(f"pick_{f.replace(' ', '_')}" for f in FAMILIES), *(f"pick_{t}" for t in QUOTE_TYPES))
"""The feature names, in the order of a feature vector (the module docstring says what each means)."""
_INDEX = {name: n for n, name in enumerate(FEATURES)}


def rule_family(rule: str) -> str:
    """The family of a resolution rule (« pronoun→M. X » → « pronoun », « source→… » → « same source »;
    "" for a quotation resolved to nobody)."""
    base = rule.split("→", 1)[0]
    return _RULE_NAMES.get(base, base)


@dataclass
class Model:
    """A linear scorer over :data:`FEATURES` and when to use it (read from :data:`MODEL_FILE`)."""

    weights: tuple[float, ...]
    bias: float
    margin: float
    families: frozenset[str]
    on_by_default: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, values: list[float]) -> float:
        return self.bias + sum(w * v for w, v in zip(self.weights, values, strict=True))


def load_model(path: str | Path | None = None) -> Model:
    """The shipped model, or the JSON file at ``path`` (else at ``$ANALYSIS_SPEAKER_RANKER_MODEL``, for a
    model trained elsewhere), checked against the features this code computes."""
    if path is None:
        path = os.environ.get(ENVIRONMENT_MODEL) or config.data_file(MODEL_FILE)
    return _read_model(str(path))


@lru_cache(maxsize=4)
def _read_model(source: str) -> Model:
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(source, f"cannot read the speaker ranker model: {exc}") from None
    if tuple(data.get("features", ())) != FEATURES or len(data.get("weights", ())) != len(FEATURES):
        raise InputError(source, "the ranker model names other features than analysis.speakers.ranker.FEATURES: "
                                 "retrain it (python -m analysis.train_ranker)")
    return Model(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["margin"]),
                 frozenset(data.get("rules", ())) - NEVER_RANKED, bool(data.get("on_by_default", False)), data)


def enabled(ranker: bool | None) -> bool:
    """Is the ranker used: ``ranker`` when given, else :data:`ENVIRONMENT_SWITCH` when set, else the model's default."""
    if ranker is not None:
        return ranker
    switch = os.environ.get(ENVIRONMENT_SWITCH, "").strip().lower()
    if switch in {"0", "false", "no", "off"}:
        return False
    if switch in {"1", "true", "yes", "on"}:
        return True
    return load_model().on_by_default


@dataclass
class Candidates:
    """One quotation's candidates: entity-key tuples (the pick first) and their feature vectors."""

    quote_id: Any
    family: str
    options: list[tuple[int, ...]]
    values: list[list[float]]


class _Window:
    """Every entity mention of the article sorted by offset, for the candidates near an anchor."""

    def __init__(self, ctx: Article) -> None:
        spans = sorted((m.start, key) for key, e in ctx.entities.items() for m in e.mentions)
        self.starts = [s for s, _k in spans]
        self.keys = [k for _s, k in spans]

    def near(self, lo: int, hi: int, anchor: int) -> list[int]:
        """The keys of the :data:`WINDOW_CANDIDATES` entities mentioned in [lo, hi) nearest ``anchor``."""
        first, last = bisect_right(self.starts, lo - 1), bisect_right(self.starts, hi - 1)
        best: dict[int, int] = {}
        for n in range(first, last):
            d = abs(self.starts[n] - anchor)
            if d < best.get(self.keys[n], d + 1):
                best[self.keys[n]] = d
        return sorted(best, key=best.__getitem__)[:WINDOW_CANDIDATES]


def candidates(ctx: Article, result: dict[Any, Found], families: frozenset[str] | None = None) -> list[Candidates]:
    """The candidates and features of every quotation of ``result`` a choosing rule resolved (text order;
    only those of ``families`` when given)."""
    window = _Window(ctx)
    spoke: dict[int, int] = {}  # entity key → quotations it spoke so far
    history: list[tuple[int, ...]] = []  # speakers of the quotations so far, in order
    out = []
    for q in ctx.quotes:
        qid = q.get("quote_id")
        found = result.get(qid)
        if found is None:
            continue
        family = rule_family(found.rule)
        if found.ents and family in FAMILIES and family not in NEVER_RANKED and (families is None or family in families):
            out.append(_quote_candidates(ctx, q, found, family, window, spoke, history))
        if found.ents:
            history.append(found.ents)
            for k in found.ents:
                spoke[k] = spoke.get(k, 0) + 1
    return out


def _quote_candidates(ctx: Article, q: dict[str, Any], found: Found, family: str, window: _Window,
                      spoke: dict[int, int], history: list[tuple[int, ...]]) -> Candidates:
    ms, me = as_int(q.get("mention_start")), as_int(q.get("mention_end"))
    qs = as_int(q.get("start")) or 0
    anchor = ms if ms is not None else qs
    sent, _para = ctx.sentence_of(anchor)
    sentence_end = ctx.sentences[sent].end if ctx.sentences else anchor
    lo, hi = max(0, anchor - CANDIDATE_REACH), max(sentence_end, anchor + 1)
    options: list[tuple[int, ...]] = [found.ents]
    if len(found.ents) > 1:
        options += [(k,) for k in found.ents]
    options += [(k,) for k in window.near(lo, hi, anchor)]
    options += [ents for ents in history[-PREVIOUS_QUOTES:][::-1]]
    options = [o for o in dict.fromkeys(options) if all(k in ctx.entities for k in o)]
    place = _Place(ctx, q, anchor, (ms, me) if ms is not None and me is not None else None, lo, hi)
    values = [features(ctx, place, o, found.ents, family, spoke, history) for o in options]
    return Candidates(q.get("quote_id"), family, options, values)


@dataclass
class _Place:
    """Where a quotation is: its anchor, attributing span, window and pronoun (gender, number)."""

    ctx: Article
    quote: dict[str, Any]
    anchor: int
    span: tuple[int, int] | None
    lo: int
    hi: int

    @property
    def pronoun(self) -> tuple[str, str] | None:
        if self.span is None:
            return None
        return _PRONOUNS.get(fold(self.ctx.text[self.span[0]:self.span[1]]).strip())


def _nearest(ctx: Article, place: _Place, ents: list[Entity]) -> Mention | None:
    """The candidate's mention in the window nearest the anchor (not the attributing mention itself)."""
    best, best_d = None, None
    for e in ents:
        ms = e.mentions
        found = ms.between(place.lo, place.hi) if isinstance(ms, Mentions) else \
            [m for m in ms if place.lo <= m.start < place.hi]
        for m in found:
            if place.span is not None and m.start < place.span[1] and place.span[0] < m.end:
                continue
            d = abs(m.start - place.anchor)
            if best_d is None or d < best_d:
                best, best_d = m, d
    return best


def _count_before(e: Entity, pos: int) -> int:
    ms = e.mentions
    return ms.count_before(pos) if isinstance(ms, Mentions) else sum(1 for m in ms if m.start < pos)


def _scaled(count: float, cap: float) -> float:
    return min(1.0, math.log1p(max(0.0, count)) / math.log1p(cap))


def features(ctx: Article, place: _Place, option: tuple[int, ...], pick: tuple[int, ...], family: str,
             spoke: dict[int, int], history: list[tuple[int, ...]]) -> list[float]:
    """The feature vector of candidate ``option`` when the rules picked ``pick`` (the module docstring says
    what each value means)."""
    v = [0.0] * len(FEATURES)

    def put(name: str, value: float | bool = 1.0) -> None:
        v[_INDEX[name]] = float(value)

    ents = [ctx.entities[k] for k in option]
    is_pick = option == pick
    put("is_pick", is_pick)
    m = _nearest(ctx, place, ents)
    sent, para = ctx.sentence_of(place.anchor)
    if m is None:
        for name in ("char_distance", "sentence_distance", "paragraph_distance", "no_mention_in_window"):
            put(name)
    else:
        m_sent, m_para = ctx.sentence_of(m.start)
        put("char_distance", _scaled(abs(place.anchor - m.start), CANDIDATE_REACH))
        put("sentence_distance", min(abs(sent - m_sent), SENTENCE_CAP) / SENTENCE_CAP)
        put("paragraph_distance", min(abs(para - m_para), PARAGRAPH_CAP) / PARAGRAPH_CAP)
        put("mention_after_anchor", m.start > place.anchor)
        put("same_sentence", m_sent == sent)
        put("same_paragraph", m_para == para)
        opening = ctx.text[ctx.sentences[m_sent].start:m.start] if ctx.sentences else ""
        put("opens_sentence", not opening.strip(_NO_WORD))
        put("subject", m.subject)
        put("in_quotation", m.in_quote or _inside_quote_marks(ctx, m.start))
    back = next((n for n, ents_before in enumerate(reversed(history[-PREVIOUS_QUOTES:]), start=1)
                 if set(option) & set(ents_before)), None)
    put("spoke_previous", back == 1)
    put("quotes_back", (back if back is not None else PREVIOUS_QUOTES + 1) / (PREVIOUS_QUOTES + 1))
    put("mentions_so_far", _scaled(sum(_count_before(e, place.anchor) for e in ents), SALIENCE_CAP))
    put("quotes_so_far", _scaled(sum(spoke.get(k, 0) for k in option), SALIENCE_CAP))
    kind = ents[0].kind
    put(f"kind_{kind.replace(' ', '_')}" if kind in KINDS else "kind_other")
    put("has_name", any(e.names for e in ents))
    plural = len(ents) > 1 or ents[0].number == "p"
    put("is_plural", plural)
    pronoun = place.pronoun
    if pronoun is not None:
        g, n = pronoun
        gender = ents[0].gender if len(ents) == 1 else ""
        if g and gender in {"m", "f"}:
            put("pronoun_gender_agrees" if gender == g else "pronoun_gender_clashes")
        put("pronoun_number_agrees" if plural == (n == "p") else "pronoun_number_clashes")
    _against_pick(put, ents, [ctx.entities[k] for k in pick], is_pick)
    if is_pick:
        put(f"pick_{family.replace(' ', '_')}")
        qtype = str(place.quote.get("type") or "")
        if qtype in QUOTE_TYPES:
            put(f"pick_{qtype}")
    return v


def _against_pick(put: Any, ents: list[Entity], picked: list[Entity], is_pick: bool) -> None:
    """The features that compare a candidate with the rules' pick."""
    if is_pick:
        put("pick_without_name", not any(e.names for e in ents))
        return
    mine = ents[0].gender if len(ents) == 1 else ""
    theirs = picked[0].gender if len(picked) == 1 else ""
    if mine in {"m", "f"} and theirs in {"m", "f"}:
        put("pick_gender_agrees" if mine == theirs else "pick_gender_clashes")
    put("same_kind_as_pick", ents[0].kind == picked[0].kind)


def _inside_quote_marks(ctx: Article, pos: int) -> bool:
    k = bisect_right(ctx.quoted, (pos, math.inf)) - 1
    return k >= 0 and ctx.quoted[k][0] < pos < ctx.quoted[k][1]


def choose(model: Model, cands: Candidates) -> tuple[int, ...] | None:
    """The candidate that replaces the pick (``cands.options[0]``), or None when the pick stays."""
    if cands.family not in model.families or len(cands.options) < 2:
        return None
    scores = [model.score(v) for v in cands.values]
    best = max(range(len(scores)), key=scores.__getitem__)
    if best == 0 or scores[best] - scores[0] <= model.margin:
        return None
    return cands.options[best]


def rerank(ctx: Article, result: dict[Any, Found], steps: dict[Any, str], model: Model) -> None:
    """Replace the picks the model overrules (``result`` and ``steps`` updated in place)."""
    if not model.families:
        return
    for cands in candidates(ctx, result, model.families):
        better = choose(model, cands)
        if better is not None:
            result[cands.quote_id] = Found(better, f"{RANKER_RULE} ({cands.family})", None)
            steps[cands.quote_id] = ""
