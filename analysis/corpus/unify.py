"""Speaker ids across the whole built corpus, whatever its partitioning.

Each partition is resolved on its own (:func:`analysis.pipeline.analyse`), and speaker
resolution merges names only across the articles it is given: « Benali » in one partition and
« Nadia Benali » in another got two ids, and which ones depended on where the partition
boundaries fell (sizes 25 and 200 gave different ids for the same quote). After the last
partition, one pass recomputes person ids over every quote of the corpus with
:func:`analysis.speakers.unify_ids` — rows in (doc_id, quote_id) order, so the result does not
depend on the order of the parts either — and rewrites the quotes and speakers parts whose ids,
kinds or person labels (one spelling per person) changed. It reads a few small columns of each
part: linear in the corpus size.

A lone surname that speaker resolution promotes from organisation to person when the articles it
is given name exactly one person with that surname (« Michel » next to « Charles Michel ») is
promoted the same way corpus-wide by ``unify_ids``, so it too is the same whatever the partitioning.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.corpus import store

QUOTE_KEYS = ["doc_id", "quote_id", "speaker", "speaker_kind", "speaker_id"]
SPEAKER_KEYS = ["doc_id", "speaker", "kind", "speaker_id"]


def _columns(parts: list[Path], columns: list[str]) -> pd.DataFrame:
    frames = []
    for k, part in enumerate(parts):
        frame = store.read_part(part, columns)
        frames.append(frame.assign(part=k, row=range(len(frame))))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[*columns, "part", "row"])


def _rewrite(parts: list[Path], before: pd.DataFrame, after: pd.DataFrame, columns: list[str]) -> int:
    """Write the unified ``columns`` into the parts where a value changed; return how many rows changed."""
    changed = pd.Series(False, index=before.index)
    for col in columns:
        changed |= before[col].fillna("").astype(str) != after[col].fillna("").astype(str)
    for k in sorted(set(before.loc[changed, "part"])):
        rows = before["part"] == k
        order = before.loc[rows, "row"].argsort().to_numpy()
        frame = store.read_part(parts[k])
        store.write_frame(frame.assign(**{col: after.loc[rows, col].to_numpy()[order] for col in columns}), parts[k])
    return int(changed.sum())


def unify_speaker_ids(out_dir: str | Path) -> int:
    """Recompute person ``speaker_id`` over the whole corpus in ``out_dir``; return the rows changed."""
    from analysis.speakers import unify_ids

    out_dir = Path(out_dir)
    quote_parts = store.part_files(out_dir, "quotes")
    quotes = _columns(quote_parts, QUOTE_KEYS)
    if quotes.empty or not set(QUOTE_KEYS) <= set(quotes.columns):
        return 0
    quotes = quotes.sort_values(["doc_id", "quote_id"], kind="stable")
    speaker_parts = store.part_files(out_dir, "speakers")
    speakers = _columns(speaker_parts, SPEAKER_KEYS)
    if speakers.empty or not set(SPEAKER_KEYS) <= set(speakers.columns):
        new_quotes = unify_ids(quotes[QUOTE_KEYS])
        return _rewrite(quote_parts, quotes, new_quotes, ["speaker", "speaker_id", "speaker_kind"])
    speakers = speakers.sort_values(["doc_id", "speaker"], kind="stable")
    new_quotes, new_speakers = unify_ids(quotes[QUOTE_KEYS], speakers[SPEAKER_KEYS])
    changed = _rewrite(quote_parts, quotes, new_quotes, ["speaker", "speaker_id", "speaker_kind"])
    return changed + _rewrite(speaker_parts, speakers, new_speakers, ["speaker", "speaker_id", "kind"])
