"""Passive reports with an agent: « l'appareil est considéré comme « fiable » par les soldats », « une
réforme jugée trop lente par les usagers », « Ivan, traité de « traître » par ses anciens alliés ».

A reporting verb whose data row has the ``passive`` frame reports the words of the agent of its passive
participle (« par X »): an evaluation (category ``evaluative``), or quoted words; « les mesures annoncées
par le président » reports an act, not words. The content is the clause of an « être » passive (its subject included), the
noun phrase a bare participle qualifies with the participle phrase, or, after « traité de » /
« qualifié de », the quoted words themselves. Without an agent nobody is named and nothing is reported
(« il a été précisé que … », the gold rules' agentless constructions).
"""

from __future__ import annotations

from analysis.fr.grammar import DE, DE_ARTICLES, PREPOSITIONS
from analysis.fr.morphology import ETRE_PASSIVE_FORMS, PASSIVE_PARTICIPLE_ENDINGS
from analysis.fr.quote_words import NEGATION_ADVERBS
from analysis.fr.reporting_verbs import forms
from analysis.quotes.content import content_end, trim
from analysis.quotes.cues import is_adverb
from analysis.quotes.mentions import subject_before
from analysis.quotes.mentions_after import np_after
from analysis.quotes.paragraph import Candidate, Para
from analysis.quotes.tokens import is_determiner, is_verbish

AGENT_REACH = 16
"""Tokens between a passive participle and the « par » of its agent (« considéré, quant à lui, comme « un
bon ministre » par … »)."""


def _passive_verb(tok):
    """The reporting verb whose passive participle ``tok`` is, if its row has the ``passive`` frame."""
    if tok.kind != "word" or tok.cap or not tok.norm.endswith(PASSIVE_PARTICIPLE_ENDINGS):
        return None
    return next((f.verb for f in forms().get(tok.norm, ()) if f.kind == "verb" and "passive" in f.verb.frames), None)


def _agent(p: Para, k: int, hi: int) -> tuple[int, tuple[int, int]] | None:
    """The « par X » agent after the participle at ``k``: (index of « par », span of X)."""
    toks = p.toks
    for m in range(k + 1, min(hi, k + AGENT_REACH) + 1):
        t = toks[m]
        if t.depth == 0 and (t.text in ".;:!?" or is_verbish(t)):
            return None
        if t.norm == "par" and t.depth == 0:
            if m + 1 <= hi and toks[m + 1].text[:1].isdigit():
                return m, _quantity(p, m + 1, hi)  # « par 31 % des Français sondés »
            if m + 1 <= hi and _distributive(toks[m + 1]):
                return None  # « estimée à 7 000 m3 par an », « par habitant »: a rate, no agent
            span = np_after(toks, m + 1, hi, appositions=False)
            return (m, span) if span is not None else None
    return None


def _distributive(tok) -> bool:
    """A bare lower-case noun after « par » (« par an », « par jour », « par habitant »): an agent has a determiner,
    a name or a number."""
    return tok.kind == "word" and not tok.cap and tok.pos == "NOUN" and not is_determiner(tok)


QUANTITY_REACH = 8
"""Tokens of a quantity noun phrase (« 31 % des Français sondés »)."""


def _quantity(p: Para, k: int, hi: int) -> tuple[int, int]:
    toks = p.toks
    end = k
    while end + 1 <= hi and end + 1 < k + QUANTITY_REACH and not is_verbish(toks[end + 1]) and (
            toks[end + 1].word or toks[end + 1].text in "%()+-"):
        end += 1
    return k, end


def _noun_phrase_before(p: Para, k: int, lo: int) -> int:
    """First token of the noun phrase a participle at ``k`` qualifies (« la politique du gouvernement, jugée
    … », « les « mesures » annoncées … »): back over its words to its determiner, after a preposition."""
    toks = p.toks
    m = k - 1
    if m >= lo and toks[m].text == ",":
        m -= 1
    start = -1
    while m >= lo and (toks[m].word or toks[m].kind == "quote") and not is_verbish(toks[m]):
        if toks[m].kind == "quote" and toks[m].role == "close" and toks[m].pair >= 0:
            m = p.pairs[toks[m].pair].open_i  # (« le « nouveau contrat pour la nation », annoncé … »: one noun phrase)
        if toks[m].norm in PREPOSITIONS and toks[m].norm not in DE_ARTICLES and start >= 0:
            start = m + 1  # « aux | risques du « chaos » avancé par … »
            break
        if is_determiner(toks[m]) or toks[m].cap or toks[m].kind == "quote" and toks[m].role == "open":
            start = m
            if is_determiner(toks[m]) and toks[m].norm not in DE_ARTICLES and m > lo \
                    and toks[m - 1].norm not in DE_ARTICLES:
                break  # (« … vise | la politique du gouvernement, jugée … »: the noun phrase starts here)
        m -= 1
    return start


