"""The same count is the same number everywhere in a report.

The full report runs on three short articles written for this test (two outlets, three dates; one
speaker spelled « Hélène Marchal », « Helene Marchal » and « HÉLÈNE MARCHAL »; a quotation
attributed to two people; a quotation whose speaker nobody names). Then every table that
counts quotations or quoted words per speaker, per gender or per kind — the tables saved next
to each chart, the speakers table, the sentiment table, the corpus comparisons, the summary of
the index page — must give the same numbers, with the same labels.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis.fr.text import fold
from analysis.labels import NO_SPEAKER, labels
from analysis.report import run_report
from analysis.speakers import SEPARATOR
from analysis.tables import read_table_csv

pytestmark = [pytest.mark.slow]

ARTICLES = {
    "gazette-2023-03-01-port.txt": ("La Gazette du Nord", """Le port de Valmont va doubler ses quais d'ici 2026

« Ce chantier changera la vie de toute la vallée », a déclaré Hélène Marchal, la maire de Valmont, mercredi devant le \
conseil municipal. Elle a ajouté que les premiers travaux commenceraient au printemps.

Selon la chambre de commerce, plus de deux cents emplois seront créés sur le site.

« Nous n'avons jamais été consultés », ont protesté Paul Bertin et Jean Rocher, deux pêcheurs du vieux port. Les deux \
hommes ont affirmé que les quais actuels suffisent largement.

Mme Marchal a répondu que chaque riverain serait reçu avant l'été."""),
    "courrier-2023-03-08-port.txt": ("Le Courrier du Sud", """Valmont : les pêcheurs demandent un moratoire

« Il faudra bien finir par nous écouter », a-t-il lancé.

Les pêcheurs du vieux port ont remis une pétition à la mairie lundi.

« Nous voulons simplement être entendus avant le début des travaux », a expliqué Paul Bertin, qui pêche à Valmont \
depuis trente ans.

Helene Marchal a estimé que le dialogue restait ouvert. « Personne ne sera laissé de côté », a-t-elle assuré.

D'après la préfecture, le permis de construire doit être signé en avril."""),
    "gazette-2023-03-15-conseil.txt": ("La Gazette du Nord", """Conseil municipal houleux à Valmont

La séance de jeudi a duré plus de quatre heures.

« Ce projet est une chance pour nos enfants », a déclaré HÉLÈNE MARCHAL en ouverture de la séance.

Jean Rocher a dénoncé un « passage en force » et a annoncé un recours devant le tribunal administratif.

La chambre de commerce a indiqué qu'elle soutiendrait les entreprises du port pendant les travaux.

Claire Dumas, conseillère d'opposition, a jugé que le budget était sous-estimé. « Les chiffres ne tiennent pas », \
a-t-elle dit."""),
}


