"""Closed-class French words the quotation rules lean on (all in ``analysis.fr.text.fold(t, accents=True)`` form).

Reporting verbs live in ``analysis/data/reporting_verbs.csv``; this module holds the small
grammatical word sets: determiners, prepositions, pronouns, auxiliaries, connectives, and
the nouns that can stand for a source after « selon »; then the small sets that single rules test
against, each named for its use, so that a rule module spells no French word list of its own. Verb
endings and inflected auxiliaries are in :mod:`analysis.fr.morphology`, grammar words both rule packages
read in :mod:`analysis.fr.grammar`.
"""

from __future__ import annotations

from analysis.fr import grammar
from analysis.fr.datafiles import read_rows
from analysis.fr.text import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

NOUN_PHRASE_DETERMINERS: frozenset[str] = _words("le la les l' un une des du de la ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos "
    "plusieurs certains certaines quelques aucun aucune chaque tout toute tous toutes deux trois "
    "quatre cinq six sept huit neuf dix")
"""Words that open a noun phrase for the quotation rules (with the tagger's DET): articles, demonstratives,
possessives, quantifiers and small numerals. Not :data:`analysis.fr.speaker_words.MENTION_DETERMINERS`, which
says what a speaker mention's determiner tells of its referent."""
ARTICLES: frozenset[str] = _words("le la les l' un une des du")

SUBJECT_PRONOUNS: frozenset[str] = _words("il elle ils elles on je j' tu nous vous")
NON_AGENT_SUBJECTS: frozenset[str] = _words("je j' nous ce cela ça ceci")
"""Subjects that make a cue outside quote marks no quotation: the writer's pronouns (a column, a first-person
account reports the author's own words) and pronouns of things (« ce qui inciterait les propriétaires à … »)."""
CLITICS: frozenset[str] = _words("ne n' se s' me m' te t' lui leur y en le la les l' nous vous")
"""Object or reflexive clitics that may stand between a subject and its verb."""

INVERTED_PRONOUNS: frozenset[str] = _words("-il -elle -ils -elles -on -t-il -t-elle -t-ils -t-elles -t-on -je -nous -vous")
"""Hyphenated subject pronouns of an inverted incise: « a-t-il dit », « écrit-elle »."""

PARTICIPLE_AUXILIARY: frozenset[str] = _words("ayant")
"""« ayant » before a past participle: a reporting verb in a participial clause (« la ministre ayant évoqué « … » »)
whose subject is the clause's own; kept apart from morphology.AUXILIARIES, which stand for finite verbs."""

OBJECT_CLITICS: frozenset[str] = _words("l' le la les lui leur me m' nous vous")
"""Object pronouns that may stand before the verb of an incise (« « … » l'a averti un maire »)."""

REFLEXIVES: frozenset[str] = _words("se s' me m' te t' nous vous")

NARRATOR_ADJUNCTS: tuple[str, ...] = (
    "malgré", "en dépit de", "en dépit des", "en dépit du", "comme par exemple", "à l' image de", "après les", "après la",
    "après le", "après l'",
)
"""Phrases that open the narrator's own adjunct after a comma: a reported content ends before them (« …, malgré
l'annonce de … », « …, après les atermoiements de … »)."""

SINGULAR_DETERMINERS: frozenset[str] = _words("le la l' un une ce cet cette son sa")
"""Singular determiners opening a noun phrase: a plural verb after « X de Y, qui … » agrees with Y, not X."""

PLURAL_VERB_FORMS: frozenset[str] = _words("ont sont font vont")
"""Plural third-person verbs that do not end in « -ent » (« qui ont dénoncé », « qui sont »)."""

RELAY_PARTICIPLES: frozenset[str] = _words("""réalisé réalisée réalisés réalisées mené menée menés menées cité citée cités citées rapporté rapportée rapportés rapportées relayé relayée relayés relayées publié publiée publiés publiées diffusé diffusée diffusés diffusées repris reprise adressé adressée adressés adressées envoyé envoyée envoyés envoyées signé signée signés signées rédigé rédigée rédigés rédigées posté postée postés postées transmis transmise transmises fourni fournie fournis fournies paru parue parus parues communiqué communiquée communiqués communiquées établi établie établis établies dévoilé dévoilée dévoilés dévoilées interrogé interrogée interrogés interrogées contacté contactée contactés contactées consulté consultée consultés consultées sollicité sollicitée sollicités sollicitées""")
"""Participles that pass a document or a source on (« un sondage publié par », « une source citée par »,
« un bilan fourni par », « une note consultée par », « des policiers interrogés par »,
« un message adressé par »): after a document noun the agent in « par » is the author; without an agent the
participle is no part of the source (« selon un sondage Ifop publié lundi »)."""

CITING_FORMS: frozenset[str] = _words("citant")
"""« a rapporté la radio citant un sondage X »: the phrase after it is the source the relay cites."""

RESPONDENT_NOUNS: frozenset[str] = _words("sondés sondées interrogés interrogées répondants")
"""Nouns of a poll's respondents (« 53 % des sondés »): their view is an entry of its own beside the poll's."""

UTTERANCE_NOUNS: frozenset[str] = _words("phrase phrases formule formules mots propos slogan slogans déclaration petite")
"""Nouns of words once said (« la phrase prononcée par X : « … » », « la formule de X : « … » »): the quotation
after the colon is the words of the person named with them, not of the clause's subject who recalls them."""

