"""Turn file bytes into clean article text: detect the encoding, unify line ends, NFC.

French files come as UTF-8 (with or without BOM), Windows-1252 or Latin-1. We try them in
that order of strictness and refuse what looks binary, so a wrong guess never turns « é »
into « Ã© » silently.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import DecodingError, EmptyInputError

_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u203a]|Â[\u00a0-\u00bf]")
"""UTF-8 read as Windows-1252: « Ã© », « â€™ », « Â« »."""

_C1_CONTROLS = re.compile(r"[\u0080-\u009f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how it was obtained."""

    text: str
    encoding: str
    had_bom: bool = False
    line_ends: str = "lf"  # lf | crlf | cr | mixed


def normalise_text(text: str) -> str:
    """Unify line ends to ``\\n`` and compose characters (NFC); nothing else changes."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _line_ends(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, n in (("crlf", crlf), ("cr", cr), ("lf", lf)) if n]
    return kinds[0] if len(kinds) == 1 else ("lf" if not kinds else "mixed")


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 100)


def decode_bytes(data: bytes, path: str | Path | None = None) -> Decoded:
    """Decode ``data`` read from ``path``; raise an error naming the file when that is impossible."""
    if not data:
        raise EmptyInputError(path, "the file is empty (0 bytes, no text to analyse)")
    if not data.strip(b" \t\r\n\x0b\x0c\xef\xbb\xbf"):
        raise EmptyInputError(path, "the file holds only white space (no text to analyse)")
    if _looks_binary(data):
        raise DecodingError(path, "the file looks binary (control bytes), not a text article")

    had_bom = False
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, had_bom = ("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-16"), True
        try:
            raw = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DecodingError(path, f"the file starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    else:
        try:
            raw, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Windows-1252 and Latin-1 agree except on bytes 0x80–0x9F (’ œ € … in cp1252,
            # invisible controls in Latin-1): name the file Latin-1 when it has none of them.
            if not re.search(rb"[\x80-\x9f]", data):
                raw, encoding = data.decode("latin-1"), "latin-1"
            else:
                try:
                    raw, encoding = data.decode("cp1252"), "cp1252"
                except UnicodeDecodeError:
                    raw, encoding = data.decode("latin-1"), "latin-1"
            if _C1_CONTROLS.search(raw):
                raise DecodingError(
                    path, f"undecodable text: neither UTF-8 nor Windows-1252 ({encoding} gives control characters)"
                ) from None

    if _MOJIBAKE.search(raw):
        try:
            repaired = raw.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            repaired = None
        if repaired is not None and not _MOJIBAKE.search(repaired):
            raw, encoding = repaired, f"{encoding}+repaired-double-utf8"
    if "\ufffd" in raw:
        raise DecodingError(path, "the text contains U+FFFD replacement characters: it was damaged before it reached us")

    text = normalise_text(raw)
    if not text.strip():
        raise EmptyInputError(path, "the file holds only white space")
    return Decoded(text=text, encoding=encoding, had_bom=had_bom, line_ends=_line_ends(raw))


def read_text_file(path: str | Path) -> Decoded:
    """Read and decode a text file."""
    return decode_bytes(Path(path).read_bytes(), path)
