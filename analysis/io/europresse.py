"""Europresse HTML exports → article records (one per article in the file).

Two layouts exist:
- the current one: one ``<article>`` per document, publication in ``.DocPublicationName``
  (inside ``.rdp__DocPublicationName``), a ``.DocHeader`` line « Rubrique, mercredi 13 avril
  2022 654 mots, p. 3 », title ``.titreArticleVisu`` / ``.rdp__articletitle``, subtitle
  ``.rdp__subtitle``, author ``.docAuthors``, body ``.DocText`` and the document number
  « news·20220413·XX·… » in the footer (``.publiC-lblNodoc``);
- the old table-based one (often ISO-8859-1): the same class names on ``<span>`` elements in a
  flat stream of text and ``<br>``, one table per article, closed by the copyright line and
  « Numéro de document : news·… ».

Search-hit highlighting (``<mark>``, occurrence spans, bold) is dropped by reading inline
markup as plain text; « Cet article est paru dans … » lines, copyright footers and the
Europresse certificate are removed. The HTML is untrusted: it is parsed by lxml through
BeautifulSoup from an in-memory string (no script runs, no external entity or network fetch).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from analysis.errors import EmptyInputError, InputError
from analysis.fr.page import DOCUMENT_NUMBER_LABELS
from analysis.io.decode import Decoded, decode_bytes, normalise_text
from analysis.io.metadata import parse_date

Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
"""Elements that end a line of text; every other element (mark, span, b, i, font …) is inline."""

DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "form", "input", "button",
             "select", "textarea", "img", "svg", "head", "title", "meta", "link")

_SPACE = re.compile(r"[ \t\r\n\f\v]+")
DOC_NUMBER = re.compile(r"news[·.\-_]\d{8}[·.\-_][\w·.\-]+", re.IGNORECASE)
_DOC_NUMBER_DATE = re.compile(r"news[·.\-_](\d{4})(\d{2})(\d{2})", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"^(?:cet article (?:est paru|a été publié|a paru) (?:dans|sur)\b"
    r"|this article (?:appeared|was published) in\b"
    r"|©|\(c\)\s*\d{4}|copyright\b"
    r"|tous droits réservés|all rights reserved"
    r"|num[ée]ro de document\s*:|document number\s*:"
    r"|le présent document est protégé|this document is protected"
    r"|ce certificat est émis|this certificate (?:is|was) issued"
    r"|certificat émis|date d'émission\s*:"
    r"|illustrations?(?:\(s\))?\s*:"
    r"|voir aussi\s*:?\s*$)",
    re.IGNORECASE,
)
"""Lines that are Europresse or publisher boilerplate, never article text."""

_WEEKDAYS = (r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
             r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_MONTHS = (r"janvier|janv|février|fevrier|févr|fév|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre"
           r"|sept|octobre|oct|novembre|nov|décembre|decembre|déc|dec"
           r"|january|february|march|april|may|june|july|august|september|october|november|december")
HEADER_DATE = re.compile(
    rf"(?:\b(?:{_WEEKDAYS})\b,?\s*)?"
    rf"(?:\b\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\.?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b)",
    re.IGNORECASE,
)
WORD_COUNT = re.compile(r"(?<![\d.])(\d{1,3}(?:[\u00a0\u202f .,]\d{3})+|\d+)\s*(?:mots|words)\b", re.IGNORECASE)
_PAGE = re.compile(r"(?:^|[\s,])p(?:ages?|\.)\s*([\w()/-]+(?:\s*-\s*\w+)?)", re.IGNORECASE)
_EDITION = re.compile(
    r"\s*(?:[,;:–—-]\s*|\s+)(?:no|n°|nº|no°|num(?:éro)?|issue|vol(?:ume)?)\.?\s*\d.*$"
    r"|\s*,\s*(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}).*$",
    re.IGNORECASE,
)

_ROLE_CLASSES: dict[str, str] = {
    "docpublicationname": "outlet", "rdp__docpublicationname": "outlet",
    "docheader": "header", "rdp__docheader": "header",
    "titrearticlevisu": "title", "rdp__articletitle": "title", "titrearticle": "title", "grandtitre": "title",
    "rdp__subtitle": "subtitle", "docauthors": "author",
    "publicationdate": "header",
}
"""Europresse class names (lower case) and what they hold, for the old flat layout."""


# ---------------------------------------------------------------------------- text helpers

def clean_line(text: str) -> str:
    """One line of text: white space runs collapsed (non-breaking spaces kept), trimmed."""
    return _SPACE.sub(" ", text).strip(" ")


def is_boilerplate(line: str) -> bool:
    """Is ``line`` a « Cet article est paru dans … », copyright or certificate line?"""
    return bool(_BOILERPLATE.match(line.strip()))


def normalise_outlet(name: str) -> str:
    """« Le Monde, no. 23456 » → « Le Monde »; « Revue X, Vol. 14, no 4 » → « Revue X »."""
    name = clean_line(name.replace("\u00a0", " "))
    previous = None
    while previous != name:
        previous = name
        name = _EDITION.sub("", name).strip(" ,;:-–—")
    return name


def parse_header(header: str) -> dict[str, Any]:
    """Rubrique, date (ISO), word count and page from a DocHeader line.

    « International, mercredi 13 avril 2022 654 mots, p. 3 » →
    {"rubrique": "International", "date": "2022-04-13", "words": 654, "page": "3"}.
    """
    header = clean_line(header.replace("\u00a0", " "))
    info: dict[str, Any] = {}
    match = HEADER_DATE.search(header)
    if match:
        date = parse_date(match.group(0))
        if date is not None:
            info["date"] = date.date().isoformat()
        rubrique = header[: match.start()].strip(" ,;-–—|")
        if rubrique and not re.fullmatch(r"[\d\s.,:-]*", rubrique):
            info["rubrique"] = rubrique
    if m := WORD_COUNT.search(header, match.end() if match else 0):
        digits = re.sub(r"\D", "", m.group(1))
        if digits:
            info["words"] = int(digits)
    if m := _PAGE.search(header):
        info["page"] = m.group(1).strip()
    return info


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class") or []
    return [c.lower() for c in (value.split() if isinstance(value, str) else value)]


def _lines(node: Tag | NavigableString) -> list[str]:
    """Text of ``node`` as lines: block elements and <br> break lines, inline markup does not.

    Highlighting such as ``Pou<mark>tine</mark>`` reads « Poutine »: inline elements add no
    space of their own.
    """
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = clean_line("".join(current))
        if line:
            lines.append(line)
        current.clear()

    # iterative walk: hostile or broken markup can nest thousands of levels deep
    stack: list[tuple[Tag | NavigableString, bool]] = [(node, False)]
    while stack:
        n, closing = stack.pop()
        if closing:
            flush()
        elif isinstance(n, Comment):
            continue
        elif isinstance(n, NavigableString):
            current.append(str(n))
        else:
            block = n.name in BLOCK_TAGS
            if block:
                flush()
                stack.append((n, True))
            stack.extend((child, False) for child in reversed(list(n.children)))
    flush()
    return lines


def body_lines(lines: list[str]) -> list[str]:
    """Body paragraphs without boilerplate; stops at the document-number line."""
    kept: list[str] = []
    for line in lines:
        low = line.lower()
        if low.startswith(DOCUMENT_NUMBER_LABELS):
            break
        if is_boilerplate(line) or DOC_NUMBER.fullmatch(line.strip()):
            continue
        kept.append(line)
    return kept


# ---------------------------------------------------------------------------- decoding, parsing

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_LATIN_FAMILY = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii",
                 "utf-8", "utf8"}


def decode_html(data: bytes, path: str | Path | None = None) -> Decoded:
    """Text, encoding and repairs of an HTML file.

    UTF-8, Windows-1252 and Latin-1 (what Europresse writes, declared or not) go through
    :func:`analysis.io.decode.decode_bytes`, which also repairs double-encoded UTF-8; another
    declared charset is honoured when the bytes decode with it.
    """
    declared = _DECLARED.search(data[:4096])
    if declared:
        charset = declared.group(1).decode("ascii", "ignore").lower()
        if charset not in _LATIN_FAMILY:
            try:
                return Decoded(text=normalise_text(data.decode(charset)), encoding=charset)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(data, path)


def parse_html(text: str) -> BeautifulSoup:
    """Parse untrusted HTML with lxml (no network, no entities fetched, scripts dropped)."""
    soup = BeautifulSoup(text, "lxml")
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    return soup


# ---------------------------------------------------------------------------- current layout

def _first_text(root: Tag, selectors: str, *, first_line: bool = False) -> str:
    """Text of the first element matching one of ``selectors`` (all its lines, or the first)."""
    for selector in selectors.split(","):
        element = root.select_one(selector.strip())
        if element is not None:
            lines = _lines(element)
            if lines:
                return lines[0] if first_line else " ".join(lines)
    return ""


def _article_record(article: Tag) -> dict[str, Any]:
    """Fields of one ``<article>`` of the current layout (text may be empty: caller decides)."""
    record: dict[str, Any] = {}
    # first line only: an unclosed publication span in broken markup swallows the whole article
    outlet_raw = _first_text(article, ".DocPublicationName, .rdp__DocPublicationName", first_line=True)
    if outlet_raw:
        record["outlet"] = normalise_outlet(outlet_raw)
        if record["outlet"] != outlet_raw:
            record["outlet_raw"] = outlet_raw
    headers = [" ".join(_lines(h)) for h in article.select(".DocHeader")] or (
        [" ".join(_lines(h)) for h in article.select(".rdp__DocHeader")]
    )
    header = " ".join(h for h in headers if h)
    if header:
        record["header"] = header
        record.update(parse_header(header))
    title = _first_text(article, ".titreArticleVisu, .rdp__articletitle, .titreArticle, .grandTitre")
    if title:
        record["title"] = title
    subtitle = _first_text(article, ".rdp__subtitle")
    if subtitle:
        record["subtitle"] = subtitle
    author = _first_text(article, ".docAuthors")
    if not author:
        candidates = article.select(".sm-margin-bottomNews")
        author = " ".join(_lines(candidates[-1])) if candidates else ""
    if author and len(author.split()) <= 12:
        record["author"] = author
    number = _first_text(article, ".publiC-lblNodoc")
    if not (number and DOC_NUMBER.search(number)):
        found = DOC_NUMBER.search(article.get_text(" "))
        number = found.group(0) if found else ""
    if number:
        record["doc_number"] = DOC_NUMBER.search(number).group(0)
    body = article.select_one(".DocText") or article.select_one(".docOcurrContainer")
    if body is not None:
        for drop in body.select("aside, figure, footer, .Doc-LegalInfo, .publiC-lblNodoc"):
            drop.decompose()
        paragraphs = body_lines(_lines(body))
    else:
        paragraphs = []
    record["text"] = "\n".join(paragraphs)
    return record


# ---------------------------------------------------------------------------- old layout

def _role(tag: Tag) -> str | None:
    for cls in _classes(tag):
        if cls in _ROLE_CLASSES:
            return _ROLE_CLASSES[cls]
    return None


def _events(root: Tag) -> Iterator[tuple[str, str]]:
    """Flat stream of (role, text) lines; role is outlet/header/title/subtitle/author/text."""
    current: list[str] = []
    role_now: list[str] = ["text"]

    def flush() -> Iterator[tuple[str, str]]:
        line = clean_line("".join(current))
        current.clear()
        if line:
            yield role_now[0], line

    stack: list[tuple[Tag | NavigableString, str, bool]] = [(root, "text", False)]
    # iterative walk (old exports can nest tables deeply when markup is broken)
    while stack:
        node, role, closing = stack.pop()
        if closing:
            yield from flush()
            continue
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            if role != role_now[0] and clean_line(str(node)):
                yield from flush()
                role_now[0] = role
            current.append(str(node))
            continue
        own = _role(node)
        child_role = own or role
        block = node.name in BLOCK_TAGS or own is not None
        if block:
            yield from flush()
            role_now[0] = child_role
            stack.append((node, role, True))
        for child in reversed(list(node.children)):
            stack.append((child, child_role, False))
    yield from flush()


def looks_like_author(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and not re.search(r"[.!?:;»\"”]$", line) and not HEADER_DATE.search(line)


def _table_records(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """Articles of the old flat layout, cut at each publication name."""
    records: list[dict[str, Any]] = []
    record: dict[str, Any] | None = None
    for role, line in _events(soup.body or soup):
        if role == "outlet":
            record = {"_outlet": line, "_headers": [], "_pre": [], "_lines": [], "_done": False}
            records.append(record)
            continue
        if record is None:
            continue
        if role == "header":
            record["_headers"].append(line)
        elif role == "title" and "title" not in record:
            record["title"] = line
        elif role == "subtitle":
            record["subtitle"] = line
        elif role == "author":
            record["author"] = line
        elif role == "title":
            record["_lines"].append(line)  # a second title-classed line: keep as text
        elif not record["_done"]:
            low = line.lower()
            if DOC_NUMBER.search(line) and low.startswith(DOCUMENT_NUMBER_LABELS):
                record["doc_number"] = DOC_NUMBER.search(line).group(0)
                record["_done"] = True
            elif "title" not in record:
                record["_pre"].append(line)
            else:
                record["_lines"].append(line)
        elif "doc_number" not in record and (m := DOC_NUMBER.search(line)):
            record["doc_number"] = m.group(0)
    out: list[dict[str, Any]] = []
    for raw in records:
        rec: dict[str, Any] = {k: v for k, v in raw.items() if not k.startswith("_")}
        outlet = normalise_outlet(raw["_outlet"])
        rec["outlet"] = outlet
        if outlet != raw["_outlet"]:
            rec["outlet_raw"] = raw["_outlet"]
        header = clean_line(" ".join(raw["_headers"]))
        if header:
            rec["header"] = header
            rec.update(parse_header(header))
        if raw["_pre"] and "subtitle" not in rec:
            rec["subtitle"] = " ".join(raw["_pre"])
        lines = raw["_lines"]
        if "author" not in rec and len(lines) > 1 and looks_like_author(lines[0]):
            rec["author"] = lines[0]
            lines = lines[1:]
        rec["text"] = "\n".join(body_lines(lines))
        out.append(rec)
    return out


# ---------------------------------------------------------------------------- entry point

def finish_record(record: dict[str, Any]) -> dict[str, Any]:
    if "date" not in record and (m := _DOC_NUMBER_DATE.search(record.get("doc_number", ""))):
        date = parse_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
        if date is not None:
            record["date"] = date.date().isoformat()
            record["date_source"] = "doc_number"
    if record.get("doc_number"):
        record["doc_id"] = record["doc_number"].replace("·", "-")  # stable across exports
    return record


def read_europresse_text(text: str, path: str | Path) -> Records:
    """Records from the decoded HTML of a Europresse export (see :func:`read_europresse`)."""
    soup = parse_html(text)
    articles = [a for a in soup.find_all("article")
                if a.select_one(".DocText, .docOcurrContainer, .DocPublicationName, .titreArticleVisu, "
                                ".rdp__articletitle")]
    if articles:
        # innermost first, each taken out of the tree once read: when a closing </article> is
        # missing, the next article nests inside the previous one and must not leak into it
        raw = []
        for article in reversed(articles):
            raw.append(_article_record(article))
            article.extract()
        raw.reverse()
        layout = "europresse"
    elif soup.select_one(".DocPublicationName, .TitreArticleVisu, .titreArticleVisu"):
        raw = _table_records(soup)
        layout = "europresse-table"
    else:
        raise InputError(path, "not a Europresse export: no article, publication name (DocPublicationName) "
                               "or title (titreArticleVisu) found in the HTML")
    records: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for n, record in enumerate(raw, start=1):
        record = finish_record(record)
        where = f"{path}#article={n}"
        if not record.get("text", "").strip():
            label = record.get("title") or record.get("doc_number") or f"article {n}"
            errors.append({"path": where, "error": "EmptyInputError",
                           "reason": f"Europresse article {n} ({label!s:.60}) has no body text"})
            continue
        record["_row"] = n
        record["format"] = layout
        records.append(record)
    if not raw:
        raise EmptyInputError(path, "the Europresse export holds no article")
    return records, errors


def read_europresse(path: str | Path) -> Records:
    """Read a Europresse HTML export: (records, errors), one record per article.

    Record keys: text (body paragraphs, one per line), title, outlet (edition number removed;
    the raw name in outlet_raw when it differs), date (ISO), rubrique, page, words, author,
    subtitle, doc_number (« news·YYYYMMDD·CODE·… », also used as doc_id), header, encoding,
    format. An article without body text is reported in ``errors`` and skipped.
    """
    path = Path(path)
    decoded = decode_html(path.read_bytes(), path)
    records, errors = read_europresse_text(decoded.text, path)
    for record in records:
        record["encoding"] = decoded.encoding
    return records, errors
