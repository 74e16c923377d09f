"""Roles and descriptions without a name: which entity « le ministre », « la quadragénaire » or
« des experts » stands for.

:func:`bind_role` tries, in order: the outlet itself (« selon nos informations »); a named person the
article gives that role, or already called so (:func:`analysis.speakers.roles.role_fit`); the person
an office nobody holds points at (:func:`analysis.speakers.roles.office_holder`); the person named
shortly before whom a description fits (:func:`epithet`, « le marin », « l'actrice »); someone
introduced before whom a definite or demonstrative description points back at (:func:`description`,
« l'ancienne ministre », « cette enseignante »). Otherwise the mention is an unnamed source, kept as
written. ``Article.bound`` records which of these bound each mention (:data:`analysis.speakers.entity.BINDINGS`).
"""

from __future__ import annotations

from analysis.fr.mention_words import FORMER
from analysis.fr.speaker_words import (
    AGENT_SUFFIXES,
    ANONYMOUS_HEADS,
    BACK_DETERMINERS,
    DESCRIPTION_GENDER_DETERMINERS,
    DESCRIPTION_WINDOW,
    FEMININE_AGENT_SUFFIXES,
    FUNCTION_HEADS,
    GRAMMATICAL_GENDER_NOUNS,
    INDEFINITE_DETERMINERS,
    INTRODUCING,
    JUDICIAL_HEADS,
    KINSHIP,
    LINK_WORDS,
    MANDATES,
    NEUTRAL_HEADS,
    NEWSROOM,
    PARTY_ROLES,
    PLAIN_PERSON_NOUNS,
    POSSESSIVES,
    RELATIONAL_NOUNS,
    SINGULAR_DEMONSTRATIVES,
)
from analysis.fr.text import fold
from analysis.speakers.context import Article
from analysis.speakers.entity import Entity
from analysis.speakers.labels import as_written
from analysis.speakers.lexicon import body_kinds
from analysis.speakers.phrases import Mention
from analysis.speakers.roles import (
    alts,
    epithet_fit,
    epithet_repeat,
    former_gender,
    fuller_repeat,
    gender_of_role,
    is_lawyer,
    lede_speaker,
    office_compatible,
    office_holder,
    role_fit,
    shared_acronym,
    titled_lawyer,
)

EPITHET_WINDOW = 2
"""A description (« le marin ») stands for someone named in its paragraph or at most this many before."""
LAST_NAMED_WINDOW = 4
"""A description whose gender the text gives may stand for the person named last, this many paragraphs back."""
LEDE_PARAGRAPHS = 1
"""The headline and lede (paragraphs 0 and 1) may name an office before the person who holds it."""
ROLE_WINDOW = 100
"""A role the article gives a named person (« la ministre de la Mer, X ») is theirs at most this many
paragraphs before or after: a news article is shorter than that, a 5 MB transcript or a book that
reports on many stories is not one story (and the search stays as long as the window, not the text)."""


