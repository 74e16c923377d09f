"""The one loader of word lists: comments and blank lines skipped, values stripped, headers and widths
checked with the file and line named."""

from __future__ import annotations

import pytest

from analysis.errors import InputError
from analysis.fr.datafiles import read_rows, read_table


def test_rows_skip_comments_and_blank_lines_and_keep_line_numbers(tmp_path):
    path = tmp_path / "mots.csv"
    path.write_text("# a list\nword,note\n\n# a comment\n aller , a verb \nvenir,\n", encoding="utf-8")
    assert read_table(path, ("word", "note")) == ((5, {"word": "aller", "note": "a verb"}), (6, {"word": "venir", "note": ""}))


def test_optional_columns_may_follow_the_header(tmp_path):
    path = tmp_path / "mots.csv"
    path.write_text("word,note,kind\nbon,x,eval\n", encoding="utf-8")
    assert read_table(path, ("word", "note"), optional=("kind",)) == ((2, {"word": "bon", "note": "x", "kind": "eval"}),)


@pytest.mark.parametrize("content, message", [
    ("mot,note\nbon,x\n", "expected the header word,note"),
    ("word,note\nbon,x,y\n", "line 2: expected 2 fields, got 3"),
])
def test_a_wrong_header_or_width_names_the_file_and_the_line(tmp_path, content, message):
    path = tmp_path / "mots.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_table(path, ("word", "note"))
    assert "mots.csv" in str(info.value)


def test_a_missing_or_unreadable_list_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_table(tmp_path / "absent.csv", ("word",))
    (tmp_path / "latin.csv").write_bytes("word\ncaf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match="cannot read"):
        read_table(tmp_path / "latin.csv", ("word",))


def test_the_shipped_lists_read_as_dicts_with_every_column():
    rows = read_rows("reporting_verbs.csv")
    assert rows and all(set(row) == set(rows[0]) for row in rows)
    assert any(row["lemma"] == "dire" for row in rows)
