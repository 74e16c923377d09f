"""Robustness: stray and unbalanced marks, bullets, nesting, huge articles — never a crash,
never an overlap between entries of one quotation, offsets always exact."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.quotes import extract_quotes

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "quotes" / "articles"


def run(text: str, **options) -> pd.DataFrame:
    articles = pd.DataFrame({"doc_id": ["r"], "text": [text], "path": ["r"]})
    q = extract_quotes(articles, **options)
    assert not q.attrs["errors"], q.attrs["errors"]
    check(text, q)
    return q


def check(text: str, q: pd.DataFrame) -> None:
    for row in q.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start:row.end] == row.text
        assert row.text == row.text.strip()
    # spans are disjoint or nested (a reported layer inside another), never partly overlapping
    open_spans: list[tuple[int, int]] = []
    for a, b in sorted(zip(q["start"], q["end"], strict=True), key=lambda s: (s[0], -s[1])):
        while open_spans and open_spans[-1][1] <= a:
            open_spans.pop()
        assert not open_spans or b <= open_spans[-1][1], f"partial overlap {open_spans[-1]} {(a, b)}"
        open_spans.append((a, b))
    for row in q[q["continues"] != ""].itertuples():
        first = q[q["quote_id"] == row.continues].iloc[0]
        assert first.end <= row.start or row.end <= first.start


def test_guillemet_used_as_bullet():
    text = ("Le conseil a voté trois mesures :\n\n» la gratuité des cantines ;\n\n» la rénovation des gymnases ;\n\n"
            "» un nouveau plan vélo.\n\n« Nous tenons parole », a déclaré la maire.")
    q = run(text)
    assert q["text"].tolist() == ["Nous tenons parole"]


def test_unbalanced_marks_do_not_swallow_the_article():
    text = ("« Nous verrons bien, a lancé le maire sans refermer les guillemets.\n\n"
            "Le budget a été adopté. Il a dit que le vote était « historique.\n\n"
            "« La séance est levée », a conclu la présidente.")
    q = run(text)
    assert "La séance est levée" in q["text"].tolist()
    assert all(len(t) < 120 for t in q["text"])


def test_nested_quotes_stay_inside_one_entry():
    q = run("« Quand il m'a dit ‹ c'est fini ›, j'ai ri », raconte l'ancienne ministre.")
    assert q["text"].tolist() == ["Quand il m'a dit ‹ c'est fini ›, j'ai ri"]


def test_mixed_straight_and_typographic_marks():
    q = run('Le stock est "critique”, a-t-il prévenu. « Il faut agir », a-t-il ajouté.')
    assert q["type"].tolist() == ["mixed", "direct"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "« ", " »", '"', "“", "”", "‹", "›", ", a-t-il dit", ", selon lui,", " que ", " a affirmé ", "Le ministre",
    " le maire Paul Durand", ". ", "\n\n", " : ", "Selon la police, ", " et ", "qu'", " – ", "(", ")", "…", "!",
    "Nous partirons", " demain", ", écrit-elle.", " s'est dit ", " a appelé à ", "l'", "-t-on",
]), min_size=1, max_size=40))
def test_random_mark_soup_never_crashes(parts):
    run("".join(parts), tag=False)


def test_five_megabyte_article(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    chunks, size, n = [], 0, 0
    while size < 5_000_000:
        t = texts[n % len(texts)]
        if n % 3 == 0:
            t = t.replace("»", "", 1)  # unbalanced marks here and there
        if n % 5 == 0:
            t = "» " + t
        chunks.append(t)
        size += len(t) + 2
        n += 1
    text = "\n\n".join(chunks)
    q = run(text, tag=False)
    assert len(q) > 10_000
