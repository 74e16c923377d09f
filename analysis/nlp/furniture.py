"""Page furniture: the parts of an article text that are web-page elements, not the article's prose.

Text extracted from news pages keeps what surrounded the article: links to other articles
(« Lire aussi : un autre titre »), labels (« VIDÉO - »), embedded social-media posts with their
signature (« … pic.twitter.com/… — Name (@handle) 6 janvier 2019 »), photo credits (« Photo : X
Agence », « © AFP »), datelines (« PARIS | », « Québec — », « Paris (AFP) - ») and page scripts.
None of it is reported speech, and a name in it is not a speaker: :func:`find_furniture` gives the
spans, the segmenter ends sentences at their edges, the quotation rules start no quotation inside
one and the speaker scan reads no mention there.

Kinds: ``reading`` (a link to another article: the marker and the title), ``media`` (a label; the
whole line only when it is a short title), ``post`` (an embedded post: its text, link and signature,
or only the link and signature when the article's own prose introduces it with a colon, since the
post is then a quotation), ``credit``, ``dateline``, ``code``. The markers are data
(``analysis/data/page_furniture.csv``). Every detector is one pass of substring search or of a regular
expression over the text, so the cost is linear; spans are exact offsets and never overlap.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from typing import NamedTuple

from analysis.fr.page import FURNITURE_MARKERS, SENTENCE_OPENERS
from analysis.fr.text import fold
from analysis.nlp.boundaries import LOWER, UPPER, Span, paragraph_spans, sentence_spans


class Furniture(NamedTuple):
    kind: str
    start: int
    end: int


KINDS: tuple[str, ...] = ("post", "reading", "media", "credit", "dateline", "code")
"""The kinds of furniture, in the order they win when two spans overlap."""

TITLE_MAX_WORDS = 25
"""A title after « Lire aussi » is at most this many words: past it, the text is the article's own prose
(the title's end was lost), and only the marker is furniture."""
POST_MAX_CHARS = 320
"""An embedded post's text is at most this long before its link or signature (a tweet holds 280
characters, a link counts 23; a little room for hashtags and handles)."""
COPY_PROBE = 24
"""Characters compared to recognise the copy of a post printed after its signature (its first and last ones)."""
CREDIT_MAX_WORDS = 8
"""A photo credit names at most this many words (« © Jean Dupont / Agence X »)."""

_MONTHS = (r"(?i:janv(?:ier)?|févr(?:ier)?|fevr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|aout|"
           r"sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?|dec(?:embre)?|"
           r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_DATE = (rf"(?:(?:le\s+)?\d{{1,2}}(?:er)?\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})"
         r"(?:[^\S\n]*à[^\S\n]*\d{1,2}[^\S\n]*[:h][^\S\n]*\d{2}(?:[^\S\n]*(?-i:[A-Z]{2,4})\b)?)?")
_SIGNATURE = re.compile(
    rf"(?:[—–]|--?)\s*[^\n()—–]{{1,80}}?\s*\(\s*@\w{{1,30}}\s*\)\s*(?:{_DATE})?"
    rf"|[Uu]ne publication partagée par [^\n()]{{1,80}}?\(\s*@[\w.]{{1,30}}\s*\)\s*(?:{_DATE})?"
)
"""The signature of an embedded post: « — Name (@handle) 6 janvier 2019 », « — Name (@handle) January 6,
2019 », « Une publication partagée par Name (@handle) le 15 janv. 2019 à 10 :24 PST »."""
_POST_LINK = re.compile(
    r"(?:https?://)?(?:pic\.twitter\.com/\w{10}|t\.co/\w{10})"
    r"|https?://(?:www\.)?(?:twitter|x|instagram|facebook|youtube)\.com/\S*"
)
"""A post's media or short link: Twitter's are ten characters after the slash (text glued to them stays out)."""
_SOCIAL_SIGN = re.compile(rf"(?<![\w#@])[#@]\w|[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff]|{_POST_LINK.pattern}")
"""What makes a sentence look like part of a post: a hashtag, a handle, an emoji or a post link."""
_POST_HINTS = ("(@", "( @", "pic.twitter.com", "t.co/", "twitter.com/", "instagram.com/", "facebook.com/", "youtube.com/",
               "publication partagée")
"""Substrings without which a text holds no embedded post (checked first: most articles have none)."""
_INTRO_COLON = re.compile(r":(?=\s)")
"""A colon that introduces what follows (« a écrit : « … » »), not one of a web address or a time."""
_CODE = re.compile(
    r"(?:[\w$]+(?:\([^(){}\n]*\))?(?:\.[\w$]+(?:\([^(){}\n]*\))?)*\(\s*function\s*\([^)]*\)\s*\{[^{}]*\}\s*\)\s*;?\s*)+"
)
"""Page scripts left in the text: « googletag.cmd.push(function() { … }); », « $('#x').mouseover(function() { … }); »."""
_SEPARATOR = re.compile(r"[^\S\n]*(?:[:\-–—|.»>]+[^\S\n]*)?")
_BULLETS = "»>►▶→•*-–— \t\u00a0\u202f"


def _marker_forms() -> list[str]:
    """Every marker as written with single spaces, longest first, « à » also as « a »."""
    forms = [*FURNITURE_MARKERS, *("a" + m[1:] for m in FURNITURE_MARKERS if m.startswith("à "))]
    return sorted(forms, key=len, reverse=True)


_MARKER_FORMS = _marker_forms()
_PAREN_CREDIT = re.compile(r"\((?:photo|crédit|credit|capture|image)s?\b[^()\n]{0,80}\)", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©")
_CREDIT_WORD = re.compile(rf"[^\S\n]*(?:[{UPPER}0-9][\w'’.\-]*|[/&|+,\-–]|de|du|des|d'|d’|et|via|pour|la|le)(?=[\s/,]|$)")
_AGENCY = r"\((?:[A-Z][\w .\-]{1,30})\)"
_DATELINE = re.compile(
    rf"(?P<place>[{UPPER}][\w'’.\-]*(?:[^\S\n]+(?:[{UPPER}][\w'’.\-]*|de|du|des|la|le|sur|en)){{0,3}}"
    rf"(?:,[^\S\n]*[{UPPER}][\w'’.\-]*(?:[^\S\n]+[{UPPER}][\w'’\-]*)?)?)"
    rf"(?P<agency>[^\S\n]*{_AGENCY})?[^\S\n]*(?P<sep>[|—–]|-(?=\s))(?:[^\S\n]+(?=[{UPPER}0-9«\"“])|[^\S\n]*$)"
)
_TITLE_END = re.compile(
    rf"(?<=[\w»”)])\s+(?:(?:{'|'.join(sorted(SENTENCE_OPENERS, key=len, reverse=True))})\s+[{LOWER}]"
    rf"|(?:L|D|C|J|Qu)['’][{LOWER}])"
    rf"|(?<=[»”])\s+(?=[«“])"
)
"""Where a title with no end mark gives way to the next sentence: « … s'est emparé de la France Cette
enquête … » (a capitalised opener followed by a lower-case word, inside a run of text), « … sur les
«grèves» «Nous tiendrons», a dit … » (a quotation opening right after the title's closing mark)."""


class _Page:
    """The text with its paragraphs, and the sentence starts of a paragraph when a detector asks for them
    (most paragraphs have no furniture and are never split twice)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paras = paragraph_spans(text)
        self.para_starts = [p.start for p in self.paras]
        self._starts: dict[int, list[int]] = {}

    def para(self, pos: int) -> Span:
        return self.paras[max(0, bisect_right(self.para_starts, pos) - 1)]

    def next_para(self, para: Span) -> Span | None:
        k = bisect_right(self.para_starts, para.start)
        return self.paras[k] if k < len(self.paras) else None

    def starts(self, para: Span) -> list[int]:
        """Where the sentences of ``para`` start (its own start first)."""
        found = self._starts.get(para.start)
        if found is None:
            found = self._starts[para.start] = sorted(
                {para.start, *(s.start for s in sentence_spans(self.text, para.start, para.end))})
        return found

    def sentence_start(self, pos: int) -> int:
        starts = self.starts(self.para(pos))
        return starts[max(0, bisect_right(starts, pos) - 1)]

    def sentence_end(self, pos: int, limit: int) -> int:
        starts = self.starts(self.para(pos))
        k = bisect_right(starts, pos)
        return min(starts[k], limit) if k < len(starts) else limit

    def block_start(self, pos: int) -> int | None:
        """Where the block holding a marker at ``pos`` starts (a paragraph or sentence start, bullets
        included: « » LIRE AUSSI »), or None when ``pos`` is inside running text."""
        k = pos
        while k > 0 and self.text[k - 1] in _BULLETS:
            k -= 1
        start = self.sentence_start(pos)
        return start if k <= start else None

    def words(self, start: int, end: int) -> int:
        return len(self.text[start:end].split())


CACHE_MAX_CHARS = 20_000_000
"""Characters of text whose furniture is remembered: the segmenter, the quotation rules and the speaker scan
each ask for the furniture of the same articles, and a batch of a corpus run (or one very long text) fits.
The texts themselves are not copied: the cache holds the caller's strings."""
_CACHE: OrderedDict[str, tuple[Furniture, ...]] = OrderedDict()
_CACHE_CHARS = [0]
_CACHE_LOCK = threading.Lock()


def find_furniture(text: str) -> tuple[Furniture, ...]:
    """The page furniture of ``text``, in order, never overlapping (see the module docstring)."""
    with _CACHE_LOCK:
        hit = _CACHE.get(text)
        if hit is not None:
            _CACHE.move_to_end(text)
            return hit
    found = _find(text)
    with _CACHE_LOCK:
        if text not in _CACHE:
            _CACHE[text] = found
            _CACHE_CHARS[0] += len(text)
        while _CACHE_CHARS[0] > CACHE_MAX_CHARS and len(_CACHE) > 1:
            old, _ = _CACHE.popitem(last=False)
            _CACHE_CHARS[0] -= len(old)
    return found


def _find(text: str) -> tuple[Furniture, ...]:
    page = _Page(text)
    code = list(_code(text))
    found = [*code, *_posts(page, code), *_markers(page), *_credits(text), *_datelines(page)]
    return tuple(_settle(text, found))


def furniture_at(spans: tuple[Furniture, ...] | list[Furniture], pos: int) -> Furniture | None:
    """The furniture span holding offset ``pos``, if any (``spans`` in order, as :func:`find_furniture` gives them)."""
    k = bisect_right(spans, pos, key=lambda f: f.start) - 1
    return spans[k] if k >= 0 and spans[k].start <= pos < spans[k].end else None


def _settle(text: str, found: list[Furniture]) -> list[Furniture]:
    """Spans trimmed of white space, overlaps resolved by kind order (:data:`KINDS`), in text order."""
    kept: list[Furniture] = []  # in text order, disjoint
    for f in sorted(found, key=lambda f: (KINDS.index(f.kind), f.start)):
        start, end = f.start, f.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        k = bisect_right(kept, start, key=lambda x: x.start)
        if start >= end or (k > 0 and kept[k - 1].end > start) or (k < len(kept) and kept[k].start < end):
            continue
        kept.insert(k, Furniture(f.kind, start, end))
    return kept


def _marker_spans(text: str) -> list[tuple[int, int]]:
    """Where the markers of ``page_furniture.csv`` are written (any case), whole words, the longest at each place.

    Found by plain substring search on the lower-case text with its spaces made plain (same length, so the
    offsets hold): far cheaper than one regular expression with every marker as an alternative."""
    flat = text.lower()
    if len(flat) != len(text):  # a capital whose lower case is two characters (« İ »): keep offsets
        flat = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    flat = flat.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    found: list[tuple[int, int]] = []
    covered: set[int] = set()
    for marker in _MARKER_FORMS:
        a = flat.find(marker)
        while a >= 0:
            b = a + len(marker)
            if a not in covered and not (a > 0 and _is_word_char(flat[a - 1])) \
                    and not (b < len(flat) and _is_word_char(flat[b])):
                found.append((a, b))
                covered.update(range(a, b))
            a = flat.find(marker, a + 1)
    return sorted(found)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _markers(page: _Page) -> Iterator[Furniture]:
    text = page.text
    for a, b in _marker_spans(text):
        written = " ".join(text[a:b].split())
        key = fold(written, accents=True)
        kind, needs_separator = FURNITURE_MARKERS.get(key) or FURNITURE_MARKERS.get("à" + key[1:], ("", True))
        sep = _SEPARATOR.match(text, b)
        has_separator = sep is not None and sep.group(0).strip() != ""
        if not kind or (needs_separator and not (has_separator or (written.isupper() and kind != "credit"))):
            continue  # « À lire les titres, on … », « Photos à l'appui », « Crédit Agricole »: prose
        block = page.block_start(a)
        if block is None and (needs_separator or kind != "reading" or not written[0].isupper()):
            continue  # labels and credits open a block; a capitalised « Lire aussi » is furniture anywhere
        start = block if block is not None else a
        after = sep.end() if sep else b
        para = page.para(a)
        if kind == "reading":
            yield Furniture(kind, start, _title_end(page, para, start, after))
        elif kind == "media":
            rest = text[after:para.end].rstrip()
            whole = page.words(after, para.end) <= TITLE_MAX_WORDS and rest[-1:] not in ".!?…"
            yield Furniture(kind, start, para.end if whole else after)
        else:
            yield Furniture(kind, start, _credit_end(text, after, para.end))


def _title_end(page: _Page, para: Span, start: int, after: int) -> int:
    """End of the title after a « Lire aussi » marker starting at ``start`` and ending at ``after``: the
    next paragraph when the marker stands alone, the paragraph when it opens a short one, else the end of
    its sentence or the capitalised opener that follows the title inside it."""
    text = page.text
    if not text[after:para.end].strip():  # « Lire aussi » alone: the title is the next paragraph
        nxt = page.next_para(para)
        return nxt.end if nxt is not None and page.words(nxt.start, nxt.end) <= TITLE_MAX_WORDS else para.end
    if start == para.start and page.words(after, para.end) <= TITLE_MAX_WORDS:
        return para.end
    end = page.sentence_end(after, para.end)
    cut = _TITLE_END.search(text, after, end)
    if cut is not None and page.words(after, cut.start()) >= 1:
        end = cut.start()
    return end if page.words(after, end) <= TITLE_MAX_WORDS else after


def _credit_end(text: str, pos: int, limit: int) -> int:
    """End of the names of a credit starting at ``pos`` (« Jean Dupont Agence France-Presse »)."""
    end = pos
    for _ in range(CREDIT_MAX_WORDS):
        m = _CREDIT_WORD.match(text, end, limit)
        if m is None or _opens_sentence(text, m):
            break
        end = m.end()
    return end


def _opens_sentence(text: str, m: re.Match[str]) -> bool:
    """Is the credit word ``m`` the first word of the next sentence (« … / AFP On les repousse »)?"""
    if m.group(0).strip() not in SENTENCE_OPENERS:
        return False
    nxt = re.match(r"\s+(\w)", text[m.end():m.end() + 3])
    return nxt is not None and nxt.group(1).islower()


def _credits(text: str) -> Iterator[Furniture]:
    for m in _PAREN_CREDIT.finditer(text):
        yield Furniture("credit", m.start(), m.end())
    for m in _COPYRIGHT.finditer(text):
        limit = text.find("\n", m.end())
        yield Furniture("credit", m.start(), _credit_end(text, m.end(), len(text) if limit < 0 else limit))


def _datelines(page: _Page) -> Iterator[Furniture]:
    for p in page.paras:
        m = _DATELINE.match(page.text, p.start, p.end)
        if m is None:
            continue
        place, sep = m.group("place"), m.group("sep")
        strong = place.isupper() or m.group("agency") or sep == "|"
        if not strong and (sep == "-" or len(place.split()) > 3):
            continue  # « Brexit - Le … » is a title; « PARIS - », « Paris (AFP) - », « Québec — » are datelines
        yield Furniture("dateline", m.start(), m.end())


def _code(text: str) -> Iterator[Furniture]:
    if "function" not in text:
        return
    for m in _CODE.finditer(text):
        yield Furniture("code", m.start(), m.end())


def _posts(page: _Page, code: list[Furniture]) -> Iterator[Furniture]:
    """Embedded posts: the text before a signature or a post link, the link, the signature, and the
    copy of the post's text some pages print after it."""
    text = page.text
    if not any(hint in text for hint in _POST_HINTS):
        return
    links = list(_POST_LINK.finditer(text))
    link_ends = [m.end() for m in links]
    signed: list[Furniture] = []
    for sig in _SIGNATURE.finditer(text):
        link = _link_before(text, links, link_ends, code, sig.start())
        anchor = link.start() if link is not None else sig.start()
        copy = _copy(text, sig.start(), sig.end())
        start = _post_start(page, anchor, sig.end(), signed=True, known=copy[0] if copy else None)
        signed.append(Furniture("post", start, sig.end()))
        if copy is not None:
            signed.append(Furniture("post", sig.end(), copy[1]))
    yield from signed
    ends = [f.end for f in signed]  # in text order: signatures are found in order
    for link in links:  # a link outside every signed post is a post of its own
        k = bisect_right(ends, link.start())
        if k < len(signed) and signed[k].start <= link.start():
            continue
        yield Furniture("post", _post_start(page, link.start(), link.end(), signed=False), link.end())


def _copy(text: str, sig_start: int, sig_end: int) -> tuple[int, int] | None:
    """(start of the post, end of its copy) when the text after a signature repeats the post before it."""
    head = text[sig_end:sig_end + 2 * COPY_PROBE].strip()[:COPY_PROBE]
    if len(head) < COPY_PROBE:
        return None
    start = text.rfind(head, max(0, sig_start - POST_MAX_CHARS), sig_start)
    if start < 0:
        return None
    tail = text[start:sig_start].rstrip()[-COPY_PROBE:]
    end = text.find(tail, sig_end, sig_end + (sig_start - start) + COPY_PROBE)
    return (start, end + len(tail)) if end >= 0 else None


def _link_before(text: str, links: list[re.Match[str]], link_ends: list[int], code: list[Furniture],
                 pos: int) -> re.Match[str] | None:
    """The post link just before a signature at ``pos`` (white space and page scripts between them)."""
    k = bisect_right(link_ends, pos) - 1
    if k < 0:
        return None
    gap_start = links[k].end()
    for c in code:
        if c.start <= gap_start + 1 and gap_start <= c.end <= pos:
            gap_start = c.end
    return links[k] if not text[gap_start:pos].strip() else None


def _post_start(page: _Page, anchor: int, end: int, *, signed: bool, known: int | None = None) -> int:
    """Where a post whose link or signature is at ``anchor`` (and which ends at ``end``) begins.

    A post that ends its paragraph takes the paragraph when it is short enough (pages set an embedded post
    apart); otherwise a signed post takes its sentence and the sentences before that look like a post
    (hashtags, handles, emoji, links), and a bare link the sentences that look like a post. When the text
    before it ends with a colon, or a colon follows prose with no such sign, the article introduces the
    post: its text is a quotation, and only the link and signature are furniture. ``known``: where the
    post starts, when a copy of it after the signature told."""
    text = page.text
    para = page.para(anchor)
    starts = page.starts(para)
    k = bisect_right(starts, anchor) - 1
    own = starts[max(k, 0)]
    if known is not None:
        start = known
    elif anchor - own > POST_MAX_CHARS or not (signed or _SOCIAL_SIGN.search(text, own, anchor)):
        start = anchor
    elif anchor - para.start <= POST_MAX_CHARS and not text[end:para.end].strip() \
            and (signed or _SOCIAL_SIGN.search(text, para.start, anchor)):
        start = para.start
    else:
        start = own
        while k > 0 and anchor - starts[k - 1] <= POST_MAX_CHARS \
                and _SOCIAL_SIGN.search(text, starts[k - 1], starts[k]):
            k -= 1
            start = starts[k]
    if text[max(0, start - 80):start].rstrip().endswith(":"):
        return anchor
    colon = _INTRO_COLON.search(text, start, anchor)
    if colon is not None and not _SOCIAL_SIGN.search(text, start, colon.start()):
        return anchor  # « Le maire a réagi : « … » pic.twitter.com/… — Nom (@nom) … »: the prose introduces it
    return start
