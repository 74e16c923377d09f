"""Quoted words with no cue that go on with the speaker just quoted (mixed quotations, cue « »).

Reporters often carry a speaker over a sentence without a new verb: « …, a déclaré le ministre. Les
autorités sont toujours sans nouvelles « d'encore plus de 200 » personnes. » The gold rules make such a
sentence a mixed quotation with no cue, its speaker the one of the quotation before. A sentence
qualifies when it has no quotation of its own, holds quoted words that are not a label and are at
least :data:`CONTINUATION_WORDS` long, and directly follows a sentence whose quotation names a speaker
(in the same paragraph, or at the end of the one before). The words of a label, a title or a slogan
the narrator mentions do not qualify (:func:`analysis.quotes.labels.is_label`). A sentence that ends with an
inverted incise after its quoted words (« « … », appuie Julie ») stops at the closing mark: the incise names the
speaker, and a whole quotation before it is direct.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.fr.grammar import DE, DEMONSTRATIVES, PREPOSITIONS
from analysis.fr.morphology import (
    AUXILIARIES,
    ER_PRESENT_PARTICIPLE,
    PASSIVE_PARTICIPLE_ENDINGS,
    PRESENT_3_SHAPE_ENDINGS,
)
from analysis.fr.quote_words import (
    CHEF_NOUNS,
    CONTENT_RELATIVES,
    HEDGE_NOUNS,
    LEGAL_WORDS,
    NAMING_ARTICLES,
    POSSESSIVE_DETERMINERS,
    SE_FORMS,
    SUBJECT_PRONOUNS,
)
from analysis.fr.speaker_words import PLACE_HEADS
from analysis.fr.text import fold
from analysis.quotes.clauses import inner_chars, mention_chars
from analysis.quotes.cues import is_adverb
from analysis.quotes.labels import is_label
from analysis.quotes.mentions_after import subject_after
from analysis.quotes.paragraph import Candidate, Para
from analysis.quotes.tokens import is_determiner, is_infinitive, is_present_participle, is_verbish

CONTINUATION_WORDS = 3
"""Quoted words a continuation must hold, at least: one or two quoted words are more often the narrator's
(« l'« acte VIII » », « une opération « parking gratuit » »)."""


def _quoted_words(p: Para, a: int, b: int) -> bool:
    """Does ``toks[a..b]`` hold top-level quoted words of someone (long enough, not a label, a title or the
    legal wording of a charge)?"""
    toks = p.toks
    for pair in p.pairs:
        if pair.depth or pair.close_i < 0 or not (a <= pair.open_i and pair.close_i <= b):
            continue
        inner = toks[pair.open_i + 1:pair.close_i]
        words = [t for t in inner if t.word]
        if len(words) < CONTINUATION_WORDS or is_label(p, pair) or _in_brackets(p, pair, a):
            continue
        before = toks[pair.open_i - 1] if pair.open_i > a else None
        if words[0].cap and not any(t.text in ".!?" or is_verbish(t) for t in inner):
            continue  # « Avec « Les Heures blanches », son troisième film », a heading: a title
        if before is not None and (before.norm == "pour" and any(t.norm in LEGAL_WORDS for t in toks[max(a, pair.open_i - 5):pair.open_i])
                                   or before.norm in DE and any(t.norm in CHEF_NOUNS
                                                                for t in toks[max(a, pair.open_i - 8):pair.open_i])):
            continue  # « une enquête pour « … » », « des chefs de « … » et de « … » »: the wording of a charge
        if _named_thing(inner, before) or before is not None and before.norm in DEMONSTRATIVES:
            continue  # (« cet « état d'urgence » … »: the narrator points back at someone's words)
        if before is not None and before.norm in DE and pair.open_i - 2 >= a and toks[pair.open_i - 2].norm in HEDGE_NOUNS:
            continue  # « une forme de « pêche au chalut » »: the narrator's hedged figure of speech
        if before is not None and before.kind == "word" and not (is_determiner(before) or before.norm in PREPOSITIONS
                                                                  or is_verbish(before) or is_adverb(before)
                                                                  or is_infinitive(before)) \
                and words[0].norm not in PREPOSITIONS and not any(is_verbish(t) for t in inner):
            continue  # « une vidéo « coup de gueule » »: words that qualify a noun name a kind of thing
        return True
    return False


def _in_brackets(p: Para, pair, a: int) -> bool:
    """« fiché « S » (pour « sûreté de l'État ») »: a gloss in brackets is the narrator's."""
    depth = 0
    for t in p.toks[a:pair.open_i]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _named_thing(inner, before) -> bool:
    """« lors de « l'acte VIII » », « a fait « un point de situation » », « le « made in France » »: a noun
    phrase with a definite or singular article and no verb names a thing; a speaker's words carry over as
    a clause, a quantity, a negation or a plural (« « pas une priorité » », « « des centaines de gens » »)."""
    if any(is_verbish(t) or is_infinitive(t) for t in inner):
        return False
    first = next((t for t in inner if t.word), None)
    return first is not None and (first.norm in NAMING_ARTICLES or before is not None and (
        before.norm in NAMING_ARTICLES or before.norm in POSSESSIVE_DETERMINERS))  # (« son « rapport de force » »)


INCISE_GAP = 4
"""Tokens an incise may hold between its auxiliary and its participle (« a de son côté gazouillé », « a encore
redit »): more, and the words after the comma are a clause of their own, not an incise."""


INITIAL_CHARS = 2
"""A subject of at most this many characters is an initial or a title cut from a glued name (« M.Berger »): the
speaker then carries over rather than being read from it."""


def _participle(tok) -> bool:
    return tok.kind == "word" and not tok.cap and (
        "VerbForm=Part" in tok.morph or tok.norm.endswith(PASSIVE_PARTICIPLE_ENDINGS) and tok.pos in ("", "VERB", "AUX"))


def _verb_shape(tok) -> bool:
    """A lower-case word shaped like a third-person present (« appuie », « croit »): the tagger often reads the
    verb of an incise as a noun."""
    return tok.kind == "word" and not tok.cap and tok.norm not in PREPOSITIONS and not is_determiner(tok) \
        and tok.norm not in CONTENT_RELATIVES and tok.norm not in SUBJECT_PRONOUNS and not is_present_participle(tok) \
        and not tok.norm.endswith(ER_PRESENT_PARTICIPLE) and tok.norm.endswith(PRESENT_3_SHAPE_ENDINGS) \
        and fold(tok.norm) not in PLACE_HEADS  # (« …, rue Carnot », « …, place Bellecour »: a place, no incise)


def _closing_incise(p: Para, a: int, b: int) -> tuple[int, int, tuple[int, int]] | None:
    """« « … », a redit le syndicaliste », « « … », appuie Julie »: a sentence whose quoted words end at a closing
    mark followed by an inverted incise (a verb, or an auxiliary and its participle, then the subject) that runs
    to the end. The verb need not be a known reporting verb: the inverted order after the quotation is the cue.
    A verb the tagger does not call one must have its subject right after it. Returns (last token of the quoted
    part, last token of the verb group, subject span), or None."""
    toks = p.toks
    c = next((n for n in range(b, a, -1) if toks[n].depth == 0 and toks[n].kind == "quote" and toks[n].role == "close"), -1)
    if c < 0 or c + 2 > b or toks[c + 1].text != ",":
        return None
    verb = c + 3 if toks[c + 2].norm in SE_FORMS and c + 3 <= b else c + 2  # « s'époumone X »
    tagged = is_verbish(toks[verb])
    if not (tagged or _verb_shape(toks[verb])):
        return None
    if toks[verb].norm in AUXILIARIES:
        k = next((m for m in range(verb + 1, min(b, verb + 1 + INCISE_GAP) + 1) if _participle(toks[m])), -1)
        if k < 0 or any(t.kind != "word" and t.kind != "elision" for t in toks[verb + 1:k]):
            return None
        verb = k
    if verb + 1 <= b and is_infinitive(toks[verb + 1]):
        verb += 1  # « a osé répondre X », « veut croire X »
    subject = subject_after(toks, verb + 1, b)
    if subject is None or any(is_verbish(t) for t in toks[subject[1] + 1:b + 1]) or not tagged and subject[0] != verb + 1:
        return None
    return c, verb, subject


def _continuation(p: Para, a: int, b: int) -> Candidate:
    """The continuation entry of ``toks[a..b]``: a mixed quotation carrying the speaker over, or, when an
    incise closes it, the quoted part alone with the incise's subject as mention (direct when that part is one
    whole quotation: « « … », a redit X »)."""
    toks = p.toks
    incise = _closing_incise(p, a, b)
    if incise is None:
        return Candidate(type="mixed", start=toks[a].start, end=toks[b].end, paragraph=p.index,
                         rule="mixed-continuation", priority=3, needs_speaker=True)
    c, verb, subject = incise
    cue_span = (toks[c + 2].start, toks[verb].end)  # (with the reflexive: « s'époumone »)
    lone_initial = subject[0] == subject[1] and len(toks[subject[0]].text) <= INITIAL_CHARS  # (« a redit M.Berger »)
    extra = dict(paragraph=p.index, cue_span=cue_span, cue_lemma=fold(p.text[cue_span[0]:cue_span[1]], accents=True),
                 mention=None if lone_initial else mention_chars(p, subject), needs_speaker=lone_initial, priority=3)
    pair = next((q for q in p.pairs if q.open_i == a and q.close_i == c), None)
    if pair is not None:
        start, end = inner_chars(p, pair)
        return Candidate(type="direct", start=start, end=end, rule="direct-closing-incise", **extra)
    return Candidate(type="mixed", start=toks[a].start, end=toks[c].end, rule="mixed-closing-incise", **extra)


def _trimmed(p: Para, a: int, b: int) -> tuple[int, int] | None:
    toks = p.toks
    a = p.skip_connectives(a, b)
    while b >= a and (toks[b].kind in ("punct", "dots") and toks[b].text not in ")»”\"" and toks[b].depth == 0):
        b -= 1
    return (a, b) if a <= b else None


def find_continuations(paras: Sequence[Para], candidates: Sequence[Candidate]) -> list[Candidate]:
    """Cue-less sentences with quoted words right after a sentence whose quotation names a speaker."""
    by_para: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_para.setdefault(c.paragraph, []).append(c)
    out: list[Candidate] = []
    previous: Candidate | None = None  # the attributed quotation of the sentence just read, if any
    for p in paras:
        mine = by_para.get(p.index, [])
        for a, b in p.units:
            start, end = p.toks[a].start, p.toks[b].end
            inside = [c for c in mine if c.start < end and start < c.end]
            if inside:
                last = max(inside, key=lambda c: c.end)
                previous = last if last.mention is not None or last.carry is not None else None
                continue
            span = _trimmed(p, a, b)
            if previous is not None and span is not None and _quoted_words(p, *span):
                cand = _continuation(p, *span)
                out.append(cand)
                previous = cand
                continue
            previous = None
    return out
