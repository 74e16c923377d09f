"""Direct quotations: words in quote marks that stand apart from the reporting clause.

A quotation is direct when it is a unit of its own on both sides: on the left it opens the
sentence (or follows a colon, a dash, or an introducer such as « Selon lui, »); on the right
it ends the sentence, or an incise follows (« …», a dit M. X / «…», écrit-il / «…», c'est ainsi
qu'il a qualifié …), or a dash and a name. Anything else in quote marks is a fragment, left to
the indirect and « selon » rules (mixed quotations) or ignored (scare quotes), except the words
of someone heard inside an account (« affirme avoir entendu un policier crier « … » »). An incise
inside the marks (« …, a-t-il ajouté. … », or a longer one that runs to the end of its sentence:
« …, a-t-elle lancé depuis la tribune, sous les huées. Les … ») splits the quotation into two entries.
"""

from __future__ import annotations

from analysis.fr.grammar import DE_ARTICLES, PAST_PARTICIPLE_ENDINGS, PREPOSITIONS
from analysis.fr.quote_words import (
    APPOSED_RELATIVES,
    COPULA_FORMS,
    LIST_INTRODUCERS,
    LIST_SEPARATOR_WORDS,
    OBJECT_CLITICS,
    PARTICIPLE_AUXILIARY,
    PERCEPTION_FORMS,
    PRESENTATIVE_FOLLOWERS,
    PRESENTATIVES,
    PREVERBAL_CLITICS,
    QUE,
    REFLEXIVES,
    UTTERANCE_NOUNS,
)
from analysis.fr.reporting_verbs import forms
from analysis.quotes.clauses import inner_chars, mention_chars, mention_of_incise
from analysis.quotes.complements import complement
from analysis.quotes.cues import UNKNOWN_VERB, Cue, inverted_incise_at
from analysis.quotes.labels import is_label, name_shaped
from analysis.quotes.marks import Pair
from analysis.quotes.mentions import PHRASE_REACH, Span, subject_before
from analysis.quotes.mentions_after import np_after
from analysis.quotes.paragraph import Candidate, Para
from analysis.quotes.selon import selon_phrase_at
from analysis.quotes.tokens import after_time_stamp, is_determiner, is_infinitive, is_verbish

_TERMINAL = frozenset(".!?…")
INCISE_RUN = 30
"""Tokens an incise inside quote marks may run on for to the end of its sentence (« …, a-t-elle lancé depuis
le banc du gouvernement, sous les huées. Les … »): longer, it is the quotation's own sentence."""
ADJUNCT_RUN = 6
"""Tokens of a place or channel phrase after an incise inside quote marks (« écrit-il dans son blogue, »)."""
_DASHES = frozenset("-–—")


def _cue_chars(p: Para, cue: Cue) -> tuple[int, int]:
    return p.toks[cue.start].start, p.toks[cue.end].end


def _left(p: Para, pair: Pair) -> tuple[str, int]:
    """How the quotation opens: start, colon, intro (selon phrase) or '' (inside a sentence)."""
    toks = p.toks
    i = pair.open_i - 1
    lo = p.unit_range(pair.open_i)[0]
    if i < 0 or after_time_stamp(toks, lo) == pair.open_i:
        return "start", -1  # the paragraph's start, or a live blog's « 14h30 | »
    prev = toks[i]
    if prev.kind == "dots" or prev.kind == "punct" and prev.text in _TERMINAL:
        return "start", -1
    if prev.kind == "quote" and prev.role == "close":
        return "start", -1
    if toks[pair.open_i].sent != prev.sent and prev.depth == 0:
        return "start", -1
    if prev.text == ":":
        return "colon", i
    if prev.text in _DASHES and (i == 0 or toks[i - 1].kind != "word" or toks[i - 1].text.isupper() or i - 1 < lo):
        return "start", -1
    if prev.text in _DASHES:
        return "start", -1
    if prev.text == ",":
        k = p.skip_connectives(lo, i)
        hit = selon_phrase_at(p, k, i)
        if hit is not None and hit[2] >= i - 1:
            return "intro", k
        if k < i and toks[k].norm in PREPOSITIONS and not any(is_verbish(t) or t.kind == "quote" or t.text == ","
                                                              for t in toks[k:i]):
            return "adverbial", k  # « Dans une papeterie voisine, « … », raconte X »: direct if an incise follows
    incise = _incise_before(p, pair) if not is_label(p, pair) and not _predicate_first(p, pair) else None
    if incise is not None:
        return "after-incise", incise.start
    return "", -1


