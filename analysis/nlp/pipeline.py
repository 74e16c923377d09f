"""The spaCy pipeline: loaded once per process, made faster, fed apostrophe-folded text.

Three things matter for French news at scale (DESIGN.md, measured on this machine):
- the French lemmatizer looks words up in long Python lists; turning those lists into sets
  gives identical lemmas ~35× faster;
- the model's attribute ruler only copies each token's POS into its TAG (and tidies space
  tokens), through the Matcher; doing it with arrays gives identical tags ~9× faster;
- the dependency parser and NER are most of the cost, and only sentences that can carry an
  attribution need them, so :func:`annotate` runs them on a chosen subset only.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable, Sequence

import numpy as np
import spacy
from spacy.attrs import IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from analysis import config
from analysis.errors import ModelNotInstalledError
from analysis.fr.text import APOSTROPHES

FULL_ONLY = ("parser", "ner")
"""Components run only on sentences that need a full analysis."""

_MODEL_FOLD = str.maketrans({**dict.fromkeys(APOSTROPHES, "'"), "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


def fold_for_model(text: str) -> str:
    """Same-length copy of ``text`` the model reads better: ’ as ', non-breaking spaces as spaces.

    spaCy's French tokenizer splits elisions only on the straight apostrophe (« L’homme » is
    one PROPN otherwise). Every replacement is one character for one, so offsets hold.
    """
    return text.translate(_MODEL_FOLD)


def _speed_up_lemmatizer(nlp: Language) -> None:
    """Replace the lemmatizer's per-POS word lists by frozensets (same lemmas, O(1) lookups)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or "lemma_index" not in lookups:
        return
    index = lookups.get_table("lemma_index")
    for pos in list(index.keys()):
        words = index[pos]
        if isinstance(words, list):
            index[pos] = frozenset(words)


_SPACE_PATTERNS = [
    {"patterns": [[{"POS": "SPACE", "IS_SPACE": False}]], "attrs": {"TAG": "X", "POS": "X", "MORPH": "_"}, "index": 0},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}, "index": 0},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"}, "index": 0},
]
"""The attribute ruler's rules for space tokens in the French models (besides POS → TAG copies)."""


def _copies_pos_to_tag(rule: dict) -> bool:
    pattern, attrs = rule.get("patterns"), rule.get("attrs")
    return (rule.get("index") == 0 and isinstance(pattern, list) and len(pattern) == 1 and len(pattern[0]) == 1
            and set(pattern[0][0]) == {"POS"} and attrs == {"TAG": pattern[0][0]["POS"]})


@Language.component("analysis_tag_from_pos")
def tag_from_pos(doc: Doc) -> Doc:
    """What the French models' attribute ruler does, with arrays: TAG = POS, space tokens tidied."""
    if not len(doc):
        return doc
    array = doc.to_array([POS, IS_SPACE])
    doc.from_array([TAG], array[:, :1].copy())  # a POS symbol and its name's string hash are the same id
    space = doc.vocab.strings["SPACE"]
    for i in np.flatnonzero((array[:, 1] != 0) | (array[:, 0] == space)):
        token = doc[int(i)]
        name = "SPACE" if token.is_space else "X"
        token.tag_, token.pos_ = name, name
        token.set_morph("_")
        if token.is_space and token.dep_:
            token.dep_ = "dep"
    return doc


def _speed_up_attribute_ruler(nlp: Language) -> None:
    """Swap the attribute ruler for :func:`tag_from_pos` when its rules are exactly what that does."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    rules = nlp.get_pipe("attribute_ruler").patterns
    rest = [r for r in rules if not _copies_pos_to_tag(r)]
    if rest == _SPACE_PATTERNS and len(rules) > len(rest):
        nlp.replace_pipe("attribute_ruler", "analysis_tag_from_pos")


def _tidy_parsed_spaces(doc: Doc) -> None:
    """Space tokens parsed after tagging get dep "dep", as the attribute ruler gives them when it
    runs after the parser (its place in the shipped pipeline)."""
    for i in np.flatnonzero(doc.to_array(IS_SPACE)):
        token = doc[int(i)]
        if token.dep_:
            token.dep_ = "dep"


@functools.lru_cache(maxsize=4)
def load_model(model: str | None = None) -> Language:
    """Load a French spaCy model once per process (``"sm"``, ``"md"`` or a package name)."""
    name = config.model_name(model)
    if importlib.util.find_spec(name) is None:
        raise ModelNotInstalledError(
            f"spaCy model {name!r} is not installed; install it with `pip install {name.replace('_', '-')}==3.8.0` "
            "(it is pinned in requirements.txt; `make install` does it)"
        )
    nlp = spacy.load(name)
    _speed_up_lemmatizer(nlp)
    _speed_up_attribute_ruler(nlp)
    return nlp


def model_info(model: str | None = None) -> dict[str, str]:
    """Name and version of the loaded model, for manifests and benchmarks."""
    nlp = load_model(model)
    return {"model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}", "model_version": nlp.meta.get("version", ""),
            "spacy_version": spacy.__version__}


def n_tokens(docs: Iterable[Doc]) -> list[int]:
    """Non-space tokens of each doc: the ``n_tokens`` column of the sentences frame."""
    return [len(doc) - int(doc.to_array(IS_SPACE).sum()) if len(doc) else 0 for doc in docs]


def count_tokens(texts: Iterable[str], model: str | None = None) -> list[int]:
    """Number of non-space tokens of each text, from the tokenizer alone (cheap)."""
    return n_tokens(load_model(model).tokenizer.pipe(fold_for_model(t) for t in texts))


def annotate(
    texts: Sequence[str],
    *,
    full: Sequence[bool] | bool = True,
    model: str | None = None,
    batch_size: int = 8,
) -> list[Doc]:
    """Run the pipeline on ``texts`` (sentences), with parser and NER only where ``full`` is true.

    Tagging, morphology and lemmas are computed for every text. The returned docs are aligned
    with ``texts``; ``doc.user_data["full"]`` says whether parser and NER ran. Docs hold the
    folded text (see :func:`fold_for_model`); token offsets index the original text unchanged.
    """
    nlp = load_model(model)
    folded = [fold_for_model(t) for t in texts]
    if isinstance(full, bool):
        full = [full] * len(texts)
    if len(full) != len(texts):
        raise ValueError("`full` must have one flag per text")
    disable = [name for name in FULL_ONLY if name in nlp.pipe_names]
    docs = list(nlp.pipe(folded, disable=disable, batch_size=batch_size))
    for doc in docs:
        doc.user_data["full"] = False
    return complete(docs, full, model=model, batch_size=batch_size)


def complete(
    docs: list[Doc],
    full: Sequence[bool],
    *,
    model: str | None = None,
    batch_size: int = 8,
) -> list[Doc]:
    """Run the parser and NER on the docs flagged in ``full`` that have not had them yet.

    Lets a caller decide late which sentences deserve the full analysis (e.g. those where a
    quotation was found) without tagging anything twice. Docs are updated in place.
    """
    nlp = load_model(model)
    names = [name for name in FULL_ONLY if name in nlp.pipe_names]
    chosen = [i for i, flag in enumerate(full) if flag and not docs[i].user_data.get("full")]
    if chosen and names:
        subset = [docs[i] for i in chosen]
        for name in names:
            subset = list(nlp.get_pipe(name).pipe(subset, batch_size=batch_size))
        for i, doc in zip(chosen, subset, strict=True):
            docs[i] = doc
            doc.user_data["full"] = True
            _tidy_parsed_spaces(doc)
    return docs
