"""Closed-class French words that speaker resolution reads: pronouns, anaphoric phrases, determiners.

Open lists that users may extend (titles, role nouns, organisation and media words) live in
``analysis/data/speaker_*.csv``; these are grammar, so they are constants (keys are folded:
lower case, no accents, ' for ’).
"""

from __future__ import annotations

from analysis.fr import grammar

NEVER_NAMES: frozenset[str] = frozenset({
    "on", "je", "j'", "tu", "nous", "vous", "chacun", "chacune", "certains", "certaines", "plusieurs", "tous",
    "toutes", "personne", "aucun", "aucune", "beaucoup", "d'autres", "autres", "suivent",
})
"""Folded words that are no name even with a sentence capital (« On l'aura compris : « … » », « Certains
ont dénoncé … »): a mention of that one word is a pronoun or a quantifier, never a person or a body."""

PERSONAL_PRONOUNS: dict[str, tuple[str, str]] = {
    "il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p"),
    "lui": ("m", "s"), "eux": ("m", "p"),
    "lui-meme": ("m", "s"), "elle-meme": ("f", "s"), "eux-memes": ("m", "p"), "elles-memes": ("f", "p"),
    "celui-ci": ("m", "s"), "celle-ci": ("f", "s"), "ceux-ci": ("m", "p"), "celles-ci": ("f", "p"),
}
"""Subject and stressed pronouns (« il », « selon lui ») → (gender, number)."""

POSSESSIVES: dict[str, tuple[str, str]] = {"ses": ("", "s"), "son": ("", "s"), "sa": ("", "s"), "leurs": ("", "p"), "leur": ("", "p")}
"""« à ses yeux », « à leurs yeux »: the possessor's gender is not marked."""

LATTER: dict[str, tuple[str, str]] = {
    "ce dernier": ("m", "s"), "cette derniere": ("f", "s"), "ces derniers": ("m", "p"), "ces dernieres": ("f", "p"),
    "le dernier": ("m", "s"), "la derniere": ("f", "s"), "les derniers": ("m", "p"), "les dernieres": ("f", "p"),
}
"""« ce dernier »: the latest compatible person or body named before."""

CONCERNED: dict[str, tuple[str, str]] = {
    "le principal interesse": ("m", "s"), "la principale interessee": ("f", "s"),
    "l'interesse": ("", "s"), "l'interessee": ("f", "s"), "le premier interesse": ("m", "s"),
    "la premiere interessee": ("f", "s"), "les principaux interesses": ("m", "p"), "les interesses": ("m", "p"),
}
"""« le principal intéressé »: the person the preceding statements were about, not their author."""

SAME_SOURCE: tuple[str, ...] = (
    "la meme source", "meme source", "cette source", "cette meme source", "ladite source", "la source",
    "ces sources", "les memes sources", "memes sources", "de meme source",
)
"""« selon la même source », « a-t-on précisé de même source »: the latest source cited."""

MENTION_DETERMINERS: dict[str, tuple[str, str, bool]] = {
    "le": ("m", "s", True), "la": ("f", "s", True), "l'": ("", "s", True), "les": ("", "p", True),
    "un": ("m", "s", False), "une": ("f", "s", False), "des": ("", "p", False), "de": ("", "", False),
    "du": ("m", "s", True), "au": ("m", "s", True), "aux": ("", "p", True), "d'": ("", "", False),
    "ce": ("m", "s", True), "cet": ("m", "s", True), "cette": ("f", "s", True), "ces": ("", "p", True),
    "son": ("", "s", True), "sa": ("f", "s", True), "ses": ("", "p", True), "leur": ("", "s", True),
    "leurs": ("", "p", True), "notre": ("", "s", True), "nos": ("", "p", True), "votre": ("", "s", True),
    "plusieurs": ("", "p", False), "certains": ("m", "p", False), "certaines": ("f", "p", False),
    "quelques": ("", "p", False), "deux": ("", "p", True), "trois": ("", "p", True), "nombreux": ("m", "p", False),
    "nombreuses": ("f", "p", False), "divers": ("m", "p", False), "diverses": ("f", "p", False),
    "autre": ("", "s", False), "autres": ("", "p", False), "tout": ("m", "s", False), "toute": ("f", "s", False),
}
"""Determiners a speaker mention can open with (folded) → (gender, number, definite): what the determiner says of
its referent (« la » a woman or a feminine body, « des » several, « ce » someone known). Not
:data:`analysis.fr.quote_words.NOUN_PHRASE_DETERMINERS`, which tells the quotation rules where a noun phrase starts."""

