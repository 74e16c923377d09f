"""From tokens to terms: which unit is counted (lemma or form) and which tokens are left out.

Every statistic in :mod:`analysis.keywords` counts *terms*. A term is a token's lemma, its
lower-cased form (``norm``) or its surface form, with ' and ’ folded alike, NFC, and the hyphen
of a clitic dropped (« a-t-il » → ``t``, ``il``). spaCy already splits elisions (« l' », « qu' »)
and keeps « aujourd'hui » whole, with either apostrophe (analysis.nlp feeds it a folded copy).

Lemmas are compared without case, everywhere in the package: spaCy keeps the capital of a
proper noun's lemma but lower-cases the same name when it tags it as a common noun, so
« Ukraine » and « ukraine » would be two terms. They are one, shown in the spelling most of
its tokens have (« Ukraine »; ties go to the capitalised spelling). Concordances match
without case too (:mod:`analysis.keywords.kwic`).

Two different questions get two different answers here:
- *which tokens are words* (:func:`word_mask`): everything but punctuation and symbols. Part and
  corpus sizes (t, T) and rates per 10,000 words count these, whatever the filters;
- *which words get a row* (:func:`token_terms`): filters for stop words, POS, numbers.
Keeping the two apart means a filtered table still gives the same f, t and T for every term,
so its statistics do not change when a filter changes.

The work is done once per distinct string (a few thousand), then broadcast to the tokens
through integer codes, so a million tokens map in well under a second.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis import config
from analysis.errors import InputError, MissingColumnError
from analysis.fr.text import APOSTROPHES
from analysis.fr.text import fold as fold_text

Unit = Literal["lemma", "norm", "text"]
UNITS: tuple[str, ...] = ("lemma", "norm", "text")
STOP_WORDS_FILE: Path = config.data_file("stop_words_extra.txt")

FUNCTION_POS: frozenset[str] = frozenset({"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ"})
"""UPOS tags of grammatical words: with these, a stop-word form is a stop word whatever its lemma."""
CONTENT_POS: frozenset[str] = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})
"""UPOS tags of content words (a handy value for ``pos=``)."""

_NUMBER = re.compile(
    r"^[+\-−]?\d(?:[\d\s.,:/\u00a0\u202f]|h(?=\d))*(?:h|%|e|er|re|ère|ème|è|es|ers|res|ièmes?)?$", re.IGNORECASE
)  # 2021, 1 200, 33,5 %, 1er, 3e, XXe excluded (letters only), times 08h53 / 10h, dates 13/04
_HAS_LETTER = re.compile(r"[^\W\d_]")
_HAS_ALNUM = re.compile(r"[^\W_]")


def fold(text: str) -> str:
    """The canonical spelling of a term: the one normaliser's as-written form (NFC, every apostrophe ', case kept)."""
    return fold_text(text, accents=True, case=True)


def clean_term(text: str, *, lower: bool) -> str:
    """Canonical term for one token string: folded, clitic hyphen dropped, optionally lower-cased."""
    term = fold(text).strip()
    if len(term) > 1 and term[0] == "-" and _HAS_LETTER.search(term):
        term = term[1:]  # « -il », « -t », « -elle » in « a-t-il », « va-t-elle »
    return term.lower() if lower else term


def is_number(term: str) -> bool:
    """Digits with separators, percentages, ordinals, times and dates (« 33 % », « 1er », « 08h53 », « 13/04 »)."""
    return bool(_NUMBER.match(term))


_NUMBER_RE2 = (r"(?i)^[+\-−]?\d(?:[\d\s.,:/\x{a0}\x{202f}]|h\d)*"
               r"(?:h|%|e|er|re|ère|ème|è|es|ers|res|ièmes?)?$")  # the same as _NUMBER, for Arrow (RE2)


def _arrow(values: Iterable[object]) -> pa.Array:
    if isinstance(values, pd.Index | pd.Series):
        values = values.array
    try:
        return pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if v is None or v != v else str(v) for v in values], type=pa.large_string())


def clean_terms(values: Iterable[object], *, lower: bool) -> pa.Array:
    """:func:`clean_term` for many strings at once (Arrow compute kernels, no Python loop)."""
    arr = pc.utf8_normalize(_arrow(values), "NFC")
    for apostrophe in APOSTROPHES:
        arr = pc.replace_substring(arr, apostrophe, "'")
    arr = pc.utf8_trim_whitespace(arr)
    clitic = pc.and_(pc.starts_with(arr, "-"), pc.match_substring_regex(arr, r"\pL"))
    arr = pc.if_else(clitic, pc.utf8_slice_codeunits(arr, 1), arr)
    return pc.utf8_lower(arr) if lower else arr


def _flags(arr: pa.Array, pattern: str) -> np.ndarray:
    return pc.fill_null(pc.match_substring_regex(arr, pattern), False).to_numpy(zero_copy_only=False)


def read_stop_words(path: str | Path) -> tuple[set[str], set[str]]:
    """Words a stop-word file adds, and words it takes out (lines ``-mot``); # starts a comment."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(path, "stop-word file not found") from None
    except UnicodeDecodeError:
        raise InputError(path, "stop-word file is not UTF-8 text") from None
    add: set[str] = set()
    remove: set[str] = set()
    for line in lines:
        word = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not word:
            continue
        if word.startswith("-") and len(word) > 1:
            remove.add(fold(word[1:]).lower())
        else:
            add.add(fold(word).lower())
    return add, remove


