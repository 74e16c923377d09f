"""The one definition of who speaks and how much: every table and chart counts through here.

- **Speaker** of a quotation: its resolved ``speaker``; a quotation whose speaker was not found
  is :data:`analysis.labels.NO_SPEAKER` (never the raw mention « il », never None). Names that
  differ only by accents or case (« Edouard Philippe », « Édouard Philippe ») are one speaker,
  shown in their most frequent spelling (accented first on a tie), across all articles.
- **Quote count**: a quotation attributed to several people (« MM. X et Y ont déclaré ») counts
  once for each of them, as in the speakers table; totals of quotations count it once.
- **Quoted words**: :func:`quoted_words`, the words of the quotation's text (hyphenated and
  elided words count once: « l'état-major » is one word), the count the speakers table uses.
- **Kind** and **gender** are the speaker's, shown with the labels of :mod:`analysis.labels`; a
  quotation without speaker is « (sans locuteur) » there too, and a speaker who is not a person
  has no gender (« (pas une personne) »), so a share of women is never diluted by institutions.

:func:`speaker_rows` gives one row per (quotation, speaker) with those columns; :func:`speaker_counts`
sums it by speaker, kind or gender (optionally within outlets, articles, periods).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.fr.text import fold
from analysis.labels import NO_SPEAKER, label
from analysis.speakers import SEPARATOR, explode_speakers
from analysis.speakers.fallbacks import names_nobody
from analysis.speakers.text import word_count

GROUPS: tuple[str, ...] = ("speaker", "kind", "gender")
"""What :func:`speaker_counts` can count by."""
COUNT_COLUMNS: list[str] = ["n_quotes", "quoted_words", "share_quotes", "share_words"]


def quoted_words(texts: pd.Series | Sequence[object]) -> pd.Series:
    """Words of each quotation text (the one definition of « mots cités »)."""
    series = texts if isinstance(texts, pd.Series) else pd.Series(list(texts), dtype=object)
    return series.map(lambda t: word_count(t) if isinstance(t, str) else 0).astype("int64")


def _named(values: pd.Series) -> pd.Series:
    """Stripped names; missing and blank values become None."""
    return pd.Series([" ".join(v.split()) if isinstance(v, str) and v.strip() else None for v in values],
                     index=values.index, dtype=object)


def unified_names(names: pd.Series) -> pd.Series:
    """Each name replaced by the most frequent spelling of its accent- and case-free form.

    On a tie the spelling with more accented letters wins, then the alphabetical first, so the
    result does not depend on row order.
    """
    present = names.dropna()
    if present.empty:
        return names
    keys = present.map(fold)
    counts = pd.DataFrame({"key": keys, "name": present}).value_counts().reset_index(name="n")
    counts["accents"] = counts["name"].map(lambda s: sum(not ch.isascii() for ch in s))
    best = (counts.sort_values(["key", "n", "accents", "name"], ascending=[True, False, False, True], kind="stable")
            .drop_duplicates("key").set_index("key")["name"])
    return pd.Series([best.get(fold(n), n) if isinstance(n, str) else None for n in names], index=names.index,
                     dtype=object)


def speaker_labels(quotes: pd.DataFrame) -> pd.Series:
    """One speaker label per quotation (plural speakers stay joined by « ; »): the resolved name,
    unified across accents and case, else « (sans locuteur) ». A bare pronoun kept as written because
    it pointed at nobody (``speaker_rule`` « mention as written »: « il » opening an article) names
    no one a chart could show, so it is « (sans locuteur) » too."""
    if "speaker" not in quotes.columns:
        return pd.Series(NO_SPEAKER, index=quotes.index, dtype=object)
    names = _named(quotes["speaker"])
    if "speaker_rule" in quotes.columns:
        bare = [names_nobody(v, rule) for v, rule in zip(names, quotes["speaker_rule"], strict=True)]
        names = names.mask(pd.Series(bare, index=names.index))
    plural = pd.Series([isinstance(v, str) and SEPARATOR in v for v in names], index=names.index)
    parts = pd.Series([p for v in names[plural] for p in v.split(SEPARATOR)], dtype=object)
    table = unified_names(pd.concat([names[~plural], parts], ignore_index=True))
    spelling = dict(zip(pd.concat([names[~plural], parts], ignore_index=True), table, strict=True))
    unified = [SEPARATOR.join(spelling.get(p, p) for p in v.split(SEPARATOR)) if isinstance(v, str) else NO_SPEAKER
               for v in names]
    return pd.Series(unified, index=quotes.index, dtype=object)


def _gender(kind: object, gender: object) -> str:
    if kind == NO_SPEAKER:
        return NO_SPEAKER
    if kind not in (None, "person") and not (isinstance(kind, float) and kind != kind):
        return label("gender", "not_person")
    return label("gender", gender)


def speaker_rows(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per (quotation, speaker): the quotation's columns with ``speaker`` (the label of
    :func:`speaker_labels`), ``kind`` and ``gender`` (French labels) and ``words`` (quoted words).

    Plural attributions are split (each speaker gets the whole quotation, ``share`` = 1/n).
    """
    labelled = quotes.assign(speaker=speaker_labels(quotes), words=quoted_words(quotes["text"]) if "text" in quotes
                             else 0)
    for column in ("speaker_kind", "speaker_gender"):
        if column not in labelled.columns:
            labelled[column] = None
    rows = explode_speakers(labelled)
    rows.attrs = {}
    missing = rows["speaker"] == NO_SPEAKER
    kinds = rows["speaker_kind"].where(~missing, None)
    rows["kind"] = [NO_SPEAKER if m else label("speaker_kind", k) for m, k in zip(missing, kinds, strict=True)]
    rows["gender"] = [NO_SPEAKER if m else _gender(k, g)
                      for m, k, g in zip(missing, kinds, rows["speaker_gender"], strict=True)]
    return rows.reset_index(drop=True)


