"""The narration's own words: reporting verbs and calendar words, left out of narrator keyness by default.

A journalist's narration (the tokens outside every quotation) over-uses the verbs that bring
in quotations (« a-t-il ajouté », « a déclaré », « a indiqué », « a-t-il précisé ») and the days
and months that date the events (lundi, samedi, mars): that is news-writing convention, and on
a speaker partition it crowds out what the narration is about. When a partition has a narration part
(:func:`analysis.keywords.partition_tokens` by speaker or by quotes),
:func:`analysis.keywords.keyness` leaves these words out of its rows, as it does stop words;
``narration_stop_words=False`` keeps them. The lists are not restated here: the reporting
verbs come from ``analysis/data/reporting_verbs.csv`` (through the quotation module's loader:
each one-word entry, « se féliciter » as féliciter), the calendar words from
:mod:`analysis.fr.dates` (weekdays and full month names, not abbreviations such as « sept »,
which is also a number). How the journalist frames each speaker (affirmer, dénoncer, se
féliciter) is not lost: every quotation carries its verb and the verb's category
(``cue_lemma``, ``cue_category`` in the quotes frame), which compares speakers directly.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from analysis.fr.dates import MONTHS, WEEKDAYS
from analysis.fr.reporting_verbs import verbs
from analysis.keywords.terms import fold, stop_words


def month_names() -> frozenset[str]:
    """Full month names of :data:`analysis.fr.dates.MONTHS`: the keys that abbreviate no other key
    of the same month (« janvier », not « janv »; « mars », « mai »)."""
    return frozenset(name for name, month in MONTHS.items()
                     if not any(other != name and other.startswith(name) and number == month
                                for other, number in MONTHS.items()))


@functools.lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Lemmas of the one-word reporting verbs of ``reporting_verbs.csv`` (pronominal ones without « se »)."""
    return frozenset(fold(verb.head).lower() for verb in verbs() if not verb.tail)


@functools.lru_cache(maxsize=1)
def narration_words() -> frozenset[str]:
    """Reporting verbs and calendar words (lower case): the narration's conventional vocabulary."""
    return reporting_verbs() | frozenset(WEEKDAYS) | month_names()


def with_narration_words(stops: bool | Collection[str] | None) -> frozenset[str]:
    """A stop-word set (``True``: the default list; ``False``/None: none; or a collection) plus
    :func:`narration_words`."""
    if stops is True:
        base = stop_words()
    elif not stops:
        base = frozenset()
    else:
        base = frozenset(fold(w).lower() for w in stops)
    return base | narration_words()
