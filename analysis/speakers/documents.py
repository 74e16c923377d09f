"""Documents and their authors: the body behind « le communiqué », « une étude publiée par X »,
« leurs travaux », « les auteurs ».

A quotation attributed to a document is the word of whoever issued it. :func:`documents` gives each
document (and each « les auteurs » with no name) the body that issued it: one named right after it in
its sentence, one named before it in the same sentence, the issuer of the document cited last, or the
body last seen as a subject, speaker or source close before; in a headline or lede, the issuer of the
first document cited after it.
"""

from __future__ import annotations

import re

from analysis.fr.speaker_words import AUTHOR_ROLES, DEFINITE_DETERMINERS, POSSESSIVES, SINGULAR_DEMONSTRATIVES
from analysis.fr.text import fold
from analysis.fr.vocabulary import FOLDED_DOCUMENT_NOUNS
from analysis.speakers.context import Article
from analysis.speakers.entity import Entity
from analysis.speakers.phrases import Mention

_BY_OR_OF = re.compile(r"(?:^|\s)(?:par|de|du|des|d')(?:\s|$)|d'$")
ISSUER_REACH = 3
"""A document's issuer may be the issuer of a document cited at most this many paragraphs before."""
GROUP_REACH = 5
"""« les auteurs » may be the group of people shown acting this many paragraphs before (a study is
introduced, then quoted at length)."""
AUTHOR_LINK_WORDS = 6
"""« une étude publiée jeudi soir par l'Institut X »: at most this many words between document and issuer."""


def documents(ctx: Article, mentions: list[Mention]) -> None:
    """The body behind a document or its authors: « le communiqué », « les chiffres », « une étude
    française », « leurs travaux », « les auteurs ».

    In order: a body named right after the document in its sentence (« une étude publiée jeudi par
    l'Institut X »); a body named before it in the same sentence (« Le ministère … », indique un
    communiqué); the issuer of the document cited last (three paragraphs back); the body last seen as a
    subject, speaker or source in this paragraph or the one before. In a headline or lede, the
    issuer of the first document cited after it.
    """
    issued: list[tuple[int, int, Entity]] = []  # (offset, paragraph, issuer) of documents cited so far
    pending: list[Mention] = []
    for m in mentions:
        target = _document_target(ctx, m)
        if target is None:
            if m.kind == "document" and m.inner is not None and ctx.ents.get(id(m)):
                issued.append((m.start, m.para, ctx.entities[ctx.ents[id(m)][0]]))
            continue
        body = (_named_after(ctx, m) or _cited_before(ctx, m) or _body_near(ctx, m, same_sentence=True)
                or (issued[-1][2] if issued and issued[-1][1] >= m.para - ISSUER_REACH else None)
                or _body_near(ctx, m, same_sentence=False) or _group_near(ctx, m))
        if body is None:
            if m.para <= 1:
                pending.append(m)
            continue
        _give(ctx, m, body)
        issued.append((m.start, m.para, body))
    for m in pending:
        later = next((e for pos, _para, e in issued if pos > m.start), None)
        if later is not None:
            _give(ctx, m, later)


def _document_target(ctx: Article, m: Mention) -> str | None:
    """"document" / "authors" when ``m`` is a document or its authors with no body resolved yet."""
    if m.in_quote:
        return None
    if m.kind == "document" and not ctx.ents.get(id(m)):
        return "document"
    if m.role is not None and m.role.head in AUTHOR_ROLES and not m.names and not m.org and m.det in DEFINITE_DETERMINERS:
        return "authors"
    return None


def _give(ctx: Article, m: Mention, body: Entity) -> None:
    old = ctx.ents.get(id(m))
    for k in old or ():
        e = ctx.entities.get(k)
        if e is not None and e is not body:
            e.mentions.discard(m)
            if not e.mentions and not e.names and not e.orgs:
                ctx.entities.pop(k, None)
    ctx.ents[id(m)] = (body.key,)
    body.mentions.append(m)
    if m.number == "p":
        body.collective = True  # « Les auteurs … Ils appellent … »


def _named_after(ctx: Article, m: Mention) -> Entity | None:
    """« une étude publiée jeudi par l'Institut X (IX) »: the body named after the document, same sentence."""
    sent = ctx.sentences[m.sent] if 0 <= m.sent < len(ctx.sentences) else None
    if sent is None:
        return None
    best, best_pos = None, None
    for e in ctx.near(m.para, m.para):
        if not ctx.is_body(e):
            continue
        for x in e.mentions.between(m.end, sent.end):
            if best_pos is None or x.start < best_pos:
                between = fold(ctx.text[m.end:x.start])
                if len(between.split()) <= AUTHOR_LINK_WORDS and _BY_OR_OF.search(between):
                    best, best_pos = e, x.start
    return best


DOCUMENT_BEFORE_NAME = 3
"""« un sondage Odoxa », « une étude de l'Inserm »: a document noun at most this many words before a body's name
cites a document of that body."""


def _cited_before(ctx: Article, m: Mention) -> Entity | None:
    """« cette enquête », « ce rapport » (a demonstrative document): the body whose document the text cited
    last before it (« un sondage Odoxa publié mardi »), within :data:`ISSUER_REACH` paragraphs, even when
    another body is named in between (« réalisée pour la presse régionale, cette enquête … »)."""
    if m.det not in SINGULAR_DEMONSTRATIVES:
        return None
    best, best_pos = None, -1
    lo = ctx.para_start(m.para - ISSUER_REACH)
    for e in ctx.near(m.para - ISSUER_REACH, m.para):
        if not ctx.is_body(e) and not (e.names and not ctx.personlike(e)):
            continue
        for x in e.mentions.between(lo, m.start):
            if x is m or x.in_quote or x.start <= best_pos:
                continue
            before = fold(ctx.text[max(lo, x.start - 40):x.start]).split()[-DOCUMENT_BEFORE_NAME:]
            if any(w in FOLDED_DOCUMENT_NOUNS for w in before):
                best, best_pos = e, x.start
    return best


def _group_near(ctx: Article, m: Mention) -> Entity | None:
    """« les auteurs », « leur étude » when no body is at hand: the group of people the article last
    showed acting (« des chercheurs de l'université X se sont intéressés … »), at most
    :data:`GROUP_REACH` paragraphs back."""
    if not (m.number == "p" or POSSESSIVES.get(m.det, ("", ""))[1] == "p"):
        return None
    best, best_pos = None, -1
    for e in ctx.near(m.para - GROUP_REACH, m.para):
        if e.number != "p" or e.names or e.orgs or e.source_key is None or e.source_key[0] != "unnamed" \
                or any(r.head in AUTHOR_ROLES for r in e.role_forms()):
            continue
        pos = max((x.start for x in e.mentions.between(ctx.para_start(m.para - GROUP_REACH), m.start)
                   if x is not m and x.subject and not x.in_quote), default=-1)
        if pos > best_pos:
            best, best_pos = e, pos
    return best


def _body_near(ctx: Article, m: Mention, *, same_sentence: bool) -> Entity | None:
    best, best_pos = None, -1
    for e in ctx.near(m.para if same_sentence else m.para - 1, m.para):
        if not ctx.is_body(e):
            continue
        for x in e.mentions.between(ctx.para_start(m.para - 1), m.start):
            if x is m or x.in_quote:
                continue
            near = x.para >= m.para - 1 and (x.subject or x.selon or x.speaks)
            ok = x.sent == m.sent if same_sentence else near
            if ok and x.start > best_pos:
                best, best_pos = e, x.start
    return best
