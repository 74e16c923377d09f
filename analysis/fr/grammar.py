"""Closed grammatical sets both the quotation and the speaker rules read (lower case, accents kept;
a rule that compares accent-free keys folds them once with :func:`analysis.fr.text.fold`)."""

from __future__ import annotations

PREPOSITIONS: frozenset[str] = frozenset(["à", "au", "aux", "de", "d'", "du", "des", "dans", "sur", "sous", "pour", "par", "avec", "sans", "chez", "vers", "entre", "contre", "devant", "derrière", "depuis", "pendant", "durant", "lors", "après", "avant", "auprès", "en", "selon", "malgré", "parmi", "via", "dès", "jusqu'", "jusque", "outre", "face", "grâce", "concernant", "envers", "près", "comme", "sauf", "hormis"])
"""Prepositions: a noun phrase after one is a complement, not a subject (« selon », « face à », « comme »)."""

DE: frozenset[str] = frozenset({"de", "d'"})
"""« de » and its elided form: the preposition of complements (« le ministre de la Santé »)."""

DE_ARTICLES: frozenset[str] = frozenset({"de", "d'", "du", "des"})
"""« de » with the articles it merges with (« du » = « de le », « des » = « de les »)."""

CONTRACTIONS: tuple[tuple[str, str], ...] = (("de le", "du"), ("de les", "des"), ("à le", "au"), ("à les", "aux"))
"""A preposition and an article French always writes as one word (« de le » is « du »)."""

CONTRACTED_DE: frozenset[str] = frozenset({"du", "des"})
"""« de » merged with an article (« de le », « de les »; « des » is also the plural indefinite)."""

DE_FORMS_FULL: frozenset[str] = frozenset({"de", "du", "des"})
"""« de » and its contractions, written in full (no elision)."""

FEMININE_DEFINITE: frozenset[str] = frozenset({"la", "l'"})
"""The feminine definite article and its elided form: the articles « de » does not merge with."""

AGE_NOUNS: frozenset[str] = frozenset({"an", "ans"})
"""The noun of an age after a number (« 42 ans »)."""

DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "l'", "les"})
"""The definite articles: a body or person the story knows (« le ministère », « la police »)."""

THIRD_PERSON_SUBJECTS: frozenset[str] = frozenset({"il", "elle", "ils", "elles"})
"""Subject pronouns that stand for someone named before (« Il a dit », « …, estiment-elles »)."""

PAST_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées")
"""Endings of a past participle of an -er verb (lower case, accented; ``str.endswith`` reads a tuple)."""

# --- what a speaker mention is not (read by the quotation rules' mention check and by the speaker reader) ---

SENTENCE_CONNECTORS: tuple[str, ...] = (
    "ailleurs", "d' ailleurs", "par ailleurs", "de même", "tout de même", "quand même", "toutes parts",
    "de toutes parts", "partout", "en outre", "de plus", "d' abord", "tout d' abord", "ensuite", "enfin", "en effet",
    "en revanche", "du reste", "au contraire", "par contre", "cependant", "toutefois", "pourtant", "néanmoins",
    "ainsi", "alors", "donc", "aussi", "également", "encore", "surtout", "notamment", "certes", "bref", "en somme",
    "en fait", "en tout cas", "de fait", "par exemple", "dès lors", "désormais", "toujours", "déjà",
    "dans un premier temps", "dans un second temps", "dans un deuxième temps", "un temps", "un moment", "un instant",
    "de nouveau", "à nouveau", "à son tour", "à leur tour", "pour sa part", "pour leur part", "de son côté",
    "de leur côté", "quant à lui", "quant à elle", "quant à eux", "quant à elles", "de plus en plus",
    "de moins en moins", "plus tard", "plus tôt", "une nouvelle fois", "une fois de plus", "d' emblée",
    "d' ores et déjà", "de concert", "d' une même voix", "d' une seule voix", "en substance", "à nouveau", "soit",
)
"""Connectors and sentence adverbials (as token sequences: « d' ailleurs ») that sit where a speaker
might (« X a d'ailleurs estimé », « a tout de même concédé X ») but never name one."""

PAGE_FURNITURE: tuple[str, ...] = (
    "lire aussi", "lire également", "à lire aussi", "à lire", "voir aussi", "voir également", "à voir aussi",
)
"""Page furniture that a glued page layout puts before a name (« Lire aussi Macron », « LIRE AUSSI - X »)."""

PRENOMINAL_PLURALS: frozenset[str] = frozenset({
    "nombreux", "nombreuses", "autres", "multiples", "jeunes", "simples", "vrais", "vraies", "grands", "grandes",
    "petits", "petites", "hauts", "hautes", "anciens", "anciennes", "nouveaux", "nouvelles", "vieux", "vieilles",
    "véritables", "prétendus", "soi-disant", "derniers", "dernières", "premiers", "premières", "récents", "récentes",
})
"""Adjectives before a plural noun, after which « de » is the plural article (« de nombreux élus »)."""

QUANTITY_LEADS: frozenset[str] = frozenset({"près", "plus", "moins", "environ", "quelque", "autour"})
"""Adverbs that open a quantity noun phrase (« Près de 21 000 personnes », « Plus d'un Français sur deux »):
the subject starts with them, not after them."""

NEGATIVE_WORDS: frozenset[str] = frozenset(
    {"pas", "nul", "nulle", "aucun", "aucune", "personne", "rien", "jamais", "ni", "non", "guère"})
"""Negation words: a mention led by one (« Pas », « Nul ne … », « Aucun élu ») names nobody who spoke."""

