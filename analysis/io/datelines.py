"""Header lines above an article body: « Dernière mise à jour à 08h53 le 13/04 », a title.

They are metadata, not discourse: parsed into columns and kept out of the body text counts
(the text itself is never cut, so offsets still index the file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.fr.dates import DATELINE_OPENERS, MONTHS
from analysis.fr.text import fold

_TIME = re.compile(r"\b(\d{1,2})\s*(?:h|H|:)\s*(\d{2})?\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b")
_WORD_DATE = re.compile(r"\b(\d{1,2})(?:er)?\s+([A-Za-zéûÉÛ]+)\.?(?:\s+(\d{4}))?\b")
_TERMINAL = re.compile(r"[.!?…:;»\"”]\s*$")


@dataclass(frozen=True)
class Dateline:
    """What a dateline says; ``updated`` is ISO 8601 when the year is known."""

    text: str
    time: str | None
    day: int | None
    month: int | None
    year: int | None

    @property
    def updated(self) -> str | None:
        if self.day is None or self.month is None:
            return None
        time = f"T{self.time}" if self.time else ""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}{time}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}{time}"


def _fold(text: str) -> str:
    return fold(text, accents=True)


def parse_dateline(line: str, *, year: int | None = None) -> Dateline | None:
    """Parse a « last updated / published » line; None when ``line`` is not one."""
    folded = _fold(line).strip()
    if len(folded) > 120 or not folded.startswith(DATELINE_OPENERS):
        return None
    time = None
    if m := _TIME.search(folded):
        time = f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
        folded_wo_time = folded[: m.start()] + " " + folded[m.end():]
    else:
        folded_wo_time = folded
    day = month = None
    found_year = None
    if m := _NUMERIC_DATE.search(folded_wo_time):
        day, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            found_year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
    else:
        for m in _WORD_DATE.finditer(folded_wo_time):
            if m.group(2) in MONTHS:
                day, month = int(m.group(1)), MONTHS[m.group(2)]
                found_year = int(m.group(3)) if m.group(3) else None
                break
    if month is not None and not (1 <= month <= 12 and 1 <= (day or 1) <= 31):
        day = month = None
    return Dateline(text=line, time=time, day=day, month=month, year=found_year or year)


def looks_like_title(paragraph: str) -> bool:
    """A short line with no sentence-final punctuation, standing above the body."""
    words = paragraph.split()
    return 0 < len(words) <= 25 and len(paragraph) <= 200 and not _TERMINAL.search(paragraph)