def speaker_counts(
    quotes: pd.DataFrame,
    by: str = "speaker",
    *,
    within: Sequence[str] = (),
    articles: pd.DataFrame | None = None,
    rows: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """``[*within, by, n_quotes, quoted_words, share_quotes, share_words]``, most quoted first.

    ``by``: speaker, kind or gender. ``within``: columns to count inside (an article column such
    as outlet — then pass ``articles`` — or a quotes column such as doc_id); shares are within
    each group and sum to 1. ``rows`` spares recomputing :func:`speaker_rows`.
    """
    if by not in GROUPS:
        raise ValueError(f"`by` must be one of {', '.join(GROUPS)}, not {by!r}")
    frame = speaker_rows(quotes) if rows is None else rows
    within = list(within)
    wanted = [c for c in within if c not in frame.columns]
    if wanted:
        if articles is None:
            raise ValueError(f"counting within {wanted} needs the articles frame (articles=...)")
        frame = frame.merge(articles[["doc_id", *wanted]].drop_duplicates("doc_id"), on="doc_id", how="left")
        for column in wanted:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), "")
    keys = [*within, by]
    if frame.empty:
        return pd.DataFrame(columns=[*keys, *COUNT_COLUMNS])
    table = frame.groupby(keys, sort=False, dropna=False).agg(n_quotes=("words", "size"), quoted_words=("words", "sum"))
    table = table.reset_index()
    if within:
        totals = table.groupby(within, dropna=False)[["n_quotes", "quoted_words"]].transform("sum")
    else:
        totals = pd.DataFrame({c: table[c].sum() for c in ("n_quotes", "quoted_words")}, index=table.index)
    table["share_quotes"] = table["n_quotes"] / totals["n_quotes"].where(totals["n_quotes"] > 0, 1)
    table["share_words"] = table["quoted_words"] / totals["quoted_words"].where(totals["quoted_words"] > 0, 1)
    table = table.sort_values([*within, "n_quotes", "quoted_words", by],
                              ascending=[True] * len(within) + [False, False, True], kind="stable")
    return table.reset_index(drop=True).astype({"n_quotes": "int64", "quoted_words": "int64"})


def top_with_rest(counts: pd.DataFrame, n: int, *, by: str = "speaker", keep: Sequence[str] = ()) -> tuple[pd.DataFrame, pd.Series]:
    """The ``n`` most quoted rows of a :func:`speaker_counts` table (without ``within``), and
    the sums of the rest (n_rows, n_quotes, quoted_words) for a note under the chart.

    « (sans locuteur) » is never one of the top: it is not a speaker (it goes into the rest and
    the note names it); ``keep`` lists other labels to leave out of the top the same way.
    """
    excluded = {NO_SPEAKER, *keep}
    named = counts[~counts[by].isin(excluded)]
    top = named.head(n)
    rest = counts.drop(index=top.index)
    summary = pd.Series({"rows": int(len(rest)), "n_quotes": int(rest["n_quotes"].sum()),
                         "quoted_words": int(rest["quoted_words"].sum()),
                         "no_speaker_quotes": int(rest.loc[rest[by] == NO_SPEAKER, "n_quotes"].sum())})
    return top.reset_index(drop=True), summary
