"""Resolve the speakers of one article: every mention → an entity, every quotation → its speaker(s).

The steps, in order, each a module that reads and extends one :class:`~analysis.speakers.context.Article`:

1. :mod:`~analysis.speakers.attributing`: every mention of the running text, and each quotation's
   attributing string read as a mention;
2. :mod:`~analysis.speakers.organisations` and :mod:`~analysis.speakers.people`: one entity per
   body (« le ministère » ← « le ministère des Affaires étrangères », « la STM » ← its full name) and
   per person (« Vladimir Poutine » ← « M. Poutine » ← « le président russe Vladimir Poutine »); then
   descriptions of bodies tied to the body they stand for (« Vigicrues, le service public … »,
   « l'entreprise » → « la société Valortri », « le ministère » of the minister named);
3. :mod:`~analysis.speakers.descriptions`: roles and descriptions without a name bound to the
   person they stand for (« le président russe », « le ministre » after the minister acting just
   before, « la quadragénaire », « cette enseignante »), else kept as unnamed sources;
   metonyms and group names (« la place Beauvau », « les Houthis »);
4. :mod:`~analysis.speakers.documents`: documents and their authors given the body that issued them;
5. :mod:`~analysis.speakers.anaphora`: anaphors resolved in text order (« il », « ce dernier »,
   a quotation that carries its speaker over); :mod:`~analysis.speakers.labels` names groups and
   authors after their owner (« entourage de X », « auteurs de l'étude »);
6. each quotation takes the entities of its mention, of the quotation it continues, or of its
   reporting verb's subject;
7. :mod:`~analysis.speakers.bodies`: a body description still as written (« le musée ») becomes the
   body of a fitting kind named before it; a nested quotation by « Mon grand-père » is « grand-père de
   X » (:func:`~analysis.speakers.labels.first_person_owners`); a quotation whose mention resolved to
   nobody takes the nearest fitting entity or its mention as written
   (:mod:`~analysis.speakers.fallbacks`); then each entity's kind and gender;
8. :mod:`~analysis.speakers.ranker` (when asked): a learned scorer may overrule the pick of a rule that
   chose among several entities (« ranker (pronoun) »).

Every quotation keeps the rule that found its speaker (``QuoteSpeaker.rule``) and the step that
bound its mention (``QuoteSpeaker.step``), so a resolution can be audited and overridden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from analysis.speakers import gender as gender_rules
from analysis.speakers import kinds as kind_rules
from analysis.speakers.anaphora import (
    by_cue,
    carried,
    groups,
    links_of,
    resolve_anaphors,
    sentence_links,
    speakers_by_cue,
)
from analysis.speakers.attributing import find_mentions
from analysis.speakers.bodies import described_bodies
from analysis.speakers.context import Article, valid
from analysis.speakers.descriptions import bind_role
from analysis.speakers.documents import documents
from analysis.speakers.entity import ArticleResult, Found, Link, quote_speaker, speaker_of
from analysis.speakers.fallbacks import fall_back
from analysis.speakers.labels import authors, first_person_owners, localise, possessors
from analysis.speakers.organisations import (
    bodies_of_mentions,
    body_appositions,
    generic_bodies,
    group_names,
    metonyms,
    ministries,
    qualified_bodies,
)
from analysis.speakers.people import name_people
from analysis.speakers.phrases import Mention
from analysis.speakers.ranker import Model, rerank
from analysis.speakers.scan import Sentence


def resolve_article(text: str, quotes: list[dict[str, Any]], *,
                    sentences: list[Sentence] | None = None, ranker: Model | None = None,
                    observe: Callable[[Article, dict[Any, Found]], None] | None = None) -> ArticleResult:
    """Resolve the speakers of one article's quotations (``quotes``: rows of the quotes frame).

    ``sentences``: the article's (paragraph, start, end) sentence spans from
    :func:`analysis.nlp.sentences`, if at hand (spares segmenting the text again; spans that do
    not tile the text into its paragraphs are ignored). ``ranker``: the learned step of
    :mod:`analysis.speakers.ranker`, run last when given. ``observe`` is called with the context and
    the rules' result before the ranker (training reads the candidates there)."""
    ctx = Article.of(text, quotes, sentences)
    mentions, quotes_of = find_mentions(ctx)
    entities(ctx, mentions)
    localise(ctx, mentions)
    links = anaphora_links(ctx, mentions, quotes_of)
    result = quote_speakers(ctx, mentions, quotes_of, links)
    described_bodies(ctx, result)
    first_person_owners(ctx, result)
    fall_back(ctx, result, links)
    settle_kinds_and_genders(ctx)
    steps = {qid: _step(ctx, f) for qid, f in result.items()}
    if observe is not None:
        observe(ctx, result)
    if ranker is not None:
        rerank(ctx, result, steps, ranker)
    return ArticleResult({k: speaker_of(e) for k, e in ctx.entities.items()},
                         {qid: quote_speaker(f, steps[qid]) for qid, f in result.items()})


