"""Which tokens and short segments can make up a speaker noun phrase: the word-level tests of the mention readers.

:mod:`analysis.quotes.mentions` reads the subject before a reporting verb, after it, or after a preposition;
it asks this module whether a token can sit inside a noun phrase (:func:`np_word`, :func:`is_boundary`),
whether quote marks hold a short label inside the phrase (« les « gilets jaunes » de Lunel »), and whether a
segment between commas is an apposition of the phrase before it (a name, a bare role, a determiner with a
role or a name, a participial phrase).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.fr.grammar import DE, DE_ARTICLES, PAST_PARTICIPLE_ENDINGS, PREPOSITIONS
from analysis.fr.morphology import AUXILIARIES, NAME_ADJECTIVE_ENDINGS, PAST_PARTICIPLE_ALL_ENDINGS
from analysis.fr.quote_words import (
    ARTICLES,
    CLAUSE_CONJUNCTIONS,
    DAY_WORDS,
    NON_NOMINAL_ELISIONS,
    PROPER_NAME_PARTICLES,
    QUE,
    RELATIVES,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from analysis.fr.reporting_verbs import forms, speaking_nouns
from analysis.nlp.rule_tokens import Tok
from analysis.quotes.cues import is_adverb
from analysis.quotes.tokens import is_determiner, is_verbish

_BOUNDARY_PUNCT = frozenset(",;:.!?…()[]{}–—")
Span = tuple[int, int]  # inclusive token indices

PHRASE_REACH = 12
"""Tokens a speaker phrase (a participial apposition, the subject after an inverted verb) may span: beyond
it the words are a clause of their own."""


QUOTED_LABEL_TOKENS = 6
"""Tokens a quoted label inside a noun phrase may hold (« les « gilets jaunes » de Lunel », « le « boxeur » »):
longer quoted words are a quotation of their own, not part of a name."""


def quoted_label_end(toks: Sequence[Tok], k: int) -> int:
    """Index of the closing mark of a short quoted label whose opening mark is at ``k`` (else -1)."""
    t = toks[k]
    if t.kind != "quote" or t.role != "open" or t.pair < 0:
        return -1
    for m in range(k + 1, min(len(toks), k + QUOTED_LABEL_TOKENS + 2)):
        x = toks[m]
        if x.kind == "quote" and x.pair == t.pair:
            return m if m > k + 1 else -1
        if x.kind in ("quote", "dots") or x.kind == "punct" and x.text in _BOUNDARY_PUNCT:
            return -1
    return -1


def quoted_label_start(toks: Sequence[Tok], k: int) -> int:
    """Index of the opening mark of a short quoted label whose closing mark is at ``k`` (else -1)."""
    t = toks[k]
    if t.kind != "quote" or t.role != "close" or t.pair < 0:
        return -1
    for m in range(k - 1, max(-1, k - QUOTED_LABEL_TOKENS - 2), -1):
        x = toks[m]
        if x.kind == "quote" and x.pair == t.pair:
            return m if m < k - 1 else -1
        if x.kind in ("quote", "dots") or x.kind == "punct" and x.text in _BOUNDARY_PUNCT:
            return -1
    return -1


def labels_a_noun(toks: Sequence[Tok], k: int) -> bool:
    """Is the quoted label opening at ``k`` part of a noun phrase: a noun after an article or a count (« les « gilets jaunes » »,
    « des « garants » »), or a name after a noun (« le parti « Les Républicains » », « le collectif de « gilets
    jaunes » « La France en colère » »)?"""
    if k <= 0:
        return False
    before = toks[k - 1]
    if is_determiner(before) or before.norm in DE_ARTICLES or before.kind == "num" or before.text[:1].isdigit():
        return True  # (a count is a determiner too: « 300 « bonnets verts » »)
    named = k + 1 < len(toks) and toks[k + 1].cap
    return named and (before.kind == "word" and not is_verbish(before) and before.norm not in PREPOSITIONS
                      or before.kind == "quote" and before.role == "close")


def is_boundary(tok: Tok) -> bool:
    if tok.in_name and tok.text == ",":
        return False  # « … pour l'agriculture, l'alimentation et l'environnement (Inrae) »: one name
    return tok.kind in ("quote", "dots") or (tok.kind == "punct" and tok.text in _BOUNDARY_PUNCT)


def _is_participle_form(tok: Tok) -> bool:
    entries = forms().get(tok.norm)
    return bool(entries) and entries[0].kind in ("ppr", "verb") and not tok.cap


def np_word(tok: Tok) -> bool:
    """Can ``tok`` be part of a noun phrase (not a verb, boundary or clause word)?"""
    if tok.kind in ("title", "elision"):
        return tok.norm not in NON_NOMINAL_ELISIONS
    if tok.kind == "punct":
        return tok.text in ("-", "'", "/", "&")
    if tok.kind != "word":
        return False
    if tok.norm in RELATIVES or tok.norm in CLAUSE_CONJUNCTIONS and tok.norm != "et":
        return False
    if is_verbish(tok) and not tok.cap:
        return False
    return not (tok.pos == "VERB" and "VerbForm=Part" in tok.morph and tok.norm.endswith("ant")
                and tok.norm not in speaking_nouns())  # « étudiant », « habitant »: nouns


def adjective_after_name(toks: Sequence[Tok], j: int) -> bool:
    """« la Société canadienne d'… »: the tagger often reads such adjectives as verbs."""
    tok = toks[j]
    return (j > 0 and toks[j - 1].cap and toks[j - 1].kind == "word" and tok.kind == "word" and not tok.cap
            and tok.norm.endswith(NAME_ADJECTIVE_ENDINGS) and not forms().get(tok.norm))