HEDGE_NOUNS: frozenset[str] = _words("forme sorte espèce genre manière façon")
"""« une forme de « pêche au chalut » », « une sorte de « … » »: the narrator hedges a figure of speech in
quote marks; the words are nobody's quotation."""

POSSESSIVE_DETERMINERS: frozenset[str] = _words("son sa ses leur leurs")
"""Third-person possessives: « son « rapport de force » » names the person's thing in the narrator's words."""

CONCESSIVE_HEADS: frozenset[str] = frozenset({"malgré"})
"""« malgré »: after quoted words the verb governs, it opens the narrator's adjunct, even without a comma
(« a appelé à la « retenue » malgré les provocations »)."""

LEGAL_WORDS: frozenset[str] = _words("""enquête enquêtes plainte plaintes information instruction procédure poursuivi
    poursuivie poursuivis poursuivies condamné condamnée condamnés condamnées interpellé interpellée interpellés jugé
    jugée jugés examen ouverte ouvert ouvertes ouverts inculpé inculpée mis mise""")
"""Words before « pour « … » » that make the quoted words the wording of a charge (« une enquête pour « … » »)."""


def _control_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for stem, preposition, endings in (
            ("ten", "à", "ir u ue us ues ait aient ant"), ("tien", "à", "t nent dra dront drait draient"),
            ("hésit", "à", "er e ent é ée és ées ait aient ant era erait"),
            ("tent", "de", "er e ent é ée és ées ait aient ant era erait"),
            ("cherch", "à", "er e ent é ée és ées ait aient ant era erait"),
            ("s'efforc", "de", "er e ent é ée és ées ait aient era erait"), ("efforc", "de", "e ent é ée és ées ait aient"),
            ("empress", "de", "e ent é ée és ées ait aient era erait"),
            ("continu", "de à", "er e ent é ait aient ant era erait"), ("persist", "à", "er e ent é ait aient ant"),
            ("obstin", "à", "e ent é ée és ées ait aient ant"), ("attel", "à", "é ée és ées"),
            ("vien", "de", "t nent"), ("ven", "de", "ait aient ant"),
            ("content", "de", "e ent é ée és ées ait aient ant era erait"), ("born", "à", "e ent é ée és ées ait aient"),
            ("cess", "de", "e ent ait aient ant")):
        for ending in endings.split():
            forms[stem + ending] = preposition
    return forms


CONTROL_VERB_FORMS: dict[str, str] = _control_forms()
"""Forms of the verbs that make the next infinitive their subject's own act, with the prepositions they take
(space separated): control verbs (« a tenu à rappeler que », « tente d'expliquer », « n'a pas hésité à dire »,
« s'est empressé de démentir », « s'est attelé à exprimer ») and verbs of aspect (« continue de réclamer », « vient
de déclarer », « ne cesse de répéter », « s'est contenté de répondre »): the infinitive of a reporting verb after
them is a speech act of that subject. « a cessé de » (stopped) is left out: only the present of « cesser »."""

READING_VERBS: frozenset[str] = _words("lire")
"""Verbs of reading a medium: « on lit sur X que … » and « …, peut-on lire » report what the medium wrote, even
when its name is only in the sentence before."""

MODAL_FORMS: frozenset[str] = _words("peut pouvait pourra pourrait peuvent pouvaient doit devait")
"""Modal forms that carry an inverted « on » before a reporting infinitive (« peut-on lire », « pouvait-on
entendre »)."""

NEGATION: frozenset[str] = grammar.NE_FORMS | grammar.NEGATION_COMPLETERS
"""Both halves of a negation (« ne », « pas », « jamais » …): read over, like adverbs, between a subject, its
auxiliary and its verb."""

RELATIVES: frozenset[str] = _words("qui que qu' dont où lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel desquels desquelles")
QUE: frozenset[str] = frozenset({"que", "qu'"})
CONJUNCTION_HEADS: frozenset[str] = _words("alors tandis bien parce pendant avant après dès ainsi sans afin tant")
"""First words of conjunctions ending in « que » (« alors que », « tandis que », « bien que »): after a comma,
that « que » opens no reported clause."""

TRANSITIVE_INCISE_VERBS: frozenset[str] = _words("reprendre poursuivre continuer lancer glisser souffler lâcher enchaîner")
"""Verbs that report speech only as an incise right after quoted words: after words without quote marks
they are ordinary verbs with an object (« …, ont repris le travail »)."""
EMBEDDING_RELATIVES: frozenset[str] = _words("qui que qu' dont auquel auxquels auxquelles lequel laquelle lesquels lesquelles")
"""Relative pronouns that open a clause inside the sentence: a content reported in it ends with the clause."""

CLAUSE_CONJUNCTIONS: frozenset[str] = _words("et mais ou car donc or puis ni")

CONNECTIVES: tuple[str, ...] = (
    "par conséquent", "en conséquence", "de plus", "en outre", "par ailleurs", "de même", "en effet",
    "en revanche", "au contraire", "pourtant", "cependant", "toutefois", "néanmoins", "ainsi", "alors",
    "enfin", "d' ailleurs", "or", "mais", "et", "donc", "puis", "aussi", "également", "dès lors",
    "en somme", "en bref", "bref", "du reste", "quant à lui", "quant à elle", "de son côté", "de son côté aussi",
    "de leur côté", "pour sa part", "pour leur part", "pour sa défense", "pour leur défense", "certes", "surtout",
    "encore",
)
"""Narrator connectives left out at the start of a reported span (« Par conséquent, … »), as token sequences (an
elision is a token of its own: « d' ailleurs »)."""

