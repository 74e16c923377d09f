"""Reading one comma-free noun phrase of an attributing string into a :class:`~analysis.speakers.phrases.Mention`.

:func:`analysis.speakers.mentions.parse_mention` cuts a mention into its parts (leading « selon », relays,
appositions between commas, coordinated people) and hands each part to :func:`read_np` here: an outlet's
title, determiners, a document and its author, a title and a name, a role, a body, a metonym, names.
:func:`anaphor` tells a whole mention that is a pronoun, a partitive (« l'un d'eux ») or « la même source ».
"""

from __future__ import annotations

import re

from analysis.fr import speaker_words as W
from analysis.fr.grammar import DE, DE_ARTICLES, DEFINITE_ARTICLES
from analysis.fr.mention_words import QUALIFIER_STOP, SELF
from analysis.fr.speaker_words import DEGREE_ADVERBS, OWN_ACCOUNT_NOUNS, PRE_NOMINAL_ADJECTIVES
from analysis.fr.text import fold
from analysis.fr.vocabulary import FOLDED_DOCUMENT_NOUNS
from analysis.nlp.matcher import PhraseTable, phrases
from analysis.nlp.rule_tokens import Tok
from analysis.speakers.lexicon import Lexicon, demonyms
from analysis.speakers.phrases import (
    Mention,
    Name,
    Reader,
    Role,
    body_kind,
    is_function,
    names_at,
    tok_index,
    with_former,
)

_AUTHOR_LINKS = PhraseTable(phrases(W.AUTHOR_MARKERS))


_LEADING = re.compile(r"^(?:selon|d'apres|pour|a|de|d')\s*")


_INVERTED = re.compile(r"^-?t-")


_OWN_VIEW = "|".join(["yeux", "avis", "sens", *OWN_ACCOUNT_NOUNS])


_HIS_EYES = re.compile(rf"(?:a\s+)?(?:ses|son|sa)\s+(?:{_OWN_VIEW})")


_THEIR_EYES = re.compile(rf"(?:a\s+)?leurs?\s+(?:{_OWN_VIEW})")


_SAME_SOURCE = re.compile(r"(?:de |selon )?(?:la |cette |une )?meme source|(?:cette|ladite) source")


_PARTITIVE_PRONOUN = re.compile(
    r"(?:l'une?|une?|plusieurs|certain(?:e?s)?|beaucoup|la plupart|bon nombre|nombre|chacune?|aucune?|la moitie"
    r"|la majorite|une partie|(?:les )?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?: tiers| quarts)?"
    r"|quelques-une?s) (?:d'entre |d')(?:eux|elles)")
"""« l'un d'eux », « plusieurs d'entre elles »: some of the group just named (folded)."""


_DEMONSTRATIVE = re.compile(r"(celui|celle|ceux|celles) (?:qui|que|qu'|dont) .+")
"""« celle qui tient le café depuis vingt ans »: a pronoun with its relative clause (folded)."""


_DEMONSTRATIVE_FORMS = {"celui": ("m", "s"), "celle": ("f", "s"), "ceux": ("m", "p"), "celles": ("f", "p")}


def anaphor(low: str) -> tuple[str, str, str] | None:
    """(kind, gender, number) when the whole mention is an anaphor."""
    low = low.strip(" ,.-")
    found = _DEMONSTRATIVE.fullmatch(low)
    if found:
        return ("pronoun", *_DEMONSTRATIVE_FORMS[found.group(1)])
    if _PARTITIVE_PRONOUN.fullmatch(low):
        return "part", "f" if low.endswith("elles") else "", "p"
    if low.count(" ") > 5:
        return None  # every anaphor below is at most four words after its preposition
    low = _LEADING.sub("", low)
    low = _INVERTED.sub("", low).lstrip("-")
    if low in W.PERSONAL_PRONOUNS:
        g, n = W.PERSONAL_PRONOUNS[low]
        return "pronoun", g, n
    if low in W.POSSESSIVES:
        return "pronoun", "", W.POSSESSIVES[low][1]
    if low in W.PARTITIVES:
        return "part", "f" if low.endswith(W.FEMININE_PLURAL_ENDINGS) and "eux" not in low else "", "p"
    if _HIS_EYES.fullmatch(low):
        return "pronoun", "", "s"
    if _THEIR_EYES.fullmatch(low):
        return "pronoun", "", "p"
    for table, kind in ((W.LATTER, "latter"), (W.CONCERNED, "concerned")):
        if low in table:
            g, n = table[low]
            return kind, g, n
    if low in W.SAME_SOURCE or _SAME_SOURCE.fullmatch(low):
        return "source", "", "s"
    return None