def name_only(toks: Sequence[Tok], i: int, j: int) -> bool:
    """Is ``toks[i:j + 1]`` a proper name only (capitalised words, particles, a title)?"""
    words = [t for t in toks[i:j + 1] if t.kind in ("word", "title", "elision")]
    return bool(words) and words[0].cap and all(
        t.cap or t.norm in PROPER_NAME_PARTICLES or t.kind == "title" for t in words
    )


def det_led(toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    return is_determiner(t) or t.kind == "title" or (t.cap and t.kind == "word")


def bare_apposition(toks: Sequence[Tok], i: int, j: int) -> bool:
    """« professeur en fiscalité à l'Université de Lorraine », « pays d'Europe du Sud … »."""
    t = toks[i]
    if t.kind != "word" or t.cap or is_determiner(t) or t.norm in PREPOSITIONS or t.norm in RELATIVES:
        return False
    if _is_participle_form(t) or is_verbish(t) or is_adverb(t):
        return False
    if i + 1 <= j and toks[i + 1].norm == "par":
        return False  # « citées par le quotidien RBC »: a participle, not a noun in apposition
    return not any(is_verbish(x) for x in toks[i:j + 1])


def named_apposition(toks: Sequence[Tok], i: int, j: int) -> bool:
    """« le libéral Marc-André Gosselin », « la Dr Hélène Rabault »: a determiner, a few words, a name."""
    if is_determiner(toks[i]) and i + 1 <= j and all(t.in_name for t in toks[i + 1:j + 1]):
        return True  # « le Syndicat national des techniciens, régisseurs … (SNTRM) »
    if not is_determiner(toks[i]) or not toks[j].cap or j - i > 6:
        return False
    return all((t.kind in ("word", "title", "elision") and not is_verbish(t)) or t.text == "-" for t in toks[i + 1:j + 1])


def described_name(toks: Sequence[Tok], name: tuple[int, int], i: int, j: int) -> bool:
    """« Marc Dubois, le directeur de l'usine, », « Léa, une infirmière de 42 ans, »: a proper name, then
    between commas a determiner-led noun phrase with no verb (the name's description, part of one subject)."""
    if not name_only(toks, name[0], name[1]) or not is_determiner(toks[i]) or toks[i].norm in PREPOSITIONS:
        return False
    if i + 1 > j or j - i > PHRASE_REACH or toks[i + 1].kind != "word" or toks[i + 1].cap:
        return False
    return all(t.depth == toks[i].depth and not is_verbish(t) and t.norm not in RELATIVES for t in toks[i:j + 1])


def role_apposition(toks: Sequence[Tok], i: int, j: int) -> bool:
    """« l'entraîneur strasbourgeois », « la ministre des Sports »: a determiner and a role noun."""
    if not is_determiner(toks[i]) or i + 1 > j or j - i > 8:
        return False
    head = toks[i + 1]
    return head.kind == "word" and not head.cap and head.norm in speaking_nouns() \
        and not any(is_verbish(t) for t in toks[i:j + 1])


def participial_apposition(toks: Sequence[Tok], i: int, j: int) -> bool:
    """« arrivé l'été dernier en provenance de Lorient »: a past participle phrase between commas."""
    t = toks[i]
    if t.kind != "word" or t.cap or not t.norm.endswith(PAST_PARTICIPLE_ALL_ENDINGS):
        return False
    if t.pos and not (t.pos in ("VERB", "ADJ") and "VerbForm=Fin" not in t.morph):
        return False
    return not any(is_verbish(x) for x in toks[i + 1:j + 1]) and j - i <= PHRASE_REACH


def noun_after_determiner(toks: Sequence[Tok], j: int) -> bool:
    """« le guide », « l'intendant », « le poète »: a word right after an article is a noun whatever its
    form or tag says (a verb form, a present participle)."""
    tok = toks[j]
    return j > 0 and toks[j - 1].norm in ARTICLES and tok.kind == "word" and not tok.cap \
        and tok.norm not in AUXILIARIES and tok.norm not in RELATIVES and tok.norm not in SUBJECT_PRONOUNS \
        and tok.norm not in CLAUSE_CONJUNCTIONS and tok.norm not in PREPOSITIONS


def opens_phrase(toks: Sequence[Tok], d: int) -> bool:
    """Is ``toks[d]`` a determiner that opens a noun phrase (« un », « les », « des » after « selon »), not « de »
    or « des » completing the noun before it (« productrice de pruneaux »)?"""
    t = toks[d]
    if not is_determiner(t):
        return False
    if t.norm not in DE_ARTICLES or d == 0:
        return True
    prev = toks[d - 1]
    return not (prev.kind == "word" and not is_determiner(prev) and prev.norm not in PREPOSITIONS)


def bare_conjunct(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """Does « et » at ``k`` join two words under one determiner: two nouns (« un collègue et ami du gendarme »)
    or two adjectives ending the phrase (« des sources policière et judiciaire »)? The word after it is a lower-case
    noun-phrase word, no determiner, verb form or time word."""
    if k < 2 or k + 1 > hi:
        return False
    left, right = toks[k - 1], toks[k + 1]
    if left.kind != "word" or left.cap or is_determiner(left) or not np_word(left) or left.text[:1].isdigit() \
            or right.kind != "word" or right.cap or is_determiner(right) or not np_word(right) or right.text[:1].isdigit() \
            or right.norm.endswith(PAST_PARTICIPLE_ENDINGS) and right.norm not in speaking_nouns() \
            or right.norm in TIME_WORDS or right.norm in DAY_WORDS or right.norm in PREPOSITIONS or is_adverb(right) \
            or forms().get(right.norm) or k + 2 <= hi and toks[k + 2].norm in QUE:
        return False  # (« a dit la ministre et répété que … »: a second verb, not a second noun)
    if opens_phrase(toks, k - 2) or is_determiner(toks[k - 2]) and toks[k - 2].norm not in DE:
        return True  # « un collègue et ami », « les élus des villes et métropoles »
    return k - 3 >= 0 and opens_phrase(toks, k - 3) and toks[k - 2].kind == "word" and not toks[k - 2].cap \
        and (k + 2 > hi or is_boundary(toks[k + 2]))  # « des sources policière et judiciaire. »


def trim_span(toks: Sequence[Tok], i: int, j: int) -> Span | None:
    while i <= j and (toks[i].kind == "punct" or toks[i].norm in ("et",)):
        i += 1
    while j >= i and toks[j].kind == "punct" and toks[j].text not in (")",):
        j -= 1
    return (i, j) if i <= j else None
