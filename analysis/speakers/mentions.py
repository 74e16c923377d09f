"""Attributing strings: what the quotation extractor found before or after a quotation.

:func:`parse_mention` analyses « le ministre des Armées, Paul Martinet », « M.
Poutine », « il », « Un récent rapport de la Commission européenne », « des chiffres de l'Insee
cités par le quotidien X » (the relay is cut), « l'Institut national de la statistique (Insee) »,
« le maire X et la sénatrice Y » into a :class:`~analysis.speakers.phrases.Mention`: names,
roles, organisation, anaphor, gender and number. Rules only, from the word lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.fr import speaker_words as W
from analysis.fr.grammar import DE, DE_ARTICLES, PAGE_FURNITURE, QUANTITY_LEADS
from analysis.fr.mention_words import COLLEAGUES, COUNT_WORDS, LEADING_CUES, SELF
from analysis.fr.speaker_words import FIRST_PERSON_POSSESSIVES
from analysis.fr.text import QUOTE_MARKS, fold
from analysis.fr.vocabulary import FOLDED_DOCUMENT_NOUNS
from analysis.nlp.rule_tokens import Tok
from analysis.speakers.acronyms import spells
from analysis.speakers.lexicon import Lexicon
from analysis.speakers.lexicon import lexicon as _lexicon
from analysis.speakers.noun_phrase import anaphor, read_np
from analysis.speakers.phrases import Mention, Reader, Role, is_function
from analysis.speakers.text import tokenize

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


_ANY_RELAY = re.compile("|".join(re.escape(m) for m in W.RELAY_MARKERS))


def _strip_relay(toks: list[Tok]) -> list[Tok]:
    lows = [t.low for t in toks]
    joined = " ".join(lows)
    if not _ANY_RELAY.search(joined, 1):
        return toks  # no relay marker after the first character: nothing to cut
    document = any(w in FOLDED_DOCUMENT_NOUNS for w in lows[:4])
    for marker in W.RELAY_MARKERS:
        if document and marker.startswith(W.AUTHOR_RELAY_MARKERS):
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


def parse_mention(text: str, start: int, end: int, *, lex: Lexicon | None = None) -> Mention:
    """Analyse the attributing string ``text[start:end]`` (offsets stay exact)."""
    lex = lex or _lexicon()
    raw = text[start:end]
    found = anaphor(fold(raw))
    if found:
        kind, g, n = found
        return Mention(start, end, raw, anaphor=kind, gender=g, number=n)
    if fold(raw).strip() in W.NEVER_NAMES:
        return Mention(start, end, raw)  # « On », « Certains » opening a sentence: no name
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
    found = anaphor(fold(text[s:e]))
    if found:
        kind, g, n = found
        return Mention(start, end, raw, anaphor=kind, gender=g, number=n)
    group = _group_anaphor(toks)
    if group:
        return Mention(start, end, raw, anaphor="group", number="p", gender=group)
    if (listed := _place_list(text, toks)) is not None:
        return _spanned(listed, start, end, raw)
    if (with_pronoun := _pronoun_and(text, toks, lex)) is not None:
        return _spanned(with_pronoun, start, end, raw)
    if (coordinated := _coordination(text, toks, lex)) is not None:
        return _spanned(coordinated, start, end, raw)
    if toks[0].low in FIRST_PERSON_POSSESSIVES and len(toks) > 1 and toks[1].word and not toks[1].cap:
        # « Mon grand-père me disait » inside a quotation: someone of the quoted speaker's, not « Mon »
        own = read_np(text, toks[1:], lex, bounded=True)
        own.det, own.names = toks[0].low, []
        own.gender, own.number = FIRST_PERSON_POSSESSIVES[toks[0].low]
        own.kind = "unnamed source" if own.role else own.kind
        return _spanned(own, start, end, raw)
    if (named := _quoted_name(text, every, lex)) is not None:
        return _spanned(named, start, end, raw)
    if (quantity := _quantity(text, toks)) is not None:
        return _spanned(quantity, start, end, raw)
    if (colleagues := _colleagues_of(text, toks, lex)) is not None:
        return _spanned(colleagues, start, end, raw)
    parts = _split_commas(toks)
    head = _with_appositions(read_np(text, parts[0], lex, bounded=True),
                             (read_np(text, part, lex, bounded=True) for part in parts[1:]))
    head.start, head.end, head.text = start, end, raw
    if _capitalised_common_noun(head, toks):
        head.names, head.kind = [], ""  # « plusieurs Gilets jaunes »: a group written with a capital, kept as written
    if head.org and head.org.count("«") > head.org.count("»") and raw.rstrip().endswith("»"):
        head.org += " »"  # « le collectif de « gilets jaunes » »: the label's closing mark the reader stopped at
    return head


def _spanned(m: Mention, start: int, end: int, raw: str) -> Mention:
    """``m``, read from part of the attributing string, given the whole string's span and text."""
    m.start, m.end, m.text = start, end, raw
    return m


