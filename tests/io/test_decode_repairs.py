"""Decoding never garbles silently: it succeeds, repairs with a warning naming the file and line, or fails."""

from __future__ import annotations

import codecs
import logging

import pytest

from analysis.errors import DecodingError
from analysis.io import load_article, load_corpus
from analysis.io.decode import decode_bytes

LINES = [
    "Le député a présenté son rapport à l'Assemblée mercredi.",
    "« Nous avons été écoutés », a déclaré la rapporteure.",
    "Le débat reprendra la semaine prochaine à Orléans.",
]
TEXT = "\n".join(LINES) + "\n"
MOJIBAKE = ("Ã©", "Ã¨", "Ã ", "â€")


def _clean(text: str) -> bool:
    return not any(m in text for m in MOJIBAKE)


def test_utf8_with_its_last_character_cut_is_repaired_with_a_warning(tmp_path):
    data = TEXT.rstrip("\n").encode("utf-8") + "é".encode()[:1]  # the final « é » lost its second byte
    decoded = decode_bytes(data, tmp_path / "cut.txt")
    assert decoded.text == TEXT.rstrip("\n")
    assert _clean(decoded.text)
    assert decoded.encoding.startswith("utf-8")
    [warning] = decoded.warnings
    assert "line 3" in warning and "cut" in warning


def test_utf8_with_one_latin1_line_reads_that_line_as_latin1_with_a_warning(tmp_path):
    data = (LINES[0] + "\n").encode("utf-8") + (LINES[1] + "\n").encode("latin-1") + (LINES[2] + "\n").encode("utf-8")
    decoded = decode_bytes(data, tmp_path / "mixed.txt")
    assert decoded.text == TEXT
    [warning] = decoded.warnings
    assert "line 2" in warning and "Windows-1252" in warning


def test_repair_warnings_reach_the_frame_and_the_log_once(tmp_path, caplog):
    path = tmp_path / "cut.txt"
    path.write_bytes(TEXT.rstrip("\n").encode("utf-8") + b"\xc3")
    with caplog.at_level(logging.WARNING, logger="analysis"):
        corpus = load_corpus(tmp_path, dedup=False)
    assert len(corpus) == 1 and _clean(corpus["text"].iloc[0])
    [warning] = corpus.attrs["warnings"]
    assert warning["path"] == str(path) and "line 3" in warning["reason"]
    assert sum("cut.txt" in r.getMessage() for r in caplog.records) == 1


def test_plain_latin1_and_cp1252_files_need_no_warning(tmp_path):
    assert decode_bytes(TEXT.encode("latin-1"), "a.txt").warnings == ()
    decoded = decode_bytes("L’œuvre « coûte » 5 €\n".encode("cp1252"), "b.txt")
    assert decoded.text == "L’œuvre « coûte » 5 €\n" and decoded.warnings == ()


@pytest.mark.parametrize(("bom", "codec"), [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_a_byte_order_mark_is_read(tmp_path, bom, codec):
    path = tmp_path / "windows.txt"
    path.write_bytes(bom + TEXT.replace("\n", "\r\n").encode(codec))
    row = load_article(path).iloc[0]
    assert row["text"] == TEXT and row["encoding"] == "utf-16"


def test_utf16_without_byte_order_mark_is_recognised(tmp_path):
    decoded = decode_bytes(TEXT.encode("utf-16-le"), "nobom.txt")
    assert decoded.text == TEXT and decoded.encoding == "utf-16-le"


def test_utf32_with_a_byte_order_mark_is_not_mistaken_for_utf16():
    decoded = decode_bytes(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "u32.txt")
    assert decoded.text == TEXT and decoded.encoding == "utf-32"


def test_double_encoding_is_repaired_where_it_is_even_beside_characters_cp1252_lacks():
    # « é » encoded twice on line 2, next to « ≠ », which Windows-1252 cannot hold: a whole-text repair fails
    data = "Premier paragraphe.\nLe dÃ©putÃ© a votÃ© ≠ du groupe.\n".encode()
    decoded = decode_bytes(data, "double.txt")
    assert decoded.text == "Premier paragraphe.\nLe député a voté ≠ du groupe.\n"
    [warning] = decoded.warnings
    assert "line 2" in warning and "twice" in warning


def test_binary_is_still_refused(tmp_path):
    with pytest.raises(DecodingError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "image.txt")
