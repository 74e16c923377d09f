"""The long document of ``python -m analysis.bench quotes``: invented text, as long as asked, with
more people the longer it is and one person who recurs throughout."""

from __future__ import annotations

import re

from analysis.bench.quotes import long_document
from analysis.corpus.synthetic import material


def test_the_long_document_grows_its_cast_and_keeps_one_person_throughout():
    short, long = long_document(30_000), long_document(120_000)
    assert len(long) <= 120_000 and long.startswith(short[:10_000]) and long == long_document(120_000)
    renamed = re.compile(r"\b[A-ZÉ][a-zéèï]+ [A-Z][\w ]*?-[A-ZÉ][a-zéèï]+\b")
    assert len(set(renamed.findall(long))) > 2 * len(set(renamed.findall(short))) > 0
    recurring = material()["speakers"][0]["name"]
    assert recurring in long[:40_000] and recurring in long[-60_000:]
    assert "\n\n" in long and "\n\n\n" not in long
