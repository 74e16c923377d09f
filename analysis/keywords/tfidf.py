"""TF-IDF per article: the terms that set one article apart from the others of a corpus.

Computed directly on the tokens frame (no scikit-learn): the counts are already there, and
refitting a vectoriser would re-tokenise text that spaCy has tokenised and lemmatised. The
formula is scikit-learn's default, so numbers match what users may know from it:
``idf = ln((1 + N) / (1 + df)) + 1`` (smoothed), ``tfidf = tf · idf``, then each article's
vector scaled to unit length (l2). Rows: doc_id, term, tf, df, idf, tfidf.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd

from analysis.keywords.terms import Unit, require_columns, token_terms

TFIDF_COLUMNS = ["doc_id", "term", "tf", "df", "idf", "tfidf"]


def tfidf(
    tokens: pd.DataFrame,
    *,
    by: Unit = "lemma",
    doc: str = "doc_id",
    stop_words: bool | Collection[str] | None = True,
    pos: Collection[str] | str | None = None,
    numbers: bool = False,
    min_df: int = 1,
    sublinear: bool = False,
    top: int | None = None,
) -> pd.DataFrame:
    """TF-IDF of each term in each article (or any grouping column ``doc``), highest first per article.

    ``tf`` is the raw count (``1 + ln(count)`` with ``sublinear=True``); ``min_df`` drops terms
    found in fewer articles; ``top`` keeps the N best terms per article.
    """
    require_columns(tokens, [doc])
    terms = token_terms(tokens, by=by, stop_words=stop_words, pos=pos, numbers=numbers)
    keep = terms.codes >= 0
    pairs = pd.DataFrame({
        doc: tokens[doc].to_numpy(dtype=object)[keep],
        "term": pd.Categorical.from_codes(terms.codes[keep], categories=terms.categories),
    })
    counts = pairs.groupby([doc, "term"], observed=True, sort=False).size().rename("tf").reset_index()
    n_docs = pairs[doc].nunique()
    df = counts.groupby("term", observed=True)[doc].nunique().rename("df")
    counts = counts.join(df, on="term")
    counts = counts[counts["df"] >= min_df].copy()
    counts["idf"] = np.log((1.0 + n_docs) / (1.0 + counts["df"])) + 1.0
    tf = np.log(counts["tf"]) + 1.0 if sublinear else counts["tf"].astype(float)
    weight = tf * counts["idf"]
    norms = np.sqrt((weight ** 2).groupby(counts[doc]).transform("sum"))
    counts["tfidf"] = weight / norms.where(norms > 0)
    counts["term"] = counts["term"].astype(object)
    counts = counts.sort_values([doc, "tfidf", "term"], ascending=[True, False, True], kind="stable")
    if top is not None:
        counts = counts.groupby(doc, sort=False).head(top)
    counts = counts.rename(columns={doc: "doc_id"}) if doc != "doc_id" else counts
    frame = counts[TFIDF_COLUMNS].reset_index(drop=True).astype({"tf": "int64", "df": "int64"})
    frame.attrs.update({"by": by})
    return frame
