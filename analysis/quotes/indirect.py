"""Indirect and mixed quotations: reported content governed by a reporting verb.

Four constructions:
- a « que » clause: « X a affirmé (mardi, lors de …) que … » — « que » is left out, coordinated
  « et que … » clauses stay in the span;
- an infinitive complement: « a confié avoir … », « a demandé aux habitants de rester … »;
- a complement holding quoted words: « a appelé à la «retenue» », « s'est dit «dévasté» »;
- content followed by an incise without quote marks: « Aucun lien n'a été établi, a indiqué
  la police. »
The span is *mixed* when it contains quoted words, *indirect* otherwise. It ends at the end of
its sentence, or before the next attribution (« …, affirmant que … », « … et salué … »), the
narrator's gloss (« …, c'est-à-dire … ») or a noun phrase tacked on after it (« …, un objectif
que … »); an infinitive or a quoted fragment also ends before a second predicate of the subject
(« … et annoncé … », « … et promet … ») or a participle clause (« …, faisant redouter … »).
Participial cues (« affirmant que ») take the subject of the main clause.
"""

from __future__ import annotations

from analysis.fr.grammar import DE, PAST_PARTICIPLE_ENDINGS, PREPOSITIONS, THIRD_PERSON_SUBJECTS
from analysis.fr.quote_words import (
    DE_FORMS,
    FRAMING,
    QUE,
    STANCE_ADJECTIVES,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from analysis.fr.reporting_verbs import forms
from analysis.nlp.matcher import PhraseTable, phrases
from analysis.quotes.clauses import mention_chars, mention_of_incise, without_trailing_apposition
from analysis.quotes.cues import Cue, is_adverb
from analysis.quotes.mentions import (
    Span,
    bare_apposition,
    name_only,
    np_before,
    source_after_on,
    subject_after_fronted,
    subject_before,
)
from analysis.quotes.paragraph import Candidate, Para
from analysis.quotes.selon import selon_phrase_at
from analysis.quotes.tokens import is_determiner, is_infinitive, is_verbish

_STOP = frozenset(";")
COMPLEMENT_REACH = 18
"""Tokens between a reporting verb and the « que » or infinitive of its complement: room for an object, an
addressee and a time (« a affirmé mardi aux députés de la commission des finances que … »), no more."""
FRAGMENT_REACH = 12
"""Tokens between a reporting verb and the quoted words of its complement (« a appelé à la « retenue » »)."""
_TERMINAL = frozenset(".!?…")
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


def _fragment_complement(p: Para, cue: Cue, hi: int) -> tuple[int, int] | None:
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
            and not is_infinitive(toks[start + 1]) and cue.category == "directive":
        return start, pair_close  # « a exigé « des excuses » au préfet »: the addressee is not content
    while m <= hi and not (toks[m].depth == 0 and (toks[m].kind == "punct" and toks[m].text in ",;:.!?" or toks[m].kind == "dots")):
        if toks[m].depth == 0 and toks[m].norm in ("et", "mais", "puis", "ou") and m + 1 <= hi and (
                _starts_predicate(p, m + 1) or toks[m + 1].norm in ("qui", "que", "qu'", "dont")
                or any(c.start == m + 1 and c.kind == "verb" for c in p.cues)):
            break  # « a dénoncé « un dossier vide » et annoncé … », « … « passage en force » et qui ouvre … »
        m += 1
    return start, m - 1


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
    the auxiliary: « a accusé … et annoncé … »), the content starting at ``i`` having no auxiliary
    of its own (« avoir perdu … et vendu … » goes on)?"""
    toks = p.toks
    if k > hi:
        return False
    if any(toks[m].norm in ("avoir", "être") and toks[m].depth == 0 for m in range(i, min(i + 3, k))):
        return False
    t = toks[k]
    if is_verbish(t) or t.kind == "word" and not t.is_cap and (
            t.pos in ("VERB", "AUX") and "VerbForm=Inf" not in t.morph and "VerbForm=Part" not in t.morph
            or any(f.kind == "verb" for f in forms().get(t.norm, ()))):
        return True  # « … et promet … »
    return t.kind == "word" and not t.is_cap and t.norm.endswith(PAST_PARTICIPLE_ENDINGS) and not is_determiner(t) \
        and (not t.pos or t.pos in ("VERB", "AUX", "ADJ"))


def _participle_clause(p: Para, k: int, hi: int) -> bool:
    """« faisant redouter … », « provoquant … »: a present participle opening the narrator's clause."""
    t = p.toks[k] if k <= hi else None
    return t is not None and t.kind == "word" and not t.is_cap and len(t.norm) > 5 and t.norm.endswith("ant") \
        and (t.pos == "VERB" or not t.pos) and t.norm not in ("avant", "pendant", "durant", "cependant", "maintenant", "suivant")


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
        if verbless and t.norm in ("et", "mais", "puis") and j > i and _second_predicate(p, j + 1, hi, i):
            return j - 1
        if t.text == "," and j + 1 <= hi:
            nxt = cue_by_start.get(j + 1)
            if nxt is not None and (nxt.kind == "ppr" or nxt.inverted_i >= 0 or nxt.kind == "verb" and nxt.aux_i >= 0 and nxt.allows("incise")
                                    and toks[nxt.start].norm not in SUBJECT_PRONOUNS):
                return j - 1
            if selon_phrase_at(p, j + 1, hi, front=False) is not None or _framing_at(p, j + 1, hi):
                return j - 1
        if t.norm in ("et", "puis", "mais") and j + 1 <= hi:
            nxt = cue_by_start.get(j + 1)
            if nxt is None and j + 2 <= hi and (is_adverb(toks[j + 1]) or toks[j + 1].norm in THIRD_PERSON_SUBJECTS):
                nxt = cue_by_start.get(j + 2)  # « … et affirme que », « … mais assure aussi que »
            if nxt is not None and nxt.kind in ("verb", "ppr") and complement_or_fragment(p, nxt, hi):
                return j - 1  # a second reporting verb of the same subject: its own entry
            if nxt is not None and nxt.start == j + 1 and nxt.kind == "verb" and nxt.inverted_i < 0 \
                    and _same_tense(p, nxt, cue_by_start, i):
                return j - 1  # « reconnaît que … mais conteste tout danger »: the subject's next speech act
        if t.text == "," and subordinate and _new_main_clause(p, j + 1, hi):
            return j - 1
        if t.text == ":" and j + 1 <= hi and toks[j + 1].kind == "quote":
            return j - 1
        j += 1
    return hi