def read_np(text: str, toks: list[Tok], lex: Lexicon, *, bounded: bool) -> Mention:
    """Read one comma-free noun phrase (a mention string or a part of one): an outlet's title with its article,
    then the determiners and pre-nominal adjectives, then the head (:func:`_head_at`)."""
    r = Reader(text, toks, bounded=bounded, lex=lex)
    m = Mention(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end])
    i = 0
    n_out = r.outlet_at(0)
    if n_out and toks[0].low in W.MENTION_DETERMINERS:  # « Les Échos », « Le Monde »: the article belongs to the title
        m.org, m.kind = text[toks[0].start:toks[n_out - 1].end], "media"
        return m
    if bounded and len(toks) > 1 and toks[0].cap and toks[0].low in DEFINITE_ARTICLES and toks[1].cap \
            and _inside_sentence(text, toks[0].start) and not r.title_at(1) and not r.role_at(1) and not r.org_at(1):
        names = names_at(r, 1)
        if names and tok_index(toks, names[-1].end) == len(toks):  # « selon La Presse »: a title, not « la Presse »
            words = [w for nm in names for w in nm.words]
            m.org = text[toks[0].start:toks[-1].end]
            m.kind = "media" if any(w in lex.media_title_words for w in words) else "organisation"
            m.det = toks[0].low
            return m
    # determiners and pre-nominal adjectives (« Un récent rapport », « le nouveau ministre »)
    while i < len(toks) and toks[i].low in W.MENTION_DETERMINERS and not r.title_at(i):
        g, n, _definite = W.MENTION_DETERMINERS[toks[i].low]
        m.det = m.det or toks[i].low
        m.gender = m.gender or g
        m.number = n or m.number
        i += 1
    pre = i
    while i < len(toks) and (toks[i].low in PRE_NOMINAL_ADJECTIVES or toks[i].low in DEGREE_ADVERBS and i + 1 < len(toks)
                             and toks[i + 1].low in PRE_NOMINAL_ADJECTIVES):
        if r.role_at(i):
            break
        i += 1
    if i >= len(toks):
        return m
    return _head_at(r, m, i, pre, bounded=bounded)


