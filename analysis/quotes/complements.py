"""The complement a reporting verb governs: a « que » clause, an infinitive, an indirect question,
a stance adjective (« s'est dit prêt à … ») or a noun phrase holding quoted words.

:func:`complement` finds where a clause or infinitive starts (« a affirmé mardi aux députés que … »,
« a confié avoir … », « a demandé aux habitants de rester … »); :func:`fragment_complement` finds
quoted words the verb governs (« a appelé à la «retenue» », « qualifie de « passage en force » »).
Both stop at the verb's reach: beyond it the words belong to another clause.
"""

from __future__ import annotations

from analysis.fr.grammar import (
    ADJUNCT_PREPOSITIONS,
    DE,
    DE_ARTICLES,
    NE_FORMS,
    NEGATION_COMPLETERS,
    PAST_PARTICIPLE_ENDINGS,
    PREPOSITIONS,
    PRONOUN_CLITICS,
)
from analysis.fr.morphology import INFINITIVE_ENDINGS
from analysis.fr.quote_words import (
    A_DE_FORMS,
    A_FORMS,
    ADVERBS_BEFORE_INFINITIVE,
    APPOSED_RELATIVES,
    CLAUSE_RELATIVES,
    CLOCK_WORDS,
    COMPARATIVES,
    CONCESSIVE_HEADS,
    CONJUNCTION_HEADS,
    CONJUNCTIONS,
    DE_BEFORE_QUOTE,
    INFINITIVE_CLITICS,
    INFINITIVE_PREPOSITIONS,
    LAUNCHING_VERBS,
    PREDICATE_LINKS,
    PREVERBAL_CLITICS,
    QUE,
    SE_FORMS,
    SPEECH_ACT_NOUNS,
    STANCE_ADJECTIVES,
    TARGET_PREPOSITIONS,
    TIME_WORDS,
    VERB_COMPLEMENT_OPENERS,
)
from analysis.quotes.clauses import own_subject_clause
from analysis.quotes.cues import Cue, adverbial_at, is_adverb, quoted_adverb_in
from analysis.quotes.labels import is_label
from analysis.quotes.paragraph import Para
from analysis.quotes.selon import selon_phrase_at
from analysis.quotes.tokens import has_infinitive_shape, is_determiner, is_infinitive, is_present_participle, is_verbish

COMPLEMENT_REACH = 18
"""Tokens between a reporting verb and the « que » or infinitive of its complement: room for an object, an
addressee and a time (« a affirmé mardi aux députés de la commission des finances que … »), no more."""
FRAGMENT_REACH = 20
"""Tokens between a reporting verb and the quoted words of its complement (« a appelé à la « retenue » »)."""


def _infinitive_at(p: Para, j: int, hi: int) -> int:
    """Index of an infinitive at ``j`` (after « ne pas » or a clitic), else -1; returns the span start."""
    toks = p.toks
    k = j
    if k <= hi and toks[k].norm in NE_FORMS:
        k += 1
        if k <= hi and toks[k].norm in NEGATION_COMPLETERS:
            k += 1
    if k + 1 <= hi and toks[k].norm in ADVERBS_BEFORE_INFINITIVE and is_infinitive(toks[k + 1]):
        k += 1  # « de tout mettre en œuvre », « de ne rien céder »
    while k <= hi and toks[k].norm in PRONOUN_CLITICS \
            and k + 1 <= hi and (is_infinitive(toks[k + 1]) or toks[k].norm in SE_FORMS and _infinitive_shape(toks[k + 1])
                                 or toks[k + 1].norm in INFINITIVE_CLITICS):
        k += 1
    if k <= hi and is_infinitive(toks[k]) and toks[k].depth == 0:
        return j
    if k > j and k <= hi and (toks[j].norm in NE_FORMS and _infinitive_shape(toks[k], tagged=False)
                              or toks[k - 1].norm in SE_FORMS and _infinitive_shape(toks[k])) and toks[k].depth == 0:
        return j  # « a confié ne plus dormir », « à se joindre »: after « ne plus » or a clitic, whatever the tagger says
    if k <= hi and toks[k].kind == "quote" and toks[k].role == "open" and k + 1 <= hi and is_infinitive(toks[k + 1]):
        return j
    if k == j and j > 0 and toks[j - 1].norm in INFINITIVE_PREPOSITIONS and k + 1 <= hi and has_infinitive_shape(toks[k]) \
            and toks[k].depth == 0 and is_determiner(toks[k + 1]) and toks[k + 1].norm not in DE_ARTICLES:
        return j  # « a appelé à reconduire le mouvement »: a verb with its object, though tagged as a noun
    return -1


