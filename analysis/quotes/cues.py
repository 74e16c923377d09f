"""Reporting cues in a paragraph: verb groups such as « a dit », « a-t-il ajouté »,
« avait également déclaré », « écrit-elle », « s'est dit », « en affirmant », « a fait savoir ».

Matching is by surface form (see :mod:`analysis.quotes.lexicon`), so inflections, inversions
and pronominal verbs are found whatever the tagger thinks. A form right after a determiner or
a preposition is a noun (« le juge », « une note »), a form after « être » without a reflexive
is a passive (« il a été précisé que »: no source), and both are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analysis.fr.grammar import (
    DE,
    DEFINITE_ARTICLES,
    DEGREE_WORDS,
    PAST_PARTICIPLE_ENDINGS,
    PREPOSITIONS,
    QUANTIFIER_PRONOUNS,
    REFLEXIVE_SUBJECTS,
    SENTENCE_CONNECTORS,
    STRESSED_THIRD_PERSON,
)
from analysis.fr.morphology import (
    AUXILIARIES,
    AVOIR_FORMS,
    BARE_PARTICIPLE_ENDINGS,
    ETRE_FORMS,
    PARTICIPLE_SHAPE_ENDINGS,
    VERB_3_ENDINGS,
)
from analysis.fr.quote_words import (
    A_FORMS_AND_ET,
    ADVERBIAL_CLITICS,
    ADVERBS_IN_VERB_GROUP,
    CLITIC_LEADS,
    CONTROL_VERB_FORMS,
    COORDINATORS,
    DIT_FORMS,
    DITE_FORMS,
    INFINITIVE_PREPOSITIONS,
    MODAL_FORMS,
    MULTIWORD_ADVERBS,
    NARRATIVE_INFINITIVE_LEADS,
    NEGATION,
    NOUN_PHRASE_DETERMINERS,
    OBJECT_CLITICS,
    PARTICIPLE_AUXILIARY,
    PREDICATE_LINKS,
    PREPOSITIONS_BEFORE_VERBS,
    REFLEXIVES,
    SHARE_NUMBER_WORDS,
    SUBJECT_PRONOUNS,
)
from analysis.fr.reporting_verbs import Form, Verb, forms
from analysis.nlp.rule_tokens import Tok

_MULTIWORD_ADVERBS = tuple(tuple(a.split()) for a in (*MULTIWORD_ADVERBS, *(c for c in SENTENCE_CONNECTORS if " " in c)))
"""« a d'ailleurs estimé », « a tout de même concédé »: the adverbial phrases of a verb group, as token sequences."""

_ADVERBS_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _words in _MULTIWORD_ADVERBS:
    _ADVERBS_BY_LAST[_words[-1]] = (*_ADVERBS_BY_LAST.get(_words[-1], ()), _words)


@dataclass
class Cue:
    """A reporting verb group found in a paragraph's tokens."""

    start: int  # first token of the cue (auxiliary, « en », reflexive)
    end: int  # last token of the cue (verb, its tail, or the inverted pronoun)
    verb_i: int  # the reporting verb itself
    verb: Verb
    kind: str  # verb (finite or past participle), ppr (present participle), inf
    aux_i: int = -1
    inverted_i: int = -1  # token of « -t-il », « -elle » …
    gerund: bool = False
    bare_participle: bool = False  # « et salué … »: a past participle without its auxiliary

    @property
    def lemma(self) -> str:
        return self.verb.lemma

    @property
    def category(self) -> str:
        return self.verb.category

    def allows(self, frame: str) -> bool:
        return frame in self.verb.frames


def is_adverb_word(tok: Tok) -> bool:
    """An adverb by the word lists or its form (-ment), whatever the tagger says."""
    return tok.kind == "word" and (tok.norm in ADVERBS_IN_VERB_GROUP or tok.norm in NEGATION
                                   or (tok.norm.endswith("ment") and len(tok.norm) > 6 and not tok.cap))


def is_adverb(tok: Tok) -> bool:
    return tok.kind == "word" and (
        tok.norm in ADVERBS_IN_VERB_GROUP or tok.norm in NEGATION or tok.pos == "ADV"
        or (tok.norm.endswith("ment") and len(tok.norm) > 6 and not tok.cap)
    )


