"""Anaphora: who « il », « a-t-il dit », « selon elle », « ce dernier », « la même source » point at.

Each function looks back over the mentions already resolved in the article (``history``, in
text order) and returns the link it picked, or None: a pronoun with no compatible antecedent
stays unresolved rather than guessed.

- Personal pronouns (il, elle, ils, elles, selon lui, à ses yeux): walk back sentence by
  sentence (this one, then earlier ones, at most two paragraphs back); in the nearest sentence
  that has a compatible *subject* (a clause-initial mention, or the speaker of a quotation),
  take the speaker if there is one, else the first subject that names someone (a pronoun in a
  subordinate clause before the name does not win), else the first subject. Failing that, the last speaker
  within three paragraphs. Gender and number must agree with what the text says of the referent.
- « ce dernier / cette dernière »: the latest compatible mention, whatever its position.
- « la même source / cette source »: the latest source cited: the speaker of the previous
  quotation or the body behind a « selon … ».
- « le principal intéressé »: the latest person mentioned who is not the latest speaker (that speaker
  when nobody else is);
- « les deux dirigeants »: the latest mention of several people;
- « certains », « plusieurs », « la plupart »: the latest plural mention (some of that group).

Every search is bounded to a few paragraphs back (:class:`History` hands each the links of its
window by bisection), so an anaphor costs the same in a 2 KB article and in a 5 MB transcript.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence

from analysis.fr.speaker_words import GRAMMATICAL_GENDER_NOUNS, INTRODUCING, MENTION_DETERMINERS, THING_NOUN_ENDINGS
from analysis.speakers.entity import Link
from analysis.speakers.phrases import Mention

PARAGRAPH_WINDOW = 2
"""A pronoun's antecedent was last seen at most this many paragraphs back."""
SPEAKER_WINDOW = 3
"""Failing a subject, a pronoun (or « la même source », « le principal intéressé ») takes a speaker of at
most this many paragraphs back."""


class History:
    """The links resolved so far that point at someone, in text order, with the paragraph of each.

    :meth:`since` gives the links that may have been seen in a paragraph or after it (their
    mention, or a quotation attributed through it, :func:`_last`): a bisection, so that looking
    back over a window costs the window, not the article."""

    def __init__(self, links: Sequence[Link] = ()) -> None:
        self.links: list[Link] = []
        self._paras: list[int] = []
        self._lag = 0  # how many paragraphs after its mention a link's quotation may lie
        self._ordered = True
        for link in links:
            self.append(link)

    def append(self, link: Link) -> None:
        para = link.mention.para
        self._ordered = self._ordered and (not self._paras or para >= self._paras[-1])
        self.links.append(link)
        self._paras.append(para)
        if link.quote_paras:
            self._lag = max(self._lag, max(link.quote_paras) - para)

    def since(self, para: int) -> list[Link]:
        """The links (in text order) that may have been seen in paragraph ``para`` or later."""
        if not self._ordered:
            return self.links
        return self.links[bisect_left(self._paras, para - self._lag):]

    def __iter__(self) -> Iterator[Link]:
        return iter(self.links)

    def __reversed__(self) -> Iterator[Link]:
        return reversed(self.links)

    def __len__(self) -> int:
        return len(self.links)


_NO_SPANS: list[tuple[int, int]] = []


def _last(h: Link, before: int) -> tuple[int, int]:
    """(paragraph, offset) where ``h``'s referent last appeared before ``before``: its mention, or a
    later quotation attributed through it (« … », dit-il. ¶ « … » ¶ Ce dernier …)."""
    para, pos = h.mention.para, h.mention.start
    for (a, _b), qp in zip(h.quote_spans, h.quote_paras, strict=False):
        if pos < a < before:
            para, pos = max(para, qp), a
    return para, pos


Fits = Callable[[tuple[int, ...], str, str], bool]
"""fits(entity keys, gender, number): can these entities be referred to this way?"""


def _usable(link: Link, target: Mention, excluded: Sequence[tuple[int, int]]) -> bool:
    m = link.mention
    if not link.ents or m.end > target.start or m is target:
        return False
    if m.in_quote and not link.quote:
        return False
    return not any(a <= m.start < b for a, b in excluded)