@lru_cache(maxsize=8)
def _default_stop_words(files: tuple[str, ...]) -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS

    words = {fold(w).lower() for w in STOP_WORDS}
    for file in files:
        add, remove = read_stop_words(file)
        words = (words - remove) | add
    return frozenset(words)


def stop_words(
    *, extra: Iterable[str] = (), remove: Iterable[str] = (), files: Iterable[str | Path] = ()
) -> frozenset[str]:
    """French stop words: spaCy's list, the project file, then ``files``, ``extra`` and ``remove``.

    All entries are lower case with ' and ’ folded. Pass the result as ``stop_words=`` to any
    counting function; ``stop_words(extra=["poutine"])`` leaves a name out of a chart.
    """
    base = _default_stop_words((str(STOP_WORDS_FILE), *(str(f) for f in files)))
    return frozenset((base | {fold(w).lower() for w in extra}) - {fold(w).lower() for w in remove})


def _stop_set(stop: bool | Collection[str] | None) -> frozenset[str]:
    if stop is True:
        return stop_words()
    if not stop:
        return frozenset()
    return frozenset(fold(w).lower() for w in stop)


def require_columns(tokens: pd.DataFrame, columns: Iterable[str], what: str = "tokens frame") -> None:
    """Raise a clear error when a frame lacks columns a function needs."""
    missing = [c for c in columns if c not in tokens.columns]
    if missing:
        raise MissingColumnError(None, f"the {what} has no column {', '.join(map(repr, missing))} "
                                       f"(columns: {', '.join(map(str, tokens.columns))})")


def _factorize(values: pd.Series) -> tuple[np.ndarray, pd.Index]:
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy().astype(np.int64), pd.Index(values.cat.categories)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return codes.astype(np.int64), pd.Index(uniques)


def word_mask(tokens: pd.DataFrame) -> np.ndarray:
    """True for tokens that are words (not punctuation, not a bare symbol): what t and T count."""
    require_columns(tokens, ["text"])
    codes, uniques = _factorize(tokens["text"])
    has_alnum = _flags(_arrow(uniques), r"[\pL\pN]")
    mask = np.append(has_alnum, False)[codes]  # code -1 (missing text) → last slot, False
    if "is_punct" in tokens.columns:
        mask &= ~tokens["is_punct"].fillna(False).to_numpy(dtype=bool)
    return mask