def bind_role(ctx: Article, m: Mention) -> Entity:
    """The entity of ``m``, a mention with a role and no name (see the module docstring)."""
    role = m.role
    if role.head in GRAMMATICAL_GENDER_NOUNS:
        m.gender = ""  # « la victime » is no evidence that a woman is meant
    if not m.gender and former_gender(role):
        m.gender = former_gender(role)  # « l'ancien ministre » is a man, « l'ancienne ministre » a woman
    newsroom = NEWSROOM.get(fold(m.text).strip())
    if newsroom:  # « selon nos informations »: the outlet writing the article
        return _bound(ctx, m, "newsroom", _newsroom(ctx, m, newsroom))
    indefinite = m.det in INDEFINITE_DETERMINERS or m.kind == "unnamed source"
    inside = _named_inside(ctx, m)
    if inside is not None:  # « le porte-parole du gouvernement Benjamin X », its name read as the body's
        inside.mentions.append(m)
        inside.bound_roles.append(role)
        return _bound(ctx, m, "role fit", inside)
    if role.head in ANONYMOUS_HEADS:  # « notre source »: nobody the article names
        return _bound(ctx, m, "unnamed source", _unnamed(ctx, m, indefinite=indefinite))
    if not indefinite:
        holder = _role_holder(ctx, m)
        if holder is not None:
            return _bound(ctx, m, "role fit", holder)
    if not indefinite and m.number == "s" and role.office and m.det not in POSSESSIVES:
        # (« son porte-parole adjoint » is the office of its owner, named after it later: labels.possessors)
        holder = office_holder(ctx, m, role)
        if holder is not None:  # « Le ministre de l'Agriculture » right after « Bernard Quilliec a reçu … »
            holder.mentions.append(m)
            holder.epithets.append(role)  # inferred, not given: it binds the same wording again, not a fuller one
            holder.bound_roles.append(role)
            gender_of_role(holder, m)
            return _bound(ctx, m, "office holder", holder)
    # a description (« le marin », « la quadragénaire »), or an elected office named by its place
    # (« l'élue de Tours »), may stand for someone named just before
    described = role.office is False and (not role.complement or role.place and role.head in MANDATES)
    if not indefinite and m.number == "s" and described and role.head not in KINSHIP:
        person = epithet(ctx, m)
        if person is not None:
            person.mentions.append(m)
            person.epithets.append(role)  # « le prévenu » later in the article is the same person
            gender_of_role(person, m)
            return _bound(ctx, m, "epithet", person)
    if not indefinite and m.number == "s" and m.det in BACK_DETERMINERS and role.head not in KINSHIP:
        back = description(ctx, m)
        if back is not None:  # « l'ancienne ministre », « cette enseignante de 52 ans »: someone introduced before
            back.mentions.append(m)
            back.epithets.append(role)
            if back.names:
                gender_of_role(back, m)
            return _bound(ctx, m, "description", back)
    if not indefinite and m.number == "s" and m.speaks and m.det in BACK_DETERMINERS and _names_again(m):
        current = current_speaker(ctx, m)
        if current is not None:  # « …, souligne ce vétéran », « …, explique le rappeur »: who just spoke
            current.mentions.append(m)
            current.epithets.append(role)
            gender_of_role(current, m)
            return _bound(ctx, m, "current speaker", current)
    if not indefinite and m.number == "s" and role.office and m.det in BACK_DETERMINERS:
        lede = lede_speaker(ctx, m, role)
        if lede is not None:  # « le premier ministre » ten paragraphs after « Édouard Philippe a annoncé »
            lede.mentions.append(m)
            lede.epithets.append(role)
            lede.bound_roles.append(role)
            gender_of_role(lede, m)
            return _bound(ctx, m, "lede speaker", lede)
    return _bound(ctx, m, "unnamed source", _unnamed(ctx, m, indefinite=indefinite))


def _named_in_role(words: list[str]) -> list[str]:
    """The last two words of a role's text when both are capitalised (« … du gouvernement Benjamin Roux »)."""
    tail = words[-2:]
    if len(words) < 4 or not all(w[:1].isupper() for w in tail) or not words[-3][:1].islower() \
            or fold(words[-3]) in LINK_WORDS:
        return []  # (« du CHU de Tizi Ouzou »: a place after « de », no name right after a noun)
    return tail


def _named_inside(ctx: Article, m: Mention) -> Entity | None:
    """The one person the article names elsewhere with the two capitalised words that end ``m``'s role (a
    reader took « Benjamin Roux » in « le porte-parole du gouvernement Benjamin Roux » for the government's
    name); None when no such person, or several."""
    words = m.role.text.split()
    tail = _named_in_role(words)
    if not tail or fold(words[0]) in RELATIONAL_NOUNS:
        return None  # (« l'entourage du Premier ministre X » is X's circle)
    first, last = fold(tail[0]), fold(tail[1])
    found = [e for e in (ctx.entities.get(k) for k in sorted(ctx.name_index.with_word(last)))
             if e is not None and e.names and len(e.words) >= 2 and e.words[-1] == last and e.words[0] == first
             and ctx.personlike(e)]
    return found[0] if len(found) == 1 else None


def _bound(ctx: Article, m: Mention, step: str, e: Entity) -> Entity:
    ctx.bound[id(m)] = step
    return e


