"""The raw speaker mention: the noun phrase (or pronoun) that a cue attributes the content to.

Surface rules over the paragraph tokens, because the small French parser often gets exactly
these phrases wrong (« Le président russe Vladimir | Poutine »). Three shapes cover news text:
- before the verb: « Le porte-parole du Kremlin, Ivan Sorokine, a déclaré … » (appositions
  between commas belong to the subject, a fronted adverbial « Au port de Saint-Arnoult, » does not);
- after the verb, in an incise: « …, a rapporté sur Facebook le porte-parole, Anton Miel. »,
  « a-t-il dit », « a-t-on appris de sources diplomatiques »;
- after a preposition: « selon l'Institut national de la statistique (Insee) ».
Resolution (pronouns, roles, aliases) belongs to :mod:`analysis.speakers`.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.fr.grammar import (
    CLAUSE_ONLY_SUBORDINATORS,
    DE,
    DE_ARTICLES,
    DE_FORMS_FULL,
    PREPOSITIONS,
    QUANTITY_LEADS,
    SUBORDINATOR_WORDS,
)
from analysis.fr.morphology import AUXILIARIES, NON_PLURAL_ENT_ENDINGS, PLURAL_1_2_ENDINGS
from analysis.fr.quote_words import (
    ANTECEDENT_RELATIVES,
    AUXILIARY_PRESENT_3,
    CLAUSE_CONJUNCTIONS,
    CLITICS,
    CONJUNCTIONS,
    DEMONSTRATIVE_PRONOUNS,
    DETACHED_PRONOUNS,
    DU_DES,
    FEMININE_DEFINITE,
    INSTITUTION_NOUNS,
    IRREGULAR_PLURAL_1_2,
    LEADING_CONNECTORS,
    NOUS_VOUS,
    PLURAL_VERB_FORMS,
    PRONOUN_MENTIONS,
    QUE,
    RELATIVES,
    SINGULAR_DETERMINERS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TOUS_FORMS,
)
from analysis.fr.reporting_verbs import forms
from analysis.nlp.rule_tokens import Tok
from analysis.quotes.cues import is_adverb, is_adverb_word
from analysis.quotes.np_words import (
    PHRASE_REACH,
    Span,
    bare_apposition,
    bare_conjunct,
    described_name,
    det_led,
    is_boundary,
    labels_a_noun,
    name_only,
    named_apposition,
    np_word,
    opens_phrase,
    participial_apposition,
    quoted_label_end,
    quoted_label_start,
    trim_span,
)
from analysis.quotes.tokens import after_time_stamp, is_determiner, is_verbish


def _last_np(toks: Sequence[Tok], span: Span | None) -> Span | None:
    """The antecedent of a relative pronoun: the last noun phrase of ``span`` (« Rencontre avec | une
    cinéaste », « accueillie par | les syndicats d'enseignants », « annoncé jeudi | leur syndicat »), or the
    person's name (two capitalised words at least) that completes it after « de » (« le recul d'| Emmanuel Macron »)."""
    if span is None:
        return None
    i, j = span
    name = j
    while name - 1 >= i and toks[name - 1].cap and toks[name - 1].kind == "word":
        name -= 1
    if j - name >= 1 and name - 1 > i and toks[name - 1].norm in DE and toks[name].kind == "word" and not toks[name].in_name \
            and toks[name - 2].kind == "word" and not toks[name - 2].cap and toks[name - 2].norm not in INSTITUTION_NOUNS:
        return (name, j)  # « le premier recul d'Emmanuel Macron qui … »: the person named, not the recul
    start = j
    k = j
    while k >= i:
        t = toks[k]
        if t.norm in PREPOSITIONS and t.norm not in DE_ARTICLES or not (np_word(t) or t.text in ("(", ")")) \
                or (t.kind == "word" and not t.cap and forms().get(t.norm) and not is_determiner(t)):
            break
        if is_determiner(t) or t.kind == "title" or t.cap or t.kind == "elision" and t.norm in ("l'",):
            start = k  # a noun phrase can start here
        k -= 1
    return (start, j) if start <= j else span


def _segment_start(toks: Sequence[Tok], j: int, lo: int) -> int:
    """First token of the phrase that ends at ``j``, going back to a clause boundary."""
    k = j
    while k >= lo:
        tok = toks[k]
        if tok.in_name:
            k -= 1  # a body's full name is one noun phrase, commas and « et » included
            continue
        if tok.kind == "quote":
            o = quoted_label_start(toks, k)
            if o > lo and labels_a_noun(toks, o):
                k = o - 1  # « Les « gilets verts » du nord … ont annoncé »: quote marks inside the subject
                continue
        if tok.kind == "punct" and tok.text == ")":
            depth = 0
            while k >= lo:
                if toks[k].text == ")":
                    depth += 1
                elif toks[k].text == "(":
                    depth -= 1
                    if depth == 0:
                        break
                k -= 1
            k -= 1
            continue
        if tok.text == "%" and k < j and k - 1 >= lo and toks[k - 1].text.replace(",", "").isdigit():
            k -= 2  # « 43 % des sondés considèrent … »: the share is part of the subject
            continue
        if is_boundary(tok) or not np_word(tok) or tok.norm in SUBJECT_PRONOUNS and k != j:
            return k + 1
        if tok.norm in CLAUSE_ONLY_SUBORDINATORS and k != j:
            return k + 1  # « Il est parti quand le ministre X lui a proposé … »: the subject starts after « quand »
        if tok.norm == "et":
            before = toks[k - 1] if k - 1 >= lo else None
            after = toks[k + 1] if k + 1 <= j else None
            if before is not None and after is not None and before.text[:1].isdigit() and after.text[:1].isdigit():
                k -= 1  # « le champion de 2007 et 2008 », « les 5 et 6 octobre »: two numbers, one phrase
                continue
            of_name = after is not None and after.norm in DE_ARTICLES and k + 2 <= j and (
                toks[k + 2].cap or toks[k + 2].norm in FEMININE_DEFINITE and k + 3 <= j and toks[k + 3].cap)
            if not (before is not None and after is not None and (before.cap and (after.cap or det_led(toks, k + 1))
                                                                   or of_name or _noun_phrase_conjuncts(toks, k, lo)
                                                                   or bare_conjunct(toks, k, j))):
                return k + 1  # (« ministre de la Transition écologique et du Logement » is one noun phrase)
        k -= 1
    return lo


def _noun_phrase_conjuncts(toks: Sequence[Tok], k: int, lo: int) -> bool:
    """Does « et » at ``k`` join two noun phrases of one subject (« La préfecture et la gendarmerie ont dit »,
    « le ministre de l'Action et des Comptes publics a chiffré »)? The right one opens with a determiner, « de »
    or a name; the left one runs back to a clause boundary with noun-phrase words only (no verb form at all,
    whatever its tense: « Il a rencontré le maire et la préfète a dit » is two clauses) and opens like a noun
    phrase."""
    if k + 1 >= len(toks) or not (det_led(toks, k + 1) or toks[k + 1].norm in DE_ARTICLES):
        return False
    m = k - 1
    while m >= lo and not is_boundary(toks[m]) and m > k - PHRASE_REACH:
        t = toks[m]
        if t.pos in ("VERB", "AUX") and not t.cap or is_verbish(t) or t.norm in RELATIVES or t.norm in SUBJECT_PRONOUNS \
                or t.norm in CLAUSE_CONJUNCTIONS or t.kind == "quote":
            return False
        m -= 1
    first = m + 1
    return first < k and (m < lo or is_boundary(toks[m])) and (det_led(toks, first) or toks[first].kind == "title")


def _np_start_within(toks: Sequence[Tok], i: int, j: int) -> int:
    """Where the subject starts inside a phrase that may open with an adverbial (no comma)."""
    i = after_time_stamp(toks, i)  # « 11h10 - La fédération … »
    if i < j and toks[i].norm in QUANTITY_LEADS and (toks[i + 1].norm in DE_ARTICLES or toks[i + 1].text[:1].isdigit()):
        return i  # « Près de 21 000 personnes », « Plus d'un Français sur deux »: a quantity is the subject
    while i <= j and (toks[i].norm in LEADING_CONNECTORS or is_adverb(toks[i])
                      or toks[i].norm in SUBORDINATOR_WORDS and i < j):  # « …, quand Libération regrette … »
        if i == j and toks[i].pos == "ADV" and not is_adverb_word(toks[i]):
            break  # « …, santéplus estime »: an unknown word the tagger calls an adverb is the subject
        i += 1
    if i > j or not (toks[i].norm in PREPOSITIONS or toks[i].norm in TIME_WORDS):
        return i
    if toks[i].norm in DU_DES and i < j and (toks[i + 1].kind == "word" and toks[i + 1].norm not in TIME_WORDS
                                                    and toks[i + 1].norm != "côté" or quoted_label_end(toks, i + 1) > 0):
        return i  # « Des boulangers du nord de la région ont annoncé »: an article, not « de » + « les »
    # a fronted adverbial without a comma: the subject is the last phrase that starts a new noun phrase
    best = i
    for k in range(i + 1, j + 1):
        prev = toks[k - 1]
        if det_led(toks, k) and prev.norm not in PREPOSITIONS and prev.kind != "elision" and not det_led(toks, k - 1) \
                and (not is_determiner(toks[k]) or opens_phrase(toks, k)):
            best = k  # (« du » after a noun completes it: « selon un porte-parole | du groupe » is one phrase)
    return best


def subject_before(toks: Sequence[Tok], verb_start: int, lo: int) -> Span | None:
    """The subject before the verb group starting at ``verb_start`` (None: no subject there)."""
    j = verb_start - 1
    while j >= lo and toks[j].norm in CLITICS and toks[j].norm not in NOUS_VOUS:
        j -= 1
    if j < lo:
        return None
    tok = toks[j]
    if tok.norm in NOUS_VOUS and j - 1 >= lo and verb_start < len(toks) \
            and not _first_or_second_plural(toks[verb_start]) and (np_word(toks[j - 1]) or toks[j - 1].norm in SUBJECT_PRONOUNS):
        j -= 1  # « X nous a confié que … »: « nous » is the addressee, the verb agrees with X
        while j >= lo and toks[j].norm in CLITICS and toks[j].norm not in NOUS_VOUS:
            j -= 1
        if j < lo:
            return None
        tok = toks[j]
    elif tok.norm in NOUS_VOUS and verb_start < len(toks) and not _first_or_second_plural(toks[verb_start]):
        return None  # « « … », nous a répondu un éboueur »: the addressee; the subject follows the verb
    if tok.norm in SUBJECT_PRONOUNS:
        return (j, j)
    if tok.norm in CONJUNCTIONS:
        return _relative_subject_before(toks, j, lo)  # « l'Union, qui n'a pas reconnu … et l'a menacé de … »
    if tok.norm == "qui":
        k = j - 1
        if k >= lo and toks[k].text == ",":
            k -= 1
        if k >= lo and toks[k].norm in DEMONSTRATIVE_PRONOUNS:
            return (k - 1, k) if k - 1 >= lo and toks[k - 1].norm in TOUS_FORMS else (k, k)  # « ceux qui … »
        before_apposition = _before_bare_apposition(toks, k, lo) if k + 1 < j else None
        if before_apposition is not None:
            return before_apposition  # « la fédération X, troisième syndicat du secteur, qui a invité … »
        if k < lo:
            return None
        antecedent = _quoted_label_np(toks, k, lo) or _last_np(toks, np_ending_at(toks, k, lo))
        return _coordinated(toks, _agreeing_complement(toks, antecedent, verb_start), lo)
    if tok.text == "," and j - 1 >= lo:
        # « Le président du Portugal, pays d'Europe du Sud, a ordonné »; « X, qui dirige Y, a dit »
        seg = _segment_start(toks, j - 1, lo)
        if seg <= j - 1 and toks[seg].norm in ANTECEDENT_RELATIVES and seg - 1 > lo and toks[seg - 1].text == ",":
            return np_ending_at(toks, seg - 2, lo, enclosed=True)
        comma = next((k for k in range(j - 1, lo, -1) if toks[k].text == "," and toks[k].depth == toks[j].depth
                      and not toks[k].in_name), None)
        if comma is not None and comma + 1 < j and toks[comma + 1].norm in ANTECEDENT_RELATIVES and comma - 1 >= lo:
            return np_ending_at(toks, comma - 1, lo, enclosed=True)  # « Samia, dont le fils a été …, dit … »
        if seg == j - 1 and toks[seg].norm in DETACHED_PRONOUNS and seg - 1 > lo and toks[seg - 1].text == ",":
            return np_ending_at(toks, seg - 2, lo)  # « Les syndicats, eux, jugent … »
        if seg <= j - 1 and seg - 1 > lo and toks[seg - 1].text == "," and (
            name_only(toks, seg, j - 1) or bare_apposition(toks, seg, j - 1) or named_apposition(toks, seg, j - 1)
            or participial_apposition(toks, seg, j - 1)
            or described_name(toks, (_segment_start(toks, seg - 2, lo), seg - 2), seg, j - 1)
        ):
            return np_ending_at(toks, j - 1, lo, enclosed=True)
        before = _before_relative_in_apposition(toks, j - 1, lo)
        if before is not None:
            return before  # « X, député de Y qui a voté contre, a annoncé »: the relative belongs to the apposition
        if seg <= j - 1 and seg - 1 > lo and toks[seg - 1].text == "," and toks[seg].norm in PREPOSITIONS \
                and not any(is_verbish(t) for t in toks[seg:j]):
            # « Les assureurs, par la voix de leur fédération, appellent … »: an adverbial between commas
            if seg - 3 >= lo and toks[seg - 2].norm == "qui" and toks[seg - 3].text != ",":
                return _last_np(toks, np_ending_at(toks, seg - 3, lo))  # « le recul de X qui, depuis mai, s'était … »
            span = np_ending_at(toks, seg - 2, lo)
            if span is not None and (span[0] in (lo, after_time_stamp(toks, lo)) or toks[span[0] - 1].text in (",", ":", ";")) \
                    and toks[span[0]].norm not in PREPOSITIONS:
                return span
        return _before_participial_apposition(toks, j, lo)
    if j - 1 >= lo and toks[j - 1].text == "," and tok.kind == "word" and not tok.cap and is_verbish(tok) \
            and tok.norm not in SUBJECT_PRONOUNS and not forms().get(tok.norm) and tok.norm not in AUXILIARY_PRESENT_3:
        return (j, j)  # « Dans un communiqué, santéplus estime … »: two finite verbs cannot follow each other
    if _closes_noun_label(toks, j, lo):
        return np_ending_at(toks, j, lo)  # « Les « gilets jaunes » ont affirmé »: the subject ends on a quoted label
    if _quoted_np(toks, j, lo) is not None:
        return _quoted_np(toks, j, lo)  # « « Les marcheurs » disent … »: the whole noun phrase in quote marks
    if is_boundary(tok) and tok.text != ")" or tok.norm in CLAUSE_CONJUNCTIONS or not np_word(tok) and tok.text != ")":
        return None
    span = _with_demonstrative_head(toks, np_ending_at(toks, j, lo), lo)
    return _relative_antecedent(toks, span, lo) or _listed_names(toks, span, lo)


def _closes_noun_label(toks: Sequence[Tok], j: int, lo: int) -> bool:
    """Does ``toks[j]`` close a short quoted label that is part of a noun phrase (« les « gilets jaunes » »,
    « 150 « gilets jaunes » »)?"""
    o = quoted_label_start(toks, j)
    return o > lo and labels_a_noun(toks, o)


def _quoted_np(toks: Sequence[Tok], j: int, lo: int) -> Span | None:
    """« « les marcheurs » »: a short quoted label closing at ``j`` that is a common noun phrase of its own (a
    determiner, then lower-case words), marks included; else None."""
    o = quoted_label_start(toks, j)
    if o < lo or o + 2 > j - 1 or not is_determiner(toks[o + 1]) or toks[o + 1].norm in DE_ARTICLES:
        return None
    inner = toks[o + 2:j]
    return (o, j) if all(np_word(t) and not t.cap for t in inner) else None  # (« « La France en colère » »: a name)


def _coordinated(toks: Sequence[Tok], span: Span | None, lo: int) -> Span | None:
    """« le pouvoir et ses chiens de garde, qui … »: the antecedent ``span`` after « et » joined to the noun
    phrase before it when both open with a determiner (else ``span``)."""
    if span is None or span[0] - 2 < lo or toks[span[0] - 1].norm != "et" or not opens_phrase(toks, span[0]):
        return span
    left = _last_np(toks, np_ending_at(toks, span[0] - 2, lo))
    return (left[0], span[1]) if left is not None and opens_phrase(toks, left[0]) else span


def _listed_names(toks: Sequence[Tok], span: Span | None, lo: int) -> Span | None:
    """« Bruxelles, Prague et Lisbonne ont conseillé … »: names listed with commas before the last two joined
    by « et » are one subject, from the start of the clause (else ``span``)."""
    words = [t for t in toks[span[0]:span[1] + 1] if t.kind == "word"] if span is not None else []
    if not any(t.norm == "et" for t in words) or not all(t.cap or t.norm == "et" for t in words):
        return span
    start = span[0]
    while start - 2 >= lo and toks[start - 1].text == "," and toks[start - 2].cap:
        seg = _segment_start(toks, start - 2, lo)
        if seg > start - 2 or not name_only(toks, seg, start - 2):
            return span
        start = seg
    opens_clause = start == lo or is_boundary(toks[start - 1]) and toks[start - 1].text != ","
    return (start, span[1]) if opens_clause else span


def _relative_antecedent(toks: Sequence[Tok], span: Span | None, lo: int) -> Span | None:
    """« Les policiers qui ont interpellé le suspect ont affirmé »: the phrase read back from the verb ends a
    relative clause opened by « qui » (no comma between); the subject is the antecedent before « qui »
    (None when there is no such clause)."""
    if span is None or toks[span[0]].norm in SUBJECT_PRONOUNS:
        return None
    for q in range(span[0] - 1, max(lo, span[0] - 2 * PHRASE_REACH) - 1, -1):
        t = toks[q]
        if t.norm == "qui":
            if q - 1 < lo or not any(is_verbish(x) for x in toks[q + 1:span[0]]) or toks[q - 1].norm in DEMONSTRATIVE_PRONOUNS:
                return None
            before = _quoted_np(toks, q - 1, lo) or np_ending_at(toks, q - 1, lo)
            return before if before is not None and toks[before[0]].norm not in PREPOSITIONS else None
        if is_boundary(t) and not (t.kind == "quote" and quoted_label_start(toks, q) > lo) or t.norm in QUE \
                or t.norm in SUBORDINATOR_WORDS or t.norm in SUBJECT_PRONOUNS or t.norm in RELATIVES:
            return None
    return None


def _with_demonstrative_head(toks: Sequence[Tok], span: Span | None, lo: int) -> Span | None:
    """« Celui qui a rejoint depuis le camp X (…) relevait … »: the phrase read back to the relative's verb is
    the end of a subject that opens with a demonstrative and its « qui »."""
    if span is None:
        return None
    k = span[0] - 1
    while k >= lo and k > span[0] - 5 and (toks[k].norm in AUXILIARIES or toks[k].norm in CLITICS or is_adverb(toks[k])
                                           or is_verbish(toks[k])):
        k -= 1  # (the relative's own verb group: « qui a rejoint », « qui préfère rester … »)
    if k - 1 >= lo and k < span[0] - 1 and toks[k].norm == "qui" and toks[k - 1].norm in DEMONSTRATIVE_PRONOUNS:
        return k - 1, span[1]
    return span


APPOSITION_COMMAS = 3
"""Commas a participial apposition between the subject and its verb may hold (« X, condamnée en appel, puis
relaxée, a dit »); beyond them the words are clauses of their own."""


def _before_participial_apposition(toks: Sequence[Tok], comma: int, lo: int) -> Span | None:
    """« Léa Morin, condamnée en appel et privée de ses droits, a annoncé »: the subject before a participial
    apposition too long or too coordinated for the other readings (no finite verb may stand in it)."""
    seen = 0
    for c in range(comma - 1, lo, -1):
        t = toks[c]
        if is_verbish(t) or t.kind in ("quote", "dots") or t.text in (";", ":", ".", "!", "?") or t.depth != toks[comma].depth:
            return None
        if t.text != "," or t.in_name:
            continue
        seen += 1
        if seen > APPOSITION_COMMAS:
            return None
        if participial_apposition(toks, c + 1, min(comma - 1, c + 2)):
            span = np_ending_at(toks, c - 1, lo)
            if span is not None and (name_only(toks, *span) or det_led(toks, span[0])) \
                    and toks[span[0]].norm not in PREPOSITIONS:
                return span
    return None


def _before_bare_apposition(toks: Sequence[Tok], k: int, lo: int) -> Span | None:
    """« la fédération X, troisième syndicat du secteur, | qui … », « le magazine X, entièrement destiné aux
    milieux financiers, | qui … »: when the words ending at ``k`` are an apposition between commas opening without
    a determiner (a bare noun, an adjective or an adverb and a participle; no finite verb), the antecedent of the
    « qui » is the noun phrase before the apposition; else None."""
    comma = next((c for c in range(k, max(lo, k - 2 * PHRASE_REACH) - 1, -1)
                  if toks[c].text == "," and toks[c].depth == toks[k].depth and not toks[c].in_name), None)
    if comma is None or comma + 1 > k or comma - 1 < lo:
        return None
    first = toks[comma + 1]
    if first.kind != "word" or first.cap or is_determiner(first) or first.norm in PREPOSITIONS \
            or first.norm in RELATIVES or first.norm in SUBJECT_PRONOUNS:
        return None
    if any(is_verbish(t) or t.cap and not _in_complement(toks, m, comma) or t.kind == "dots"
           or is_boundary(t) and t.text != "," and t.kind != "quote" for m, t in enumerate(toks[comma + 1:k + 1], comma + 1)):
        return None  # (a name between the commas is the antecedent itself, unless a preposition governs it: « à Lyon »;
        # quote marks of a label may stand in it: « coordinateur des « militants » »)
    span = np_ending_at(toks, comma - 1, lo)
    if span is None or toks[span[0]].norm in PREPOSITIONS:
        return None
    return _last_np(toks, span)


def _before_relative_in_apposition(toks: Sequence[Tok], end: int, lo: int) -> Span | None:
    """« X, député socialiste de la circonscription qui a voté contre, | a annoncé »: a bare apposition (no
    determiner) between commas whose last words are a relative clause; the subject is the phrase before it."""
    comma = next((c for c in range(end, max(lo, end - 2 * PHRASE_REACH) - 1, -1)
                  if toks[c].text == "," and toks[c].depth == toks[end].depth and not toks[c].in_name), None)
    if comma is None:
        return None
    seg = comma + 1
    q = next((k for k in range(seg + 1, end + 1) if toks[k].norm == "qui" and toks[k].depth == toks[seg].depth), -1)
    if q < 0 or not bare_apposition(toks, seg, q - 1) or seg - 2 < lo:
        return None
    span = np_ending_at(toks, seg - 2, lo, enclosed=True)
    if span is None or toks[span[0]].norm in PREPOSITIONS or not (name_only(toks, *span) or det_led(toks, span[0])):
        return None
    return span


def _quoted_label_np(toks: Sequence[Tok], j: int, lo: int) -> Span | None:
    """« la colère des « militants », | qui … »: the noun phrase that ends on a quoted label (its « de »
    complement when there is one), marks included; else None."""
    if not _closes_noun_label(toks, j, lo):
        return None
    o = quoted_label_start(toks, j)
    k = o - 1
    if k >= lo and toks[k].norm in DE_FORMS_FULL:
        head = _last_np(toks, np_ending_at(toks, k - 1, lo)) if k - 1 >= lo else None
        return (head[0], j) if head is not None else (k, j)  # « le député des « Insoumis » »
    return (k, j) if k >= lo and is_determiner(toks[k]) else (o, j)


def _agreeing_complement(toks: Sequence[Tok], span: Span | None, verb_start: int) -> Span | None:
    """« la fronde des militants, qui menacent … »: a plural verb after a singular head agrees with the plural
    « des » complement, which is the antecedent of « qui »; else ``span`` unchanged."""
    if span is None or verb_start >= len(toks) or toks[span[0]].norm not in SINGULAR_DETERMINERS:
        return span
    verb = toks[verb_start]
    k = verb_start
    while k < len(toks) and toks[k].norm in CLITICS:
        k += 1
    verb = toks[k] if k < len(toks) else verb
    if not _plural_verb(verb):
        return span
    des = next((m for m in range(span[0] + 1, span[1]) if toks[m].norm == "des"), -1)
    return (des, span[1]) if des > 0 else span


def _plural_verb(verb: Tok) -> bool:
    """A third-person plural verb: the tagger's number when it gives one, else the ending (« menacent », « ont »;
    « dément », « vient » are singular)."""
    if "Number=Plur" in verb.morph:
        return True
    if "Number=Sing" in verb.morph:
        return False
    return verb.norm in PLURAL_VERB_FORMS or verb.norm.endswith("ent") and not verb.norm.endswith(NON_PLURAL_ENT_ENDINGS)


def _in_complement(toks: Sequence[Tok], m: int, lo: int) -> bool:
    """Is the capitalised word at ``m`` part of a name governed by a preposition (« coordinateur des militants à
    Lyon », « député de Haute-Savoie »), rather than a name standing for the phrase itself?"""
    k = m - 1
    while k > lo and toks[k].cap:
        k -= 1
    return k > lo and toks[k].norm in PREPOSITIONS


def _relative_subject_before(toks: Sequence[Tok], conj: int, lo: int) -> Span | None:
    """The subject of a predicate coordinated inside a relative clause (« l'Union européenne qui n'a pas reconnu
    son mandat et l'a menacé de … »): the antecedent of the « qui » that opens the clause, when nothing but the
    first predicate stands between them (no comma, no other clause); else None."""
    for k in range(conj - 1, max(lo, conj - 2 * PHRASE_REACH) - 1, -1):
        t = toks[k]
        if is_boundary(t) or t.norm in QUE or t.norm in SUBORDINATOR_WORDS or t.norm in SUBJECT_PRONOUNS:
            return None
        if t.norm == "qui" and k - 1 >= lo:
            before = k - 2 if toks[k - 1].text == "," else k - 1
            return _last_np(toks, np_ending_at(toks, before, lo)) if before >= lo else None
    return None


def _first_or_second_plural(verb: Tok) -> bool:
    """Can ``verb`` agree with « nous » or « vous » (« avons », « direz », « sommes », « êtes »)?"""
    return verb.norm.endswith(PLURAL_1_2_ENDINGS) or verb.norm in IRREGULAR_PLURAL_1_2


def _time_led(toks: Sequence[Tok], i: int, j: int) -> bool:
    return any(t.norm in TIME_WORDS for t in toks[i:min(j, i + 3) + 1])


def np_ending_at(toks: Sequence[Tok], j: int, lo: int, *, enclosed: bool = False) -> Span | None:
    start = _segment_start(toks, j, lo)
    if start > j:
        return None
    start = _np_start_within(toks, start, j)
    if start > j:
        return None
    # appositions: « le porte-parole du Kremlin, Ivan Sorokine, » / « Ivan Sorokine, porte-parole du Kremlin, »
    if enclosed and start - 1 > lo and toks[start - 1].text == "," \
            and not _time_led(toks, _segment_start(toks, start - 2, lo), start - 2):
        prev_end = start - 2
        prev_start = _segment_start(toks, prev_end, lo)
        this_is_apposition = name_only(toks, start, j) or bare_apposition(toks, start, j) \
            or named_apposition(toks, start, j) or participial_apposition(toks, start, j) \
            or described_name(toks, (prev_start, prev_end), start, j)
        if this_is_apposition and prev_start <= prev_end and (
            (det_led(toks, prev_start) and toks[prev_start].norm not in PREPOSITIONS)
            or name_only(toks, prev_start, prev_end)
        ) and not (prev_start == lo and toks[prev_start].norm in PREPOSITIONS):
            prev_start = _np_start_within(toks, prev_start, prev_end)
            if prev_start <= prev_end and toks[prev_start].norm not in PREPOSITIONS:
                start = prev_start
    return trim_span(toks, start, j)


FRONTED_REACH = 3 * PHRASE_REACH
"""Tokens after a fronted participle within which the main clause's verb is looked for."""


def subject_after_fronted(toks: Sequence[Tok], i: int, hi: int) -> Span | None:
    """« Dénonçant la « stratégie du chaos », un des représentants, Marc Vidal, a appelé … »: the subject of
    the main clause after a fronted participial clause ending before it (from ``i``, after the participle).

    The first finite verb whose subject opens right after a comma is the main clause's (a verb of the
    participle's own que-clause has its subject after « que »)."""
    for k in range(i + 1, min(hi, i + FRONTED_REACH) + 1):
        t = toks[k]
        if t.depth or not is_verbish(t):
            continue
        span = subject_before(toks, k, i)
        if span is not None and span[0] - 1 >= i and toks[span[0] - 1].text == "," and toks[span[0] - 1].depth == 0:
            return span
    return None


def np_before(toks: Sequence[Tok], j: int, lo: int) -> Span | None:
    """The noun phrase just before ``j`` (inclusive), without leading « de »: « du président X »."""
    k = j
    while k >= lo and (np_word(toks[k]) and not is_boundary(toks[k])) and toks[k].norm not in SUBJECT_PRONOUNS:
        if toks[k].norm in PREPOSITIONS and toks[k].norm not in DE_ARTICLES:
            break
        k -= 1
    start = k + 1
    while start <= j and (toks[start].norm in DE_ARTICLES or toks[start].norm in PREPOSITIONS):
        start += 1
    # keep the last noun phrase of a chain: « un discours du président X » → « président X »
    for m in range(j, start, -1):
        if toks[m - 1].norm in DE_ARTICLES and m - 1 > start:
            start = m
            break
    return trim_span(toks, start, j) if start <= j else None


def is_pronoun_mention(toks: Sequence[Tok], span: Span | None) -> bool:
    return span is not None and span[0] == span[1] and toks[span[0]].norm.lstrip("-t").lstrip("-") in PRONOUN_MENTIONS
