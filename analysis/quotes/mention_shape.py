"""The one check every speaker mention passes: a noun phrase, repaired when it can be, else none.

A speaker mention is a nominal group headed by a noun, a proper noun or a pronoun. The readers of
:mod:`analysis.quotes.mentions` work on surface tokens and real text sometimes leads them astray (a
connector where the subject was expected, a phrase cut at « de » or « et », a clause run on), so
every quotation's mention goes through :func:`checked_mention` once the rules of a paragraph have
run. Repairs come first, in this order:

- page furniture before the phrase (« Lire aussi ») is left out;
- a connector (« d'ailleurs », « de même », « de toutes parts ») is not a mention: left out, and
  when nothing else is there, an incise's subject is looked for again after its verb;
- a cut end is completed: a partitive « de » takes its complement (« l'un d' » → « l'un d'entre
  eux »), « et » its second member (« la préfecture et » → « la préfecture et la gendarmerie »), an
  article the quoted label after it (« les » → « les « gilets jaunes » de Lunel »); what still
  dangles (a preposition, an article, « et », a comma) is dropped;
- a phrase that starts on « de » after a noun is the complement of a longer subject, which is
  taken (« de la région » → « Des boulangers du nord de la région »); a participial apposition
  alone (« visé par une enquête ») gives way to the noun phrase it describes;
- a participial or finite clause after the noun phrase (« …, suscitant une vague … », « …, 18 000
  selon la police ») is left out (an apposition stays: it is part of the noun phrase);

then what is left must be a noun phrase: never a negation (« Pas », « Nul », « Aucun »), and
holding a head — a noun, proper noun or pronoun by the tagger where the parser ran, by our word
lists elsewhere. Numbers, prepositional and time phrases name nobody: the mention is dropped.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from analysis.fr.grammar import (
    DE,
    DE_ARTICLES,
    DEMONSTRATIVES,
    NEGATIVE_WORDS,
    PAGE_FURNITURE,
    PARTITIVE_PRONOUNS,
    PARTITIVE_QUANTIFIERS,
    PAST_PARTICIPLE_ENDINGS,
    PRENOMINAL_PLURALS,
    QUANTITY_LEADS,
    SENTENCE_CONNECTORS,
)
from analysis.fr.morphology import AUXILIARIES
from analysis.fr.quote_words import (
    A_FORMS,
    ARTICLES,
    CLAUSE_CONJUNCTIONS,
    CLITICS,
    COORDINATORS,
    DU_DES,
    NOUN_PHRASE_DETERMINERS,
    NOUS_VOUS,
    PRONOUN_HEADS,
    PRONOUNS_AFTER_DE,
    QUE,
    QUE_QUI,
    RELATIVES,
    SE_EN,
    TIME_WORDS,
    YEAR_NOUNS,
)
from analysis.fr.reporting_verbs import speaking_nouns
from analysis.fr.speaker_words import INTRODUCING, POSSESSIVES
from analysis.nlp.matcher import PhraseTable, phrases
from analysis.nlp.rule_tokens import Tok
from analysis.quotes.cues import is_adverb_word
from analysis.quotes.mentions import Span, np_ending_at
from analysis.quotes.mentions_after import np_after, subject_after
from analysis.quotes.paragraph import Candidate, Para
from analysis.quotes.tokens import is_determiner, is_preposition, is_verbish

_CONNECTORS = PhraseTable(phrases(SENTENCE_CONNECTORS))
_FURNITURE = PhraseTable(phrases(PAGE_FURNITURE))
_HEAD_TAGS = frozenset({"NOUN", "PROPN", "PRON"})
_DANGLING = DE_ARTICLES | frozenset({"et", "ou", "ni", "mais", ",", "-", "(", ":"})


def checked_mention(p: Para, cand: Candidate) -> tuple[int, int] | None:
    """``cand.mention`` as a noun phrase (character offsets), repaired, or None when it names nobody."""
    if cand.mention is None:
        return None
    toks = p.toks
    found = _token_range(toks, *cand.mention)
    if found is None:
        return cand.mention  # not on token edges (« il » of « -t-il »): a pronoun, as found
    i, j = found
    lo, hi = p.unit_range(i)
    span = noun_phrase(toks, i, j, lo, hi)
    if span is None and _only_connector(toks, i, j) and cand.cue_span is not None and cand.end <= cand.cue_span[0]:
        # « « … », a tout de même concédé X »: the connector stood where the subject was looked for
        cue = _token_range(toks, *cand.cue_span)
        after = subject_after(toks, cue[1] + 1, hi) if cue is not None else None
        span = noun_phrase(toks, after[0], after[1], lo, hi) if after is not None else None
    return p.chars(*span) if span is not None else None


def noun_phrase(toks: Sequence[Tok], i: int, j: int, lo: int, hi: int) -> Span | None:
    """The mention ``toks[i:j + 1]`` repaired into a noun phrase within ``toks[lo:hi + 1]``, or None."""
    i = _after_glued_heading(toks, i, j)
    i += _FURNITURE.longest([t.norm for t in toks[i:j + 1]], 0)
    while i <= j and toks[i].kind == "punct":
        i += 1
    n = _connector_at(toks, i, j) or _fronted_adverbial(toks, i, j)
    if n:
        i += n
        while i <= j and toks[i].kind == "punct":
            i += 1
    if i > j or toks[i].norm in NEGATIVE_WORDS:
        return None  # « Pas », « Nul », « Aucun élu »: nobody spoke
    i, j = _complete_end(toks, i, j, hi)
    if i > j:
        return None
    i, j = _complete_start(toks, i, j, lo)
    i, j = _without_clause(toks, i, j)
    if i > j or not _has_head(toks, i, j):
        return None
    return i, j


def _token_range(toks: Sequence[Tok], start: int, end: int) -> Span | None:
    """Token indices of the characters ``[start, end)`` when they fall on token edges."""
    starts = [t.start for t in toks]
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end) - 1
    if i >= len(toks) or toks[i].start != start or j < i or toks[j].end != end:
        return None
    return i, j


def _after_glued_heading(toks: Sequence[Tok], i: int, j: int) -> int:
    """« Interpellations Le ministre », « co/3S7Qz L'association »: where a heading or a link glued to the
    sentence stops — after the last « / » of a link, at a capitalised article before a common noun."""
    for k in range(j, i - 1, -1):
        if toks[k].text == "/" and k + 2 <= j:
            i = k + 2
            break
    for k in range(i + 1, j):
        t = toks[k]
        if t.norm in ARTICLES | {"l'"} and t.text[:1].isupper() and toks[k + 1].kind == "word" and not toks[k + 1].cap:
            return k
    return i


def _connector_at(toks: Sequence[Tok], i: int, j: int) -> int:
    return _CONNECTORS.longest([t.norm for t in toks[i:j + 1]], 0)


def _fronted_adverbial(toks: Sequence[Tok], i: int, j: int) -> int:
    """Length of a prepositional phrase and its comma before the subject (« A ses côtés, X », « À l'inverse, Les
    Républicains »), or of « à » before the antecedent of a relative clause (« A plusieurs commerçants qui lui
    demandaient … »), else 0. A capital « A » opening the phrase stands for « À »."""
    first = toks[i]
    if not (is_preposition(first) and first.norm not in DE_ARTICLES or first.text == "A"):
        return 0
    comma = next((k for k in range(i + 1, j) if toks[k].text == "," and toks[k].depth == first.depth), None)
    if comma is not None:
        return comma + 1 - i
    if first.norm in A_FORMS or first.text == "A":
        after = j + 1 < len(toks) and toks[j + 1].norm in QUE_QUI
        return 1 if after and i < j and is_determiner(toks[i + 1]) else 0
    return 0


def _only_connector(toks: Sequence[Tok], i: int, j: int) -> bool:
    while i <= j and toks[i].kind == "punct":
        i += 1
    return i <= j and i + _connector_at(toks, i, j) > j


def _complete_end(toks: Sequence[Tok], i: int, j: int, hi: int) -> Span:
    """A mention cut at « de », « et » or an article goes on to its complement; else the dangling words go."""
    k = j
    while k >= i and _dangles(toks, i, k):
        k -= 1
    if k == j or k < i:
        return i, k
    cut = k + 1  # the first dangling word (« le procureur | de la », « l'un | d' », « la préfecture | et »)
    first = toks[cut]
    after = cut + 1
    if first.norm in DE_ARTICLES and after <= hi:
        if toks[after].norm == "entre" and after + 1 <= hi and toks[after + 1].norm in PARTITIVE_PRONOUNS:
            return i, after + 1  # « l'un d' | entre eux »
        if toks[after].norm in PARTITIVE_PRONOUNS:
            return i, after  # « l'un d' | eux »
    if (first.norm in DE_ARTICLES or first.norm in COORDINATORS) and after <= hi:
        span = np_after(toks, after, hi, appositions=False)
        if span is not None and span[1] >= j and _has_head(toks, *span) and not is_preposition(toks[span[0]]):
            return i, span[1]  # « le procureur de | la République », « la préfecture et | la gendarmerie »
    if is_determiner(first) and after <= hi and toks[after].kind == "quote":
        span = np_after(toks, cut, hi, appositions=False)
        if span is not None and span[1] > j:
            return i, span[1]  # « les | « gilets jaunes » de Lunel »
    return i, k


def _dangles(toks: Sequence[Tok], i: int, j: int) -> bool:
    """Is ``toks[j]`` a word a noun phrase cannot end on (a preposition, an article, « et », a comma, an
    opening mark, an adverb)? Pronouns stay (« l'un », « certains », « les deux », « à ses yeux »)."""
    t = toks[j]
    if t.norm in PRONOUN_HEADS and t.norm not in NOUS_VOUS:
        return False
    if t.norm in ARTICLES:
        return not (t.norm in INTRODUCING and j > i and toks[j - 1].norm == "l'") and not _lone_possessive(toks, i, j)
    if t.norm in NOUN_PHRASE_DETERMINERS and t.norm not in DE_ARTICLES:
        return t.norm in POSSESSIVES and not _lone_possessive(toks, i, j) or t.norm in DEMONSTRATIVES
    return t.norm in _DANGLING or t.kind == "punct" and t.text != ")" or is_preposition(t) or t.kind == "elision" \
        or t.kind == "quote" and t.role == "open" or j > i and _adverb(t)


def _adverb(t: Tok) -> bool:
    """An adverb by the tagger, or by our lists where the parser did not run (« gouvernement » is a noun)."""
    if t.cap:
        return False  # (the tagger calls some names adverbs)
    return t.pos == "ADV" if t.pos else is_adverb_word(t) and not t.norm.endswith("ement")


def _complete_start(toks: Sequence[Tok], i: int, j: int, lo: int) -> Span:
    """A partitive complement without its count (« d'entre eux » after « 67 % »), a demonstrative after « de »
    (« de ceux qui … »), a participial apposition alone (« visé par une enquête » after a comma: the noun
    phrase it describes)."""
    if toks[i].norm in DE_ARTICLES and i < j and toks[i + 1].norm in ("entre", *PARTITIVE_PRONOUNS):
        k = i - 1
        if k >= lo and toks[k].text == "%":
            k -= 1
        if k >= lo and (toks[k].text[:1].isdigit() or toks[k].norm in PARTITIVE_QUANTIFIERS):
            return k, j  # « 67 % | d'entre eux », « plusieurs | d'entre elles »
    if toks[i].norm in DE_ARTICLES and i < j and toks[i + 1].norm in PRONOUNS_AFTER_DE:
        return i + 1, j  # « le rappel de | ceux qui estiment … »
    if i - 2 >= lo and toks[i - 1].text == "," and _past_participle(toks[i]):
        span = np_ending_at(toks, i - 2, lo)
        if span is not None and _has_head(toks, *span) and not is_preposition(toks[span[0]]):
            return span  # « Marc Vidal, | visé par une enquête, | a appelé »: the noun phrase described
    return i, j


def _without_clause(toks: Sequence[Tok], i: int, j: int) -> Span:
    """The noun phrase without a participial or finite clause after a comma, nor a verb form at its end."""
    depth = 0
    for k in range(i + 1, j + 1):
        t = toks[k]
        depth += (t.text == "(") - (t.text == ")")
        if t.text != "," or depth or t.in_name or k + 1 > j:
            continue
        nxt = toks[k + 1]
        if _clause_opens(toks, k + 1) or _count_follows(toks, k + 1, j) or nxt.norm == "selon":
            j = k - 1  # « le dirigeant, suscitant une vague … », « la CGT, 18 000 selon la police »
            break
    while j > i and ((is_verbish(toks[j]) or _present_participle(toks[j])) and not _after_determiner(toks, j)
                     and not toks[j].cap or toks[j].kind == "punct" and toks[j].text != ")"):
        j -= 1  # « les « gilets jaunes » ayant »
    return i, j


def _count_follows(toks: Sequence[Tok], k: int, j: int) -> bool:
    """« , 18 000 selon la police »: a number after a comma that is not an age (« Paul, 56 ans, »)."""
    if toks[k].norm in COORDINATORS and k < j:
        k += 1  # « selon la police, et 14 000 d'après les organisateurs »
    return toks[k].text[:1].isdigit() and not (k + 1 <= j and toks[k + 1].norm in YEAR_NOUNS)


def _clause_opens(toks: Sequence[Tok], k: int) -> bool:
    """Does a participial or finite clause start at ``k`` (« suscitant », « se refusant », « en citant »,
    « déclenchant »), rather than an apposition (« manifestant à Nancy », « 56 ans »)?"""
    t = toks[k]
    if t.norm in SE_EN and k + 1 < len(toks):
        return _present_participle(toks[k + 1])
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not nxt.word:  # « Me Koning, jubilant »: the tagger may call it a noun
        return _present_participle(t) or t.pos == "NOUN" and _present_participle(t, tagged=False)
    if _present_participle(t):  # (« important soutien de … »: an adjective before its noun is an apposition)
        return is_determiner(nxt) or is_preposition(nxt) or nxt.norm in QUE
    return is_verbish(t) and not t.cap


def _present_participle(t: Tok, *, tagged: bool = True) -> bool:
    """« suscitant », « citant », « jubilant » (not « manifestant », « habitant »: nouns of the speaker lists)."""
    if t.kind != "word" or t.cap or not t.norm.endswith("ant") or t.norm in speaking_nouns():
        return False
    if not tagged:
        return True
    return t.pos in ("VERB", "AUX", "ADJ", "") and ("VerbForm=Part" in t.morph or not t.morph or t.pos == "ADJ")


def _past_participle(t: Tok) -> bool:
    """« visé », « arrêtée », « cités »: a past participle opening an apposition (tagged so, or by its form)."""
    if t.kind != "word" or t.cap:
        return False
    if t.pos:
        return "VerbForm=Part" in t.morph and "Tense=Past" in t.morph
    return t.norm.endswith(PAST_PARTICIPLE_ENDINGS) and len(t.norm) > 3


def _lone_possessive(toks: Sequence[Tok], i: int, j: int) -> bool:
    """« à ses yeux », « à leur avis »: the possessive alone stands for its owner."""
    return i == j and toks[i].norm in POSSESSIVES


def _has_head(toks: Sequence[Tok], i: int, j: int) -> bool:
    """Does ``toks[i:j + 1]`` hold a noun, a proper noun or a pronoun?"""
    if _lone_possessive(toks, i, j) or toks[j].norm in PRONOUN_HEADS:
        return True  # « à ses yeux », « certains », « les deux », « tous »: pronouns
    if is_preposition(toks[i]) and toks[i].norm not in DU_DES and not _plural_indefinite(toks, i) \
            and not (toks[i].norm in QUANTITY_LEADS and i < j and toks[i + 1].norm in DE_ARTICLES):
        return False  # « de la Bretagne », « au quatrième jour », « Avec sa centrale »: a complement, no subject
    for k in range(i, j + 1):
        t = toks[k]
        if t.kind == "title" or t.kind == "inv" or t.norm in PRONOUN_HEADS:
            return True
        if t.kind != "word" or t.text[:1].isdigit():
            continue
        if t.cap and t.norm not in NEGATIVE_WORDS:
            return True  # a name, or a capitalised word the phrase starts with
        if t.pos in _HEAD_TAGS or k > i and _after_determiner(toks, k):
            return True  # (a word right after an article is a noun, whatever the tagger said)
        if not t.pos and not _function_word(t) or i == j and t.pos == "ADV" and not is_adverb_word(t):
            return True  # (« santéplus estime »: an unknown word the tagger calls an adverb is a name)
    return False


def _plural_indefinite(toks: Sequence[Tok], i: int) -> bool:
    """« de nombreux élus », « d'autres manifestants »: « de » as the plural article before an adjective."""
    if toks[i].norm not in DE or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.norm in PRENOMINAL_PLURALS or toks[i].pos == "DET" and "Number=Plur" in nxt.morph


def _after_determiner(toks: Sequence[Tok], k: int) -> bool:
    """« un recensement », « le guide »: a word right after a determiner is a noun, whatever the tagger said."""
    return k > 0 and toks[k].kind == "word" and (toks[k - 1].norm in NOUN_PHRASE_DETERMINERS or toks[k - 1].norm == "l'")


def _function_word(t: Tok) -> bool:
    return t.norm in NOUN_PHRASE_DETERMINERS or is_preposition(t) or t.norm in AUXILIARIES or t.norm in CLITICS \
        or t.norm in RELATIVES or t.norm in CLAUSE_CONJUNCTIONS or t.norm in TIME_WORDS or _adverb(t) \
        or t.norm in NEGATIVE_WORDS

