"""Turn file bytes into clean article text: detect the encoding, unify line ends, NFC.

French files come as UTF-8 (with or without BOM), UTF-16 (Windows « Unicode », usually with a
BOM), Windows-1252 or Latin-1. Decoding either succeeds, or repairs and says so (a warning
naming the line), or fails with an error naming the file — a wrong guess never turns « é »
into « Ã© » silently:

- a UTF-8 file damaged in places (a last character cut, one line pasted from a Latin-1 file)
  stays UTF-8: the damaged bytes alone are repaired, and each repair is reported by line;
- a file with no valid UTF-8 accent at all is Windows-1252 or Latin-1;
- UTF-8 encoded twice (« Ã© » for « é ») is undone wherever it occurs, line by line.
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

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
"""One valid multi-byte UTF-8 character (an accent, a typographic quote)."""
_CUT_AT_END = re.compile(rb"(?:[\xc2\xc3\xc5]|\xe2[\x80-\xbf]?|[\xe0-\xef][\x80-\xbf]|[\xf0-\xf4][\x80-\xbf]{1,2})"
                         rb"(\r?\n)?\Z")
"""The first bytes of a character French UTF-8 text holds (C2 « » nbsp, C3 accented letters, C5 œ,
E2 ’ … €), then only the line end: the file was cut inside that character. (A lone E9 or C9 at the
end is more likely Latin-1 « é », « É » than a cut character.)"""
_CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
UTF16_NUL_SHARE = 0.6
"""Share of NUL bytes at odd (or even) positions above which BOM-less bytes are UTF-16: French text
in UTF-16 has a NUL high byte for every ASCII and Latin-1 character, other text almost never."""
_LISTED_LINES = 8


def _cp1252_byte(char: str) -> int | None:
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char) if ord(char) < 0x100 else None  # C1 controls a Latin-1 decoder let through


_LEADS = "".join(chr(b) for b in range(0xC2, 0xF5))
_CONTINUATIONS = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)}))
_DOUBLE_RUN = re.compile(f"(?:[{re.escape(_LEADS)}][{re.escape(_CONTINUATIONS)}]{{1,3}})+")
"""A run of characters that may be UTF-8 bytes read as Windows-1252 (checked by decoding them)."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text, how it was obtained, and what had to be repaired (one sentence per repair)."""

    text: str
    encoding: str
    had_bom: bool = False
    line_ends: str = "lf"  # lf | crlf | cr | mixed
    warnings: tuple[str, ...] = ()


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


def _lines_label(numbers: list[int]) -> str:
    """« line 3 », « lines 2, 5 », « lines 1, 2, … (+40 more) »."""
    shown = ", ".join(map(str, numbers[:_LISTED_LINES]))
    more = f", … (+{len(numbers) - _LISTED_LINES} more)" if len(numbers) > _LISTED_LINES else ""
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when BOM-less bytes have NUL high bytes throughout."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    odd, even = sample[1::2].count(0) / (len(sample) // 2), sample[0::2].count(0) / (len(sample) // 2)
    if odd >= UTF16_NUL_SHARE and even < 0.05:
        return "utf-16-le"
    if even >= UTF16_NUL_SHARE and odd < 0.05:
        return "utf-16-be"
    return None