def _head_at(r: Reader, m: Mention, i: int, pre: int, *, bounded: bool) -> Mention:
    """The head of the noun phrase at ``i`` (after determiners from ``pre``): the readings are tried in a
    fixed order — a document, a title, a role, a body noun, a short name, an outlet, a proper body, a metonym,
    names — and the first that fits returns."""
    text, toks, lex = r.text, r.toks, r.lex
    # a document: the speaker is its author
    if toks[i].low in FOLDED_DOCUMENT_NOUNS:
        return _document(r, m, i, bounded=bounded)
    # titles: « M. Poutine », « MM. Poutine et Loukachenko », « Mme Dupont »
    title = r.title_at(i)
    if title:
        m.title = toks[i].text
        # « le Dr Isabelle X »: « le » before an epicene title (Dr, Pr, Me) is the usage for women too
        m.gender, m.number = title[0] or (m.gender if m.gender == "f" else ""), title[1]
        m.kind = "person"
        i += 1
        m.names = names_at(r, i)
        return m
    # roles: « le président russe Vladimir Poutine », « des experts », « une source proche du dossier »
    if r.role_at(i):
        roles, j = r.role_phrase(i)
        roles[0] = with_former(r, roles[0], pre, i)
        m.roles, m.role = roles, roles[0]
        if roles[0].gender:
            m.gender = roles[0].gender
        if roles[0].number == "p":
            m.number = "p"
        if j < len(toks) and toks[j].low in SELF:
            j += 1
        names = names_at(r, j)
        if names and _named_is_owner(r, roles[0], i, j):
            names = []  # « l'avocat du ministre X », « l'entourage de M. X »: X is whom the role is of
        if names and len(names) == 1 and len(names[0].words) == 1 and m.det in W.GROUP_DETERMINERS \
                and _demonym_group(r, m, names[0], i) is not None:
            return m  # « les jeunes Flamands », « de nombreux élus basques »: people, not a person named
        if names:
            m.names = names
            m.kind = "person"
        else:
            m.kind = "unnamed source" if (not m.det or m.det in W.INDEFINITE_DETERMINERS or m.number == "p") else "person"
        return m
    # bodies and media: « l'armée russe », « le tabloïd Le Rapide », « les autorités locales »
    if r.org_at(i) and not toks[i].cap:
        number = lex.org_words[tuple(r.low[i:i + r.org_at(i)])].number
        display, cue, kind, _j = r.org_phrase(i)
        m.org, m.kind, m.number = display, kind, number
        if cue:
            m.roles = [Role(cue, 0, 0, fold(cue), frozenset())]
            m.role = m.roles[0]
        return m
    acr = r.acronym_name(i)
    if acr > i and r.after_short_name(acr) == len(toks):  # « la Régie métropolitaine des transports (RMT) »
        m.org, m.kind = text[toks[i].start:toks[-1].end], "organisation"
        return m
    # outlets: « l'AFP », « Reuters », « Sputnik News »
    n = r.outlet_at(i)
    if n:
        m.org, m.kind = text[toks[i].start:toks[i + n - 1].end], "media"
        return m
    if toks[i].cap and r.org_at(i):
        j = r.proper_org(i)
        m.org, m.kind = text[toks[i].start:toks[j - 1].end], body_kind(r, i, j)
        j2 = j
        if j2 < len(toks) and toks[j2].text == "(":
            pn = r._paren_name(j2)
            if pn:
                m.org = text[toks[i].start:toks[r.after_short_name(pn[1]) - 1].end]
        return m
    # « la place Beauvau », « le Quai d'Orsay »: a place standing for the office it houses
    n_met = _metonym_at(lex, toks, i)
    if n_met:
        m.org, m.kind = text[toks[i].start:toks[i + n_met - 1].end], "organisation"
        return m
    return _named(r, m, i, bounded=bounded)


def _named_is_owner(r: Reader, role: Role, i: int, j: int) -> bool:
    """Does the name right after the role phrase ``toks[i:j]`` belong to its complement rather than to its
    head? A group around someone (« l'entourage de M. X », :data:`RELATIONAL_NOUNS`), or a complement « de »
    whose noun is itself a person's role (« l'avocat du ministre X », « le patron du parti du président X »):
    the name goes with the nearest noun. « auprès du ministre » is no owner (« le secrétaire d'État auprès du
    ministre de l'Intérieur X » is X), nor a portfolio (« le ministre de l'Intérieur X »)."""
    if fold(role.head).split(" ")[0] in W.RELATIONAL_NOUNS:
        return True
    toks = r.toks
    for k in range(i + 1, j):
        link = k - 2 if toks[k - 1].low in DEFINITE_ARTICLES else k - 1
        n = r.role_at(k)
        if link > i and r.raw(link) in DE_ARTICLES and n and r.lex.roles[tuple(r.low[k:k + n])].number != "p":
            return True  # (a plural, « le chef de file des sénateurs X », is a group the head leads: X is the head)
    return False


