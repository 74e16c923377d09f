"""Each resolution step on its own (analysis.speakers.context, attributing, organisations, people,
roles, descriptions, documents, anaphora, labels): the step runs on a context built by the steps
before it, and the test reads what it added. Every text is invented for these tests."""

from __future__ import annotations

from analysis.speakers.anaphora import carried, links_of, resolve_anaphors
from analysis.speakers.article import entities
from analysis.speakers.context import Article, as_int
from analysis.speakers.descriptions import bind_role
from analysis.speakers.documents import documents
from analysis.speakers.labels import as_written, of_name, possessors, rule_of
from analysis.speakers.organisations import bodies_of_mentions, body_appositions, generic_bodies
from analysis.speakers.people import name_people
from analysis.speakers.phrases import Role
from analysis.speakers.roles import epithet_fit, office_compatible, role_fit


def _role(head: str, *quals: str) -> Role:
    return Role(head, 0, 0, head, frozenset(quals))


def _entity_of(ctx: Article, mentions, surface: str):
    m = next(m for m in mentions if m.text == surface)
    return [ctx.entities[k] for k in ctx.ents.get(id(m), ())]


# ----------------------------------------------------------------------------- context


def test_the_context_locates_sentences_and_attributing_strings():
    text = "Premier paragraphe. Deuxième phrase.\n\nSecond paragraphe."
    ctx = Article.of(text, [{"quote_id": "q", "start": 0, "end": 5, "speaker_mention": "Second paragraphe"}])
    assert ctx.sentence_of(text.index("Deuxième")) == (1, 0)
    assert ctx.sentence_of(text.index("Second")) == (2, 1)
    start, end = ctx.locate(ctx.quotes[0])
    assert text[start:end] == "Second paragraphe"
    assert as_int(float("nan")) is None and as_int("7") == 7


# ----------------------------------------------------------------------------- attributing


def test_an_attributing_string_that_stops_before_the_name_takes_it(article_context):
    ctx, mentions, by_mention = article_context(
        "« Les lits manquent », a alerté la directrice des soins de l'hôpital de Valrose, la Dr Inès Marchal.")
    speaking = [m for m in mentions if id(m) in by_mention]
    assert [n.text for n in speaking[0].names] == ["Inès Marchal"]
    assert speaking[0].role is not None and speaking[0].speaks


# ----------------------------------------------------------------------------- people and bodies


def test_a_surname_joins_the_person_named_in_full(article_context):
    ctx, mentions, _ = article_context(
        "Martine Lesueur a présenté le budget. « Il est sincère », a dit Mme Lesueur.")
    bodies_of_mentions(ctx, mentions)
    name_people(ctx, mentions)
    people = [e for e in ctx.entities.values() if e.names]
    assert len(people) == 1 and people[0].display == "Martine Lesueur" and people[0].titled


def test_a_description_between_commas_is_the_body_just_named(article_context):
    ctx, mentions, _ = article_context(
        "Mercredi, Hydrovigie, le service public d'alerte sur les crues, a relevé son niveau. « Restez prudents », "
        "prévient le service.")
    bodies_of_mentions(ctx, mentions)
    name_people(ctx, mentions)
    body_appositions(ctx, mentions)
    generic_bodies(ctx)
    assert _entity_of(ctx, mentions, "le service")[0].display == "Hydrovigie"


# ----------------------------------------------------------------------------- roles and descriptions


def test_role_fit_scores_wordings_and_rejects_another_office():
    assert role_fit(_role("ministre", "agriculture"), [_role("ministre", "agriculture")]) == 3
    assert role_fit(_role("ministre"), [_role("ministre", "agriculture")]) == 2
    assert role_fit(_role("ministre", "travail"), [_role("ministre", "sante")]) is None
    assert epithet_fit(_role("quadragenaire"), [_role("directeur")]) == 1
    assert office_compatible(_role("ministre"), [_role("chef")])


def test_bind_role_records_the_step_that_bound_each_mention(article_context):
    ctx, mentions, _ = article_context(
        "La ministre de la Mer, Solène Kerbrat, a visité le port. « Rien n'est décidé », a précisé la "
        "ministre. « Nous attendons », ont répondu des pêcheurs.")
    bodies_of_mentions(ctx, mentions)
    name_people(ctx, mentions)
    minister = next(m for m in mentions if m.text == "la ministre")
    fishers = next(m for m in mentions if m.text == "des pêcheurs")
    assert bind_role(ctx, minister).display == "Solène Kerbrat"
    assert bind_role(ctx, fishers).display == "des pêcheurs"
    assert ctx.bound[id(minister)] == "role fit" and ctx.bound[id(fishers)] == "unnamed source"


# ----------------------------------------------------------------------------- documents


def test_a_document_is_given_the_body_named_after_it(article_context):
    ctx, mentions, _ = article_context(
        "Une étude publiée jeudi par l'Observatoire régional des mobilités (ORM) le confirme : « le vélo "
        "progresse », selon l'étude.")
    bodies_of_mentions(ctx, mentions)
    name_people(ctx, mentions)
    documents(ctx, mentions)
    study = [m for m in mentions if m.kind == "document"]
    assert study and all(ctx.entities[ctx.ents[id(m)][0]].display.startswith("Observatoire") for m in study)


# ----------------------------------------------------------------------------- anaphora and labels


def test_a_pronoun_points_at_the_speaker_before_it(article_context):
    ctx, mentions, by_mention = article_context(
        "Le maire, Alain Gorce, a reçu les riverains. « Le chantier reprendra », a-t-il annoncé.")
    entities(ctx, mentions)
    links = links_of(ctx, mentions, by_mention)
    extra = carried(ctx, by_mention)
    resolve_anaphors(ctx, sorted(links + extra, key=lambda lk: (lk.mention.start, lk.mention.end)), extra, by_mention)
    pronoun = next(lk for lk in links if lk.mention.anaphor == "pronoun")
    assert [ctx.entities[k].display for k in pronoun.ents] == ["Alain Gorce"]
    assert pronoun.rule.startswith("pronoun→")


def test_a_group_is_named_after_the_body_that_owns_it(article_context):
    ctx, mentions, by_mention = article_context(
        "Le Parti des campagnes a réuni ses cadres samedi. « Nous serons candidats », a affirmé son porte-parole.")
    entities(ctx, mentions)
    links = links_of(ctx, mentions, by_mention)
    possessors(ctx, links)
    spokesman = next(lk for lk in links if lk.mention.text == "son porte-parole")
    assert ctx.entities[spokesman.ents[0]].display == "porte-parole du Parti des campagnes"


def test_labels_write_unnamed_sources_as_the_text_does():
    assert of_name("Kremlin", "le") == "du Kremlin"
    assert of_name("Anne Roy") == "d'Anne Roy"
    assert of_name("les armateurs") == "des armateurs"


def test_rule_of_names_the_reading_of_a_mention(article_context):
    _ctx, mentions, _ = article_context("« Tout va bien », a déclaré Mme Roy. « Oui », a dit Paul Dorat.")
    rules = {m.text: rule_of(m) for m in mentions}
    assert rules["Mme Roy"] == "title" and rules["Paul Dorat"] == "name"
    assert as_written(next(m for m in mentions if m.text == "Mme Roy")) == "Mme Roy"
