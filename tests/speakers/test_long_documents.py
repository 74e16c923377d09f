"""Long documents: every backward search is bounded (a window of paragraphs, an index), so a 5 MB
transcript or book costs per MB what an article does (``python -m analysis.bench quotes`` prints
it). The indexes must give what a pass over everything would; the windows change only bindings
that reach further back than a news article is long. Every text is invented for these tests."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.speakers.context import Article, Pointers
from analysis.speakers.descriptions import ROLE_WINDOW
from analysis.speakers.entity import Mentions
from analysis.speakers.names import NameIndex, covers, name_words
from analysis.speakers.phrases import Mention
from analysis.speakers.pronouns import History

FILLER = "Le conseil municipal a examiné le budget des écoles sans débat particulier."


def _far_apart(paragraphs: int) -> str:
    return "\n\n".join([
        "La ministre de la Mer, Claire Dumoutier, a visité le port de Kerbrat lundi.",
        *[FILLER] * paragraphs,
        "« Les quotas seront revus », a déclaré la ministre de la Mer.",
    ])


def test_a_role_binds_the_person_the_article_gave_it(resolve_text, speaker_of):
    out = resolve_text(_far_apart(10))
    assert speaker_of(out, "quotas seront revus") == "Claire Dumoutier"


def test_a_role_given_further_back_than_an_article_is_long_is_not_bound(resolve_text, speaker_of):
    out = resolve_text(_far_apart(ROLE_WINDOW + 20))
    assert speaker_of(out, "quotas seront revus") == "la ministre de la Mer"


def test_a_pronoun_finds_its_antecedent_in_a_long_text_as_in_a_short_one(resolve_text, speaker_of):
    story = ("Le maire de Penmarc'h, Yves Le Duigou, a réuni les pêcheurs mardi.\n\n"
             "« Nous tiendrons bon », a-t-il assuré.")
    long = "\n\n".join([FILLER] * 300 + [story])
    assert speaker_of(resolve_text(long), "tiendrons bon") == "Yves Le Duigou"


def _mention(start: int, *, para: int = 0, in_quote: bool = False) -> Mention:
    return Mention(start, start + 3, "abc", para=para, in_quote=in_quote)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=30), st.integers(0, 60), st.integers(0, 60))
def test_mentions_by_offset_are_what_a_full_scan_finds(starts, lo, hi):
    noted = []
    items = [_mention(s, in_quote=k % 3 == 0) for k, s in enumerate(starts)]
    ms = Mentions(noted.append, items)
    assert noted == items and list(ms) == items
    assert ms.between(lo, hi) == sorted((m for m in items if lo <= m.start < hi), key=lambda m: m.start)
    assert ms.last_start_before(hi) == max((m.start for m in items if m.start < hi), default=-1)
    keep = [m for m in items if m.start < hi and not m.in_quote]
    best = max(keep, key=lambda m: m.start) if keep else None  # the first bound of those at the last offset
    assert ms.last_before(hi, lambda m: not m.in_quote) is best
    if items:
        ms.discard(items[0])
        assert all(x is not items[0] for x in [*ms, *ms.between(0, 61)])
        assert len(ms) == len(ms.between(0, 61)) == len(items) - 1


def test_keys_pointing_at_an_entity_follow_every_reassignment():
    index = Pointers(lambda keys: keys)
    index["a"] = (1,)
    index["b"] = (1, 2)
    index.update({"c": (2,)})
    index["a"] = (3,)
    assert index.pointing_at(1) == ["b"] and index.pointing_at(2) == ["b", "c"] and index.pointing_at(3) == ["a"]
    assert index.setdefault("a", (9,)) == (3,) and index.rank("c") == 2
    names = Pointers(lambda e: (e,))
    names["ministere de la mer"] = 1
    names["ministere"] = 1
    names["mairie de kerbrat"] = 2
    assert names.starting("ministere") == ["ministere de la mer", "ministere"]


def test_the_quotations_around_an_offset_are_found_innermost_first():
    text = "x" * 200
    quotes = [{"quote_id": "outer", "start": 10, "end": 150}, {"quote_id": "inner", "start": 40, "end": 60},
              {"quote_id": "after", "start": 160, "end": 190}]
    ctx = Article.of(text, quotes)
    assert [q["quote_id"] for q in ctx.quote_spans().holding(50)] == ["inner", "outer"]
    assert [q["quote_id"] for q in ctx.quote_spans().holding(100)] == ["outer"]
    assert list(ctx.quote_spans().holding(155)) == []
    outer, inner = ctx.quotes[0], ctx.quotes[1]
    assert ctx.quote_spans().covers(45, but=outer)  # the inner one holds it
    assert ctx.quote_spans().covers(45, but=inner)  # and the outer one
    assert not ctx.quote_spans().covers(100, but=outer)  # only the outer one holds it


def test_a_name_is_compared_only_with_the_people_who_share_its_surname():
    rng = random.Random(7)
    people = [f"{rng.choice(['Anne', 'Paul', 'J.', 'Marie-Claire'])} {rng.choice(['Le Bihan', 'Morvan', 'Guivarc’h'])}"
              for _ in range(40)]
    index = NameIndex()
    for key, name in enumerate(people):
        index.add(key, name)
    for short in ["Morvan", "M. Morvan", "A. Le Bihan", "Paul Guivarc’h", "Durand"]:
        words = name_words(short)
        every = {k for k, name in enumerate(people) if covers(name_words(name), words)}
        assert every <= index.candidates(words)


def test_the_history_of_a_pronoun_starts_at_its_window():
    from analysis.speakers.entity import Link

    links = [Link(_mention(10 * k, para=k // 3), (k,)) for k in range(30)]
    history = History(links)
    assert [lk.mention.para for lk in history.since(7)] == [7, 7, 7, 8, 8, 8, 9, 9, 9]
    late = Link(_mention(400, para=9), (99,), quote=True, quote_paras=[11])
    history.append(late)  # a quotation two paragraphs after its attributing mention
    assert history.since(11)[0].mention.para == 9