def _noun_use(toks: Sequence[Tok], i: int) -> bool:
    """Is the form at ``i`` a noun or adjective (after a determiner or a preposition)?"""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.norm in DEFINITE_ARTICLES:
        if toks[i].norm.endswith(VERB_3_ENDINGS) and len(toks[i].norm) > 5:
            return False  # « 77 % des sondés le perçoivent comme … »: a finite verb after its object pronoun
        before = toks[i - 2] if i >= 2 else None
        # « il le dit », « elle l'a dit », « ne le dit pas », « comme le résumait X »: an object clitic, not an article
        return not (before is not None and (before.norm in SUBJECT_PRONOUNS or before.norm in CLITIC_LEADS))
    if prev.norm in QUANTIFIER_PRONOUNS:
        return False  # « Certains disent … », « plusieurs estiment … »: a pronoun subject
    if i >= 2 and toks[i - 2].norm == "sur" and (prev.text.isdigit() or prev.norm in NOUN_PHRASE_DETERMINERS):
        return False  # « Plus d'un Français sur deux estime … »: a proportion, then its verb
    if (prev.text.isdigit() or prev.norm in SHARE_NUMBER_WORDS) and toks[i].norm.endswith("ent"):
        return False  # « Tous les deux parlent de … », « les 300 grévistes … »: a plural verb after a number pronoun
    if prev.norm in NOUN_PHRASE_DETERMINERS or prev.kind == "elision" and prev.norm in ("d'",):
        return True
    return prev.norm in PREPOSITIONS and prev.norm not in PREPOSITIONS_BEFORE_VERBS  # (« comme prévenait l'agence »)


def _adverbial_ending_at(toks: Sequence[Tok], j: int) -> int:
    """Length of a multiword adverbial ending at ``j`` (« au contraire », « de son côté »), else 0."""
    for words in _ADVERBS_BY_LAST.get(toks[j].norm, ()):
        n = len(words)
        if j - n + 1 >= 0 and all(toks[j - n + 1 + k].norm == w for k, w in enumerate(words)):
            return n
    return 0


def adverbial_at(toks: Sequence[Tok], j: int) -> int:
    """Length of a multiword adverbial starting at ``j`` (« de son côté », « à nouveau »), else 0."""
    for words in _MULTIWORD_ADVERBS:
        n = len(words)
        if j + n <= len(toks) and all(toks[j + k].norm == w for k, w in enumerate(words)):
            return n
    return 0


def _find_aux(toks: Sequence[Tok], i: int) -> tuple[int, int]:
    """Index of the auxiliary before the participle at ``i`` (or -1) and of an inverted pronoun."""
    j = i - 1
    inverted = -1
    steps = 0
    while j >= 0 and steps < 5:
        tok = toks[j]
        n = _adverbial_ending_at(toks, j)
        if n:
            j -= n
            steps += 1
            continue
        if tok.kind == "quote" and tok.role == "close" and (opening := _quoted_adverb_open(toks, j)) >= 0:
            j = opening  # « a « formellement » démenti »: an adverb in quote marks
        elif tok.kind == "inv":
            inverted = j
        elif is_adverb(tok) or tok.norm in ("t'", "-t") or tok.norm in STRESSED_THIRD_PERSON:
            pass  # (« Pierre a lui jugé que … »: a stressed pronoun between auxiliary and participle)
        elif (tok.norm in AUXILIARIES or tok.norm in PARTICIPLE_AUXILIARY) and tok.kind == "word":
            return j, inverted
        else:
            return -1, -1
        j -= 1
        steps += 1
    return -1, -1


def _quoted_adverb_open(toks: Sequence[Tok], close: int) -> int:
    """The opening mark of one or two adverbs in quote marks closed at ``close`` (« « formellement » »), else -1."""
    k = close - 1
    while k >= 0 and k >= close - 2 and toks[k].kind == "word" and (is_adverb(toks[k]) or toks[k].norm.endswith("ment")):
        k -= 1
    return k if k < close - 1 and k >= 0 and toks[k].kind == "quote" and toks[k].role == "open" else -1


def quoted_adverb_in(toks: Sequence[Tok], cue: Cue) -> int:
    """The opening mark of a quoted adverb between the auxiliary and the verb of ``cue`` (« a « formellement »
    démenti »), else -1: the speaker's own word, so the content starts there."""
    if cue.aux_i < 0:
        return -1
    return next((k for k in range(cue.aux_i + 1, cue.verb_i) if toks[k].kind == "quote" and toks[k].role == "open"), -1)


def _tail_matches(toks: Sequence[Tok], i: int, tail: tuple[str, ...]) -> int:
    """Index of the last tail word if ``tail`` follows ``i`` (adverbs may come between), else -1."""
    j = i + 1
    while j < len(toks) and is_adverb(toks[j]) and toks[j].norm not in tail:
        j += 1
    for word in tail:
        if j >= len(toks) or toks[j].norm != word:
            return -1
        j += 1
    return j - 1


