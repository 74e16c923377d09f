"""The one loader for the open French word lists in ``analysis/data``.

Every list a user may extend (reporting verbs, titles, role nouns, body nouns, demonyms …) is a
UTF-8 CSV file with a header row; lines starting with « # » are comments and blank lines are
skipped, so a file can explain its columns above them. :func:`read_rows` gives its rows with every
value stripped (a missing value is ""); the modules that use a list turn the rows into the tables
they need (folded with :func:`analysis.fr.text.fold`).
"""

from __future__ import annotations

import csv
from functools import lru_cache

from analysis import config
from analysis.errors import InputError


@lru_cache(maxsize=64)
def read_rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``analysis/data/<name>`` as dicts (header → stripped value), comments and blank lines left out.

    Raises :class:`analysis.errors.InputError` naming the file when it cannot be read."""
    path = config.data_file(name)
    try:
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if line.strip() and not line.startswith("#")]
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read this word list: {exc}") from exc
    return tuple({k: (v or "").strip() for k, v in row.items() if k is not None} for row in csv.DictReader(lines))