TIME_WORDS: frozenset[str] = _words("lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi après-midi nuit soirée matinée "
    "journée jour jours semaine semaines mois année années an ans hier aujourd'hui demain veille lendemain "
    "dernier dernière derniers dernières prochain prochaine récemment heure heures fois plus tôt tard "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre week-end "
    "début fin mi-journée moment")
"""Words of time adverbials that may sit between a verb and its « que » or subject."""

TITLES_NORM: frozenset[str] = _words("m. mm. mme mmes mlle me mgr dr pr prof. sir lord")

SPEAKER_NOUNS: frozenset[str] = _words("""source sources expert experts experte analyste analystes spécialiste spécialistes témoin témoins
    responsable responsables porte-parole ministre ministres ministère président présidente présidence
    gouvernement autorités autorité police gendarmerie armée état-major parquet procureur procureure juge
    avocat avocate avocats syndicat syndicats association associations ong organisation organisations
    agence agences journal quotidien hebdomadaire média médias presse chaîne radio télévision site
    magazine tabloïd journaliste journalistes auteur auteurs auteure chercheur chercheurs chercheuse
    scientifique scientifiques économiste économistes entourage proche proches conseiller conseillère
    direction directeur directrice patron patronne dirigeant dirigeants dirigeante maire préfecture préfet
    mairie commission conseil cour tribunal office institut observatoire service services office
    diplomate diplomates diplomatie officiel officiels militaire militaires habitant habitants résident
    résidents élu élus élue député députée députés sénateur sénatrice opposition majorité parti
    administration ambassade kremlin élysée matignon onu otan ue secrétaire chef cheffe commandant
    enquêteur enquêteurs médecin médecins infirmière professeur professeure étude rapport sondage
    communiqué document bilan estimation estimations chiffres données statistiques prévisions
    calculs déclaration déclarations lettre courrier note témoignage témoignages récit décompte
    entreprise groupe société compagnie fédération collectif famille familles voisin voisins ami amis
    spécialiste observateurs observateur interlocuteur interlocuteurs fabricant constructeur opérateur
    banque fonds cabinet association fondation pompiers secours gendarmes policiers soldats sauveteurs
    militants syndicalistes salariés employés ouvriers agriculteurs élus parents victimes familles
    proches riverains sondage sondages organisateurs organisateur ong onu otan fbi cia police
    justice défense médecin accusation parquet instruction enquête enquêtes partie""")
"""Head nouns that can name a source after « selon » / « d'après » (« selon la police »)."""

SORTING_STEMS: tuple[str, ...] = ("classé", "classe", "classi", "trié", "trie", "répart", "ventil", "vari", "rangé", "regroup",
                                  "catégoris")
"""Stems of verbs after which « selon » means « by » (« classés selon la source », « varie selon le patient »)."""

NOT_SOURCES: frozenset[str] = _words("""mesures mesure règles règle loi lois modalités conditions termes principe procédure procédures
    critères normes norme calendrier plan plans accord traité contrat modèle scénario cas besoin
    besoins saison région pays endroit type taille niveau secteur secteurs heure heures valeur valeurs
    couleur couleurs horaire horaires salaire salaires montant montants moment moments parcours
    dictionnaire formulaire questionnaire itinéraire territoire territoires pourcentage revenus revenu
    événement événements argument arguments document documents département départements segment
    segments élément éléments instrument instruments statut statuts contexte cas régions tradition usage
    usages méthode méthodes formule formules principe principes âge âges moyens circonstances hypothèse
    hypothèses rang taille tailles durée zone zones lieu lieux pays sexe jour jours époque époques
    vraisemblance probabilité apparence apparences habitude habitudes recette recettes rythme goût goûts
    instant instants heure moment occasion fois part ailleurs coup
    convenance disponibilité disponibilités barème barèmes échéancier protocole protocoles schéma
    lui-même elle-même""")
"""Nouns after « selon » that mean « according to (a rule) », not a speaker."""

OWNER_POSSESSIVES: tuple[str, ...] = ("ses", "leurs", "son", "leur")
"""Third-person possessives of an attribution to one's own view or words (« à ses yeux », « selon leurs dires »)."""

SELON_PREPOSITIONS: dict[str, str] = {
    "selon": "source", "d' après": "source", "à en croire": "source", "a en croire": "source",
    "pour": "viewpoint",
    **{f"{a} {owner} {view}": "own view" for a in ("à", "a") for owner in OWNER_POSSESSIVES for view in ("yeux", "avis")},
    **{f"{lead} {owner} {words}": "own view" for lead in ("selon", "d' après") for owner in OWNER_POSSESSIVES
       for words in ("dires", "propos", "termes", "mots", "déclarations", "explications", "informations")},
    **{f"aux {view} {de}": "of" for view in ("yeux", "dires") for de in ("de", "d'", "du", "des")},
    **{f"de l' avis {de}": "of" for de in ("de", "d'", "du", "des")},
    **{f"de l' aveu {de}": "of" for de in ("de", "d'", "du", "des")},
    "dixit": "source", "de même source": "same source", "de source": "source",
}
"""The phrases of a « selon » attribution, as token sequences (« d'après » is « d' » + « après ») → how the
source follows: ``source`` (« selon X », « d'après X », « à en croire X »), ``viewpoint`` (« pour X, … »:
fronted or between commas, and followed by a comma), ``own view`` (« à ses yeux », « à leur avis »: the
possessor is the source), ``of`` (« aux yeux de X », « de l'avis des experts »: « du », « des » belong to
the source), ``same source`` (« De même source, … »: the source just quoted). ``analysis.quotes.selon`` reads
this table; « a » stands for a mistyped « à »."""