def personal(target: Mention, history: History, fits: Fits, *,
             excluded: Sequence[tuple[int, int]] = (),
             is_person: Callable[[tuple[int, ...]], bool] | None = None,
             gender_of: Callable[[tuple[int, ...]], str] | None = None) -> Link | None:
    """Antecedent of a personal pronoun (see the module docstring).

    With ``is_person`` and ``gender_of``: a singular « il/elle » prefers a person to a
    body or medium named in an earlier paragraph, and in its own paragraph a person whose gender the
    text gives as the pronoun's, even out of subject position (« Même colère chez Camille, chargée
    de …. « … », dit-elle »), to a subject of unknown gender."""
    found = _personal(target, history, fits, excluded=excluded, gender_of=gender_of, is_person=is_person)
    if found is None or is_person is None or target.number != "s" or is_person(found.ents):
        return found
    if _last(found, target.start)[0] >= target.para:
        return found  # « Le gouvernement a annoncé … Il a précisé »: the body of this very paragraph
    m = found.mention
    said = m.gender or MENTION_DETERMINERS.get(m.det or "", ("",))[0]
    if m.subject and not m.anaphor and m.sent == target.sent - 1 and said == target.gender:
        return found  # « La fédération a écrit au ministre. ¶ Selon elle, … »: the subject just before, same gender
    person = _personal(target, history, lambda k, g, n: fits(k, g, n) and is_person(k), excluded=excluded,
                       gender_of=gender_of, is_person=is_person)
    return person if person is not None else found


def unnamed_person(m: Mention) -> bool:
    """Is ``m`` one person described without a name (« un ténor de la droite », « un proche du maire »)?
    Such a speaker is a person for the pronoun of the next incise, though no named entity."""
    if m.number != "s" or m.role is None or m.org:
        return False  # (a noun the lexicon does not know counts when introduced so: « un ténor de la droite »)
    if m.kind in {"person", "unnamed source"}:
        return True
    return m.kind == "unknown" and m.det in INTRODUCING and not m.role.head.endswith(THING_NOUN_ENDINGS)


def _agrees(m: Mention, g: str) -> bool:
    """Does the mention's own gender allow a pronoun of gender ``g``? « Il » is no antecedent of « elle »,
    nor « la fédération » of « il »; a noun whose gender is only the word's (« la victime ») allows both."""
    if not g or not m.gender or m.gender == g:
        return True
    return m.role is not None and m.role.head in GRAMMATICAL_GENDER_NOUNS


def _personal(target: Mention, history: History, fits: Fits, *,
              excluded: Sequence[tuple[int, int]] = (),
              gender_of: Callable[[tuple[int, ...]], str] | None = None,
              is_person: Callable[[tuple[int, ...]], bool] | None = None) -> Link | None:
    g, n = target.gender, target.number
    oldest = target.para - PARAGRAPH_WINDOW
    # (a link without quotations was last seen at its own mention: a cheap test before the full one)
    usable = [h for h in history.since(oldest) if (h.quote_spans or h.mention.para >= oldest)
              and _usable(h, target, excluded) and _last(h, target.start)[0] >= oldest]
    sentences = sorted({h.mention.sent for h in usable}, reverse=True)
    for sent in sentences:
        in_sent = [h for h in usable if h.mention.sent == sent and (h.mention.subject or h.quote) and fits(h.ents, g, n)
                   and _agrees(h.mention, g)]
        if gender_of is not None and g and n == "s" and not any(gender_of(h.ents) == g for h in in_sent) \
                and (g == "f" or not any(unnamed_person(h.mention) or is_person is not None and is_person(h.ents)
                                         for h in in_sent)):
            # (« il » is also said of a person whose gender the text never gives: a subject of unknown
            # gender keeps it; « elle » is marked, and a woman named out of subject position wins)
            agreeing = [h for h in usable if h.mention.sent == sent and h.mention.para == target.para
                        and not h.mention.anaphor and len(h.ents) == 1 and gender_of(h.ents) == g
                        and fits(h.ents, g, n) and (is_person is None or is_person(h.ents))]
            # (a person: « démenti l'appel lancé. « … », a-t-il dit » is not the call, masculine as it is)
            if agreeing:
                return agreeing[-1]
        if not in_sent:
            continue
        speakers = [h for h in in_sent if h.quote and not h.nested] or [h for h in in_sent if h.quote]
        if speakers and is_person is not None and n == "s" and not any(is_person(h.ents) or unnamed_person(h.mention)
                                                                       for h in speakers):
            # « X, porte-parole, a démenti l'appel lancé. « … », a-t-il dit »: a person subject of the
            # sentence before a speaker that is no person (a body, or a misread attribution)
            people = [h for h in in_sent if not h.mention.anaphor and not h.quote and is_person(h.ents)]
            speakers = people[:1] or speakers
        if speakers:
            return speakers[-1]
        named = [h for h in in_sent if not h.mention.anaphor]  # « Croisée devant l'école où elle passe, Mme X attend »
        return named[0] if named else in_sent[0]
    recent = history.since(target.para - SPEAKER_WINDOW)
    for h in sorted(recent, key=lambda h: _last(h, target.start)[1], reverse=True):
        if h.quote and _usable(h, target, excluded) and _last(h, target.start)[0] >= target.para - SPEAKER_WINDOW \
                and fits(h.ents, g, n):
            return h
    return None