def _object_before_infinitive(p: Para, cue: Cue, pair, hi: int) -> bool:
    """« appelant les « militants » à faire de même »: quoted words in the object of a verb whose infinitive
    complement follows them."""
    k = pair.close_i + 1
    return (cue.allows("a") or cue.allows("de")) and k + 1 <= hi and p.toks[k].norm in INFINITIVE_PREPOSITIONS \
        and _infinitive_at(p, k + 1, hi) >= 0


def _infinitive_shape(tok, *, tagged: bool = True) -> bool:
    """An -er/-ir/-re/-oir word the tagger may have misread (« à se joindre », « ne plus dormir »); ``tagged``:
    unless the tagger calls it a noun or an adjective."""
    return tok.kind == "word" and not tok.cap and tok.norm.endswith(INFINITIVE_ENDINGS) and len(tok.norm) > 3 \
        and not (tagged and tok.pos in ("NOUN", "PROPN", "ADJ"))


def complement(p: Para, cue: Cue, hi: int) -> tuple[str, int] | None:
    """The reported complement after ``cue``: ('que'|'inf'|'si', first token of the content).

    One walk over the tokens after the verb, about 80 lines: each branch is one construction, and their
    order is the rule, so they stay in one function."""
    toks = p.toks
    j = skip_inserted_source(p, cue.end + 1, hi)
    seen_object = False
    in_pp = False
    steps = 0
    while j <= hi and steps < COMPLEMENT_REACH:
        t = toks[j]
        if t.kind == "quote" and t.role == "open" and t.depth == 0 and p.pairs[t.pair].close_i > j \
                and (is_label(p, p.pairs[t.pair]) or _object_before_infinitive(p, cue, p.pairs[t.pair], hi)):
            j = p.pairs[t.pair].close_i + 1  # « accusent les « casseurs » d'avoir … »: quoted words in the object
            seen_object = seen_object or not in_pp
            steps += 1
            continue
        if t.kind == "quote" and t.role == "open" and t.depth == 0 and j + 2 <= hi and toks[j + 1].norm in INFINITIVE_PREPOSITIONS \
                and (cue.allows("de") or cue.allows("a")) and is_infinitive(toks[j + 2]):
            return ("inf", j)  # « a demandé aux partis « de lancer un appel … » »: the quoted infinitive
        if t.depth:
            return None
        if seen_object and t.text in _INSERTION_MARKS and j + 1 <= hi and toks[j + 1].norm in APPOSED_RELATIVES:
            close = _insertion_end(p, j, hi)
            if close > 0:
                j = close + 1  # « a appelé le gouvernement – qui s'y refuse – à reporter … »: the object's relative
                steps += 1
                continue
        if t.norm in QUE:
            if j > 1 and toks[j - 1].norm in CONJUNCTION_HEADS and toks[j - 2].text == ",":
                return None  # « a-t-il affirmé, alors que … »: a conjunction, not the verb's « que »
            if j > cue.end + 1 and toks[j - 1].norm in COMPARATIVES:
                return None  # « m'en a dit plus que bien des reportages »: a comparison, not a reported clause
            if cue.allows("que"):
                return ("que", j + 1)
            return None
        if t.norm == "si" and cue.allows("si") and steps == 0:
            return ("si", j + 1)
        if steps == 0 and cue.allows("adj") and t.kind == "word" and t.depth == 0 and (
                t.norm in STANCE_ADJECTIVES or t.pos == "ADJ") and j + 1 <= hi \
                and toks[j + 1].norm in VERB_COMPLEMENT_OPENERS:
            return ("adj", j)  # « se sont dits prêts à rejoindre … » (a bare « s'est dit inquiet » is no content)
        if not in_pp and not seen_object and steps == 0 and cue.allows("inf"):
            k = _infinitive_at(p, j, hi)
            if k >= 0:
                return ("inf", k)
        if t.norm in DE and (cue.allows("de")) and _infinitive_at(p, j + 1, hi) >= 0:
            if j - 1 > cue.end and toks[j - 1].kind == "word" and toks[j - 1].norm.endswith(PAST_PARTICIPLE_ENDINGS) \
                    and not toks[j - 1].cap and not is_determiner(toks[j - 2]):  # (« de son côté d'avoir … »)
                return None  # « … un camionneur soupçonné d'avoir renversé … »: the participle's own complement
            return ("inf", j + 1)
        if t.norm == "à" and cue.allows("a") and _infinitive_at(p, j + 1, hi) >= 0:
            return ("inf", j + 1)
        if t.norm in PREPOSITIONS and t.norm not in DE:
            in_pp = True
        elif is_adverb(t) or t.norm in TIME_WORDS or t.text[:1].isdigit():
            if not in_pp and not seen_object and cue.allows("inf"):
                k = _infinitive_at(p, j + 1, hi)
                if k >= 0:
                    return ("inf", k)
        elif t.text == ",":
            in_pp = False
        elif t.kind == "quote" or t.kind == "dots" or t.kind == "punct" and t.text in ".!?;:()«»":
            return None
        elif is_infinitive(t) and in_pp and cue.allows("inf") and not seen_object and j > 0 \
                and toks[j - 1].norm not in PREPOSITIONS and toks[j - 1].kind != "elision":
            return ("inf", j)  # « a annoncé dimanche dans un communiqué avoir saisi … »
        elif is_verbish(t) or (is_infinitive(t) and not in_pp):
            return None
        elif in_pp:
            pass
        elif is_determiner(t) or t.kind in ("word", "title", "elision"):
            if is_determiner(t) and j + 1 <= hi and toks[j + 1].norm in TIME_WORDS:
                j += 2
                steps += 2
                continue
            if not (cue.allows("a") or cue.allows("de")):
                return None  # a direct object: « annonce la mesure que … » is a relative clause
            seen_object = True
        j += 1
        steps += 1
    return None