def _predicate_first(p: Para, pair: Pair) -> bool:
    """« Vienne, a-t-il ajouté, « reste attachée au compromis » »: quoted words that open with a verb are the
    predicate of the subject before the incise (a mixed quotation, see analysis.quotes.indirect)."""
    k = pair.open_i + 1
    while k < len(p.toks) and p.toks[k].norm in PREVERBAL_CLITICS:
        k += 1
    return k < len(p.toks) and is_verbish(p.toks[k])


def _incise_before(p: Para, pair: Pair) -> Cue | None:
    """An incise right before the opening mark (« …, a-t-il concédé, « … » », « …», renchérit X « … » »,
    « …, a dit le ministre, et « … » »): the quotation that follows is that speaker's too."""
    toks = p.toks
    k = pair.open_i - 1
    if k >= 0 and is_determiner(toks[k]):
        return None  # « répond le « boxeur » »: a quoted label inside the incise's subject, no quotation
    while k >= 0 and toks[k].norm in (",", "et"):
        k -= 1
    for cue in p.cues:
        if toks[cue.start].depth or not (cue.kind == "verb" and cue.allows("incise")) or cue.start == 0:
            continue
        before = toks[cue.start - 1]
        after_quote = before.kind == "quote" and before.role == "close" or before.text == "," and cue.start >= 2 \
            and toks[cue.start - 2].kind == "quote" and toks[cue.start - 2].role == "close"
        if not (after_quote or before.text == "," and cue.inverted_i >= 0):
            continue  # (« X, elle, a dénoncé une défense « indécente » »: a verb with its object, no incise)
        if cue.end == k and cue.inverted_i >= 0:
            return cue
        if cue.end < k <= cue.end + PHRASE_REACH and toks[k].norm not in PREPOSITIONS:
            subject = mention_of_incise(p, cue, k)  # (« prévient le collectif de « … » »: the quote ends the subject)
            if subject is not None and subject[1] == k and subject[0] > cue.end:
                return cue
    return None


PRESENTED_REACH = 16
"""Tokens between « voilà comment » and the verb of the speaker it presents (a name with its title between commas)."""


def _presenting(p: Para, k: int, hi: int) -> bool:
    """« voilà comment », « voici ce que », « c'est ainsi que »: a clause after a quotation that presents its speaker."""
    toks = p.toks
    return k + 1 <= hi and toks[k].norm in PRESENTATIVES and toks[k + 1].norm in PRESENTATIVE_FOLLOWERS


def _clause_end(p: Para, k: int, hi: int) -> int:
    j = k
    while j <= hi and not (p.toks[j].kind == "punct" and p.toks[j].text in ",;:.!?") and p.toks[j].kind != "quote":
        j += 1
    return j - 1