SHARE_NUMBER_WORDS: frozenset[str] = _words("deux trois quatre cinq six sept huit neuf dix vingt cent mille")
"""Number words of a share (« huit Français sur dix »). Not :data:`analysis.fr.speaker_words.CARDINAL_WORDS`, the
longer folded list of numbers a speaker mention may open with."""

PRESENTATIVES: frozenset[str] = _words("voilà voici")
"""Presentatives after a quotation that introduce its speaker (« « … », voilà comment X le qualifie »)."""

COMPARATIVES: frozenset[str] = _words("plus moins autant davantage mieux pire")
"""Words before a « que » of comparison after a verb (« en a dit plus que bien des reportages »): no reported clause."""

COUNT_APPROXIMATORS: frozenset[str] = _words("près de d' environ plus moins au quelque quelques")
"""Words before a number in a count (« près de 290 000 », « plus de 2000 », « au moins 300 »)."""

QUANTIFIER_SOURCES: frozenset[str] = _words("beaucoup certains certaines plusieurs d'aucuns nombre")
"""Pronouns of quantity that can hold a view after « selon » / « aux yeux de » (« aux yeux de beaucoup »)."""

SELON_PRONOUNS: frozenset[str] = _words("lui elle eux elles moi nous vous")

NEWS_VERBS_EXCLUDED: frozenset[str] = _words("""penser croire savoir espérer souhaiter craindre redouter vouloir imaginer supposer""")
"""Mental-state verbs: never cues on their own (« Kiev craint que … » is not a quotation); the data file may
give one a frame for quoted words only (« a souhaité des « mobilisations pacifiques » »)."""

FRAMING: tuple[str, ...] = (
    "au lendemain", "à la veille", "lors", "alors que", "alors qu'", "tandis que", "tandis qu'", "au cours",
    "à l' issue", "en marge", "à l' occasion", "peu après", "peu avant", "dans un communiqué", "dans une interview",
    "dans un entretien", "dans une déclaration", "dans un message", "dans une lettre", "dans un discours",
    "dans une vidéo", "dans un tweet", "dans une tribune", "dans un courriel", "dans un document",
    "devant les journalistes", "devant la presse", "face à la presse", "face aux journalistes", "cité par",
    "citée par", "cités par", "citées par", "sur son compte", "sur les réseaux sociaux", "avant de", "avant d'",
    "après avoir", "tout en",
)
"""Phrases after a reported content that describe the speech event, not what was said."""

DAY_WORDS: frozenset[str] = _words(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi nuit hier aujourd'hui demain soirée matinée"
)
"""Time words that end a noun phrase: « a martelé Bruno Lefort | dimanche soir »."""

STANCE_ADJECTIVES: frozenset[str] = _words("""prêt prête prêts prêtes conscient consciente conscients conscientes favorable favorables opposé opposée opposés
    opposées disposé disposée disposés disposées hostile hostiles ouvert ouverte ouverts ouvertes confiant confiante
    confiants confiantes convaincu convaincue convaincus convaincues certain certaine certains certaines sûr sûre sûrs
    sûres résolu résolue résolus résolues déterminé déterminée déterminés déterminées décidé décidée décidés
    décidées satisfait satisfaite satisfaits satisfaites inquiet inquiète inquiets inquiètes optimiste optimistes
    pessimiste pessimistes""")
"""Adjectives that state a position after « se dire » / « se déclarer » (« s'est dit prêt à négocier »)."""

NAMING_WORDS: frozenset[str] = _words("""baptisé baptisée baptisés baptisées surnommé surnommée surnommés surnommées
    intitulé intitulée intitulés intitulées nommé nommée nommés nommées dénommé dénommée dénommés dénommées
    titré titrée titrés titrées""")
"""Participles that give a name: the quoted words after them name something (« une plateforme baptisée
« Agora » »), nobody says them."""

BENEFICIARY_NOUNS: frozenset[str] = _words("""homme hommes femme femmes enfant enfants famille familles jeune jeunes
    adolescent adolescents adolescente adolescentes patient patients patiente patientes malade malades ménage ménages
    consommateur consommateurs usager usagers voyageur voyageurs touriste touristes client clients clientes
    locataire locataires élève élèves étudiant étudiants étudiante étudiantes bébé bébés nourrisson nourrissons""")
"""After « Pour », people a measure is for rather than people with a view: « Pour les familles, la hausse
représente 45 euros par an »."""

PROPER_NAME_PARTICLES: frozenset[str] = frozenset(["de", "du", "des", "d'", "von", "van", "der", "den", "al", "el", "ben", "bin", "da",
                                          "di", "dos", "do", "la", "le", "y"])
"""Lower-case words inside a proper name in a noun phrase (« Ursula von der Leyen », « Ibn al Hussein »): the
quotation rules' short list; :data:`analysis.fr.speaker_words.PERSON_NAME_PARTICLES` is the longer folded one
speaker resolution reads inside personal names."""