def token_terms(
    tokens: pd.DataFrame,
    *,
    by: Unit = "lemma",
    stop_words: bool | Collection[str] | None = True,
    pos: Collection[str] | str | None = None,
    numbers: bool = False,
    min_length: int = 1,
) -> pd.Categorical:
    """The term of each token (a Categorical aligned with ``tokens``), missing where filtered out.

    ``by``: ``"lemma"`` (spaCy's lemma, proper nouns capitalised),
    ``"norm"`` (lower-cased form) or ``"text"`` (form as written); lemmas that differ only by
    case are one term, in their most frequent spelling (see the module doc). Left out: non-words
    (punctuation, symbols), stop words (judged on the term, lower-cased; ``True`` = the
    default list, ``False`` = none, or your own collection; with lemmas, a grammatical word
    whose form is a stop word is one too, whatever lemma it got), tokens whose UPOS is not in
    ``pos``, numbers unless ``numbers=True``, and terms shorter than ``min_length``.
    """
    if by not in UNITS:
        raise ValueError(f"by must be one of {', '.join(UNITS)}, not {by!r}")
    require_columns(tokens, [by, "text"])
    stops = _stop_set(stop_words)
    codes, uniques = _factorize(tokens[by])
    cleaned = clean_terms(uniques, lower=by == "norm")
    if by == "lemma":
        cleaned = one_spelling(cleaned, np.bincount(codes[codes >= 0], minlength=len(uniques)))
    stop_set = pa.array(sorted(stops), type=pa.large_string())
    drop = pc.fill_null(pc.is_in(pc.utf8_lower(cleaned), value_set=stop_set), True).to_numpy(zero_copy_only=False)
    drop |= ~_flags(cleaned, r"[\pL\pN]")
    if not numbers:
        drop |= _flags(cleaned, _NUMBER_RE2)
    if min_length > 1:
        drop |= pc.fill_null(pc.less(pc.utf8_length(cleaned), min_length), True).to_numpy(zero_copy_only=False)
    new_codes, categories = pd.factorize(pd.Series(cleaned.to_pylist(), dtype=object)) if len(cleaned) else (
        np.array([], np.int64), [])
    remap = np.where(drop, -1, new_codes).astype(np.int64)
    term_codes = np.append(remap, -1)[codes]
    keep = word_mask(tokens)
    if by == "lemma" and stops and "pos" in tokens.columns:
        # the lemmatizer sometimes gives a grammatical word a content lemma (« entre » → « entrer »)
        forms = tokens["norm"] if "norm" in tokens.columns else tokens["text"]
        form_codes, form_uniques = _factorize(forms)
        stop_form = pc.fill_null(pc.is_in(clean_terms(form_uniques, lower=True), value_set=stop_set), False)
        stop_form = stop_form.to_numpy(zero_copy_only=False)
        keep &= ~(np.append(stop_form, False)[form_codes] & tokens["pos"].isin(FUNCTION_POS).to_numpy(dtype=bool))
    if pos is not None:
        wanted = {pos} if isinstance(pos, str) else set(pos)
        require_columns(tokens, ["pos"])
        keep &= tokens["pos"].isin(wanted).to_numpy(dtype=bool)
    term_codes = np.where(keep, term_codes, -1)
    terms = pd.Categorical.from_codes(term_codes, categories=pd.Index(list(categories), dtype=object))
    return terms.remove_unused_categories()


def one_spelling(terms: pa.Array, counts: np.ndarray) -> pa.Array:
    """Each term replaced by the spelling most of the tokens of its case-insensitive group have
    (``counts``: tokens per term); on a tie, the spelling with a capital, then the first in order."""
    frame = pd.DataFrame({"term": terms.to_pylist(), "n": counts})
    frame["key"] = pc.utf8_lower(terms).to_pylist()
    if frame["key"].nunique(dropna=True) == frame["term"].nunique(dropna=True):
        return terms  # no two spellings of one term: nothing to merge
    frame["capital"] = frame["term"].map(lambda t: isinstance(t, str) and t[:1].isupper())
    best = frame.dropna(subset=["term"]).sort_values(["n", "capital", "term"], ascending=[False, False, True],
                                                     kind="stable").drop_duplicates("key").set_index("key")["term"]
    return pa.array(frame["key"].map(best).where(frame["term"].notna(), None).tolist(), type=pa.large_string())


def in_text_order(tokens: pd.DataFrame) -> pd.DataFrame:
    """``tokens`` sorted by article then token index (returned as is when already in that order)."""
    require_columns(tokens, ["doc_id", "i"])
    doc_codes, _ = pd.factorize(tokens["doc_id"])
    index = tokens["i"].to_numpy()
    step = np.diff(doc_codes)
    if np.all((step > 0) | ((step == 0) & (np.diff(index) > 0))):
        return tokens
    return tokens.iloc[np.lexsort((index, doc_codes))]


def join_terms(terms: Iterable[str]) -> str:
    """Write a sequence of terms as text: « conférence de presse », « l'état-major » (no space after ')."""
    out = ""
    for term in terms:
        out += term if (not out or out.endswith("'")) else " " + term
    return out


_QUERY_WORD = re.compile(r"aujourd['’]hui|[^\s']+'|[^\s']+", re.IGNORECASE)


def split_query(query: str) -> list[str]:
    """Split a search phrase the way spaCy splits French: « l'état-major » → ``["l'", "état-major"]``."""
    return _QUERY_WORD.findall(fold(query).strip())
