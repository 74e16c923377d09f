"""The learned speaker ranker: bounded candidates, documented features, the shipped model, the switch
(texts written for these tests)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.speakers import mention_chains, resolve
from analysis.speakers.article import resolve_article
from analysis.speakers.frame import SPEAKER_RULES, clear_cache
from analysis.speakers.ranker import (
    CANDIDATE_REACH,
    ENVIRONMENT_MODEL,
    ENVIRONMENT_SWITCH,
    FAMILIES,
    FEATURES,
    MODEL_FILE,
    NEVER_RANKED,
    PREVIOUS_QUOTES,
    WINDOW_CANDIDATES,
    candidates,
    load_model,
)

TEXT = ("Marie Durand, la maire de Villeneuve, a présenté le projet mardi devant le conseil. "
        "« Nous voulons avancer vite », a-t-elle déclaré. "
        "Paul Martin, le président du club, a aussitôt réagi. "
        "« Rien n'est prêt », a-t-il estimé. "
        "« Le vote aura lieu lundi », a précisé Paul Martin.")


def _row(text: str, n: int, quote: str, mention: str, cue: str) -> dict:
    """A quotes-frame row: ``quote``, then its attributing string and cue after it in the same sentence."""
    start = text.index(quote)
    ms = text.index(mention, start + len(quote))
    cs = text.index(cue, start + len(quote))
    return {"doc_id": "t", "quote_id": f"t:q{n}", "type": "direct", "text": quote, "start": start,
            "end": start + len(quote), "speaker_mention": mention, "mention_start": ms, "mention_end": ms + len(mention),
            "cue": cue, "cue_start": cs, "cue_end": cs + len(cue), "continues": None, "paragraph": 0}


ROWS = [_row(TEXT, 1, "Nous voulons avancer vite", "elle", "déclaré"),
        _row(TEXT, 2, "Rien n'est prêt", "il", "estimé"),
        _row(TEXT, 3, "Le vote aura lieu lundi", "Paul Martin", "précisé")]


def _observed(text: str, rows: list[dict]):
    """(candidates, the rules' picks by quote id, entity displays) of one resolved article."""
    seen = {}

    def observe(ctx, result):
        seen["cands"] = candidates(ctx, result)
        seen["picks"] = {qid: f.ents for qid, f in result.items()}
        seen["names"] = {k: e.display for k, e in ctx.entities.items()}

    resolve_article(text, rows, observe=observe)
    return seen["cands"], seen["picks"], seen["names"]


def _resolve(rows: list[dict], **kw) -> pd.DataFrame:
    return resolve(pd.DataFrame(rows), pd.DataFrame({"doc_id": ["t"], "text": [TEXT], "path": ["t"]}), **kw)


@pytest.fixture
def forcing_model(tmp_path, monkeypatch):
    """A model that prefers whoever spoke the quotation before, for every family it may overrule."""
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("spoke_previous")] = 5.0
    path = tmp_path / MODEL_FILE
    path.write_text(json.dumps({"features": list(FEATURES), "weights": weights, "bias": 0.0, "margin": 0.5,
                                "rules": [*FAMILIES, *NEVER_RANKED], "on_by_default": False}), encoding="utf-8")
    monkeypatch.setenv(ENVIRONMENT_MODEL, str(path))
    monkeypatch.delenv(ENVIRONMENT_SWITCH, raising=False)
    clear_cache()
    yield path
    clear_cache()


def test_candidates_start_with_the_rules_pick_and_only_choosing_rules_are_ranked():
    cands, picks, names = _observed(TEXT, ROWS)
    assert [c.quote_id for c in cands] == ["t:q1", "t:q2"]  # the quotation named by its mention is not ranked
    assert all(c.options[0] == picks[c.quote_id] and c.family == "pronoun" for c in cands)
    assert names[picks["t:q2"][0]] == "Paul Martin"
    assert any(names[o[0]] == "Marie Durand" for o in cands[1].options[1:])