def _reflexive_before(toks: Sequence[Tok], i: int) -> bool:
    """Is the verb group at ``i`` pronominal? « me », « nous » … are reflexive only after their own
    subject (« je me suis dit »); « il nous a dit », « m'a écrit », « me disait » name the addressee."""
    j = i - 1
    while j >= 0 and (toks[j].norm in NEGATION or toks[j].norm in ADVERBIAL_CLITICS):
        j -= 1
    if not (j >= 0 and toks[j].norm in REFLEXIVES and toks[j].kind in ("word", "elision")):
        return False
    own = REFLEXIVE_SUBJECTS.get(toks[j].norm)
    if own is not None:
        if toks[i].norm in AVOIR_FORMS:
            return False  # pronominal verbs take « être »: « m'a dit » is addressed to the writer
        k = j - 1
        while k >= 0 and toks[k].norm in NEGATION:
            k -= 1
        return k >= 0 and toks[k].norm in own
    return True


def _narrative_infinitive(toks: Sequence[Tok], i: int) -> bool:
    """« Et d'ajouter : … », « avant de préciser que … », « puis de conclure »."""
    return i >= 2 and toks[i - 1].norm in DE and toks[i - 2].norm in NARRATIVE_INFINITIVE_LEADS


def _governing_verb(toks: Sequence[Tok], i: int, start: int) -> tuple[int, int, int] | None:
    """A verb that makes the infinitive at ``i`` its subject's own speech act: a control verb (« a tenu à
    rappeler », « tente d'expliquer », « n'a pas hésité à dire ») or a modal with an inverted « on »
    (« peut-on lire »). Returns (first token of the cue, auxiliary, inverted pronoun) or None."""
    k = start - 1
    if k >= 1 and toks[k].kind == "inv" and toks[k - 1].norm in MODAL_FORMS:
        return k - 1, -1, k
    while k >= 1 and (toks[k].norm in OBJECT_CLITICS or toks[k].norm in ADVERBIAL_CLITICS):
        k -= 1  # « tente de lui expliquer », « de le réduire à … »
    if k < 1 or toks[k].norm not in INFINITIVE_PREPOSITIONS:
        return None
    if toks[k - 1].norm in COORDINATORS:
        k = _first_conjunct_preposition(toks, k)  # « a tenté de le discréditer ou de le réduire à … »
        if k < 1:
            return None
    preposition = CONTROL_VERB_FORMS.get(toks[k - 1].norm)
    if preposition is None or ("de" if toks[k].norm == "d'" else toks[k].norm) not in preposition.split():
        return None
    aux, inverted = _find_aux(toks, k - 1)
    return (aux if aux >= 0 else k - 1), aux, inverted


COORDINATION_REACH = 8
"""Tokens back from « ou de », « et à » to the preposition of the first infinitive of the same control verb
(« a tenté de le discréditer ou de … »): room for one infinitive and its short object."""


def _first_conjunct_preposition(toks: Sequence[Tok], k: int) -> int:
    """The preposition of the first of two coordinated infinitives whose second one's preposition is at ``k``
    (same preposition, no punctuation between but commas), else -1."""
    for m in range(k - 2, max(0, k - 2 - COORDINATION_REACH), -1):
        t = toks[m]
        if t.kind in ("quote", "dots") or t.kind == "punct" and t.text != ",":
            return -1
        if t.norm == toks[k].norm and m >= 1 and toks[m - 1].norm in CONTROL_VERB_FORMS:
            return m
    return -1