def _newsroom(ctx: Article, m: Mention, label: str) -> Entity:
    """The outlet writing the article, one entity however often it cites « nos informations »."""
    e = ctx.source(("newsroom",))
    if e is None:
        e = ctx.new(label=label, source_key=("newsroom",))
        e.kind_votes.append("media")
    e.mentions.append(m)
    return e


def _role_holder(ctx: Article, m: Mention) -> Entity | None:
    """The named person the article gives ``m``'s role (or already called so), best fit first, then the
    one named last before it (or first after it)."""
    role = m.role
    best: list[tuple[int, Entity]] = []
    given = False  # did a role the article gives someone fit (not only a description bound before)?
    for e in ctx.holding(role, m.para - ROLE_WINDOW, m.para + ROLE_WINDOW):
        if not e.names:
            continue
        score = role_fit(role, e.role_forms())
        given = given or score is not None
        if score is None:  # « le prévenu » again, « le ministre » after « le ministre de l'Agriculture »:
            score = epithet_repeat(role, e.role_forms(roles=False, epithets=True))  # the person already called so
        if score is None and not any(r.head == role.head for r in e.role_forms()):
            score = fuller_repeat(role, e.role_forms(roles=False, epithets=True))
        if score is None:
            score = shared_acronym(role, e.role_forms(epithets=True))
        if score is None:
            continue
        hint = e.gender_hint()
        gender = m.gender or former_gender(role)  # « l'ancien ministre » is a man
        if gender and hint and hint != gender:
            continue
        best.append((score, e))
    if not best:
        return None
    top = max(s for s, _ in best)
    pool = [e for s, e in best if s == top]
    if m.para > LEDE_PARAGRAPHS and not any(e.mentions.last_start_before(m.start) >= 0 for e in pool):
        # past the lede, a role points back at someone already named it fits, rather than forward
        # at a better fit named only later (« le professeur » after « X, professeur de chirurgie »)
        pool = [e for _s, e in best if e.mentions.last_start_before(m.start) >= 0] or pool
    before = [e for e in pool if e.mentions.last_start_before(m.start) >= 0]
    if before:
        e = max(before, key=lambda e: e.mentions.last_start_before(m.start))
        if not given:  # « note X. Pour le syndicaliste, … » after « le syndicaliste » was said of Y: X, who just spoke
            e = _just_spoke(ctx, m, e) or e
    else:  # named only later: unless the person who just spoke may hold it too (« …, a indiqué le député »)
        e = _speaker_holding(ctx, m) or min(pool, key=lambda e: e.mentions.first_start())
    e.mentions.append(m)
    e.bound_roles.append(role)
    gender_of_role(e, m)
    return e


def _just_spoke(ctx: Article, m: Mention, other: Entity) -> Entity | None:
    """The person other than ``other`` who spoke in the sentence just before ``m`` (same paragraph), when
    nothing the article says of them stands against ``m``'s description (:func:`epithet_fit`)."""
    for e in ctx.near(m.para, m.para):
        if e is other or not e.names or not ctx.personlike(e):
            continue
        if any(x.speaks and not x.in_quote and x.sent == m.sent - 1 for x in e.mentions.between(ctx.para_start(m.para), m.start)):
            g = m.gender or former_gender(m.role)
            if (not g or e.gender_hint() in {"", g}) and epithet_fit(m.role, e.role_forms(epithets=True)) is not None:
                return e
    return None


def _speaker_holding(ctx: Article, m: Mention) -> Entity | None:
    """The person last seen speaking or acting as a subject in ``m``'s paragraph or the one before, when
    their gender and the roles the article gives them allow ``m``'s office (a politician named as « vice-président
    du parti » may be « le député »): a journalist names the speaker again by another title more often than
    someone the article introduces only later."""
    e = last_actor(ctx, m, reported=False)  # (not « X » of « X ose annoncer … », a indiqué le député)
    g = m.gender or former_gender(m.role)
    if e is None or (g and e.gender_hint() not in {"", g}) or titled_lawyer(e) and not is_lawyer(m.role):
        return None
    if not e.roles or not office_compatible(m.role, e.role_forms()):
        return None
    return e if epithet_fit(m.role, e.role_forms()) is not None else None  # (a prosecutor is no « maire »)