def test_candidates_are_bounded_however_many_people_the_text_names():
    crowd = " ".join(f"Le voisin numéro {n} a croisé Jean Voisin{n} au marché." for n in range(300))
    text = f"{crowd} Luc Armand est arrivé ensuite. « Tout va bien », a-t-il assuré."
    cands, _picks, names = _observed(text, [_row(text, 1, "Tout va bien", "il", "assuré")])
    (c,) = cands
    assert len(c.options) <= 2 + WINDOW_CANDIDATES + PREVIOUS_QUOTES
    assert "Jean Voisin0" not in {names[k] for o in c.options for k in o}  # far beyond CANDIDATE_REACH
    assert text.index("Jean Voisin0") < text.index("Tout va bien") - CANDIDATE_REACH


def test_features_of_an_invented_article_are_what_the_docstring_says():
    cands, picks, names = _observed(TEXT, ROWS)
    second = cands[1]
    by_name = {names[o[0]]: dict(zip(FEATURES, v, strict=True)) for o, v in zip(second.options, second.values,
                                                                               strict=True) if len(o) == 1}
    paul, marie = by_name["Paul Martin"], by_name["Marie Durand"]
    assert all(0.0 <= x <= 1.0 for v in second.values for x in v) and all(len(v) == len(FEATURES) for v in second.values)
    assert paul["is_pick"] == 1 and marie["is_pick"] == 0
    assert paul["pick_pronoun"] == 1 and paul["pick_direct"] == 1 and marie["pick_pronoun"] == 0
    assert paul["pronoun_gender_agrees"] == 1 and marie["pronoun_gender_clashes"] == 1  # « il »: m
    assert marie["spoke_previous"] == 1 and marie["quotes_back"] == 1 / (PREVIOUS_QUOTES + 1)
    assert paul["spoke_previous"] == 0 and paul["quotes_back"] == 1.0
    assert paul["kind_person"] == 1 and paul["has_name"] == 1 and paul["is_plural"] == 0
    assert paul["same_paragraph"] == 1 and paul["no_mention_in_window"] == 0
    assert marie["pick_gender_clashes"] == 1 and marie["same_kind_as_pick"] == 1


def test_the_shipped_model_names_exactly_the_features_the_code_computes():
    from analysis import config

    data = json.loads(config.data_file(MODEL_FILE).read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES and len(data["weights"]) == len(FEATURES)
    assert set(data["rules"]) <= set(FAMILIES) and not set(data["rules"]) & NEVER_RANKED
    assert {"sets", "pairs"} <= set(data["training"]) and "by_family" in data["cv"]
    assert load_model().margin == data["margin"]


def test_a_model_for_other_features_is_refused(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"features": ["is_pick"], "weights": [1.0], "bias": 0, "margin": 0}), encoding="utf-8")
    with pytest.raises(Exception, match="other features"):
        load_model(path)


def test_the_switch_turns_the_ranker_on_and_off(forcing_model, monkeypatch):
    off = _resolve(ROWS, ranker=False)
    on = _resolve(ROWS, ranker=True)
    assert (off.loc[1, "speaker"], off.loc[1, "speaker_rule"]) == ("Paul Martin", "pronoun")
    assert (on.loc[1, "speaker"], on.loc[1, "speaker_rule"]) == ("Marie Durand", "ranker (pronoun)")
    assert "ranker" in SPEAKER_RULES
    monkeypatch.setenv(ENVIRONMENT_SWITCH, "1")
    assert _resolve(ROWS).loc[1, "speaker"] == "Marie Durand"
    monkeypatch.setenv(ENVIRONMENT_SWITCH, "0")
    assert _resolve(ROWS).loc[1, "speaker"] == "Paul Martin"
    chains = mention_chains(on, pd.DataFrame({"doc_id": ["t"], "text": [TEXT], "path": ["t"]}), ranker=True)
    assert not chains["rule"].str.startswith("override").any()


def test_a_quotation_resolved_by_a_name_is_never_touched(forcing_model):
    rows = [ROWS[0], ROWS[2]]  # Marie Durand spoke just before: the forcing model would pick her if it could
    on = _resolve(rows, ranker=True)
    assert (on.loc[1, "speaker"], on.loc[1, "speaker_rule"]) == ("Paul Martin", "name")