_INSERTION_MARKS = frozenset({",", "-", "–", "—"})


def _insertion_end(p: Para, j: int, hi: int) -> int:
    """The mark closing an insertion opened by the same mark at ``j`` (a dash or comma) within
    INSERTION_REACH tokens, if an « à » or « de » + infinitive follows it; else -1."""
    toks = p.toks
    for k in range(j + 2, min(hi - 1, j + INSERTION_REACH) + 1):
        if toks[k].depth == 0 and toks[k].kind in ("punct", "dots") and toks[k].text != toks[j].text:
            return -1
        if toks[k].text == toks[j].text:
            ok = toks[k + 1].norm in INFINITIVE_PREPOSITIONS and _infinitive_at(p, k + 2, hi) >= 0
            return k if ok else -1
    return -1


def skip_inserted_source(p: Para, j: int, hi: int) -> int:
    """After « …, d'après Le Progrès, » between a verb and its complement (a relay): the complement."""
    toks = p.toks
    if j + 1 <= hi and toks[j].text == "," and toks[j].depth == 0:
        hit = selon_phrase_at(p, j + 1, hi, front=False)
        if hit is not None and hit[2] + 1 <= hi and toks[hit[2] + 1].text == ",":
            return hit[2] + 2
    return j


INSERTION_REACH = 8
"""Tokens of a phrase between commas that may stand between a verb and its object (« met en garde, hier
sur une radio publique, contre … »): longer, it is a clause of its own."""