def _same_tense(p: Para, nxt: Cue, cue_by_start: dict[int, Cue], i: int) -> bool:
    """Is ``nxt`` a verb of the same shape as the cue governing the content at ``i`` (both simple
    forms: « dit … et réclame », or a bare participle after a compound one: « a dit … et réclamé »)?"""
    gov = next((c for c in sorted(cue_by_start.values(), key=lambda c: -c.end) if c.end < i and p.unit_of[c.end] == p.unit_of[i]), None)
    if gov is None or gov.kind != "verb" or gov.inverted_i >= 0:
        return False
    if gov.aux_i >= 0:
        return nxt.bare_participle
    return nxt.aux_i < 0 and not nxt.bare_participle and not p.toks[nxt.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS)


_SUBORDINATORS = (("alors", "que"), ("alors", "qu'"), ("si",), ("s'",), ("quand",), ("lorsque",), ("lorsqu'",),
                  ("comme",), ("tandis", "que"), ("tandis", "qu'"), ("puisque",), ("puisqu'",), ("bien", "que"),
                  ("bien", "qu'"), ("même", "si"), ("même", "s'"), ("après", "que"), ("avant", "que"), ("dès", "que"),
                  ("parce", "que"), ("quoique",), ("si", "bien", "que"))


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
        while k <= hi and toks[k].norm in ("ne", "n'", "lui", "leur", "l'", "le", "la", "les", "y", "en", "se", "s'"):
            k += 1
        return k <= hi and is_verbish(toks[k])
    if is_determiner(toks[j]) or toks[j].is_cap:
        for k in range(j + 1, min(hi, j + 6) + 1):
            if toks[k].kind == "punct":
                return False
            if is_verbish(toks[k]):
                return True
    return False


_FRAMING = PhraseTable(phrases(FRAMING))


def _framing_at(p: Para, j: int, hi: int) -> bool:
    """Does a phrase about the speech event start at ``j`` (« au lendemain de », « lors de », « dans un communiqué »)?"""
    return _FRAMING.longest(p.norms, j, hi + 1) > 0


def complement_or_fragment(p: Para, cue: Cue, hi: int) -> bool:
    return complement(p, cue, hi) is not None or _fragment_complement(p, cue, hi) is not None