INSTITUTION_NOUNS: frozenset[str] = frozenset({
    "entourage", "ministère", "mairie", "préfecture", "gouvernement", "présidence", "parquet", "état-major", "sein",
    "ambassade", "direction", "rectorat", "commission"})
"""Nouns of a place of power that a source speaks from: « assure-t-on à l'Élysée », « une source au ministère de
l'Intérieur », « une source au sein du gouvernement »."""

SOURCE_NOUNS: frozenset[str] = frozenset({"source", "sources"})
"""Heads of an unnamed source that a complement in « à » places (« une source à la préfecture »)."""

A_FORMS: frozenset[str] = frozenset({"à", "au", "aux"})
"""« à » and its contractions with the article."""

ANTECEDENT_RELATIVES: frozenset[str] = frozenset({"qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})
"""Relative pronouns whose antecedent is the noun phrase just before (« X, qui dirige Y, a dit »)."""

DEMONSTRATIVE_PRONOUNS: frozenset[str] = frozenset({"celui", "celle", "ceux", "celles"})
"""Demonstrative pronouns that head a mention with their relative clause (« celle qui tient le café »)."""


# --- small sets and endings single rules of analysis.quotes test against (one home each, named for their use) ---

CLAUSE_RELATIVES: frozenset[str] = frozenset({"qui", "que", "qu'", "dont"})
"""« qui », « que », « dont »: relatives that open a clause about a noun."""

ADVERBS_BEFORE_INFINITIVE: frozenset[str] = frozenset({"tout", "rien", "bien", "mieux", "davantage"})
"""Words between a verb and its infinitive (« a tout fait », « a bien voulu »)."""

INFINITIVE_PREPOSITIONS: frozenset[str] = frozenset({"à", "de", "d'"})
"""« à », « de »: prepositions that introduce an infinitive complement."""

TARGET_PREPOSITIONS: frozenset[str] = frozenset({"sur", "contre"})
"""« sur », « contre »: prepositions that give a statement its topic or target (« a mis en garde contre … »)."""

DE_BEFORE_QUOTE: frozenset[str] = grammar.DE_FORMS_FULL

PREVERBAL_CLITICS: frozenset[str] = frozenset({"ne", "n'", "l'", "le", "la", "les", "lui", "leur", "y", "en", "se", "s'"})
"""Clitics that may stand between a subject and its verb (« ne le lui a pas dit »), skipped to reach the verb."""

INFINITIVE_CLITICS: frozenset[str] = frozenset({"y", "en", "le", "la", "les", "l'"})
"""Clitics before an infinitive (« y », « en », « le »)."""

APPOSED_RELATIVES: frozenset[str] = frozenset({"qui", "dont"})
"""« qui », « dont »: relatives that open a clause about the noun phrase just before."""

VERB_COMPLEMENT_OPENERS: frozenset[str] = frozenset({"à", "de", "d'", "que", "qu'"})
"""« à », « de », « que »: words that open a verb's complement."""

CONJUNCTIONS: frozenset[str] = frozenset({"et", "mais", "puis", "ou"})
"""« et », « mais », « ou », « puis »: coordinating conjunctions between two verbs or clauses."""

CLOCK_WORDS: frozenset[str] = frozenset({"à", "h", "vers"})
"""« à », « h », « vers »: words of a clock time (« vers 10 h »)."""

PREDICATE_LINKS: frozenset[str] = frozenset({"et", "mais", "puis"})
"""« et », « mais », « puis »: conjunctions that open a second predicate of the same subject."""

A_DE_FORMS: frozenset[str] = frozenset({"à", "au", "aux", "de", "d'", "du", "des"})
"""« à » and « de » with their contractions: the prepositions of a verb's indirect object."""

SE_FORMS: frozenset[str] = frozenset({"se", "s'"})
"""« se » and its elided form: the third-person reflexive of a pronominal verb."""

CLAUSE_OR_NEGATION: frozenset[str] = frozenset({"que", "qu'", "qui", "dont", "ne", "n'"})
"""Relatives, « que » and « ne »: a word in their place is no subject of a clause of its own."""

ANT_NON_PARTICIPLES: frozenset[str] = frozenset({"avant", "pendant", "durant", "cependant", "maintenant", "suivant"})
"""Words in « -ant » that are not present participles (« avant », « pendant », « cependant »)."""

CONTENT_RELATIVES: frozenset[str] = frozenset({"que", "qu'", "qui", "dont", "où", "lequel", "laquelle"})
"""Relatives and « que »: a reported content stops before them."""

CLAUSE_LINKS: frozenset[str] = frozenset({"et", "mais", "or"})
"""« et », « mais », « or »: conjunctions that open a new clause."""

ETRE_PRESENT_3: frozenset[str] = frozenset({"est", "sont"})
"""« est », « sont »: the third-person present of « être », a copula or an auxiliary."""

AUXILIARY_INFINITIVES: frozenset[str] = frozenset({"avoir", "être"})
"""« avoir », « être »: the infinitives of the two auxiliaries."""

ET_MAIS: frozenset[str] = frozenset({"et", "mais"})
"""« et », « mais »: coordinators after which a new clause may start."""

YEAR_NOUNS: frozenset[str] = grammar.AGE_NOUNS

CHEF_NOUNS: frozenset[str] = frozenset({"chef", "chefs"})
"""« chef », « chefs »: the head noun of a title (« chef de l'État »)."""

DITE_FORMS: frozenset[str] = frozenset({"dite", "dites"})
"""« dite », « dites »: feminine forms of « dit », which name something (« la loi dite « … » »)."""

PREPOSITIONS_BEFORE_VERBS: frozenset[str] = frozenset({"en", "comme"})
"""« en », « comme »: prepositions a verb form may follow (« comme prévenait l'agence »): no noun use."""

NARRATIVE_INFINITIVE_LEADS: frozenset[str] = frozenset({"et", "avant", "puis", "après"})
"""Words before « de » + infinitive in a narrative infinitive (« et de préciser », « avant de conclure »)."""

DIT_FORMS: frozenset[str] = frozenset({"dit", "dits"})
"""« dit », « dits »: masculine forms of « dit », a participle or a naming word."""

ADVERBIAL_CLITICS: frozenset[str] = frozenset({"en", "y"})
"""« en », « y »: adverbial clitics that may stand before a verb."""

A_FORMS_AND_ET: frozenset[str] = frozenset({"à", "au", "aux", "et"})
"""« à » with its contractions, and « et »: words that carry a phrase on after quoted words."""

CLITIC_LEADS: frozenset[str] = frozenset({"ne", "n'", "comme"})
"""« ne », « comme »: a « le », « la » after them is an object clitic (« ne le dit pas », « comme le résumait X »)."""

PRESENTATIVE_FOLLOWERS: frozenset[str] = frozenset({"comment", "ce", "pourquoi", "ainsi"})
"""Words after a presentative that introduce a speaker (« voilà comment », « voilà ce que »)."""

MASCULINE_OBJECT_CLITICS: frozenset[str] = frozenset({"l'", "le"})
"""« le » and its elided form: the object pronoun of « comme l'a rappelé X »."""

CONJUNCTIONS_AND_AVOIR: frozenset[str] = frozenset({"et", "puis", "mais", "ou", "a", "ont", "avait", "avaient"})
"""Conjunctions and « avoir » forms: a past participle after one is a verb, not an apposition."""

MEDIUM_PREPOSITIONS: frozenset[str] = frozenset({"sur", "dans"})
"""« sur », « dans »: prepositions of the medium something is read in (« on lit sur X »)."""

AVOIR_COMPOUND_3: frozenset[str] = frozenset({"a", "ont", "avait", "avaient", "aura", "auront"})
"""Third-person forms of « avoir » as the auxiliary of a compound tense."""

IL_FORMS: frozenset[str] = frozenset({"il", "ils"})
"""« il », « ils »: masculine subject pronouns, which elide « si » to « s' »."""

NOUS_VOUS: frozenset[str] = frozenset({"nous", "vous"})
"""« nous », « vous »: pronouns that are subjects or clitics (first and second person plural)."""

PRONOUNS_AFTER_DE: frozenset[str] = frozenset({"ceux", "celles", "celui", "celle", "tous", "toutes"})
"""Pronouns after « de » that head a group (« de ceux qui »)."""

COORDINATORS: frozenset[str] = frozenset({"et", "ou"})
"""« et », « ou »: conjunctions that join two noun phrases."""

SE_EN: frozenset[str] = frozenset({"se", "s'", "en"})
"""« se », « en »: clitics before a present participle that opens a clause (« se refusant », « en citant »)."""

DU_DES: frozenset[str] = grammar.CONTRACTED_DE

QUE_QUI: frozenset[str] = frozenset({"qui", "qu'", "que"})
"""« qui », « que »: relatives that open a clause about the noun phrase before them."""

AUXILIARY_PRESENT_3: frozenset[str] = frozenset({"a", "est", "ont", "sont"})
"""« a », « ont », « est », « sont »: third-person present auxiliaries, which a finite verb may follow."""

IRREGULAR_PLURAL_1_2: frozenset[str] = frozenset({"sommes", "êtes", "dites", "faites"})
"""Irregular first- and second-person plural verb forms (« sommes », « dites »)."""

LEADING_CONNECTORS: frozenset[str] = frozenset({"et", "mais", "puis", "or", "ainsi", "alors", "enfin"})
"""Connectors before a subject noun phrase that are no part of it (« Et la ministre … », « Alors X … »)."""

TOUS_FORMS: frozenset[str] = frozenset({"tous", "toutes"})
"""« tous », « toutes »: plural « tout », before a pronoun (« tous ceux qui »)."""

FEMININE_DEFINITE: frozenset[str] = grammar.FEMININE_DEFINITE

SPEAKER_STRESSED_PRONOUNS: frozenset[str] = frozenset({"lui", "eux", "elle", "elles", "moi"})
"""Stressed pronouns that stand for a speaker (« lui », « eux », « moi »)."""

SOURCE_PREPOSITIONS: frozenset[str] = frozenset({"de", "d'", "auprès", "selon", "du", "des", "via"})
"""Prepositions before a source after a verb (« a appris de X », « auprès de X », « on apprend via X »)."""

SOURCE_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux", "dans", "chez"})
"""Prepositions of a place a source speaks from (« au ministère », « chez X »)."""

NON_NOMINAL_ELISIONS: frozenset[str] = frozenset({"qu'", "s'", "n'", "j'", "m'", "t'", "c'", "jusqu'", "lorsqu'", "puisqu'"})
"""Elided words that open no noun phrase (« qu' », « s' », « lorsqu' »), unlike « l' » or « d' »."""

NEGATION_ADVERBS: frozenset[str] = frozenset({"pas", "plus"})
"""« pas », « plus »: adverbs of a negation, not skipped as ordinary adverbs before a passive participle."""

SELON_FOLLOWERS: frozenset[str] = frozenset({"à", "au", "aux", "en", "de", "du", "des", "d'"})
"""Prepositions right after a strict « selon » source: the source phrase goes on, so it is no attribution."""

NOUN_COMPLEMENT_LINKS: frozenset[str] = frozenset({"des", "du", "de", "d'", "aux"})
"""Words that open a noun complement (« … des conjonctures économiques »): a word after them is a noun."""

SOURCE_REPEAT_ADVERBS: frozenset[str] = frozenset({"toujours", "encore", "également", "aussi", "notamment"})
"""Adverbs of the attribution, not of the content, right before a final « selon » (« …, toujours selon X »)."""

AGENT_OR_OBJECT_LINKS: frozenset[str] = frozenset({"par", "de", "d'", "du", "des"})
"""« par », « de »: after a participle the agent or object that makes it a clause (« accusé de … », « interrogé par … »)."""

SCOPE_ENDING_OPENERS: tuple[str, ...] = (
    "mais", "tandis que", "tandis qu'", "auxquels", "auxquelles", "auquel", "à laquelle",
)
"""Openers of the narrator's own clause right after a mid-sentence « …, selon X, »: the proposition in the scope
of the attribution ended before the phrase (« 8 % des voix, selon un sondage, mais sur laquelle … », « …, selon la
préfecture, auxquels s'ajoutent … »)."""

SELON_NOT_SOURCES: frozenset[str] = frozenset({"que", "qu'", "laquelle", "lequel", "lesquels", "lesquelles", "toute", "tout", "moi"})
"""Words after « selon » that make it no attribution (« selon que », « selon laquelle », « selon toute … »)."""

NE_SE: frozenset[str] = frozenset({"ne", "n'", "se", "s'"})
"""« ne », « se »: clitics that open a verb group, so what comes before is its subject."""

VERB_GROUP_CLITICS: frozenset[str] = frozenset({"ne", "n'", "se", "s'", "y", "en"})
"""Clitics that open a verb group (« ne », « se », « y », « en »)."""

COUNT_LINKS: frozenset[str] = frozenset({"et", "contre"})
"""« et », « contre »: words that pair two counts, each with its source (« 800 selon la police et 2600 selon X »)."""

SELON_LEADS: frozenset[str] = frozenset({"selon", "d'", "pour", "à", "a", "aux", "de", "dixit"})
"""First tokens of the « selon » phrases (« selon », « d'après », « à en croire », « pour », « dixit »)."""

INFINITIVES_OF_COMMON_VERBS: frozenset[str] = frozenset({"avoir", "être", "faire", "dire"})
"""Infinitives read as such whatever the tagger says: « avoir », « être », « faire », « dire »."""

ADVERBS_IN_VERB_GROUP: frozenset[str] = frozenset({
    "également", "aussi", "encore", "déjà", "toujours", "notamment", "ensuite", "alors", "ainsi", "pourtant", "même",
    "bien", "souvent", "longtemps", "clairement", "publiquement", "explicitement", "récemment", "volontiers",
    "immédiatement", "aussitôt", "vite", "simplement", "seulement", "plutôt", "beaucoup", "très", "fermement",
    "vivement", "fortement", "officiellement", "finalement", "d'abord", "enfin", "dernièrement", "hier",
    "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "mal", "sobrement",
    "régulièrement"})
"""Adverbs (and days) the tagger may miss that stand inside a verb group (« a également déclaré », « avait hier
affirmé »): read over between an auxiliary and its participle (besides any word in -ment)."""

MULTIWORD_ADVERBS: tuple[str, ...] = (
    "au contraire", "de nouveau", "à nouveau", "en effet", "par ailleurs", "pour sa part", "pour leur part",
    "de son côté", "de leur côté", "lui aussi", "elle aussi", "eux aussi", "à son tour", "tout de suite",
    "en outre", "quant à lui", "quant à elle", "de plus", "en revanche", "d' abord", "plus tard", "plus tôt",
    "une nouvelle fois", "à plusieurs reprises", "à maintes reprises", "par la suite", "en substance",
    "pour l' instant", "jusqu' ici", "à juste titre", "sans détour", "sans ambages", "à demi-mot",
)
"""Adverbial phrases (words split on spaces) that stand inside a verb group (« a de son côté estimé », « a à
nouveau dénoncé »); the quotation rules add the multiword :data:`analysis.fr.grammar.SENTENCE_CONNECTORS`."""

NAMING_ARTICLES: frozenset[str] = frozenset({"le", "la", "l'", "les", "un", "une", "du", "au", "aux"})
"""Articles of a quoted noun phrase that names a thing rather than carries a speaker's words over."""

OPENING_COORDINATORS: frozenset[str] = frozenset({"et", "mais", "or", "donc", "puis"})
"""Connectives that open the reported content without a comma after them (« et », « mais » …)."""

INTERVIEW_WORDS: tuple[str, ...] = ("question", "entretien", "interview", "répond", "interrogé", "confié", "confie",
                                    "entrevue")
"""Words (looked for inside the lower-case text) of a paragraph that announces an interview (« a répondu à nos
questions », « entretien »): the dash paragraphs after its questions are answers."""

PERCEPTION_FORMS: frozenset[str] = frozenset({"entendre", "entendu", "entendue", "entendus", "entendues", "entend",
                                              "entendait", "écouter", "écouté", "vu", "vue", "voir"})
"""Forms of the verbs of hearing and seeing (« affirme avoir entendu le contremaître dire : « … » »): the quoted
words after them are those of the person heard."""

LIST_SEPARATOR_WORDS: frozenset[str] = frozenset({"et", "ou", "encore"})
"""Words (besides commas, semicolons and slashes) between two quotations of one list (« « a », « b » ou encore
« c » »)."""

LIST_INTRODUCERS: tuple[str, ...] = ("telles que", "tels que", "telle que", "tel que", "comme")
"""Phrases (words split on spaces) right before a list of quotations (« des consignes telles que « … », « … » »):
the list is the object of the clause before, like after a colon."""

DETACHED_PRONOUNS: frozenset[str] = frozenset({"lui", "elle", "eux", "elles", "lui-même", "elle-même", "eux-mêmes",
                                               "elles-mêmes", "aussi", "non", "plus"})
"""Stressed pronouns (and the « aussi », « non », « plus » that follow them) set between commas after a subject
(« Les syndicats, eux, jugent … »): the subject is the noun phrase before them."""

PRONOUN_MENTIONS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "on", "je", "nous", "vous"})
"""Subject pronouns that can be a whole speaker mention (« a-t-il dit », « estime-t-on »)."""

