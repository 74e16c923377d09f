"""The one loader for the open French word lists in ``analysis/data``.

Every list a user may extend (reporting verbs, titles, role nouns, body nouns, demonyms, sentiment
lexicons and cues …) is a UTF-8 CSV file with a header row; lines starting with « # » are comments
and blank lines are skipped, so a file can explain its columns above them. :func:`read_rows` gives
its rows with every value stripped (a missing value is ""); :func:`read_table` also checks the
header and the width of every row and gives each row's line number, for lists whose readers
validate their values and must name the line of a mistake. The modules that use a list turn the
rows into the tables they need (folded with :func:`analysis.fr.text.fold`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from analysis import config
from analysis.errors import InputError

Row = dict[str, str]


def _path(source: str | Path) -> Path:
    """A bare file name is a file of ``analysis/data``; anything else is a path (a user's own list)."""
    return config.data_file(source) if isinstance(source, str) and "/" not in source else Path(source)


def _numbered_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of every CSV record of ``path``, comments and blank lines left out."""
    line_no = 0

    def lines(handle) -> Iterator[str]:
        nonlocal line_no
        for line_no, line in enumerate(handle, start=1):  # noqa: B007 (read by the caller through nonlocal)
            if line.strip() and not line.startswith("#"):
                yield line

    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for fields in csv.reader(lines(handle)):
                yield line_no, fields
    except FileNotFoundError as exc:
        raise InputError(path, "word list not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read this word list: {exc}") from exc


@lru_cache(maxsize=64)
def read_rows(name: str) -> tuple[Row, ...]:
    """Rows of ``analysis/data/<name>`` as dicts (header → stripped value), comments and blank lines left out.

    Raises :class:`analysis.errors.InputError` naming the file when it cannot be read."""
    records = _numbered_rows(_path(name))
    header = next(records, (0, []))[1]
    return tuple({key: (fields[i] if i < len(fields) else "").strip() for i, key in enumerate(header) if key}
                 for _, fields in records)


def read_table(source: str | Path, header: Sequence[str], *, optional: Sequence[str] = ()) -> tuple[tuple[int, Row], ...]:
    """(line number, row) of every row of a list whose header is ``header`` (then, if present, the
    ``optional`` columns, in order). Rows of another width are an error naming the file and the line,
    as is another header; values are stripped."""
    path = _path(source)
    records = _numbered_rows(path)
    found = [field.strip() for field in next(records, (0, []))[1]]
    allowed = [list(header) + list(optional[:k]) for k in range(len(optional) + 1)]
    if found not in allowed:
        extra = "".join(f"[,{c}]" for c in optional)
        raise InputError(path, f"expected the header {','.join(header)}{extra}, got {','.join(found) or 'nothing'}")
    rows = []
    for line, fields in records:
        if len(fields) != len(found):
            raise InputError(path, f"line {line}: expected {len(found)} fields, got {len(fields)}: {fields}")
        rows.append((line, {key: value.strip() for key, value in zip(found, fields, strict=True)}))
    return tuple(rows)
