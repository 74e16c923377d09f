"""Anaphora in text order: « il », « ce dernier », « la même source », « les deux dirigeants » → the
entities named before them.

:func:`links_of` makes one :class:`~analysis.speakers.entity.Link` per mention (and one per pair
of coordinated people, :func:`groups`; one place-holder per quotation that carries its speaker
over, :func:`carried`); :func:`resolve_anaphors` walks them in order, each anaphor looking back over
the links already resolved (:mod:`analysis.speakers.pronouns` chooses the antecedent);
:func:`speakers_by_cue` gives a quotation whose attributing string names no one the subject of its
reporting verb.
"""

from __future__ import annotations

from typing import Any

from analysis.speakers import pronouns
from analysis.speakers.context import Article, as_int, valid
from analysis.speakers.entity import Link
from analysis.speakers.labels import rule_of
from analysis.speakers.phrases import Mention

CUE_REACH = 12
"""« …, a déclaré | le ministre »: a mention at most this many characters after the cue is its subject
(room for « -t-il », an adverb or « mardi »)."""


def links_of(ctx: Article, mentions: list[Mention], quotes_of: dict[int, list[dict[str, Any]]]) -> list[Link]:
    """One link per mention with the entities found so far, the quotations it attributes, and the
    speakers of those quotations marked as having spoken."""
    links: list[Link] = []
    for m in mentions:
        qs = quotes_of.get(id(m), [])
        link = Link(m, ctx.ents.get(id(m), ()), quote=bool(qs), rule=rule_of(m),
                    quote_spans=[(as_int(q.get("start")) or 0, as_int(q.get("end")) or 0) for q in qs],
                    quote_paras=[as_int(q.get("paragraph")) if as_int(q.get("paragraph")) is not None
                                 else ctx.sentence_of(as_int(q.get("start")) or 0)[1] for q in qs])
        link.nested = bool(qs) and all(ctx.nested(q) for q in qs)
        links.append(link)
        if link.quote:
            for k in link.ents:
                ctx.entities[k].spoke = True
    return links


def resolve_anaphors(ctx: Article, links: list[Link], carried_links: list[Link],
                     quotes_of: dict[int, list[dict[str, Any]]]) -> None:
    """Resolve every anaphor of ``links`` (sorted, ``carried_links`` among them) in text order."""
    of_quote = {q.get("quote_id"): lk for lk in links if lk.quote for q in quotes_of.get(id(lk.mention), [])}
    of_quote.update({lk.quote_id: lk for lk in carried_links})
    carried_ids = {id(lk) for lk in carried_links}
    history = pronouns.History()  # the links before the current one that point at someone, in order
    for link in links:
        m = link.mention
        if id(link) in carried_ids:  # a quotation that carries its speaker over is a statement by them too
            source = of_quote.get(link.continues)
            link.ents = source.ents if source is not None else ()
        else:
            target = m.inner if m.kind == "document" and m.inner is not None and m.inner.anaphor else m
            # pronouns inside a quotation belong to the speaker's own discourse
            if target.anaphor and not link.ents and not (m.in_quote and not link.quote):
                anaphora(ctx, link, target, history)
        if link.ents:
            history.append(link)


def speakers_by_cue(ctx: Article, links: list[Link], quotes_of: dict[int, list[dict[str, Any]]]) -> None:
    """A quotation whose attributing string names no one (« a-t-on appris »): the subject of its cue."""
    by_sentence = sentence_links(links)
    for lk in links:
        if lk.quote and lk.mention.kind == "unknown" and not lk.mention.names and not (lk.ents and lk.mention.role):
            for q in quotes_of.get(id(lk.mention), []):
                found = by_cue(ctx, q, by_sentence, but=lk)
                if found is not None:
                    lk.ents, lk.rule, lk.antecedent = found.ents, f"cue→{found.mention.text}", found


def anaphora(ctx: Article, link: Link, target: Mention, history: pronouns.History) -> None:
    """Resolve the anaphor ``target`` of ``link`` against the links before it that point at someone."""
    found = _antecedent(ctx, target, history, link.quote_spans)
    if found is None:
        return
    m = link.mention
    beside = tuple(k for part in target.parts for k in ctx.ents.get(id(part), ()) if k not in found.ents)
    link.ents, link.antecedent = found.ents + beside, found  # (« Lui et ses sbires »: the group beside him)
    link.rule = f"{target.anaphor}→{found.mention.text}"
    if target.anaphor == "pronoun" and target.gender and len(found.ents) == 1:
        ctx.entities[found.ents[0]].gender_evidence.append(("pronoun", target.gender))
    for k in link.ents:
        ctx.entities[k].mentions.append(m)
        if link.quote:
            ctx.entities[k].spoke = True