CLAUSE_OPENERS: frozenset[str] = frozenset({
    "que", "qu'", "et", "mais", "car", "donc", "puis", "alors", "or", "ainsi", "tandis", "lorsque", "lorsqu'",
    "quand", "si", "puisque", "puisqu'", "bien", "meme", "enfin", "ensuite", "cependant", "pourtant",
})
"""A name right after one of these (or a comma, a colon, the sentence start) can be a subject."""

RELAY_MARKERS: tuple[str, ...] = (
    "cite par", "citee par", "cites par", "citees par", "relaye par", "relayee par", "relayes par",
    "relayees par", "repris par", "reprise par", "rapporte par", "rapportee par", "rapportes par",
    "rapportees par", "publie par", "publiee par", "publies par", "publiees par", "dans une interview",
    "dans un entretien", "interroge par", "interrogee par", "interroges par", "interrogees par",
    "joint par", "jointe par", "contacte par", "contactee par",
)
"""« citées par le quotidien X »: what follows is the channel, not the speaker."""

AUTHOR_MARKERS: tuple[str, ...] = (
    "de la part de", "diffuse par", "diffusee par", "diffuses par", "diffusees par", "emanant de",
    "signe par", "signee par", "publie par", "publiee par", "realise par", "realisee par", "produit par",
    "produite par", "de", "du", "des", "d'", "par",
)
"""What links a document noun to its author (longest first when matching)."""

PERSON_NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "d'", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das",
    "do", "y", "bin", "ben", "ibn", "al", "el", "abu", "ter", "ten", "zu", "st", "mac", "al-", "el-",
})
"""Lower-case words inside a personal name: « Charles de Gaulle », « Ursula von der Leyen »."""

GROUP_WORDS: frozenset[str] = frozenset({"deux", "trois", "quatre", "cinq"})
"""« les deux présidents »: a group of people named before."""

NOT_ADJECTIVES: frozenset[str] = frozenset({
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "etait", "etaient",
    "sera", "seront", "serait", "seraient", "fut", "doit", "doivent", "devait", "devrait", "peut", "peuvent",
    "pouvait", "pourrait", "va", "vont", "allait", "vient", "viennent", "venait", "fait", "font", "faisait",
    "dit", "disent", "disait", "se", "s'", "qui", "que", "qu'", "ne", "n'", "y", "en", "lui", "leur", "l'", "le",
    "la", "les", "aussi", "egalement", "pourtant", "deja", "toujours", "jamais", "encore", "lui-meme",
    "elle-meme", "enfin", "alors", "notamment", "ainsi", "plus", "tres", "estime", "affirme", "declare",
    "explique", "indique", "precise", "ajoute", "souligne", "rappelle", "note", "revele", "juge", "considere",
    "assure", "confirme", "annonce", "denonce", "regrette", "reconnait", "admet", "insiste", "repond",
    "replique", "retorque", "martele", "previent", "avertit", "critique", "evoque", "invoque", "exige",
    "demande", "appelle", "accuse", "salue", "deplore", "craint", "espere", "souhaite", "pense", "croit",
    "raconte", "temoigne", "observe", "remarque", "signale", "conclut", "poursuit", "lance", "releve",
    "ecrit", "publie", "confie", "avoue", "concede", "nie", "dement", "conteste", "promet", "propose",
    "plaide", "prone", "preconise", "recommande", "reclame", "met", "veut", "entend", "compte", "refuse",
    "qualifie", "decrit", "detaille", "resume", "analyse", "commente", "reprend", "repete", "tranche",
    "ironise", "rapporte", "presente", "represente", "tente", "augmente", "argumente", "informe", "mentionne", "cite", "evalue", "attend", "soutient", "defend", "reste",
    "semble", "parait", "devient", "doute", "sait", "voit", "rejette", "refute", "envisage", "prevoit",
    "interdit", "ordonne", "charge", "menace", "dirige", "preside", "gere", "recoit",
    "rencontre", "quitte", "part", "arrive", "convoque", "nomme", "remplace", "succede", "invite",
})
"""Words that end a role noun phrase: « le ministre estime … » is not the role « ministre estime »."""

