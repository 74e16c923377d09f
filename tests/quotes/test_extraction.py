"""Quotation extraction on texts the project wrote: every convention, exact offsets, the frame."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.evaluate import load_gold, score, speaker_matches
from analysis.quotes import QUOTE_COLUMNS, extract_quotes, needs_full_parse

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "quotes"
GOLD_NAMES = sorted(p.stem for p in (GOLD_DIR / "gold").glob("*.json"))


@pytest.fixture
def one(quotes_of):
    def one(text: str, **options) -> dict:
        q = quotes_of(text, **options)
        assert len(q) == 1, q[["type", "text", "cue"]].to_string()
        return q.iloc[0].to_dict()
    return one


@pytest.fixture(scope="module")
def gold_run():
    articles, gold = load_gold(GOLD_DIR)
    quotes = extract_quotes(articles)
    return articles, gold, quotes


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_every_gold_quotation_is_found_with_its_type_and_no_spurious_ones(gold_run, name):
    articles, gold, quotes = gold_run
    mine = [g for g in gold if g.doc_id == name]
    preds = quotes[quotes["doc_id"] == name]
    result = score(preds, mine, {name: articles.loc[articles["doc_id"] == name, "text"].iloc[0]})
    missed = [(g.type, g.quote) for g in result.misses]
    spurious = [(p["type"], p["text"]) for p in result.spurious]
    assert not missed and not spurious, f"missed {missed}\nspurious {spurious}"
    wrong_type = [(g.type, p["type"], g.quote) for g, p in result.matches if g.type != p["type"]]
    assert not wrong_type


def test_sample_article_nine_of_nine(gold_run):
    articles, gold, quotes = gold_run
    mine = [g for g in gold if g.doc_id == "sample"]
    assert len(mine) == 9
    result = score(quotes[quotes["doc_id"] == "sample"], mine, {"sample": articles.loc[articles["doc_id"] == "sample", "text"].iloc[0]})
    assert len(result.matches) == 9 and not result.spurious
    assert sum(1 for g, p in result.matches if p["speaker_mention"] in ("M. Poutine", "il", "Le président russe Vladimir Poutine")) == 8
    assert any(p["speaker_mention"] == "Sputnik News" for _, p in result.matches)


def test_gold_cues_and_named_mentions_are_found(gold_run):
    _, gold, quotes = gold_run
    result = score(quotes, gold, dict(zip(*_texts(gold_run), strict=True)))
    cue_ok = sum(1 for g, p in result.matches if g.cue == p["cue"])
    assert cue_ok / len(result.matches) >= 0.9
    mention_ok = sum(1 for g, p in result.matches if speaker_matches(g.speaker_mention, p["speaker_mention"]))
    assert mention_ok / len(result.matches) >= 0.9


def _texts(gold_run):
    articles = gold_run[0]
    return articles["doc_id"].astype(str).tolist(), articles["text"].tolist()


def test_frame_columns_offsets_and_ids(gold_run):
    articles, _, quotes = gold_run
    assert list(quotes.columns) == QUOTE_COLUMNS
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    for row in quotes.itertuples():
        text = texts[row.doc_id]
        assert text[row.start:row.end] == row.text
        if row.cue:
            assert text[row.cue_start:row.cue_end] == row.cue
        if row.speaker_mention:
            assert text[row.mention_start:row.mention_end] == row.speaker_mention
        assert row.type in ("direct", "indirect", "mixed", "selon")
        assert row.quote_id.startswith(f"{row.doc_id}:q")
        assert row.continues == "" or row.continues in set(quotes["quote_id"])
        assert isinstance(row.sent_ids, list) and row.sent_ids
    assert quotes["quote_id"].is_unique


def test_direct_quotes_leave_out_marks_and_the_comma_before_the_closing_mark(one):
    q = one("« Nous partirons demain, » a déclaré le capitaine.")
    assert q["text"] == "Nous partirons demain" and q["type"] == "direct"
    assert q["cue"] == "a déclaré" and q["speaker_mention"] == "le capitaine"


def test_straight_quotes_pair_by_position(quotes_of):
    q = quotes_of('"Le port rouvrira", a dit la capitaine. "Les quais sont prêts", a-t-elle ajouté.')
    assert q["text"].tolist() == ["Le port rouvrira", "Les quais sont prêts"]
    assert q["speaker_mention"].tolist() == ["la capitaine", "elle"]


def test_incise_inside_a_quotation_splits_it_in_two_entries_with_one_cue(quotes_of):
    q = quotes_of("« Le dossier est clos, a assuré la juge Morel. Il ne sera pas rouvert. »")
    assert q["text"].tolist() == ["Le dossier est clos", "Il ne sera pas rouvert."]
    assert q["cue"].tolist() == ["a assuré", "a assuré"]
    assert q["speaker_mention"].tolist() == ["la juge Morel"] * 2
    assert q["continues"].tolist() == ["", q["quote_id"].iloc[0]]
    assert q["end"].iloc[0] <= q["start"].iloc[1]


def test_multi_paragraph_quotation_reopened_at_each_paragraph(quotes_of):
    text = ("Le maire, Luc Arnaud, a lu sa lettre : « Je quitte mes fonctions avec regret.\n\n"
            "« Je remercie les habitants pour leur confiance. »")
    q = quotes_of(text)
    assert q["type"].tolist() == ["direct", "direct"]
    assert q["text"].tolist() == ["Je quitte mes fonctions avec regret.", "Je remercie les habitants pour leur confiance."]
    assert q["paragraph"].tolist() == [0, 1]
    assert q["speaker_mention"].tolist() == ["Le maire, Luc Arnaud"] * 2
    assert q["continues"].iloc[1] == q["quote_id"].iloc[0]


def test_continuing_quotation_without_cue_carries_the_speaker_over(quotes_of):
    q = quotes_of("« La saison est finie », explique la guide Léa Morin. « Nous rouvrirons en avril. »")
    assert q["cue"].tolist() == ["explique", ""]
    assert q["speaker_mention"].tolist() == ["la guide Léa Morin"] * 2


def test_quote_with_no_findable_speaker_is_kept_with_an_empty_speaker(one):
    q = one("« Personne ne nous a prévenus. »")
    assert q["type"] == "direct" and q["speaker_mention"] == "" and q["cue"] == ""


def test_que_clause_keeps_coordination_and_leaves_que_out(one):
    q = one("La rectrice a indiqué que les cours reprendraient lundi et qu'aucun examen ne serait reporté.")
    assert q["text"] == "les cours reprendraient lundi et qu'aucun examen ne serait reporté"
    assert q["type"] == "indirect" and q["speaker_mention"] == "La rectrice"


def test_participial_cue_takes_the_subject_of_the_main_clause(quotes_of):
    q = quotes_of("Le général Ravel a salué les troupes, affirmant que la mission était accomplie.")
    assert q["cue"].tolist() == ["affirmant"]
    assert q["speaker_mention"].tolist() == ["Le général Ravel"]


@pytest.mark.parametrize("text, content, cue", [
    ("Le coureur a confié avoir douté jusqu'au dernier kilomètre.", "avoir douté jusqu'au dernier kilomètre", "a confié"),
    ("La mairie a demandé aux riverains de ne pas stationner rue Haute.", "ne pas stationner rue Haute", "a demandé"),
    ("Le syndicat appelle les agents à cesser le travail mardi.", "cesser le travail mardi", "appelle"),
])
def test_infinitive_complements(one, text, content, cue):
    q = one(text)
    assert (q["text"], q["cue"], q["type"]) == (content, cue, "indirect")


def test_content_followed_by_an_incise_without_marks(one):
    q = one("Aucune trace d'effraction n'a été relevée, a indiqué la gendarmerie.")
    assert q["text"] == "Aucune trace d'effraction n'a été relevée"
    assert q["type"] == "indirect" and q["speaker_mention"] == "la gendarmerie"


@pytest.mark.parametrize("text, mention", [
    ("Le trafic reprendra jeudi, rapporte l'AFP.", "l'AFP"),
    ("Le tunnel restera fermé tout l'été, indique un communiqué de la préfecture.", "un communiqué de la préfecture"),
    ("Deux suspects ont été interpellés, a-t-on appris auprès du parquet.", "parquet"),
])
def test_media_and_document_attributions(one, text, mention):
    q = one(text)
    assert q["type"] == "indirect" and q["speaker_mention"].endswith(mention)


@pytest.mark.parametrize("text, quote", [
    ("Le ministre a assuré que l'État agirait « sans trembler ».", "l'État agirait « sans trembler »"),
    ('Les prix baisseront "dès la rentrée", a-t-elle promis.', 'Les prix baisseront "dès la rentrée"'),
    ("La navigatrice s'est dite «épuisée».", "«épuisée»"),
    ("Le député a jugé qu'« aucun compromis n'est possible ».", "« aucun compromis n'est possible »"),
    ("La Croix-Rouge a appelé à la « retenue » des deux camps.", "à la « retenue » des deux camps"),
])
def test_mixed_quotations(quotes_of, text, quote):
    q = quotes_of(text)
    assert q["text"].tolist() == [quote] and q["type"].tolist() == ["mixed"]


@pytest.mark.parametrize("text, quote, mention", [
    ("Selon la Croix-Rouge, quatre cents familles ont été relogées.", "quatre cents familles ont été relogées", "la Croix-Rouge"),
    ("Le stade sera plein, selon les organisateurs.", "Le stade sera plein", "les organisateurs"),
    ("D'après elle, la décision était prise depuis longtemps.", "la décision était prise depuis longtemps", "elle"),
    ("Pour l'économiste Jeanne Roux, la croissance restera faible.", "la croissance restera faible", "l'économiste Jeanne Roux"),
    ("La réunion, selon lui, a tourné court.", "La réunion, selon lui, a tourné court", "lui"),
])
def test_selon_in_front_inside_or_after(one, text, quote, mention):
    q = one(text)
    assert (q["text"], q["type"], q["speaker_mention"]) == (quote, "selon", mention)


@pytest.mark.parametrize("text", [
    "Les délégations ont discuté de la sécurité du port pendant trois heures.",
    "Le gouvernement craint que la crise ne s'aggrave.",
    "Cette « réforme historique » divise la majorité.",
    "La ministre a annoncé un plan de relance.",
    "Il a été précisé que la séance serait publique.",
    "Les aides seront attribuées selon les règles en vigueur.",
    "Faut-il s'en inquiéter ? Rien n'est moins sûr.",
    "Le juge Martin a rendu sa note mardi.",
    "Le film « Les Nuits claires » sort mercredi.",
])
def test_not_quotations(quotes_of, text):
    assert quotes_of(text).empty


def test_surface_mode_without_tagger_finds_the_same_quotations(gold_run):
    articles, _, quotes = gold_run
    surface = extract_quotes(articles, tag=False)
    same = set(zip(surface["doc_id"], surface["start"], surface["end"], strict=True)) & set(zip(quotes["doc_id"], quotes["start"], quotes["end"], strict=True))
    assert len(same) >= 0.9 * len(quotes)


def test_sentences_frame_and_docs_are_reused(gold_run):
    from analysis.nlp import annotate_sentences, sentences

    articles = gold_run[0].head(2)
    sents = sentences(articles)
    docs = annotate_sentences(sents, parse="none")
    a = extract_quotes(articles, sentences=sents, docs=docs)
    b = extract_quotes(sents, articles=articles, docs=docs)
    c = extract_quotes(articles)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(a, c)


def test_a_sentences_frame_without_articles_is_a_clear_error():
    from analysis.errors import InputError
    from analysis.nlp import sentences

    sents = sentences(pd.DataFrame({"doc_id": ["t"], "text": ["Il a dit que oui."]}))
    with pytest.raises(InputError, match="articles"):
        extract_quotes(sents)


def test_needs_full_parse_flags_every_sentence_that_holds_a_quotation(gold_run):
    from analysis.nlp import sentences

    articles, _, quotes = gold_run
    sents = sentences(articles)
    flagged = {(d, s) for d, s, t in zip(sents["doc_id"], sents["sent_id"], sents["text"], strict=True) if needs_full_parse(t)}
    for row in quotes.itertuples():
        assert any((row.doc_id, s) in flagged for s in row.sent_ids)
    assert not needs_full_parse("Le prochain match aura lieu mercredi à domicile.")


def test_gold_files_follow_the_schema():
    for path in (GOLD_DIR / "gold").glob("*.json"):
        records = json.loads(path.read_text(encoding="utf-8"))
        for r in records:
            assert set(r) == {"speaker", "speaker_mention", "cue", "type", "quote", "paragraph"}
            assert r["type"] in ("direct", "indirect", "mixed", "selon")


@pytest.mark.parametrize("text, quote, cue, mention", [
    ("Comme l'a rappelé la préfète, la baignade reste interdite.", "la baignade reste interdite", "a rappelé", "la préfète"),
    ("La baignade reste interdite, comme l'a rappelé la préfète.", "La baignade reste interdite", "a rappelé", "la préfète"),
    ("« Rien n'est joué », glousse-t-il.", "Rien n'est joué", "glousse-t-il", "il"),
    ("« Rien n'est joué », assure-t-on à l'Élysée.", "Rien n'est joué", "assure-t-on", "l'Élysée"),
    ("« Tout est prêt », a martelé Léa Caron dimanche soir sur France 2.", "Tout est prêt", "a martelé", "Léa Caron"),
    ("Pour Inès Roux, présidente du club, « c'est une saison historique ».", "c'est une saison historique", "Pour",
     "Inès Roux, présidente du club"),
    ("Le trafic restera perturbé, selon une source syndicale citée par l'AFP.", "Le trafic restera perturbé", "selon",
     "une source syndicale"),
    ("La maire a assuré que la ville « ne cédera pas », avant d'appeler au calme.", "la ville « ne cédera pas »",
     "a assuré", "La maire"),
    ("Certains disent avoir attendu six heures.", "avoir attendu six heures", "disent", "Certains"),
    ("Les syndicats, eux, jugent « inacceptable » la réforme.", "« inacceptable » la réforme", "jugent", "Les syndicats"),
])
def test_more_conventions(one, text, quote, cue, mention):
    q = one(text)
    assert (q["text"], q["cue"], q["speaker_mention"]) == (quote, cue, mention)


def test_question_mark_before_an_incise_inside_the_quotation_splits_it(quotes_of):
    q = quotes_of("« Pourquoi attendre ? s'interroge la députée Mona Vidal. Chaque mois compte. »")
    assert q["text"].tolist() == ["Pourquoi attendre ?", "Chaque mois compte."]
    assert q["cue"].tolist() == ["s'interroge"] * 2


def test_narrative_infinitive_keeps_the_speaker(quotes_of):
    q = quotes_of("« Nous irons au bout », a insisté Hugo Lemaire, avant d'ajouter : « Personne ne reculera. »")
    assert q["cue"].tolist() == ["a insisté", "ajouter"]
    assert q["speaker_mention"].tolist() == ["Hugo Lemaire"] * 2
