"""Where a reported content ends: the end of its sentence, or before the next attribution
(« …, affirmant que … », « … et salué … »), the narrator's gloss (« …, c'est-à-dire … »), a phrase
about the speech event (« …, lors de … »), a main clause after a fronted subordinate one, or a noun
phrase tacked on after it (« …, un objectif que … »); a content with no finite verb of its own also
ends before a second predicate of the subject (« … et annoncé … ») or a participle clause.
"""

from __future__ import annotations

from analysis.fr.grammar import PAST_PARTICIPLE_ENDINGS, PREPOSITIONS, SUBORDINATING_CONJUNCTIONS, THIRD_PERSON_SUBJECTS
from analysis.fr.morphology import (
    AUXILIARIES,
    AVOIR_FORMS,
    CONDITIONAL_3_ENDINGS,
    IMPERFECT_3_ENDINGS,
    PASSIVE_PARTICIPLE_ENDINGS,
)
from analysis.fr.quote_words import (
    AUXILIARY_INFINITIVES,
    CLAUSE_LINKS,
    EMBEDDING_RELATIVES,
    ET_MAIS,
    ETRE_PRESENT_3,
    FRAMING,
    NARRATOR_ADJUNCTS,
    PARTICIPLE_AUXILIARY,
    PREDICATE_LINKS,
    PREVERBAL_CLITICS,
    SUBJECT_PRONOUNS,
    YEAR_NOUNS,
)
from analysis.fr.reporting_verbs import forms
from analysis.nlp.matcher import PhraseTable, phrases
from analysis.quotes.clauses import own_subject_clause, without_trailing_apposition
from analysis.quotes.complements import complement_or_fragment
from analysis.quotes.cues import Cue, is_adverb
from analysis.quotes.paragraph import Para
from analysis.quotes.selon import selon_phrase_at
from analysis.quotes.tokens import is_determiner, is_present_participle, is_verbish

_STOP = frozenset(";")


def content_end(p: Para, i: int, hi: int, cue_by_start: dict[int, Cue], *, verbless: bool = False) -> int:
    """Last token of a reported content starting at ``i``: the sentence end or the next attribution.

    It also stops before the narrator's gloss (« …, c'est-à-dire … ») and, when the content has no
    finite verb of its own (``verbless``: an infinitive or a quoted fragment), before a second
    predicate of the main subject (« … et annoncé … », « … et promet … ») or a participle clause the
    narrator adds (« …, faisant redouter … »)."""
    end = _content_end(p, i, hi, cue_by_start, verbless=verbless)
    return without_trailing_apposition(p, i, end)


def _gloss_at(p: Para, j: int, hi: int) -> bool:
    """« c'est-à-dire », « autrement dit »: the narrator explains a word of the content."""
    toks = p.toks
    return toks[j].norm in ("c'est-à-dire",) or (toks[j].norm == "c'" and j + 1 <= hi and toks[j + 1].norm == "est-à-dire") \
        or (toks[j].norm == "autrement" and j + 1 <= hi and toks[j + 1].norm == "dit")


def _second_predicate(p: Para, k: int, hi: int, i: int) -> bool:
    """Does a predicate of the main subject start at ``k`` (a finite verb, or a past participle sharing
    the auxiliary: « a accusé … et annoncé … », « a appelé à … et applaudi … »), the content starting at ``i``
    having no auxiliary of its own (« avoir perdu … et vendu … » goes on; « avoir vu … et a décrit … » has a
    finite auxiliary of its own and does not)?"""
    toks = p.toks
    if k > hi:
        return False
    t = toks[k]
    if t.norm in AUXILIARIES and is_verbish(t):
        return True  # « … et a décrit … »
    if any(toks[m].norm in AUXILIARY_INFINITIVES and toks[m].depth == 0 for m in range(i, min(i + 3, k))):
        return False
    if is_verbish(t) or t.kind == "word" and not t.cap and (
            t.pos in ("VERB", "AUX") and "VerbForm=Inf" not in t.morph and "VerbForm=Part" not in t.morph
            or any(f.kind == "verb" for f in forms().get(t.norm, ()))):
        return True  # « … et promet … »
    return _bare_participle(t)