def trim(p: Para, i: int, j: int) -> tuple[int, int] | None:
    toks = p.toks
    while j >= i and (toks[j].kind == "dots" and toks[j].depth == 0 or toks[j].kind == "punct" and toks[j].text in ".!?,;:–—-"):
        j -= 1
    while i <= j and toks[i].kind == "punct" and toks[i].text in ",;:":
        i += 1
    return (i, j) if i <= j else None


def _comme_clause(p: Para, cue: Cue, lo: int, hi: int, cue_by_start: dict[int, Cue]):
    """« Comme l'a rappelé le ministre, … » / « …, comme il l'a rappelé. »: (content, mention span)."""
    toks = p.toks
    k = cue.start - 1
    if k < lo or toks[k].norm != "l'":
        return None
    k -= 1
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
        return any(t.depth == 0 and is_infinitive(t) and k > i and toks[k - 1].norm in ("de", "d'", "à")
                   for k, t in enumerate(toks[i:j + 1], start=i)) and j - i >= 4
    commas = [k for k in range(i, j + 1) if toks[k].text == "," and toks[k].depth == 0]
    if not commas:
        return not _name_or_np(p, i, j)
    return not (_name_or_np(p, i, commas[0] - 1) and _name_or_np(p, commas[-1] + 1, j))


def _in_relative(p: Para, i: int, k: int) -> bool:
    """Is token ``k`` inside a relative clause opened after ``i`` (« Le marchand qui avait vendu le
    tableau, … »), which holds the verb of a subject's qualifier, not of a statement?"""
    toks = p.toks
    for m in range(k - 1, i, -1):
        if toks[m].text == "," or toks[m].kind == "quote":
            return False
        if toks[m].norm in ("qui", "dont") and m > i and toks[m - 1].kind == "word" and not is_verbish(toks[m - 1]):
            return True
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
            and toks[cue.start - 1].norm not in ("et", "puis", "mais", "ou"):
        return mention_chars(p, np_before(toks, cue.start - 1, lo))
    if cue.kind in ("ppr", "inf") or cue.gerund or cue.bare_participle:
        return main_subject(p, cue, lo, found)
    span: Span | None = subject_before(toks, cue.start, lo)
    if span is not None and toks[span[0]].norm == "on":
        return mention_chars(p, source_after_on(toks, cue.end + 1, hi))
    if span is None:
        return main_subject(p, cue, lo, found)
    return mention_chars(p, span)


def _can_be_subject(tok) -> bool:
    """Can a noun phrase starting with ``tok`` be the subject of an incise (a determiner, a name, a title, a pronoun)?"""
    return tok.kind in ("title", "inv") or tok.is_cap or is_determiner(tok) or tok.norm in SUBJECT_PRONOUNS \
        or tok.kind == "elision" and tok.norm == "l'"


def _aux_before_insertion(p: Para, k: int) -> bool:
    """« a, de son côté, demandé … »: an auxiliary before an inserted phrase between commas."""
    toks = p.toks
    window = toks[max(0, k - 9):k]
    commas = [n for n, t in enumerate(window) if t.text == ","]
    return len(commas) >= 2 and window[commas[0] - 1].norm in ("a", "ont", "avait", "avaient", "aura", "auront") \
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
    if not (is_determiner(head[0]) or head[0].is_cap):
        return None
    j = cue.end + 2
    m = j
    if toks[m].kind == "quote" and toks[m].role == "open":
        m += 1
    while m <= hi and toks[m].norm in ("ne", "n'", "se", "s'", "y", "en", "l'", "le", "la", "les", "lui", "leur"):
        m += 1
    if m > hi or not (is_verbish(toks[m]) or not toks[m].pos and any(f.kind == "verb" for f in forms().get(toks[m].norm, ()))):
        return None
    return trim(p, k, content_end(p, j, hi, cue_by_start))