def _named(r: Reader, m: Mention, i: int, *, bounded: bool) -> Mention:
    """The end of :func:`read_np`: names from ``i`` (« Sophie Renaud », « La Russie », « Sputnik News »), read as
    a person, a body whose name goes on in lower case (« Québec solidaire », « Santé publique France »), a medium,
    a nationality noun (« la Danoise »), or a noun the lists do not know (:func:`_unknown_noun`)."""
    text, toks, lex = r.text, r.toks, r.lex
    names = names_at(r, i)
    if not names and not toks[i].cap:
        if bounded and not m.det and i == len(toks) - 1 and toks[i].word and not is_function(toks[i].low) \
                and not toks[i].text[:1].isdigit():
            m.org, m.kind = toks[i].text, "organisation"  # « santéplus »: a common noun needs a determiner
            return m
        return _unknown_noun(r, m, i)
    if names and bounded and len(names) == 1 and not m.det:
        end = tok_index(toks, names[0].end)
        if end < len(toks) and all(t.word and not t.cap and not is_function(t.low) and t.low not in W.NOT_ADJECTIVES
                                   and r.adjective_at(k) for k, t in enumerate(toks[end:], start=end)):
            m.org, m.kind = text[names[0].start:toks[-1].end], "organisation"  # « Québec solidaire »
            return m
    if names and bounded and len(names) == 1:
        end = tok_index(toks, names[0].end)
        rest = toks[end:]
        if len(rest) >= 4 and rest[-1].text == ")" and rest[-3].text == "(":
            rest = rest[:-3]  # « Santé publique France (SpF) »: the name, then its short name
        if rest and rest[-1].cap and all(t.word for t in rest) and any(
                not t.cap and not is_function(t.low) for t in rest) and all(
                t.cap or not is_function(t.low) or (t.low in DE_ARTICLES and k + 1 < len(rest) and rest[k + 1].cap)
                for k, t in enumerate(rest)):
            m.org, m.kind = text[names[0].start:toks[-1].end], "organisation"  # « Santé publique France »
            return m
    if names and len(names) == 1 and m.det in W.SINGULAR_DEFINITE_ARTICLES and tok_index(toks, names[0].end) == len(toks) \
            and len(names[0].words) == 1 and names[0].words[0] in demonyms():
        # « La Danoise a précisé », « le Suédois »: a nationality noun describing a person named before
        head, g = demonyms()[names[0].words[0]]
        role = Role(names[0].text, names[0].start, names[0].end, head, frozenset(), g or m.gender, "s", False)
        m.roles, m.role, m.kind, m.gender = [role], role, "person", g or m.gender
        return m
    if names and len(names) == 1 and len(names[0].words) == 1 and m.det in W.GROUP_DETERMINERS:
        group = _demonym_group(r, m, names[0], i)
        if group is not None:
            return group
    if names:
        m.names = names
        words = [w for nm in names for w in nm.words]
        if any(w in lex.media_title_words for w in words[1:]) or (len(words) == 1 and words[0] in lex.media_title_words):
            m.kind, m.org, m.names = "media", " et ".join(nm.text for nm in names), []
        elif m.det in DEFINITE_ARTICLES or (len(words) == 1 and toks[i].upper):
            m.kind, m.org, m.names = "organisation", " et ".join(nm.text for nm in names), []
            end = tok_index(toks, names[-1].end)
            while end < len(toks) and r.adjective_at(end):
                end += 1
            if bounded and len(names) == 1 and end + 1 < len(toks) and toks[end].low in W.BODY_NAME_PREPOSITIONS \
                    and all(t.text.isalpha() and not t.cap for t in toks[end + 1:]):
                end = len(toks)  # « La République en marche », « La Manif pour tous »: the name goes on
            if len(names) == 1 and end > tok_index(toks, names[-1].end):
                m.org = text[names[0].start:toks[end - 1].end]
        return m
    return m


def _demonym_group(r: Reader, m: Mention, name: Name, i: int) -> Mention | None:
    """« des Français », « un jeune Français arrêté à son retour », « les jeunes Flamands »: people of a
    nationality, an unnamed source as written (never the nationality noun as if it were a name)."""
    word = name.words[0]
    found = demonyms().get(word) or (demonyms().get(word[:-1]) if word.endswith("s") else None)
    if found is None:
        return None
    head, g = found
    toks = r.toks
    role = Role(r.text[toks[i].start:toks[-1].end], toks[i].start, toks[-1].end, head, frozenset(), g or m.gender,
                "p" if m.number == "p" or word.endswith("s") and word != head else m.number, False)
    m.roles, m.role, m.kind, m.gender = [role], role, "unnamed source", g or m.gender
    m.number = role.number
    return m