PRONOUN_HEADS: frozenset[str] = SUBJECT_PRONOUNS | grammar.PARTITIVE_PRONOUNS | frozenset(
    {"lui", "moi", "toi", "celui", "celle", "ceux", "celles", "celui-ci", "celle-ci", "ceux-ci", "celles-ci",
     "lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "certains", "certaines", "plusieurs", "d'autres",
     "chacun", "chacune", "tous", "toutes", "beaucoup", "quelques-uns", "quelques-unes", "deux", "trois", "quatre",
     "cinq", "six", "sept", "huit", "neuf", "dix"})
"""Pronouns that head a mention on their own (« il », « celle qui … », « certains », « l'un d'eux »)."""

PRE_HEAD_WORDS: frozenset[str] = frozenset({
    "même", "dernier", "dernière", "derniers", "dernières", "premier", "première", "premiers", "premières", "seul",
    "seule", "autre", "autres", "nouveau", "nouvelle", "ancien", "ancienne", "récent", "récente", "grand", "grande",
    "haut", "haute", "principal", "principale", "plusieurs", "certains", "certaines", "nombreux", "nombreuses"})
"""Adjectives and quantifiers between a determiner and the head noun of a « selon » source (« selon la même
source », « selon plusieurs responsables »): read over to reach the head."""

