"""The speaker phrase after a reporting verb or a preposition: « …, a rapporté sur Facebook le porte-parole,
Anton Miel. », « a-t-on appris de sources diplomatiques », « selon l'Institut national de la statistique (Insee) ».

:func:`np_after` reads the noun phrase starting at a token (with its appositions between commas, a complement in
« à » that belongs to it, a short quoted label); :func:`subject_after` skips what may stand between an inverted
verb and its subject (adverbs, adverbials, an adjunct between commas); :func:`source_after_on` reads the source
of an impersonal incise. The subject before the verb is :mod:`analysis.quotes.mentions`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.fr.grammar import DE, DE_ARTICLES, PAST_PARTICIPLE_ENDINGS, PREPOSITIONS
from analysis.fr.morphology import AUXILIARIES
from analysis.fr.quote_words import (
    A_FORMS,
    ANTECEDENT_RELATIVES,
    ARTICLES,
    DAY_WORDS,
    DEMONSTRATIVE_PRONOUNS,
    DU_DES,
    INSTITUTION_NOUNS,
    QUE,
    SOURCE_NOUNS,
    SOURCE_PLACE_PREPOSITIONS,
    SOURCE_PREPOSITIONS,
    SPEAKER_STRESSED_PRONOUNS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from analysis.fr.reporting_verbs import speaking_nouns
from analysis.nlp.rule_tokens import Tok
from analysis.quotes.cues import is_adverb
from analysis.quotes.np_words import (
    PHRASE_REACH,
    Span,
    adjective_after_name,
    bare_apposition,
    bare_conjunct,
    det_led,
    is_boundary,
    labels_a_noun,
    name_only,
    named_apposition,
    noun_after_determiner,
    np_word,
    quoted_label_end,
    role_apposition,
    trim_span,
)
from analysis.quotes.tokens import is_determiner, is_verbish


def _relative_end(toks: Sequence[Tok], i: int, hi: int) -> Span:
    """« celle qui … »: the demonstrative and its relative clause, up to the next boundary."""
    j = i + 1
    while j + 1 <= hi and j - i < 2 * PHRASE_REACH and not is_boundary(toks[j + 1]):
        j += 1
    return (i, j)


def np_after(toks: Sequence[Tok], i: int, hi: int, *, appositions: bool = True) -> Span | None:
    """The noun phrase starting at ``i`` (up to ``hi`` inclusive), with appositions between commas."""
    if i > hi:
        return None
    j = i
    tok = toks[i]
    if tok.norm in SUBJECT_PRONOUNS or tok.norm in SPEAKER_STRESSED_PRONOUNS:
        return (i, i)
    if tok.norm in DEMONSTRATIVE_PRONOUNS and i + 1 <= hi and toks[i + 1].norm in ANTECEDENT_RELATIVES | QUE:
        return _relative_end(toks, i, hi)  # « confie celle qui tient le café depuis vingt ans »
    seen_noun = False
    while j <= hi:
        tok = toks[j]
        if tok.kind == "quote":
            close = quoted_label_end(toks, j)
            if 0 < close <= hi and (labels_a_noun(toks, j) or j == i and _opens_quoted_name(toks, j, hi)):
                j, seen_noun = close + 1, True  # « les « gilets jaunes » de Lunel », « le « boxeur » »
                continue
        if tok.text == "(":
            k = j
            while k <= hi and toks[k].text != ")":
                k += 1
            if k > hi:
                break
            j = k + 1
            continue
        if tok.text == "." and j > i and j + 1 <= hi and _initial_dot(toks, j):
            j += 1  # « Paul H. Marin »: the dot of an initial inside a name
            continue
        if is_boundary(tok) or not (np_word(tok) or adjective_after_name(toks, j) or noun_after_determiner(toks, j)):
            break
        if tok.norm in PREPOSITIONS and tok.norm not in DE_ARTICLES:
            end = _a_complement_end(toks, i, j, hi) if seen_noun else -1
            if end < 0:
                break
            j = end + 1  # « le général à la retraite Paul Marin », « une source au ministère de l'Intérieur »
            continue
        if tok.norm in DE_ARTICLES and j + 1 <= hi and toks[j + 1].norm in TIME_WORDS:
            break
        if seen_noun and j > i and is_determiner(tok) and tok.norm not in DE_ARTICLES and toks[j - 1].norm not in DE_ARTICLES \
                and toks[j - 1].kind != "elision" and not (tok.cap and j + 1 <= hi and toks[j + 1].cap):
            break  # a new noun phrase: « les autorités locales | ce vendredi » (but « le quotidien Le Monde »)
        if tok.norm == "et" and not (j + 1 <= hi and (toks[j + 1].cap or det_led(toks, j + 1))
                                     or j > i and bare_conjunct(toks, j, hi)):
            break
        if seen_noun and tok.norm in DAY_WORDS and not tok.cap:
            break
        if tok.kind == "word" and not is_determiner(tok) and tok.norm not in DE_ARTICLES:
            seen_noun = True
        j += 1
    end = j - 1
    if end < i:
        return None
    if appositions:
        end = _relative_then_name(toks, i, end, hi)
        while end + 2 <= hi and toks[end + 1].text == ",":
            k = end + 2
            m = k
            while m <= hi and not is_boundary(toks[m]):
                m += 1
            seg_end = m - 1
            if seg_end < k:
                break
            closes = m > hi or toks[m].text in (",", ".", "!", "?", ";", ":") or toks[m].kind == "quote"
            if closes and (name_only(toks, k, seg_end) or bare_apposition(toks, k, seg_end)):
                end = seg_end
                continue
            if closes and m <= hi and toks[m].text == "," and name_only(toks, i, end) and role_apposition(toks, k, seg_end):
                end = seg_end  # « Luis Ferreira, l'entraîneur strasbourgeois, »: a name, then its role
                continue
            if closes and toks[m - 1 if m > hi else m].kind != "quote" and not any(t.cap for t in toks[i:end + 1]) \
                    and named_apposition(toks, k, seg_end) and toks[seg_end].cap:
                end = seg_end  # « le porte-parole de la police, l'intendant Alexandre Coimbra »: a role, then the name
                continue
            break
    return trim_span(toks, i, end)


NAME_COMPLEMENT_REACH = 4
"""Words an « à »-complement of a role may hold before the name that ends the phrase (« le délégué à la sécurité
routière Marc Lenoir »): longer, the complement is an adjunct of the clause, not part of the role."""


def _initial_dot(toks: Sequence[Tok], j: int) -> bool:
    """Is the dot at ``j`` an initial's, between a capitalised word before the initial and a capitalised word
    after it, all touching (« Paul H. Marin »)?"""
    initial, nxt = toks[j - 1], toks[j + 1]
    return len(initial.text) == 1 and initial.text.isupper() and initial.end == toks[j].start and j - 2 >= 0 \
        and toks[j - 2].cap and toks[j - 2].kind == "word" and nxt.cap and nxt.kind == "word"


def _a_complement_end(toks: Sequence[Tok], i: int, j: int, hi: int) -> int:
    """Last index of a complement in « à » at ``j`` that belongs to the noun phrase started at ``i``, else -1:
    a role's complement before the name that ends the phrase (« le secrétaire d'État à l'Intérieur Paul Marin »,
    « le général à la retraite Paul Marin »), an institution an unnamed source speaks from (« une source au
    ministère de l'Intérieur »), the place after a participle (« un passant rencontré à Valmont »). The phrase
    must end there (a boundary follows): « a répondu le maire au député Paul Marin » keeps its addressee out."""
    if toks[j].norm not in A_FORMS or j == i or toks[j - 1].kind != "word":
        return -1
    m = j + 1
    if m <= hi and (toks[m].norm in ARTICLES or toks[m].kind == "elision"):
        m += 1
    if m > hi or toks[m].kind != "word" or is_verbish(toks[m]) and not toks[m].cap:
        return -1
    head, prev = toks[m], toks[j - 1]
    k = m + 1
    while k <= hi and k - m < NAME_COMPLEMENT_REACH and toks[k].kind == "word" and not toks[k].cap \
            and np_word(toks[k]) and not is_determiner(toks[k]):
        k += 1  # « à la sécurité routière »
    e = k
    while e <= hi and toks[e].kind == "word" and toks[e].cap:
        e += 1
    ends = e > hi or is_boundary(toks[e])
    if e - k >= 2 and ends and head.norm not in speaking_nouns() and not is_determiner(toks[k]):
        return e - 1
    placed = prev.norm in SOURCE_NOUNS and head.norm in INSTITUTION_NOUNS or (
        not prev.cap and prev.norm.endswith(PAST_PARTICIPLE_ENDINGS) and head.cap and toks[j - 1] is not toks[i])
    if not placed:
        return -1
    e = m + 1
    while e <= hi and toks[e].kind == "word" and toks[e].cap:
        e += 1
    while e + 1 <= hi and toks[e].norm in DE_ARTICLES:  # « au ministère de l'Intérieur », « au sein du gouvernement »
        n = e + 1
        if n <= hi and (toks[n].norm in ARTICLES or toks[n].kind == "elision"):
            n += 1
        if n > hi or toks[n].kind != "word" or is_verbish(toks[n]) and not toks[n].cap:
            break
        e = n + 1
        while e <= hi and toks[e].kind == "word" and toks[e].cap:
            e += 1
    return e - 1 if e > hi or is_boundary(toks[e]) else -1


def _relative_then_name(toks: Sequence[Tok], i: int, end: int, hi: int) -> int:
    """« selon un témoin qui a filmé la scène, Cyprien Roux, … »: a role with its relative clause, then the
    name in apposition between commas; the name belongs to the mention (else ``end`` stays)."""
    if end + 1 > hi or toks[end + 1].norm not in ANTECEDENT_RELATIVES | QUE or name_only(toks, i, end):
        return end
    comma = next((k for k in range(end + 2, min(hi, end + PHRASE_REACH) + 1) if is_boundary(toks[k])), None)
    if comma is None or toks[comma].text != ",":
        return end
    m = comma + 1
    while m <= hi and not is_boundary(toks[m]):
        m += 1
    if m > comma + 1 and (m > hi or toks[m].text == ",") and name_only(toks, comma + 1, m - 1):
        return m - 1
    return end


def subject_after(toks: Sequence[Tok], i: int, hi: int) -> Span | None:
    """The subject of an inverted incise, starting the search at ``i`` (after the verb)."""
    j = i
    steps = 0
    in_pp = False
    while j <= hi and steps < PHRASE_REACH:
        tok = toks[j]
        if is_adverb(tok) and tok.norm not in PREPOSITIONS or tok.norm in TIME_WORDS or tok.kind == "num" or tok.text.isdigit():
            j += 1  # (« auprès », tagged an adverb, opens the phrase of the medium told: « auprès du Monde »)
            steps += 1
            continue
        if tok.norm in PREPOSITIONS and tok.norm not in DE_ARTICLES or (tok.norm in DE and in_pp is False and j == i):
            # (« des », « du » right after the verb are articles: « ont affirmé des habitants »)
            in_pp = True
            j += 1
            steps += 1
            continue
        if in_pp and tok.norm in DE_ARTICLES and j > i and toks[j - 1].kind == "word" and not toks[j - 1].cap \
                and not is_determiner(toks[j - 1]) and toks[j - 1].norm not in PREPOSITIONS:
            j += 1  # « en point de presse », « en conférence de presse »: the adverbial goes on
            steps += 1
            continue
        if in_pp:
            # inside an adverbial phrase: skip until a determiner or name starts the subject
            prev = toks[j - 1] if j > i else None
            after_noun = prev is not None and not (prev.norm in PREPOSITIONS or prev.kind == "elision" or is_determiner(prev))
            if (is_determiner(tok) or tok.kind == "title") and j > i and after_noun or (
                tok.cap and after_noun and prev is not None and (not prev.cap or _acronym_then_name(prev, tok)
                                                                    or _name_after_one_word_place(toks, j, hi))
            ):
                in_pp = False  # (« a dit à l'AFP Paul Merle »: the medium's acronym, then the speaker's name)
                continue
            if tok.norm in DE_ARTICLES or is_determiner(tok) or tok.kind in ("word", "elision"):
                j += 1
                steps += 1
                continue
            if tok.text == "," and after_noun and j < hi and toks[j + 1].cap and toks[j + 1].kind == "word" \
                    and not any(t.norm == "par" for t in toks[i:j]):
                in_pp = False  # « estime à ses côtés, Paul, brocanteur »: the adverbial ends at its comma
                j += 1
                steps += 1
                continue
            return None
        if tok.text == "," and j < hi:
            close = _inserted_adjunct_end(toks, j, hi)
            if close > 0:
                steps += close - j
                j = close + 1  # « nous a répondu, hier, un éboueur », « estime, enthousiaste, Jeanne Morel »
                continue
            if j > i and not in_pp and (toks[j - 1].norm in TIME_WORDS or is_adverb(toks[j - 1])):
                last = np_after(toks, j + 1, hi)
                if last is not None and (last[1] == hi or toks[last[1] + 1].text in ".!?"):
                    return last  # « …, a indiqué jeudi, le ministre de l'Intérieur X. »: a comma before the subject
        if _opens_quoted_name(toks, j, hi):
            return np_after(toks, j, hi)  # « lâche « Mimi », une retraitée »: a nickname in quote marks
        if is_boundary(tok):
            return None
        if is_determiner(tok) and j + 1 <= hi and toks[j + 1].norm in TIME_WORDS:
            j += 2
            steps += 2
            continue
        return np_after(toks, j, hi)
    return None


def _opens_quoted_name(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """Does a short quoted name open at ``j`` (« « Mimi » », « "Le Grand" »): capitalised words between marks?"""
    close = quoted_label_end(toks, j)
    return 0 < close <= hi and all(t.cap or t.kind != "word" for t in toks[j + 1:close]) and toks[j + 1].cap


INSERT_REACH = 5
"""Tokens an adjunct inserted between commas after an incise verb may hold (« , hier soir, »)."""


def _inserted_adjunct_end(toks: Sequence[Tok], k: int, hi: int) -> int:
    """Index of the comma closing an adjunct that opens with the comma at ``k`` (« , hier, », « , ému, »,
    « , dans un communiqué, »), else -1: an adverb, a time word, an adjective or a prepositional phrase,
    never a name or a noun phrase (that would be the subject itself)."""
    first = toks[k + 1]
    if first.cap or first.kind != "word" or is_determiner(first) or first.norm in AUXILIARIES:
        return -1
    if k + 2 <= hi and toks[k + 2].text == ",":
        return k + 2  # one word between commas (the tagger often reads « enthousiaste » as a verb)
    if is_verbish(first):
        return -1
    for m in range(k + 2, min(hi, k + INSERT_REACH + 1) + 1):
        x = toks[m]
        if x.text == ",":
            return m
        if is_boundary(x) or is_verbish(x):
            return -1
    return -1


def _name_after_one_word_place(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """« a écrit sur Facebook Paul Marin, … », « a dit à Valmont Léa Morin. »: after a preposition and one
    capitalised word (a platform, a town), exactly two capitalised words ending the phrase are the speaker's
    name (a longer run is ambiguous: « sur France Info Paul Marin »)."""
    if j - 2 < 0 or toks[j - 2].norm not in PREPOSITIONS or not toks[j - 1].cap or toks[j - 1].kind != "word":
        return False
    run = j
    while run <= hi and toks[run].cap and toks[run].kind == "word":
        run += 1
    return run - j == 2 and (run > hi or is_boundary(toks[run]))


def _acronym_then_name(prev: Tok, tok: Tok) -> bool:
    """« l'AFP Paul Merle »: a word in capitals, then a capitalised word that is not."""
    return prev.kind == "word" and len(prev.text) > 1 and prev.text.isupper() and not tok.text.isupper()


def source_after_on(toks: Sequence[Tok], i: int, hi: int) -> Span | None:
    """The source of an impersonal incise: « a-t-on appris (vendredi) de sources diplomatiques »."""
    j = i
    while j <= hi and j < i + 8:
        tok = toks[j]
        if tok.norm in SOURCE_PLACE_PREPOSITIONS and j + 1 <= hi:
            # « assure-t-on à l'Élysée », « explique-t-on dans l'entourage du ministre »
            span = np_after(toks, j + 1, hi)
            if span is not None and any(t.cap or t.norm in INSTITUTION_NOUNS for t in toks[span[0]:span[1] + 1]):
                return span
        if tok.norm in SOURCE_PREPOSITIONS:
            k = j + 1
            if tok.norm == "auprès" and k <= hi and toks[k].norm in DE_ARTICLES:
                k += 1
            if tok.norm in DU_DES:
                k = j
                span = np_after(toks, k, hi)
                return (span[0] + 0, span[1]) if span else None
            return np_after(toks, k, hi) if k <= hi else None
        if is_boundary(tok):
            return None
        j += 1
    return None
