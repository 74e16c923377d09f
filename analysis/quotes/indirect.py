"""Indirect and mixed quotations: reported content governed by a reporting verb.

Four constructions:
- a « que » clause: « X a affirmé (mardi, lors de …) que … » — « que » is left out, coordinated
  « et que … » clauses stay in the span;
- an infinitive complement: « a confié avoir … », « a demandé aux habitants de rester … »;
- a complement holding quoted words: « a appelé à la «retenue» », « s'est dit «dévasté» »;
- content followed by an incise without quote marks: « Aucun lien n'a été établi, a indiqué
  la police. »
The span is *mixed* when it contains quoted words, *indirect* otherwise. What a verb governs is
:mod:`analysis.quotes.complements`; where the content ends is :mod:`analysis.quotes.content`.
Participial cues (« affirmant que ») take the subject of the main clause.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from analysis.fr.grammar import DE, DE_ARTICLES, FIRST_PERSON_ADDRESSEES, PAST_PARTICIPLE_ENDINGS
from analysis.fr.morphology import AUXILIARIES
from analysis.fr.quote_words import (
    A_FORMS,
    APPOSED_RELATIVES,
    AUXILIARY_INFINITIVES,
    AVOIR_COMPOUND_3,
    CONJUNCTIONS,
    CONJUNCTIONS_AND_AVOIR,
    IL_FORMS,
    INFINITIVE_PREPOSITIONS,
    MASCULINE_OBJECT_CLITICS,
    MEDIUM_PREPOSITIONS,
    NON_AGENT_SUBJECTS,
    OBJECT_CLITICS,
    PREVERBAL_CLITICS,
    QUE,
    READING_VERBS,
    SUBJECT_PRONOUNS,
    TRANSITIVE_INCISE_VERBS,
    YEAR_NOUNS,
)
from analysis.fr.reporting_verbs import forms
from analysis.fr.text import fold
from analysis.quotes.clauses import mention_chars, mention_of_incise, without_trailing_apposition
from analysis.quotes.complements import complement, fragment_complement
from analysis.quotes.content import content_end, trim
from analysis.quotes.cues import Cue, is_adverb
from analysis.quotes.labels import is_label, name_shaped
from analysis.quotes.mentions import Span, bare_apposition, name_only, np_before, subject_after_fronted, subject_before
from analysis.quotes.mentions_after import np_after, source_after_on
from analysis.quotes.paragraph import Candidate, Para, build_para
from analysis.quotes.tokens import is_determiner, is_infinitive, is_verbish


def _comme_clause(p: Para, cue: Cue, lo: int, hi: int, cue_by_start: dict[int, Cue]):
    """« Comme l'a rappelé le ministre, … » / « …, comme il l'a rappelé. » / « …, comme prévenait l'agence » /
    « comme le résumait X, … »: (content, mention span)."""
    toks = p.toks
    k = cue.start - 1
    if k >= lo and toks[k].norm in MASCULINE_OBJECT_CLITICS:
        k -= 1
    elif not (k >= lo and toks[k].norm == "comme"):
        return None
    mention = None
    if k >= lo and toks[k].norm == "comme":
        mention = mention_of_incise(p, cue, hi)
        end = max(cue.end, mention[1]) if mention else cue.end
    else:
        mention = subject_before(toks, cue.start, lo)
        if mention is None or mention[0] - 1 < lo or toks[mention[0] - 1].norm != "comme":
            return None
        k = mention[0] - 1
        end = cue.end
    first = p.skip_connectives(lo, hi)
    others = [c for c in cue_by_start.values() if c is not cue and lo <= c.start <= hi]
    if k == first:
        m = end + 1
        while m <= hi and toks[m].text != "," and toks[m].depth == 0:
            m += 1
        if m >= hi:
            return None
        content = trim(p, m + 1, content_end(p, m + 1, hi, cue_by_start))
    elif k - 1 > first and toks[k - 1].text == ",":
        if any(toks[m].text == "," and toks[m].depth == 0 for m in range(end + 1, hi + 1)):
            return None  # the « comme » clause must end the sentence
        content = trim(p, first, k - 2)
    else:
        return None
    if content is None or any(content[0] <= c.start <= content[1] for c in others) or not _is_proposition(p, *content):
        return None
    return content, mention


def _is_proposition(p: Para, i: int, j: int) -> bool:
    """Is ``toks[i..j]`` a statement rather than a subject with its apposition (« Le directeur, X, a dit … »)?"""
    toks = p.toks
    if _has_fragment(p, i, j):
        return True
    tagged = any(t.pos for t in toks[i:j + 1])
    if tagged:
        if any(is_verbish(t) and t.depth == 0 and not _in_relative(p, i, k) for k, t in enumerate(toks[i:j + 1], start=i)):
            return True
        # the tagger misses finite verbs it has not seen (« envisagent » as a noun); a clause still
        # shows through an infinitive complement (« … envisagent d'envoyer … »)
        return any(t.depth == 0 and is_infinitive(t) and k > i and toks[k - 1].norm in INFINITIVE_PREPOSITIONS
                   for k, t in enumerate(toks[i:j + 1], start=i)) and j - i >= 4
    commas = [k for k in range(i, j + 1) if toks[k].text == "," and toks[k].depth == 0]
    if not commas:
        return not _name_or_np(p, i, j)
    return not (_name_or_np(p, i, commas[0] - 1) and _name_or_np(p, commas[-1] + 1, j))


def _in_relative(p: Para, i: int, k: int) -> bool:
    """Is token ``k`` inside a relative clause opened after ``i`` (« Le marchand qui avait vendu le
    tableau, … », « Le conseiller, qui s'est abstenu, … »), which holds the verb of a subject's qualifier,
    not of a statement?"""
    toks = p.toks
    for m in range(k - 1, i, -1):
        if toks[m].text == "," and not (m > i + 1 and toks[m + 1].norm in APPOSED_RELATIVES) or toks[m].kind == "quote":
            return False
        if toks[m].norm in APPOSED_RELATIVES and m > i and (toks[m - 1].kind == "word" and not is_verbish(toks[m - 1])
                                                         or toks[m - 1].text == "," and m - 1 > i):
            return True  # « Le marchand qui … », « Le conseiller, qui s'est abstenu, … »
    return False


def _name_or_np(p: Para, i: int, j: int) -> bool:
    toks = p.toks
    if i > j:
        return False
    if name_only(toks, i, j) or bare_apposition(toks, i, j):
        return True
    return is_determiner(toks[i]) and j - i <= 6 and not any(is_verbish(t) for t in toks[i:j + 1])


def _has_fragment(p: Para, i: int, j: int) -> bool:
    return any(t.kind == "quote" and t.depth == 0 and t.role == "open" for t in p.toks[i:j + 1])


def _has_words_of_someone(p: Para, i: int, j: int) -> bool:
    """Does ``toks[i..j]`` hold quoted words that are not a label (what makes a content mixed)?"""
    return any(t.kind == "quote" and t.depth == 0 and t.role == "open" and not is_label(p, p.pairs[t.pair])
               for t in p.toks[i:j + 1])


def main_subject(p: Para, cue: Cue, lo: int, found: list[Candidate]) -> tuple[int, int] | None:
    """The subject of the sentence's main clause, for participial and coordinated cues (characters)."""
    start = p.toks[cue.start].start
    unit_start = p.toks[lo].start
    prior = [c for c in found if c.mention and c.cue_span and unit_start <= c.cue_span[0] < start]
    if prior:
        return prior[-1].mention
    toks = p.toks
    for k in range(lo, cue.start):
        t = toks[k]
        if t.depth == 0 and is_verbish(t):
            span = subject_before(toks, k, lo)
            return mention_chars(p, span)
    if cue.kind == "ppr":  # « Dénonçant …, un des représentants, X, a appelé »: the main clause comes after
        return mention_chars(p, subject_after_fronted(toks, cue.end, p.unit_range(cue.start)[1]))
    return None


def _mention(p: Para, cue: Cue, lo: int, hi: int, found: list[Candidate]) -> tuple[int, int] | None:
    toks = p.toks
    if cue.inverted_i >= 0:
        return mention_chars(p, mention_of_incise(p, cue, hi))
    if cue.kind == "ppr" and not cue.gerund and cue.start > lo and toks[cue.start - 1].kind == "word" \
            and toks[cue.start - 1].norm not in CONJUNCTIONS and toks[cue.start - 1].norm not in OBJECT_CLITICS:
        return mention_chars(p, np_before(toks, cue.start - 1, lo))  # (« le traitant de … »: the main subject's)
    if cue.kind in ("ppr", "inf") or cue.gerund or cue.bare_participle:
        return main_subject(p, cue, lo, found)
    if cue.aux_i < 0 and cue.inverted_i < 0 and cue.end + 2 <= hi and toks[cue.end + 1].norm == "par" \
            and toks[cue.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS):
        return mention_chars(p, np_after(toks, cue.end + 2, hi, appositions=False))  # « Accusé par X de … »
    span: Span | None = subject_before(toks, cue.start, lo)
    if span is not None and toks[span[0]].norm == "on":  # « on apprend de source sûre que … »; « on note … »: nobody
        return mention_chars(p, source_after_on(toks, cue.end + 1, hi)) if "on" in cue.verb.frames else None
    if span is None and cue.start > lo and toks[cue.start - 1].kind == "quote" and toks[cue.start - 1].role == "close":
        pair = p.pairs[toks[cue.start - 1].pair]
        if p.skip_connectives(lo, hi) == pair.open_i and pair.close_i > pair.open_i + 1:
            return mention_chars(p, (pair.open_i + 1, pair.close_i - 1))  # « « Le Collectif » a suggéré de … »
    if span is None:
        return main_subject(p, cue, lo, found)
    return mention_chars(p, span)


def _can_be_subject(tok) -> bool:
    """Can a noun phrase starting with ``tok`` be the subject of an incise (a determiner, a name, a title, a pronoun)?"""
    return tok.kind in ("title", "inv") or tok.cap or is_determiner(tok) or tok.norm in SUBJECT_PRONOUNS \
        or tok.kind == "elision" and tok.norm == "l'"


def _aux_before_insertion(p: Para, k: int) -> bool:
    """« a, de son côté, demandé … »: an auxiliary before an inserted phrase between commas."""
    toks = p.toks
    window = toks[max(0, k - 9):k]
    commas = [n for n, t in enumerate(window) if t.text == ","]
    return len(commas) >= 2 and window[commas[0] - 1].norm in AVOIR_COMPOUND_3 \
        if commas and commas[0] > 0 else False


def _split_by_incise(p: Para, cue: Cue, lo: int, hi: int, cue_by_start: dict[int, Cue]) -> tuple[int, int] | None:
    """« Son entreprise, a-t-il assuré, emploie 23 salariés. »: an inverted incise between the subject
    of the content and its verb; the content is both sides, the incise inside it (eval-dev splitting rule)."""
    toks = p.toks
    if not (cue.start - 1 > lo and toks[cue.start - 1].text == "," and cue.end + 2 <= hi and toks[cue.end + 1].text == ","):
        return None
    k = p.skip_connectives(lo, cue.start - 1)
    head = toks[k:cue.start - 1]
    if not head or len(head) > 8 or any(t.depth or t.kind in ("punct", "quote", "dots") or is_verbish(t) for t in head):
        return None  # the words before must be a bare subject noun phrase
    if not (is_determiner(head[0]) or head[0].cap):
        return None
    j = cue.end + 2
    m = j
    if toks[m].kind == "quote" and toks[m].role == "open":
        m += 1
    while m <= hi and toks[m].norm in PREVERBAL_CLITICS:
        m += 1
    if m > hi or not (is_verbish(toks[m]) or not toks[m].pos and any(f.kind == "verb" for f in forms().get(toks[m].norm, ()))):
        return None
    return trim(p, k, content_end(p, j, hi, cue_by_start))


def _qualifies_a_noun(p: Para, cue: Cue) -> bool:
    """« une société accusée d'avoir détourné … », « l'« état d'urgence » décrété après … »: a bare past
    participle right after a noun phrase qualifies it; no speech act is reported."""
    toks = p.toks
    if not (cue.kind == "verb" and cue.aux_i < 0 and cue.inverted_i < 0 and not cue.bare_participle
            and toks[cue.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS) and cue.start > 0):
        return False
    before = toks[cue.start - 1]
    if before.kind == "quote" and before.role == "close" or "passive" in cue.verb.frames and before.text == "," \
            and any(t.norm == "par" for t in toks[cue.end + 1:cue.end + 6]):
        return True  # (« Ivan, traité de « traître » par ses alliés, … »: a passive, see analysis.quotes.passive)
    return before.kind == "word" and before.word and not is_adverb(before) \
        and before.norm not in CONJUNCTIONS_AND_AVOIR \
        and not _aux_before_insertion(p, cue.start)


def _noun_with_quoted_label(p: Para, i: int, j: int) -> bool:
    """Is ``toks[i:j + 1]`` a noun phrase ending on quoted words that qualify the noun right before them
    (« une liste « gilets jaunes » », « des femmes « gilets jaunes » »), with no finite verb: the subject of
    the verb that follows, not a statement it reports. (After a capitalised word the quotation may stand
    apart from a title glued before it: left to the other rules.)"""
    toks = p.toks
    last = toks[j]
    if last.kind != "quote" or last.role != "close" or last.pair < 0:
        return False
    opening = p.pairs[last.pair].open_i
    if opening - 1 < i or any(t.depth == 0 and is_verbish(t) for t in toks[i:opening]):
        return False
    noun = toks[opening - 1]
    return noun.kind == "word" and not noun.cap and not is_determiner(noun) and noun.norm not in DE_ARTICLES \
        and not is_adverb(noun) and not is_verbish(noun)


def _incise_content(p: Para, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
    """The statement before an incise cue (« Aucun lien n'a été établi, a indiqué la police »), if the cue
    reads as one: a finite verb right after a comma or a closing quote mark, a statement before it."""
    toks = p.toks
    bare = cue.aux_i < 0 and cue.inverted_i < 0 and toks[cue.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS)
    if not (cue.allows("incise") and cue.kind == "verb" and cue.start > lo) or bare:
        return None  # (« …, estimé à plusieurs millions, … », « …, menacé les employées … »: participles, no incise)
    before = toks[cue.start - 1]
    if before.kind == "quote" and before.role == "close" and (is_label(p, p.pairs[before.pair])
                                                               or name_shaped(p, p.pairs[before.pair])):
        return None  # « … de nombreux « gilets jaunes » ont exprimé … », « « Le Courrier » publie … »: a subject
    if not (before.text == "," or before.kind == "quote" and before.role == "close"):
        return None
    if before.text == "," and cue.start >= 3 and toks[cue.start - 2].norm in YEAR_NOUNS and toks[cue.start - 3].text.isdigit():
        return None  # « que E.F., 37 ans, avait lancé … »: an age in apposition to the subject, no incise
    k = p.skip_connectives(lo, cue.start - 1)
    for m in range(cue.start - 1, k - 1, -1):
        if toks[m].depth == 0 and toks[m].text == ":":
            k = m + 1
            break
    span = trim(p, k, cue.start - 1)
    if span is not None and _inner_incise(p, span[0], cue.start):
        return None  # « « … », a déclaré X devant les députés, ont rapporté des participants »: a relay of the quotation
    if span is not None:
        span = (span[0], without_trailing_apposition(p, *span))  # « …, un parti fondé en 1965, a précisé X »
    if span is not None and before.kind == "quote" and cue.inverted_i < 0 and _noun_with_quoted_label(p, *span):
        return None  # « Une liste « gilets jaunes » a annoncé son intention … »: the subject, not a statement
    if span is not None and cue.inverted_i < 0 and cue.lemma in TRANSITIVE_INCISE_VERBS and not _has_words_of_someone(p, *span):
        return None  # « …, ont repris le travail »: without quote marks, an ordinary verb with its object
    # an inverted incise (« …, a-t-il fait valoir ») can only follow a statement; otherwise the
    # words before must read as one (« Le directeur, X, a dit … » is a subject)
    if span is not None and sum(1 for t in toks[span[0]:span[1] + 1] if t.word) >= (2 if _has_words_of_someone(p, *span) else 3) \
            and (cue.inverted_i >= 0 or _is_proposition(p, *span)):
        subject = mention_of_incise(p, cue, hi)
        if subject is None and _reading(p, cue):
            return span  # « …, peut-on lire. »: the medium comes from the sentence before
        nxt = toks[cue.end + 1] if cue.end + 1 <= hi else None
        if cue.inverted_i < 0 and nxt is not None and (nxt.norm in QUE or nxt.kind == "quote" and nxt.role == "open"
                                                       or nxt.norm in INFINITIVE_PREPOSITIONS
                                                       and not _ends_clause(p, cue.end + 1, hi)):
            return None  # « … « gilets jaunes » continuaient de bloquer … »: the verb goes on with its complement
        if cue.inverted_i < 0 and (cue.allows("of") or cue.allows("de")) and _object_then_quoted_de(p, cue.end + 1, hi):
            return None  # « …, a qualifié Vigipirate de « piège » »: an object and its quoted attribute, no subject
        if subject is not None and (cue.inverted_i >= 0 or _can_be_subject(toks[subject[0]]) and _ends_clause(p, subject[1] + 1, hi)):
            return span
    return None


def _inner_incise(p: Para, a: int, b: int) -> bool:
    """Is there an incise of its own (« », a déclaré X », « », a-t-il ajouté ») between ``a`` and ``b``? A late
    incise after it relays that quotation (one entry, the original speaker) rather than reporting the whole."""
    toks = p.toks
    return any(a + 1 < c.start < b and c.allows("incise") and toks[c.start].depth == 0 and toks[c.start - 1].text == ","
               and toks[c.start - 2].kind == "quote" and toks[c.start - 2].role == "close" for c in p.cues)


OBJECT_REACH = 6
"""Tokens of a short object between a verb and « de « … » » (« qualifie la nouvelle mission de « … » »)."""


def _object_then_quoted_de(p: Para, k: int, hi: int) -> bool:
    """Does a short noun phrase at ``k`` come before « de » / « d' » and quoted words (« Vigipirate de « … » »)?"""
    toks = p.toks
    for m in range(k + 1, min(hi - 1, k + OBJECT_REACH) + 1):
        t = toks[m]
        if t.kind in ("punct", "dots", "quote") or is_verbish(t):
            return False
        if t.norm in DE and toks[m + 1].kind == "quote" and toks[m + 1].role == "open":
            return True
    return False


def _ends_clause(p: Para, k: int, hi: int) -> bool:
    """Does the incise's subject end its clause at ``k`` (punctuation, the paragraph's end, an adverbial such as
    « à l'AFP »), rather than go on with a complement (« a qualifié X de « … » », « a appelé X à venir »)?"""
    toks = p.toks
    if k > hi:
        return True
    t = toks[k]
    if t.kind == "quote":
        return t.role == "close" or t.pair >= 0 and is_label(p, p.pairs[t.pair])  # « du parti « Les Verts » »
    if t.kind in ("punct", "dots"):
        return True
    if t.norm in QUE or is_infinitive(t):
        return False
    nxt = toks[k + 1] if k + 1 <= hi else None
    return not (t.norm in DE_ARTICLES or t.norm in A_FORMS) or nxt is None \
        or not (nxt.kind == "quote" and nxt.role == "open" or is_infinitive(nxt))


HYPOTHESIS_REACH = 5
"""Tokens between « si » and the cue of a conditional clause (« si la commission estime que … »)."""


def _hypothetical(p: Para, cue: Cue, lo: int) -> bool:
    toks = p.toks
    for k in range(cue.start - 1, max(lo - 1, cue.start - 1 - HYPOTHESIS_REACH), -1):
        if (toks[k].norm == "si" or toks[k].norm == "s'" and k + 1 < len(toks) and toks[k + 1].norm in IL_FORMS) \
                and toks[k].depth == 0:
            # (« même si X affirme que … » concedes a statement; « Si X évoque …, Y … » opening the sentence
            # contrasts two statements)
            return not (k > lo and toks[k - 1].norm == "même") and k > p.skip_connectives(lo, cue.start)
        if toks[k].kind == "punct" or is_verbish(toks[k]):
            return False
    return False


def _reading(p: Para, cue: Cue) -> bool:
    """« on lit sur X que … », « …, peut-on lire »: reading what a medium published (its name may come
    from the sentence before)."""
    toks = p.toks
    impersonal = cue.inverted_i >= 0 and toks[cue.inverted_i].norm.endswith("-on") or cue.start > 0 and toks[cue.start - 1].norm == "on"
    return cue.lemma in READING_VERBS and impersonal


def _read_in(p: Para, cue: Cue, hi: int) -> Span | None:
    """The medium after a reading cue: « on lit sur Le Point que … », « peut-on lire dans le quotidien »."""
    toks = p.toks
    k = cue.end + 1
    if _reading(p, cue) and k < hi and toks[k].norm in MEDIUM_PREPOSITIONS:
        return np_after(toks, k + 1, hi)
    return None


def _construction(p: Para, cue: Cue, lo: int, hi: int, cue_by_start: dict[int, Cue]):
    """The content a cue reports and how: ((first, last), rule, mention span of a « comme » clause) or None.

    The constructions are tried in this order for the same cue, and the order is the rule: a « que » or
    infinitive complement, quoted words it governs (unless the cue is an incise after a statement), a
    « comme » clause, an incise inside the content, an incise after it."""
    toks = p.toks
    comp = complement(p, cue, hi)
    if comp is not None and comp[1] <= hi:
        kind, i = comp
        content = trim(p, i, content_end(p, i, hi, cue_by_start, verbless=kind == "inf"))
        if content is not None:
            return content, kind, None
    incise = _incise_content(p, cue, lo, hi)
    if incise is None and not (cue.aux_i >= 0 and toks[cue.aux_i].norm in AUXILIARY_INFINITIVES):
        # (« a raconté avoir alerté le maire « à trois reprises » »: the speaker's own past act, not a quotation)
        frag = fragment_complement(p, cue, hi)
        content = trim(p, *frag) if frag is not None else None
        if content is not None:
            return content, "fragment", None
    if cue.kind == "verb":
        comme = _comme_clause(p, cue, lo, hi, cue_by_start)
        if comme is not None:
            return comme[0], "comme", comme[1]
    if cue.inverted_i >= 0 and cue.kind == "verb":
        split = _split_by_incise(p, cue, lo, hi, cue_by_start)
        if split is not None:
            return split, "incise", None
    return (incise, "incise", None) if incise is not None else None


def _agentless_participle(p: Para, cue: Cue, lo: int) -> bool:
    """« X, accusé d'avoir … », « Invité à préciser … »: a past participle detached by a comma or opening the
    sentence, with no auxiliary and no « par » agent, says what others said of its subject without naming
    them: no quotation unless the content holds quoted words (then whose they are is read from context)."""
    toks = p.toks
    if cue.aux_i >= 0 or cue.inverted_i >= 0 or cue.start != cue.verb_i or cue.bare_participle:
        return False
    if not toks[cue.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS):
        return False
    if cue.end + 1 < len(toks) and toks[cue.end + 1].norm == "par":
        return False
    if cue.start == lo:
        return True
    if toks[cue.start - 1].text != ",":
        return False
    k = cue.start - 2
    while k > lo and toks[k].text != ",":
        k -= 1
    return not (k > lo and toks[k - 1].norm in AUXILIARIES)  # (« X a, de son côté, appelé … »: the auxiliary before)


def _source_told(p: Para, cue: Cue, rule: str, hi: int) -> tuple[int, int] | None:
    """« …, a appris l'AFP (mardi) de sources gouvernementales »: a medium that learnt a statement from a
    named source reports that source's words; the source (characters), else None."""
    if rule != "incise" or cue.inverted_i >= 0 or cue.start == 0 or p.toks[cue.start - 1].text != ",":
        return None
    return mention_chars(p, source_after_on(p.toks, cue.end + 1, hi))


def find_indirect(p: Para, found: list[Candidate]) -> list[Candidate]:
    """Indirect and mixed quotations of a paragraph; ``found`` holds the direct ones (and grows)."""
    toks = p.toks
    # a cue before a colon can govern its own complement too: « appelle les assurés à comparer … : « … » »
    used = {id(c.cue) for c in found if c.cue is not None and not c.rule.startswith("direct-colon")
            and not (c.cue.inverted_i < 0 and c.cue.start > 0 and toks[c.cue.start - 1].kind == "word"
                     and complement(p, c.cue, p.unit_range(c.cue.start)[1]) is not None)}
    # (« « … », la police a demandé aux médias de rappeler que … »: the verb closing a quotation has its own complement)
    cue_by_start = {c.start: c for c in p.cues if toks[c.start].depth == 0}
    out: list[Candidate] = []
    for cue in p.cues:
        if toks[cue.start].depth or id(cue) in used or _qualifies_a_noun(p, cue):
            continue
        lo, hi = p.unit_range(cue.start)
        got = _construction(p, cue, lo, hi, cue_by_start)
        if got is None:
            continue
        (a, b), rule, comme_mention = got
        if cue.kind == "ppr" and not cue.gerund and rule == "inf" and cue.start > lo \
                and toks[cue.start - 1].kind == "word" and toks[cue.start - 1].norm not in CONJUNCTIONS:
            continue  # « …, les élus menaçant de quitter la séance »: an absolute clause, not a speech act
        if sum(1 for t in toks[a:b + 1] if t.word) < 1:
            continue
        if rule == "incise":
            span = mention_of_incise(p, cue, hi) or _read_in(p, cue, hi)
            if span is None and not _reading(p, cue):
                continue  # « …, a-t-on appris, … » with no source named
            mention = mention_chars(p, span)
        elif rule == "comme":
            mention = mention_chars(p, comme_mention)
            if mention is None:
                continue
        else:
            if _hypothetical(p, cue, lo):
                continue  # « si elle estime que … »: a condition, nobody said it
            mention = _mention(p, cue, lo, hi, found + out) or mention_chars(p, _read_in(p, cue, hi))
        if mention is None and rule not in ("incise", "comme") and cue.start > lo and toks[cue.start - 1].norm == "on" \
                and not _reading(p, cue):
            continue  # « on note le retour de … »: an impersonal « on » names nobody
        if mention is not None and fold(p.text[mention[0]:mention[1]], accents=True) in NON_AGENT_SUBJECTS:
            continue  # « nous avons parlé de « … » » (the author's own words), « ce qui inciterait … » (a thing)
        if "on" in cue.verb.frames and not (cue.inverted_i >= 0 and toks[cue.inverted_i].norm.endswith("-on")
                                             or cue.start > 0 and toks[cue.start - 1].norm == "on"):
            source = _source_told(p, cue, rule, hi)
            if source is None:
                continue
            mention = source
        mixed = _has_words_of_someone(p, a, b)
        if not mixed and _agentless_participle(p, cue, lo):
            continue
        out.append(Candidate(
            type="mixed" if mixed else "indirect", start=toks[a].start, end=toks[b].end, paragraph=p.index,
            rule=f"indirect-{rule}", cue=cue, cue_span=p.chars(cue.start, cue.end), cue_lemma=cue.lemma,
            cue_category=cue.category, mention=mention, priority=2, needs_speaker=mention is None and _reading(p, cue),
        ))
    return out


NESTED_RULES = frozenset({"indirect-que", "indirect-inf", "indirect-de", "indirect-si"})
"""Constructions a cue inside a direct quotation may report through (« Un agent m'a dit que … »): a clause or an
infinitive, never quoted words or an incise, which the quotation's own marks would confuse."""
NESTED_NO_SUBJECTS = frozenset({"on", "il", "elle", "ils", "elles"})
"""Subjects that make no layer inside a quotation: « on » names nobody, and a third-person pronoun there points at
someone the speaker spoke of, whom the article's own sentences do not help find (« il me reprochait de … »)."""
NESTED_MIN_WORDS = 3
"""Words a content reported inside a quotation must hold, at least (« il m'a dit non » is the speaker's story)."""


def _told_to_speaker(p: Para, cue: Cue) -> bool:
    """« un agent m'a dit que », « le préfet nous a promis de »: the quoted speaker tells what was said to them.
    Other verbs inside a quotation are mostly the speaker's own argument (« il disait que … »), not a layer."""
    k = cue.start - 1
    return k >= 0 and p.toks[k].norm in FIRST_PERSON_ADDRESSEES


def _holds(starts: list[int], a: int, b: int) -> bool:
    """Does the sorted list ``starts`` hold an offset in ``[a, b)``?"""
    k = bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


def find_nested_indirect(p: Para, direct: list[Candidate]) -> list[Candidate]:
    """Speech reported inside a direct quotation (« « Un agent m'a dit que je n'avais rien à faire là » »):
    its content is a span of its own inside the quotation (the eval-dev rule on layers that report different
    spans), an indirect quotation whose speaker is the inner subject. The quotation's words are read as a
    paragraph of their own, so the inner cue, its subject and its content all lie inside the marks; an
    impersonal « on » or a missing subject reports nothing."""
    toks = p.toks
    inner_cues = sorted(toks[c.start].start for c in p.cues if toks[c.start].depth)
    hosts = [c for c in direct if c.type == "direct" and _holds(inner_cues, c.start, c.end)]
    if not hosts:
        return []
    tags = ([t.start for t in toks if t.pos], [(t.pos, t.morph) for t in toks if t.pos])
    ends = [*p.sent_starts[1:], p.end]
    out: list[Candidate] = []
    for host in hosts:  # (each host reads only its own sentences: the cost stays that of the paragraph)
        first = max(0, bisect_right(p.sent_starts, host.start) - 1)
        last = bisect_left(p.sent_starts, host.end)
        rows = [(sid, max(a, host.start), min(b, host.end))
                for sid, a, b in zip(p.sent_ids[first:last], p.sent_starts[first:last], ends[first:last], strict=False)]
        inner = build_para(p.text, p.index, host.start, host.end, rows or [(0, host.start, host.end)], tags)
        for cand in find_indirect(inner, []):
            if cand.rule not in NESTED_RULES or cand.mention is None or cand.cue is None or cand.cue.kind != "verb" \
                    or not _told_to_speaker(inner, cand.cue) \
                    or fold(p.text[cand.mention[0]:cand.mention[1]]) in NESTED_NO_SUBJECTS \
                    or sum(1 for t in inner.toks if cand.start <= t.start < cand.end and t.word) < NESTED_MIN_WORDS:
                continue
            cand.rule = cand.rule.replace("indirect-", "indirect-nested-")
            out.append(cand)
    return out


__all__ = ["complement", "content_end", "find_indirect", "find_nested_indirect", "main_subject"]
