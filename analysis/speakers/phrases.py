"""The pieces speaker mentions are made of, and the reader that recognises them in tokens.

A :class:`Mention` is one expression that refers to a person or a body; it carries what the
text says of its referent: names (:class:`Name`), roles (:class:`Role`, « ministre russe de la
Défense »), a title, a determiner, gender and number, or the kind of anaphor it is. The
:class:`Reader` recognises, from a token position, a title, a role noun with its adjectives and
complements, a body noun, an outlet name or a run of capitalised name words, using the word
lists of :mod:`analysis.speakers.lexicon` and :mod:`analysis.fr.speaker_words`.
:mod:`analysis.speakers.mentions` reads attributing strings with it, :mod:`analysis.speakers.scan`
running text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.fr import speaker_words as W
from analysis.fr.dates import MONTHS, WEEKDAYS
from analysis.fr.grammar import DE, DE_ARTICLES, DEFINITE_ARTICLES, PAGE_FURNITURE, PREPOSITIONS
from analysis.fr.mention_words import (
    FORMER,
    NAME_INNER_FUNCTION_WORDS,
    QUALIFIER_DEGREE_WORDS,
    QUALIFIER_STOP,
    SELF,
    TIME_NOUNS,
    VERBAL_AFTER,
)
from analysis.fr.morphology import ER_INFINITIVE, IR_INFINITIVE
from analysis.fr.speaker_words import FIRST_NAMES_LIKE_PARTICIPLES, PARTICIPLE_ENDINGS
from analysis.fr.text import fold, folded
from analysis.nlp.rule_tokens import Tok
from analysis.speakers.acronyms import spells
from analysis.speakers.lexicon import Lexicon
from analysis.speakers.lexicon import lexicon as _lexicon
from analysis.speakers.text import tokenize


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun phrase: « ministre russe de la Défense » (head ``ministre``)."""

    text: str
    start: int
    end: int
    head: str
    quals: frozenset[str]
    gender: str = ""
    number: str = "s"
    office: bool | None = None  # True: an office; False: a description (« le marin »); None: not in the lists
    complement: bool = False  # « le père de la victime » names someone new; « le marin » may not
    place: bool = False  # every complement is a place: « la députée de Seine-Saint-Denis », « l'élue de Tours »


@dataclass(frozen=True, slots=True)
class Name:
    """A proper name as written: « Vladimir Poutine », « V. Poutine », « Poutine »."""

    text: str
    start: int
    end: int

    @property
    def words(self) -> tuple[str, ...]:
        return _words(self.text)


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(t.low.rstrip(".") for t in tokenize(text) if t.word)


@dataclass(slots=True)
class Mention:
    """One attributing expression, with everything the text says about its referent."""

    start: int
    end: int
    text: str
    kind: str = ""  # person | organisation | media | unnamed source | place | document | ""
    names: list[Name] = field(default_factory=list)
    org: str = ""  # display name of an organisation or medium
    role: Role | None = None
    roles: list[Role] = field(default_factory=list)
    title: str = ""
    det: str = ""
    gender: str = ""
    number: str = "s"
    anaphor: str = ""  # pronoun | latter | concerned | source | group
    subject: bool = False
    selon: bool = False
    in_quote: bool = False
    speaks: bool = False  # the attributing string of a quotation
    sent: int = -1
    para: int = -1
    inner: Mention | None = None  # the author behind a document (« un rapport de X »)
    start_tok: int = 0  # index of the first token in its sentence (running text only)
    parts: list[Mention] = field(default_factory=list)  # the people of a coordination, each as written
    inside: bool = False  # a body named inside a longer mention (« le président du Syndicat X »)

    @property
    def name(self) -> Name | None:
        return self.names[0] if self.names else None


# ----------------------------------------------------------------------------- word classes