def latter(target: Mention, history: History, fits: Fits, *,
           excluded: Sequence[tuple[int, int]] = ()) -> Link | None:
    """« ce dernier »: the latest compatible mention."""
    for h in sorted(history.since(target.para - 1), key=lambda h: _last(h, target.start)[1], reverse=True):
        if _usable(h, target, excluded) and _last(h, target.start)[0] >= target.para - 1 \
                and fits(h.ents, target.gender, target.number):
            return h
    return None


def same_source(target: Mention, history: History, fits: Fits, *,
                excluded: Sequence[tuple[int, int]] = ()) -> Link | None:
    """« la même source »: the latest speaker or « selon » source."""
    recent = history.since(target.para - SPEAKER_WINDOW)
    for h in sorted(recent, key=lambda h: _last(h, target.start)[1], reverse=True):
        if (h.quote or h.mention.selon) and h.ents and h.mention.end <= target.start and h.mention is not target \
                and _last(h, target.start)[0] >= target.para - SPEAKER_WINDOW:
            return h
    return None


def concerned(target: Mention, history: History, fits: Fits, *, is_person: Callable[[tuple[int, ...]], bool],
               excluded: Sequence[tuple[int, int]] = ()) -> Link | None:
    """« le principal intéressé »: the latest person named (within :data:`SPEAKER_WINDOW` paragraphs) who
    is not the latest speaker."""
    recent = history.since(target.para - SPEAKER_WINDOW)
    last_speaker = next((h for h in reversed(recent) if h.quote and h.ents and h.mention.end <= target.start), None)
    for h in reversed(recent):
        if h.ents and h.mention.end <= target.start and (last_speaker is None or h.ents != last_speaker.ents) \
                and is_person(h.ents) and fits(h.ents, target.gender, target.number):
            return h
    if last_speaker is not None and is_person(last_speaker.ents) and fits(last_speaker.ents, target.gender, target.number):
        return last_speaker  # nobody else named: the one person the story is about, who also spoke
    return None


def group(target: Mention, history: History, fits: Fits, *,
          excluded: Sequence[tuple[int, int]] = ()) -> Link | None:
    """« les deux dirigeants »: the latest mention of several people (or of a plural group)."""
    recent = history.since(target.para - PARAGRAPH_WINDOW)
    for h in reversed(recent):
        if _usable(h, target, excluded) and h.mention.para >= target.para - PARAGRAPH_WINDOW and len(h.ents) > 1:
            return h
    for h in reversed(recent):
        if _usable(h, target, excluded) and h.mention.para >= target.para - PARAGRAPH_WINDOW and fits(h.ents, "", "p"):
            return h
    return None


def part(target: Mention, history: History, fits: Fits, *,
         excluded: Sequence[tuple[int, int]] = ()) -> Link | None:
    """« Certains disent … »: the latest plural mention (people or bodies) close before."""
    for h in reversed(history.since(target.para - 1)):
        if _usable(h, target, excluded) and h.mention.para >= target.para - 1 and fits(h.ents, target.gender, "p"):
            return h
    return None
