"""People: one entity per person the article names, and what each mention says of them.

« Vladimir Poutine », « M. Poutine » and « le président russe Vladimir Poutine » are one person:
a name joins the person whose name covers it (:func:`analysis.speakers.names.covers`; when several
do, the one of the same gender, then the one named last before it). :func:`learn` records what a
mention says: titles (and the trade a title tells: « le Dr X » is a doctor), roles, gender.
"""

from __future__ import annotations

from typing import Any

from analysis.fr.speaker_words import INDEFINITE_DETERMINERS, TITLE_TRADES
from analysis.fr.text import fold
from analysis.speakers.context import Article
from analysis.speakers.entity import Entity
from analysis.speakers.names import covers, name_words
from analysis.speakers.phrases import Mention, Role


def person(ctx: Article, m: Mention, n: Any) -> Entity:
    """The entity of name ``n`` of mention ``m``: the person already named so, or a new one."""
    words = name_words(n.text)  # particles dropped: « Le Gall » is « Pierre Le Gall »
    live = (ctx.entities.get(k) for k in sorted(ctx.name_index.candidates(words)))  # in the order they were made
    homes = [e for e in live if e is not None and e.names and covers(e.words, words)]
    if not homes and len(words) == 1 and not m.title:
        homes = first_named(ctx, words[0])
    if len(homes) > 1 and m.gender:
        homes = [e for e in homes if e.gender_hint() in {"", m.gender}] or homes
    if len(homes) > 1:
        before = [e for e in homes if e.mentions.last_start_before(m.start) >= 0]
        pool = before or homes
        e = max(pool, key=lambda e: e.mentions.last_start_before(m.start)) if before \
            else min(pool, key=lambda e: e.mentions.first_start(default=len(ctx.text)))
    elif homes:
        e = homes[0]
    else:
        e = ctx.new()
    e.names.append(n.text)
    ctx.name_index.add(e.key, n.text)
    return e


def first_named(ctx: Article, word: str) -> list[Entity]:
    """« José » after « José Manrubia », « Alain » after « Alain Finkielkraut »: a lone name that is the
    first name of exactly one person the article names in full (and nobody's surname) is that person."""
    found = [e for e in (ctx.entities.get(k) for k in sorted(ctx.name_index.with_word(word)))
             if e is not None and e.names and len(e.words) >= 2 and ctx.personlike(e)]
    if any(e.words[-1] == word for e in found):
        return []
    firsts = [e for e in found if e.words[0] == word]
    return firsts if len(firsts) == 1 else []


def learn(e: Entity, m: Mention, *, alone: bool) -> None:
    """Record what mention ``m`` says about entity ``e`` (kind, roles, gender, number)."""
    e.mentions.append(m)
    e.kind_votes.append(m.kind)
    if m.title:
        e.titled = True
        if m.gender:
            e.gender_evidence.append(("title", m.gender))
        trade = TITLE_TRADES.get(fold(m.title).rstrip("."))
        if trade and not any(r.head == trade for r in e.epithets):  # « le Dr X »: a doctor (« la praticienne »)
            e.epithets.append(Role(trade, m.start, m.start, trade, frozenset()))
    if m.roles and alone:
        e.roles.extend(m.roles)
        e.titled = True
        r = m.roles[0]
        if r.gender:
            e.gender_evidence.append(("role", r.gender))
        elif m.gender and m.det not in INDEFINITE_DETERMINERS | {"les"}:
            e.gender_evidence.append(("determiner", m.gender))


def name_people(ctx: Article, mentions: list[Mention]) -> None:
    """An entity for every name of a person (longest names first, so « Poutine » finds « Vladimir
    Poutine »); a name that is a body's name already joins the body."""
    named = [(m, n) for m in mentions for n in (m.inner.names if m.kind == "document" and m.inner else m.names)
             if m.kind not in {"organisation", "media"}]
    named.sort(key=lambda mn: (-len(mn[1].words), mn[0].start))
    per_mention: dict[int, list[tuple[int, int]]] = {}
    for m, n in named:
        body = ctx.index.get(fold(n.text))
        e = body if body is not None else person(ctx, m, n)
        per_mention.setdefault(id(m), []).append((n.start, e.key))
        src = m.inner if m.kind == "document" and m.inner is not None else m
        part = next((p for p in src.parts if any(x.start == n.start for x in p.names)), None)
        if part is not None:  # a coordination: each person learns from their own part
            learn(e, part, alone=True)
        else:
            learn(e, src, alone=len(src.names) == 1)
    for m in mentions:
        found = per_mention.get(id(m))
        if found:
            ctx.ents[id(m)] = tuple(dict.fromkeys(k for _, k in sorted(found)))
