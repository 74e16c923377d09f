"""Domain profiles and the steps that make news quotes differ from tweets.

Every text here was written for these tests (news-style French, no third-party sentences).
"""

from __future__ import annotations

import copy

import pytest

from analysis.errors import InputError
from analysis.sentiment import PROFILES, STEPS, get_profile, score, score_quotes
from analysis.sentiment.contrast import contrast_weights
from analysis.sentiment.lexicon import news_lexicon, read_lexicon
from analysis.sentiment.profiles import Profile
from analysis.sentiment.scorer import decide, evidence
from analysis.sentiment.tuning import choose, grid, load_news_quotes, macro_f1

FACTUAL_BAD_NEWS = [
    "Le pays traverse une crise et fait face à une menace.",
    "Trois personnes ont été tuées dans l'incendie d'un entrepôt.",
    "La guerre a fait des milliers de morts depuis le printemps.",
]


def label(text: str, **options) -> str:
    return score([text], **options)["label"].iloc[0]


def test_profiles_are_shipped_and_valid():
    assert set(PROFILES) == {"news", "tweets"}
    for name in PROFILES:
        profile = get_profile(name)
        assert profile.steps <= set(STEPS) and "news_lexicon" in profile.steps
        assert 0 <= profile.neg_threshold <= 0.5 and 0 <= profile.pos_threshold <= 0.5
        assert 0 <= profile.event_weight <= 1
    assert "train_lexicon" in get_profile("tweets").steps
    assert "train_lexicon" not in get_profile("news").steps  # tweet-derived entries stay out of news
    assert "event_discount" in get_profile("news").steps
    with pytest.raises(ValueError, match="unknown sentiment profile"):
        score(["Un succès."], profile="sms")


@pytest.mark.parametrize("text", FACTUAL_BAD_NEWS)
def test_factual_reports_of_bad_events_are_neutral_in_news_only(text):
    assert label(text, profile="news") == "neu"
    assert label(text, profile="tweets") == "neg"  # in a tweet any evaluated word is the author's opinion


def test_the_default_profile_is_news_and_score_quotes_uses_it():
    import pandas as pd

    text = FACTUAL_BAD_NEWS[0]
    assert label(text) == "neu"
    quotes = pd.DataFrame({"quote_id": [1], "text": [text]})
    assert score_quotes(quotes)["label"].iloc[0] == "neu"
    assert score_quotes(quotes, profile="tweets")["label"].iloc[0] == "neg"


@pytest.mark.parametrize("text, expected", [
    ("Nous condamnons fermement cette attaque contre des civils.", "neg"),
    ("Cet accord commercial est une menace pour nos agriculteurs.", "neg"),  # predicate position
    ("C'est une catastrophe pour toute la filière.", "neg"),
    ("Je me réjouis de la signature de cet accord.", "pos"),
    ("La situation est sous contrôle et il n'y a aucun danger pour la population.", "pos"),
])
def test_evaluative_wording_stays_polar_in_news(text, expected):
    assert label(text, profile="news") == expected


def test_event_hits_are_marked_and_discounted():
    row = score(["La guerre a fait des milliers de morts."], profile="news").iloc[0]
    weight = get_profile("news").event_weight
    assert {h["kind"] for h in row["hits"]} == {"event"}
    assert all(h["weight"] == pytest.approx(weight) for h in row["hits"])
    plain = score(["La guerre a fait des milliers de morts."], profile="news",
                  steps=get_profile("news").steps - {"event_discount"}).iloc[0]
    assert abs(row["polarity"]) == pytest.approx(abs(plain["polarity"]) * weight, abs=1e-3)


def test_predicative_event_noun_counts_as_evaluation():
    hits = score(["Ce projet est une menace pour la région."])["hits"].iloc[0]
    assert [(h["lemma"], h["kind"]) for h in hits] == [("menace", "eval")]
    hits = score(["La menace pèse sur la région."])["hits"].iloc[0]
    assert [(h["lemma"], h["kind"]) for h in hits] == [("menace", "event")]


def test_evidence_rule_needs_an_evaluative_hit_of_the_label_sign():
    profile = Profile("test", frozenset({"evidence", "neutral_band"}), 0.0, 0.0, 1.0, 0.3)
    event_only = [{"polarity": -0.4, "subjectivity": 0.2, "kind": "event", "weight": 1.0}]
    weak_eval = [{"polarity": -0.2, "subjectivity": 0.5, "kind": "eval", "weight": 1.0}]
    strong_eval = [{"polarity": -0.5, "subjectivity": 0.8, "kind": "eval", "weight": 1.0}]
    assert evidence(strong_eval + event_only, -1) == pytest.approx(0.5)
    assert decide(copy.deepcopy(event_only), steps=profile.steps, profile=profile)[2] == "neu"
    assert decide(copy.deepcopy(weak_eval), steps=profile.steps, profile=profile)[2] == "neu"
    assert decide(copy.deepcopy(strong_eval), steps=profile.steps, profile=profile)[2] == "neg"
    without = profile.steps - {"evidence"}
    assert decide(copy.deepcopy(event_only), steps=without, profile=profile)[2] == "neg"


