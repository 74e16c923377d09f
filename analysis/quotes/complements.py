"""The complement a reporting verb governs: a « que » clause, an infinitive, an indirect question,
a stance adjective (« s'est dit prêt à … ») or a noun phrase holding quoted words.

:func:`complement` finds where a clause or infinitive starts (« a affirmé mardi aux députés que … »,
« a confié avoir … », « a demandé aux habitants de rester … »); :func:`fragment_complement` finds
quoted words the verb governs (« a appelé à la «retenue» », « qualifie de « passage en force » »).
Both stop at the verb's reach: beyond it the words belong to another clause.
"""

from __future__ import annotations

from analysis.fr.grammar import DE, PAST_PARTICIPLE_ENDINGS, PREPOSITIONS
from analysis.fr.quote_words import QUE, STANCE_ADJECTIVES, TIME_WORDS
from analysis.quotes.cues import Cue, is_adverb
from analysis.quotes.labels import is_label
from analysis.quotes.paragraph import Para
from analysis.quotes.selon import selon_phrase_at
from analysis.quotes.tokens import is_determiner, is_infinitive, is_verbish

COMPLEMENT_REACH = 18
"""Tokens between a reporting verb and the « que » or infinitive of its complement: room for an object, an
addressee and a time (« a affirmé mardi aux députés de la commission des finances que … »), no more."""
FRAGMENT_REACH = 12
"""Tokens between a reporting verb and the quoted words of its complement (« a appelé à la « retenue » »)."""
_NEG = frozenset({"ne", "n'"})
_NEG2 = frozenset({"pas", "plus", "jamais", "rien", "guère", "point"})