def _names_words(p: Para, cue: Cue, start: int) -> bool:
    """Does the object at ``start`` report words? Always, but after a launching verb (« a lancé le « grand
    débat » »: a thing set going), where it must open on a quote mark or be headed by an utterance noun."""
    if cue.lemma not in LAUNCHING_VERBS or p.toks[start].kind == "quote":
        return True
    head = next((t for t in p.toks[start:start + 3] if t.kind == "word" and not is_determiner(t)), None)
    return head is not None and head.norm in SPEECH_ACT_NOUNS


def fragment_complement(p: Para, cue: Cue, hi: int) -> tuple[int, int] | None:
    """A complement with quoted words right after the cue: (content start, content end).

    Time words, adverbs, a parenthesis or a short phrase between commas may come between the verb and its
    object; quoted labels and a quoted adverbial (« a signalé « à plusieurs reprises » l'état … ») are not
    the quoted words looked for. « de » + a determiner opens an object only for a verb that takes one
    (« parler de la « crise » »; « relève d'une « logique » » is another verb)."""
    if not any(cue.allows(f) for f in ("obj", "of", "a", "de")):
        return None
    adverb = quoted_adverb_in(p.toks, cue)
    if adverb >= 0:
        return adverb, _object_end(p, cue.end + 1, hi)  # « a « formellement » démenti l'appel »: from the quoted word
    start = _object_start(p, cue, hi)
    if start is None:
        return None
    pair_close = _quoted_words_in_object(p, cue, start, hi)
    if pair_close is None or not _names_words(p, cue, start):
        return None
    toks = p.toks
    m = pair_close + 1
    open_i = p.pairs[toks[pair_close].pair].open_i if toks[pair_close].pair >= 0 else -1
    if cue.allows("de") and open_i > start + 1 and toks[open_i - 1].norm in DE and toks[start].kind != "quote":
        start = open_i  # « accuse son rival d'« insultes » »: the charge is the content, the person accused is not
    opener = toks[start]
    if opener.kind == "quote" and m <= hi and toks[m].norm in A_FORMS and start + 1 < pair_close \
            and not is_infinitive(toks[start + 1]) and cue.category == "directive" and not _quotes_before_stop(p, m, hi):
        return start, pair_close  # « a exigé « des excuses » au préfet »: the addressee is not content
    while m <= hi and not (toks[m].depth == 0 and toks[m].kind == "dots"):
        t = toks[m]
        if t.depth == 0 and t.kind == "punct" and t.text in ",;:.!?" and not (t.text == "," and _parallel_quote(p, m + 1, hi)):
            break  # (« appel à un retour au « calme », à « l'ordre » et à … »: parallel complements go on)
        if t.depth == 0 and m > pair_close and (t.norm == "en" and m + 1 <= hi and is_present_participle(toks[m + 1])
                                                or t.norm in CONCESSIVE_HEADS):
            break  # « a appelé à la « responsabilité » en disant … », « … « sanctions » malgré … »: the narrator's
        if t.depth == 0 and t.norm in CONJUNCTIONS and m + 1 <= hi and (
                _starts_predicate(p, m + 1) or toks[m + 1].norm in CLAUSE_RELATIVES
                or any(c.start == m + 1 and c.kind == "verb" for c in p.cues) or m > pair_close
                and own_subject_clause(p, m + 1, hi) >= 0):
            break  # « a dénoncé « un dossier vide » et annoncé … », « … « passage en force » et qui ouvre … »,
            # « a salué « un geste fort » mais plusieurs élus restent … »: a clause of the narrator's
        m += 1
    return start, _before_trailing_time(p, start, m - 1)


