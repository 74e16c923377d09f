"""Mentions in running text: every person and body an article names, with their position.

:func:`scan` walks each sentence and reads, at every token, a title and name (« M. Poutine »),
a role with or without a name (« le président russe Vladimir Poutine », « le porte-parole du
Kremlin, Ivan Sorokine, »), an apposition (« Hélène Cartier, professeure »), a body or medium
(« la police de Londres », « le tabloïd X »), a place (« à Valmont »), a subject pronoun (« Il a
dit ») or an anaphor (« ce dernier », « la même source », « les deux dirigeants »). Each mention
is flagged as a clause subject or not, inside « selon … » or not, inside quotation marks or not:
this is what anaphora resolution (:mod:`analysis.speakers.pronouns`) reads.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from analysis.fr import speaker_words as W
from analysis.fr.grammar import DE, DE_ARTICLES, THIRD_PERSON_SUBJECTS
from analysis.fr.mention_words import APPOSITION_ADJECTIVES, SELF
from analysis.fr.quote_words import QUE
from analysis.fr.text import fold
from analysis.nlp.furniture import find_furniture, furniture_at
from analysis.nlp.rule_tokens import Tok
from analysis.speakers.lexicon import Lexicon, demonyms
from analysis.speakers.lexicon import lexicon as _lexicon
from analysis.speakers.phrases import (
    OPENING,
    PEOPLE,
    SENT_END,
    Mention,
    Name,
    Reader,
    Role,
    body_kind,
    closes,
    is_function,
    names_at,
    tok_index,
    with_former,
)
from analysis.speakers.text import tokenize


@dataclass(frozen=True)
class Sentence:
    para: int
    start: int
    end: int


def scan(text: str, sentences: list[Sentence], *, quote_spans: list[tuple[int, int]] = (),
         lex: Lexicon | None = None) -> list[Mention]:
    """Every mention of a person or body in ``text``, in order, with subject and quote flags.

    ``quote_spans`` are stretches inside quotation marks: mentions there are the speaker's
    words, kept to complete names but never used as antecedents. Nothing is read inside page
    furniture (:mod:`analysis.nlp.furniture`: « Lire aussi … », embedded posts, credits, datelines),
    and a hashtag or handle word (« #Dupont », « @Dupont ») is never a name.
    """
    lex = lex or _lexicon()
    furniture = find_furniture(text)
    all_toks = [tokenize(text, s.start, s.end) for s in sentences]
    boundary = SENT_END | OPENING
    cap_elsewhere = frozenset(
        t.low for toks in all_toks for k, t in enumerate(toks)
        if k > 0 and t.cap and t.word and toks[k - 1].text not in boundary
    )
    spans = sorted(quote_spans)
    span_starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # furthest end among the spans opened so far
    found: list[Mention] = []
    starters = _starters(lex)
    after_det = _after_determiner(lex)
    for sent_no, (sent, toks) in enumerate(zip(sentences, all_toks, strict=True)):
        # no mention starts with a lower-case word that is no determiner, pronoun or role (nor a number)
        candidates = [k for k, t in enumerate(toks) if (t.cap or t.low in starters or t.text[:1].isdigit())
                      and not _tagged(toks, k)]
        if not candidates:
            continue
        r = Reader(text, toks, bounded=False, lex=lex, capitalised_elsewhere=cap_elsewhere)
        r.after_determiner = after_det
        after = 0  # first token not inside a mention already read
        for i in candidates:
            if i < after:
                continue
            m, j = _mention_at(r, i)
            if m is None or (furniture and furniture_at(furniture, m.start) is not None):
                continue
            m.sent, m.para = sent_no, sent.para
            m.subject = _subject_position(r, m.start_tok) and toks[m.start_tok].low not in W.CONTRACTED_ARTICLES
            m.selon = _after_selon(toks, m.start_tok)
            k = bisect_right(span_starts, m.start) - 1
            m.in_quote = k >= 0 and reach[k] > m.start
            found.append(m)
            if j - i > 2 and not m.anaphor:
                found.extend(_inner_bodies(r, m, i + (2 if m.det else 1), j, sent_no, sent.para))
            after = max(j, i + 1)
    return found


def _tagged(toks: list[Tok], k: int) -> bool:
    """Is token ``k`` the word of a hashtag or a handle (« #Finkielkraut », « @Dupont »)?"""
    return k > 0 and toks[k - 1].text in {"#", "@"} and toks[k - 1].end == toks[k].start


_STARTERS: dict[int, tuple[Lexicon, frozenset[str], frozenset[str]]] = {}


def _word_sets(lex: Lexicon) -> tuple[Lexicon, frozenset[str], frozenset[str]]:
    found = _STARTERS.get(id(lex))
    if found is None or found[0] is not lex:
        roles = {k[0] for k in lex.roles}
        starters = {w for w in W.MENTION_DETERMINERS if w not in DE} | THIRD_PERSON_SUBJECTS | roles
        after_det = roles | {k[0] for k in lex.org_words} | set(W.GROUP_WORDS) | W.AFTER_DETERMINER_WORDS
        found = _STARTERS[id(lex)] = (lex, frozenset(starters), frozenset(after_det))
    return found


def _starters(lex: Lexicon) -> frozenset[str]:
    """Lower-case words a mention can start with (determiners, subject pronouns, first words of roles).

    :func:`_mention_at` finds nothing at any other lower-case word (or mark) that is not a number,
    so :func:`scan` skips those without calling it: same mentions, a fraction of the work."""
    return _word_sets(lex)[1]


def _after_determiner(lex: Lexicon) -> frozenset[str]:
    """Lower-case words that can follow a determiner in a mention (roles, bodies, « deux », « dernier »,
    « même »); after any other lower-case word or a mark, :func:`_mention_at` stops at once."""
    return _word_sets(lex)[2]


def _inner_bodies(r: Reader, outer: Mention, i: int, j: int, sent_no: int, para: int) -> list[Mention]:
    """Bodies named inside a longer mention: « le président du Syndicat du transport de Montréal (CSN),
    Denis Thibodeau », « les opérateurs de métro de la Société de transport de Montréal (STM) ». They are
    not its referent, but « le syndicat » or « la STM » later may stand for them."""
    toks = r.toks
    out: list[Mention] = []
    k = i
    while k < j:
        t = toks[k]
        end = k
        if t.cap and t.word and not r.initial(k):
            end = r.acronym_name(k)
            if end > k:
                end = r.after_short_name(end)
            elif r.org_at(k):
                end = r.proper_org(k)
                if end < len(toks) and toks[end].text == "(" and r._paren_name(end):
                    end = r.after_short_name(r._paren_name(end)[1])
        if end > k and end <= j:
            det = toks[k - 1].low if toks[k - 1].low in W.DEFINITE_FORMS else ""
            m = _mk(toks, k, end, r.text, kind=body_kind(r, k, end) if r.org_at(k) else "organisation", det=det,
                    org=r.text[t.start:toks[end - 1].end])
            m.sent, m.para, m.in_quote, m.inside = sent_no, para, outer.in_quote, True
            out.append(m)
            k = end
            continue
        k += 1
    return out


def _after_selon(toks: list[Tok], i: int, reach: int = 8) -> bool:
    """Is the mention inside a « selon … » / « d'après … » phrase (« selon une vidéo diffusée par X »)?"""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if toks[k].text in {",", ";", ":", ".", "«", "»"}:
            return False
        if toks[k].low in W.SELON_WORDS:
            return True
    return False


def _subject_position(r: Reader, i: int) -> bool:
    if i == 0:
        return True
    prev = r.toks[i - 1]
    if prev.text in {",", ":", ";", "(", "—", "–", "«", '"', "“", "|", "-"} or prev.low in W.CLAUSE_OPENERS:
        return True
    # « Des accusations que rejette (vivement) Philippe Amsellem »: the subject after the verb of a relative
    k = i - 1
    while k > 0 and k >= i - 3 and r.toks[k].word and not r.toks[k].cap and not is_function(r.toks[k].low):
        k -= 1
    return k < i - 1 and r.toks[k].low in QUE and k > 0 and r.toks[k - 1].word


def _mention_at(r: Reader, i: int) -> tuple[Mention | None, int]:
    """A mention starting at token ``i`` of running text, and the index after it: the readings are tried in a
    fixed order — pronoun, group, « ce dernier », « même source », title and name, role
    (:func:`_role_mention`), body noun, outlet, short name, proper body, name (:func:`_named_mention`) — and
    the first that fits returns."""
    toks, text = r.toks, r.text
    start = i
    det = ""
    if toks[i].low in W.MENTION_DETERMINERS and toks[i].low not in DE and i + 1 < len(toks):
        det = toks[i].low
        i += 1
        if toks[i].low in W.ROLE_PRE_ADJECTIVES \
                and i + 1 < len(toks):
            i += 1
        t = toks[i]
        if not (t.cap or t.low in r.after_determiner or t.text[:1].isdigit()):
            return None, i + 1  # « la semaine », « un accord »: none of the readings below can start here
    # pronoun subjects: « Il a dit », « …, elle estime »
    if not det and toks[i].low in THIRD_PERSON_SUBJECTS and _subject_position(r, i):
        g, n = W.PERSONAL_PRONOUNS[toks[i].low]
        return _mk(toks, start, i + 1, text, anaphor="pronoun", gender=g, number=n), i + 1
    # « les deux dirigeants »: a group named before
    if det in W.GROUP_ANAPHOR_DETERMINERS and toks[i].low in W.GROUP_WORDS and r.role_at(i + 1):
        _roles, j = r.role_phrase(i + 1)
        return _mk(toks, start, j, text, anaphor="group", number="p"), j
    # « ce dernier », « cette dernière »
    if det and toks[i].low in W.LATTER_ADJECTIVES and det in W.LATTER_DETERMINERS:
        phrase = f"{det} {toks[i].low}"
        if phrase in W.LATTER:
            g, n = W.LATTER[phrase]
            return _mk(toks, start, i + 1, text, anaphor="latter", gender=g, number=n), i + 1
    if det in W.SAME_SOURCE_DETERMINERS and i + 1 < len(toks) and " ".join(x.low for x in toks[i:i + 2]) == "meme source":
        return _mk(toks, start, i + 2, text, anaphor="source"), i + 2
    title = r.title_at(i)
    if title:
        names = names_at(r, i + 1)
        if names:
            end = tok_index(toks, names[-1].end)
            m = _mk(toks, start, end, text, kind="person", title=toks[i].text, gender=title[0], number=title[1])
            m.names = names
            return _apposition(r, m, end)
    n_role = r.role_at(i)
    if n_role:
        return _role_mention(r, start, i, det, n_role)
    if det and r.org_at(i) and not toks[i].cap:
        display, cue, kind, j = r.org_phrase(i)
        number = r.lex.org_words[tuple(r.low[i:i + r.org_at(i)])].number
        m = _mk(toks, start, j, text, kind=kind, det=det, org=display, number=number)
        if cue:
            m.roles = [Role(cue, 0, 0, fold(cue), frozenset())]
            m.role = m.roles[0]
        return m, j
    n_out = r.outlet_at(i)
    if n_out:
        return _mk(toks, start, i + n_out, text, kind="media", det=det, org=text[toks[i].start:toks[i + n_out - 1].end]), i + n_out
    acr = r.acronym_name(i)
    if acr > i:  # « la Régie métropolitaine des transports (RMT) » (« … (ARS) Occitanie »)
        kind = body_kind(r, i, acr - 3) if r.org_at(i) else "organisation"
        acr = r.after_short_name(acr)
        return _mk(toks, start, acr, text, kind=kind, det=det, org=text[toks[i].start:toks[acr - 1].end]), acr
    if toks[i].cap and r.org_at(i) and (det or not r.initial(i)):
        j = r.proper_org(i)
        k = j
        if j < len(toks) and toks[j].text == "(" and r._paren_name(j):  # « … de la protection sociale (ORPS) »
            k = r.after_short_name(r._paren_name(j)[1])
        return _mk(toks, start, k, text, kind=body_kind(r, i, j), det=det, org=text[toks[i].start:toks[k - 1].end]), k
    return _named_mention(r, start, i, det)


def _role_mention(r: Reader, start: int, i: int, det: str, n_role: int) -> tuple[Mention | None, int]:
    """A role at ``i`` (``n_role`` tokens), with the names after it (« le président russe Vladimir Poutine ») or
    alone after a determiner or « selon » (« le porte-parole », « selon des experts »)."""
    toks, text = r.toks, r.text
    roles, j = r.role_phrase(i)
    roles[0] = with_former(r, roles[0], start + (1 if det else 0), i)
    if j < len(toks) and toks[j].low in SELF:
        j += 1
    g, num, _ = W.MENTION_DETERMINERS.get(det, ("", "s", False)) if det else ("", "s", False)
    gender = roles[0].gender or g
    number = "p" if roles[0].number == "p" else (num or "s")
    names, end = _role_names(r, j)
    if names:
        m = _mk(toks, start, end, text, kind="person", det=det, gender=gender, number=number)
        m.names, m.roles, m.role = names, roles, roles[0]
        return m, end
    if det or (start > 0 and toks[start - 1].low in W.SELON_WORDS):
        kind = "person" if det in W.ONE_PERSON_DETERMINERS and number == "s" else "unnamed source"
        m = _mk(toks, start, j, text, kind=kind, det=det, gender=gender, number=number)
        m.roles, m.role = roles, roles[0]
        return m, j
    return None, i + n_role


def _named_mention(r: Reader, start: int, i: int, det: str) -> tuple[Mention | None, int]:
    """Capitalised words at ``i``: a body's name going on in lower case, a medium, people of a place, a person
    described by a demonym, a body after a definite article, else a name (with its apposition)."""
    toks, text, lex = r.toks, r.text, r.lex
    end = r.name_end(i)
    if not det and toks[i].cap and toks[i].word and not is_function(toks[i].low) and not r.title_at(i):
        longer = _lowercase_inside(r, max(end, i + 1))
        if longer > max(end, i + 1):  # « Santé publique France », « Voies navigables de France »: a body's name
            return _mk(toks, start, longer, text, kind="organisation", org=text[toks[i].start:toks[longer - 1].end]), longer
    if end > i:
        nm = Name(text[toks[i].start:toks[end - 1].end], toks[i].start, toks[end - 1].end)
        words = nm.words
        if any(w in lex.media_title_words for w in words[1:]):
            return _mk(toks, start, end, text, kind="media", det=det, org=nm.text), end
        if det in W.PLURAL_ARTICLES and len(words) == 1 and PEOPLE.search(words[0]):
            return _mk(toks, start, end, text, kind="unnamed source", det=det, number="p"), end  # « les Tchèques »
        demonym = demonyms().get(words[0]) if det in W.SINGULAR_DEFINITE_ARTICLES else None
        if demonym is not None and (len(words) > 1 or demonym[1]):
            # « le Nancéien Jacques-Henri X »: a person described by where they come from, then named;
            # « la Jurassienne »: the person named before (an epicene « la Suisse » stays the country)
            head, g = demonym
            role = Role(toks[i].text, toks[i].start, toks[i].end, head, frozenset(), g, "s", False)
            gender = g or W.MENTION_DETERMINERS.get(det, ("", "s", False))[0]
            m = _mk(toks, start, end, text, kind="person", det=det, gender=gender)
            m.roles, m.role = [role], role
            if len(words) > 1:
                m.names = [Name(text[toks[i + 1].start:toks[end - 1].end], toks[i + 1].start, toks[end - 1].end)]
            return m, end
        if det in W.DEFINITE_FORMS:
            run_end = end
            while end < len(toks) and r.adjective_at(end):  # « le Rassemblement national »
                end += 1
            if end > run_end and end + 1 < len(toks) and toks[end].low in DE and toks[end + 1].cap \
                    and not r.title_at(end + 1):
                end = max(r.name_end(end + 1), end + 2)  # « le Stade olympique de Castelnau »
            return _mk(toks, start, end, text, kind="organisation", det=det, org=text[toks[i].start:toks[end - 1].end]), end
        if det:
            return None, end
        raw_prev = r.raw(start - 1) if start > 0 else ""
        kind = "place" if raw_prev in W.PLACE_PREPOSITIONS and len(words) <= 2 else ""
        m = _mk(toks, start, end, text, kind=kind)
        m.names = [nm]
        return _apposition(r, m, end)
    return None, i + 1


def _lowercase_inside(r: Reader, end: int) -> int:
    """End of a name that goes on with one or two lower-case adjectives (and « de ») and a capitalised
    word (« Santé publique France »), or ``end``."""
    toks = r.toks
    k = end
    while k < len(toks) and k - end < 2 and toks[k].word and not toks[k].cap and r.adjective_at(k) \
            and toks[k].low not in W.NOT_ADJECTIVES:
        k += 1
    if k == end:
        return end
    if k < len(toks) and toks[k].low in DE_ARTICLES:
        k += 1
    if k < len(toks) and toks[k].cap and toks[k].word and not r.initial(k) and not r.title_at(k):
        return r.name_end(k) if r.name_end(k) > k else k + 1
    return end


def _role_names(r: Reader, j: int) -> tuple[list[Name], int]:
    """The name a role phrase ending at ``j`` introduces: « … Vladimir Poutine » or « …, Ivan Sorokine, »."""
    toks = r.toks
    if j < len(toks) and toks[j].text == ",":
        k = j + 1
        if r.title_at(k):  # « Son avocat, Me François Delorme, »
            k += 1
        elif k + 1 < len(toks) and toks[k].low in W.TITLE_ARTICLES and r.title_at(k + 1):
            k += 2  # « la directrice des maladies infectieuses, la Dr Hélène Rabault, »
        names = names_at(r, k)
        end = tok_index(toks, names[-1].end) if names else j
        return (names, end) if names and closes(r, end) else ([], j)
    names = names_at(r, j)
    if not names:
        return [], j
    end = tok_index(toks, names[-1].end)
    if end < len(toks) and toks[end].text == ",":
        later = names_at(r, end + 1)
        later_end = tok_index(toks, later[-1].end) if later else end
        if later and closes(r, later_end) and len(later[0].words) >= 2:
            return later, later_end  # the first name belonged to the role: « du navire X, Jean Y, »
    return names, end


def _apposition(r: Reader, m: Mention, end: int) -> tuple[Mention, int]:
    """« Hélène Cartier, professeure de droit » / « Pierre Lenoir, président du groupe »."""
    toks = r.toks
    if m.kind == "place":
        return m, end
    if end + 4 < len(toks) and toks[end].text == "," and toks[end + 1].text.isdigit() and toks[end + 2].low == "ans" \
            and toks[end + 3].text == ",":
        end += 3  # « Thierry Mauduit, 52 ans, gérant de … »: the age, then the apposition
        m.kind = m.kind or "person"  # « Elodie, 34 ans, … »: an age makes a person
    if end + 1 < len(toks) and toks[end].text == ",":
        k = end + 1
        with_det = toks[k].low in W.MENTION_DETERMINERS and k + 1 < len(toks)
        if with_det:
            k += 1
        pre = k
        if k + 1 < len(toks) and toks[k].low in APPOSITION_ADJECTIVES and r.role_at(k + 1):
            k += 1  # « X, ancien maire de Y, … », « X, nouveau directeur des services »
        if r.role_at(k):
            roles, j = r.role_phrase(k)
            roles[0] = with_former(r, roles[0], pre, k)
            if _role_names(r, j)[0]:
                return m, end  # « Au port d'X, le capitaine …, Jean Y »: the role introduces the next name
            if with_det and not closes(r, j):
                return m, end  # « Sur X, le ministre a salué … »: the role is the next clause's subject
            m.roles = m.roles + roles
            m.role = m.role or roles[0]
            m.kind = m.kind if m.kind not in {"", "place"} else "person"
            if roles[0].gender and not m.gender:
                m.gender = roles[0].gender
    return m, end


def _mk(toks: list[Tok], i: int, j: int, text: str, **kw) -> Mention:
    m = Mention(toks[i].start, toks[j - 1].end, text[toks[i].start:toks[j - 1].end], **kw)
    m.start_tok = i
    return m