def _decode_unicode(data: bytes, path: str | Path | None) -> tuple[str, str, bool] | None:
    """(text, encoding, had_bom) for a byte-order mark or BOM-less UTF-16, else None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, True
            except UnicodeDecodeError as exc:
                raise DecodingError(path, f"the file starts with a {encoding} byte-order mark but is not valid "
                                          f"{encoding}: {exc.reason} at byte {exc.start}") from None
    guess = _utf16_without_bom(data)
    if guess:
        try:
            return data.decode(guess), guess, False
        except UnicodeDecodeError:
            return None
    return None


def _bad_bytes(chunk: bytes) -> str:
    """Bytes that are not UTF-8, read as Windows-1252 (Latin-1 for the five bytes it leaves undefined)."""
    return chunk.decode("cp1252") if not any(b in _CP1252_UNDEFINED for b in chunk) else chunk.decode("latin-1")


def _repair_line(line: bytes, *, last: bool) -> tuple[str, str]:
    """A line that is not valid UTF-8: (text, "cut" | "cp1252").

    The last line of a file ending in the first bytes of a character lost the rest of it (the
    file was cut): those bytes are dropped. Elsewhere the bytes that are not UTF-8 are read as
    Windows-1252 and the valid UTF-8 around them is kept.
    """
    cut = _CUT_AT_END.search(line) if last else None
    if cut is not None:
        try:
            return line[:cut.start()].decode("utf-8") + (cut.group(1) or b"").decode("ascii"), "cut"
        except UnicodeDecodeError:
            pass
    pieces: list[str] = []
    pos = 0
    while True:
        try:
            pieces.append(line[pos:].decode("utf-8"))
            return "".join(pieces), "cp1252"
        except UnicodeDecodeError as exc:
            start, end = pos + exc.start, pos + exc.end
            pieces.append(line[pos:start].decode("utf-8"))
            pieces.append(_bad_bytes(line[start:end]))
            pos = end


def _damaged_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """Text and repair notes for UTF-8 damaged in a few lines, or None when the file is not UTF-8."""
    lines = data.splitlines(keepends=True)
    good_accented = 0
    repaired: dict[str, list[int]] = {"cut": [], "cp1252": []}
    out: list[str] = []
    for number, line in enumerate(lines, 1):
        try:
            out.append(line.decode("utf-8"))
            good_accented += bool(_UTF8_SEQUENCE.search(line))
        except UnicodeDecodeError:
            text, how = _repair_line(line, last=number == len(lines))
            out.append(text)
            repaired[how].append(number)
    damaged = len(repaired["cut"]) + len(repaired["cp1252"])
    if not good_accented or good_accented < damaged:
        return None
    notes = []
    if repaired["cut"]:
        notes.append(f"{_lines_label(repaired['cut'])}: the last character is cut (an incomplete UTF-8 sequence); "
                     "it was dropped")
    if repaired["cp1252"]:
        notes.append(f"{_lines_label(repaired['cp1252'])} of this UTF-8 file are not UTF-8; "
                     "read as Windows-1252 (Latin-1)")
    return "".join(out), notes


def _decode_legacy(data: bytes, path: str | Path | None) -> tuple[str, str]:
    """Windows-1252 and Latin-1 agree except on bytes 0x80–0x9F (’ œ € … in cp1252, invisible
    controls in Latin-1): name the file Latin-1 when it has none of them."""
    if not re.search(rb"[\x80-\x9f]", data):
        return data.decode("latin-1"), "latin-1"
    try:
        raw, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raw, encoding = data.decode("latin-1"), "latin-1"
    if _C1_CONTROLS.search(raw):
        raise DecodingError(path, f"undecodable text: neither UTF-8 nor Windows-1252 ({encoding} gives control characters)")
    return raw, encoding


def _line_at(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + text.count("\r", 0, pos) - text.count("\r\n", 0, pos) + 1


def _undo_double_utf8(raw: str) -> tuple[str, list[int], list[int]]:
    """``raw`` with every run of UTF-8-read-as-Windows-1252 decoded; (text, repaired lines, lines left)."""
    repaired: list[int] = []

    def fix(m: re.Match[str]) -> str:
        codes = [_cp1252_byte(c) for c in m.group(0)]
        if None in codes:
            return m.group(0)
        try:
            fixed = bytes(codes).decode("utf-8")
        except UnicodeDecodeError:
            return m.group(0)
        repaired.append(_line_at(raw, m.start()))
        return fixed

    text = _DOUBLE_RUN.sub(fix, raw)
    left = sorted({_line_at(text, m.start()) for m in _MOJIBAKE.finditer(text)})
    return text, sorted(set(repaired)), left


def decode_bytes(data: bytes, path: str | Path | None = None) -> Decoded:
    """Decode ``data`` read from ``path``; raise an error naming the file when that is impossible.

    Repairs are listed in ``Decoded.warnings`` (each names the lines); the caller reports them.
    """
    if not data:
        raise EmptyInputError(path, "the file is empty (0 bytes, no text to analyse)")
    unicode = _decode_unicode(data, path)
    if unicode is None and not data.strip(b" \t\r\n\x0b\x0c\xef\xbb\xbf"):
        raise EmptyInputError(path, "the file holds only white space (no text to analyse)")
    if unicode is None and _looks_binary(data):
        raise DecodingError(path, "the file looks binary (control bytes), not a text article")

    warnings: list[str] = []
    had_bom = False
    if unicode is not None:
        raw, encoding, had_bom = unicode
    else:
        try:
            raw, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            damaged = _damaged_utf8(data)
            if damaged is not None:
                (raw, notes), encoding = damaged, "utf-8+repaired"
                warnings.extend(notes)
            else:
                raw, encoding = _decode_legacy(data, path)

    if _MOJIBAKE.search(raw):
        raw, fixed, left = _undo_double_utf8(raw)
        if fixed:
            encoding = f"{encoding}+repaired-double-utf8"
            warnings.append(f"{_lines_label(fixed)}: UTF-8 encoded twice (« Ã© » for « é »); repaired")
        if left:
            warnings.append(f"{_lines_label(left)}: looks like UTF-8 encoded twice (« Ã© ») but cannot be "
                            "repaired; left as is")
    if "\ufffd" in raw:
        raise DecodingError(path, "the text contains U+FFFD replacement characters: it was damaged before it reached us")

    text = normalise_text(raw)
    if not text.strip():
        raise EmptyInputError(path, "the file holds only white space")
    return Decoded(text=text, encoding=encoding, had_bom=had_bom, line_ends=_line_ends(raw), warnings=tuple(warnings))


def read_text_file(path: str | Path) -> Decoded:
    """Read and decode a text file."""
    return decode_bytes(Path(path).read_bytes(), path)
