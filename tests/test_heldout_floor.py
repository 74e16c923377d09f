"""The project's blind-written quotation sets: well-formed, and a floor the rules must keep.

The floors sit a little under today's numbers on all sets together (quote F1 0.977, speaker
accuracy 0.923 at the time of writing); they catch a rule change that breaks text the rules were
not written for, which tests/data/quotes (1.000 by construction) cannot.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import evaluate

HELDOUT = Path(__file__).parent / "data" / "heldout"
SETS = sorted(p for p in HELDOUT.iterdir() if (p / "gold").is_dir())
KEYS = ["speaker", "speaker_mention", "cue", "type", "quote", "paragraph"]


def test_every_set_is_well_formed():
    assert len(SETS) >= 6
    for root in SETS:
        for gold_file in sorted((root / "gold").glob("*.json")):
            text = (root / "articles" / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
            paragraphs = text.split("\n\n")
            for row in json.loads(gold_file.read_text(encoding="utf-8")):
                assert list(row) == KEYS, gold_file
                assert row["type"] in evaluate.TYPES, gold_file
                assert row["quote"] in paragraphs[row["paragraph"]], (gold_file, row["quote"])


@pytest.fixture(scope="module")
def scores():
    return [evaluate.evaluate_quotes(root)[0] for root in SETS]


def test_quotes_and_speakers_keep_their_floor_on_text_the_rules_were_not_written_for(scores):
    gold = sum(s.n_gold for s in scores)
    predicted = sum(s.n_pred for s in scores)
    matched = sum(len(s.matches) for s in scores)
    precision, recall = matched / predicted, matched / gold
    f1 = 2 * precision * recall / (precision + recall)
    speakers = sum(s.speaker_correct("speaker") for s in scores) / matched
    assert gold > 1000
    assert f1 >= 0.96, f"quote F1 on the held-out sets fell to {f1:.3f}"
    assert speakers >= 0.90, f"speaker accuracy on the held-out sets fell to {speakers:.3f}"