def _infinitive_at(p: Para, j: int, hi: int) -> int:
    """Index of an infinitive at ``j`` (after « ne pas » or a clitic), else -1; returns the span start."""
    toks = p.toks
    k = j
    if k <= hi and toks[k].norm in _NEG:
        k += 1
        if k <= hi and toks[k].norm in _NEG2:
            k += 1
    if k + 1 <= hi and toks[k].norm in ("tout", "rien", "bien", "mieux", "davantage") and is_infinitive(toks[k + 1]):
        k += 1  # « de tout mettre en œuvre », « de ne rien céder »
    while k <= hi and toks[k].norm in ("le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "me", "m'", "nous", "vous") \
            and k + 1 <= hi and (is_infinitive(toks[k + 1]) or toks[k + 1].norm in ("y", "en", "le", "la", "les", "l'")):
        k += 1
    if k <= hi and is_infinitive(toks[k]) and toks[k].depth == 0:
        return j
    if k > j and k <= hi and toks[j].norm in _NEG and toks[k].kind == "word" and not toks[k].is_cap \
            and toks[k].norm.endswith(("er", "ir", "re", "oir")) and len(toks[k].norm) > 3 and toks[k].depth == 0:
        return j  # « a confié ne plus dormir »: after « ne plus », whatever the tagger says
    if k <= hi and toks[k].kind == "quote" and toks[k].role == "open" and k + 1 <= hi and is_infinitive(toks[k + 1]):
        return j
    return -1


def complement(p: Para, cue: Cue, hi: int) -> tuple[str, int] | None:
    """The reported complement after ``cue``: ('que'|'inf'|'si', first token of the content)."""
    toks = p.toks
    j = skip_inserted_source(p, cue.end + 1, hi)
    seen_object = False
    in_pp = False
    steps = 0
    while j <= hi and steps < COMPLEMENT_REACH:
        t = toks[j]
        if t.kind == "quote" and t.role == "open" and t.depth == 0 and p.pairs[t.pair].close_i > j \
                and is_label(p, p.pairs[t.pair]):
            j = p.pairs[t.pair].close_i + 1  # « accusent les « casseurs » d'avoir … »: a label in the object
            seen_object = seen_object or not in_pp
            steps += 1
            continue
        if t.depth:
            return None
        if t.norm in QUE:
            if cue.allows("que"):
                return ("que", j + 1)
            return None
        if t.norm == "si" and cue.allows("si") and steps == 0:
            return ("si", j + 1)
        if steps == 0 and cue.allows("adj") and t.kind == "word" and t.depth == 0 and (
                t.norm in STANCE_ADJECTIVES or t.pos == "ADJ") and j + 1 <= hi \
                and toks[j + 1].norm in ("à", "de", "d'", "que", "qu'"):
            return ("adj", j)  # « se sont dits prêts à rejoindre … » (a bare « s'est dit inquiet » is no content)
        if not in_pp and not seen_object and steps == 0 and cue.allows("inf"):
            k = _infinitive_at(p, j, hi)
            if k >= 0:
                return ("inf", k)
        if t.norm in DE and (cue.allows("de")) and _infinitive_at(p, j + 1, hi) >= 0:
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


def skip_inserted_source(p: Para, j: int, hi: int) -> int:
    """After « …, d'après Le Progrès, » between a verb and its complement (a relay): the complement."""
    toks = p.toks
    if j + 1 <= hi and toks[j].text == "," and toks[j].depth == 0:
        hit = selon_phrase_at(p, j + 1, hi, front=False)
        if hit is not None and hit[2] + 1 <= hi and toks[hit[2] + 1].text == ",":
            return hit[2] + 2
    return j


def fragment_complement(p: Para, cue: Cue, hi: int) -> tuple[int, int] | None:
    """A complement with quoted words right after the cue: (content start, content end)."""
    if not (cue.allows("obj") or cue.allows("a") or cue.allows("de")):
        return None
    toks = p.toks
    j = skip_inserted_source(p, cue.end + 1, hi)
    while j <= hi and (is_adverb(toks[j]) or toks[j].norm in TIME_WORDS) and toks[j].depth == 0:
        j += 1
    if j + 1 <= hi and toks[j].norm in ("sur", "contre") and (
            toks[j + 1].kind == "quote" and toks[j + 1].role == "open" or cue.allows("obj") and is_determiner(toks[j + 1])):
        j += 1  # « a ironisé sur « … » », « met en garde contre le risque d'un « … » »: what follows is the content
    if j + 1 <= hi and toks[j].norm in DE and toks[j + 1].kind == "quote" and toks[j + 1].role == "open" \
            and cue.allows("obj"):
        j += 1  # « qualifie de « passage en force » »: the quoted words are the content
    start = j
    pair_close = -1
    k = j
    while k <= hi and k < start + FRAGMENT_REACH:
        t = toks[k]
        if t.depth == 0 and t.kind == "quote" and t.role == "open":
            pair = p.pairs[t.pair]
            if is_label(p, pair) and pair.close_i >= 0:
                k = pair.close_i + 1  # « les violences de certains « gilets jaunes » »: a label says nothing
                continue
            pair_close = pair.close_i if pair.close_i >= 0 else hi
            break
        if t.depth == 0 and (t.kind == "punct" and t.text in ",;:.!?" or is_verbish(t) or t.norm in QUE):
            return None
        k += 1
    if pair_close < 0 or start > hi:
        return None
    m = pair_close + 1
    opener = toks[start]
    if opener.kind == "quote" and m <= hi and toks[m].norm in ("à", "au", "aux") and start + 1 < pair_close \
            and not is_infinitive(toks[start + 1]) and cue.category == "directive" and not _quotes_before_stop(p, m, hi):
        return start, pair_close  # « a exigé « des excuses » au préfet »: the addressee is not content
    while m <= hi and not (toks[m].depth == 0 and (toks[m].kind == "punct" and toks[m].text in ",;:.!?" or toks[m].kind == "dots")):
        if toks[m].depth == 0 and toks[m].norm in ("et", "mais", "puis", "ou") and m + 1 <= hi and (
                _starts_predicate(p, m + 1) or toks[m + 1].norm in ("qui", "que", "qu'", "dont")
                or any(c.start == m + 1 and c.kind == "verb" for c in p.cues)):
            break  # « a dénoncé « un dossier vide » et annoncé … », « … « passage en force » et qui ouvre … »
        m += 1
    return start, m - 1


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
    while k < len(toks) and toks[k].norm in ("ne", "n'", "l'", "le", "la", "les", "lui", "leur", "y", "en", "se", "s'"):
        k += 1
    if k >= len(toks):
        return False
    t = toks[k]
    if is_verbish(t) or t.pos == "VERB":
        return True
    return t.kind == "word" and not t.is_cap and t.norm.endswith(PAST_PARTICIPLE_ENDINGS) and not is_determiner(t)


def complement_or_fragment(p: Para, cue: Cue, hi: int) -> bool:
    """Does the cue govern a reported complement (a clause, an infinitive or quoted words)?"""
    return complement(p, cue, hi) is not None or fragment_complement(p, cue, hi) is not None