def _unnamed(ctx: Article, m: Mention, *, indefinite: bool) -> Entity:
    """An unnamed source as written (« des experts », « le maire »): one entity per wording."""
    role = m.role
    label = as_written(m)
    key = ("unnamed", fold(label if indefinite else m.role.text))
    e = ctx.source(key)
    if e is not None:
        e.mentions.append(m)
        return e
    e = ctx.new(label=label, source_key=key)
    e.introduced = m.det in INTRODUCING and m.number == "s"
    e.kind_votes.append("unknown" if m.kind == "unknown" else "unnamed source")
    e.roles.append(role)
    e.number = "p" if m.number == "p" else "s"
    if role.gender:
        e.gender_evidence.append(("role", role.gender))
    elif m.gender and m.det not in INDEFINITE_DETERMINERS | {"les"}:
        e.gender_evidence.append(("determiner", m.gender))
    e.mentions.append(m)
    return e


def _names_again(m: Mention) -> bool:
    """May this description be the journalist naming again whoever spoke last? A demonstrative (« ce
    vétéran », « cette affirmation » for what its author said), or a definite description whose noun
    the role lexicon does not know but that ends like a noun for a person (« le rappeur »); never a
    body's noun (« le site d'investigation ») nor a group around someone (« l'entourage »)."""
    head = fold(m.role.text).split(" ")[0]
    if head in RELATIONAL_NOUNS or body_kinds().get(head) or m.role.office is not None and m.det not in SINGULAR_DEMONSTRATIVES:
        return False
    return m.det in SINGULAR_DEMONSTRATIVES or head.endswith(AGENT_SUFFIXES)


def last_actor(ctx: Article, m: Mention, *, reported: bool = True) -> Entity | None:
    """The named person last seen as a subject or a speaker (outside quotation marks) in ``m``'s paragraph
    or the one before, before ``m``; with ``reported=False``, not counting subjects inside the words a
    quotation reports."""
    lo, spans = ctx.para_start(m.para - 1), ctx.quote_spans()
    last: tuple[int, Entity | None] = (-1, None)
    for e in ctx.near(m.para - 1, m.para):
        if not e.names or not ctx.personlike(e):
            continue
        pos = max((x.start for x in e.mentions.between(lo, m.start) if x is not m and not x.in_quote
                   and (x.subject or x.speaks) and x.para >= m.para - 1
                   and (reported or not spans.covers(x.start, but=None))), default=-1)
        if pos > last[0]:
            last = (pos, e)
    return last[1]


def current_speaker(ctx: Article, m: Mention) -> Entity | None:
    """The person a description attributing a quotation stands for when it is no office the lexicon
    knows, or a demonstrative (« …, souligne ce vétéran », « …, explique le rappeur », « Ce fils
    d'immigré raconte … »): the journalist's way of naming again whoever spoke or acted last.

    That is the person last seen as a subject or a speaker in this paragraph or the one before,
    provided the gender agrees and their roles do not stand against the noun
    (:func:`~analysis.speakers.roles.epithet_fit`); someone else than that person is no candidate
    (the description then introduces someone new and stays as written)."""
    g = m.role.gender or m.gender
    last = last_actor(ctx, m)
    only = last is None
    e = _only_person_named(ctx, m) if only else last
    if e is None or (g and e.gender_hint() not in {"", g}) or (titled_lawyer(e) and not is_lawyer(m.role)):
        return None
    marked = m.role.gender or ("f" if fold(m.role.text).split(" ")[0].endswith(FEMININE_AGENT_SUFFIXES) else "")
    if marked and e.gender_hint() != marked:
        return None  # « la serveuse » is someone the text has shown to be a woman
    if only and m.role.office is None:
        return e  # the one person named: a noun the lexicon does not know (« l'académicien ») is no other trade
    return e if epithet_fit(m.role, e.role_forms(epithets=True)) is not None else None


