"""What a speaker is: person | organisation | media | unnamed source | unknown.

Decided from what the text says, strongest evidence first: a title or a personal role makes a
person; an outlet name or a media noun (« le quotidien X ») a medium; a body noun or a
determiner before a proper name (« la police », « la Russie », « le Kremlin ») an organisation;
a role without a name (« des experts », « une source proche du dossier ») an unnamed source.
A bare name of two or more words with none of these is taken for a person; a single capitalised
word that speaks (« Moscou a affirmé ») for a body.
"""

from __future__ import annotations

from collections.abc import Iterable

KINDS: tuple[str, ...] = ("person", "organisation", "media", "unnamed source", "unknown")
"""The values of ``speaker_kind`` (and ``kind`` in the speakers frame)."""


def decide(votes: Iterable[str], *, n_name_words: int = 0, has_title_or_role: bool = False, spoke: bool = False) -> str:
    """One kind from the kinds that each mention suggested (see the module docstring)."""
    present = set(votes)  # only which kinds were suggested matters, not how often
    if has_title_or_role or "person" in present:
        return "person"
    if "media" in present:
        return "media"
    if "organisation" in present:
        return "organisation"
    if "unnamed source" in present:
        return "unnamed source"
    if n_name_words >= 2:
        return "person"
    if n_name_words == 1:
        return "organisation" if spoke or "place" not in present else "place"
    return "unknown"


def speaker_kind(kind: str) -> str:
    """The kind reported for a speaker: a place that speaks is its government (an organisation)."""
    if kind == "place":
        return "organisation"
    return kind if kind in KINDS else "unknown"