def _capitalised_common_noun(m: Mention, toks: list) -> bool:
    """« un Gilet jaune », « plusieurs Gilets jaunes »: the only « name » of a phrase opened by an indefinite or
    counting determiner, one capitalised word followed by a lower-case adjective, is a common noun written with
    a capital; a person is not counted (« un Dupont » is rare in news) and a name does not go on in lower case."""
    if len(m.names) != 1 or m.role is not None or m.det not in W.GROUP_DETERMINERS or m.det in W.GROUP_ANAPHOR_DETERMINERS:
        return False
    name = m.names[0]
    if " " in name.text.strip():
        return False
    after = [t for t in toks if t.start >= name.end]
    return bool(after) and after[0].word and not after[0].cap and after[0].low not in W.PERSON_NAME_PARTICLES


def _with_appositions(head: Mention, apps: Iterable[Mention]) -> Mention:
    """``head`` completed by the parts after its commas: a name after a role (« le porte-parole du Kremlin, Ivan
    Sorokine »), a role after a name, a body's own name after its description; reading stops at a second person."""
    for app in apps:
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
    head = read_np(text, before, lex, bounded=True) if before else None
    if head is None or head.names or not (head.org or head.role) or any(t.text == "," for t in before):
        return None
    m = Mention(every[0].start, every[-1].end, "", kind="organisation", det=head.det)
    m.org = text[every[o + 1].start:every[-2].end]
    return m


_QUANTITY_LEADS = frozenset(fold(w) for w in QUANTITY_LEADS)


def _quantity(text: str, toks: list[Tok]) -> Mention | None:
    """« Près de 21 000 personnes », « Plus d'un Français sur deux (53 %) », « Environ 150 élus »: a
    counted group, an unnamed source as written (its head: the noun counted)."""
    k = 0
    if toks[0].low in _QUANTITY_LEADS and len(toks) > 2 and toks[1].low in DE_ARTICLES:
        k = 2
    elif toks[0].low in _QUANTITY_LEADS and len(toks) > 2 and toks[1].low[:1].isdigit():
        k = 1  # « Environ 150 manifestants », « quelque 300 élus »: a lead without « de »
    if k >= len(toks) or not (toks[k].low[:1].isdigit() or k and toks[k].low in COUNT_WORDS):
        return None
    while k < len(toks) and (toks[k].low[:1].isdigit() or toks[k].low in COUNT_WORDS | DE_ARTICLES | {"%"}):
        k += 1
    if k >= len(toks) or not toks[k].word or is_function(toks[k].low):
        return None
    role = Role(text[toks[k].start:toks[-1].end], toks[k].start, toks[-1].end, toks[k].low.rstrip("s"), frozenset(),
                number="p")
    m = Mention(toks[0].start, toks[-1].end, "", kind="unnamed source", number="p", role=role, roles=[role])
    return m


def _colleagues_of(text: str, toks: list[Tok], lex: Lexicon) -> Mention | None:
    """« nos confrères de RTL », « notre consœur du Monde »: the newsroom named, not « nos confrères »."""
    if len(toks) < 4 or toks[0].low not in W.NEWSROOM_POSSESSIVES or toks[1].low not in COLLEAGUES \
            or toks[2].low not in DE_ARTICLES:
        return None
    rest = toks[3:] if toks[2].low in DE else toks[2:]
    if not rest or not (rest[0].cap or rest[0].low in W.MENTION_DETERMINERS and len(rest) > 1 and rest[1].cap):
        return None
    outlet = read_np(text, rest, lex, bounded=True)
    return outlet if outlet.org and outlet.kind in {"media", "organisation"} else None