_ADJ_SUFFIX = re.compile(  # on the accented lower-case word: « russe », « délégué », « régionale »
    r"(?:ien|ienne|iens|iennes|ain|aine|ains|aines|ais|aise|aises|ois|oise|oises|an|ane|ans|anes|and|ande|ands"
    r"|andes|éen|éenne|éens|éennes|ique|iques|que|ques|sse|sses|ge|ges|be|bes|ate|ates|are|ares|ave|aves|ène"
    r"|ènes|al|ale|aux|ales|el|elle|els|elles|if|ive|ifs|ives|aire|aires|é|ée|és|ées|ant|ante|ants|antes"
    r"|ente|entes|ier|ière|iers|ières|oint|ointe|oints|ointes|ble|bles|c|ec|kh|ek|ol|ole|ols|oles|in|ine"
    r"|ins|ines|on|one|ons|ones|eur|eure|eurs|eures|ste|stes|ieux|ieuse|ieuses|ile|iles|vert|verte|verts|vertes|bleu|bleue"
    r"|bleus|bleues|blanc|blanche|blancs|blanches|noir|noire|noirs|noires|une|unes|permanent|permanents)$"
)
PEOPLE = re.compile(r"(?:ais|ois|iens|ains|ens|ans|ols|ins|ques|ites|ates|ards|ands|ones|ots|es)$")
"""Plural nationality or people nouns: « les Français », « des Tchèques », « les Ukrainiens »."""
OPENING = frozenset({"«", '"', "“", "‹", "(", "[", ":", "—", "–", "-", "…"})
SENT_END = frozenset({".", "!", "?", "…"})
ACRONYM_NAME_WORDS = 12
"""A body's full name before its short name in brackets spans at most this many tokens
(« Agence départementale pour l'information sur le logement (ADIL) »)."""


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    try:
        from spacy.lang.fr.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        STOP_WORDS = set()
    words = {fold(w) for w in STOP_WORDS}
    words |= folded(PREPOSITIONS) | set(W.CLAUSE_OPENERS) | set(W.MENTION_DETERMINERS) | {fold(w) for w in WEEKDAYS}
    words |= {fold(m) for m in MONTHS} | W.EXTRA_FUNCTION_WORDS
    return frozenset(words)


_FURNITURE = frozenset(tuple(fold(p).split()) for p in PAGE_FURNITURE)


def is_function(low: str) -> bool:
    return low in _function_words()


@lru_cache(maxsize=65536)
def _raw(text: str) -> str:
    return fold(text, accents=True)


@lru_cache(maxsize=65536)
def _adjective_form(raw: str) -> bool:
    return bool(_ADJ_SUFFIX.search(raw))


# ----------------------------------------------------------------------------- the reader