def _object_end(p: Para, k: int, hi: int) -> int:
    """Last token of the verb's object starting at ``k``: up to punctuation, a finite verb or « que »."""
    toks = p.toks
    m = k
    while m <= hi and not (toks[m].depth == 0 and (toks[m].kind in ("punct", "dots") or is_verbish(toks[m])
                                                   or toks[m].norm in QUE)):
        m += 1
    return m - 1


def _before_trailing_time(p: Para, start: int, end: int) -> int:
    """« se sont déclarées « intéressées » dimanche à 16 heures »: the time after the last quoted words is the
    narrator's."""
    toks = p.toks
    k = end
    while k > start and (toks[k].norm in TIME_WORDS or toks[k].text[:1].isdigit() or toks[k].norm in CLOCK_WORDS):
        k -= 1
    return k if k < end and toks[k].kind == "quote" and toks[k].role == "close" else end


def _object_start(p: Para, cue: Cue, hi: int) -> int | None:
    """First token of the object after the cue, past adverbs, times, a parenthesis or a phrase between commas."""
    toks = p.toks
    j = skip_inserted_source(p, cue.end + 1, hi)
    moved = True
    while moved and j <= hi:
        moved = False
        while j <= hi and (is_adverb(toks[j]) or toks[j].norm in TIME_WORDS) and toks[j].depth == 0:
            j, moved = j + 1, True
        n = adverbial_at(toks, j) if j <= hi else 0
        if n:
            j, moved = j + n, True  # « salue de son côté « … » »
        if j <= hi and toks[j].text in "(,":
            close = ")" if toks[j].text == "(" else ","
            k = j + 1
            while k <= hi and k <= j + INSERTION_REACH and toks[k].text != close and toks[k].kind not in ("quote", "dots") \
                    and not is_verbish(toks[k]) and toks[k].text not in ".;:!?(),":
                k += 1
            if k <= hi and k > j + 1 and toks[k].text == close:
                j, moved = k + 1, True  # « (avant de s'en excuser) », « , hier sur une radio publique, »
    if j <= hi and toks[j].norm in ADJUNCT_PREPOSITIONS:
        k = j + 1
        while k <= hi and k <= j + 5 and toks[k].word and not is_verbish(toks[k]) and toks[k].norm not in PREPOSITIONS:
            k += 1
        if k <= hi and k > j + 1 and toks[k].kind == "quote" and toks[k].role == "open":
            return k  # « a proclamé sur son blog « … » »: a place or channel, then the quoted words
        partitive = _partitive_after_channel(p, j, hi)
        if partitive > 0:
            return partitive  # « a exigé dans son discours d'investiture du « respect » »: the object comes after
    if j + 1 <= hi and toks[j].norm in TARGET_PREPOSITIONS and (
            toks[j + 1].kind == "quote" and toks[j + 1].role == "open" or cue.allows("obj") and is_determiner(toks[j + 1])):
        j += 1  # « a ironisé sur « … » », « met en garde contre le risque d'un « … » »: what follows is the content
    if j + 1 <= hi and toks[j].norm in DE and toks[j + 1].kind == "quote" and toks[j + 1].role == "open" \
            and (cue.allows("obj") or cue.allows("of")):
        j += 1  # « qualifie de « passage en force » »: the quoted words are the content
    if j > hi:
        return None
    k = j + 1 if toks[j].kind == "quote" and toks[j].role == "open" else j
    if k + 1 <= hi and toks[k].norm in DE and is_determiner(toks[k + 1]) and toks[k + 1].norm not in DE_ARTICLES \
            and not cue.allows("of"):
        return None  # « relève d'une logique « comptable » »: « relever de », not a speech act
    return j


