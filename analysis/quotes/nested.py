"""Words reported inside a direct quotation: « Le directeur nous a dit : ‹ Le site n'est pas menacé › ».

The speaker of the outer quotation relays someone else's words in nested marks; the nested words
are a span of their own (eval-dev rule on nested attribution: different spans, one entry each),
a direct quotation of the person the inner cue names (« le directeur », « un prêtre », « Camille »).
The inner cue must lead straight to the nested marks (a colon may come between), so a nested
pair used as scare quotes (« une ‹ réforme › ») stays a fragment of the outer quotation.
"""

from __future__ import annotations

from analysis.fr.grammar import ADDRESSEE_CLITICS
from analysis.quotes.clauses import mention_chars
from analysis.quotes.mentions import subject_before
from analysis.quotes.paragraph import Candidate, Para

_INNER_CATEGORIES = frozenset({"neutral", "assertive", "revealing", "structuring", "directive", "contesting", "evaluative"})


def find_nested(p: Para, direct: list[Candidate]) -> list[Candidate]:
    """Direct quotations nested in the paragraph's direct quotations, each with its own cue and speaker."""
    toks = p.toks
    outer = [c for c in direct if c.type == "direct"]
    if not outer:
        return []
    cue_by_end = {c.end: c for c in p.cues if toks[c.start].depth}
    out: list[Candidate] = []
    for pair in p.pairs:
        if not pair.depth or pair.close_i < 0:
            continue
        host = next((c for c in outer if c.start <= pair.start and pair.end <= c.end + 1), None)
        if host is None:
            continue
        k = pair.open_i - 1
        colon = k >= 0 and toks[k].text == ":"
        if colon:
            k -= 1
        cue = cue_by_end.get(k)
        m = k
        while cue is None and colon and m > k - 4 and m > pair.open_i - 8 and toks[m].kind == "word":
            m -= 1  # « nous a dit en réunion : ‹ … › »: a short adverbial between the cue and the colon
            cue = cue_by_end.get(m)
        if cue is None or cue.category not in _INNER_CATEGORIES or toks[cue.start].depth != pair.depth:
            continue
        first = toks[pair.open_i + 1] if pair.open_i + 1 < pair.close_i else None
        if first is None or not colon and not (first.text[:1].isupper()):
            continue  # « a parlé de ‹ réforme › »: a word, not a statement
        lo = max(p.unit_range(cue.start)[0], host_open(p, pair))
        v = cue.start
        while v - 1 > lo and toks[v - 1].norm in ADDRESSEE_CLITICS:
            v -= 1  # « le directeur nous a dit », « un prêtre m'a répondu »: the addressee is the quoting speaker
        mention = subject_before(toks, v, lo)
        if mention is None:
            continue
        a, b = toks[pair.open_i].end, toks[pair.close_i].start
        text = p.text
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
            b -= 1
        if b <= a:
            continue
        out.append(Candidate(type="direct", start=a, end=b, paragraph=p.index, rule="direct-nested", cue=cue,
                             cue_span=p.chars(cue.start, cue.end), cue_lemma=cue.lemma, cue_category=cue.category,
                             mention=mention_chars(p, mention), priority=0, cue_inside=True))
    return out


def host_open(p: Para, pair) -> int:
    """Token index just after the opening mark of the pair enclosing ``pair`` (0 if none is found)."""
    best = 0
    for other in p.pairs:
        if other.depth == pair.depth - 1 and other.open_i < pair.open_i and (other.close_i < 0 or pair.close_i < other.close_i):
            best = other.open_i + 1
    return best
