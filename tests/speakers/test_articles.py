"""Speaker resolution on articles the project wrote (tests/data/speakers), one per case of issue 4.

Quotes frames are built from each article's JSON (the attributing string located in the text),
so these tests check resolution alone; one test runs the real extractor on the sample article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import InputError, MissingInputError
from analysis.speakers import (
    SEPARATOR,
    SPEAKER_COLUMNS,
    SPEAKERS_TABLE_COLUMNS,
    apply_overrides,
    explode_speakers,
    load_overrides,
    mention_chains,
    resolve,
    speakers_table,
    unify_ids,
)

# --------------------------------------------------------------------------- building quotes frames

SPEAKER_DATA = Path(__file__).resolve().parents[1] / "data" / "speakers"


def quotes_frame(doc_id: str, text: str, cases: list[dict]) -> pd.DataFrame:
    rows = []
    for k, case in enumerate(cases):
        qs = text.index(case["quote"])
        qe = qs + len(case["quote"])
        ms = me = None
        mention = case.get("mention")
        if mention:
            hits = [m.start() for m in re.finditer(re.escape(mention), text)]
            outside = [h for h in hits if not qs <= h < qe] or hits
            ms = min(outside, key=lambda h: min(abs(h - qe), abs(h + len(mention) - qs)))
            me = ms + len(mention)
        rows.append({
            "doc_id": doc_id, "quote_id": f"{doc_id}:{k}", "type": case["type"], "text": case["quote"], "start": qs,
            "end": qe, "cue": "", "cue_lemma": "", "cue_category": "", "cue_start": pd.NA, "cue_end": pd.NA,
            "speaker_mention": mention, "mention_start": ms, "mention_end": me,
            "paragraph": text.count("\n\n", 0, qs), "sent_ids": [],
            "continues": f"{doc_id}:{case['continues']}" if case.get("continues") is not None else None,
        })
    frame = pd.DataFrame(rows)
    for col in ("mention_start", "mention_end", "cue_start", "cue_end"):
        frame[col] = frame[col].astype("Int64")
    return frame


def articles_frame(items: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": list(items), "text": list(items.values())})


def case(name: str) -> tuple[pd.DataFrame, pd.DataFrame, list[dict]]:
    """(articles, quotes, expectations) of one test article."""
    text = (SPEAKER_DATA / f"{name}.txt").read_text(encoding="utf-8")
    cases = json.loads((SPEAKER_DATA / f"{name}.json").read_text(encoding="utf-8"))
    return articles_frame({name: text}), quotes_frame(name, text, cases), cases


def corpus() -> tuple[pd.DataFrame, pd.DataFrame, list[dict]]:
    """The four small articles of tests/data/speakers/corpus (names across articles)."""
    spec = json.loads((SPEAKER_DATA / "corpus.json").read_text(encoding="utf-8"))
    texts = {name: (SPEAKER_DATA / "corpus" / f"{name}.txt").read_text(encoding="utf-8") for name in spec}
    frames = [quotes_frame(name, texts[name], cases) for name, cases in spec.items()]
    expectations = [c for cases in spec.values() for c in cases]
    return articles_frame(texts), pd.concat(frames, ignore_index=True), expectations


CASES = ["titles_appositions", "pronouns", "unresolved", "plural", "unnamed", "organisations", "continuation",
         "same_surname", "generic_bodies"]

# --------------------------------------------------------------------------- the cases of issue 4


def _column(field: str) -> str:
    return field if field in {"speaker", "speaker_id"} else f"speaker_{field}"


@pytest.mark.parametrize("name", CASES)
def test_each_case_resolves_as_expected(name):
    articles, quotes, cases = case(name)
    out = resolve(quotes, articles)
    assert len(out) == len(quotes)
    for (_, row), spec in zip(out.iterrows(), cases, strict=True):
        for field, expected in spec["expect"].items():
            got = row[_column(field)]
            assert got == expected or (expected is None and got is None), (row["quote_id"], field, got, expected)


def test_titles_roles_and_bare_name_point_at_the_fullest_name():
    articles, quotes, _ = case("titles_appositions")
    out = resolve(quotes, articles)
    putin = out[out["speaker"] == "Vladimir Poutine"]
    assert list(putin["speaker_mention"]) == ["M. Poutine", "Le président russe"]
    assert putin["speaker_id"].nunique() == 1


def test_two_ministers_of_different_gender_are_told_apart():
    articles, quotes, _ = case("titles_appositions")
    out = resolve(quotes, articles).set_index("speaker_mention")
    assert out.loc["La ministre", "speaker"] == "Hélène Marchetti"
    assert out.loc["le ministre", "speaker"] == "Tomas Verner"


def test_pronoun_without_antecedent_is_kept_as_written_of_kind_unknown():
    articles, quotes, _ = case("unresolved")
    first = resolve(quotes, articles).iloc[0]
    assert (first["speaker"], first["speaker_id"]) == ("il", "il@unresolved")
    assert (first["speaker_kind"], first["speaker_rule"]) == ("unknown", "mention as written")


def test_plural_speakers_are_joined_and_explode_to_one_row_each():
    articles, quotes, _ = case("plural")
    out = resolve(quotes, articles)
    first = out.iloc[0]
    assert first["speaker"].split(SEPARATOR) == ["Vladimir Poutine", "Alexandre Loukachenko"]
    assert first["speaker_id"].split(SEPARATOR) == ["vladimir-poutine", "alexandre-loukachenko"]
    rows = explode_speakers(out)
    assert len(rows) == 2 * len(out)
    assert rows.groupby("quote_id")["share"].sum().round(6).eq(1.0).all()
    assert set(rows[rows["quote_id"] == first["quote_id"]]["speaker_id"]) == {"vladimir-poutine", "alexandre-loukachenko"}


def test_relay_is_not_the_speaker():
    articles, quotes, _ = case("organisations")
    out = resolve(quotes, articles)
    relayed = out[out["speaker_mention"].str.contains("cités par", na=False)].iloc[0]
    assert relayed["speaker"] == "Insee"
    assert "Parisien" not in relayed["speaker"]


def test_continuations_inherit_the_speaker():
    articles, quotes, _ = case("continuation")
    out = resolve(quotes, articles)
    assert out["speaker_mention"].isna().sum() == 2
    assert (out.loc[out["continues"].notna(), "speaker"] == "Paul Mercier").all()


def test_same_name_across_the_corpus_gets_one_id_and_homonyms_stay_apart():
    articles, quotes, cases = corpus()
    out = resolve(quotes, articles)
    for (_, row), spec in zip(out.iterrows(), cases, strict=True):
        for field, expected in spec["expect"].items():
            assert row[_column(field)] == expected, (row["quote_id"], field)
    ids = out.set_index("quote_id")["speaker_id"]
    assert ids["a-sommet:0"] == ids["b-energie:0"] == ids["c-bref:0"] == "vladimir-poutine"
    assert ids["d-dupont:0"] != ids["d-dupont:1"]


def test_ids_resolved_in_parts_are_unified_afterwards():
    articles, quotes, _ = corpus()
    parts = [resolve(quotes[quotes["doc_id"] == d], articles) for d in ("a-sommet", "b-energie", "d-dupont")]
    assert parts[1]["speaker_id"].iloc[0] == "v-poutine"  # alone, the short name makes its own id
    whole = pd.concat(parts, ignore_index=True)
    table = pd.concat([speakers_table(p, articles) for p in parts], ignore_index=True)
    fixed, fixed_table = unify_ids(whole, table)
    putin = fixed[fixed["speaker"].str.contains("Poutine")]
    assert set(putin["speaker_id"]) == {"vladimir-poutine"}
    assert set(fixed_table.loc[fixed_table["speaker"].str.contains("Poutine"), "speaker_id"]) == {"vladimir-poutine"}
    assert set(fixed.loc[fixed["doc_id"] == "d-dupont", "speaker_id"]) == {"paul-dupont", "marie-dupont"}


def test_unify_ids_gives_each_speaker_of_a_plural_attribution_his_own_id():
    """« A ; B » in one part and « B » alone in another: B keeps B's id everywhere, and the plural row's id is
    the two ids joined, never one id made from the two names run together (which would swallow B)."""
    texts = {"duo": "Paul Durand et Marie Lenoir ont déclaré mardi que la réforme serait retirée.",
             "solo": "Marie Lenoir, la maire de Valmont, a estimé que le projet allait trop loin."}
    frames = {"duo": quotes_frame("duo", texts["duo"], [{"type": "indirect", "quote": "la réforme serait retirée",
                                                          "mention": "Paul Durand et Marie Lenoir"}]),
              "solo": quotes_frame("solo", texts["solo"], [{"type": "indirect", "quote": "le projet allait trop loin",
                                                            "mention": "Marie Lenoir"}])}
    parts = [resolve(frames[d], articles_frame({d: texts[d]})) for d in ("duo", "solo")]
    fixed = unify_ids(pd.concat(parts, ignore_index=True)).set_index("doc_id")
    assert fixed.loc["duo", "speaker"] == f"Paul Durand{SEPARATOR}Marie Lenoir"
    assert fixed.loc["duo", "speaker_id"] == f"paul-durand{SEPARATOR}marie-lenoir"
    assert fixed.loc["solo", "speaker_id"] == "marie-lenoir"
    exploded = explode_speakers(fixed.reset_index())
    assert set(exploded.loc[exploded["speaker"] == "Marie Lenoir", "speaker_id"]) == {"marie-lenoir"}


def test_unify_ids_shows_each_person_under_the_spelling_most_of_their_quotes_carry():
    texts = {"a": "Hélène Bréval a assuré que le budget serait voté.",
             "b": "Hélène Bréval a répété que le budget serait voté avant l'été.",
             "c": "Helene Breval a concédé que le calendrier était serré."}
    cues = {"a": "le budget serait voté", "b": "le budget serait voté avant l'été", "c": "le calendrier était serré"}
    parts = [resolve(quotes_frame(d, texts[d], [{"type": "indirect", "quote": cues[d],
                                                  "mention": texts[d].split(" a ")[0]}]), articles_frame({d: texts[d]}))
             for d in texts]
    assert parts[2]["speaker"].iloc[0] == "Helene Breval"
    fixed = unify_ids(pd.concat(parts, ignore_index=True))
    assert set(fixed["speaker"]) == {"Hélène Bréval"}
    assert fixed["speaker_id"].nunique() == 1


def test_unnamed_sources_get_ids_particular_to_their_article():
    articles, quotes, _ = case("unnamed")
    other = quotes.assign(doc_id="autre", quote_id=quotes["quote_id"].str.replace("unnamed", "autre"))
    both = pd.concat([quotes, other], ignore_index=True)
    arts = articles_frame({"unnamed": articles["text"].iloc[0], "autre": articles["text"].iloc[0]})
    out = resolve(both, arts)
    experts = out[out["speaker"] == "des experts"]
    assert experts["speaker_id"].nunique() == 2


def test_gender_comes_from_evidence_only():
    articles, quotes, _ = case("unresolved")
    out = resolve(quotes, articles).set_index("speaker")
    assert out.loc["Dominique Leroy", "speaker_gender"] == "unknown"  # no title, epicene role, no pronoun
    assert out.loc["la déléguée syndicale", "speaker_gender"] == "f"


# --------------------------------------------------------------------------- frames


def test_speakers_table_columns_counts_and_exact_mention_offsets():
    articles, quotes, _ = case("titles_appositions")
    out = resolve(quotes, articles)
    table = speakers_table(out, articles)
    assert list(table.columns) == SPEAKERS_TABLE_COLUMNS
    text = articles["text"].iloc[0]
    putin = table.set_index("speaker").loc["Vladimir Poutine"]
    assert putin["n_quotes"] == 2
    assert putin["quoted_words"] == sum(len(t.split()) for t in out[out["speaker"] == "Vladimir Poutine"]["text"])
    assert putin["kind"] == "person" and putin["gender"] == "m" and putin["role"] == "président russe"
    surfaces = [s for s, _, _ in putin["mentions"]]
    assert "M. Poutine" in surfaces and "Le président russe" in surfaces
    for _, row in table.iterrows():
        for surface, start, end in row["mentions"]:
            assert text[start:end] == surface
    assert table["n_quotes"].sum() == len(out)


def test_speakers_table_counts_a_plural_quote_for_each_speaker():
    articles, quotes, _ = case("plural")
    table = speakers_table(resolve(quotes, articles), articles).set_index("speaker")
    assert table.loc["Vladimir Poutine", "n_quotes"] == 2
    assert table.loc["Alexandre Loukachenko", "n_quotes"] == 2


def test_speakers_table_can_list_people_mentioned_but_not_quoted():
    articles, quotes, _ = case("pronouns")
    out = resolve(quotes, articles)
    table = speakers_table(out, articles, include_unquoted=True)
    claire = table[table["speaker"] == "Claire Bonnet"]
    assert len(claire) == 1 and claire["n_quotes"].iloc[0] == 0


def test_mention_chains_show_how_each_speaker_was_found():
    articles, quotes, _ = case("pronouns")
    chains = mention_chains(resolve(quotes, articles), articles).set_index("speaker_mention")
    assert chains.loc["Ce dernier", "rule"].startswith("latter→")
    assert chains.loc["Ce dernier", "antecedent"].startswith("Paul Arnaud")
    assert chains.loc["lui", "rule"].startswith("pronoun→")
    assert chains.loc["la même source", "speaker"] == "la préfecture"


def test_empty_frame_keeps_its_columns():
    articles, quotes, _ = case("pronouns")
    out = resolve(quotes.iloc[0:0], articles)
    assert out.empty and all(c in out.columns for c in SPEAKER_COLUMNS)
    assert list(speakers_table(out, articles).columns) == SPEAKERS_TABLE_COLUMNS


def test_missing_offsets_are_found_from_the_mention_text():
    articles, quotes, _ = case("titles_appositions")
    bare = quotes.drop(columns=["mention_start", "mention_end", "cue_start", "cue_end", "continues"])
    assert resolve(bare, articles)["speaker"].tolist() == resolve(quotes, articles)["speaker"].tolist()


def test_missing_mentions_and_missing_articles_do_not_stop_the_rest():
    articles, quotes, _ = case("titles_appositions")
    broken = quotes.copy()
    broken.loc[0, ["speaker_mention", "mention_start", "mention_end"]] = [None, pd.NA, pd.NA]
    stray = broken.iloc[[1]].assign(doc_id="absent", quote_id="absent:0")
    out = resolve(pd.concat([broken, stray], ignore_index=True), articles)
    assert out.loc[0, "speaker"] is None
    assert out.loc[1, "speaker"] == "Vladimir Poutine"
    assert out.iloc[-1]["speaker"] is None
    assert [e["doc_id"] for e in out.attrs["speaker_errors"]] == ["absent"]


def test_bad_frames_raise_clear_errors():
    articles, quotes, _ = case("pronouns")
    with pytest.raises(InputError, match="doc_id"):
        resolve(quotes.drop(columns=["doc_id"]), articles)
    with pytest.raises(InputError, match="articles"):
        resolve(quotes, articles.drop(columns=["text"]))


# --------------------------------------------------------------------------- overrides


def test_override_by_match_renames_everywhere_and_sets_fields():
    articles, quotes, _ = case("titles_appositions")
    out = resolve(quotes, articles, overrides={"Vladimir Poutine": "Vladimir V. Poutine"})
    assert (out["speaker"] == "Vladimir V. Poutine").sum() == 2
    assert set(out.loc[out["speaker"] == "Vladimir V. Poutine", "speaker_id"]) == {"vladimir-v-poutine"}


def test_override_by_quote_id_from_a_csv_file(tmp_path):
    articles, quotes, _ = case("unresolved")
    path = tmp_path / "speaker_overrides.csv"
    path.write_text("doc_id,quote_id,match,speaker,kind,gender\n"
                    "unresolved,unresolved:0,,Jean Valette,person,m\n", encoding="utf-8")
    out = resolve(quotes, articles, overrides=path)
    first = out.iloc[0]
    assert (first["speaker"], first["speaker_kind"], first["speaker_gender"]) == ("Jean Valette", "person", "m")
    table = speakers_table(out, articles)
    assert table.set_index("speaker").loc["Jean Valette", "n_quotes"] == 1
    assert mention_chains(out, articles).iloc[0]["rule"].startswith("override")


def test_override_file_from_the_environment(tmp_path, monkeypatch):
    articles, quotes, _ = case("unnamed")
    path = tmp_path / "overrides.json"
    path.write_text(json.dumps({"des experts": "experts du climat"}), encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_SPEAKER_OVERRIDES", str(path))
    assert "experts du climat" in set(resolve(quotes, articles)["speaker"])
    assert "experts du climat" not in set(resolve(quotes, articles, overrides=False)["speaker"])


def test_override_to_no_speaker_and_apply_after_the_fact():
    articles, quotes, _ = case("unnamed")
    out = resolve(quotes, articles)
    fixed = apply_overrides(out, [{"match": "des experts", "speaker": ""}])
    row = fixed[fixed["speaker_mention"] == "Des experts"].iloc[0]
    assert row["speaker"] is None and row["speaker_kind"] == "unknown"


def test_bad_override_tables_name_the_problem(tmp_path):
    with pytest.raises(MissingInputError):
        load_overrides(tmp_path / "absent.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,who\nx,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="speaker"):
        load_overrides(bad)
    with pytest.raises(InputError, match="gender"):
        load_overrides([{"match": "x", "speaker": "y", "gender": "female"}])


# --------------------------------------------------------------------------- robustness and the extractor


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_mention_offsets_resolve_without_error(data):
    articles, quotes, _ = case("pronouns")
    text = articles["text"].iloc[0]
    q = quotes.copy()
    for i in range(len(q)):
        s = data.draw(st.integers(-5, len(text) + 5))
        e = data.draw(st.integers(-5, len(text) + 5))
        q.loc[i, ["mention_start", "mention_end"]] = [s, e]
        q.loc[i, "speaker_mention"] = text[max(0, s):max(0, e)] or None
    out = resolve(q, articles, overrides=False)
    assert len(out) == len(q)
    assert set(out["speaker_kind"]) <= {"person", "organisation", "media", "unnamed source", "unknown"} | {
        k for k in out["speaker_kind"] if SEPARATOR in k}


def test_sample_article_with_the_extractor(sample_articles):
    quotes_mod = pytest.importorskip("analysis.quotes")
    quotes = quotes_mod.extract_quotes(sample_articles)
    out = resolve(quotes, sample_articles, overrides=False)
    text = sample_articles["text"].iloc[0]
    putin = out[out["speaker_mention"].isin(["Le président russe Vladimir Poutine", "M. Poutine", "il"])]
    assert len(putin) >= 7 and (putin["speaker"] == "Vladimir Poutine").all()
    incise = out[out["cue"].fillna("").str.contains("a-t-il dit")]
    assert list(incise["speaker"]) == ["Vladimir Poutine"]
    report = out[out["text"].str.contains("conférence de presse conjointe au Cosmodrome")]
    assert list(report["speaker"]) == ["Sputnik News"] and list(report["speaker_kind"]) == ["media"]
    table = speakers_table(out, sample_articles)
    for _, row in table.iterrows():
        assert all(text[s:e] == surface for surface, s, e in row["mentions"])


def test_frames_built_from_test_data_are_exact():
    for name in CASES:
        articles, quotes, _ = case(name)
        text = articles["text"].iloc[0]
        for _, q in quotes.iterrows():
            assert text[q["start"]:q["end"]] == q["text"]
            if pd.notna(q["mention_start"]):
                assert text[int(q["mention_start"]):int(q["mention_end"])] == q["speaker_mention"]
    small = "« Oui », a dit Paul."
    frame = quotes_frame("x", small, [{"quote": "Oui", "type": "direct", "mention": "Paul", "expect": {}}])
    assert frame["mention_start"].iloc[0] == small.index("Paul")
