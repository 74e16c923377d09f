"""French word endings and prefixes (closed sets) that derivational and inflectional rules read, and the
inflected forms of the auxiliaries « avoir » and « être ».

Lower case, accents kept. Each table lists an ending and what replaces it to reach the base form;
a rule reading ``str.endswith`` tries the longer endings first where two overlap.
"""

from __future__ import annotations

from analysis.fr.grammar import PAST_PARTICIPLE_ENDINGS

ADVERB_SUFFIX = "ment"
"""The suffix of adverbs built on adjectives (brutalement, vraiment)."""

NASAL_ADVERB_ENDINGS: tuple[tuple[str, str], ...] = (("amment", "ant"), ("emment", "ent"))
"""Adverbs of adjectives in -ant / -ent (« couramment » → courant, « évidemment » → évident)."""

FEMININE_ADJECTIVE_ENDINGS: tuple[tuple[str, str], ...] = (("euse", "eux"), ("ive", "if"), ("elle", "el"), ("ère", "er"))
"""Feminine endings whose masculine is not the feminine minus « e » (« heureuse » → heureux,
« naïve » → naïf, « cruelle » → cruel, « légère » → léger)."""

INFLECTION_ENDINGS: tuple[tuple[str, str], ...] = (
    ("euses", "eux"), ("euse", "eux"), ("ives", "if"), ("ive", "if"), ("elles", "el"), ("elle", "el"),
    ("ennes", "en"), ("enne", "en"), ("ères", "er"), ("ère", "er"), ("aux", "al"), ("es", ""), ("es", "e"),
    ("e", ""), ("s", ""), ("x", ""),
)
"""Endings of feminine and plural adjectives and nouns, with what gives the masculine singular
(« corrompues » → corrompu, « nationaux » → national); several may apply, each gives a candidate."""

ER_INFINITIVE = "er"
"""The infinitive ending of first-group verbs."""

ER_PRESENT_ENDINGS: tuple[str, ...] = ("ent", "es", "e")
"""Present-tense endings of -er verbs (« dénoncent », « dénonces », « dénonce »), longest first."""

ER_PARTICIPLE_ENDINGS: tuple[str, ...] = tuple(sorted(PAST_PARTICIPLE_ENDINGS, key=len, reverse=True))
"""The past participle endings of -er verbs, longest first (« menacées » before « menacé »)."""

ER_PRESENT_PARTICIPLE = "ant"
"""The present participle ending of -er verbs, on the softened stem (« annonçant », « jugeant »)."""

ER_THIRD_PERSON_PRESENT: tuple[str, ...] = ("e", "ent")
"""Third-person present endings of -er verbs (« annonce », « annoncent »)."""

ER_THIRD_PERSON_FUTURE: tuple[str, ...] = ("era", "eront", "erait", "eraient")
"""Third-person future and conditional endings of -er verbs (« annoncera », « annonceraient »)."""

ER_THIRD_PERSON_PAST: tuple[str, ...] = ("ait", "aient", "a")
"""Third-person imperfect and simple-past singular endings of -er verbs, on the softened stem
(« annonçait », « annonça »)."""

ER_PAST_PLURAL_AND_PARTICIPLES: tuple[str, ...] = ("èrent", *PAST_PARTICIPLE_ENDINGS)
"""The simple-past plural and the past participles of -er verbs (« annoncèrent », « annoncées »)."""

IR_INFINITIVE = "ir"
"""The infinitive ending of second-group verbs."""

IR_PARTICIPLE_ENDINGS: tuple[str, ...] = ("ies", "is", "ie", "i")
"""The past participle endings of -ir verbs, longest first (« affaiblies », « affaibli »)."""

IR_PRESENT_PARTICIPLE = "issant"
"""The present participle ending of second-group -ir verbs (« réagissant »)."""

IR_THIRD_PERSON_AND_PARTICIPLES: tuple[str, ...] = (
    "it", "issent", "issait", "issaient", "ira", "iront", "irait", "iraient", "irent", "i", "ie", "is", "ies",
)
"""Third-person endings of second-group -ir verbs in the tenses news uses, and their past participles
(« réagit », « réagissent », « réagira », « réagirent », « réagi »)."""

PRIVATIVE_PREFIXES: tuple[tuple[str, str, str], ...] = (
    ("mal", "", ""),
    ("im", "bmp", ""),
    ("in", "", "bmplr"),
    ("il", "l", ""),
    ("ir", "r", ""),
)
"""Privative prefixes as (prefix, letters the base must start with, letters it must not start with;
empty: any): « im » before b, m, p (impossible), « il » before l (illégal), « ir » before r
(irresponsable), « in » before any other letter (inefficace), « mal » before anything (malhonnête)."""

IMPERFECT_3_ENDINGS: tuple[str, ...] = ("ait", "aient")
"""Endings of the imperfect and the conditional in the third person, read on the surface: the small tagger
often calls « participaient » a present and « transmettrait » an imperfect (the tenses of reported speech)."""

# --- the inflected auxiliaries (« avoir », « être ») the quotation rules recognise ---

AVOIR_3: frozenset[str] = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent",
                                     "ait", "aient"})
"""Third-person forms of « avoir » (the auxiliary of most compound tenses: « a déclaré », « auraient dit »)."""