def _unlisted_incise(p: Para, k: int, hi: int) -> Cue | None:
    """« « … », s'énerve l'un d'eux. », « « … », énumère Claudia, vendeuse »: after a quotation and a comma, a
    finite verb of the third person that the verb list lacks, with a subject after it that ends the sentence
    (or meets a comma), is an incise all the same (the tagger must have read the verb as finite)."""
    toks = p.toks
    v = k + 1 if k < hi and toks[k].norm in REFLEXIVES else k
    t = toks[v] if v <= hi else None
    if t is None or t.kind != "word" or t.cap or t.pos != "VERB" or "VerbForm=Fin" not in t.morph \
            or "Person=3" not in t.morph or "Mood=Cnd" in t.morph or t.norm in COPULA_FORMS:
        return None  # (« « … », pourrait commenter X »: a conditional imagines words, nobody said them)
    if v + 1 <= hi and is_infinitive(toks[v + 1]):
        v += 1  # « « … », veut croire X »: a modal and its infinitive
    span = np_after(toks, v + 1, hi)
    if span is None or toks[span[0]].norm in REFLEXIVES:
        return None
    after = span[1] + 1
    if after <= hi and toks[after].text not in ".!?;,(" and toks[after].kind != "dots":
        return None
    return Cue(k, v, v, UNKNOWN_VERB, "verb")


def _right(p: Para, pair: Pair, cues_at: dict[int, Cue]):
    """How the quotation closes: ('end',), ('incise', cue, mention), ('selon', span, mention), ('dash', mention)."""
    toks = p.toks
    if pair.unclosed:
        return ("end",)
    b = pair.close_i + 1
    hi = p.unit_range(pair.close_i)[1]
    if b >= len(toks) or b > hi:
        return ("end",)  # the closing mark ends its paragraph or its sentence (what follows is page furniture)
    nxt = toks[b]
    last_inner = toks[pair.close_i - 1] if pair.close_i - 1 > pair.open_i else None
    inner_terminal = last_inner is not None and (last_inner.kind == "dots" or last_inner.text in _TERMINAL)
    if nxt.kind == "dots" or nxt.kind == "punct" and nxt.text in _TERMINAL:
        return ("end",)
    if nxt.kind == "quote" and nxt.role == "open":
        return ("end",)
    if nxt.text == ":" and pair.open_i == 0:
        return ("end",)  # a headline: « … » : le gérant d'une entreprise jugé
    if nxt.text in _DASHES and b + 1 < len(toks) and (toks[b + 1].cap or toks[b + 1].kind == "title"):
        span = np_after(toks, b + 1, hi)
        if span is not None:
            return ("dash", span)
    k = b + 1 if nxt.text == "," else b
    while k < hi and toks[k].norm in OBJECT_CLITICS and toks[k].kind in ("word", "elision"):
        k += 1  # « « … » l'a averti un maire », « « … » lui répond une vendeuse »
    if k < len(toks):
        cue = cues_at.get(k) or inverted_incise_at(toks, k) or (_unlisted_incise(p, k, hi) if nxt.text == "," else None)
        if cue is not None and cue.allows("incise") and cue.kind in ("verb",) and not (
                nxt.text != "," and cue.inverted_i < 0 and (complement(p, cue, hi) is not None or name_shaped(p, pair))):
            # (« « La France en colère » a suggéré à ses membres de … », « « Le Courrier » publie … »: a quoted
            # name is the subject of a verb that governs its own complement)
            return ("incise", cue, mention_of_incise(p, cue, hi))
        hit = selon_phrase_at(p, k, hi, after_quote=nxt.text == ",")
        if hit is not None and not (nxt.text != "," and toks[k].norm == "pour"):
            # (« « … » pour l'exécutif, observe X »: « pour » glued to the quotation is part of its sentence)
            return ("selon", (hit[0], hit[1]), hit[3])
        if nxt.text == "," and _presenting(p, k, hi):
            cue = next((cues_at[j] for j in range(k + 2, min(hi, k + 2 + PRESENTED_REACH) + 1)
                        if j in cues_at and cues_at[j].kind == "verb" and toks[j].depth == 0), None)
            if cue is not None:  # « « … », voilà comment X, sénateur, qualifie … »: the clause names the speaker
                return ("incise", cue, subject_before(toks, cue.start, k + 2) or mention_of_incise(p, cue, hi))
        if nxt.text == ",":
            end = _clause_end(p, k, hi)
            for j in range(k + 1, min(end, k + 8) + 1):
                cue = cues_at.get(j)
                if cue is None or cue.kind != "verb":
                    continue
                after = toks[cue.end + 1] if cue.end + 1 < len(toks) else None
                if after is not None and (after.norm in QUE or is_infinitive(after)):
                    break
                mention = subject_before(toks, cue.start, k) or mention_of_incise(p, cue, hi)
                return ("incise", cue, mention)
    if inner_terminal and (nxt.cap or nxt.kind == "quote" or nxt.kind == "elision" and nxt.text[:1].isupper()):
        return ("end",)  # « … pour lui. » L'attaquant …
    if _heading_before(p, pair, nxt):
        return ("end",)  # « « Changer le système » Des heurts ont éclaté … »: a subheading run into the text
    return None


