"""Attributing strings: what the quotation extractor found before or after a quotation.

:func:`parse_mention` analyses « le ministre des Armées, Paul Martinet », « M.
Poutine », « il », « Un récent rapport de la Commission européenne », « des chiffres de l'Insee
cités par le quotidien X » (the relay is cut), « l'Institut national de la statistique (Insee) »,
« le maire X et la sénatrice Y » into a :class:`~analysis.speakers.phrases.Mention`: names,
roles, organisation, anaphor, gender and number. Rules only, from the word lists.
"""

from __future__ import annotations

import re

from analysis.fr import speaker_words as W
from analysis.fr.grammar import DE_ARTICLES, DEFINITE_ARTICLES, PAGE_FURNITURE, QUANTITY_LEADS
from analysis.fr.speaker_words import FIRST_PERSON_POSSESSIVES, OWN_ACCOUNT_NOUNS
from analysis.fr.text import QUOTE_MARKS, fold, folded
from analysis.fr.vocabulary import DOCUMENT_NOUNS
from analysis.nlp.matcher import PhraseTable, phrases
from analysis.speakers.acronyms import spells
from analysis.speakers.lexicon import Lexicon, demonyms
from analysis.speakers.lexicon import lexicon as _lexicon
from analysis.speakers.phrases import (
    LEADING_CUES,
    QUALIFIER_STOP,
    SELF,
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
from analysis.speakers.text import Tok, tokenize

_CLOSING_MARKS = frozenset("»”\"›")
_TIME_STAMP = re.compile(r"\d{1,2}h\d{0,2}")
_STAMP_PARTS = re.compile(r"\d{1,2}|h\d{0,2}|:")


def _after_time_stamp(toks: list[Tok]) -> list[Tok]:
    """Tokens after « 11h10 - », « 14 h 30 | », « 08:45 – » (a time stamp, then a separator), if any."""
    k = 0
    while k < len(toks) and k < 4 and (_TIME_STAMP.fullmatch(toks[k].low) or _STAMP_PARTS.fullmatch(toks[k].low)):
        k += 1
    if 0 < k < len(toks) - 1 and toks[k].text in {"-", "–", "—", "|", ":"} and any(ch.isdigit() for ch in toks[0].low):
        return toks[k + 1:]
    return toks


_DOCUMENTS = folded(DOCUMENT_NOUNS)
_AUTHOR_LINKS = PhraseTable(phrases(W.AUTHOR_MARKERS))
_ANY_RELAY = re.compile("|".join(re.escape(m) for m in W.RELAY_MARKERS))


def _strip_relay(toks: list[Tok]) -> list[Tok]:
    lows = [t.low for t in toks]
    joined = " ".join(lows)
    if not _ANY_RELAY.search(joined, 1):
        return toks  # no relay marker after the first character: nothing to cut
    document = any(w in _DOCUMENTS for w in lows[:4])
    for marker in W.RELAY_MARKERS:
        if document and marker.startswith(("publie", "diffuse")):
            continue  # « les chiffres publiés par l'office »: the author, not a relay
        pos = joined.find(marker)
        if pos > 0:
            upto = joined[:pos].count(" ")
            cut = toks[:upto]
            while cut and not cut[-1].word:
                cut = cut[:-1]
            if cut:
                return cut
    return toks


_FURNITURE = tuple(tuple(fold(p).split()) for p in PAGE_FURNITURE)


def _furniture_length(toks: list[Tok]) -> int:
    """Tokens of page furniture (« Lire aussi », « À lire ») and the marks after it at the start of ``toks``."""
    lows = [t.low for t in toks]
    n = max((len(f) for f in _FURNITURE if tuple(lows[:len(f)]) == f and len(f) < len(toks)), default=0)
    while n and n < len(toks) - 1 and not toks[n].word:
        n += 1
    return n


def _split_commas(toks: list[Tok]) -> list[list[Tok]]:
    """Comma-separated parts, a body's full name with commas kept whole (« Syndicat national des
    lycées, collèges, écoles et du supérieur (Snalc) »)."""
    protected = _defined_names(toks)
    parts: list[list[Tok]] = [[]]
    depth = 0
    for k, t in enumerate(toks):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        if t.text == "," and depth == 0 and not any(a < k < b for a, b in protected):
            parts.append([])
            continue
        parts[-1].append(t)
    return [p for p in parts if p]


def _defined_names(toks: list[Tok]) -> list[tuple[int, int]]:
    """Token ranges of « Full name, with commas (ACR) » inside a mention."""
    out = []
    for k in range(2, len(toks)):
        if toks[k].text != ")" or toks[k - 2].text != "(" or not toks[k - 1].cap:
            continue
        for a in range(k - 2):
            if toks[a].cap and toks[a].word and any(t.text == "," for t in toks[a:k - 2]) \
                    and spells(toks[k - 1].text, [t.text for t in toks[a:k - 2] if t.word]):
                out.append((a, k))
                break
    return out


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


def _anaphor(low: str) -> tuple[str, str, str] | None:
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
        return "part", "f" if low.endswith(("es", "elles")) and "eux" not in low else "", "p"
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


def parse_mention(text: str, start: int, end: int, *, lex: Lexicon | None = None) -> Mention:
    """Analyse the attributing string ``text[start:end]`` (offsets stay exact)."""
    lex = lex or _lexicon()
    raw = text[start:end]
    found = _anaphor(fold(raw))
    if found:
        kind, g, n = found
        return Mention(start, end, raw, anaphor=kind, gender=g, number=n)
    # (quote marks around a label inside the phrase are read as its words: « les « gilets jaunes » de Lunel »;
    # a closing mark at the end stays, so that what is displayed keeps both marks)
    every = tokenize(text, start, end)
    toks = _after_time_stamp([t for k, t in enumerate(every) if t.text not in QUOTE_MARKS
                              or k == len(every) - 1 and t.text in _CLOSING_MARKS])  # « 11h10 - »
    while toks and (toks[0].low in LEADING_CUES or not toks[0].word) and len(toks) > 1:
        toks = toks[1:]  # « selon … »
    toks = toks[_furniture_length(toks):]  # « Lire aussi Paul Martin »
    toks = _strip_relay(toks)
    while toks and (toks[-1].low in SELF | {"meme"} or toks[-1].low in W.TRAILING_PARTICIPLES):
        toks = toks[:-1]  # « le dernier bulletin de Santé publique France (SpF) publié [mardi] »
    while toks and not toks[-1].word and toks[-1].text != ")" and toks[-1].text not in _CLOSING_MARKS:
        toks = toks[:-1]
    if not toks:
        return Mention(start, end, raw)
    s, e = toks[0].start, toks[-1].end
    found = _anaphor(fold(text[s:e]))
    if found:
        kind, g, n = found
        return Mention(start, end, raw, anaphor=kind, gender=g, number=n)
    group = _group_anaphor(toks)
    if group:
        return Mention(start, end, raw, anaphor="group", number="p", gender=group)
    coordinated = _coordination(text, toks, lex)
    if coordinated is not None:
        coordinated.start, coordinated.end, coordinated.text = start, end, raw
        return coordinated
    if toks[0].low in FIRST_PERSON_POSSESSIVES and len(toks) > 1 and toks[1].word and not toks[1].cap:
        # « Mon grand-père me disait » inside a quotation: someone of the quoted speaker's, not « Mon »
        own = _read_np(text, toks[1:], lex, bounded=True)
        own.det, own.names = toks[0].low, []
        own.gender, own.number = FIRST_PERSON_POSSESSIVES[toks[0].low]
        own.kind = "unnamed source" if own.role else own.kind
        own.start, own.end, own.text = start, end, raw
        return own
    named = _quoted_name(text, every, lex)
    if named is not None:
        named.start, named.end, named.text = start, end, raw
        return named
    quantity = _quantity(text, toks)
    if quantity is not None:
        quantity.start, quantity.end, quantity.text = start, end, raw
        return quantity
    colleagues = _colleagues_of(text, toks, lex)
    if colleagues is not None:
        colleagues.start, colleagues.end, colleagues.text = start, end, raw
        return colleagues
    parts = _split_commas(toks)
    head = _read_np(text, parts[0], lex, bounded=True)
    for part in parts[1:]:
        app = _read_np(text, part, lex, bounded=True)
        if app is None:
            continue
        if not head.names and app.names and app.kind in {"person", ""} and head.kind in {"", "person", "unnamed source"}:
            head.names = app.names  # « le porte-parole du Kremlin, Ivan Sorokine »
            head.kind = "person"
            head.title = head.title or app.title
            head.gender = head.gender or app.gender
            head.roles = head.roles + app.roles
            head.role = head.role or app.role
        elif head.names and app.role and not app.names and head.kind in {"person", ""}:
            head.roles.append(app.role)  # « Hélène Cartier, professeure de droit »
            head.role = head.role or app.role
            head.kind = "person"
            head.gender = head.gender or app.gender
        elif head.names and head.role and app.names and not app.role and app.kind in {"", "person"}:
            head.names = app.names  # « le capitaine du chalutier Belle-Île, Yann Kerivel »: the name after the comma
        elif head.names and app.role and app.names:
            break
        elif head.det in W.POSSESSIVES and head.org and not head.org[:1].isupper() and app.names and app.title \
                and app.kind in {"", "person"}:
            # « Son conseil, Me Frédéric Dulac »: the lawyer, not a council
            head.names, head.kind, head.title, head.org = app.names, "person", app.title, ""
            head.gender = app.gender or head.gender
            head.roles = app.roles
            head.role = app.role
            break
        elif not head.names and not head.anaphor and app.org and app.org[:1].isupper() and app.kind in {"organisation", "media"} \
                and (head.org and not head.org[:1].isupper() or head.role and not head.org):
            # « L'armateur, la société grecque Aegean Meridian Lines », « Leur syndicat, le Syndicat national … »:
            # the description, then the body's own name
            head.org, head.kind, head.roles, head.role, head.names = app.org, app.kind, app.roles, app.role, []
            break
    head.start, head.end, head.text = start, end, raw
    if head.org and head.org.count("«") > head.org.count("»") and raw.rstrip().endswith("»"):
        head.org += " »"  # « le collectif de « gilets jaunes » »: the label's closing mark the reader stopped at
    return head


def _quoted_name(text: str, every: list[Tok], lex: Lexicon) -> Mention | None:
    """« le collectif de « gilets jaunes » « La France en colère » », « le parti « Les Verts » »: a body's name in
    quote marks ending the mention after the noun that introduces it; the name is the body, the rest its kind."""
    if len(every) < 5 or every[-1].text not in _CLOSING_MARKS:
        return None
    o = next((k for k in range(len(every) - 2, 0, -1) if every[k].text in QUOTE_MARKS), None)
    if o is None or o >= len(every) - 2 or not every[o + 1].cap or not every[o - 1].word:
        return None
    before = [t for t in every[:o] if t.text not in QUOTE_MARKS]
    head = _read_np(text, before, lex, bounded=True) if before else None
    if head is None or head.names or not (head.org or head.role) or any(t.text == "," for t in before):
        return None
    m = Mention(every[0].start, every[-1].end, "", kind="organisation", det=head.det)
    m.org = text[every[o + 1].start:every[-2].end]
    return m


_QUANTITY_LEADS = frozenset(fold(w) for w in QUANTITY_LEADS)
_COUNT_WORDS = frozenset({"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "cent",
                          "mille", "tiers", "quart", "quarts", "moitie", "dizaine", "dizaines", "centaine", "centaines",
                          "millier", "milliers"})
"""Folded words of a count after « près de », « plus de » … (« près des trois quarts des sondés »)."""


def _quantity(text: str, toks: list[Tok]) -> Mention | None:
    """« Près de 21 000 personnes », « Plus d'un Français sur deux (53 %) », « 195 000 manifestants »: a
    counted group, an unnamed source as written (its head: the noun counted)."""
    k = 0
    if toks[0].low in _QUANTITY_LEADS and len(toks) > 2 and toks[1].low in DE_ARTICLES:
        k = 2
    if k >= len(toks) or not (toks[k].low[:1].isdigit() or k and toks[k].low in _COUNT_WORDS):
        return None
    while k < len(toks) and (toks[k].low[:1].isdigit() or toks[k].low in _COUNT_WORDS | DE_ARTICLES | {"%"}):
        k += 1
    if k >= len(toks) or not toks[k].word or is_function(toks[k].low):
        return None
    role = Role(text[toks[k].start:toks[-1].end], toks[k].start, toks[-1].end, toks[k].low.rstrip("s"), frozenset(),
                number="p")
    m = Mention(toks[0].start, toks[-1].end, "", kind="unnamed source", number="p", role=role, roles=[role])
    return m


_COLLEAGUES = frozenset({"confrere", "confreres", "consoeur", "consoeurs", "consœur", "consœurs", "collegue", "collegues"})


def _colleagues_of(text: str, toks: list[Tok], lex: Lexicon) -> Mention | None:
    """« nos confrères de RTL », « notre consœur du Monde »: the newsroom named, not « nos confrères »."""
    if len(toks) < 4 or toks[0].low not in {"nos", "notre"} or toks[1].low not in _COLLEAGUES \
            or toks[2].low not in DE_ARTICLES:
        return None
    rest = toks[3:] if toks[2].low in {"de", "d'"} else toks[2:]
    if not rest or not (rest[0].cap or rest[0].low in W.MENTION_DETERMINERS and len(rest) > 1 and rest[1].cap):
        return None
    outlet = _read_np(text, rest, lex, bounded=True)
    return outlet if outlet.org and outlet.kind in {"media", "organisation"} else None


def _group_anaphor(toks: list[Tok]) -> str:
    """« les deux dirigeants », « ces trois ministres »: gender of the group ('' if unmarked), or ''."""
    lows = [t.low for t in toks if t.word]
    if len(lows) >= 3 and lows[0] in {"les", "ces"} and lows[1] in W.GROUP_WORDS:
        form = _lexicon().roles.get(tuple(lows[2:3]))
        if form is not None or lows[2] in {"hommes", "femmes", "responsables", "dirigeants", "dirigeantes"}:
            return (form.gender if form else "") or "m"
    return ""


def _coordination(text: str, toks: list[Tok], lex: Lexicon) -> Mention | None:
    """« Le ministre Pierre Lenoir et la députée Anne Vial »: two people, each named."""
    depth = 0
    for k, t in enumerate(toks):
        depth += t.text == "("
        depth -= t.text == ")"
        if t.low != "et" or depth or k == 0 or k + 1 >= len(toks):
            continue
        left = _read_np(text, [x for x in toks[:k] if x.text != ","] or toks[:k], lex, bounded=True)
        if left.org and left.kind in {"organisation", "media"} and toks[k + 1].low in W.MENTION_DETERMINERS:
            right = _read_np(text, toks[k + 1:], lex, bounded=True)
            if right.org and right.kind in {"organisation", "media"} and not right.names:
                m = Mention(toks[0].start, toks[-1].end, "", kind=left.kind, number="p")  # « la CFDT et la CGT »
                m.org, m.det, m.parts = left.org, left.det, [left, right]
                return m
        if not left.names or left.kind not in {"person", ""}:
            continue
        right = _read_np(text, toks[k + 1:], lex, bounded=True)
        if right.names and right.kind in {"person", ""} and (right.det or right.title or right.role):
            m = Mention(toks[0].start, toks[-1].end, "", kind="person", number="p")
            m.names = left.names + right.names
            m.parts = [left, right]
            m.gender = "f" if left.gender == right.gender == "f" else ("m" if left.gender and right.gender else "")
            return m
    return None


_PRE_NOMINAL = frozenset({
    "recent", "recente", "recents", "recentes", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "ancien",
    "ancienne", "anciens", "anciennes", "ex", "futur", "future", "dernier", "derniere", "derniers", "dernieres",
    "premier", "premiere", "premiers", "premieres", "long", "longue", "bref", "breve", "haut", "haute", "jeune",
    "vieux", "seul", "seule", "seuls", "seules", "grand", "grande", "grands", "grandes", "petit", "petite",
})


def _read_np(text: str, toks: list[Tok], lex: Lexicon, *, bounded: bool) -> Mention:
    """Read one comma-free noun phrase (a mention string or a part of one)."""
    # (Long on purpose: the readings are tried in a fixed order — an outlet's title, determiners, a document,
    # a title, a role, a body noun, a short name, an outlet, a proper body, a metonym, names — and the first
    # that fits returns; one place keeps that precedence readable.)
    r = Reader(text, toks, bounded=bounded, lex=lex)
    m = Mention(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end])
    i = 0
    n_out = r.outlet_at(0)
    if n_out and toks[0].low in W.MENTION_DETERMINERS:  # « Les Échos », « Le Monde »: the article belongs to the title
        m.org, m.kind = text[toks[0].start:toks[n_out - 1].end], "media"
        return m
    if bounded and len(toks) > 1 and toks[0].cap and toks[0].low in {"le", "la", "les", "l'"} and toks[1].cap \
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
    while i < len(toks) and (toks[i].low in _PRE_NOMINAL or toks[i].low in {"plus", "moins", "tres"} and i + 1 < len(toks)
                             and toks[i + 1].low in _PRE_NOMINAL):
        if r.role_at(i):
            break
        i += 1
    if i >= len(toks):
        return m
    # a document: the speaker is its author
    if toks[i].low in _DOCUMENTS:
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
        if names and len(names) == 1 and len(names[0].words) == 1 and m.det in W.GROUP_DETERMINERS \
                and _demonym_group(r, m, names[0], i) is not None:
            return m  # « les jeunes Flamands », « de nombreux élus basques »: people, not a person named
        if names:
            m.names = names
            m.kind = "person"
        else:
            m.kind = "unnamed source" if (not m.det or m.det in {"un", "une", "des", "de", "d'", "plusieurs", "certains",
                                                              "certaines", "quelques", "nombreux", "nombreuses"}
                                          or m.number == "p") else "person"
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

