"""Interview answers set out as a dialogue: a question, then « – answer » paragraphs.

French papers print question-and-answer interviews without quote marks: the outlet's question
(a paragraph ending with « ? ») is followed by the interviewee's answer, opened by a dash.
Each answer is a direct quotation with no cue; its speaker is the person the introduction names
(« X … a répondu à nos questions »): the subject of the last paragraph before the first
question. The questions themselves are the outlet's and are not quotations.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.fr.grammar import FIRST_PERSON_WORDS
from analysis.fr.quote_words import INTERVIEW_WORDS
from analysis.quotes.clauses import mention_chars
from analysis.quotes.mentions import subject_before
from analysis.quotes.paragraph import Candidate, Para
from analysis.quotes.tokens import is_verbish

DASHES = frozenset("–—-")


def _is_answer(p: Para) -> bool:
    return len(p.toks) > 2 and p.toks[0].text in DASHES and not p.asks() \
        and not any(t.kind == "quote" and t.depth == 0 for t in p.toks[:2])


def _whole_quotation_close(p: Para) -> int:
    """The closing mark of ``p`` when the paragraph is one whole quotation (« « … » », as some papers print an
    interview's answers) and no question, else -1."""
    last = len(p.toks) - 1
    if last <= 2 or p.asks():
        return -1
    return next((pair.close_i for pair in p.pairs if pair.depth == 0 and pair.open_i == 0 and pair.close_i >= last - 1),
                -1)


def _quoted_answer(p: Para) -> bool:
    return _whole_quotation_close(p) >= 0


def _intro_subject(p: Para) -> tuple[int, int] | None:
    """Characters of the subject of the first verb of ``p`` (« Adrien Joly … a répondu … »)."""
    lo = p.units[0][0] if p.units else 0
    for k, t in enumerate(p.toks):
        if t.depth == 0 and is_verbish(t):
            span = subject_before(p.toks, k, lo)
            return mention_chars(p, span) if span is not None else None
    return None


def _speaks_as_i(p: Para) -> bool:
    """An answer speaks in the first person (a bulleted list of facts does not)."""
    return any(t.norm in FIRST_PERSON_WORDS for t in p.toks)


def find_answers(paras: Sequence[Para]) -> list[Candidate]:
    """Answers that follow a question paragraph (opened by a dash, or one whole quotation), with the
    interviewee as their mention.

    An answer must speak in the first person, or the introduction must announce an interview
    (« a répondu à nos questions », « entretien »), so that a list of facts after a rhetorical
    question is not taken for one."""
    out: list[Candidate] = []
    intro: tuple[int, int] | None = None
    announced = False
    for n, p in enumerate(paras):
        if n == 0 or not (_is_answer(p) or _quoted_answer(p)):
            continue
        prev = paras[n - 1]
        if not prev.asks():
            continue
        if intro is None or not out or out[-1].paragraph < prev.index - 2:
            k = n - 1
            while k > 0 and (paras[k].asks() or _is_answer(paras[k]) or _quoted_answer(paras[k])):
                k -= 1
            intro = _intro_subject(paras[k]) if k > 0 or not paras[k].asks() else None
            announced = any(w in paras[k].text[paras[k].start:paras[k].end].lower() for w in INTERVIEW_WORDS)
        if not (_speaks_as_i(p) or announced):
            continue
        first = 1
        while first < len(p.toks) and p.toks[first].kind == "punct" and p.toks[first].text in DASHES:
            first += 1
        close = _whole_quotation_close(p)
        last = close - 1 if close >= 0 else len(p.toks) - 1  # (« « … » »: the answer is inside the marks)
        if first > last:
            continue
        out.append(Candidate(type="direct", start=p.toks[first].start, end=p.toks[last].end, paragraph=p.index,
                             rule="direct-answer", mention=intro, priority=0, needs_speaker=intro is None))
    return out