def find_passive(p: Para) -> list[Candidate]:
    """Passive reports with a « par X » agent in a paragraph."""
    toks = p.toks
    out: list[Candidate] = []
    for k, tok in enumerate(toks):
        verb = _passive_verb(tok) if tok.depth == 0 and not (k > 0 and is_determiner(toks[k - 1])) else None
        if verb is None:
            continue  # (« le traité de … »: a noun)
        lo, hi = p.unit_range(k)
        agent = _agent(p, k, hi)
        if agent is None:
            continue
        j = k - 1
        while j >= lo and (is_adverb(toks[j]) and toks[j].norm not in NEGATION_ADVERBS):
            j -= 1
        if j >= lo and toks[j].norm in ETRE_PASSIVE_FORMS:  # « … est considéré comme … par X »: the whole clause
            aux = j - 1 if j - 1 >= lo and toks[j].norm == "été" else j
            subject = subject_before(toks, aux, lo)
            start = subject[0] if subject is not None else p.skip_connectives(lo, hi)
            end = content_end(p, k + 1, hi, {})
            m = agent[1][1] + 1
            if m > end or toks[m].kind in ("punct", "dots") and toks[m].depth == 0:
                end = agent[0] - 1  # « … considéré comme dangereux par l'agence. »: the agent ends the clause
            content = trim(p, start, end)
        elif k + 2 <= hi and toks[k + 1].norm in DE and toks[k + 2].kind == "quote" and toks[k + 2].role == "open":
            pair = p.pairs[toks[k + 2].pair]  # « traité de « diable » par X »: the quoted words
            content = (k + 2, pair.close_i) if pair.close_i > k + 3 else None
            if content is not None:
                out.append(_candidate(p, content, k, verb, agent, mixed=True))
            continue
        else:
            before = toks[k - 2] if toks[k - 1].text == "," and k >= 2 else toks[k - 1]
            if verb.category != "evaluative" and not (before.kind == "quote" and before.role == "close"):
                continue  # « les mesures annoncées par le président »: only « le « chaos » avancé par X » quotes X
            start = _noun_phrase_before(p, k, lo)
            if verb.category != "evaluative":  # « les risques du « chaos » avancé par X »: X's words are the phrase
                content = trim(p, start, k - 1) if start >= 0 else None
                if content is not None:
                    out.append(_candidate(p, content, k, verb, agent, mixed=True))
                continue
            end = agent[1][1]
            while end + 1 <= hi and toks[end + 1].depth == 0 and not (toks[end + 1].kind == "punct" and toks[end + 1].text in ",;:.!?"):
                end += 1  # « … jugées insuffisantes par certains pour améliorer le pouvoir d'achat »
            content = trim(p, start, end) if start >= 0 else None
        if content is None or sum(1 for t in toks[content[0]:content[1] + 1] if t.word) < 2:
            continue
        mixed = any(t.kind == "quote" and t.depth == 0 for t in toks[content[0]:content[1] + 1])
        if not mixed and verb.category != "evaluative":
            continue  # « les mesures annoncées par le président »: a reported act, no words of the agent
        out.append(_candidate(p, content, k, verb, agent, mixed=mixed))
    return out


def _candidate(p: Para, content: tuple[int, int], k: int, verb, agent, *, mixed: bool) -> Candidate:
    toks = p.toks
    return Candidate(type="mixed" if mixed else "indirect", start=toks[content[0]].start, end=toks[content[1]].end,
                     paragraph=p.index, rule="indirect-passive", cue_span=p.chars(k, k), cue_lemma=verb.lemma,
                     cue_category=verb.category, mention=p.chars(*agent[1]), priority=2)
