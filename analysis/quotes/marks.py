"""Quote-mark pairing: « … », “ … ”, "…", ‹ › and nested quotes, within one paragraph.

Typographic marks say which way they face; a straight " does not, so its role comes from
its context (space or punctuation on one side, a word on the other), and from the marks
already open when the context says nothing. Marks of one family pair with each other:
" and “ ” are one family (texts mix them: « "intenable” »), « » another, ‹ › a third.
A closing mark with nothing to close (» used as a bullet) is ignored; an opening mark left
open is kept only at the start of a paragraph (the French convention of reopening « at
every paragraph of a long quotation), where it runs to the end of the paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.nlp.rule_tokens import Tok
from analysis.quotes.tokens import CLOSE_ONLY, FAMILY, OPEN_ONLY

_LEFT_OPEN = set("([{—–-'’:/«“„‹") | {" ", "\n", "\t", "\u00a0", "\u202f"}
_RIGHT_CLOSE = set(".,;:!?)]}…»”›-–—") | {" ", "\n", "\t", "\u00a0", "\u202f"}


@dataclass
class Pair:
    """A paired (or paragraph-long) quotation between marks, as token indices and offsets."""

    open_i: int
    close_i: int  # -1 when the quotation runs to the end of the paragraph without a closing mark
    family: str
    depth: int
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end)
    inner_start: int
    inner_end: int

    @property
    def unclosed(self) -> bool:
        return self.close_i < 0


def _role(tok: Tok, text: str, para_start: int, para_end: int) -> str:
    ch = tok.text
    if ch in OPEN_ONLY:
        return "open"
    if ch in CLOSE_ONLY:
        return "close"
    left_space = tok.start == para_start or text[tok.start - 1] in _LEFT_OPEN
    right_space = tok.end >= para_end or text[tok.end] in _RIGHT_CLOSE
    if ch == "“":
        return "close" if (not left_space and right_space) else "open"
    if ch == "”":
        return "open" if (left_space and not right_space) else "close"
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    return "either"


MIXED_PAIR_REACH = 80
"""Tokens a quotation opened with one family of marks and closed with another may span: a sentence or
three; a stray closing mark further on (» used as a bullet) is not taken for the end of a quotation."""


def _mixed_pair(toks: Sequence[Tok], open_i: int, close_i: int) -> bool:
    """Do a typographic opener and a closer of another family (« "… » », « “… » », « « …" ») close one
    quotation: the closer is a typographic one facing left or a straight one, nothing of its own family is
    open, and the quotation is short?"""
    if close_i - open_i > MIXED_PAIR_REACH or close_i - open_i < 2:
        return False
    closer, opener = toks[close_i], toks[open_i]
    return (closer.text in CLOSE_ONLY or closer.text in '"”') and (opener.text in OPEN_ONLY or opener.text in '"“') \
        and FAMILY[closer.text] != FAMILY[opener.text]


def pair_marks(
    toks: Sequence[Tok], text: str, para_start: int, para_end: int, *, next_opens: str | None = None
) -> list[Pair]:
    """Pair the quote marks of one paragraph; set ``role``, ``pair`` and ``depth`` on the tokens.

    ``next_opens`` is the family of the mark that opens the next paragraph, if one does: then a
    quotation left open here runs on there (« … / « … »), and ends with this paragraph.
    """
    stack: list[tuple[int, str]] = []  # (token index, family)
    pairs: list[Pair] = []
    for i, tok in enumerate(toks):
        if tok.kind != "quote":
            continue
        family = FAMILY[tok.text]
        role = _role(tok, text, para_start, para_end)
        if role == "either":
            role = "close" if any(f == family for _, f in stack) else "open"
        if role == "open" and tok.text == '"' and stack and stack[-1][1] == family:
            # a straight mark facing the wrong way right after its opener: « " word" » → close
            role = "close"
        if role == "open":
            stack.append((i, family))
            continue
        k = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == family), -1)
        if k < 0 and stack and _mixed_pair(toks, stack[-1][0], i):
            k = len(stack) - 1  # « "Le texte est prêt» »: a quotation opened with one family and closed with another
        if k >= 0:
            open_i = stack[k][0]
            del stack[k:]
            opener = toks[open_i]
            pairs.append(Pair(open_i, i, family, k, opener.start, tok.end, opener.end, tok.start))
    # a mark left open at the very start of the paragraph runs to its end
    for n, (open_i, family) in enumerate(stack):
        if open_i == 0 or (n == 0 and family == next_opens):
            opener = toks[open_i]
            pairs.append(Pair(open_i, -1, family, 0, opener.start, para_end, opener.end, para_end))
    pairs.sort(key=lambda p: (p.start, -p.end))
    # depth from containment, so that stray marks cannot corrupt it
    kept: list[Pair] = []
    for p in pairs:
        p.depth = sum(1 for q in kept if q.start <= p.start and p.end <= q.end)
        kept.append(p)
    for n, p in enumerate(kept):
        toks[p.open_i].role, toks[p.open_i].pair = "open", n
        if p.close_i >= 0:
            toks[p.close_i].role, toks[p.close_i].pair = "close", n
        last = p.close_i if p.close_i >= 0 else len(toks)
        for tok in toks[p.open_i + 1:last]:
            tok.depth += 1
    return kept


def top_level(pairs: Sequence[Pair]) -> list[Pair]:
    """Pairs not inside another pair."""
    return [p for p in pairs if p.depth == 0]
