"""Quoted words that are labels, not anybody's words: scare quotes, names and titles.

News puts quote marks around words it does not endorse or that name something: a movement the
article keeps calling « gilets jaunes », a platform « baptisée «Rousseau» », a list « La France
en colère ». Such words report no one's speech, so a rule that makes a quotation out of quoted
words asks :func:`is_label` first. Three signs tell a label apart, each cheap and local:

- the same short wording is quoted again and again in the article (a recurring label);
- it is a capitalised name of a few words with no verb, in apposition to a noun (« le collectif « La
  France en colère » », « sa plateforme « Agora » »);
- a naming word stands right before it (« baptisée », « surnommé », « intitulé »), or a demonstrative
  points back to words quoted earlier (« ces « raisons » »).

Quoted words with none of these signs are taken for someone's words, as the gold rules ask
(« révèle d'autres « irrégularités » » is a mixed quotation).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from analysis.fr.grammar import DEMONSTRATIVES, PREPOSITIONS
from analysis.fr.quote_words import NAMING_WORDS
from analysis.fr.reporting_verbs import forms
from analysis.quotes.marks import Pair
from analysis.quotes.paragraph import Para
from analysis.quotes.tokens import is_determiner, is_verbish

LABEL_WORDS = 4
"""A label is at most this many words: longer quoted words are a statement even when they recur."""
RECURRING = 3
"""Times a short wording must be quoted in the article to be its label: a speaker's word quoted once and
taken up once more (« dénonce un « stratagème » … relève d'un « stratagème » ») is still theirs."""
NAME_WORDS = 5
"""A capitalised quoted name is at most this many words (« La France en colère », « Les Républicains »)."""


def _words(p: Para, pair: Pair) -> list[str]:
    """The words inside a pair, folded, singular and plural alike (« gilet jaune » is « gilets jaunes »)."""
    last = pair.close_i if pair.close_i >= 0 else len(p.toks)
    return [t.norm[:-1] if len(t.norm) > 3 and t.norm[-1] in "sx" else t.norm
            for t in p.toks[pair.open_i + 1:last] if t.word]


def label_key(p: Para, pair: Pair) -> str:
    """The folded words inside a pair, as one string (how recurring labels are counted)."""
    return " ".join(_words(p, pair))


def echoed_words(paras: Iterable[Para]) -> frozenset[str]:
    """Words that occur inside at least two quotations of the article (what a demonstrative can point back
    to: « … pour des « raisons personnelles » … Mediapart révèle ces « raisons » »)."""
    counts: Counter[str] = Counter()
    for p in paras:
        for pair in p.pairs:
            counts.update(set(_words(p, pair)))
    return frozenset(w for w, n in counts.items() if n >= 2)


def recurring_labels(paras: Iterable[Para]) -> frozenset[str]:
    """Short quoted wordings that occur at least :data:`RECURRING` times in the article's paragraphs as a
    noun phrase (after a determiner: « des « casseurs » »; a quoted adjective repeated with the statement
    it belongs to stays the speaker's)."""
    counts: Counter[str] = Counter()
    for p in paras:
        for pair in p.pairs:
            words = _words(p, pair)
            if 0 < len(words) <= LABEL_WORDS and pair.open_i > 0 and is_determiner(p.toks[pair.open_i - 1]):
                counts[" ".join(words)] += 1  # a noun phrase (« les « gilets jaunes » »), not a quoted adjective
    return frozenset(key for key, n in counts.items() if n >= RECURRING)


def is_label(p: Para, pair: Pair) -> bool:
    """Are the words of ``pair`` a label (recurring, a capitalised name, or named by the word before)?"""
    toks = p.toks
    if pair.unclosed:
        return False
    inner = toks[pair.open_i + 1:pair.close_i]
    words = [t for t in inner if t.word]
    if not words:
        return True
    if len(words) <= LABEL_WORDS and label_key(p, pair) in p.labels:
        return True
    before = toks[pair.open_i - 1] if pair.open_i > 0 else None
    if before is not None and before.norm in NAMING_WORDS:
        return True
    if before is not None and before.norm in DEMONSTRATIVES and len(words) <= LABEL_WORDS \
            and all(w in p.echoes for w in _words(p, pair)):
        return True  # « ces « raisons » »: the narrator points back to words quoted earlier
    after_noun = before is not None and before.kind == "word" and not is_determiner(before) \
        and before.norm not in PREPOSITIONS and not is_verbish(before) and not forms().get(before.norm)
    return after_noun and name_shaped(p, pair)


def name_shaped(p: Para, pair: Pair) -> bool:
    """Are the quoted words shaped like a name or a title: capitalised, a few words, no verb, no full stop
    (« La France en colère », « Les Heures blanches »)?"""
    inner = p.toks[pair.open_i + 1:pair.close_i] if pair.close_i >= 0 else []
    words = [t for t in inner if t.word]
    return bool(words) and words[0].cap and len(words) <= NAME_WORDS \
        and not any(t.kind == "punct" and t.text in ".!?" or is_verbish(t) for t in inner)