def _only_person_named(ctx: Article, m: Mention) -> Entity | None:
    """The one person named (outside quotation marks) in ``m``'s paragraph or the
    :data:`EPITHET_WINDOW` before it, when nobody there is seen acting or speaking (« …, a insisté
    l'académicien » where the philosopher was only named as the one the crowd insulted; the
    protagonist named, then only « il » until « raconte le marcheur »); None if two people are."""
    lo = ctx.para_start(m.para - EPITHET_WINDOW)
    found = None
    for e in ctx.near(m.para - EPITHET_WINDOW, m.para):
        if not e.names or not ctx.personlike(e):
            continue
        if any(x is not m and not x.in_quote and x.para >= m.para - EPITHET_WINDOW for x in e.mentions.between(lo, m.start)):
            if found is not None:
                return None
            found = e
    return found


def epithet(ctx: Article, m: Mention) -> Entity | None:
    """The person named before whom a description stands for: « Le marin montre ses filets » right
    after « Yannick Le Goff, patron d'un chalutier »; « la quadragénaire », « l'actrice ».

    Candidates are people named (with a title, a first name and a surname, or a role) in this paragraph
    or the :data:`EPITHET_WINDOW` before it, whose gender as far as the text says agrees, and
    whose roles do not stand against the description (:func:`epithet_fit`: « l'actrice » is
    not the director just quoted). Someone whose role the description covers comes first (« le
    technicien » is the coach named before, not the last player), then the latest named.
    """
    best, best_rank = None, None
    for e in ctx.near(m.para - EPITHET_WINDOW, m.para):
        if not e.names or not (e.titled or len(e.words) >= 2 or e.roles) or not ctx.personlike(e):
            continue  # (a first name alone counts when the text gives it a role: « Louise, gardienne … »)
        hint = e.gender_hint()
        if m.gender and hint and hint != m.gender:
            continue
        if titled_lawyer(e) and not is_lawyer(m.role):
            continue
        if any(r.head == m.role.head for r in e.role_forms()) is False and any(r.head in PARTY_ROLES for r in e.role_forms()) \
                and m.role.head in PARTY_ROLES:
            continue  # « la victime » is not the person named as « le prévenu »
        pos = max((x.start for x in e.mentions.between(ctx.para_start(m.para - EPITHET_WINDOW), m.start)
                   if not x.in_quote and x.para >= m.para - EPITHET_WINDOW), default=-1)
        if pos < 0:
            continue
        fit = epithet_fit(m.role, e.role_forms(epithets=True))
        if fit is None:
            continue
        if (fit, pos) > (best_rank or (-1, -1)):
            best, best_rank = e, (fit, pos)
    return best if best is not None else last_named(ctx, m)


def last_named(ctx: Article, m: Mention) -> Entity | None:
    """The person a description stands for when they were named further back (« Le quadragénaire a
    reconnu … » three paragraphs after « contre Sébastien X, fondateur de … »): the person named last
    before it, within :data:`LAST_NAMED_WINDOW` paragraphs, if the text gives them the description's
    gender and their roles do not stand against it, and if nobody else who might be meant (same or
    unknown gender) was named after them."""
    g = m.role.gender or m.gender
    if not g:
        return None
    last: tuple[int, Entity | None] = (-1, None)
    for e in ctx.near(m.para - LAST_NAMED_WINDOW, m.para):
        if not e.names or not ctx.personlike(e):
            continue
        pos = max((x.start for x in e.mentions.between(ctx.para_start(m.para - LAST_NAMED_WINDOW), m.start)
                   if not x.in_quote and x.para >= m.para - LAST_NAMED_WINDOW), default=-1)
        if pos < 0 or e.gender_hint() not in {"", g}:
            continue
        if pos > last[0]:
            last = (pos, e)
    e = last[1]
    if e is None or e.gender_hint() != g or epithet_fit(m.role, e.role_forms(epithets=True)) is None:
        return None
    if titled_lawyer(e) and not is_lawyer(m.role):
        return None
    return e