LOCAL_ADJECTIVES: frozenset[str] = frozenset({
    "local", "locale", "locales", "locaux", "regional", "regionale", "regionales", "regionaux", "municipal",
    "municipale", "municipales", "municipaux", "provincial", "provinciale", "provinciales", "provinciaux",
    "departemental", "departementale", "departementales", "departementaux", "communal", "communale",
    "communales", "communaux",
})
"""« les autorités locales » after « à Valmont »: the authorities of the place just named."""

GENERIC_BODIES: frozenset[str] = frozenset({
    "club", "groupe", "entreprise", "societe", "compagnie", "firme", "association", "organisation", "ong",
    "parti", "syndicat", "federation", "equipe", "constructeur", "operateur", "banque", "cabinet", "fondation",
    "institution", "formation", "mouvement", "collectif", "enseigne", "laboratoire", "editeur", "plateforme",
    "administration", "organisme", "etablissement", "instance", "agence", "direction", "fabricant",
})
"""« Le club a annoncé » after « Le FC X s'est imposé »: a generic noun for the body named before."""

PARTITIVES: frozenset[str] = frozenset({
    "certains", "certaines", "d'autres", "plusieurs", "beaucoup", "la plupart", "quelques-uns", "quelques-unes",
    "nombre d'entre eux", "nombre d'entre elles", "certains d'entre eux", "certaines d'entre elles", "tous", "toutes",
})
"""« Les parents s'inquiètent. Certains disent … »: some of the group just named."""

AUTHOR_ROLES: frozenset[str] = frozenset({"auteur", "coauteur", "signataire", "redacteur"})
"""« Les auteurs recommandent … » after « une étude »: the authors of the document just named."""

GENERIC_ROLE_HEADS: frozenset[str] = frozenset({
    "chef", "responsable", "haut responsable", "dirigeant", "leader", "patron", "titulaire", "elu",
})
"""Roles that say little of the office: « la cheffe du département » can also be « la ministre »."""

BODY_NAME_PREPOSITIONS: frozenset[str] = frozenset({"en", "pour", "sans", "contre"})
"""Prepositions inside a body's name after its capitalised words (« La République en marche », « La Manif pour
tous », « Médecins sans frontières »): a mention that ends in lower-case words after one of them is one name."""

THING_NOUN_ENDINGS: tuple[str, ...] = ("ment", "tion", "sion")
"""Folded endings of nouns for things and events, never for a person (« évènement », « pétition »,
« émission »): such a noun before a name does not introduce a person of that name."""

PARTY_LEADER_HEADS: frozenset[str] = frozenset({"chef de file"})
"""Leading a party or a camp, held beside any other office (« le chef de file du parti » may be the
minister just quoted); unlike GENERIC_ROLE_HEADS, a person so named is not thereby any other office."""

LAWYER_TITLES: frozenset[str] = frozenset({"me", "maitre"})
"""« Me Vidal »: the title says the person is a lawyer, so no other office is theirs."""

KINSHIP: frozenset[str] = frozenset({
    "pere", "fils", "frere", "epoux", "mari", "compagnon", "grand-pere", "oncle", "cousin", "enfant", "parent",
    "veuf", "orphelin", "neveu", "ami", "voisin", "proche",
})
"""Roles (masculine heads) that name someone by a tie to another person: « le père » is never the
person just named, so it is no epithet."""

PARTY_ROLES: frozenset[str] = frozenset({
    "prevenu", "accuse", "victime", "temoin", "plaignant", "partie civile", "avocat", "procureur", "juge",
    "president du tribunal", "substitut", "magistrat",
})
"""The parties of a trial: one person does not hold two of them."""

GENERAL_EPITHETS: frozenset[str] = frozenset({
    "trentenaire", "quadragenaire", "quinquagenaire", "sexagenaire", "septuagenaire", "octogenaire",
    "nonagenaire", "centenaire", "jeune homme", "pere de famille", "homme",
})
"""Descriptions that say nothing of a person's occupation (folded masculine heads): « la
quadragénaire » can be the director, the minister or the witness named before."""

FUNCTION_HEADS: frozenset[str] = frozenset({
    "president", "vice-president", "directeur", "directeur general", "secretaire", "secretaire general",
    "secretaire national", "premier secretaire", "porte-parole", "coordinateur", "delegue", "membre", "fondateur",
    "cofondateur", "gerant", "administrateur", "tresorier", "adjoint", "conseiller", "chef de file", "numero deux",
})
"""Functions anyone may hold whatever their trade (« président de l'association », « porte-parole »):
they do not stand against an occupation epithet (« le chercheur » can be the association's president)."""