def find_cues(toks: Sequence[Tok]) -> list[Cue]:
    """Every reporting cue of a paragraph, in text order (inside quotations too: callers filter)."""
    table = forms()
    cues: list[Cue] = []
    for i, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        entries: tuple[Form, ...] | None = table.get(tok.norm)
        if not entries:
            continue
        if tok.cap and i > 0 and toks[i - 1].kind not in ("punct", "quote", "dots"):
            continue  # a capitalised word inside a sentence: a name
        if tok.cap and i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].kind == "word":
            continue  # « Tempête Ombeline : … »: a name, not a verb
        kind = entries[0].kind
        aux_i, inverted_i = (_find_aux(toks, i) if kind == "verb" else (-1, -1))
        if aux_i < 0 and kind == "verb" and _noun_use(toks, i):
            continue
        first = aux_i if aux_i >= 0 else i
        reflexive = _reflexive_before(toks, first)
        if aux_i >= 0 and toks[aux_i].norm in ETRE_FORMS and not reflexive:
            continue  # passive: « il a été précisé que » names no source
        chosen: Form | None = None
        last = i
        for entry in entries:
            if entry.verb.pronominal != reflexive:
                continue
            if entry.verb.tail:
                tail_end = _tail_matches(toks, i, entry.verb.tail)
                if tail_end < 0 and i + 1 < len(toks) and toks[i + 1].kind == "inv" and inverted_i < 0:
                    tail_end = _tail_matches(toks, i + 1, entry.verb.tail)  # « fait-il valoir », « fait-elle savoir »
                    if tail_end >= 0:
                        inverted_i = i + 1
                if tail_end < 0:
                    continue
                last = tail_end
            chosen = entry
            break
        if chosen is None:
            continue
        if last + 1 < len(toks) and toks[last + 1].kind == "inv" and inverted_i < 0:
            inverted_i = last + 1
            last = inverted_i
        start = first
        if reflexive:
            k = first - 1
            while k >= 0 and toks[k].norm in NEGATION:
                k -= 1
            if k >= 0 and toks[k].norm in REFLEXIVES:
                start = k
        if chosen.kind == "inf" and not _narrative_infinitive(toks, i):
            governed = _governing_verb(toks, i, start)
            if governed is None:
                continue  # « il allait demander … », « pour expliquer … »: no speech act reported
            cues.append(Cue(governed[0], last, i, chosen.verb, "verb", governed[1], governed[2]))
            continue  # « a tenu à rappeler que … », « n'a pas hésité à dire … », « peut-on lire »
        gerund = chosen.kind == "ppr" and i > 0 and toks[i - 1].norm == "en"
        if gerund:
            start = i - 1
        bare = chosen.kind == "verb" and aux_i < 0 and i > 0 and toks[i - 1].norm in PREDICATE_LINKS and (
            tok.norm.endswith(BARE_PARTICIPLE_ENDINGS)
        )
        if chosen.kind == "verb" and aux_i < 0 and inverted_i < 0 and not reflexive and _not_a_speech_act(toks, i):
            continue
        cues.append(Cue(start, last, i, chosen.verb, chosen.kind, aux_i, inverted_i, gerund, bare))
    return cues


def _not_a_speech_act(toks: Sequence[Tok], i: int) -> bool:
    """A form without auxiliary that names or qualifies rather than reports: « la zone dite
    « habitable » », « le plan dit « … » présenté … », « plus nuancée que … »."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.norm in DEGREE_WORDS and tok.norm.endswith(PAST_PARTICIPLE_ENDINGS):
        return True  # a participle as an adjective of degree: « se montre plus nuancée que »
    if tok.norm in DITE_FORMS:
        return prev is not None and prev.kind == "word" and prev.norm not in SUBJECT_PRONOUNS
    if tok.norm in DIT_FORMS and prev is not None and prev.kind == "word" and prev.norm not in SUBJECT_PRONOUNS \
            and i + 1 < len(toks) and toks[i + 1].kind == "quote" and toks[i + 1].role == "open" and toks[i + 1].pair >= 0:
        k = i + 2
        while k < len(toks) and not (toks[k].kind == "quote" and toks[k].pair == toks[i + 1].pair):
            k += 1
        inner = toks[i + 2] if i + 2 < len(toks) else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        return inner is not None and inner.kind in ("word", "elision") and not inner.cap \
            and after is not None and after.kind == "word" and not after.cap and after.norm not in A_FORMS_AND_ET
    return False


UNKNOWN_VERB = Verb(lemma="", head="", category="", frames=frozenset({"incise"}), pronominal=False, tail=())
"""Stands for a verb missing from the data file in an unmistakable incise (« », glousse-t-il)."""


def inverted_incise_at(toks: Sequence[Tok], k: int) -> Cue | None:
    """An inverted incise with any verb at ``k``: « glousse-t-il », « a-t-elle tempêté »."""
    if k + 1 >= len(toks) or toks[k].kind != "word" or toks[k].cap:
        return None
    if toks[k + 1].kind == "inv":
        if toks[k].norm in AUXILIARIES:
            if k + 2 < len(toks) and toks[k + 2].kind == "word" and not toks[k + 2].cap and \
                    toks[k + 2].norm.endswith(PARTICIPLE_SHAPE_ENDINGS):
                return Cue(k, k + 2, k + 2, UNKNOWN_VERB, "verb", aux_i=k, inverted_i=k + 1)
            return None
        return Cue(k, k + 1, k, UNKNOWN_VERB, "verb", inverted_i=k + 1)
    return None
