"""One article from sentences to quotations: the rules per paragraph, then the article-wide pass
(overlaps settled, continuations linked to the quotation whose speaker they carry over).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.fr.quote_words import NEWS_VERBS_EXCLUDED
from analysis.nlp.furniture import Furniture, find_furniture, furniture_at
from analysis.quotes.continuation import INITIAL_CHARS, find_continuations
from analysis.quotes.dialogue import find_answers
from analysis.quotes.direct import find_direct
from analysis.quotes.indirect import find_indirect, find_nested_indirect
from analysis.quotes.labels import echoed_words, recurring_labels
from analysis.quotes.mention_shape import checked_mention
from analysis.quotes.nested import find_nested
from analysis.quotes.paragraph import Candidate, Para, build_para
from analysis.quotes.passive import find_passive
from analysis.quotes.relatives import find_relative_sources
from analysis.quotes.selon import find_selon
from analysis.quotes.tokens import FAMILY
from analysis.speakers.acronyms import acronyms

OPENING_MARKS = "«“„\"‹"
_WORD = re.compile(r"\w+")

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
    if outer.type == "direct" and not inner.rule.startswith(("direct-nested", "indirect-nested")) \
            or (outer.start, outer.end) == (inner.start, inner.end):
        return False
    if inner.rule == "indirect-fragment" and inner.cue_lemma in NEWS_VERBS_EXCLUDED and outer.type in ("indirect", "mixed"):
        return False  # a wish reported inside a reported content (« répétant que le gouvernement souhaitait « … » »)
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
    nested = find_nested(p, direct)
    indirect = [*find_indirect(p, list(direct)), *find_nested_indirect(p, direct)]
    selon = find_selon(p, [*direct, *indirect])
    found = settle([*direct, *nested, *selon, *find_relative_sources(p), *indirect, *find_passive(p)])
    for cand in found:
        cand.mention = checked_mention(p, cand)  # every mention is a noun phrase, or none
        if cand.mention is not None and _glued_initial(p.text, *cand.mention):
            cand.mention, cand.needs_speaker = None, True  # « « … », a redit M.Morel »: the speaker carries over
    return found


def _glued_initial(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an initial or title cut from a name glued to it (« M » of « M.Morel »)?"""
    return end - start <= INITIAL_CHARS and text[start:start + 1].isupper() and text[end:end + 1] == "." \
        and text[end + 1:end + 2].isupper()


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


HEADLINE_SHARE = 0.6
"""A headline quotation repeats a body quotation when at least this share of its content words are in it
(a headline often trims or rewords the quotation it takes up)."""
HEADLINE_WORDS = 30
"""A first paragraph of at most this many words, one sentence and no closing full stop, is a headline."""

def _excerpt_of(candidates: list[Candidate], n: int, text: str) -> int | None:
    """The body quotation a headline quotation repeats (most of its content words, in one quotation)."""
    words = [w for w in _words(text[candidates[n].start:candidates[n].end]) if len(w) > 2]
    if len(words) < 2:
        return None
    best, best_share = None, HEADLINE_SHARE
    for m, other in enumerate(candidates):
        if m == n or other.paragraph == candidates[n].paragraph or other.type not in ("direct", "mixed"):
            continue
        body = set(_words(text[other.start:other.end]))
        share = sum(1 for w in words if w in body) / len(words)
        if share > best_share or (share == best_share and best is None):
            best, best_share = m, share
    return best


def _is_headline(p: Para) -> bool:
    """Does the first paragraph look like a title (short, one sentence, no closing full stop)?"""
    words = [t for t in p.toks if t.word]
    last = p.toks[-1] if p.toks else None
    return bool(words) and len(words) <= HEADLINE_WORDS and len(p.units) == 1 and last is not None and last.text != "."


def _speaks_in_body(candidates: list[Candidate], cand: Candidate, text: str) -> bool:
    """Is the name before a headline's colon (« Ferrandi : « … » ») the speaker of a quotation of the body?"""
    words = _words(text[cand.mention[0]:cand.mention[1]]) if cand.mention else []
    if not words:
        return False
    return any(words[-1] in _words(text[o.mention[0]:o.mention[1]]) for o in candidates
               if o is not cand and o.mention is not None and o.paragraph != cand.paragraph)


def _same_quotation(first: Candidate, second: Candidate) -> bool:
    return first.runs_on and first.type == second.type == "direct" and second.paragraph == first.paragraph + 1


