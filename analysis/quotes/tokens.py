"""Paragraph tokens for the quotation rules: quote marks, elisions and inversions kept apart.

spaCy's tokenizer glues marks to words (« l'«escalade » is one token) and tags « as a noun,
so the rules work on their own tokens, cut by one regular expression, and borrow spaCy's
part-of-speech and morphology by character offset when docs are available. Every token keeps
exact offsets into the article text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from analysis.fr.grammar import PREPOSITIONS
from analysis.fr.morphology import AUXILIARIES, INFINITIVE_ENDINGS
from analysis.fr.quote_words import (
    ANT_NON_PARTICIPLES,
    ETE_NOUN_LEADS,
    INFINITIVES_OF_COMMON_VERBS,
    NOT_INFINITIVES,
    NOUN_PHRASE_DETERMINERS,
    SUBJECT_PRONOUNS,
)
from analysis.fr.text import APOSTROPHES, QUOTE_MARKS, fold
from analysis.nlp.rule_tokens import Tok

QUOTE_CHARS = QUOTE_MARKS
OPEN_ONLY = "«‹„"
CLOSE_ONLY = "»›"
FAMILY = {"«": "g", "»": "g", "“": "d", "”": "d", "„": "d", '"': "d", "‹": "s", "›": "s"}

_APOS = "'" + APOSTROPHES
_SENTENCE_OPENERS = "(?:Le|La|Les|L|Il|Elle|Ils|Elles|On|Un|Une|Des|Ce|Cet|Cette|Ces|En|Au|Aux|Mais|Et|Pour|Selon|Dans|Si)"
"""Words that open a sentence after a lone capital and its full stop (« le plan B. Le maire … »), where the stop
ends a sentence rather than an initial (« Mme N. Dekkiche »)."""
_TOKEN = re.compile(
    rf"""
    (?P<inv>(?:-|(?<=\w\s)(?=t-))(?:t-)?(?:il|elle|ils|elles|on)(?![\w{_APOS}-]))  # a-t-il, dit-elle (typo « ajoute t-il »)
    | (?P<title>(?:MM|M|Mmes|Mme|Mlle|Dr|Pr|Me|Mgr|St|Ste)\.(?=\s))  # titles with a full stop
    | (?P<elision>(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[qQ]uelqu)[{_APOS}](?=\w|[«“"]))
    | (?P<word>aujourd[{_APOS}]hui|prud[{_APOS}]hom\w*|[A-ZÀ-ÖØ-Þ]\.(?=,|\s(?!{_SENTENCE_OPENERS}\b)[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])|\d+(?:[.,\u202f\u00a0 ]\d{{3}})*(?:[.,]\d+)?%?
        |\w+(?:-(?!(?:t-)?(?:il|elle|ils|elles|on)(?![\w-]))\w+)*(?:\.(?=\w\.))?)
    | (?P<dots>\.{{2,}}|…|\[\s*(?:\.{{3}}|…)\s*\]|\(\s*(?:\.{{3}}|…)\s*\))
    | (?P<quote>[{QUOTE_CHARS}])
    | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)


_PREFIXED_NAME = re.compile(r"(?:al|el|ben|bin|ibn|abu|abou|ould|ag|ait)-[A-ZÀ-ÖØ-Þ]")
"""« al-Hamdani »: a name with a lower-case particle joined by a hyphen is capitalised all the same."""
_WORD_KINDS = frozenset({"word", "title", "elision", "inv"})
"""Kinds of paragraph token that are words (``Tok.word``); quote marks, ellipses and punctuation are not."""
_CAP_KINDS = frozenset({"word", "title"})
"""Kinds of paragraph token that can be capitalised words (``Tok.cap``): an elision or an inversion never is."""


def mark_nouns(toks: Sequence[Tok]) -> None:
    """« l'été », « cet été »: the season, not the participle of « être »."""
    for k in range(1, len(toks)):
        if toks[k].norm == "été" and toks[k - 1].norm in ETE_NOUN_LEADS:
            toks[k].noun = True


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    toks: list[Tok] = []
    low = fold(text[start:end], accents=True)
    same = len(low) == end - start  # folding keeps the length of (nearly) every text
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        a, b = m.start(), m.end()
        piece = m.group(0)
        word = kind in _WORD_KINDS
        cap = kind in _CAP_KINDS and (piece[:1].isupper() or _PREFIXED_NAME.match(piece) is not None)
        tok = Tok(piece, a, b, low[a - start:b - start] if same else fold(piece, accents=True), fold(piece), cap, word, kind)
        tok.i = len(toks)
        toks.append(tok)
    return toks


def assign_sentences(toks: Sequence[Tok], sentence_starts: Sequence[int]) -> None:
    """Number each token with the index of the sentence it starts in."""
    for tok in toks:
        tok.sent = max(0, bisect.bisect_right(sentence_starts, tok.start) - 1)


def borrow_tags(toks: Sequence[Tok], starts: Sequence[int], tags: Sequence[tuple[str, str]]) -> None:
    """Copy POS and morphology from spaCy tokens (sorted ``starts``) onto ``toks`` by offset."""
    if not starts:
        return
    for tok in toks:
        if tok.kind in ("quote", "punct", "dots"):
            continue
        k = bisect.bisect_right(starts, tok.start) - 1
        if k >= 0:
            tok.pos, tok.morph = tags[k]


# --- predicates used by every rule -------------------------------------------------------------

def is_verbish(tok: Tok) -> bool:
    """A finite verb or auxiliary (from the tagger when there is one, from closed lists otherwise)."""
    if tok.kind != "word" or tok.noun or tok.in_name:
        return False  # (a body's full name holds no verb of the sentence)
    if tok.norm in AUXILIARIES:
        return True
    if tok.pos in ("VERB", "AUX"):
        return "VerbForm=Fin" in tok.morph or tok.norm in AUXILIARIES
    return False


def is_infinitive(tok: Tok) -> bool:
    """An infinitive: tagged so, or an -er/-ir/-re/-oir word the tagger does not contradict."""
    if tok.kind != "word":
        return False
    if "VerbForm=Inf" in tok.morph or tok.norm in INFINITIVES_OF_COMMON_VERBS:
        return True
    if tok.pos and (tok.pos not in ("VERB", "AUX") or "VerbForm=" in tok.morph):
        return False
    if tok.cap or len(tok.norm) < 4 or tok.norm in NOT_INFINITIVES:
        return False
    return tok.norm.endswith(INFINITIVE_ENDINGS)


def has_infinitive_shape(tok: Tok) -> bool:
    """An -er/-ir/-re/-oir word that is not a known noun or adjective of that shape, whatever the tagger says
    (the tagger reads « à reconduire le mouvement » as a noun)."""
    return tok.kind == "word" and not tok.cap and len(tok.norm) >= 4 and tok.norm not in NOT_INFINITIVES \
        and tok.norm.endswith(INFINITIVE_ENDINGS)


def is_present_participle(tok: Tok) -> bool:
    """« faisant », « provoquant », « rappelant »: a word in « -ant » the tagger does not call a noun or an
    adjective (« avant », « pendant » are not participles)."""
    return tok.kind == "word" and not tok.cap and len(tok.norm) > 5 and tok.norm.endswith("ant") \
        and (tok.pos == "VERB" or not tok.pos) and tok.norm not in ANT_NON_PARTICIPLES


def is_determiner(tok: Tok) -> bool:
    return tok.norm in NOUN_PHRASE_DETERMINERS or (tok.pos == "DET" and tok.kind in ("word", "elision"))


def is_preposition(tok: Tok) -> bool:
    return tok.norm in PREPOSITIONS


def is_subject_pronoun(tok: Tok) -> bool:
    return tok.norm in SUBJECT_PRONOUNS


def is_sentence_punct(tok: Tok) -> bool:
    return tok.kind in ("punct", "dots") and tok.text in ".!?…" or tok.kind == "dots" and tok.text in ("…", "...")


_STAMP = re.compile(r"\d{1,2}(?:h|:)\d{0,2}|\d{1,2}h")
_HOUR = re.compile(r"h\d{0,2}")


def after_time_stamp(toks: Sequence[Tok], i: int) -> int:
    """Index after a live blog's time stamp at ``i`` (« 11h10 - », « 8h40 : », « 14 h 30 – »), else ``i``."""
    k = i
    if k < len(toks) and toks[k].kind == "word" and _STAMP.fullmatch(toks[k].norm):
        k += 1
    elif k + 1 < len(toks) and toks[k].text.isdigit() and len(toks[k].text) <= 2 and _HOUR.fullmatch(toks[k + 1].norm):
        k += 2  # « 11h10 » comes as « 11 » + « h10 »
        if toks[k - 1].norm == "h" and k < len(toks) and toks[k].text.isdigit():
            k += 1  # « 14 h 30 »
    else:
        return i
    if k < len(toks) and toks[k].text in ("-", "–", "—", ":", "|"):
        return k + 1
    return i