def test_contrast_gives_the_last_word_to_the_clause_after_mais():
    text = "C'est un progrès, mais c'est nettement insuffisant."
    assert label(text, profile="news") == "neg"
    hits = score([text])["hits"].iloc[0]
    assert [h["weight"] for h in hits] == [0.5, 1.5]
    off = score([text], steps=get_profile("news").steps - {"contrast"})["hits"].iloc[0]
    assert [h["weight"] for h in off] == [1.0, 1.0]
    assert contrast_weights(["malgré", "la", "crise", ",", "nous", "tenons"]) == [1.0, 0.5, 0.5, 1.0, 1.0, 1.0]


def test_never_so_is_a_comparison_not_a_negation():
    row = score(["Notre alliance n'a jamais été aussi solide."]).iloc[0]
    assert row["polarity"] > 0 and all(h["negator"] is None for h in row["hits"])
    assert score(["Notre alliance n'a jamais été solide."])["polarity"].iloc[0] < 0


def test_verb_after_avoir_is_not_read_as_an_adjective():
    # « déplacé » the adjective is « inappropriate »; « a déplacé » is the verb « moved »
    assert score(["La guerre a déplacé des familles entières."], steps=get_profile("news").steps - {"event_discount"}
                 )["hits"].iloc[0] == [h for h in score(["La guerre a déplacé des familles entières."],
                                                          steps=get_profile("news").steps - {"event_discount"}
                                                          )["hits"].iloc[0] if h["lemma"] != "déplacé"]
    assert label("Sa remarque était déplacée.", profile="news") == "neg"


def test_tagger_slips_after_copula_and_degree_adverbs_are_read_as_adjectives():
    assert score(["Je suis très content de mes joueurs."])["polarity"].iloc[0] > 0
    assert score(["C'est le plus beau jour de ma carrière."])["polarity"].iloc[0] > 0


def test_news_corrections_cover_inflections_and_names_are_not_nouns():
    # « fermé » is a state in news; textblob-fr lists the inflected forms as negative
    assert score(["Les écoles resteront fermées jeudi."])["hits"].iloc[0] == []
    assert score(["Le fleuve Amour déborde."])["hits"].iloc[0] == []


def test_train_lexicon_is_marked_and_separate():
    with_train = news_lexicon(train=True)
    train_entries = [e for e in with_train.news.values() if e.source == "train"]
    assert train_entries and all(e.note.startswith("train-derived") for e in train_entries)
    assert not any(e.source == "train" for e in news_lexicon().news.values())
    hits = score(["Quelle imposture et quel amateurisme !"], profile="tweets")["hits"].iloc[0]
    assert {h["source"] for h in hits} >= {"train"}


def test_lexicon_kind_column_is_validated(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text("lemma,pos,polarity,subjectivity,note,kind\néchec,NOUN,-0.5,0.5,failure,eval\n"
                    "guerre,NOUN,-0.3,0.2,war,event\nbanal,ADJ,0,0,neutralised,\n", encoding="utf-8")
    entries = read_lexicon(path)
    assert entries[("guerre", "NOUN")].kind == "event" and entries[("échec", "NOUN")].kind == "eval"
    path.write_text("lemma,pos,polarity,subjectivity,note,kind\néchec,NOUN,-0.5,0.5,failure,topic\n", encoding="utf-8")
    with pytest.raises(InputError, match="kind"):
        read_lexicon(path)
    path.write_text("lemma,pos,polarity,subjectivity,note,kind\néchec,NOUN,-0.5,0.5,failure,\n", encoding="utf-8")
    with pytest.raises(InputError, match="kind"):
        read_lexicon(path)
    kinds = {e.kind for e in news_lexicon().news.values()}
    assert kinds == {"eval", "event"}


def test_own_news_quotes_split_and_labels():
    train, dev = load_news_quotes("train"), load_news_quotes("dev")
    everything = load_news_quotes()
    assert len(train[0]) + len(dev[0]) == len(everything[0]) >= 300
    assert set(everything[1]) == {"neg", "neu", "pos"}
    assert not set(train[0]) & set(dev[0])
    assert everything[1].count("neu") > len(everything[1]) / 3  # realistic share of neutral statements


def test_tuning_grid_finds_the_band_and_keeps_useless_steps_off():
    hits = [[{"polarity": -0.6, "kind": "eval"}], [{"polarity": 0.6, "kind": "eval"}], [],
            [{"polarity": -0.05, "kind": "eval"}], [{"polarity": 0.5, "kind": "eval"}]]
    gold = ["neg", "pos", "neu", "neu", "pos"]
    best = choose(grid(hits, gold))
    assert best.f1 == pytest.approx(1.0)
    assert best.min_evidence is None and best.event_weight == 1.0  # no event hits: nothing to discount
    assert best.neg_threshold > 0.05 and best.pos_threshold <= 0.5
    assert macro_f1(gold, gold) == 1.0