MANDATES: frozenset[str] = frozenset({
    "depute", "senateur", "eurodepute", "maire", "elu", "conseiller municipal", "conseiller regional",
    "conseiller departemental", "bourgmestre", "echevin",
})
"""Elected offices named by their constituency: « le député du Var », « l'élue de Tours » are the
politician just quoted more often than someone new."""

SCIENCE_SUFFIXES: tuple[str, ...] = ("logue", "logiste")
"""Trades that are a kind of « chercheur », « scientifique », « spécialiste » or « expert » by their
form (« hydrogéologue », « limnologue », « épidémiologiste »)."""

SCIENCE_EPITHETS: frozenset[str] = frozenset({"chercheur", "scientifique", "specialiste", "expert", "universitaire"})
"""Epithets that a « -logue » or « -logiste » named before can be called."""

TRAILING_PARTICIPLES: frozenset[str] = frozenset({
    "publie", "publiee", "publies", "publiees", "paru", "parue", "parus", "parues", "diffuse", "diffusee",
    "diffuses", "diffusees", "rendu", "rendue", "rendus", "rendues", "realise", "realisee", "realises",
    "realisees", "mene", "menee", "menes", "menees",
})
"""Participles an attributing string may end on (« selon le bulletin de X publié [mardi] »): left out."""

RELATIONAL_NOUNS: frozenset[str] = frozenset({"entourage", "proches", "proche", "cabinet", "famille", "services"})
"""Groups that exist only through their owner: « son entourage » is « l'entourage de X » (the person
or body just named as subject)."""


# ---- descriptions, pronouns, organisations' own accounts

PLACE_HEADS: frozenset[str] = frozenset({
    "gare", "place", "rue", "avenue", "boulevard", "quai", "pont", "port", "aeroport", "stade", "parc", "porte",
    "square", "cours", "allee", "chemin", "route", "hopital", "palais", "hotel", "mont", "lac", "cap", "ile",
    "foret", "col", "plage", "salle", "centre", "campus", "musee", "eglise", "cathedrale", "chateau", "marche",
    "mer", "golfe", "baie", "detroit", "canal", "fleuve", "riviere", "vallee", "desert", "massif",
    "tempete", "ouragan", "cyclone", "typhon", "operation",
})
"""First words of a capitalised name that make it a place or an event, not a person (« Gare Montparnasse »,
« Place Bellecour », « Mer Rouge », « Tempête Ilse »): such a name is no antecedent for « cette
infirmière » or « il »."""

BACK_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "ce", "cet", "cette"})
"""Determiners of a definite or demonstrative description that points back at someone already
introduced (« l'ancienne ministre », « cette enseignante de 52 ans »)."""

SINGULAR_DEMONSTRATIVES: frozenset[str] = frozenset({"ce", "cet", "cette"})
"""Singular demonstratives (« ces » is a group, :data:`analysis.fr.grammar.DEMONSTRATIVES` has it): a demonstrative
description refers back even when its noun differs from the first one (« une habitante … cette enseignante de 52 ans »)."""

INTRODUCING: frozenset[str] = frozenset({"un", "une"})
"""Indefinite singular determiners: the mention introduces someone new (« un ancien cadre de l'entreprise »)."""

AGENT_SUFFIXES: tuple[str, ...] = (
    "eur", "euse", "rice", "iste", "ien", "ienne", "ant", "ante", "ier", "iere", "aire", "ard", "arde", "ais",
    "aise", "ois", "oise", "ain", "aine", "an", "ane", "ete", "logue", "graphe", "naute", "crate",
)
"""Endings (folded) of French nouns for people by what they do or where they come from (« le marcheur »,
« le rappeur », « l'habitant », « le vétéran »): a noun the role lexicon does not know is taken for a
person's only with one of these (« le changement », « la marine » are not)."""

FEMININE_AGENT_SUFFIXES: tuple[str, ...] = ("euse", "rice", "ienne", "ante", "iere", "aise", "oise", "aine", "ane", "arde")
"""Those of :data:`AGENT_SUFFIXES` that make the noun a woman's (« la serveuse », « l'habitante »)."""

