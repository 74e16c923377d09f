"""One article from sentences to quotations: the rules per paragraph, then the article-wide pass
(overlaps settled, continuations linked to the quotation whose speaker they carry over).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.quotes.direct import find_direct
from analysis.quotes.indirect import find_indirect
from analysis.quotes.paragraph import Candidate, Para, build_para
from analysis.quotes.selon import find_selon
from analysis.quotes.tokens import FAMILY

OPENING_MARKS = "«“„\"‹"

CONTINUATION_WINDOW = 2
"""A quotation without a cue carries over the speaker of a quotation at most this many paragraphs back."""


@dataclass(frozen=True)
class SentenceRow:
    paragraph: int
    sent_id: int
    start: int
    end: int


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(outer: Candidate, inner: Candidate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _nested_layer(outer: Candidate, inner: Candidate) -> bool:
    """``inner`` reports a different span inside ``outer``'s content, with its own cue inside it too."""
    if not _contains(outer, inner) or inner.cue_span is None:
        return False
    if outer.type == "direct" or (outer.start, outer.end) == (inner.start, inner.end):
        return False
    return outer.start <= inner.cue_span[0] and inner.cue_span[1] <= outer.end


def settle(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Keep the best candidate where spans collide: direct > selon > verb cues; nested layers both stay."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.priority, c.start, -(c.end - c.start))):
        clash = False
        for other in kept:
            if not _overlaps(cand, other):
                continue
            if _nested_layer(other, cand) or _nested_layer(cand, other):
                continue
            clash = True
            break
        if not clash:
            kept.append(cand)
    return sorted(kept, key=lambda c: (c.start, c.end))


def paragraph_candidates(p: Para) -> list[Candidate]:
    """Every quotation of one paragraph, overlaps settled."""
    direct = find_direct(p)
    indirect = find_indirect(p, list(direct))
    taken = {id(c.cue) for c in [*direct, *indirect] if c.cue is not None}
    selon = find_selon(p, taken)
    return settle([*direct, *selon, *indirect])


def link(candidates: list[Candidate]) -> None:
    """Continuations: split second parts and cue-less quotations take the speaker they continue."""
    for n, cand in enumerate(candidates):
        if cand.split_of == -1 and n > 0:
            cand.carry = n - 1
            continue
        if cand.mention is None and cand.cue_span is not None and cand.type == "direct" and n > 0 \
                and candidates[n - 1].paragraph == cand.paragraph and candidates[n - 1].mention is not None:
            cand.mention = candidates[n - 1].mention  # « …, a insisté X, avant d'ajouter : « … » »
            continue
        if not cand.needs_speaker:
            continue
        for m in range(n - 1, -1, -1):
            prev = candidates[m]
            if cand.paragraph - prev.paragraph > CONTINUATION_WINDOW:
                break
            if prev.mention is not None or prev.carry is not None:
                cand.carry = m
                cand.mention = prev.mention
                break


def extract_article(
    text: str,
    rows: Sequence[SentenceRow],
    tags: tuple[list[int], list[tuple[str, str]]] | None = None,
) -> tuple[list[Candidate], list[Para]]:
    """Quotations of one article from its sentence rows (and optional POS tags by offset)."""
    by_para: dict[int, list[SentenceRow]] = {}
    for row in rows:
        by_para.setdefault(row.paragraph, []).append(row)
    paras: list[Para] = []
    out: list[Candidate] = []
    order = sorted(by_para)
    for n, index in enumerate(order):
        sents = sorted(by_para[index], key=lambda r: r.start)
        start, end = sents[0].start, max(r.end for r in sents)
        next_opens = None
        if n + 1 < len(order):
            first = min(r.start for r in by_para[order[n + 1]])
            next_opens = FAMILY.get(text[first]) if text[first] in OPENING_MARKS else None
        p = build_para(text, index, start, end, [(r.sent_id, r.start, r.end) for r in sents], tags,
                       next_opens=next_opens)
        paras.append(p)
        out.extend(paragraph_candidates(p))
    link(out)
    return out, paras