def _bare_participle(t) -> bool:
    """« annoncé », « applaudi », « refusé »: a past participle without its auxiliary (by its ending in -é, or
    tagged so)."""
    return t.kind == "word" and not t.cap and not is_determiner(t) and (
        t.norm.endswith(PAST_PARTICIPLE_ENDINGS) and (not t.pos or t.pos in ("VERB", "AUX", "ADJ"))
        or t.pos == "VERB" and "VerbForm=Part" in t.morph and "Tense=Past" in t.morph
        and t.norm.endswith(PASSIVE_PARTICIPLE_ENDINGS))


def _shared_auxiliary(p: Para, i: int, j: int, cue_by_start: dict[int, Cue]) -> bool:
    """« avait estimé que … devraient …, mais refusé de … »: at ``j`` (« et », « mais ») a bare past participle
    shares the auxiliary « avoir » of the compound cue governing the content at ``i``, the content having no
    auxiliary of its own the participle could share instead (« a dit que les routes seraient fermées et rouvertes »)."""
    toks = p.toks
    k = j + 1
    if k >= len(toks) or not _bare_participle(toks[k]) or k in cue_by_start:
        return False
    gov = _governing_cue(p, cue_by_start, i)
    if gov is None or gov.kind != "verb" or gov.aux_i < 0 or toks[gov.aux_i].norm not in AVOIR_FORMS:
        return False
    return not any(t.depth == 0 and (t.norm in AUXILIARIES or t.norm in AUXILIARY_INFINITIVES) for t in toks[i:j])
    # (« seraient fermés … et ouverts … »: the participle goes with the content's own auxiliary)


def _reported_tense(p: Para, i: int, j: int) -> bool:
    """Does the content ``toks[i..j]`` speak in the tenses of reported speech (imperfect, conditional:
    « qu'elles participaient », « qu'il viendrait »)?"""
    return any(t.depth == 0 and is_verbish(t) and t.norm.endswith(IMPERFECT_3_ENDINGS) for t in p.toks[i:j])


def _narrator_tense(tok) -> bool:
    """A present indicative (« se sont déclarées », « ont applaudi »): the narrator's time, not the speaker's."""
    return "Tense=Pres" in tok.morph and not tok.norm.endswith(IMPERFECT_3_ENDINGS)


def _participle_clause(p: Para, k: int, hi: int) -> bool:
    """« faisant redouter … », « provoquant … »: a present participle opening the narrator's clause."""
    return k <= hi and is_present_participle(p.toks[k])