def _document(r: Reader, m: Mention, i: int, *, bounded: bool) -> Mention:
    """« un rapport de la Commission », « une étude Ipsos », « des chiffres publiés par l'office »: a document
    noun at ``i``; its author (after a link of ``AUTHOR_MARKERS``, or a name right after it) is ``m.inner``."""
    text, toks, lex = r.text, r.toks, r.lex
    j = i + 1
    while j < len(toks) and (r.adjective_at(j) or toks[j].low in FOLDED_DOCUMENT_NOUNS):
        j += 1
    lows = [t.low for t in toks]
    for k in range(j, len(toks)):
        for n in _AUTHOR_LINKS.lengths(lows, k, len(toks) - 1):  # the author must follow the link
            if _compound_complement(toks, k, n) and not r.role_at(k + n):  # (« des notes d'économistes »: people, the authors)
                continue  # « une enquête d'opinion », « un communiqué de presse »: part of the document's name
            inner = read_np(text, toks[k + n:], lex, bounded=bounded)
            if inner.kind == "document" and inner.inner is not None:
                inner = inner.inner  # « les résultats d'un sondage Ifop »: the author of the document cited
            if lows[k] in W.CONTRACTED_DE and not inner.det:
                inner.det = lows[k]
            if inner.kind or inner.names or inner.anaphor or inner.org:
                m.kind = "document"
                m.inner = inner
                return m
            found = anaphor(" ".join(lows[k + n:]))
            if found:
                m.kind = "document"
                m.inner = Mention(toks[k + n].start, toks[-1].end, text[toks[k + n].start:toks[-1].end],
                                  anaphor=found[0], gender=found[1], number=found[2])
                return m
        if toks[k].text in {",", "("}:
            break
    if j < len(toks) and toks[j].cap:  # « un sondage Ifop », « une étude Ipsos »: the author's name
        end = r.name_end(j)
        if end > j:
            inner = Mention(toks[j].start, toks[end - 1].end, text[toks[j].start:toks[end - 1].end],
                            kind="organisation")
            inner.org = inner.text
            m.kind, m.inner = "document", inner
            return m
    m.kind = "document"
    return m


def _compound_complement(toks, k: int, n: int) -> bool:
    """Is the link at ``k`` (``n`` tokens) a bare « de » before a lower-case noun with no determiner (« enquête
    d'opinion », « note de synthèse »): a complement that names the kind of document, not its author?"""
    nxt = k + n
    return toks[k].low in DE and n == 1 and nxt < len(toks) and toks[nxt].word and not toks[nxt].cap \
        and toks[nxt].low not in W.MENTION_DETERMINERS


def _unknown_noun(r: Reader, m: Mention, i: int) -> Mention:
    """A noun the lists do not know: « l'hydrologue Nadia Ferhat », « le gestionnaire du réseau »."""
    toks = r.toks
    for k in range(i + 1, len(toks)):
        if toks[k].cap and toks[k].word and r.name_end(k) > k:
            names = names_at(r, k)
            if names and len(names) == 1 and len(names[0].words) == 1 and m.det in W.GROUP_DETERMINERS:
                group = _demonym_group(r, m, names[0], i)  # « les jeunes Flamands », « des militants basques »
                if group is not None:
                    return group
            if fold(toks[i].low).endswith(W.THING_NOUN_ENDINGS) or fold(toks[i].low) in W.RELATIONAL_NOUNS:
                # (« l'entourage de M. X » is X's circle, not X)
                break  # « un évènement Facebook », « une pétition Change »: a thing on a platform, nobody named
            if names and toks[k - 1].word and not is_function(toks[k - 1].low) and not r.org_at(k - 1):
                # (« un cadre du groupe Ensemble … »: a body's name, not the person's)
                m.names, m.kind = names, "person"
                role_text = r.text[toks[i].start:toks[k - 1].end]
                m.roles = [Role(role_text, toks[i].start, toks[k - 1].end, toks[i].low, frozenset(
                    t.low for t in toks[i + 1:k] if t.word and t.low not in QUALIFIER_STOP))]
                m.role = m.roles[0]
                return m
            break
    if not toks[i].word or is_function(toks[i].low) or toks[i].low in W.NOT_ADJECTIVES or not m.det:
        return m
    end = toks[-1].end
    m.roles = [Role(r.text[toks[i].start:end], toks[i].start, end, toks[i].low, frozenset(
        t.low for t in toks[i + 1:] if t.word and t.low not in QUALIFIER_STOP))]
    m.role = m.roles[0]
    m.kind = "unknown"
    return m


def _inside_sentence(text: str, pos: int) -> bool:
    """Is ``pos`` inside a sentence (after a word or a comma, not a full stop, a mark or a line start)?"""
    k = pos - 1
    while k >= 0 and text[k] in " \u00a0\u202f\t":
        k -= 1
    return k >= 0 and (text[k].isalnum() or text[k] in ",;")


def _metonym_at(lex: Lexicon, toks: list[Tok], i: int) -> int:
    """Length of a metonym (« place Beauvau », « Quai d'Orsay ») starting at ``i``, or 0."""
    return lex.metonyms.longest([t.low for t in toks], i)
