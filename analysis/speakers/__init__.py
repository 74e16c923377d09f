"""Speaker resolution: one canonical speaker per person or body, across the article and the corpus.

>>> import analysis as an
>>> quotes = an.extract_quotes(articles)                 # issue 3
>>> quotes = an.speakers.resolve(quotes, articles)       # + speaker, speaker_id, speaker_kind, …
>>> table = an.speakers.speakers_table(quotes, articles)  # one row per speaker of each article

« il », « M. Poutine », « le président russe » and « ce dernier » all count for « Vladimir
Poutine »; « des experts » stays an unnamed source as written; the relay in « citées par le
quotidien X » is not the speaker. Plural attributions keep one row per quotation with the
speakers joined by :data:`SEPARATOR`; :func:`explode_speakers` gives one row per speaker.
Hand corrections: :mod:`analysis.speakers.overrides`.

Modules: reading — text (splitter, slugs), lexicon (French word lists from analysis/data/speaker_*.csv),
acronyms (short names an article defines), phrases (mention pieces and the token reader), scan
(mentions in running text), mentions (attributing strings), names, kinds, gender; resolving one
article — context (the Article every step shares), entity, then one module per step: attributing,
organisations, people, roles and descriptions, documents, pronouns and anaphora, labels, bodies,
fallbacks, ranker (a learned scorer, off by default), with article giving their order; then frame (the frames)
and overrides (hand corrections).
"""

from analysis.speakers.frame import (
    SEPARATOR,
    SPEAKER_COLUMNS,
    SPEAKER_RULES,
    SPEAKERS_TABLE_COLUMNS,
    explode_speakers,
    mention_chains,
    resolve,
    speakers_table,
    unify_ids,
)
from analysis.speakers.kinds import KINDS
from analysis.speakers.overrides import apply_overrides, load_overrides

__all__ = [
    "KINDS", "SEPARATOR", "SPEAKERS_TABLE_COLUMNS", "SPEAKER_COLUMNS", "SPEAKER_RULES", "apply_overrides", "explode_speakers",
    "load_overrides", "mention_chains", "resolve", "speakers_table", "unify_ids",
]