HEADING_WORDS = 8
"""A quoted subheading run into the text is at most this many words."""


def _heading_before(p: Para, pair: Pair, nxt) -> bool:
    """Is ``pair`` a quoted subheading that the page flattened into the paragraph: it opens a sentence, is
    short, and the next word opens a new sentence with a capital (a determiner, a preposition, a name) rather
    than going on as its verb?"""
    toks = p.toks
    if pair.open_i > 0 and not (toks[pair.open_i - 1].text in _TERMINAL or toks[pair.open_i - 1].kind == "dots"):
        return False
    words = [t for t in toks[pair.open_i + 1:pair.close_i] if t.word]
    if not words or len(words) > HEADING_WORDS or not words[0].cap:
        return False
    after = nxt if nxt.word else None
    return after is not None and (after.cap or after.kind == "elision" and after.text[:1].isupper()) \
        and not is_verbish(after)


def _colon_cue(p: Para, colon: int, cues: list[Cue]) -> tuple[Cue | None, Span | None]:
    lo = p.unit_range(colon)[0]
    best = None
    for cue in cues:
        if lo <= cue.start and cue.end < colon and p.toks[cue.start].depth == 0:
            best = cue
    if best is None:
        # « Le ministre : « … » »: a short noun phrase before the colon names the speaker
        start = p.skip_connectives(lo, colon - 1)
        for k in range(start, colon):
            # « Le maire a lu sa lettre : « … » »: the subject of the clause before the colon
            if p.toks[k].depth == 0 and is_verbish(p.toks[k]):
                return None, subject_before(p.toks, k, lo)
        if 0 < colon - start <= 8 and p.toks[start].cap or (0 < colon - start <= 8 and p.toks[start].kind == "title"):
            return None, np_after(p.toks, start, colon - 1)
        return None, None
    heard = _heard_speaker(p, best.end + 1, colon)
    if heard is not None:
        return heard
    author = _utterance_author(p, best.end + 1, colon)
    if author is not None:
        return None, author
    main = _main_verb_after_participle(p, best, colon)
    if main >= 0:
        return None, subject_before(p.toks, main, lo)
    if best.kind in ("inf", "ppr") or best.bare_participle:
        return best, None  # « avant d'ajouter : « … » »: the speaker carries over (see extract.link)
    mention = subject_before(p.toks, best.start, lo)
    return best, mention


def _utterance_author(p: Para, i: int, colon: int) -> Span | None:
    """« rappelant la phrase prononcée par le ministre : « … » », « citant la formule de Paul Durand : « … » »:
    the person named with the noun of an utterance just before the colon said the words after it."""
    toks = p.toks
    for k in range(i, colon):
        if toks[k].depth or toks[k].norm not in UTTERANCE_NOUNS:
            continue
        m = k + 1
        if m < colon and toks[m].kind == "word" and toks[m].norm.endswith(PAST_PARTICIPLE_ENDINGS) and not toks[m].cap:
            m += 1
            if not (m < colon and toks[m].norm == "par"):
                return None
        elif not (m < colon and toks[m].norm in DE_ARTICLES and m + 1 < colon and toks[m + 1].cap):
            return None
        span = np_after(toks, m + 1, colon - 1, appositions=False)
        return span if span is not None and span[1] == colon - 1 else None
    return None