ETRE_3: frozenset[str] = frozenset({"est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut",
                                    "furent", "soit", "soient"})
"""Third-person forms of « être » (a copula, the auxiliary of a passive or of a pronominal verb)."""

AVOIR_FORMS: frozenset[str] = frozenset({"a", "ai", "as", "avons", "avez", "ont", "avait", "avais", "avaient", "avions",
                                         "aviez", "aura", "auront", "aurait", "auraient", "eut", "eurent", "avoir"})
"""Forms of « avoir » as an auxiliary in every person: a pronominal verb never takes it, so « m'a dit » is said
to the writer, not by them."""

ETRE_FORMS: frozenset[str] = ETRE_3 | frozenset({"suis", "es", "sommes", "êtes", "été", "être"})
"""Forms of « être » as an auxiliary in every person: a reporting participle after one, without a reflexive, is a
passive (« il a été précisé que »: no source)."""

ETRE_PASSIVE_FORMS: frozenset[str] = ETRE_3 | frozenset({"été", "être"})
"""Third-person forms of « être » with its participle and infinitive: the auxiliary of a passive whose clause a
« par X » agent attributes (« … est considéré comme … par X »)."""

# --- verb and adjective endings the quotation rules read with ``str.endswith`` ---

NAME_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ienne", "iennes", "ien", "iens", "aise", "aises", "ais", "oise", "oises", "ois", "ale",
                           "ales", "al", "aux", "ique", "iques", "aine", "aines", "ain", "ains", "éenne", "éen", "ande",
                           "andes", "and", "ands", "ère", "ères", "ier", "elle", "elles", "el", "ive", "ives", "if")
"""Endings of adjectives that follow a capitalised name word in a body's name (« la Société canadienne de … »)."""

INFINITIVE_ENDINGS: tuple[str, ...] = ("er", "ir", "re", "oir")
"""Endings of an infinitive (« déclarer », « réagir », « dire », « prévoir »), read with ``str.endswith``."""

CONDITIONAL_3_ENDINGS: tuple[str, ...] = ("rait", "raient")
"""Third-person conditional endings (« serait », « pourraient »): a reported tense, read with ``str.endswith``."""

VERB_3_ENDINGS: tuple[str, ...] = ("ent", "aient", "ait")
"""Third-person endings of a finite verb (« perçoivent », « disait »), read with ``str.endswith``."""

PRESENT_3_SHAPE_ENDINGS: tuple[str, ...] = ("e", "t", "ent")
"""Endings of a third-person present (« appuie », « croit », « s'époumonent »): a word of that shape right after
« « … », » and right before its subject is the verb of an incise, whatever the tagger says."""

BARE_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées", "i", "u", "it", "is")
"""Past participle endings of a verb coordinated without its auxiliary (« a dit … et ajouté »)."""

PARTICIPLE_SHAPE_ENDINGS: tuple[str, ...] = ("é", "i", "u", "it", "is", "t")
"""Endings of a masculine past participle (« lancé », « dit », « écrit », « reçu »), read with ``str.endswith``."""

PLURAL_1_2_ENDINGS: tuple[str, ...] = ("ons", "ez")
"""Endings of a first- or second-person plural verb (« disons », « pensez »), read with ``str.endswith``."""

PAST_PARTICIPLE_ALL_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")
"""Past participle endings of -er, -ir and -re verbs in every gender and number (« lancées », « reçus »)."""

FUTURE_CONDITIONAL_3_ENDINGS: tuple[str, ...] = ("rait", "raient", "ront")
"""Third-person future and conditional endings (« pourrait », « seront »), read with ``str.endswith``."""

PASSIVE_PARTICIPLE_ENDINGS: tuple[str, ...] = (*PAST_PARTICIPLE_ENDINGS, "u", "ue", "us", "ues", "it", "ite")
"""Endings of a passive participle of a reporting verb (« annoncé », « prévenus », « écrite »), read with
``str.endswith``."""

AUXILIARIES: frozenset[str] = AVOIR_3 | ETRE_3 | frozenset({"ai", "as", "avons", "avez", "suis", "es", "sommes", "êtes",
                                                           "avoir", "être", "été", "eu"})
"""Forms of « avoir » and « être » that an auxiliary before a participle may take (« a dit », « avait déclaré »,
« s'est dit »)."""

AGENT_NOUN_ENDINGS: tuple[str, ...] = (
    "eur", "eurs", "euse", "euses", "rice", "rices", "iste", "istes", "ien", "iens", "ienne", "iennes", "aire", "aires",
    "ant", "ants", "ante", "antes", "ent", "ents", "ier", "iers", "ière", "ières", "ier", "ogue", "ogues", "ologue",
    "iers")
"""Endings (accented, singular and plural) of nouns that name people or bodies by what they do (« enquêteurs »,
« gestionnaire », « habitants »), read with ``str.endswith``: such a noun after « selon » is a source.
Not :data:`analysis.fr.speaker_words.AGENT_SUFFIXES`, the folded singular endings speaker resolution reads."""

NON_PLURAL_ENT_ENDINGS: tuple[str, ...] = ("ient", "ment")
"""Endings in « -ent » that mostly are no third-person plural verb (« vient », « gouvernement »): a relative verb
so ending does not make its antecedent plural."""
