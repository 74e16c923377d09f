"""Article metadata: column aliases, sidecar files, dates, stable document ids.

Metadata only adds fields. The fields the loader derives from the file itself — the text, its
path and encoding, where the body starts — cannot be replaced by a sidecar, a folder-wide
``metadata.csv`` or a table column: such a key is ignored with a warning naming it (a
``metadata.csv`` column ``article``, an alias of ``text``, once replaced every article body).
Values that cannot be used (a date that is not a date, a title that is a list) are ignored the
same way, so one careless metadata file never stops a folder from loading.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import InputError
from analysis.fr.dates import MONTHS, MONTHS_EN

ALIASES: dict[str, str] = {
    "id": "doc_id", "docid": "doc_id", "doc_id": "doc_id", "identifiant": "doc_id",
    "text": "text", "texte": "text", "body": "text", "content": "text", "contenu": "text", "article": "text",
    "corps": "text", "full_text": "text", "fulltext": "text",
    "title": "title", "titre": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "media": "outlet", "média": "outlet", "journal": "outlet",
    "publication": "outlet", "newspaper": "outlet",
    "date": "date", "published": "date", "publication_date": "date", "date_publication": "date",
    "language": "language", "langue": "language", "lang": "language",
    "author": "author", "auteur": "author", "authors": "author", "auteurs": "author",
    "rubrique": "rubrique", "section": "rubrique", "page": "page", "url": "url",
}
"""Column names researchers use, mapped to the articles frame's names (matched case-insensitively)."""

TEXT_COLUMNS = tuple(k for k, v in ALIASES.items() if v == "text")
LOADER_FIELDS = frozenset({"text", "path", "encoding", "body_start", "dateline", "updated", "content_hash", "format"})
"""Columns the loader derives from the file: metadata may not replace them."""
SCALAR_FIELDS = ("title", "outlet", "language", "author", "rubrique", "page", "url", "doc_id")
"""Columns that hold one value: a list or an object there is ignored."""
SIDECAR_SUFFIX = ".meta.json"
FOLDER_METADATA = ("metadata.csv", "metadata.json")


def canonical_key(key: str) -> str:
    """Map a metadata key to the frame's column name (unknown keys are kept, lower-cased)."""
    k = str(key).strip().lower().replace(" ", "_")
    return ALIASES.get(k, k)


def canonical_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    return {canonical_key(k): v for k, v in meta.items()}


def _warning(path: Path | str, reason: str) -> dict[str, Any]:
    return {"path": str(path), "warning": "IgnoredMetadata", "reason": reason}


def usable_metadata(meta: dict[str, Any], source: str | Path, *, path: Path | str,
                    allowed: frozenset[str] = frozenset()) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``meta`` (canonical keys) without the keys it may not set or the values it cannot hold.

    Returns (usable metadata, warnings naming ``path``, ``source`` and each ignored key);
    ``allowed`` names loader fields a source may set after all (a table's own text column).
    """
    kept: dict[str, Any] = {}
    warnings: list[dict[str, Any]] = []
    for key, value in meta.items():
        original = str(key)
        key = canonical_key(key)
        alias = f" (an alias of {key!r})" if key != original.strip().lower() else ""
        if key.startswith("_") or (key in LOADER_FIELDS and key not in allowed):
            warnings.append(_warning(path, f"{source}: {original!r}{alias} ignored: metadata may only add fields, "
                                           "not replace what the loader reads from the file"))
        elif key in SCALAR_FIELDS and isinstance(value, (list, dict, tuple, set)):
            warnings.append(_warning(path, f"{source}: {original!r} must be one value, not {type(value).__name__}; ignored"))
        elif key == "date" and value not in (None, "") and parse_date(value) is None:
            warnings.append(_warning(path, f"{source}: date {str(value)[:40]!r} is not a date; ignored"))
        else:
            kept[key] = value
    return kept, warnings


def read_sidecar(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Metadata for ``path`` from ``<stem>.meta.json`` or a folder ``metadata.csv/json`` row.

    Returns (metadata, warnings about ignored keys); an unreadable metadata file raises an
    :class:`InputError` naming the article it belongs to.
    """
    meta: dict[str, Any] = {}
    sources: list[str] = []
    folder_csv = path.parent / "metadata.csv"
    folder_json = path.parent / "metadata.json"
    try:
        if folder_csv.exists():
            table = pd.read_csv(folder_csv, dtype=str, keep_default_na=False)
            key = next((c for c in table.columns if c.lower() in ("file", "fichier", "filename", "path")), None)
            if key:
                match = table[table[key].map(lambda v: Path(v).name) == path.name]
                if len(match):
                    sources.append(folder_csv.name)
                    meta.update({k: v for k, v in match.iloc[0].items() if k != key and v != ""})
        elif folder_json.exists():
            entries = json.loads(folder_json.read_text(encoding="utf-8"))
            if isinstance(entries, dict) and isinstance(entries.get(path.name), dict):
                sources.append(folder_json.name)
                meta.update(entries[path.name])
        sidecar = path.with_name(path.name[: -len(path.suffix)] + SIDECAR_SUFFIX) if path.suffix else None
        if sidecar and sidecar.exists():
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise InputError(path, f"its metadata file {sidecar.name} must hold one JSON object")
            sources.append(sidecar.name)
            meta.update(data)
    except (json.JSONDecodeError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(path, f"its metadata file cannot be read: {exc}") from None
    return usable_metadata(meta, " + ".join(sources) or "metadata", path=path)


def is_metadata_file(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX) or path.name in FOLDER_METADATA


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_WORDS = re.compile(r"\b(\d{1,2})(?:er)?\s+([^\W\d_]+)\.?,?\s+(\d{4})\b")
_EN_WORDS = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def parse_date(value: Any) -> pd.Timestamp | None:
    """A calendar date from ISO, « 13/04/2022 », « mercredi 13 avril 2022 », « April 13, 2022 »."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.normalize()
    text = unicodedata.normalize("NFC", str(value)).strip().lower()
    if not text:
        return None
    year = month = day = None
    if m := _ISO.search(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DMY.search(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _WORDS.search(text)) and (m.group(2) in MONTHS or m.group(2) in MONTHS_EN):
        day, month, year = int(m.group(1)), MONTHS.get(m.group(2)) or MONTHS_EN[m.group(2)], int(m.group(3))
    elif (m := _EN_WORDS.search(text)) and m.group(1) in MONTHS_EN:
        month, day, year = MONTHS_EN[m.group(1)], int(m.group(2)), int(m.group(3))
    if year is None:
        return None
    try:
        return pd.Timestamp(year=year, month=month, day=day)
    except ValueError:
        return None


def date_from_filename(path: Path) -> pd.Timestamp | None:
    """A YYYY-MM-DD date written in the file name (« xinhua-2022-04-13-… »), if any."""
    m = re.search(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)", path.name)
    return parse_date(m.group(0)) if m else None


def slug(text: str) -> str:
    """Stable ASCII identifier from a file name or id: « Été 2022 » → « ete-2022 »."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "doc"