def _main_verb_after_participle(p: Para, cue: Cue, colon: int) -> int:
    """« X ayant évoqué « … », et Y répondu en parlant de …, Z tente une synthèse : « … » »: after a cue in a
    participle clause, the finite verb of the main clause before the colon (its subject speaks), else -1."""
    participial = cue.kind == "ppr" or cue.aux_i >= 0 and p.toks[cue.aux_i].norm in PARTICIPLE_AUXILIARY
    if not participial:
        return -1
    toks = p.toks
    for k in range(cue.end + 1, colon):
        if toks[k].depth == 0 and is_verbish(toks[k]) and toks[k].norm not in PARTICIPLE_AUXILIARY \
                and toks[k - 1].norm not in APPOSED_RELATIVES and toks[k - 1].norm not in QUE:
            return k
    return -1


def _heard_speaker(p: Para, i: int, colon: int) -> tuple[Cue, Span | None] | None:
    """« affirme avoir entendu le contremaître dire, un matin : « … » »: the words are the contremaître's."""
    toks = p.toks
    for k in range(i, colon):
        if toks[k].norm not in PERCEPTION_FORMS or toks[k].depth:
            continue
        span = np_after(toks, k + 1, colon - 1, appositions=False)
        if span is None:
            return None
        for v in range(span[0] + 1, min(span[1] + 2, colon)):
            entries = forms().get(toks[v].norm)
            if entries and entries[0].kind == "inf":
                return Cue(v, v, v, entries[0].verb, "inf"), (span[0], v - 1)
        return None
    return None


def _heard_words(p: Para, pair: Pair) -> Candidate | None:
    """« raconte avoir entendu l'un des braqueurs hurler « … » »: the words of the person heard, right
    after a saying infinitive that follows a perception verb (a second layer inside the account)."""
    toks = p.toks
    k = pair.open_i - 1
    if k < 1 or toks[k].depth or not any(f.kind == "inf" for f in forms().get(toks[k].norm, ())):
        return None
    lo = p.unit_range(pair.open_i)[0]
    heard = _heard_speaker(p, lo, pair.open_i)
    if heard is None or heard[0].verb_i != k or heard[1] is None:
        return None
    a, b = inner_chars(p, pair)
    if b <= a:
        return None
    cue, mention = heard
    return Candidate(type="direct", start=a, end=b, paragraph=p.index, rule="direct-heard", cue=cue,
                     cue_span=_cue_chars(p, cue), cue_lemma=cue.lemma, cue_category=cue.category,
                     mention=mention_chars(p, mention), priority=0, cue_inside=True)


