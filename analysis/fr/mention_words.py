"""Closed-class French words that the mention reader (``analysis.speakers.phrases``, ``scan``, ``mentions``,
``text``) tests while it cuts an attributing string into names, roles and bodies (keys are folded: lower case, no
accents, ' for ’).

Kept apart from :mod:`analysis.fr.speaker_words`, which holds the words the resolution steps read.
"""

from __future__ import annotations

from analysis.fr.dates import WEEKDAYS
from analysis.fr.speaker_words import COMPLEMENT_LINKS, FEMININE_TIME_ADJECTIVES, LINK_WORDS, MASCULINE_TIME_ADJECTIVES
from analysis.fr.text import folded

FOLDED_WEEKDAYS: frozenset[str] = folded(WEEKDAYS)
"""The days of the week as comparison keys (« lundi » … « dimanche »)."""

VERBAL_AFTER: frozenset[str] = frozenset({"par", "dans", "hier", "en", "le", "la", "les", "l'", "a", "au", "aux", "sur",
                                          "lors", "mi", "fin", "debut"}) | FOLDED_WEEKDAYS
"""Words after a feminine or plural participle that make it a verb, not an adjective of a name (« l'université
de X publiée lundi », « … citée par »): the participle clause ends the name."""

TIME_NOUNS: frozenset[str] = frozenset({"debut", "fin", "milieu", "cours", "matinee", "soiree", "apres-midi", "journee",
                                        "semaine", "mois", "annee", "nuit", "soir", "matin", "veille",
                                        "lendemain"}) | FOLDED_WEEKDAYS
"""Nouns of a time after « en », « de » (« en début d'après-midi », « en fin de journée »): a time, not a
role's complement."""

QUALIFIER_DEGREE_WORDS: frozenset[str] = frozenset({"tres", "plus", "moins", "si", "aussi", "non", "tout", "toute"})
"""Adverbs of degree or negation before an adjective that qualifies a role (« le très discret ministre », « non
élu »): read over with the adjective."""

QUALIFIER_STOP: frozenset[str] = COMPLEMENT_LINKS | frozenset({"et", "un", "une"})
"""Prepositions, articles and « et »: words of a role phrase that are no qualifier of the role."""

SELF: frozenset[str] = frozenset({"lui-meme", "elle-meme", "eux-memes", "elles-memes", "meme"})
"""« lui-même », « même »: the emphatic words after a name or pronoun, which add no one."""

LEADING_CUES: tuple[str, ...] = ("selon", "d'apres", "pour", "de", "d'", "par", "aupres")
"""Prepositions an attributing string may start with (« selon X », « d'après X », « auprès de X »): left out of
the mention."""

NAME_INNER_FUNCTION_WORDS: frozenset[str] = frozenset({
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "a", "sans", "depuis", "pour", "par",
    "avec", "dans", "sur", "en", "apres", "avant", "selon", "chez", "vers", "contre", "entre", "lors", "malgre"})
"""Folded articles and prepositions that a capitalised name may hold only before another capitalised word (« Le
Pen », « De Gaulle », « Médecins Sans Frontières »): « Taxe À … », « Interpellations Le ministre » are a heading
glued to the sentence."""

FORMER: frozenset[str] = MASCULINE_TIME_ADJECTIVES | FEMININE_TIME_ADJECTIVES | frozenset({"ex"})
"""« ancien », « ex », « futur »: a role with one is not the office held now (« l'ancien président » is not « le
président »)."""

APPOSITION_ADJECTIVES: frozenset[str] = FORMER | frozenset({"nouveau", "nouvel", "nouvelle", "actuel", "actuelle"})
"""Adjectives that may open an apposed role before its noun (« X, ancien maire de Y, », « X, nouveau directeur
des services »)."""

BODY_NAME_HEADS: frozenset[str] = frozenset({"ministere", "office", "agence", "institut", "conseil", "commission",
                                             "direction", "service", "secretariat", "bureau", "autorite", "centre",
                                             "observatoire", "tribunal"})
"""Folded body nouns that begin a full name written in lower case (« le ministère de l'Agriculture, des Pêcheries et
de l'Alimentation (MAPAQ) »): the words an acronym in brackets may spell start there."""

ANY_BODY: frozenset[str] = frozenset({"organisme", "organisation", "institution", "etablissement", "structure", "entite"})
"""Folded nouns that can stand for any body with a proper name, whatever its kind (« l'organisme » for
« Vélo Québec », « l'établissement public » for « Météo-France »)."""

BODY_NAME_LINKS: frozenset[str] = LINK_WORDS | frozenset({"a", "au", "aux", "et", "ou", "par", "pour", "chez"})
"""Articles, prepositions and conjunctions inside a body's description (« musée des beaux-arts de Lyon »): a
search back for the noun before a name stops at them."""

COUNT_WORDS: frozenset[str] = frozenset({"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                                         "dix", "cent", "mille", "tiers", "quart", "quarts", "moitie", "dizaine",
                                         "dizaines", "centaine", "centaines", "millier", "milliers"})
"""Folded words of a count after « près de », « plus de » … (« près des trois quarts des sondés »)."""

COLLEAGUES: frozenset[str] = frozenset({"confrere", "confreres", "consoeur", "consoeurs", "consœur", "consœurs",
                                        "collegue", "collegues"})
"""Folded nouns of a journalist's colleagues (« nos confrères de RTL », « notre consœur du Monde »): the
newsroom named after them is the source."""

APPOSITION_CLAUSE_WORDS: frozenset[str] = frozenset({
    "le", "la", "les", "l'", "en", "y", "lui", "leur", "se", "s'", "qui", "que", "qu'", "aussi", "egalement",
    "notamment", "ainsi", "plus", "tres", "deja", "toujours", "encore"})
"""Those of :data:`NOT_ADJECTIVES` that are no verb (clitics, relatives, adverbs): after « X, le groupe », they
do not make the rest of the clause a new subject's predicate."""

DOTTED_TITLES: frozenset[str] = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "drs", "pr", "me", "mgr", "prof", "st",
                                           "ste", "gal"})
"""Folded titles and abbreviations written with a full stop (« M. », « Dr. », « St. »): the splitter keeps the
stop with the word instead of ending a sentence there."""

GOLD_NAME_PARTICLES: frozenset[str] = frozenset({"de", "du", "des", "d", "la", "le", "van", "von", "der", "den", "ben",
                                                 "bin", "al", "el", "y", "da", "dos"})
"""Lower-case words a personal name may hold, as the evaluation reads a speaker split into letters only (« d' » is
« d »): a speaker whose other words are all capitalised is a name, not a role or a description."""