def _spread_over_paragraphs(candidates: list[Candidate]) -> None:
    for n in range(len(candidates) - 2, -1, -1):  # backwards: the cue after the last part reaches the first
        cand, nxt = candidates[n], candidates[n + 1]
        if _same_quotation(cand, nxt) and cand.cue_span is None and cand.mention is None and nxt.cue_span is not None:
            _take_attribution(cand, nxt)
    for n in range(1, len(candidates)):
        prev, cand = candidates[n - 1], candidates[n]
        if _same_quotation(prev, cand) and cand.cue_span is None and cand.mention is None and prev.cue_span is not None:
            _take_attribution(cand, prev)
            cand.carry = n - 1


def _take_attribution(cand: Candidate, other: Candidate) -> None:
    cand.cue, cand.cue_span, cand.cue_lemma, cand.cue_category = other.cue, other.cue_span, other.cue_lemma, other.cue_category
    cand.mention, cand.needs_speaker = other.mention, False


def link(candidates: list[Candidate], *, headline: int | None = None, text: str = "",
         questions: frozenset[int] = frozenset()) -> None:
    """Continuations: split second parts and cue-less quotations take the speaker they continue.

    A cue-less quotation of the headline that repeats a quotation of the body takes that
    quotation's speaker (``carry`` then points forward). A quotation that runs over several
    paragraphs gives every part the cue and mention of the part that has them (« … ¶ « … »,
    a-t-elle poursuivi » or « X a détaillé : « … ¶ « … » »). A quotation inside an interviewer's question
    (a paragraph of ``questions``) is never continued by the answer after it: the answer is the interviewee's,
    not the words of someone the question quotes (« Avez-vous hésité quand le ministre vous a proposé … ? »)."""
    _spread_over_paragraphs(candidates)
    for n, cand in enumerate(candidates):
        if headline is not None and text and cand.paragraph == headline and cand.cue_span is None \
                and cand.mention is not None and not _speaks_in_body(candidates, cand, text):
            cand.mention, cand.needs_speaker = None, True  # « Tempête Ombeline : « … » »: a topic, not a speaker
        if headline is not None and text and cand.paragraph == headline and cand.needs_speaker:
            found = _excerpt_of(candidates, n, text)
            if found is not None:
                cand.carry = found
                continue
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
            if prev.paragraph in questions and prev.paragraph != cand.paragraph or "-nested" in prev.rule:
                continue  # (a layer reported inside a quotation is not what the next quotation goes on with)
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
    names = [(s, e) for _full, s, e in acronyms(text).values()] if "(" in text else []
    for n, index in enumerate(order):
        sents = sorted(by_para[index], key=lambda r: r.start)
        start, end = sents[0].start, max(r.end for r in sents)
        next_opens = None
        if n + 1 < len(order):
            first = min(r.start for r in by_para[order[n + 1]])
            next_opens = FAMILY.get(text[first]) if text[first] in OPENING_MARKS else None
        p = build_para(text, index, start, end, [(r.sent_id, r.start, r.end) for r in sents], tags,
                       next_opens=next_opens, names=[(a, b) for a, b in names if a < end and b > start])
        paras.append(p)
    labels, echoes = recurring_labels(paras), echoed_words(paras)
    for p in paras:
        p.labels, p.echoes = labels, echoes
        out.extend(paragraph_candidates(p))
    answers = find_answers(paras)
    if answers:
        taken = {c.paragraph for c in out}
        _answers_speak(out, [a for a in answers if a.paragraph in taken])
        out = sorted([*out, *(a for a in answers if a.paragraph not in taken)], key=lambda c: (c.start, c.end))
    continuations = find_continuations(paras, out)
    if continuations:
        out = sorted([*out, *continuations], key=lambda c: (c.start, c.end))
    out = outside_furniture(out, find_furniture(text))
    link(out, headline=paras[0].index if paras and _is_headline(paras[0]) else None, text=text,
         questions=frozenset(p.index for p in paras if p.asks()))
    return out, paras


def _answers_speak(candidates: list[Candidate], answers: list[Candidate]) -> None:
    """An answer printed as one whole quotation is already a cue-less direct quotation: it takes the
    interviewee the answer reading found, instead of whoever spoke last (maybe someone the question quoted)."""
    by_para = {a.paragraph: a for a in answers if a.mention is not None}
    for c in candidates:
        a = by_para.get(c.paragraph)
        if a is not None and c.type == "direct" and c.cue_span is None and c.mention is None:
            c.mention, c.needs_speaker = a.mention, False


def outside_furniture(candidates: list[Candidate], furniture: Sequence[Furniture]) -> list[Candidate]:
    """No quotation starts inside page furniture (« Lire aussi : « … » », an embedded post), and no mention
    is read there (« Lire aussi Dupont … » is no speaker): see :mod:`analysis.nlp.furniture`."""
    if not furniture:
        return candidates
    kept = [c for c in candidates if furniture_at(furniture, c.start) is None]
    for c in kept:
        if c.mention is not None and furniture_at(furniture, c.mention[0]) is not None:
            c.mention = None
    return kept
