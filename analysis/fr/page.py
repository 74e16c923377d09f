"""French words about the shape of a page: what may open a sentence glued to the previous one, and
the markers of page furniture (« Lire aussi », « VIDÉO », « Photo : »).

Text extracted from web pages often loses the space or the line break between a heading and what
follows it (« … la FranceLes manifestations ont … »). A lower-case letter directly followed by one
of :data:`SENTENCE_OPENERS` and then by a non-letter is such a seam; camel-case names (« LaREM »,
« McDonald », « iPhone ») go on with a letter and are left alone.
"""

from __future__ import annotations

from analysis.fr.datafiles import read_rows
from analysis.fr.text import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SENTENCE_OPENERS: frozenset[str] = _words(
    """Le La Les Un Une Des Du De Ce Cet Cette Ces Son Ses Leur Leurs Notre Nos Tout Toute Tous Toutes
    Chaque Plusieurs Certains Certaines Aucun Aucune Quelques Il Elle Ils Elles On Nous Je Celui Celle Ceux
    Cela Mais Et Puis Ainsi Alors Pourtant Cependant Toutefois Enfin Ensuite Depuis Après Avant Selon Pour
    Par Dans En Au Aux À Avec Sans Chez Entre Lors Malgré Pendant Durant Parmi Outre Si Quand Lorsque
    Comme Quant Déjà Hier Aujourd'hui Demain Samedi Dimanche Lundi Mardi Mercredi Jeudi Vendredi Lire
    Voir"""
)
"""Capitalised words that commonly open a French sentence or a heading, as written. Left out on
purpose: words that also end brand names glued to another word (« CanalPlus », « LightOn »: Plus,
On is kept for its frequency), and words whose camel-case use is common (Ma, Sa, Mon)."""

DAY_WORDS: frozenset[str] = _words("Hier Aujourd'hui Demain Samedi Dimanche Lundi Mardi Mercredi Jeudi Vendredi")
"""Openers that also end names (« l'association Valbonne Demain », « le collectif Lundi Matin »): they end a
heading only when glued to it."""

PREFIXES: frozenset[str] = _words(
    "anti archi auto contre euro extra franco hyper inter islamo macro maxi micro mini multi néo neo para "
    "post pré pro pseudo quasi semi sous super trans ultra"
)
"""Prefixes written glued to a capitalised name when the hyphen is dropped (« proFrançais », « antiMacron »):
a lower-case word glued to a capital after one of them is one word, not a heading's end."""

ELIDED_OPENERS: frozenset[str] = frozenset({"L", "D", "C", "J", "S", "N", "Qu", "Lorsqu", "Jusqu", "Puisqu"})
"""Elided openers written before an apostrophe (« L'inquiétude », « D'après », « Qu'il »)."""

DOCUMENT_NUMBER_LABELS: tuple[str, ...] = ("numéro de document", "numero de document", "document number")
"""How a Europresse export labels the line that ends an article's body (lower case; ``str.startswith``
reads a tuple): with or without the accent, or in English."""


TITLE_WORDS: frozenset[str] = frozenset(fold(r["word"], accents=True) for r in read_rows("title_words.csv"))
"""Words after which a capitalised opener starts the title of a work or a name (``title_words.csv``: « le film
La vie rêvée », « dont Les parias »), not a sentence glued with a space."""


def _markers() -> dict[str, tuple[str, bool]]:
    return {fold(r["marker"], accents=True): (r["kind"], r["separator"] == "required")
            for r in read_rows("page_furniture.csv")}


FURNITURE_MARKERS: dict[str, tuple[str, bool]] = _markers()
"""Markers of page furniture (``page_furniture.csv``), lower case with accents → (kind, whether a separator
must follow): « lire aussi » → (reading, False), « vidéo » → (media, True), « photo » → (credit, True)."""

KEEP_HYPHEN_BEFORE: frozenset[str] = frozenset({
    "être", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "t", "là", "ci", "dire", "même", "mêmes",
    "y", "en", "le", "la", "les", "lui", "leur", "moi", "toi",
})
"""Words that follow a hyphen of the language (« peut-être », « a-t-il », « c'est-à-dire »): a printed line
ending in « peut- » before one of them keeps its hyphen; before any other word the hyphen is the
printer's syllable break (« décla-/ré ») and goes."""