def find_indirect(p: Para, found: list[Candidate]) -> list[Candidate]:
    """Indirect and mixed quotations of a paragraph; ``found`` holds the direct ones (and grows)."""
    # (One loop over the cues, longer than most functions: each construction below — incise, « que » or
    # infinitive complement, quoted fragment, « comme » — is tried in this order for the same cue, and the
    # order is the rule; each construction's details live in its own function.)
    toks = p.toks
    # a cue before a colon can govern its own complement too: « appelle les assurés à comparer … : « … » »
    used = {id(c.cue) for c in found if c.cue is not None and not c.rule.startswith("direct-colon")}
    cue_by_start = {c.start: c for c in p.cues if toks[c.start].depth == 0}
    out: list[Candidate] = []
    for cue in p.cues:
        if toks[cue.start].depth or id(cue) in used:
            continue
        if cue.kind == "verb" and cue.aux_i < 0 and cue.inverted_i < 0 and not cue.bare_participle \
                and toks[cue.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS) and cue.start > 0 \
                and toks[cue.start - 1].kind == "word" and toks[cue.start - 1].is_word and not is_adverb(toks[cue.start - 1]) \
                and toks[cue.start - 1].norm not in ("et", "puis", "mais", "ou", "a", "ont", "avait", "avaient") \
                and not _aux_before_insertion(p, cue.start):
            continue  # « une société accusée d'avoir détourné … »: a participle qualifying a noun, no speech act
        lo, hi = p.unit_range(cue.start)
        content: tuple[int, int] | None = None
        rule = ""
        comp = complement(p, cue, hi)
        if comp is not None:
            kind, i = comp
            if i <= hi:
                content = trim(p, i, content_end(p, i, hi, cue_by_start, verbless=kind == "inf"))
                rule = kind
        if content is None and not (cue.aux_i >= 0 and toks[cue.aux_i].norm in ("avoir", "être")):
            # (« a raconté avoir alerté le maire « à trois reprises » »: the speaker's own past act, not a quotation)
            frag = _fragment_complement(p, cue, hi)
            if frag is not None:
                content, rule = trim(p, *frag), "fragment"
        if content is None and cue.kind == "verb":
            comme = _comme_clause(p, cue, lo, hi, cue_by_start)
            if comme is not None:
                content, rule, comme_mention = comme[0], "comme", comme[1]
        if content is None and cue.inverted_i >= 0 and cue.kind == "verb":
            split = _split_by_incise(p, cue, lo, hi, cue_by_start)
            if split is not None:
                content, rule = split, "incise"
        bare = cue.aux_i < 0 and cue.inverted_i < 0 and toks[cue.verb_i].norm.endswith(PAST_PARTICIPLE_ENDINGS)
        if content is None and cue.allows("incise") and cue.kind == "verb" and cue.start > lo and not bare:
            # (« …, estimé à plusieurs millions, … », « …, menacé les employées … »: participles, no incise)
            before = toks[cue.start - 1]
            if before.text == "," or (before.kind == "quote" and before.role == "close"):
                k = p.skip_connectives(lo, cue.start - 1)
                for m in range(cue.start - 1, k - 1, -1):
                    if toks[m].depth == 0 and toks[m].text == ":":
                        k = m + 1
                        break
                span = trim(p, k, cue.start - 1)
                # an inverted incise (« …, a-t-il fait valoir ») can only follow a statement; otherwise the
                # words before must read as one (« Le directeur, X, a dit … » is a subject)
                if span is not None and sum(1 for t in toks[span[0]:span[1] + 1] if t.is_word) >= 3 \
                        and (cue.inverted_i >= 0 or _is_proposition(p, *span)):
                    content, rule = span, "incise"
        if content is None:
            continue
        if cue.kind == "ppr" and not cue.gerund and rule == "inf" and cue.start > lo \
                and toks[cue.start - 1].kind == "word" and toks[cue.start - 1].norm not in ("et", "puis", "mais", "ou"):
            continue  # « …, les élus menaçant de quitter la séance »: an absolute clause, not a speech act
        a, b = content
        if sum(1 for t in toks[a:b + 1] if t.is_word) < 1:
            continue
        if rule == "incise":
            span = mention_of_incise(p, cue, hi)
            if span is None or cue.inverted_i < 0 and not _can_be_subject(toks[span[0]]):
                continue  # « …, reprend seule l'exploitation »: no subject after the verb, no incise
            mention = mention_chars(p, span)
        elif rule == "comme":
            mention = mention_chars(p, comme_mention)
            if mention is None:
                continue
        else:
            mention = _mention(p, cue, lo, hi, found + out)
        if "on" in cue.verb.frames and not (cue.inverted_i >= 0 and toks[cue.inverted_i].norm.endswith("-on")
                                             or cue.start > 0 and toks[cue.start - 1].norm == "on"):
            continue
        mixed = _has_fragment(p, a, b)
        out.append(Candidate(
            type="mixed" if mixed else "indirect", start=toks[a].start, end=toks[b].end, paragraph=p.index,
            rule=f"indirect-{rule}", cue=cue, cue_span=p.chars(cue.start, cue.end), cue_lemma=cue.lemma,
            cue_category=cue.category, mention=mention, priority=2,
        ))
    return out


__all__ = ["complement", "content_end", "find_indirect", "main_subject", "DE_FORMS"]