def _run(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, (outlet, text) in ARTICLES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
        (folder / name.replace(".txt", ".meta.json")).write_text(json.dumps({"outlet": outlet}), encoding="utf-8")
    out = tmp_path_factory.mktemp("report") / "valmont"
    run_report([str(folder)], out_dir=out, progress=False)
    return out


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The report of the articles above (or the one in $ANALYSIS_CONSISTENCY_REPORT, to check again)."""
    again = os.environ.get("ANALYSIS_CONSISTENCY_REPORT")
    return Path(again) if again else _run(tmp_path_factory)


def table(report: Path, name: str) -> pd.DataFrame:
    return read_table_csv(report / "tables" / f"{name}.csv")


def by(frame: pd.DataFrame, key: str, value: str, *, folded: bool = False) -> dict[str, int]:
    """``{key: sum of value}``, rows with a zero sum left out; ``folded``: keys compared without
    accents and case (for a table that spells each name as its article does)."""
    keys = frame[key].map(fold) if folded else frame[key]
    sums = frame.groupby(keys)[value].sum()
    return {str(k): int(v) for k, v in sums.items() if v}


def test_every_notebook_ran_and_every_chart_saved_its_numbers(report):
    manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "ok"
    assert {nb["status"] for nb in manifest["notebooks"]} == {"ok"}
    assert manifest["figures_without_data"] == []


def test_quotes_per_speaker_are_the_same_in_every_table(report):
    quotes = table(report, "02-quotes")
    expected = by(table(report, "02-quotes-per-speaker"), "speaker", "n_quotes")
    named = {k: v for k, v in expected.items() if k != NO_SPEAKER}
    assert by(table(report, "02-share-of-voice"), "speaker", "n_quotes") == expected
    assert by(table(report, "02b-share-of-voice-speakers"), "speaker", "n_quotes") == expected
    assert by(table(report, "03-sentiment-per-speaker"), "speaker", "n_quotes") == expected
    exploded = quotes["speaker"].str.split(SEPARATOR).explode()
    assert {str(k): int(v) for k, v in exploded.value_counts().items()} == expected  # the quotes table itself
    top = table(report, "05-top-speakers-per-outlet")
    assert by(top, "speaker", "quotes") == {k: named[k] for k in by(top, "speaker", "quotes")}
    speakers = table(report, "02b-speakers")  # per article, spelled as each article does: unified by fold
    spelled = {fold(k): v for k, v in named.items()}
    assert by(speakers, "speaker", "n_quotes", folded=True) == spelled
    manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
    assert {s["speaker"]: s["quotes"] for s in manifest["summary"]["speakers"]} == named  # the index page


def test_quoted_words_are_the_same_in_every_table(report):
    expected = by(table(report, "02-quotes-per-speaker"), "speaker", "quoted_words")
    assert by(table(report, "02-share-of-voice"), "speaker", "quoted_words") == expected
    assert by(table(report, "02b-share-of-voice-speakers"), "speaker", "quoted_words") == expected
    named = {fold(k): v for k, v in expected.items() if k != NO_SPEAKER}
    assert by(table(report, "02b-speakers"), "speaker", "quoted_words", folded=True) == named


@pytest.mark.parametrize("column", ["gender", "kind"])
def test_gender_and_kind_counts_agree_between_the_article_and_corpus_notebooks(report, column):
    article_view = table(report, f"02b-share-of-voice-{column}")
    corpus_view = table(report, f"05-share-of-voice-{column}-outlet")
    assert by(corpus_view, column, "quotes") == by(article_view, column, "n_quotes")
    assert sum(by(article_view, column, "n_quotes").values()) == sum(by(table(report, "02-quotes-per-speaker"),
                                                                        "speaker", "n_quotes").values())


def test_totals_agree_with_the_summary(report):
    manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["summary"]["counts"]["quotes"] == len(table(report, "02-quotes"))
    assert manifest["summary"]["counts"]["articles"] == len(table(report, "01-article-shape")) == len(ARTICLES)


def test_one_speaker_whatever_the_accents_or_case(report):
    for name in ("02-quotes-per-speaker", "02b-share-of-voice-speakers", "03-sentiment-per-speaker",
                 "05-top-speakers-per-outlet"):
        spellings = {s for s in table(report, name)["speaker"] if fold(s) == "helene marchal"}
        assert spellings == {"Hélène Marchal"}, name


def test_one_label_per_category_and_for_no_speaker(report):
    counted = table(report, "02-quotes-per-speaker")["speaker"].tolist()
    assert NO_SPEAKER in counted  # « il » with no one before it is nobody, not a speaker called « il »
    assert "il" not in counted
    french = {"type": set(labels("quote_type").values()), "cue_category": set(labels("cue_category").values())}
    quotes = table(report, "02-quotes")
    for column, allowed in french.items():
        assert set(quotes[column].dropna()) <= allowed, column
    assert set(table(report, "02b-share-of-voice-kind")["kind"]) <= {*labels("speaker_kind").values(), NO_SPEAKER}
    assert set(table(report, "02b-share-of-voice-gender")["gender"]) <= {*labels("gender").values(), NO_SPEAKER}
    other_names = {"non attribué", "(inconnu)", "inconnu", "nan", "None", "(non résolu)"}
    for csv in (report / "tables").glob("*.csv"):
        frame = read_table_csv(csv)
        if "speaker" in frame:
            values = set(frame["speaker"].dropna().astype(str))
            assert not values & other_names, csv.name
