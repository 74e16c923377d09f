"""The labels users see for every category the analyses produce, from one table.

Frames hold short English codes (``type`` direct | mixed …, ``speaker_kind`` person | media …,
``speaker_gender`` f | m | unknown, ``label`` neg | neu | pos, ``cue_category``, ``pos``);
charts, report tables and notebooks show them through this module, which reads
``analysis/data/labels.csv`` (concept, key, fr, en). One concept, one label: a quotation whose
speaker was not found is :data:`NO_SPEAKER` everywhere, never « non attribué », « inconnu »,
None or nan.

>>> label("speaker_kind", "unnamed source")
'source anonyme'
>>> relabel(pd.Series(["f", "m", None]), "gender").tolist()
['femmes', 'hommes', 'genre non marqué']
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pandas as pd

from analysis.fr.datafiles import read_rows

LANGUAGES: tuple[str, ...] = ("fr", "en")
LABELS_FILE = "labels.csv"
MISSING_KEYS: dict[str, str] = {"speaker_kind": "unknown", "gender": "unknown", "cue_category": "none",
                                "sentiment": "neu"}
"""The key a missing value stands for, per concept (no cue category means « sans verbe »)."""


@cache
def table(lang: str = "fr") -> dict[str, dict[str, str]]:
    """``{concept: {key: label}}`` in ``lang`` (fr or en)."""
    if lang not in LANGUAGES:
        raise ValueError(f"labels exist in {', '.join(LANGUAGES)}, not {lang!r}")
    out: dict[str, dict[str, str]] = {}
    for row in read_rows(LABELS_FILE):
        out.setdefault(row["concept"], {})[row["key"]] = row[lang]
    return out


def label(concept: str, key: object, lang: str = "fr") -> str:
    """The label of ``key`` in ``concept``; an unknown key is shown as it is, a missing one as
    the concept's missing key says (e.g. a gender that is None → « genre non marqué »)."""
    labels = table(lang).get(concept)
    if labels is None:
        raise KeyError(f"no labels for {concept!r} in {LABELS_FILE} (concepts: {', '.join(table(lang))})")
    if key is None or (isinstance(key, float) and key != key) or (isinstance(key, str) and not key.strip()):
        key = MISSING_KEYS.get(concept, "")
    return labels.get(str(key), str(key))


def labels(concept: str, lang: str = "fr") -> dict[str, str]:
    """Every ``{key: label}`` of a concept, in the table's order (the order charts use)."""
    return dict(table(lang)[concept])


def relabel(values: pd.Series | Iterable[object], concept: str, lang: str = "fr") -> pd.Series:
    """``values`` (codes) as labels of ``concept``; keeps the index of a Series."""
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    return series.astype(object).map(lambda v: label(concept, v, lang))


def special(key: str, lang: str = "fr") -> str:
    """A label that is no category value: ``no_speaker``, ``others``, ``narration``, ``no_date`` …"""
    return label("special", key, lang)


NO_SPEAKER: str = special("no_speaker")
"""The one label of a quotation whose speaker was not found: « (sans locuteur) »."""
OTHERS: str = special("others")
"""The label of what a chart groups beyond its top rows: « autres »."""
NARRATION: str = special("narration")
"""The journalist's own text, outside every quotation: « (récit) »."""