def _content_end(p: Para, i: int, hi: int, cue_by_start: dict[int, Cue], *, verbless: bool = False) -> int:
    toks = p.toks
    lo = p.unit_range(i)[0]
    first = p.skip_connectives(lo, hi)
    subordinate = False
    if first <= hi and _opens_subordinate(p, first):
        verb = next((k for k in range(first, i) if toks[k].depth == 0 and is_verbish(toks[k])), i)
        subordinate = not any(
            toks[k].text == "," and toks[k].depth == 0 and _new_main_clause(p, k + 1, hi) for k in range(verb, i)
        )
    embedded = _embedded(p, i, lo, cue_by_start)
    j = i
    while j <= hi:
        t = toks[j]
        if t.depth:
            j += 1
            continue
        if t.text in _STOP:
            return j - 1
        if t.text == "," and j + 1 <= hi and (_gloss_at(p, j + 1, hi) or verbless and _participle_clause(p, j + 1, hi)):
            return j - 1
        if verbless and t.norm in PREDICATE_LINKS and j > i and _second_predicate(p, j + 1, hi, i):
            return j - 1
        if t.norm in PREDICATE_LINKS and j > i and _shared_auxiliary(p, i, j, cue_by_start):
            return j - 1  # « avait estimé que les troubles devraient …, mais refusé de … »
        if verbless and j > i + 1 and _ADJUNCTS.longest(p.norms, j, hi + 1) > 0:
            return j - 1  # « menacent d'occuper la place malgré l'interdiction »: the narrator's adjunct
            # (a gerund stays: « a raconté avoir découvert l'erreur en relisant … » is still the speaker's)
        if t.norm in CLAUSE_LINKS and j > i:
            verb = own_subject_clause(p, j + 1, hi)
            if verb >= 0 and (verbless or _narrator_tense(toks[verb]) and _reported_tense(p, i, j)):
                return j - 1  # « a promis d'entendre …, mais nombre d'entre eux y voient … », « a dit qu'elles
                # participaient et 9000 autres se sont déclarées … »: a clause of the narrator's
        if t.text == "," and j + 1 <= hi and not (j >= 2 and toks[j - 1].norm in YEAR_NOUNS and toks[j - 2].text.isdigit()):
            nxt = cue_by_start.get(j + 1)  # (« que E.F., 37 ans, avait lancé … »: an age in apposition)
            if nxt is not None and (nxt.kind == "ppr" or nxt.inverted_i >= 0 or nxt.kind == "verb" and nxt.aux_i >= 0 and nxt.allows("incise")
                                    and toks[nxt.start].norm not in SUBJECT_PRONOUNS):
                return j - 1
            if _ADJUNCTS.longest(p.norms, j + 1, hi + 1) > 0:
                return j - 1  # « …, malgré l'annonce de … », « …, après les atermoiements de … »: the narrator's
            if selon_phrase_at(p, j + 1, hi, front=False) is not None or _framing_at(p, j + 1, hi) and (
                    verbless or any(is_verbish(x) for x in toks[i:j])):
                return j - 1  # (« que les armes, lors de son arrestation, sont … »: the clause has no verb yet)
        if t.norm in PREDICATE_LINKS and j + 1 <= hi:
            nxt = cue_by_start.get(j + 1)
            if nxt is None and j + 2 <= hi and (is_adverb(toks[j + 1]) or toks[j + 1].norm in THIRD_PERSON_SUBJECTS):
                nxt = cue_by_start.get(j + 2)  # « … et affirme que », « … mais assure aussi que »
            if nxt is not None and toks[nxt.verb_i].norm.endswith(CONDITIONAL_3_ENDINGS) and _reported_tense(p, i, j):
                nxt = None  # « qu'il transmettrait … et demanderait à … »: a conditional goes on with the reported words
            if nxt is not None and nxt.kind in ("verb", "ppr") and complement_or_fragment(p, nxt, hi):
                return j - 1  # a second reporting verb of the same subject: its own entry
            if nxt is not None and nxt.start == j + 1 and nxt.kind == "verb" and nxt.inverted_i < 0 \
                    and _same_tense(p, nxt, cue_by_start, i):
                return j - 1  # « reconnaît que … mais conteste tout danger »: the subject's next speech act
        if t.text == "," and subordinate and _new_main_clause(p, j + 1, hi):
            return j - 1
        if t.text == "," and embedded and (_new_main_clause(p, j + 1, hi) or _predicate_at(p, j + 1, hi)
                                           or _opens_subordinate(p, j + 1)):
            return j - 1  # « X, qui affirme que …, s'engage à … », « Accusé de …, le ministre passera … », «…, quand …»
        if t.text == ":" and j + 1 <= hi and toks[j + 1].kind == "quote":
            return j - 1
        j += 1
    return hi


def _embedded(p: Para, i: int, lo: int, cue_by_start: dict[int, Cue]) -> bool:
    """Is the cue of the content at ``i`` inside a relative clause (« X, qui affirme que … », « …, que Y
    accuse d'être … », « et auquel … se disaient prêts à … ») or a participle phrase (« Accusé par Y de … »,
    « …, mais accusé de … »)? Such a content ends where the main clause goes on."""
    toks = p.toks
    gov = next((c for c in sorted(cue_by_start.values(), key=lambda c: -c.end) if c.end < i and p.unit_of[c.end] == p.unit_of[i]), None)
    if gov is None:
        return False
    if gov.aux_i < 0 and gov.inverted_i < 0 and gov.kind == "verb" and not gov.bare_participle \
            and toks[gov.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS):
        return True  # (« … a bravé un ordre et affirmé que … » shares the auxiliary: not a participle phrase)
    if gov.kind == "ppr" and not gov.gerund or gov.aux_i >= 0 and toks[gov.aux_i].norm in PARTICIPLE_AUXILIARY:
        return True  # « X, affirmant que …, a démissionné », « X, ayant affirmé que …, … »: a participle clause
    for k in range(gov.end, lo - 1, -1):
        t = toks[k]
        if t.depth:
            continue
        if t.norm in EMBEDDING_RELATIVES:
            return k == lo or toks[k - 1].text == "," or toks[k - 1].norm in ET_MAIS or toks[k - 1].norm in PREPOSITIONS
        if k < gov.start and (t.text in ",;:" or is_verbish(t)):
            return False
    return False