AUTHORING_STEMS: tuple[str, ...] = ("publi", "diffus", "réalis", "men", "adress", "envoy", "sign", "rédig", "post", "transmi",
                                     "fourni", "communiqu", "établi", "dévoil")
"""Stems of the participles that name a document's author before « par » (« publiés par », « réalisée par »),
read with ``str.startswith``: the author is the source, not a relay."""

JUDGING_VERB_FORMS: frozenset[str] = frozenset({
    "est", "sont", "était", "étaient", "serait", "seraient", "sera", "seront", "reste", "restent", "semble",
    "semblent", "paraît", "faut", "faudrait", "faudra", "doit", "doivent", "devrait", "devraient", "pourrait",
    "pourraient", "c'est", "s'agit", "mérite", "méritent", "vaut"})
"""Copulas, modals and verbs of judgement: a content with one judges or predicts (« selon X, la réforme est
injuste ») rather than reports what happens to someone."""

NOT_INFINITIVES: frozenset[str] = frozenset(fold(r["word"], accents=True) for r in read_rows("not_infinitives.csv"))
"""Words shaped like an infinitive that are not one for the quotation rules (``not_infinitives.csv``: « le
ministre », « premier », « octobre »): no infinitive complement starts on them, whatever the tagger says."""

ETE_NOUN_LEADS: frozenset[str] = frozenset({"l'", "cet", "d'", "en", "un", "son", "chaque", "tout"})
"""Words after which « été » is the season, not the participle of « être » (« l'été », « cet été », « en été »)."""