def _antecedent(ctx: Article, target: Mention, history: pronouns.History,
                excluded: list[tuple[int, int]]) -> Link | None:
    if target.anaphor == "pronoun":
        found = pronouns.personal(target, history, ctx.fits, excluded=excluded, is_person=ctx.is_person,
                                  gender_of=ctx.gender_of)
        return _person_over_body(ctx, target, found, history, excluded)
    if target.anaphor == "latter":
        return pronouns.latter(target, history, ctx.fits, excluded=excluded)
    if target.anaphor == "source":
        return pronouns.same_source(target, history, ctx.fits, excluded=excluded)
    if target.anaphor == "part":
        return pronouns.part(target, history, ctx.fits, excluded=excluded)
    if target.anaphor == "group":
        return pronouns.group(target, history, ctx.fits, excluded=excluded)
    if target.anaphor == "concerned":
        return pronouns.concerned(target, history, ctx.fits, is_person=ctx.is_person, excluded=excluded)
    return None


def _person_over_body(ctx: Article, target: Mention, found: Link | None, history: pronouns.History,
                      excluded: list[tuple[int, int]]) -> Link | None:
    """« Le Dr X … Elle espère que l'hôpital pourra rouvrir. « … », prévient-elle »: a singular
    « il/elle » that found a body whose gender the text never gives (« l'hôpital », « l'ARS ») is the
    person of that gender named in the same paragraph, when there is one."""
    if found is None or not target.gender or target.number != "s" or len(found.ents) != 1 \
            or ctx.is_person(found.ents) or pronouns.unnamed_person(found.mention) and found.mention.sent >= target.sent - 1:
        return found  # (« un ténor de la droite » who spoke just before is someone, not a body)
    body = ctx.entities[found.ents[0]]
    if any(source not in {"pronoun", "grammar"} for source, _ in body.gender_evidence) or body.names and not body.orgs:
        return found  # (the grammatical gender of « le mouvement » says nothing of who speaks)
    for h in reversed(history.since(target.para)):
        m = h.mention
        if m.end > target.start or m.para != target.para or (m.in_quote and not h.quote) \
                or any(a <= m.start < b for a, b in excluded):
            continue
        if len(h.ents) == 1 and ctx.is_person(h.ents) and ctx.gender_of(h.ents) == target.gender:
            return h
    return found


def groups(ctx: Article, links: list[Link]) -> list[Link]:
    """« M. Poutine et le président biélorusse Alexandre Loukachenko »: one plural subject."""
    out = []
    for a, b in zip(links, links[1:], strict=False):
        if not a.ents or not b.ents or a.mention.sent != b.mention.sent or len(a.ents) > 1 or len(b.ents) > 1:
            continue
        if ctx.text[a.mention.end:b.mention.start].strip() != "et":
            continue
        m = Mention(a.mention.start, b.mention.end, ctx.text[a.mention.start:b.mention.end], number="p",
                    subject=a.mention.subject, sent=a.mention.sent, para=a.mention.para, in_quote=a.mention.in_quote)
        out.append(Link(m, a.ents + b.ents, rule="group"))
    return out


def carried(ctx: Article, quotes_of: dict[int, list[dict[str, Any]]]) -> list[Link]:
    """Place-holders for quotations with no attributing string that continue another one.

    They stand where the quotation is, so that « Ce dernier estime … » after a stand-alone
    quoted paragraph finds the speaker of that paragraph."""
    located = {q.get("quote_id") for qs in quotes_of.values() for q in qs}
    out = []
    for q in ctx.quotes:
        cont = q.get("continues")
        if q.get("quote_id") in located or not valid(cont) or str(cont) == "":
            continue
        start = as_int(q.get("start")) or 0
        sent, para = ctx.sentence_of(start)
        m = Mention(start, start, "", subject=True, in_quote=True, sent=sent, para=para)
        lk = Link(m, (), quote=True, rule="continuation")
        lk.continues, lk.quote_id = cont, q.get("quote_id")
        out.append(lk)
    return out


def sentence_links(links: list[Link]) -> dict[int, list[Link]]:
    """The links of each sentence, in the order given (what :func:`by_cue` reads)."""
    out: dict[int, list[Link]] = {}
    for lk in links:
        out.setdefault(lk.mention.sent, []).append(lk)
    return out


def by_cue(ctx: Article, q: dict[str, Any], by_sentence: dict[int, list[Link]], *, but: Link | None = None) -> Link | None:
    """No attributing string given: the mention right after the cue, or the subject before it (among the
    links of the cue's sentence, :func:`sentence_links`, ``but`` one)."""
    cs, ce = as_int(q.get("cue_start")), as_int(q.get("cue_end"))
    if cs is None or ce is None or cs < 0:
        return None
    sent, _para = ctx.sentence_of(cs)
    same = [lk for lk in by_sentence.get(sent, ()) if lk is not but and lk.ents and not lk.mention.in_quote]
    after = [lk for lk in same if 0 <= lk.mention.start - ce <= CUE_REACH]
    if after:
        return after[0]
    before = [lk for lk in same if lk.mention.end <= cs and lk.mention.subject]
    return before[-1] if before else None
