"""Reinert classification of a corpus: from the tokens frame to described classes.

>>> result = an.reinert(tokens, k=8, articles=articles, quotes=quotes)
>>> result.classes        # class, n_segments, pct, lemmas: one line per class
>>> result.terms          # characteristic lemmas: class, lemma, n_class, n_total, pct, chi2, p
>>> result.segments       # every segment: doc_id, segment_id, start, end, speaker, class, outlet…

The steps, each in its own module: :mod:`~analysis.lexico.segments` cuts segments of about
forty words; :mod:`~analysis.lexico.matrix` builds the segment × lemma presence matrix on full
words; :mod:`~analysis.lexico.chd` (or :mod:`~analysis.lexico.double`) classifies the segments;
:mod:`~analysis.lexico.profiles` describes the classes. Every segment keeps its article, its
offsets and the quotation (speaker) it falls in, so a class can be read back in the texts and
crossed with outlets, countries and speakers.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from analysis.keywords.partitions import NARRATION
from analysis.lexico.chd import CC_TEST, MIN_SPLIT_ROWS, MIN_TERM_COUNT, Hierarchy, classify
from analysis.lexico.double import UNIT_SIZES, double_classify
from analysis.lexico.matrix import FULL_WORD_POS, MIN_FREQ, Presence, active_terms, presence_matrix
from analysis.lexico.profiles import characteristic_segments, characteristic_terms, over_represented
from analysis.lexico.segments import SEGMENT_SIZE, cut_segments, with_text

ARTICLE_PARTITIONS: tuple[str, ...] = ("outlet", "country", "subset")
"""Article columns carried onto the segments and tested for over-representation when present."""
SEGMENT_PARTITIONS: tuple[str, ...] = ("speaker", "voice")
"""Segment columns tested for over-representation: who speaks, and quotation vs narration."""
VOICE_QUOTED, VOICE_NARRATION = "citation", "récit"
DUPLICATE_MARGIN = 3
"""Candidates drawn per typical segment wanted, so that repeated texts can be dropped."""
LEMMAS_IN_SUMMARY = 10
"""Characteristic lemmas listed per class in :attr:`ReinertResult.classes`."""


@dataclass
class ReinertResult:
    """The classes of a Reinert classification, described; every field a frame.

    ``segments``: one row per segment with its ``class`` (0 = unclassified). ``classes``: one row
    per class (size, share of classified segments, first characteristic lemmas). ``terms``,
    ``top_segments``, ``partitions``: the class profiles (see :mod:`analysis.lexico.profiles`).
    ``tree``: the dendrogram (see :meth:`analysis.lexico.chd.Hierarchy.tree`; empty for a double
    classification). ``splits``: every bipartition with its χ².
    """

    segments: pd.DataFrame
    classes: pd.DataFrame
    terms: pd.DataFrame
    top_segments: pd.DataFrame
    partitions: pd.DataFrame
    tree: pd.DataFrame
    splits: pd.DataFrame
    presence: Presence = field(repr=False)
    parameters: dict[str, Any] = field(default_factory=dict)

    @property
    def k(self) -> int:
        """Number of classes found (0 when the corpus was too small to split)."""
        return len(self.classes)

    @property
    def classified_share(self) -> float:
        """Share of segments that received a class."""
        return float((self.segments["class"] > 0).mean()) if len(self.segments) else 0.0


def _segment_frame(seg: pd.DataFrame, labels: np.ndarray, articles: pd.DataFrame | None) -> pd.DataFrame:
    out = seg.copy()
    out["voice"] = np.where(out["quote_id"].notna(), VOICE_QUOTED, VOICE_NARRATION)
    out["class"] = labels.astype(np.int64)
    if articles is not None:
        meta = [c for c in (*ARTICLE_PARTITIONS, "date", "title") if c in articles.columns]
        if meta:
            table = articles.drop_duplicates("doc_id").set_index("doc_id")[meta]
            for column in meta:
                out[column] = out["doc_id"].map(table[column])
        if "text" in articles.columns:
            out = with_text(out, articles)
    return out


def _class_summary(labels: np.ndarray, terms: pd.DataFrame) -> pd.DataFrame:
    classified = labels[labels > 0]
    sizes = pd.Series(classified).value_counts().sort_index()
    lemmas = terms[terms["chi2"] > 0].groupby("class")["lemma"].apply(lambda s: ", ".join(s[:LEMMAS_IN_SUMMARY]))
    return pd.DataFrame({
        "class": sizes.index.astype(np.int64),
        "n_segments": sizes.to_numpy(np.int64),
        "pct": 100 * sizes.to_numpy() / max(len(classified), 1),
        "lemmas": [lemmas.get(c, "") for c in sizes.index],
    })


def _top_segments(presence: Presence, labels: np.ndarray, terms: pd.DataFrame, segments: pd.DataFrame,
                  top: int) -> pd.DataFrame:
    """The ``top`` most typical segments of each class; a text repeated word for word (the same
    dispatch in two outlets) is listed once."""
    best = characteristic_segments(presence.matrix, presence.terms, labels, terms, top=DUPLICATE_MARGIN * top)
    columns = [c for c in ("segment_id", "doc_id", "start", "end", "speaker", "outlet", "text") if c in segments]
    picked = segments.iloc[best["row"].to_numpy(dtype=np.int64)][columns].reset_index(drop=True)
    out = pd.concat([best[["class", "score"]].reset_index(drop=True), picked], axis=1)
    if "text" in out.columns:
        out = out.drop_duplicates(["class", "text"])
    return out.groupby("class", sort=True).head(top).reset_index(drop=True)


def reinert(
    tokens: pd.DataFrame,
    *,
    k: int = 8,
    articles: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    segment_size: int = SEGMENT_SIZE,
    min_freq: int = MIN_FREQ,
    pos: Collection[str] | None = FULL_WORD_POS,
    stop_words: bool | Collection[str] = True,
    min_class_size: int | None = None,
    double: bool = False,
    unit_sizes: tuple[int, int] = UNIT_SIZES,
    partitions: Sequence[str] | None = None,
    n_segments: int = 10,
    min_split_rows: int = MIN_SPLIT_ROWS,
    cc_test: float = CC_TEST,
    min_term_count: int = MIN_TERM_COUNT,
) -> ReinertResult:
    """Reinert's descending hierarchical classification of the segments of ``tokens``.

    ``k``: number of classes wanted (fewer when the corpus cannot be split that far).
    ``articles`` adds each segment's text and the article partitions (outlet, country, subset);
    ``quotes`` (with speakers) ties segments to quotations and speakers. ``segment_size`` words
    per segment; lemmas of ``pos`` in at least ``min_freq`` segments are active. ``double=True``
    runs the double classification on context units of ``unit_sizes`` active words (see
    :mod:`analysis.lexico.double`). ``partitions``: segment columns to test for
    over-representation (default: outlet, country, subset, speaker, voice, those present).
    The result is the same on every run for the same input.
    """
    seg, segment_of, ordered = cut_segments(tokens, quotes=quotes, size=segment_size)
    presence = presence_matrix(active_terms(ordered, pos=pos, stop_words=stop_words), segment_of, len(seg),
                               min_freq=min_freq)
    options = {"min_class_size": min_class_size, "min_split_rows": min_split_rows, "cc_test": cc_test,
               "min_term_count": min_term_count}
    hierarchy: Hierarchy | None = None
    if double:
        doc_codes = pd.factorize(seg["doc_id"])[0]
        labels, runs = double_classify(presence, doc_codes, k, sizes=unit_sizes,
                                       min_members=max(10, min_class_size or 0), **options)
        splits = runs[0].splits_frame()
    else:
        hierarchy = classify(presence.matrix, k, **options)
        labels, splits = hierarchy.labels, hierarchy.splits_frame()
    segments = _segment_frame(seg, labels, articles)
    terms = characteristic_terms(presence.matrix, presence.terms, labels)
    variables = partitions if partitions is not None else [
        c for c in (*ARTICLE_PARTITIONS, *SEGMENT_PARTITIONS) if c in segments.columns]
    part_rows = segments.assign(speaker=segments["speaker"].where(segments["speaker"] != NARRATION))
    return ReinertResult(
        segments=segments,
        classes=_class_summary(labels, terms),
        terms=terms,
        top_segments=_top_segments(presence, labels, terms, segments, n_segments),
        partitions=over_represented(part_rows, labels, variables),
        tree=hierarchy.tree() if hierarchy is not None else pd.DataFrame(
            columns=["node", "parent", "class", "chi2", "step", "n_rows"]),
        splits=splits,
        presence=presence,
        parameters={"k": k, "segment_size": segment_size, "min_freq": min_freq, "pos": list(pos or []),
                    "double": double, "unit_sizes": list(unit_sizes) if double else None,
                    "min_class_size": min_class_size, "n_segments_total": len(seg),
                    "n_terms": len(presence.terms)},
    )