NATIONAL_OFFICES: dict[str, str] = {"president": "republique"}
"""Offices whose holder for a country is named by its nationality adjective or by the complement
(folded head → complement): « le président français » is « le président de la République », so
« le chef de l'État » (another wording of it) is him."""

DESCRIPTION_WINDOW = 3
"""A description whose noun matches a person's role may point back this many paragraphs."""

BODY_REACH = 99
"""A description of a body (« l'entreprise », « le musée ») stands for a body named at most this many
paragraphs before it: all of a news article, not all of a book."""

JUDICIAL_HEADS: frozenset[str] = frozenset({
    "juge", "juge en chef", "juge d'instruction", "magistrat", "procureur", "procureur general",
    "procureur de la republique", "avocat general", "president du tribunal", "substitut",
})
"""Offices of a court (folded role heads). In a report on a case the person named just before « le juge
a estimé » is the one the case is about, not the judge: such an office binds only to someone the article
gives it, never by who acted last."""

ANONYMOUS_HEADS: frozenset[str] = frozenset({"source", "sources"})
"""Role heads that say the informant is not named (« une source policière », « notre source »): such a
description is an unnamed source by definition, never a person the article names."""

NEWSROOM = {"nos informations": "la rédaction", "notre enquete": "la rédaction", "nos sources": "la rédaction",
            "nos renseignements": "la rédaction", "nos constatations": "la rédaction",
            "nos propres informations": "la rédaction", "notre redaction": "la rédaction"}
"""« selon nos informations »: the outlet writing the article (folded phrase → speaker as written)."""

GROUP_DETERMINERS: frozenset[str] = frozenset({
    "un", "une", "des", "les", "de", "d'", "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "quatre",
    "cinq", "six", "sept", "huit", "neuf", "dix", "nombreux", "nombreuses", "ces"})
"""Folded determiners before a nationality noun that make it people of that nationality (« des Français », « un
jeune Belge »), not a person named before (« le Suédois »: :func:`analysis.speakers.mentions.parse_mention`)."""

PLAIN_PERSON_NOUNS: frozenset[str] = frozenset({
    "homme", "jeune homme", "garcon", "jeune fille", "individu",
})
"""Folded heads that say nothing of a trade: « cet homme de 41 ans » may be anyone introduced before."""

NEUTRAL_HEADS: frozenset[str] = frozenset({"proprietaire", "coproprietaire", "associe", "actionnaire", "habitant",
                                           "riverain", "resident", "usager", "client", "temoin", "collegue", "confrere",
                                           "consoeur", "ami", "voisin", "compagnon"})
"""Folded role heads that stand against no occupation: « la propriétaire d'une fromagerie » may be
« la commerçante », « une habitante » may be « cette enseignante »."""

PARTICIPLE_ENDINGS: tuple[str, ...] = ("ée", "ées", "és")
"""Endings (lower case, accented) of a past participle opening a sentence (« Baptisée X, la planète … »,
« Interrogés par … »): such a capitalised word starts no person's name."""

FIRST_NAMES_LIKE_PARTICIPLES: frozenset[str] = frozenset({
    "renée", "andrée", "aimée", "désirée", "dorothée", "timothée", "mathée", "irénée", "salomée", "rené", "josé",
})
"""First names that end like a participle (lower case, accented): they may start a name after all."""

TITLE_TRADES: dict[str, str] = {"dr": "medecin", "dre": "medecin", "docteur": "medecin", "docteure": "medecin"}
"""Folded titles that tell a trade (folded role head): « le Dr X » may then be called « la praticienne »,
« le médecin »."""


ANY_TRADE_EPITHETS: frozenset[str] = frozenset({
    "syndicaliste", "militant", "elu", "responsable", "representant", "benevole", "dirigeant", "manifestant",
    "greviste",
})
"""Folded descriptions of what someone does besides their trade: « le syndicaliste » may be the teacher or the
farmer named before as a union's president, « l'élu » the farmer who sits on a council."""

ACADEMIC_EPITHETS: frozenset[str] = frozenset({"professeur", "universitaire", "enseignant-chercheur"})
"""Folded academic titles that a scholar named by their discipline may be called (« le professeur » after
« l'historien de l'art X », « la professeure » after « la biologiste Y »)."""