class Reader:
    """Recognisers over a token list; each returns the index after what it read."""

    def __init__(self, text: str, toks: list[Tok], *, bounded: bool, lex: Lexicon | None = None,
                 capitalised_elsewhere: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.toks = toks
        self.low = [t.low for t in toks]
        self.lex = lex or _lexicon()
        self.after_determiner: frozenset[str] = frozenset()  # set by the running-text scanner
        self._parens: list[int] | None = None  # positions of « ( », found when first needed
        self.bounded = bounded  # a mention string: no verbs to run into
        self.cap_elsewhere = capitalised_elsewhere

    def raw(self, i: int) -> str:
        """Token ``i`` in lower case with its accents (keeps « à » apart from « a »)."""
        return _raw(self.toks[i].text)

    # -- small tests
    def _word(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].word

    def title_at(self, i: int) -> tuple[str, str] | None:
        if not self._word(i) or not self.toks[i].cap:
            return None
        t = self.toks[i]
        bare = t.low.rstrip(".")
        found = self.lex.titles.get(bare)
        if found is None:
            return None
        if bare in W.LETTER_TITLES and not t.text.endswith("."):
            return None  # « M » without a full stop is a letter, not « Monsieur »
        nxt = i + 1
        if nxt >= len(self.toks) or not self.toks[nxt].cap:
            return None  # a title is followed by a name
        return found

    def role_at(self, i: int) -> int:
        """Length of the role noun (« ministre », « porte-parole », « chef de l'État ») at ``i``, or 0."""
        return self.lex.roles.longest(self.low, i) if self._word(i) else 0

    def org_at(self, i: int) -> int:
        """Length of the body noun (« ministère », « police ») at ``i``, or 0."""
        return self.lex.org_words.longest(self.low, i) if self._word(i) else 0

    def outlet_at(self, i: int) -> int:
        """Length of the outlet name (« Le Monde », « AFP ») at ``i``, or 0."""
        if not self._word(i) or not (self.toks[i].cap or self.toks[i].text[:1].isdigit()):
            return 0
        return self.lex.outlets.longest(self.low, i)

    def adjective_at(self, i: int) -> bool:
        if not self._word(i):
            return False
        t = self.toks[i]
        if t.cap or t.low in W.NOT_ADJECTIVES or is_function(t.low) or t.low in SELF:
            return False
        if self.bounded:
            return not (self.role_at(i) or self.org_at(i)) or _adjective_form(self.raw(i))
        if t.low in self.cap_elsewhere and i > 0 and not self.toks[i - 1].cap:
            return True  # « les rebelles kanouris » when the text also says « les Kanouris »
        if t.low.endswith(W.FOLDED_PARTICIPLE_ENDINGS) and t.low.rstrip("s").endswith("e") and i + 1 < len(self.toks) \
                and self.toks[i + 1].low in VERBAL_AFTER and self.raw(i).rstrip("s").endswith(W.SINGULAR_PARTICIPLE_ENDINGS):
            return False  # « l'université de X publiée lundi », « … cité par » : a participle clause
        return _adjective_form(self.raw(i))

    def initial(self, i: int) -> bool:
        """Is token ``i`` where a sentence or a quotation starts (so capitals say nothing)?"""
        if i == 0:
            return True
        prev = self.toks[i - 1].text
        return prev in SENT_END or prev in OPENING

    # -- names
    def name_end(self, i: int, stop: int | None = None) -> int:
        """End of the capitalised name run starting at ``i`` (``i`` when there is none)."""
        stop = len(self.toks) if stop is None else stop
        toks = self.toks
        if i >= stop or not (toks[i].word and toks[i].cap):
            return i

        def name_word(k: int) -> bool:
            t = toks[k]
            if not (t.word and t.cap) or self.title_at(k):
                return False
            if self.role_at(k) and not (k > i and toks[k - 1].cap and toks[k - 1].word and not self.role_at(k - 1)):
                return False  # a role noun, unless it follows a first name (« Pascal Vigneron », « Marie Berger »)
            return t.low not in W.NAME_BREAKING_PREPOSITIONS

        if i >= stop or not name_word(i):
            return i
        if any(f[k] == self.low[i] and tuple(self.low[i - k:i - k + len(f)]) == f
               for f in _FURNITURE for k in range(len(f)) if i - k >= 0):
            return i  # « LIRE AUSSI », « À lire »: page furniture (any of its words), not a name
        if toks[i].low in NAME_INNER_FUNCTION_WORDS and not (i + 1 < stop and toks[i + 1].cap and toks[i + 1].word):
            return i  # « Le », « De », « Au » alone are no name (a sentence start glued to a heading)
        if self.initial(i) and not self.bounded:
            t = toks[i]
            if is_function(t.low):
                return i
            two = i + 1 < stop and name_word(i + 1)
            if not two and t.low not in self.cap_elsewhere and not t.upper:
                return i
            raw = self.raw(i)
            if raw.endswith(PARTICIPLE_ENDINGS) and len(raw) >= 6 and raw not in FIRST_NAMES_LIKE_PARTICIPLES:
                return i  # « Baptisée TOI-4417 b, la planète … »: a participle, not a first name
        j = i + 1
        while j < stop:
            t = toks[j]
            if name_word(j) and not (self.initial(j) and not self.bounded and is_function(t.low)) \
                    and not (t.low in NAME_INNER_FUNCTION_WORDS and not (j + 1 < stop and toks[j + 1].cap and toks[j + 1].word)):
                j += 1  # (« Interpellations Le ministre »: a capitalised article before a common noun starts a sentence)
                continue
            k = j
            while k < stop and k - j < 3 and toks[k].low in W.PERSON_NAME_PARTICLES and not toks[k].cap:
                k += 1
            if k > j and k < stop and name_word(k):  # « de Gaulle », « von der Leyen »
                j = k + 1
                continue
            break
        return j

    # -- roles
    def complement(self, j: int, depth: int = 0) -> int:
        """Read « de la Santé », « du Kremlin », « de droit à l'Université de Lorraine » from ``j``."""
        toks, low = self.toks, self.low
        if j >= len(toks) or depth > 3 or self.raw(j) not in W.COMPLEMENT_OPENERS:
            return j
        k = j + 1
        if low[j] in W.CHARGE_FORMS:
            if k < len(toks) and low[k] in DE_ARTICLES:
                k += 1
            else:
                return j
        if k < len(toks) and low[k] in DEFINITE_ARTICLES and low[j] in W.ARTICLE_TAKING_OPENERS:
            k += 1
        if k >= len(toks) or not toks[k].word or low[k] in TIME_NOUNS:
            return j  # « en début d'après-midi », « en fin de journée »: a time, not a complement
        n = self.lex.domains.longest(low, k)
        if n:
            end = k + n
        elif toks[k].cap:
            run = self.name_end(k)
            if run == k:
                run = k + 1
            if run - k >= 3 and not self.org_at(k) and not any(t.low in W.PERSON_NAME_PARTICLES for t in toks[k:run]):
                run = k + 1  # « de Rennes Loïc Guérin »: the place, then a name
            end = run
            while end < len(toks) and self.adjective_at(end):
                end += 1
        else:
            if (low[k] in W.NOT_ADJECTIVES and not self.bounded) or is_function(low[k]) or toks[k].cap:
                return j
            if k == j + 1 and low[j] in DE and not self.bounded and low[k].endswith((ER_INFINITIVE, IR_INFINITIVE)):
                return j  # « … de démissionner »: an infinitive, not a complement
            end = k + 1
            while end < len(toks) and (self.adjective_at(end) or (self.bounded and toks[end].word and not toks[end].cap
                                                                   and not is_function(low[end]))):
                end += 1
            run = self.name_end(end) if end < len(toks) and toks[end].cap else end
            bare = k == j + 1 and low[j] in DE  # « d'opposition », « de terrain »: no body's name after it
            if run == end + 1 or (run > end and self.org_at(k) and not (bare and run - end >= 2)):
                end = run  # « du parti ANO », « du navire Albatros », « de la société Toits du Val »: the body's name
        if end < len(toks) and toks[end].text == "(" and self._paren_name(end) and any(t.cap for t in toks[k:end]):
            end = self._paren_name(end)[1]  # « du Syndicat du transport de Montréal (CSN) »: its short name too
        nested = self.complement(end, depth + 1)
        return nested if nested > end else end

    def role_phrase(self, i: int) -> tuple[list[Role], int]:
        """Role(s) whose head starts at ``i``: « vice-Premier ministre et ministre de l'Intérieur »."""
        roles: list[Role] = []
        j = i
        while True:
            n = self.role_at(j)
            if not n:
                break
            form = self.lex.roles[tuple(self.low[j:j + n])]
            start = j
            has_complement = False
            place = True
            j += n
            quals: list[str] = []
            while True:
                if j < len(self.toks) and self.low[j] in QUALIFIER_DEGREE_WORDS and self.adjective_at(j + 1):
                    j += 1
                if self.adjective_at(j):
                    quals.append(self.low[j])
                    j += 1
                    continue
                if self._body_acronym(j):  # « déléguée CGT », « le député RN »: the body, not the person's name
                    quals.append(self.low[j])
                    j += 1
                    continue
                k = self.complement(j)
                if k == j and has_complement and j + 2 < len(self.toks) and self.low[j] == "et" \
                        and self.raw(j + 1) in DE_ARTICLES and self.complement(j + 1) > j + 1 \
                        and any(t.cap for t in self.toks[j + 1:self.complement(j + 1)]):
                    k = self.complement(j + 1)  # « ministre de la Transition écologique et du Logement »
                    quals.extend(t.low for t in self.toks[j + 1:k] if t.word and t.low not in QUALIFIER_STOP)
                    j = k
                    continue
                if k > j:
                    if self._age(j, k):  # « le technicien de 46 ans »: an age, neither a qualifier nor a complement
                        j = k
                        continue
                    place = place and self._place(j, k)
                    quals.extend(t.low for t in self.toks[j:k] if t.word and t.low not in QUALIFIER_STOP)
                    j = k
                    has_complement = True
                    continue
                break
            end_tok = self.toks[j - 1]
            roles.append(Role(self.text[self.toks[start].start:end_tok.end], self.toks[start].start, end_tok.end,
                              form.head, frozenset(quals), form.gender, form.number, form.office, has_complement,
                              has_complement and place))
            if j + 1 < len(self.toks) and self.low[j] == "et" and self.role_at(j + 1):
                j += 1
                continue
            break
        return roles, j

    def _body_acronym(self, j: int) -> bool:
        """Is token ``j`` a body's short name right after a role noun (« élue CFDT », « militant CGT »,
        « le sénateur LR »)? All capitals, letters only, no title; the name after it stays the person's
        (« la déléguée CGT Sandrine Koenig »)."""
        if not self._word(j):
            return False
        t = self.toks[j]
        return t.upper and t.text.isalpha() and 2 <= len(t.text) <= 6 and not self.title_at(j) \
            and t.low not in {"ii", "iii", "iv", "vi"}

    def _age(self, j: int, k: int) -> bool:
        """Is ``toks[j:k]`` an age: « de 46 ans »?"""
        return k - j == 3 and self.low[j] in DE and self.toks[j + 1].text.isdigit() and self.low[j + 2] in W.AGE_UNITS

    def _place(self, j: int, k: int) -> bool:
        """Is ``toks[j:k]`` « de » and a capitalised name that is no body: « de Seine-Saint-Denis », « du Var »?"""
        if self.raw(j) not in DE_ARTICLES:
            return False
        m = j + 1
        if m < k and self.low[m] in DEFINITE_ARTICLES:
            m += 1
        return m < k and all(t.word and t.cap for t in self.toks[m:k]) and not self.org_at(m) \
            and not self.lex.domains.longest(self.low, m)  # « de l'Intérieur » is a portfolio, not a place

    # -- organisations
    def org_phrase(self, i: int) -> tuple[str, str, str, int]:
        """Body noun at ``i`` with adjectives, complements and name: (display, cue, kind, end)."""
        n = self.org_at(i)
        word = self.lex.org_words[tuple(self.low[i:i + n])]
        j = i + n
        while self.adjective_at(j):
            j += 1
        j2 = self.complement(j)
        while self.bounded and j2 > j and j2 + 1 < len(self.toks) and self.low[j2] == "et" \
                and self.complement(j2 + 1) > j2 + 1:
            j2 = self.complement(j2 + 1)  # « le ministère de la Santé et des Solidarités »
        if j2 - j >= 3 and self.toks[j2 - 1].cap and not self.toks[j2 - 2].cap and self.toks[j2 - 2].low not in W.COMPLEMENT_LINKS:
            j2 -= 1  # « le fabricant de jouets Ludomax »: the last word is the body's own name
        cue_end = j2 if j2 > j else j
        # a name right after the cue: « le tabloïd Le Rapide », « le cabinet comptable Arvel »
        k = cue_end
        if k < len(self.toks) and self.toks[k].text == "(":
            close = self._paren_name(k)
            if close:  # « l'agence régionale de santé (ARS) »: the description and its short name
                name, end = close
                words = [t.low for t in self.toks[i:cue_end] if t.word and not is_function(t.low)]
                if _spells(fold(name).upper(), "".join(w[:1] for w in words).upper()):
                    return self._span(i, end), self._span(i, cue_end), word.kind, end
                if any(self.toks[x].cap and spells(name, [t.text for t in self.toks[x:cue_end] if t.word])
                       for x in range(i + 1, cue_end)):
                    # « le bureau régional de l'Organisation mondiale de la santé (OMS) »: a unit of that body
                    return self._span(i, end), self._span(i, cue_end), word.kind, end
                return name, self._span(i, cue_end), word.kind, end
        names: list[tuple[int, int]] = []
        while k < len(self.toks):
            e = self.name_end(k) if not self.initial(k) or self.bounded else k
            if e == k:
                e = self.outlet_at(k) + k
            if e == k:
                break
            names.append((k, e))
            if e + 1 < len(self.toks) and self.low[e] == "et" and self.toks[e + 1].cap and self.bounded:
                k = e + 1
                continue
            k = e
            break
        if names and (j2 == j or self.bounded or (len(names) == 1 and names[0][1] - names[0][0] == 1)):
            end = names[-1][1]
            while len(names) == 1 and end < len(self.toks) and self.adjective_at(end):
                end += 1  # « le syndicat Force ouvrière »
            if self.bounded and len(names) == 1 and 0 < len(self.toks) - end <= 4 \
                    and all(t.word and not t.cap for t in self.toks[end:]):
                end = len(self.toks)  # « l'association Droit au toit »: the rest of the attributing string is its name
            display = self.text[self.toks[names[0][0]].start:self.toks[end - 1].end]
            return display, self._span(i, j), word.kind, end
        return self._span(i, cue_end), "", word.kind, cue_end

    def after_short_name(self, k: int) -> int:
        """Index after the territory that follows a short name: « l'Agence régionale de santé (ARS)
        Auvergne-Rhône-Alpes » (one capitalised word, not a title, not a first name before a surname)."""
        toks = self.toks
        if k < len(toks) and k > 0 and toks[k - 1].text == ")" and toks[k].word and toks[k].cap \
                and not self.title_at(k) and not (k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].cap):
            return k + 1
        return k

    def _paren_name(self, k: int) -> tuple[str, int] | None:
        """« (Insee) » after a body noun phrase: its short name."""
        if k + 2 < len(self.toks) and self.toks[k + 1].cap and self.toks[k + 2].text == ")":
            return self.toks[k + 1].text, k + 3
        return None

    def proper_org(self, i: int) -> int:
        """« Commission européenne », « Agence du revenu du Canada »: capitalised body noun and what follows."""
        j = i + self.org_at(i)
        while True:
            if self.adjective_at(j):
                j += 1
                continue
            k = self.complement(j)
            if k > j:
                j = k
                continue
            if j + 1 < len(self.toks) and self.low[j] == "et" and self.low[j + 1] in DE_ARTICLES \
                    and self.complement(j + 1) > j + 1:
                j = self.complement(j + 1)  # « Société canadienne d'hypothèques et de logement »
                continue
            break
        if j < len(self.toks) and self.toks[j].cap and self.toks[j].word and not self.title_at(j):
            j = self.name_end(j)
        return j

    def acronym_name(self, i: int) -> int:
        """End (after « ) ») of « Régie métropolitaine des transports (RMT) » starting at ``i``, or ``i``.

        The words before the parenthesis must spell the acronym with their initials (function words
        aside): a body's full name followed by its short name."""
        toks = self.toks
        if not self._word(i) or not toks[i].cap:
            return i
        if self._parens is None:
            self._parens = [k for k, t in enumerate(toks) if t.text == "("]
        k = bisect_right(self._parens, i)
        if k == len(self._parens) or self._parens[k] >= min(len(toks) - 2, i + ACRONYM_NAME_WORDS):
            return i  # no parenthesis close enough after ``i``: no short name to read
        for k in range(i + 1, min(len(toks) - 2, i + ACRONYM_NAME_WORDS)):
            t = toks[k]
            if t.text == "(":
                acr = toks[k + 1].text if toks[k + 2].text == ")" else ""
                if len(acr) < 2 or not acr.isupper() or not acr.isalpha():
                    return i
                initials = "".join(x.low[:1] for x in toks[i:k] if x.word and not is_function(x.low)).upper()
                if _spells(fold(acr).upper(), initials):
                    return k + 3
                return i
            if not t.word or t.text[:1].isdigit():
                return i
        return i

    def _span(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end] if j > i else ""


