"""The one token view of the rule code: :class:`Tok`, a word or mark with exact offsets into the article text.

The quotation rules and speaker resolution read the same fields, whichever splitter made the token:

- ``text``, ``start``, ``end``: the token as written, ``text == article[start:end]``;
- ``norm``: ``fold(text, accents=True)``, the lower-case form with accents the quotation rules look words up in;
- ``low``: ``fold(text)``, the accent-free key speaker resolution compares by;
- ``cap``: starts a capitalised word (« Poutine », « al-Hamdani »); ``word``: a word, not a mark;
- ``kind``: ``word``, ``title`` (« M. »), ``elision`` (« l' »), ``inv`` (« -t-il »), ``dots``, ``quote``, ``punct``;
- paragraph fields, filled by the quotation rules after splitting: ``sent``, ``pos``, ``morph`` (borrowed from
  spaCy by offset), ``i`` (index in the paragraph), ``role``, ``pair``, ``depth`` (quote marks), ``noun``,
  ``in_name``.

Two splitting policies make them, because the two readers cut text differently:
:func:`analysis.quotes.tokens.tokenize` splits a paragraph for the quotation rules (quote marks, inverted
pronouns, ellipses and titles as tokens of their own; ``cap`` and ``word`` by kind), while
:func:`analysis.speakers.text.tokenize` splits a speaker mention (initials and titles keep their full stop,
hyphenated names stay whole; ``cap`` and ``word`` by the first character). Speaker resolution makes hundreds of
thousands of tokens per corpus, so the class is slotted and built in one call.
"""

from __future__ import annotations


class Tok:
    """A word or mark with its offsets into the article text (see the module docstring for the fields)."""

    __slots__ = ("text", "start", "end", "norm", "low", "cap", "word", "kind", "sent", "pos", "morph", "i", "role",
                 "pair", "depth", "noun", "in_name")

    def __init__(self, text: str, start: int, end: int, norm: str, low: str, cap: bool, word: bool, kind: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.norm = norm  # fold(text, accents=True)
        self.low = low  # fold(text)
        self.cap = cap  # a capitalised word
        self.word = word  # a word, not a mark
        self.kind = kind  # word, title, elision, inv, dots, quote, punct
        self.sent = 0
        self.pos = ""
        self.morph = ""
        self.i = 0
        self.role = ""  # for quote marks: open, close or '' (stray)
        self.pair = -1  # index of the quote pair a mark belongs to
        self.depth = 0  # number of quote pairs around the token
        self.noun = False  # a noun whatever its form says (« l'été »)
        self.in_name = False  # inside a body's full name with its short name (« … pour l'agriculture … (Inrae) »)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Tok({self.text!r}@{self.start} {self.kind} {self.pos})"

    @property
    def upper(self) -> bool:
        """All capitals (an acronym such as « AFP », or a headline word)."""
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)