SCHOLARS: frozenset[str] = frozenset({
    "historien", "biologiste", "chimiste", "physicien", "mathematicien", "economiste", "juriste", "philosophe",
    "geographe", "linguiste", "chercheur", "scientifique", "specialiste", "expert", "medecin", "neurologue",
    "astrophysicien", "ecologue", "agronome", "historien de l'art",
})
"""Folded disciplines whose holder may be « le professeur » (any « -logue » or « -logiste » too)."""


OWN_ACCOUNT_NOUNS: tuple[str, ...] = ("calculs", "estimations", "chiffres", "comptes", "decomptes", "projections",
                                     "propres termes", "termes", "mots", "explications", "declarations", "propos")
"""Folded nouns of a person's own account: « selon ses calculs », « d'après leurs estimations » attribute to
the possessor, like « à ses yeux » (not « ses proches » or « ses services », someone else)."""

FIRST_PERSON_POSSESSIVES: dict[str, tuple[str, str]] = {"mon": ("m", "s"), "ma": ("f", "s"), "mes": ("", "p")}
"""Folded first-person possessives → (gender, number) of the noun: « Mon grand-père » inside a quotation is the
quoted speaker's grandfather."""

DEFINITE_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "les", "du", "des", "au", "aux", "ce", "cette", "ces"})
"""Determiners of a body or person already known to the story (« le ministère », « des Affaires
étrangères » as « de les »): such a description may be tied to a body named before."""

INDEFINITE_DETERMINERS: frozenset[str] = frozenset({
    "un", "une", "des", "de", "d'", "plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses",
})
"""Determiners that introduce someone or something new (« un gouvernement », « des experts »): never
merged into a body or person named before."""

PLURAL_INDEFINITES: frozenset[str] = frozenset({
    "des", "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "nombreux", "nombreuses",
})
"""Plural determiners a body noun keeps in its label (« plusieurs chancelleries »)."""

ARTICLE_OF: dict[str, str] = {"le": "le", "la": "la", "l'": "l'", "les": "les", "du": "le", "au": "le", "aux": "les"}
"""The definite article behind a determiner (« du » is « de le »): a body named by a common noun keeps it
in its label (« la police de Londres »)."""

PRE_NOMINAL_ADJECTIVES: frozenset[str] = frozenset({
    "recent", "recente", "recents", "recentes", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "ancien",
    "ancienne", "anciens", "anciennes", "ex", "futur", "future", "dernier", "derniere", "derniers", "dernieres",
    "premier", "premiere", "premiers", "premieres", "long", "longue", "bref", "breve", "haut", "haute", "jeune",
    "vieux", "seul", "seule", "seuls", "seules", "grand", "grande", "grands", "grandes", "petit", "petite",
})
"""Folded adjectives that stand between a determiner and the noun (« Un récent rapport », « le nouveau ministre »)."""

DEGREE_ADVERBS: frozenset[str] = frozenset({"plus", "moins", "tres"})
"""Folded adverbs of degree before a pre-nominal adjective (« le plus jeune ministre »)."""

ROLE_PRE_ADJECTIVES: frozenset[str] = frozenset({
    "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "futur", "future", "haut", "haute"})
"""Folded adjectives read over between a determiner and a role in running text (« le nouveau ministre »)."""

LATTER_ADJECTIVES: frozenset[str] = frozenset({"dernier", "derniere", "derniers", "dernieres"})
"""« ce dernier », « cette dernière »: the adjective of the latter anaphor (folded)."""

LATTER_DETERMINERS: frozenset[str] = frozenset({"ce", "cette", "ces"})
"""Determiners of the latter anaphor (folded)."""

SAME_SOURCE_DETERMINERS: frozenset[str] = frozenset({"la", "cette", "de"})
"""Determiners before « même source » in running text (folded)."""

GROUP_ANAPHOR_DETERMINERS: frozenset[str] = frozenset({"les", "ces"})
"""« les deux dirigeants », « ces trois ministres »: determiners of a group named before."""

SELON_WORDS: frozenset[str] = frozenset({"selon", "d'apres"})
"""Folded prepositions that introduce a source: a role after them is a source even without a determiner."""

ONE_PERSON_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "du", "au", "ce", "cette", "son", "sa"})
"""Folded determiners that make a singular role one known person (« le ministre »), not an unnamed source."""

CAPITAL_TITLE_ARTICLES: tuple[str, ...] = ("Le ", "La ", "Les ", "L'", "L’")
"""A body's name kept with a capital article inside a sentence (« selon Le Canard enchaîné ») is the title of a
publication: French typography capitalises the article of titles only."""