def names_at(r: Reader, i: int) -> list[Name]:
    """Names from ``i``: one, or several joined by « et » / commas (« MM. Poutine et Loukachenko »)."""
    toks = r.toks
    names: list[Name] = []
    while i < len(toks):
        j = r.name_end(i)
        if j == i:
            break
        names.append(Name(r.text[toks[i].start:toks[j - 1].end], toks[i].start, toks[j - 1].end))
        if j + 1 < len(toks) and toks[j].low == "et" and r.name_end(j + 1) > j + 1:
            i = j + 1
            continue
        break
    return names


def body_kind(r: Reader, i: int, j: int) -> str:
    """A capitalised body name is a medium when its noun or one of its words says so (« Radio X News »)."""
    word = r.lex.org_words[tuple(r.low[i:i + r.org_at(i)])]
    if word.kind == "media" or any(t.low in r.lex.media_title_words for t in r.toks[i + 1:j]):
        return "media"
    return "organisation"


def with_former(r: Reader, role: Role, pre: int, i: int) -> Role:
    """« l'ancien président » is not « le président »: keep « ancien » in the role and its qualifiers."""
    words = [t.low for t in r.toks[pre:i]]
    if not any(w in FORMER for w in words):
        return role
    start = r.toks[pre].start
    return Role(r.text[start:role.end], start, role.end, role.head, role.quals | {w for w in words if w in FORMER},
                role.gender, role.number, role.office, role.complement, role.place)


def closes(r: Reader, j: int) -> bool:
    return j >= len(r.toks) or r.toks[j].text in {",", ".", ";", ":", ")", "»", '"', "”", "(", "!", "?"}


def tok_index(toks: list[Tok], end_offset: int) -> int:
    for k, t in enumerate(toks):
        if t.end >= end_offset:
            return k + 1
    return len(toks)


def _spells(acronym: str, initials: str) -> bool:
    """Do these initials give the acronym (exactly, or as a subsequence that starts alike)?"""
    if not initials or acronym[:1] != initials[:1] or len(initials) > len(acronym) + 3:
        return False
    if acronym == initials:
        return True
    k = 0
    for ch in initials:
        if k < len(acronym) and ch == acronym[k]:
            k += 1
    return k == len(acronym) and len(acronym) >= len(initials) - 2