PARTITIVE_QUANTIFIERS: frozenset[str] = frozenset({
    "un", "une", "l'un", "l'une", "plusieurs", "certains", "certaines", "beaucoup", "plupart", "chacun", "chacune",
    "aucun", "aucune", "nombre", "majorité", "minorité", "partie", "moitié", "tiers", "quart", "quelques-uns",
    "quelques-unes", "autres", "dizaine", "dizaines", "vingtaine", "centaine", "centaines", "millier", "milliers",
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "certain", "combien",
})
"""Words that take a partitive « de » complement (« l'un d'eux », « plusieurs d'entre eux », « la
plupart des élus »): a mention ending on their « de » was cut and goes on after it."""

# --- small grammatical sets single rules test against (one home each, named for their use) ---

NE_FORMS: frozenset[str] = frozenset({"ne", "n'"})
"""« ne » and its elided form: the first half of a negation, skipped before an infinitive (« a dit ne pas savoir »)."""

NEGATION_COMPLETERS: frozenset[str] = frozenset({"pas", "plus", "jamais", "rien", "guère", "point"})
"""The second half of a negation (« ne … pas », « n'… jamais »), skipped with « ne » before an infinitive."""

PRONOUN_CLITICS: frozenset[str] = frozenset({"le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "me", "m'",
                                             "nous", "vous"})
"""Object, reflexive and adverbial clitic pronouns that may stand before an infinitive (« de le lui dire »,
« à s'en expliquer »): the quotation rules skip them to reach the infinitive a reporting verb governs."""

ADJUNCT_PREPOSITIONS: frozenset[str] = frozenset({"sur", "dans", "devant", "auprès", "lors", "pendant", "via", "en", "par"})
"""Prepositions of a place, channel or time phrase that may stand between a verb and its quoted object."""

SUBORDINATING_CONJUNCTIONS: tuple[str, ...] = (
    "alors que", "alors qu'", "si", "s'", "quand", "lorsque", "lorsqu'", "comme", "tandis que", "tandis qu'",
    "puisque", "puisqu'", "bien que", "bien qu'", "même si", "même s'", "après que", "avant que", "dès que",
    "parce que", "quoique", "si bien que",
)
"""Conjunctions (as token sequences) that open a subordinate clause (« alors que », « lorsque », « même si »): a
sentence that opens with one has its main clause later, after the subordinate one."""

STRESSED_THIRD_PERSON: frozenset[str] = frozenset({"lui", "eux", "elle", "elles"})
"""Third-person stressed pronouns, which may stand between an auxiliary and its participle (« Pierre a lui
jugé que … »)."""

QUANTIFIER_PRONOUNS: frozenset[str] = frozenset({"certains", "certaines", "plusieurs", "tous", "toutes", "beaucoup",
                                                 "chacun", "chacune", "aucun", "aucune", "d'autres"})
"""Pronouns of quantity that can be a subject (« Certains disent … », « plusieurs estiment … »): a verb form
after one is a verb, not a noun."""

REFLEXIVE_SUBJECTS: dict[str, tuple[str, ...]] = {"me": ("je", "j'"), "m'": ("je", "j'"), "te": ("tu",), "t'": ("tu",),
                                                  "nous": ("nous",), "vous": ("vous",)}
"""First- and second-person clitics → the subject pronouns that make them reflexive (« je me suis dit »); with
another subject they name the addressee (« il nous a dit »)."""

DEGREE_WORDS: frozenset[str] = frozenset({"plus", "moins", "aussi", "si", "très", "trop", "assez", "peu"})
"""Adverbs of degree (lower case, accented): a participle after one is an adjective (« se montre plus nuancée
que »), no speech act."""

ADDRESSEE_CLITICS: frozenset[str] = frozenset({"nous", "vous", "me", "m'", "te", "t'", "lui", "leur"})
"""Indirect-object clitics before a verb (« le directeur nous a dit », « un prêtre m'a répondu »): the person
spoken to, read over to reach the subject."""

FIRST_PERSON_ADDRESSEES: frozenset[str] = frozenset({"m'", "me", "nous"})
"""First-person indirect-object clitics before a verb (« il m'a dit », « on nous a promis »): the speaker is the one
spoken to."""

FIRST_PERSON_WORDS: frozenset[str] = frozenset({"je", "j'", "nous", "on", "me", "m'", "moi", "mon", "ma", "mes", "notre",
                                                "nos"})
"""First-person pronouns and possessives (with « on », the « nous » of spoken French): an interview's answer
speaks with them, a bulleted list of facts does not."""

SUBORDINATOR_WORDS: frozenset[str] = frozenset({"quand", "lorsque", "lorsqu'", "comme", "puisque", "puisqu'", "si", "s'",
                                                "tandis", "que", "qu'"})
"""Single words that open a subordinate clause (« …, quand Libération regrette … »): read over before its subject."""

CLAUSE_ONLY_SUBORDINATORS: frozenset[str] = SUBORDINATOR_WORDS - {"comme", "si", "s'", "que", "qu'"}
"""Subordinating words that never sit inside a noun phrase, so a subject never runs back over one (« Il est parti
quand le ministre … »); not « comme », « si » or « que », which may (« des élus de l'opposition comme de la
majorité »)."""

PARTITIVE_PRONOUNS: frozenset[str] = frozenset({"eux", "elles", "nous", "vous"})
"""Plural stressed pronouns after the « de » or « d'entre » of a partitive (« l'un d'eux », « plusieurs d'entre
nous »): the mention goes on through them."""

DEMONSTRATIVES: frozenset[str] = frozenset({"ce", "cet", "cette", "ces"})
"""Demonstrative determiners: « ces « raisons » » points back to something already said."""

ASPIRATED_H_STARTS: tuple[str, ...] = ("hausse", "haut", "hui")
"""Starts of words with an aspirated h (« la hausse », « le haut », « le huitième »), read with ``str.startswith``:
no elision before them."""