def _predicate_at(p: Para, j: int, hi: int) -> bool:
    """Does the main clause's predicate go on at ``j`` (« …, s'engage … », « …, « n'auront pas … » »)?"""
    toks = p.toks
    k = j
    if k <= hi and toks[k].kind == "quote" and toks[k].role == "open":
        k += 1
    while k <= hi and toks[k].norm in PREVERBAL_CLITICS:
        k += 1
    return k <= hi and is_verbish(toks[k]) and toks[k].norm not in ETRE_PRESENT_3 or (
        k <= hi and toks[k].norm in ETRE_PRESENT_3 and k + 1 <= hi and toks[k + 1].kind == "word")


def _governing_cue(p: Para, cue_by_start: dict[int, Cue], i: int) -> Cue | None:
    """The last cue of the sentence before the content starting at ``i``."""
    return next((c for c in sorted(cue_by_start.values(), key=lambda c: -c.end) if c.end < i and p.unit_of[c.end] == p.unit_of[i]), None)


def _same_tense(p: Para, nxt: Cue, cue_by_start: dict[int, Cue], i: int) -> bool:
    """Is ``nxt`` a verb of the same shape as the cue governing the content at ``i`` (both simple
    forms: « dit … et réclame », or a bare participle after a compound one: « a dit … et réclamé »)?"""
    gov = _governing_cue(p, cue_by_start, i)
    if gov is None or gov.kind != "verb" or gov.inverted_i >= 0:
        return False
    if gov.aux_i >= 0:
        return nxt.bare_participle
    return nxt.aux_i < 0 and not nxt.bare_participle and not p.toks[nxt.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS)


_SUBORDINATORS = tuple(tuple(c.split()) for c in SUBORDINATING_CONJUNCTIONS)


def _opens_subordinate(p: Para, k: int) -> bool:
    """Does the sentence open with a subordinate clause (« Alors que X avait affirmé que …, il … »)?"""
    toks = p.toks
    for words in _SUBORDINATORS:
        if all(k + n < len(toks) and toks[k + n].norm == w for n, w in enumerate(words)):
            return True
    return False


def _new_main_clause(p: Para, j: int, hi: int) -> bool:
    """Does a main clause start at ``j`` (a subject pronoun or noun phrase, then a finite verb)?"""
    toks = p.toks
    if j > hi:
        return False
    if toks[j].norm in SUBJECT_PRONOUNS and toks[j].norm != "on" or toks[j].norm == "on":
        k = j + 1
        while k <= hi and toks[k].norm in PREVERBAL_CLITICS:
            k += 1
        return k <= hi and is_verbish(toks[k])
    if is_determiner(toks[j]) or toks[j].cap:
        for k in range(j + 1, min(hi, j + 6) + 1):
            if toks[k].kind == "punct":
                return False
            if is_verbish(toks[k]):
                return True
    return False


_FRAMING = PhraseTable(phrases(FRAMING))
_ADJUNCTS = PhraseTable(phrases(NARRATOR_ADJUNCTS))


def _framing_at(p: Para, j: int, hi: int) -> bool:
    """Does a phrase about the speech event start at ``j`` (« au lendemain de », « lors de », « dans un communiqué »)?"""
    return _FRAMING.longest(p.norms, j, hi + 1) > 0


def trim(p: Para, i: int, j: int) -> tuple[int, int] | None:
    toks = p.toks
    while j >= i and (toks[j].kind == "dots" and toks[j].depth == 0 or toks[j].kind == "punct" and toks[j].text in ".!?,;:–—-"):
        j -= 1
    while i <= j and toks[i].kind == "punct" and toks[i].text in ",;:":
        i += 1
    return (i, j) if i <= j else None
