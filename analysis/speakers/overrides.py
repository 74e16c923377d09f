"""Hand corrections of speaker resolution, kept in a small table that every analysis reads.

An override table has a ``speaker`` column (the correct canonical name; empty means « no
speaker ») and says which quotations it applies to, by one of:
- ``quote_id`` (with ``doc_id`` when ids repeat across articles): that quotation only;
- ``match``: every quotation whose current speaker, speaker_id or attributing string is this
  text (case and accents ignored), in ``doc_id`` only when it is given, else in every article.
Optional columns ``speaker_id``, ``kind``, ``role``, ``gender`` set those fields too (otherwise
the id is derived from the name, and kind, role and gender are kept when the name is unchanged).
``match`` rows apply first, then ``quote_id`` rows, so the most specific correction wins.

Pass the table to :func:`analysis.speakers.resolve` as ``overrides=`` (a CSV or JSON path, a
DataFrame, a list of dicts, or a ``{match: speaker}`` dict), or name a file in the environment
variable ``ANALYSIS_SPEAKER_OVERRIDES`` so that every notebook and command that resolves speakers
applies it.

Example ``speaker_overrides.csv``::

    doc_id,quote_id,match,speaker,kind,gender
    ,,V. V. Poutine,Vladimir Poutine,person,m
    article-12,article-12:4,,Maria Zakharova,person,f
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import InputError, MissingInputError
from analysis.fr.text import fold
from analysis.speakers.kinds import KINDS
from analysis.speakers.text import slug

ENV_VAR = "ANALYSIS_SPEAKER_OVERRIDES"
COLUMNS = ["doc_id", "quote_id", "match", "speaker", "speaker_id", "kind", "role", "gender"]

Overrides = str | Path | pd.DataFrame | Sequence[Mapping[str, Any]] | Mapping[str, str] | bool | None


def load_overrides(source: Overrides = None) -> pd.DataFrame:
    """The override table from ``source`` (see the module docstring); empty when there is none."""
    if source is None:
        source = os.environ.get(ENV_VAR) or False
    if source is False or source is True:
        return pd.DataFrame(columns=COLUMNS)
    where: str | None = None
    if isinstance(source, (str, Path)):
        where = str(source)
        frame = _read_file(Path(source))
    elif isinstance(source, pd.DataFrame):
        frame = source.copy()
    elif isinstance(source, Mapping):
        frame = pd.DataFrame({"match": list(source.keys()), "speaker": list(source.values())})
    else:
        frame = pd.DataFrame(list(source))
    if "speaker" not in frame.columns:
        raise InputError(where or "overrides", "an override table needs a `speaker` column (the correct name)")
    if "quote_id" not in frame.columns and "match" not in frame.columns:
        raise InputError(where or "overrides", "an override table needs a `quote_id` or a `match` column")
    for col in COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    frame = frame[COLUMNS].astype(object).where(frame[COLUMNS].notna(), "")
    frame = frame.map(lambda v: str(v).strip())
    bad = frame[(frame["quote_id"] == "") & (frame["match"] == "")]
    if len(bad):
        raise InputError(where or "overrides", f"row {bad.index[0] + 1}: give a `quote_id` or a `match`")
    bad_kind = frame[(frame["kind"] != "") & ~frame["kind"].isin(KINDS)]
    if len(bad_kind):
        raise InputError(where or "overrides", f"row {bad_kind.index[0] + 1}: kind must be one of {', '.join(KINDS)}")
    bad_gender = frame[~frame["gender"].isin(["", "f", "m", "unknown"])]
    if len(bad_gender):
        raise InputError(where or "overrides", f"row {bad_gender.index[0] + 1}: gender must be f, m or unknown")
    return frame.reset_index(drop=True)


def _read_file(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise MissingInputError(path, "speaker override file not found")
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            if isinstance(data, dict):
                return pd.DataFrame({"match": list(data.keys()), "speaker": list(data.values())})
            return pd.DataFrame(data)
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (ValueError, json.JSONDecodeError, pd.errors.ParserError) as exc:
        raise InputError(path, f"cannot read the speaker override table ({exc})") from exc


def apply_overrides(quotes: pd.DataFrame, overrides: Overrides = None) -> pd.DataFrame:
    """Apply hand corrections to a resolved quotes frame (returns a copy)."""
    table = load_overrides(overrides)
    out = quotes.copy()
    if table.empty or out.empty:
        return out
    rows = pd.concat([table[table["quote_id"] == ""], table[table["quote_id"] != ""]])
    folded_speaker = out["speaker"].map(lambda v: fold(v) if isinstance(v, str) else "")
    folded_id = out["speaker_id"].map(lambda v: str(v) if isinstance(v, str) else "")
    folded_mention = out.get("speaker_mention", pd.Series("", index=out.index)).map(
        lambda v: fold(v) if isinstance(v, str) else "")
    for _, row in rows.iterrows():
        if row["quote_id"]:
            mask = out["quote_id"].astype(str) == row["quote_id"]
        else:
            key = fold(row["match"])
            mask = (folded_speaker == key) | (folded_id == row["match"]) | (folded_mention == key)
        if row["doc_id"]:
            mask &= out["doc_id"].astype(str) == row["doc_id"]
        if not mask.any():
            continue
        name = row["speaker"]
        same = folded_speaker[mask] == fold(name)
        out.loc[mask, "speaker"] = name or None
        if "speaker_rule" in out.columns:
            out.loc[mask, "speaker_rule"] = "override" if name else ""
        out.loc[mask, "speaker_id"] = (row["speaker_id"] or slug(name)) if name else None
        if row["kind"]:
            out.loc[mask, "speaker_kind"] = row["kind"]
        elif not name:
            out.loc[mask, "speaker_kind"] = "unknown"
        if row["role"]:
            out.loc[mask, "speaker_role"] = row["role"]
        elif not same.all():
            out.loc[mask & ~same.reindex(out.index, fill_value=True), "speaker_role"] = ""
        if row["gender"]:
            out.loc[mask, "speaker_gender"] = row["gender"]
        elif not same.all():
            out.loc[mask & ~same.reindex(out.index, fill_value=True), "speaker_gender"] = "unknown"
        folded_speaker = out["speaker"].map(lambda v: fold(v) if isinstance(v, str) else "")
        folded_id = out["speaker_id"].map(lambda v: str(v) if isinstance(v, str) else "")
    return out