def _group_anaphor(toks: list[Tok]) -> str:
    """« les deux dirigeants », « ces trois ministres », « tous les deux »: gender of the group ('' if unmarked), or ''."""
    lows = [t.low for t in toks if t.word]
    both = lows[1:] if lows[1:2] != ["les"] else lows[2:]  # « tous les deux », « toutes deux »
    if lows[:1] in (["tous"], ["toutes"]) and len(both) == 1 and both[0] in W.GROUP_WORDS:
        return "f" if lows[0] == "toutes" else "m"
    if len(lows) >= 3 and lows[0] in W.GROUP_ANAPHOR_DETERMINERS and lows[1] in W.GROUP_WORDS:
        form = _lexicon().roles.get(tuple(lows[2:3]))
        if form is not None or lows[2] in W.GROUP_PERSON_NOUNS:
            return (form.gender if form else "") or "m"
    return ""


def _place_list(text: str, toks: list[Tok]) -> Mention | None:
    """« Rome, Berlin et Madrid »: three or more one-word names listed with commas and a last « et » stand for
    the places' governments or bodies together, one plural source as written (people are named with two words
    and read by :func:`_coordination`)."""
    members = [t for t in toks if t.text not in {",", "et"}]
    if len(members) < 3 or len(members) * 2 - 1 != len(toks) or toks[-2].text != "et" \
            or any(t.text != "," for t in toks[1:-2:2]) or not all(t.cap and t.word for t in members):
        return None
    m = Mention(toks[0].start, toks[-1].end, "", kind="organisation", number="p")
    m.org = text[toks[0].start:toks[-1].end]
    return m


def _pronoun_and(text: str, toks: list[Tok], lex: Lexicon) -> Mention | None:
    """« Lui et ses proches », « Elle et son équipe »: a pronoun (resolved like any other) and, as its one
    part, the group beside its referent."""
    if len(toks) < 3 or toks[1].low != "et" or fold(toks[0].text) not in W.PERSONAL_PRONOUNS:
        return None
    right = read_np(text, toks[2:], lex, bounded=True)
    if not (right.role or right.names or right.org) or right.anaphor:
        return None
    g, n = W.PERSONAL_PRONOUNS[fold(toks[0].text)]
    m = Mention(toks[0].start, toks[-1].end, "", anaphor="pronoun", gender=g, number=n)
    m.parts = [right]
    return m


def _coordination(text: str, toks: list[Tok], lex: Lexicon) -> Mention | None:
    """« Le ministre Pierre Lenoir et la députée Anne Vial »: two people, each named."""
    depth = 0
    for k, t in enumerate(toks):
        depth += t.text == "("
        depth -= t.text == ")"
        if t.low != "et" or depth or k == 0 or k + 1 >= len(toks):
            continue
        left = read_np(text, [x for x in toks[:k] if x.text != ","] or toks[:k], lex, bounded=True)
        of_same_head = toks[k + 1].low in DE_ARTICLES and any(x.low in DE_ARTICLES for x in toks[1:k])
        if left.org and left.kind in {"organisation", "media"} and toks[k + 1].low in W.MENTION_DETERMINERS \
                and not of_same_head:  # (« le ministère de la Santé et des Services sociaux »: one body)
            right = read_np(text, toks[k + 1:], lex, bounded=True)
            if right.org and right.kind in {"organisation", "media"} and not right.names:
                m = Mention(toks[0].start, toks[-1].end, "", kind=left.kind, number="p")  # « la CFDT et la CGT »
                m.org, m.det, m.parts = left.org, left.det, [left, right]
                return m
        if not left.names or left.kind not in {"person", ""}:
            continue
        right = read_np(text, toks[k + 1:], lex, bounded=True)
        if right.names and right.kind in {"person", ""} and (right.det or right.title or right.role):
            m = Mention(toks[0].start, toks[-1].end, "", kind="person", number="p")
            m.names = left.names + right.names
            m.parts = [left, right]
            m.gender = "f" if left.gender == right.gender == "f" else ("m" if left.gender and right.gender else "")
            return m
    return None


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