def _split_inside(p: Para, pair: Pair, cues: list[Cue]) -> tuple[Cue, Span | None, int, int] | None:
    """An incise inside the marks: returns the cue, its mention, the last token of part 1 and first of part 2."""
    toks = p.toks
    last = pair.close_i if pair.close_i >= 0 else len(toks)
    starts = {c.start for c in cues}
    extra = [c for k in range(pair.open_i + 1, last) if k not in starts and toks[k].depth == pair.depth + 1
             and toks[k - 1].text in ",?!" and (c := inverted_incise_at(toks, k)) is not None]
    for cue in sorted([*cues, *extra], key=lambda c: c.start):
        if not (pair.open_i < cue.start < last) or toks[cue.start].depth != pair.depth + 1:
            continue
        before = toks[cue.start - 1]
        if cue.kind != "verb" or not cue.allows("incise"):
            continue
        after_question = (before.text in "?!…" or before.kind == "dots") and not toks[cue.start].cap
        if before.text != "," and not after_question:
            continue  # an incise follows a comma, or « … ? s'interroge X. » (lower case after ? or !)
        mention = mention_of_incise(p, cue, last - 1)
        if mention is None:
            continue
        end = max(cue.end, mention[1])
        j = end + 1
        if j + 1 < last and toks[j].text == "," and toks[j + 1].norm in APPOSED_RELATIVES:
            j += 1  # « …, souligne ce vétéran, qui a choisi de partir. Ils … »: the subject's relative clause
        if j < last and toks[j].text not in (",", ".", "!", "?", ";") and (cue.inverted_i >= 0 or mention[0] > cue.end):
            # « …, a-t-elle lancé depuis le banc du gouvernement, sous les huées … . Les Français … »: the
            # incise goes on to the end of its sentence, and the quotation starts again after it
            k = j
            while k < last and k < j + INCISE_RUN and toks[k].depth == pair.depth + 1 and toks[k].kind != "quote" \
                    and not (toks[k].text in ".!?" and k + 1 < last and (toks[k + 1].cap or toks[k + 1].kind == "elision"
                                                                          and toks[k + 1].text[:1].isupper())):
                k += 1
            if k < last and toks[k].text in ".!?" and toks[k].depth == pair.depth + 1:
                j = k
            else:  # « …, écrit-il dans son blogue, on constate … »: a short adjunct closed by a comma
                k = j
                while k < last and k < j + ADJUNCT_RUN and toks[k].word and not is_verbish(toks[k]):
                    k += 1
                if k < last and toks[k].text == "," and toks[j].norm in PREPOSITIONS:
                    j = k
        if j >= last or toks[j].text not in (",", ".", "!", "?", ";"):
            continue
        part1_end = cue.start - 2 if before.text == "," else cue.start - 1
        part2_start = j + 1
        if part1_end <= pair.open_i:
            continue
        if part2_start >= last or toks[part2_start].start >= pair.inner_end:
            part2_start = -1  # the incise ends the quotation: one entry
        return cue, mention, part1_end, part2_start
    return None


_LIST_SEPARATORS = frozenset({",", ";", "/"}) | LIST_SEPARATOR_WORDS
_LIST_INTRODUCERS = tuple(tuple(phrase.split()) for phrase in LIST_INTRODUCERS)
LIST_GAP = 3
"""Tokens that may separate two quotations of one list (« », ou encore « »)."""


def _runs(p: Para) -> dict[int, tuple[Pair, Pair]]:
    """Top-level quotations listed one after another (« a », « b » et « c »): open token of each pair →
    (first pair, last pair) of its list, for lists of two or more that are not all labels."""
    top = [q for q in p.pairs if q.depth == 0]
    out: dict[int, tuple[Pair, Pair]] = {}
    n = 0
    while n < len(top):
        m = n
        while m + 1 < len(top) and top[m].close_i >= 0 and 0 < top[m + 1].open_i - top[m].close_i - 1 <= LIST_GAP and all(
                t.norm in _LIST_SEPARATORS for t in p.toks[top[m].close_i + 1:top[m + 1].open_i]):
            m += 1
        if m > n and not all(is_label(p, q) for q in top[n:m + 1]):
            for q in top[n:m + 1]:
                out[q.open_i] = (top[n], top[m])
        n = m + 1
    return out


def _list_introducer(p: Para, pair: Pair) -> int:
    """Index of « telles que » / « comme » right before a list of quotations (« des consignes telles que
    « … », « … » »), else -1: the list is the object of the clause before, like after a colon."""
    toks = p.toks
    for words in _LIST_INTRODUCERS:
        k = pair.open_i - len(words)
        if k >= 0 and all(toks[k + n].norm == w for n, w in enumerate(words)):
            return k
    return -1


def _sides(p: Para, pair: Pair, runs: dict[int, tuple[Pair, Pair]], cues_at: dict[int, Cue]):
    """How a quotation opens and closes; a listed quotation takes the left of its list's first member and
    the right of its last (« « a », « b », avaient crié des manifestants »: one incise for each)."""
    first, last = runs.get(pair.open_i, (pair, pair))
    left, at = _left(p, first)
    if left == "after-incise" and first is not pair:
        left = ""  # (only the first quotation after an incise continues it)
    if not left and first is not last:
        k = _list_introducer(p, first)
        if k > 0 and all(len(_words_in(p, q)) >= 2 for q in (first, last)):
            left, at = "colon", k
    if not left:
        return left, at, None
    right = _right(p, last, cues_at)
    if left == "adverbial" and (right is None or right[0] != "incise"):
        return "", -1, None
    if right is None and first is not last and left == "colon":
        right = ("end",)  # « … telles que « a », « b », car … »: the list ends the object
    return left, at, right