def description(ctx: Article, m: Mention) -> Entity | None:
    """The person introduced before whom a definite or demonstrative description stands for.

    « Agnès X … », a écrit l'ancienne ministre; « le député du Nord » after the former minister
    just quoted; « cette infirmière » after « Elodie, 34 ans, … ». Journalism's rule: a definite
    description that is no new introduction refers back to someone already introduced whose gender
    agrees and whose roles do not stand against it (the same office with other qualifiers does:
    « le ministre de l'Économie » is not « le ministre de l'Intérieur »). Ranked by how well the
    noun fits their roles (the same or a broader noun: :func:`epithet_fit`), then by recency.
    A noun that says nothing of them (fit 1) reaches back to the previous paragraph only; an
    office (« le député du Nord ») only to the person last named in its own paragraph, as subject
    or speaker. An unnamed person introduced with « un/une » (« une habitante du hameau ») is
    the antecedent of a demonstrative (« cette enseignante ») or of the same noun in the same or
    the next paragraph. Nobody fits: None (the description stays as written)."""
    role = m.role
    if role.office is None or fold(role.text).split(" ")[0] in RELATIONAL_NOUNS:
        return None  # not a person's noun (« l'accusation »), or someone's circle (« l'entourage de X »)
    if role.office and role.complement and not role.place:
        return None  # « le chef de la diplomatie européenne »: an office that names its holder's post
    g = role.gender or (m.gender if m.det in DESCRIPTION_GENDER_DETERMINERS else "") or former_gender(role)
    best, best_rank = None, None
    latest: tuple[int, Entity | None] = (-1, None)  # the compatible person mentioned last, for offices
    for e in ctx.near(m.para - max(DESCRIPTION_WINDOW, 1), m.para):  # (nobody named before that qualifies)
        if e.names:
            if not ctx.personlike(e):
                continue
        elif not (e.introduced and not e.orgs):
            continue
        hint = e.gender_hint()
        if g and hint and hint != g:
            continue
        if titled_lawyer(e) and not is_lawyer(role) or role.head in JUDICIAL_HEADS and not e.roles:
            continue  # (« le juge » after « X a obtenu un non-lieu »: the person the case is about)
        last = e.mentions.last_before(m.start, lambda x: not x.in_quote and x is not m)
        if last is None:
            continue
        if last.sent == m.sent and not (last.speaks and not last.subject):
            continue  # « X a reçu le ministre »: someone else in X's own sentence
        roles = e.role_forms(epithets=True)
        if not (role.quals & FORMER) and role_fit(role, roles) is None and any(
                alt.head == r.head and not r.quals & FORMER for alt in alts(role) for r in roles):
            continue  # the same office with other qualifiers: another person
        fit = epithet_fit(role, roles)
        if fit is None and any(r.head == role.head for r in roles):
            fit = 2
        if fit is None and (role.head in PLAIN_PERSON_NOUNS or not e.names
                            or all(r.head in NEUTRAL_HEADS for r in roles)):
            fit = 1  # « cet homme de 41 ans » says nothing of a trade
        if fit is None and role.head in MANDATES and role.place:
            fit = 0  # « le député du Nord »: the politician just quoted, more often than someone new
        if fit is None or (fit < 2 and role.complement and not role.place):
            continue  # « le père de la victime » names someone new
        if not e.names:
            same_noun = any(r.head == role.head for r in e.role_forms())
            if last.para < m.para - 1 or not (same_noun or m.det in SINGULAR_DEMONSTRATIVES):
                continue
            fit = 1
        elif last.para < m.para - (DESCRIPTION_WINDOW if fit >= 2 else 0 if role.office else 1):
            continue  # a noun that fits their role reaches further back than one that says nothing of it
        if last.start > latest[0]:
            latest = (last.start, e)
        if role.office and fit < 2 and not (last.subject or last.speaks) \
                and not (last.para == m.para and last.sent == m.sent - 1 and not e.roles
                         and role.head in FUNCTION_HEADS):
            continue  # (« Ce camping, c'est celui de X. La gérante raconte … »: named with no role just before)
        rank = (fit, last.start)
        if best_rank is None or rank > best_rank:
            best, best_rank = e, rank
    if best is not None and role.office and best_rank[0] < 2 and latest[1] is not best:
        return None  # an office that fits nobody's role: only the person just named may hold it
    return best