def _partitive_after_channel(p: Para, j: int, hi: int) -> int:
    """« dans son discours d'investiture du « respect » »: after a channel phrase (a preposition, a determiner,
    a noun, maybe « d' » and a noun), a partitive object whose quoted words follow at once; its first token,
    or -1."""
    toks = p.toks
    k = j + 1
    if not (k + 1 <= hi and is_determiner(toks[k]) and toks[k + 1].kind == "word" and not is_verbish(toks[k + 1])):
        return -1
    k += 2
    if k + 1 <= hi and toks[k].norm in DE and toks[k + 1].kind == "word" and not is_determiner(toks[k + 1]):
        k += 2  # « d'investiture »
    if k + 1 <= hi and toks[k].norm in DE_BEFORE_QUOTE and toks[k + 1].kind == "quote" and toks[k + 1].role == "open":
        return k
    return -1


def _quoted_words_in_object(p: Para, cue: Cue, start: int, hi: int) -> int | None:
    """Closing token of the first quoted words (not a label, not a quoted adverbial) within the verb's reach
    from ``start``, before any punctuation, finite verb, « que » or second predicate; None if there are none."""
    toks = p.toks
    k = start
    while k <= hi and k < start + FRAGMENT_REACH:
        t = toks[k]
        if t.depth == 0 and t.kind == "quote" and t.role == "open":
            pair = p.pairs[t.pair]
            if pair.close_i >= 0 and (is_label(p, pair) or k == start and _quoted_adverbial(p, pair, hi)):
                k = pair.close_i + 1  # « les violences de certains « gilets jaunes » »: a label says nothing
                continue
            return pair.close_i if pair.close_i >= 0 else hi
        if t.depth == 0 and (t.kind == "punct" and t.text in ",;:.!?" or is_verbish(t) or t.norm in QUE):
            return None
        if t.depth == 0 and t.norm in PREDICATE_LINKS and k > start and _starts_predicate(p, k + 1):
            return None  # « a condamné un acte de piraterie et réclamé la libération « … » »: the next verb's
        k += 1
    return None


def _quoted_adverbial(p: Para, pair, hi: int) -> bool:
    """« a signalé « à plusieurs reprises » l'état du matériel »: quoted words that open with a preposition,
    right after the verb and before its object, say how, not what."""
    toks = p.toks
    first = toks[pair.open_i + 1] if pair.open_i + 1 < pair.close_i else None
    after = toks[pair.close_i + 1] if pair.close_i + 1 <= hi else None
    return first is not None and after is not None and first.norm in PREPOSITIONS and first.norm not in DE_ARTICLES \
        and is_determiner(after)


def _parallel_quote(p: Para, k: int, hi: int) -> bool:
    """After a comma, does a parallel complement with quoted words go on (« à « l'ordre » », « et à « … » »)?"""
    toks = p.toks
    if k <= hi and toks[k].norm == "et":
        k += 1
    if not (k <= hi and toks[k].norm in A_DE_FORMS):
        return False
    return any(t.kind == "quote" and t.role == "open" and t.depth == 0 for t in toks[k + 1:min(hi, k + 3) + 1])


def _quotes_before_stop(p: Para, k: int, hi: int) -> bool:
    """Do quoted words open between ``k`` and the next punctuation (« appelant « chaque citoyen » à « un
    regain de vigilance » »: the quoted addressee comes with quoted content)?"""
    toks = p.toks
    while k <= hi and not (toks[k].depth == 0 and toks[k].kind == "punct" and toks[k].text in ",;:.!?"):
        if toks[k].kind == "quote" and toks[k].role == "open" and toks[k].depth == 0:
            return True
        k += 1
    return False


def _starts_predicate(p: Para, k: int) -> bool:
    toks = p.toks
    while k < len(toks) and toks[k].norm in PREVERBAL_CLITICS:
        k += 1
    if k >= len(toks):
        return False
    t = toks[k]
    if is_verbish(t) or t.pos == "VERB":
        return True
    return t.kind == "word" and not t.cap and t.norm.endswith(PAST_PARTICIPLE_ENDINGS) and not is_determiner(t)


def complement_or_fragment(p: Para, cue: Cue, hi: int) -> bool:
    """Does the cue govern a reported complement (a clause, an infinitive or quoted words)?"""
    return complement(p, cue, hi) is not None or fragment_complement(p, cue, hi) is not None