PLURAL_ARTICLES: frozenset[str] = frozenset({"les", "des"})
"""Plural articles: « les Tchèques » before a people's name are people of that place."""

SINGULAR_DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "l'"})
"""Singular definite articles: « le Nancéien X », « la Jurassienne » describe one person."""

DEFINITE_FORMS: frozenset[str] = frozenset({"le", "la", "l'", "les", "du", "des", "au", "aux"})
"""Definite articles and their contractions with « de » and « à »: before capitals, a body's name."""

PLACE_PREPOSITIONS: frozenset[str] = frozenset({"à", "en"})
"""Prepositions before a short name that make it a place (« à Valmont », « en Bretagne »)."""

ROLE_COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset({"a", "au", "aux", "de", "d'", "d", "du", "des", "pour"})
"""Folded prepositions that open a role's complement before its holder's name (« la commissaire | au
Commerce, Y », « le général | à la retraite Y », « le secrétaire | d'État Y »)."""

GRAMMATICAL_GENDER_NOUNS: frozenset[str] = frozenset({
    "victime", "personne", "vedette", "star", "recrue", "sentinelle", "temoin", "personnalite", "idole", "icone",
    "celebrite", "figure",
})
"""Folded nouns for people whose gender is the word's, not the person's (« la victime » may be a man,
« le témoin » a woman): their determiner says nothing of whom they stand for."""

CARDINAL_WORDS: frozenset[str] = frozenset({
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt",
    "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille", "million", "millions",
})
"""Folded cardinal numbers written in words: a noun phrase may open with one (« huit Français sur dix »,
« deux tiers des sondés »). Not :data:`analysis.fr.quote_words.SHARE_NUMBER_WORDS`, the shorter list of a share."""


# ---- small sets the speaker rules test inside their functions (folded unless said otherwise)

LINK_WORDS: frozenset[str] = frozenset({"de", "du", "des", "d'", "la", "le", "l'", "les"})
"""« de » and the definite articles: the words that tie a body's name together (« Office fédéral des transports »),
which a name cannot end on and which do not count when two names are compared."""

ELIDED_LINKS: tuple[str, ...] = ("d'", "l'")
"""Elided « de » and article glued to the next word (« d'Air », « l'Office »); a tuple for ``str.startswith``."""

COMPLEMENT_DE: frozenset[str] = grammar.DE_FORMS_FULL

DESCRIPTION_GENDER_DETERMINERS: frozenset[str] = frozenset({"le", "la", "ce", "cet", "cette"})
"""Determiners whose gender a description pointing back passes on to the person it stands for."""

ROLE_GENDER_DETERMINERS: frozenset[str] = frozenset({"le", "la", "ce", "cette"})
"""Determiners whose gender a role mention bound to a person passes on to that person."""

LABEL_DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "les", "des", "du", "un", "une", "ce", "cette", "ces", "au", "aux"})
"""Determiners dropped from the front of a label (« Le parti Horizon vert » → « parti Horizon vert »)."""

MASCULINE_DEFINITE_FORMS: frozenset[str] = frozenset({"le", "du", "au"})
"""Masculine singular definite article and its contractions: « de » before them is « du »."""

PLURAL_DEFINITE_FORMS: frozenset[str] = frozenset({"les", "des", "aux"})
"""Plural definite article and its contractions: « de » before them is « des »."""

UNCONTRACTED_ARTICLES: frozenset[str] = grammar.FEMININE_DEFINITE

ELIDED_ARTICLE_FORMS: frozenset[str] = frozenset({"l'", "l’"})
"""The elided article, with either apostrophe (lower case)."""

ARTICLES_AND_DEMONSTRATIVES: frozenset[str] = frozenset({"le", "la", "l'", "les", "un", "une", "des", "ce", "cette", "ces"})
"""Articles and demonstratives a noun phrase opens with (« le rapport », « une étude », « ces experts »): a label
keeps them in lower case, a later « les auteurs » can be the authors of a document so introduced."""

PLURAL_STOP_WORDS: frozenset[str] = frozenset({"de", "du", "des", "d'", "en", "à", "a"})
"""Prepositions in a role noun phrase after which no word takes the plural (« directeur de … »)."""