LAUNCHING_VERBS: frozenset[str] = _words("lancer")
"""Verbs whose noun object is usually a thing set going (« a lancé le « grand débat » », « a lancé une
pétition »): the object reports words only when it is quoted from its first word or names an utterance
(:data:`SPEECH_ACT_NOUNS`: « a lancé un appel à la « responsabilité » »)."""

SPEECH_ACT_NOUNS: frozenset[str] = _words("""appel appels avertissement avertissements message messages cri cris slogan
slogans ultimatum ultimatums accusation accusations pique piques formule formules défi défis invitation invitations
menace menaces plaidoyer réquisitoire mot mots phrase phrases boutade boutades question questions proposition
propositions idée idées alerte alertes attaque attaques critique critiques injonction injonctions mise""")
"""Nouns that name a speech act (a call, a warning, a question …): after a launching verb they make its object
a report of words (:data:`UTTERANCE_NOUNS` is the narrower set of words once said, recalled before a colon)."""

COPULA_FORMS: frozenset[str] = _words("""est sont était étaient sera seront reste restent restait restaient semble
semblent semblait semblaient devient deviennent devenait demeure demeurent paraît paraissent paraissait""")
"""Third-person forms of the copulas: after « « … », » they link an attribute (« reste l'essentiel »), they
introduce nobody's words."""