def _named(r: Reader, m: Mention, i: int, *, bounded: bool) -> Mention:
    """The end of :func:`_read_np`: names from ``i`` (« Sophie Renaud », « La Russie », « Sputnik News »), read as
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
    if names and len(names) == 1 and m.det in {"le", "la", "l'"} and tok_index(toks, names[0].end) == len(toks) \
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
    while j < len(toks) and (r.adjective_at(j) or toks[j].low in _DOCUMENTS):
        j += 1
    lows = [t.low for t in toks]
    for k in range(j, len(toks)):
        for n in _AUTHOR_LINKS.lengths(lows, k, len(toks) - 1):  # the author must follow the link
            inner = _read_np(text, toks[k + n:], lex, bounded=bounded)
            if lows[k] in {"du", "des"} and not inner.det:
                inner.det = lows[k]
            if inner.kind or inner.names or inner.anaphor or inner.org:
                m.kind = "document"
                m.inner = inner
                return m
            found = _anaphor(" ".join(lows[k + n:]))
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


def equivalents(role: Role, *, lex: Lexicon | None = None) -> list[Role]:
    """``role`` and its other wordings (« chef de l'État » → « président de la République »)."""
    lex = lex or _lexicon()
    out = [role]
    bare = " ".join(sorted(role.quals))
    keys = {role.head} | ({f"{role.head} {bare}"} if bare else set())
    for k in keys:
        if k not in lex.synonyms:
            continue
        for head, quals in _synonym_forms(lex, k):
            out.append(Role(role.text, role.start, role.end, head, quals, role.gender, role.number, role.office,
                            role.complement))
    return out


_SYNONYM_FORMS: dict[tuple[int, str], tuple[Lexicon, tuple[tuple[str, frozenset[str]], ...]]] = {}


def _synonym_forms(lex: Lexicon, k: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(head, qualifiers) of each other wording of role key ``k``, read once."""
    hit = _SYNONYM_FORMS.get((id(lex), k))
    if hit is not None and hit[0] is lex:
        return hit[1]
    forms = []
    for other in lex.synonyms.get(k, []):
        roles, _j = Reader(other, tokenize(other), bounded=True, lex=lex).role_phrase(0)
        if roles:
            forms.append((roles[0].head, roles[0].quals))
    _SYNONYM_FORMS[(id(lex), k)] = (lex, tuple(forms))
    return tuple(forms)
