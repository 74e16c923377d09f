"""Prepositional attribution: « selon X », « d'après X », « pour X », « à ses yeux ».

The span is the proposition in the scope of the attribution, limited to its sentence: after
a fronted phrase (« Selon la police, … », also right after a colon), before a final one
(« …, selon la police. »), or the clause the phrase sits in when it is inside the sentence: the
whole sentence (« La réunion a eu lieu, selon cette source, lors d'un déplacement », « … constitue,
pour lui, « une faute » … »), or the comma-delimited phrase that holds it (« …, destiné selon elle à
« … » », « …, une pratique qui, d'après elle, aggrave … »). « selon » must name a source: a name, a pronoun, or a noun that
can speak or publish (« selon les mesures en vigueur » means « under the rules »).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.fr.grammar import DE, DE_ARTICLES, PAST_PARTICIPLE_ENDINGS
from analysis.fr.morphology import AGENT_NOUN_ENDINGS, FUTURE_CONDITIONAL_3_ENDINGS
from analysis.fr.quote_words import (
    AGENT_OR_OBJECT_LINKS,
    ANTECEDENT_RELATIVES,
    AUTHORING_STEMS,
    BENEFICIARY_NOUNS,
    COUNT_APPROXIMATORS,
    COUNT_LINKS,
    DU_DES,
    JUDGING_VERB_FORMS,
    NE_SE,
    NOT_SOURCES,
    NOUN_COMPLEMENT_LINKS,
    NOUN_PHRASE_DETERMINERS,
    OWNER_POSSESSIVES,
    PRE_HEAD_WORDS,
    QUANTIFIER_SOURCES,
    QUE,
    RELAY_PARTICIPLES,
    RESPONDENT_NOUNS,
    SCOPE_ENDING_OPENERS,
    SELON_FOLLOWERS,
    SELON_LEADS,
    SELON_NOT_SOURCES,
    SELON_PREPOSITIONS,
    SELON_PRONOUNS,
    SHARE_NUMBER_WORDS,
    SORTING_STEMS,
    SOURCE_REPEAT_ADVERBS,
    SPEAKER_NOUNS,
    TIME_WORDS,
    VERB_GROUP_CLITICS,
)
from analysis.fr.reporting_verbs import speaking_nouns
from analysis.fr.speaker_words import PLURAL_ARTICLES
from analysis.fr.text import fold
from analysis.fr.vocabulary import DOCUMENT_NOUNS
from analysis.nlp.matcher import PhraseTable, phrases
from analysis.quotes.clauses import without_trailing_apposition
from analysis.quotes.mentions import Span, subject_before
from analysis.quotes.mentions_after import np_after
from analysis.quotes.paragraph import Candidate, Para
from analysis.quotes.tokens import is_determiner, is_infinitive, is_present_participle, is_verbish

_SELON = PhraseTable({tuple(phrase.split()): kind for phrase, kind in SELON_PREPOSITIONS.items()})


def _head(p: Para, span: Span) -> int:
    k = span[0]
    while k <= span[1] and (p.toks[k].norm in NOUN_PHRASE_DETERMINERS or p.toks[k].norm in PRE_HEAD_WORDS
                            or p.toks[k].kind == "quote"):  # (« les « gilets jaunes » de la ville »)
        k += 1
    opener = p.toks[k - 1] if k > span[0] else None
    if opener is not None and opener.kind == "quote" and opener.role == "open" and opener.pair >= 0:
        close = p.pairs[opener.pair].close_i
        if 0 <= close < span[1] and p.toks[close + 1].cap:
            return close + 1  # « le « gilet jaune » Jean Roux »: the quoted label describes the name after it
    return k


RESPONDENTS_REACH = 12
"""Tokens of a respondents phrase (« près de huit Français sur dix (78 %) »)."""


def _respondents(p: Para, k: int, hi: int) -> Span | None:
    """« près de huit Français sur dix (78 %) », « 53 % des sondés »: a share of people up to the comma."""
    toks = p.toks
    m = k
    while m <= hi and m < k + RESPONDENTS_REACH and toks[m].text != "," and toks[m].depth == 0 and not is_verbish(toks[m]):
        m += 1
    if m > hi or toks[m].text != "," or m == k:
        return None
    words = [t.norm for t in toks[k:m]]
    share = "%" in words or any(words[n] == "sur" and n + 1 < len(words) and (words[n + 1] in SHARE_NUMBER_WORDS
                                                                              or words[n + 1].isdigit())
                                for n in range(len(words)))
    return (k, m - 1) if share else None


RESPONDENT_LOOKBACK = 6
"""Tokens before a verb cue where the share of a poll may stand (« 43 % des Français qui | considèrent »)."""


def _respondents_speak(p: Para, cue, lo: int) -> bool:
    """Is the subject of ``cue`` a share of people (« 43 % des Français considèrent … »)? Their view and the
    poll that measured it are two entries: the « selon » phrase does not merely relay it."""
    toks = p.toks
    k = cue.start - 1
    while k >= lo and k >= cue.start - RESPONDENT_LOOKBACK and not (toks[k].text in ",;:" and toks[k].depth == 0):
        if toks[k].text.endswith("%") or toks[k].norm in RESPONDENT_NOUNS:
            return True
        k -= 1
    return False


def is_source(p: Para, span: Span, *, strict: bool = False) -> bool:
    """Can the noun phrase name who says something (a name, a pronoun, a speaking noun)?"""
    toks = p.toks
    if span[0] == span[1] and toks[span[0]].norm in SELON_PRONOUNS or toks[span[0]].norm in QUANTIFIER_SOURCES:
        return True  # (« selon lui », « aux yeux de beaucoup »)
    k = _head(p, span)
    if k > span[1]:
        return False
    head = toks[k]
    if head.norm in NOT_SOURCES or head.kind == "word" and head.text[:1].isdigit():
        return False
    has_name = any(t.cap or t.kind == "title" for t in toks[span[0]:span[1] + 1])
    speaking = has_name or head.norm in SPEAKER_NOUNS or head.norm in speaking_nouns() or is_agent_noun(head.norm)
    if strict:  # « Pour X, »: only a name or a noun that can hold an opinion (« pour les enfants » is a beneficiary)
        named = head.cap or head.kind == "title"  # « pour le rôle de Solveig »: a name inside says nothing
        if not named and head.pos == "ADV":
            return False  # « Pour autant, … », « Pour maintenant, … »: an adverb that ends like an agent noun
        speaking = named or head.norm in SPEAKER_NOUNS or head.norm in speaking_nouns() or is_agent_noun(head.norm)
        return speaking and head.norm not in DOCUMENT_NOUNS and (named or head.norm not in BENEFICIARY_NOUNS)
    # « selon » mostly names a source in news; its other sense (« selon les règles ») takes a closed set of nouns
    return speaking or (head.kind == "word" and head.norm not in TIME_WORDS and not head.norm.endswith("ment")
                        and head.pos not in ("VERB", "ADV", "ADJ", "NUM"))


def is_agent_noun(word: str) -> bool:
    """A noun that names people or bodies by what they do: « enquêteurs », « gestionnaire », « habitants »."""
    return word.endswith(AGENT_NOUN_ENDINGS) and word not in NOT_SOURCES and len(word) > 5


def _issuer(p: Para, span: Span) -> Span:
    """« un bilan préliminaire de la même source » → « la même source » (the document's issuer)."""
    k = _head(p, span)
    if k <= span[1] and p.toks[k].norm in DOCUMENT_NOUNS:
        for m in range(k + 1, span[1]):
            if p.toks[m].norm == "par" and p.toks[m - 1].norm.startswith(AUTHORING_STEMS):
                return (m + 1, span[1])  # « les chiffres publiés par le ministère de l'Intérieur »: the author
        for m in range(k + 1, span[1]):
            if p.toks[m].norm in DE_ARTICLES:
                start = m + 1 if p.toks[m].norm in DE else m
                if p.toks[m].norm in DU_DES:
                    start = m + 1
                if start <= span[1] and not _dated(p.toks[start]):
                    return (start, span[1])
    return span


def _dated(tok) -> bool:
    """« un sondage du 19 décembre », « l'étude de lundi »: a date after « de », not who issued the document."""
    return tok.text[:1].isdigit() or tok.norm in TIME_WORDS


def selon_phrase_at(p: Para, k: int, hi: int, *, front: bool = True, after_quote: bool = False):
    """If a prepositional attribution starts at token ``k``: (cue_start, cue_end, np_end, mention span).

    ``after_quote``: the phrase follows a quotation and a comma (« « … », pour Le Monde qui … »): a « pour X »
    may then end the sentence or go on with a relative clause on X."""
    toks = p.toks
    if k > hi or k >= len(toks):
        return None
    t = toks[k]
    n = _SELON.longest(p.norms, k, hi + 1)
    if not n:
        return None
    last = k + n - 1
    kind = _SELON[tuple(p.norms[k:k + n])]
    strict = False
    if kind == "own view":  # « à ses yeux », « d'après ses dires »: the possessive is the mention
        owner = next(m for m in range(k + 1, last) if toks[m].norm in OWNER_POSSESSIVES)
        return (k, last, last, (owner, owner))
    if kind == "same source":  # « De même source, … »: « même source » stands for the source just quoted
        return (k, last, last, (last - 1, last))
    if kind == "viewpoint":  # « Pour X, … », « … constitue, pour lui, … »
        if not (front or k > 0 and toks[k - 1].text == "," and toks[k - 1].depth == t.depth):
            return None
        cue_end, strict = last, True
    elif kind == "of":  # « aux yeux de X », « de l'avis des experts »
        if toks[k].norm in DE and not (front or k > 0 and toks[k - 1].text == "," and toks[k - 1].depth == t.depth):
            return None  # « pourra se passer de l'avis de la commission »: an object, not an attribution
        cue_end = last if toks[last].norm in DE else last - 1
    else:
        cue_end = last
    if cue_end + 1 <= hi and (toks[cue_end + 1].norm in ANTECEDENT_RELATIVES or toks[cue_end + 1].norm in SELON_NOT_SOURCES):
        return None  # « selon que », « selon laquelle », « selon toute vraisemblance »
    if strict and cue_end + 1 <= hi and (is_infinitive(toks[cue_end + 1]) or toks[cue_end + 1].norm in NE_SE):
        return None  # « Pour incarner Jeanne, … »: a purpose, not a point of view
    span = _respondents(p, cue_end + 1, hi) if kind == "viewpoint" and front else None
    if span is not None:  # « Pour près de huit Français sur dix (78 %), … »: the poll's respondents
        return (k, cue_end, span[1], span)
    span = np_after(toks, cue_end + 1, hi)
    if span is not None and span[1] > span[0] + 1 and is_infinitive(toks[span[1]]) and toks[span[1] - 1].norm in DE:
        span = (span[0], span[1] - 2)  # « selon la police de défiler … »: the infinitive is the clause's
    if span is None or not is_source(p, span, strict=strict):
        return None
    if strict and span[1] + 1 <= hi and toks[span[1] + 1].norm in SELON_FOLLOWERS:
        m = span[1] + 1  # « Pour la présidente du groupe au Sénat, X, … »: a complement the phrase reader stopped at
        while m <= hi and m <= span[1] + 6 and toks[m].kind in ("word", "elision") and not is_verbish(toks[m]):
            m += 1
        if m <= hi and toks[m].text == "," and m > span[1] + 2:
            span = (span[0], m - 1)
    closes = span[1] + 1 > hi or toks[span[1] + 1].text in ".!?;" or toks[span[1] + 1].norm in ANTECEDENT_RELATIVES
    if strict and not (span[1] + 1 <= hi and toks[span[1] + 1].text == "," or after_quote and closes):
        return None
    np_end = span[1]
    if toks[span[1]].norm in RELAY_PARTICIPLES and span[1] + 1 <= hi and toks[span[1] + 1].norm == "par" and span[1] > span[0]:
        # « selon une source policière citée par l'AFP »: the relay belongs to the attribution;
        # « selon les données publiées par l'agence »: the author of a document is its source
        relay = np_after(toks, span[1] + 2, hi)
        np_end = relay[1] if relay else np_end + 1
        if relay and toks[_head(p, span)].norm in DOCUMENT_NOUNS and toks[span[1]].norm.startswith(AUTHORING_STEMS):
            span = (span[0], relay[1])
        else:
            span = (span[0], span[1] - 1)
    elif toks[span[1]].norm in RELAY_PARTICIPLES and span[1] > span[0] + 1:
        span = (span[0], span[1] - 1)  # « selon un sondage Ifop publié lundi »: the participle says when, not who
    return (k, cue_end, np_end, _issuer(p, span))


FRONT_TAIL_REACH = 8
"""Tokens after a fronted attribution's source, before its comma, that still belong to the attribution (« Selon
un sondage X pour la radio publié mercredi, … »: a client, a participle, a date); a longer run is content."""


def _front_tail_end(p: Para, np_end: int, hi: int) -> int:
    """Last token of a fronted attribution: the source phrase ending at ``np_end``, or the verbless words after
    it up to the comma that closes the attribution (« Selon un sondage BVA publié mardi soir, … »)."""
    toks = p.toks
    for m in range(np_end + 1, min(hi, np_end + FRONT_TAIL_REACH) + 1):
        t = toks[m]
        if t.text == "," and t.depth == toks[np_end].depth:
            return m - 1
        if t.kind in ("quote", "dots") or t.text in ".!?;:" or is_verbish(t) or t.norm in QUE \
                or t.norm in ANTECEDENT_RELATIVES:
            break
    return np_end


def _content_after(p: Para, j: int, hi: int) -> int:
    """Start of the proposition after a fronted « Pour X, apposition, qui …, » phrase."""
    toks = p.toks
    first = j + 1 if j <= hi and toks[j].text == "," else j
    skipped = False
    while j <= hi and toks[j].text == ",":
        j += 1
        if j <= hi and (toks[j].norm in ANTECEDENT_RELATIVES or toks[j].norm in QUE):  # (« ce rapport, que X a lu, »)
            while j <= hi and toks[j].text != ",":
                j += 1
            continue
        # a verbless segment followed by another comma is one more apposition of the source
        k = j
        described = j <= hi and _participle_apposition(toks[j])
        while k <= hi and not (toks[k].text == "," and toks[k].depth == 0) and (toks[k].kind != "quote" or described):
            k += 1  # (quoted words inside a participle apposition: « Pour X, traité de « menteur » par Y, … »)
        if k <= hi and toks[k].text == "," and not any(is_verbish(t) and not _after_article(toks, n) for n, t in enumerate(toks[j:k], start=j)) \
                and _apposition_words(toks, j, k) <= 8:
            j = k
            skipped = True
    if skipped and j <= hi and (is_verbish(toks[j]) or toks[j].norm in VERB_GROUP_CLITICS):
        return first  # « Selon X, une seconde phase, consacrée aux Y, doit débuter »: that was the subject
    return j


def _apposition_words(toks, j: int, k: int) -> int:
    """Words of a segment, leaving out elisions and a short name in brackets (« (OFCE) »)."""
    n, inside = 0, False
    for t in toks[j:k]:
        if t.text in "()":
            inside = t.text == "("
        elif t.kind == "word" and not inside:
            n += 1
    return n


def _after_article(toks, n: int) -> bool:
    """« … des conjonctures économiques »: a word the tagger takes for a verb in a noun complement is a noun."""
    return n > 1 and toks[n - 1].norm in NOUN_COMPLEMENT_LINKS and toks[n - 2].kind == "word"


def _participle_apposition(tok) -> bool:
    """« mandaté par … », « chargée de … »: a participle that describes the source just named."""
    return tok.kind == "word" and not tok.cap and tok.norm.endswith(PAST_PARTICIPLE_ENDINGS) \
        and (tok.pos in ("", "VERB", "ADJ") and "VerbForm=Fin" not in tok.morph)


_SCOPE_ENDS = PhraseTable(phrases(SCOPE_ENDING_OPENERS))


def _tail_after_source(p: Para, k: int, hi: int) -> bool:
    """Does the narrator's own clause start at ``k``, right after a mid-sentence « selon X, » (« mais … »,
    « tandis que … », « auxquels s'ajoutent … », a participle clause « s'attirant … », « accusé de … »)? The
    attributed proposition then ended before the « selon » phrase."""
    toks = p.toks
    if k > hi:
        return False
    if _SCOPE_ENDS.longest(p.norms, k, hi + 1) > 0:
        return True
    if toks[k].norm in NE_SE and k + 1 <= hi:
        k += 1  # « s'attirant »
    return is_present_participle(toks[k]) or k + 1 <= hi and _participle_apposition(toks[k]) and toks[k + 1].norm in AGENT_OR_OBJECT_LINKS


def _source_apposition(p: Para, k: int, hi: int) -> bool:
    """Does an apposition on the source run from ``k`` to the sentence end (« …, selon X, une élue de la
    majorité », « …, selon la chaîne Y, la chaîne que Z accuse de … »): a name or a determiner, then no finite
    verb, infinitive or quotation before a relative pronoun? The attributed proposition then ended before the
    « selon » phrase."""
    toks = p.toks
    if k > hi or toks[k].norm in DE_ARTICLES or not (toks[k].cap or toks[k].kind == "title" or is_determiner(toks[k])):
        return False  # (« ne tiendrait pas compte, selon lui, des travaux … »: the object goes on)
    for t in toks[k:hi + 1]:
        if t.norm in ANTECEDENT_RELATIVES or t.norm in QUE:
            return True
        if t.kind == "quote" or is_verbish(t) or is_infinitive(t) or t.text in ":;":
            return False
    return True


def _complete_before(p: Para, a: int, b: int) -> bool:
    """Is ``toks[a..b]`` a proposition that stands without what follows (a finite verb, and not as its last word:
    « c'est, selon X, ce que … » and « qui mesurent, selon X, cet intérêt » go on after the source)?"""
    toks = p.toks
    return b > a and not is_verbish(toks[b]) and any(is_verbish(t) for t in toks[a:b + 1])


def _bare_group(p: Para, span: Span) -> bool:
    """« les armateurs », « des habitants »: a plural group with no name, title or complement."""
    toks = p.toks[span[0]:span[1] + 1]
    return len(toks) <= 3 and toks[0].norm in PLURAL_ARTICLES and not any(t.cap for t in toks[1:]) \
        and not any(t.norm in DE_ARTICLES for t in toks[1:])


def _judgement(p: Para, a: int, b: int) -> bool:
    """Does the content judge or predict (copula, modal, conditional or future, quoted words)
    rather than report what happens to someone?"""
    for t in p.toks[a:b + 1]:
        if t.kind == "quote" or t.norm in JUDGING_VERB_FORMS:
            return True
        if t.kind == "word" and not t.cap and len(t.norm) > 5 and t.norm.endswith(FUTURE_CONDITIONAL_3_ENDINGS):
            return True
        if "Tense=Fut" in t.morph or "Mood=Cnd" in t.morph:
            return True
    return False


def _own_speaker(p: Para, a: int, b: int) -> bool:
    """Does the clause ``toks[a..b]`` carry its own reporting verb with its subject at its start?"""

    for cue in p.cues:
        if a < cue.start <= b and p.toks[cue.start].depth == 0 and cue.kind == "verb" and cue.inverted_i < 0:
            n = cue.end + 1
            if n < len(p.toks) and p.toks[n].kind == "quote":
                n += 1
            nxt = p.toks[n] if n < len(p.toks) else None
            if nxt is not None and nxt.norm in DE_ARTICLES and not cue.allows("de"):
                continue  # « ces déclarations relèvent de la posture »: « relever de », no speech act
            span = subject_before(p.toks, cue.start, a)
            if span is None or span[0] != a:
                continue
            words = p.toks[span[0]:span[1] + 1]
            if any(t.kind == "title" or t.cap and k > 0 for k, t in enumerate(words)) \
                    or p.toks[_head(p, span)].norm in SPEAKER_NOUNS:
                return True  # a person or body speaking for themselves, not a proposition
    return False


def _trim_end(p: Para, i: int, j: int) -> int:
    while j > i and (p.toks[j].kind == "dots" or p.toks[j].kind == "punct" and p.toks[j].text in ".!?,;:"):
        j -= 1
    return j


def _before_source(p: Para, i: int, s: int) -> int:
    """Last token of a proposition that a « selon » at ``s`` closes, without the attribution's own adverb
    (« …, toujours selon X », « … notamment selon Y »)."""
    j = s - 1
    if j > i and p.toks[j].norm in SOURCE_REPEAT_ADVERBS and p.toks[j].depth == 0:
        j -= 1
    return _trim_end(p, i, j)


def _bare_participle(p: Para, cue) -> bool:
    """« des captages analysés en Occitanie »: a participle used as an adjective reports nothing."""
    return cue.aux_i < 0 and cue.inverted_i < 0 and p.toks[cue.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS)


def _segment_start(p: Para, s: int, k0: int) -> int:
    """Start of the comma-delimited clause a mid-sentence « selon » phrase at ``s`` belongs to: after the
    comma before it (before the one that opens the phrase, if one does), or the sentence start."""
    toks = p.toks
    k = s - 1
    if k > k0 and toks[k].text == "," and toks[k].depth == toks[s].depth:
        k -= 1
    while k >= k0:
        if toks[k].text == "," and toks[k].depth == toks[s].depth and not toks[k].in_name:
            return k + 1
        k -= 1
    return k0


def _before_next_source(p: Para, a: int, hi: int) -> int:
    """Last token of a fronted attribution's content: the sentence end, or before a second source
    (« Pour huit sondés sur dix, les mesures arrivent trop tard, selon un sondage … »: the poll's entry) or
    a quotation opening after a colon when the content before it holds quoted words of its own."""
    toks = p.toks
    for m in range(a + 1, hi):
        if toks[m].text == "," and toks[m].depth == 0 and selon_phrase_at(p, m + 1, hi, front=False) is not None:
            return m - 1
        if toks[m].text == ":" and toks[m].depth == 0 and toks[m + 1].kind == "quote" and toks[m + 1].role == "open" \
                and any(t.kind == "quote" for t in toks[a:m]):
            return m - 1  # « Selon lui, X « … » du fléau : « … » »: a quoted claim, then a quotation of its own
            # (« Pour X, l'essentiel est ailleurs : « … » » only introduces the quotation: one direct entry)
    return hi


def _after_colon(p: Para, k0: int, s: int) -> int:
    """Start of the proposition a final « selon » attributes: after the last colon before it, if any
    (« … à des systèmes alternatifs : 38 % des commerçants proposent …, selon le syndicat »)."""
    toks = p.toks
    for m in range(s - 1, k0, -1):
        if toks[m].text == ":" and toks[m].depth == 0:
            return m + 1
    return k0


def _is_number(tok) -> bool:
    return tok.text[:1].isdigit() or tok.norm in SHARE_NUMBER_WORDS


def _count_start(p: Para, s: int, lo: int) -> int:
    """First token of a count right before a « selon » at ``s`` (« 800 personnes », « 2600 », « près de 290 000
    manifestants »), or -1."""
    toks = p.toks
    k = s - 1
    if k > lo and toks[k].kind == "word" and not _is_number(toks[k]) and _is_number(toks[k - 1]):
        k -= 1  # the counted noun
    if k < lo or not _is_number(toks[k]):
        return -1
    while k - 1 >= lo and (_is_number(toks[k - 1]) or toks[k - 1].norm in COUNT_APPROXIMATORS and toks[k - 1].depth == 0):
        k -= 1
    return k


def _count_scope(p: Para, s: int, seg: int, np_end: int, hi: int) -> tuple[int, int] | None:
    """Counts that each carry their source: « qui a réuni 800 personnes selon la police et 2600 selon les
    organisateurs ». The second count is its own span; the first runs from its verb to its source. Only when
    the counts come in a pair (a « et » count after the source, or this one after « et »); a lone count keeps
    the clause rule."""
    toks = p.toks
    k = _count_start(p, s, seg)
    if k < 0:
        return None
    if k - 1 >= seg and toks[k - 1].norm in COUNT_LINKS or k - 1 >= seg and toks[k - 1].text == ",":
        return k, np_end  # « … et 2600 selon les organisateurs »
    m = np_end + 2
    while m <= hi and toks[m].norm in COUNT_APPROXIMATORS:
        m += 1
    if not (m <= hi and toks[np_end + 1].norm in COUNT_LINKS and _is_number(toks[m])):
        return None
    while k - 1 >= seg and toks[k - 1].depth == 0 and (is_verbish(toks[k - 1]) or toks[k - 1].pos in ("VERB", "AUX", "ADV")):
        k -= 1  # back over the verb group that counts (« a rassemblé »)
    return k, np_end


def _relaying_cues(p: Para, s: int, lo: int, found: Sequence[Candidate]) -> list:
    """Verb cues of the unit whose quotation (content, cue or mention) goes on up to the « selon » phrase at
    ``s`` with no finite verb between: « a affirmé X, selon une vidéo » relays; « Les mairies proposent des
    bons, selon le SNB » (no quotation) and a quotation that ended in an earlier clause do not."""
    toks = p.toks
    out = []
    for c in found:
        if c.cue is None or c.cue_span is None or not (toks[lo].start <= c.cue_span[0] < toks[s].start):
            continue
        reach = max(c.end, c.cue_span[1], c.mention[1] if c.mention else 0)
        between = [t for t in toks[lo:s] if t.start >= reach]
        if between and between[0].norm in ANTECEDENT_RELATIVES:
            comma = next((n for n, t in enumerate(between) if t.text == "," and t.depth == 0), len(between))
            between = between[comma:]  # « …, ont crié des manifestants qui défilaient …, selon … »: the mention's relative
        if not any(is_verbish(t) or t.text in ".!?;" for t in between) and not _bare_participle(p, c.cue):
            out.append(c.cue)  # (« … », a assuré X aux députés de la majorité, selon …: the incise's own clause)
    return out


def find_selon(p: Para, found: Sequence[Candidate]) -> list[Candidate]:
    """« selon » quotations of a paragraph; ``found`` holds the verb-cued quotations (a « selon » they reach
    relays them rather than attributing anything of its own)."""
    toks = p.toks
    out: list[Candidate] = []
    for lo, hi in p.units:
        question = p.asks(lo, hi, quoted=False)
        k0 = p.skip_connectives(lo, hi)
        for s in range(lo, hi + 1):
            if toks[s].depth or toks[s].norm not in SELON_LEADS:
                continue
            # a « selon » right after a colon opens its own clause (« … Claire Vautrin : selon la ministre, … »)
            front = s == k0 or (s > k0 and toks[s - 1].text in (":", ";") and toks[s - 1].depth == 0)
            hit = selon_phrase_at(p, s, hi, front=front)
            if hit is None:
                continue
            cue_start, cue_end, np_end, mention = hit
            seg = _segment_start(p, s, k0)
            after = np_end + 1
            ends = after > hi or toks[after].text in ".!?;" or toks[after].kind == "dots"
            final = ends or not any(toks[m].text == "," and toks[m].depth == toks[s].depth for m in range(after, hi + 1)) \
                or toks[after].norm in ANTECEDENT_RELATIVES  # « …, selon un sondage qui montre que … »: the source's own clause
            # an attribution after another cue relays it (« a affirmé X, selon une vidéo … »), unless it
            # sits in a proposition of its own further on (« …, une pratique qui, d'après elle, aggrave … »)
            own = mention[0] == mention[1] and toks[mention[0]].norm in SELON_PRONOUNS or (
                not final and any(is_verbish(t) and t.depth == toks[s].depth for t in toks[after:hi + 1]))
            if any(c.cue_span == p.chars(cue_start, cue_end) for c in found):
                continue  # « « … », selon un proche, X se montre … »: the direct quotation's own attribution
            if not front and any(t.norm.startswith(SORTING_STEMS) for t in toks[max(lo, s - 12):s]):
                continue  # « classés selon la source », « varie selon le patient »: « by », no source
            said = [c for c in _relaying_cues(p, s, lo, found) if not _respondents_speak(p, c, lo)] if not front else []
            if said and not (own and not any(seg <= c.start < s for c in said)):
                continue
            counts = None if front or toks[s - 1].text == "," else _count_scope(p, s, seg, np_end, hi)
            if counts is not None:
                a, b = counts  # « a réuni 800 personnes selon la police et 2600 selon les organisateurs »
            elif front:
                a = _content_after(p, _front_tail_end(p, np_end, hi) + 1, hi)
                b = _trim_end(p, a, _before_next_source(p, a, hi))
                if toks[s].norm == "pour" and _own_speaker(p, a, b):
                    continue  # « Pour la défense, Me X a plaidé la relaxe »: on behalf of, not according to
                if toks[s].norm == "pour" and _bare_group(p, mention) and not _judgement(p, a, b):
                    continue  # « Pour les transporteurs, la note grimpe »: for them, not in their view
            elif s > lo and toks[s - 1].text == ",":
                relay = after + 1 <= hi and toks[after].text == "," and (
                    toks[after + 1].norm in RELAY_PARTICIPLES or toks[after + 1].norm in ANTECEDENT_RELATIVES
                    or _participle_apposition(toks[after + 1]) or _tail_after_source(p, after + 1, hi)
                    or _source_apposition(p, after + 1, hi) and _complete_before(p, _after_colon(p, k0, s), s - 2))
                # (« …, d'après l'Insee, qui publie … », « …, selon un sondage, mais … »)
                if final or relay:
                    a = _after_colon(p, k0, s)
                    b = _before_source(p, a, s)
                else:  # « … joue, pour la Dr X, un rôle … », « une pratique qui, d'après elle, aggrave … »
                    a, b = seg, _trim_end(p, seg, hi)
            elif not ends and toks[after].text == "," and (is_verbish(toks[s - 1]) or toks[s - 1].pos == "AUX"):
                a, b = _after_colon(p, k0, s), _trim_end(p, k0, hi)  # « Ils sont selon lui, en ville, la cible … »
            elif not ends and toks[after].text == "," and _tail_after_source(p, after + 1, hi):
                a = _after_colon(p, k0, s)  # « … ont voulu bloquer le chantier selon un agent, s'attirant … »
                b = _before_source(p, a, s)
            elif not ends and seg > k0:  # « …, destiné selon elle à « … » »: the phrase it sits in
                a, b = seg, _trim_end(p, seg, hi)
            elif not ends and after + 1 <= hi and toks[after].norm in DE and is_infinitive(toks[after + 1]):
                a, b = k0, _trim_end(p, k0, hi)  # « D'autres ont décidé selon la police de défiler … »: the whole clause
            else:
                a = _after_colon(p, k0, s)
                b = _before_source(p, a, s)
            if front or a == k0:
                b = without_trailing_apposition(p, a, b)  # « …, un objectif que l'exécutif martèle … »
            if b < a or sum(1 for t in toks[a:b + 1] if t.word) < 3:
                continue
            if question and not any(t.kind == "quote" for t in toks[a:b + 1]):
                continue  # « Quelle part … est selon vous fondée ? »: a question asserts nothing, unless it quotes
            # a stand-alone quotation after « Selon lui, » is direct (handled there)
            if toks[a].kind == "quote" and toks[a].role == "open" and toks[b].kind == "quote" and toks[b].role == "close" \
                    and toks[a].pair == toks[b].pair:
                continue
            out.append(Candidate(
                type="selon", start=toks[a].start, end=toks[b].end, paragraph=p.index, rule="selon-front" if front else "selon-after",
                cue_span=p.chars(cue_start, cue_end), cue_lemma=fold(p.surface(cue_start, cue_end), accents=True),
                cue_category="selon", mention=p.chars(*mention), priority=1,
            ))
    return out