INVARIABLE_PLURAL_ENDINGS: tuple[str, ...] = ("s", "x", "z")
"""Endings of nouns whose plural is the singular (« le fils », « la voix », « le nez »)."""

X_PLURAL_ENDINGS: tuple[str, ...] = ("eau", "eu")
"""Endings of nouns whose plural takes an « x » (« bureau », « neveu »)."""

AUTHOR_RELAY_MARKERS: tuple[str, ...] = ("publie", "diffuse")
"""Starts of :data:`RELAY_MARKERS` that name the author, not a relay, after a document noun (« les chiffres publiés
par l'office »); a tuple for ``str.startswith``."""

NEWSROOM_POSSESSIVES: frozenset[str] = frozenset({"nos", "notre"})
"""« nos confrères de RTL », « notre consœur du Monde »: the newsroom's colleagues at another outlet."""

GROUP_PERSON_NOUNS: frozenset[str] = frozenset({"hommes", "femmes", "responsables", "dirigeants", "dirigeantes"})
"""Plural nouns for people a group anaphor may name without a role (« les deux hommes »)."""

FEMININE_PLURAL_ENDINGS: tuple[str, ...] = ("es", "elles")
"""Endings of a feminine plural partitive (« certaines », « certaines d'entre elles »)."""

CONTRACTED_DE: frozenset[str] = grammar.CONTRACTED_DE

COMPLEMENT_LINKS: frozenset[str] = frozenset({
    "de", "d'", "du", "des", "la", "le", "l'", "les", "en", "a", "au", "aux", "pour"})
"""Prepositions and articles inside a body's description: a name with one says more than its noun
(« ministère de l'Intérieur », « fabricant de jouets Ludomax »)."""

FEMININE_TIME_ADJECTIVES: frozenset[str] = frozenset({"ancienne", "future"})
"""« l'ancienne ministre »: the adjective says the holder is a woman."""

MASCULINE_TIME_ADJECTIVES: frozenset[str] = frozenset({"ancien", "futur"})
"""« l'ancien ministre »: the adjective says the holder is a man."""

EXTRA_FUNCTION_WORDS: frozenset[str] = frozenset({"selon", "concernant", "apres", "hier", "aujourd'hui", "demain"})
"""Words spaCy's stop list lacks that still never start or hold a name or a role (« selon », « hier »)."""

LETTER_TITLES: frozenset[str] = frozenset({"m", "mm"})
"""Titles that are also a bare letter: without their full stop (« M »), no « Monsieur »."""

FOLDED_PARTICIPLE_ENDINGS: tuple[str, ...] = ("e", "ee", "es", "ees")
"""Folded endings of a past participle of an -er verb (« publiée » → « publiee »); a tuple for ``str.endswith``."""

SINGULAR_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée")
"""Accented endings of a singular past participle, once a plural « s » is stripped (« publiées » → « publiée »)."""

NAME_BREAKING_PREPOSITIONS: frozenset[str] = frozenset({"selon", "pour", "d'apres"})
"""Prepositions that, even with a capital, end a run of name words (« Selon », « Pour », « D'après »)."""

COMPLEMENT_OPENERS: frozenset[str] = frozenset({
    "de", "d'", "du", "des", "en", "à", "au", "aux", "pour", "chargé", "chargée"})
"""Words (lower case, accented) that open a role's complement (« de la Santé », « chargée du Numérique »)."""

CHARGE_FORMS: frozenset[str] = frozenset({"charge", "chargee"})
"""« chargé(e) de »: opens a complement only with its « de »."""

ARTICLE_TAKING_OPENERS: frozenset[str] = frozenset({"de", "a", "pour", "charge", "chargee"})
"""Complement openers that an article may follow before the complement (« de la Santé », « chargée de l'Égalité »)."""

AGE_UNITS: frozenset[str] = grammar.AGE_NOUNS

CONTRACTED_ARTICLES: frozenset[str] = frozenset({"du", "au", "aux"})
"""« de » or « à » merged with an article: a mention right after one is a complement, never a subject."""

AFTER_DETERMINER_WORDS: frozenset[str] = frozenset({"dernier", "derniere", "derniers", "dernieres", "meme"})
"""Words that may follow a determiner in a mention (« ce dernier », « la même source »)."""

TITLE_ARTICLES: frozenset[str] = frozenset({"le", "la"})
"""Articles before a title after a comma (« …, la Dr Hélène Rabault, »)."""