def entities(ctx: Article, mentions: list[Mention]) -> None:
    """Steps 2–4: entities for every named, body, role and document mention (anaphors come later)."""
    bodies_of_mentions(ctx, mentions)  # bodies first, so « Insee » the name can join « (Insee) » the agency
    name_people(ctx, mentions)
    body_appositions(ctx, mentions)
    generic_bodies(ctx)
    ministries(ctx)
    qualified_bodies(ctx)
    for m in mentions:  # roles without a name
        target = m.inner if m.kind == "document" and m.inner is not None else m
        if id(m) in ctx.ents or target.anaphor or not target.role or target.names or target.org:
            continue
        ctx.ents[id(m)] = (bind_role(ctx, target).key,)
    for m in mentions:  # « Lui et ses sbires »: the group beside the pronoun's referent
        for part in m.parts if m.anaphor else ():
            if part.role and not part.names and not part.org:
                ctx.ents[id(part)] = (bind_role(ctx, part).key,)
    metonyms(ctx)
    group_names(ctx)
    documents(ctx, mentions)


def anaphora_links(ctx: Article, mentions: list[Mention], quotes_of: dict[int, list[dict[str, Any]]]) -> list[Link]:
    """Step 5: every mention as a link, anaphors resolved, groups and authors named, cue subjects found."""
    links = links_of(ctx, mentions, quotes_of)
    links.extend(groups(ctx, links))
    carried_links = carried(ctx, quotes_of)
    links.extend(carried_links)
    links.sort(key=lambda lk: (lk.mention.start, lk.mention.end))
    resolve_anaphors(ctx, links, carried_links, quotes_of)
    possessors(ctx, links)
    authors(ctx, links)
    speakers_by_cue(ctx, links, quotes_of)
    return links


def quote_speakers(ctx: Article, mentions: list[Mention], quotes_of: dict[int, list[dict[str, Any]]],
                   links: list[Link]) -> dict[Any, Found]:
    """Step 6: each quotation's speaker — its mention's entities, those of the quotation it continues,
    or the subject of its reporting verb."""
    result: dict[Any, Found] = {}
    by_mention = {id(lk.mention): lk for lk in links}
    by_sentence = sentence_links(links)
    for m in mentions:
        for q in quotes_of.get(id(m), []):
            lk = by_mention[id(m)]
            result[q.get("quote_id")] = Found(lk.ents, lk.rule if lk.ents else "unresolved", lk)
    for q in ctx.quotes:
        qid = q.get("quote_id")
        cont = q.get("continues")
        if valid(cont) and str(cont) != "" and cont in result and result[cont].ents:
            result[qid] = Found(result[cont].ents, "continuation", result[cont].link)
        elif qid not in result:
            found = by_cue(ctx, q, by_sentence)
            result[qid] = Found(found.ents, "cue", found) if found else Found((), "no mention")
    return result


def settle_kinds_and_genders(ctx: Article) -> None:
    """Each entity's kind from its mentions' votes, and a gender for people and single unnamed sources."""
    for e in ctx.entities.values():
        e.kind = kind_rules.speaker_kind(kind_rules.decide(
            e.kind_votes, n_name_words=len(e.words), has_title_or_role=e.titled, spoke=e.spoke))
        personal = e.kind == "person" or (e.kind == "unnamed source" and e.number == "s")
        e.gender = gender_rules.decide(e.gender_evidence) if personal else "unknown"


def _step(ctx: Article, found: Found) -> str:
    """The step that bound the quotation's mention (or the antecedent it was resolved through)."""
    link = found.link
    while link is not None:
        inner = link.mention.inner
        step = ctx.bound.get(id(link.mention)) or (ctx.bound.get(id(inner), "") if inner is not None else "")
        if step:
            return step
        link = link.antecedent
    return ""