def _words_in(p: Para, pair: Pair) -> list:
    last = pair.close_i if pair.close_i >= 0 else len(p.toks)
    return [t for t in p.toks[pair.open_i + 1:last] if t.word]


def find_direct(p: Para) -> list[Candidate]:
    """Direct quotations of a paragraph (continuations without a cue get ``needs_speaker``)."""
    out: list[Candidate] = []
    cues_at = {c.start: c for c in p.cues if p.toks[c.start].depth == 0}
    runs = _runs(p)
    for pair in p.pairs:
        if pair.depth:
            continue
        left, at, right = _sides(p, pair, runs, cues_at)
        if not left:
            heard = _heard_words(p, pair)
            if heard is not None:
                out.append(heard)
            continue
        if right is None:
            continue
        a, b = inner_chars(p, pair)
        if b <= a:
            continue
        cue: Cue | None = None
        cue_span = None
        lemma = category = ""
        mention: Span | None = None
        if right[0] == "incise":
            cue, mention = right[1], right[2]
        elif right[0] == "selon":
            cue_span = p.chars(*right[1])
            lemma, category, mention = p.surface(*right[1]).lower(), "selon", right[2]
        elif right[0] == "dash":
            mention = right[1]
        if cue is None and cue_span is None and left == "colon":
            cue, mention = _colon_cue(p, at, p.cues)
        if cue is None and cue_span is None and left == "after-incise":
            cue = next(c for c in p.cues if c.start == at)
            mention = mention_of_incise(p, cue, pair.open_i - 1)
        if cue is None and cue_span is None and mention is None and left == "intro":
            hit = selon_phrase_at(p, at, pair.open_i - 1)
            if hit is not None:
                cue_span = p.chars(hit[0], hit[1])
                lemma, category, mention = p.surface(hit[0], hit[1]).lower(), "selon", hit[3]
        if cue is not None:
            cue_span, lemma, category = _cue_chars(p, cue), cue.lemma, cue.category
        split = _split_inside(p, pair, p.cues)
        base = dict(type="direct", paragraph=p.index, priority=0)
        if split is not None:
            s_cue, s_mention, end1, start2 = split
            first = Candidate(start=a, end=_strip_end(p, p.toks[end1].end), rule="direct-split", cue=s_cue,
                              cue_span=_cue_chars(p, s_cue), cue_lemma=s_cue.lemma, cue_category=s_cue.category,
                              mention=mention_chars(p, s_mention), **base)
            out.append(first)
            if start2 < 0:
                continue
            second_cue = cue or s_cue
            second = Candidate(start=p.toks[start2].start, end=b, rule="direct-split",
                               cue=second_cue, cue_span=_cue_chars(p, second_cue) if cue is not None else first.cue_span,
                               cue_lemma=second_cue.lemma, cue_category=second_cue.category,
                               mention=mention_chars(p, mention) if cue is not None else first.mention,
                               split_of=-1, **base)
            if second.end > second.start:
                out.append(second)
            continue
        cand = Candidate(start=a, end=b, rule=f"direct-{left}-{right[0]}", cue=cue, cue_span=cue_span,
                         cue_lemma=lemma, cue_category=category, mention=mention_chars(p, mention), **base)
        cand.needs_speaker = cand.cue_span is None and cand.mention is None
        cand.runs_on = pair.unclosed and p.next_opens == pair.family  # « … ¶ « … »: one quotation
        out.append(cand)
    return out


def _strip_end(p: Para, end: int) -> int:
    while end > 0 and (p.text[end - 1].isspace() or p.text[end - 1] in ",;"):
        end -= 1
    return end
