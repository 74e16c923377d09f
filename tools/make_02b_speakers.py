"""Write notebooks/02b_speakers.ipynb (run: .venv/bin/python tools/make_02b_speakers.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_notebook import PARAMETERS, build  # noqa: E402

CELLS: list[tuple[str, str]] = [
    ("md", """
# 02b · Qui parle : les locuteurs

Groups every quotation under one canonical speaker per person or organisation: « il »,
« M. Poutine », « le président russe » and « ce dernier » all count for « Vladimir Poutine ».
Each speaker gets a kind (person, organisation, media, unnamed source), the role the article
gives them, and a gender **only when the text says it** (M./Mme, « la ministre », « elle »).
The resolution can be checked (mention chains below) and corrected by hand (last section).
Change `input_paths` to run it on your own articles.
"""),
    ("parameters", PARAMETERS + """\
speaker_overrides = None  # None: the file named by $ANALYSIS_SPEAKER_OVERRIDES, if any; or a CSV/JSON path
"""),
    ("code", """
import analysis as an
from analysis.plots import speakers as speaker_charts

ws = an.Workspace.from_parameters(input_paths, output_dir, model)
articles = ws.articles
quotes = an.extract_quotes(articles, model=ws.model)
quotes = an.speakers.resolve(quotes, articles, overrides=speaker_overrides)
speakers = an.speakers.speakers_table(quotes, articles)
print(f"{len(quotes)} quotations, {len(speakers)} speakers in {len(articles)} article(s); "
      f"{quotes['speaker'].isna().sum()} quotation(s) without a resolved speaker")
"""),
    ("md", """
## The speakers table

One row per speaker of each article: `speaker` is the most complete name the article gives (an
unnamed source keeps its wording, « des experts »); `speaker_id` is the same for the same person
across articles (« vladimir-poutine »); `mentions` lists every way the article refers to them,
with offsets into the text; `n_quotes` and `quoted_words` measure how much they are quoted. A
quotation attributed to several people (« MM. X et Y ont déclaré ») counts for each of them.
"""),
    ("code", """
ws.save_table(speakers, "02b-speakers")
speakers.drop(columns=["mentions"])
"""),
    ("md", """
## Share of voice by speaker

Each speaker's share of all quoted or reported words. It measures space in the text, not
influence; reported speech counts as the speaker's voice even though the words are the
journalist's. Beyond eight speakers the rest are grouped as « autres ».
"""),
    ("code", """
fig = speaker_charts.share_of_voice(speakers, by="speaker")
ws.save_figure(fig, "02b-share-of-voice-speakers",
               data=speakers.groupby("speaker", as_index=False)[["n_quotes", "quoted_words"]].sum())
"""),
    ("md", """
## Share of voice by gender and by kind of source

Gender is « inconnu » unless the text marks it (a title, a feminine role noun, a pronoun), so the
« inconnu » bar is part of the result, not noise: never read it as « mostly men ». Organisations,
media and unnamed sources have no gender. The kind chart shows how much of the article rests on
named people, on institutions, and on sources the reader cannot check.
"""),
    ("code", """
fig = speaker_charts.share_of_voice(speakers, by="gender")
ws.save_figure(fig, "02b-share-of-voice-gender",
               data=speakers.groupby("gender", as_index=False)[["n_quotes", "quoted_words"]].sum())
fig = speaker_charts.share_of_voice(speakers, by="kind")
ws.save_figure(fig, "02b-share-of-voice-kind",
               data=speakers.groupby("kind", as_index=False)[["n_quotes", "quoted_words"]].sum())
"""),
    ("md", """
## Checking a resolution: the mention chains

For every quotation: the attributing words found by the extractor, the rule that led to the
speaker (`title`, `role+name`, `role` — a function such as « le président russe » bound to the
person the article gives it —, `pronoun→…`, `latter→…` for « ce dernier », `source→…` for « la
même source », `continuation`, `override`…), and for anaphors the antecedent used. The chart shows
the quotations of the first article along its paragraphs, one row per speaker; a line joins an
anaphor to its antecedent. A triangle on an unexpected row is the first thing to check.
"""),
    ("code", """
chains = an.speakers.mention_chains(quotes, articles)
ws.save_table(chains, "02b-mention-chains")
chains[["quote_id", "paragraph", "speaker_mention", "rule", "antecedent", "speaker"]]
"""),
    ("code", """
first = articles["doc_id"].iloc[0]
fig = speaker_charts.mention_chain(chains, doc_id=first)
ws.save_figure(fig, "02b-mention-chain", data=chains[chains["doc_id"] == first])
"""),
    ("md", """
## Correcting a resolution by hand

Corrections live in a small table that every analysis respects (sentiment and keywords per
speaker read the same `speaker` column). The cell below saves a template with one row per
quotation and its current speaker, `tables/02b-speaker-overrides-template.csv`: keep only the
rows to fix, write the right name in `speaker` (empty = no speaker), optionally `kind`, `role`,
`gender`, and pass the file as `speaker_overrides` above. A row with `match` instead of
`quote_id` renames a speaker everywhere (« V. V. Poutine » → « Vladimir Poutine »). To apply the
same file in every notebook and in `python -m analysis report`, name it in the environment
variable `ANALYSIS_SPEAKER_OVERRIDES`.
"""),
    ("code", """
template = quotes[["doc_id", "quote_id", "speaker_mention", "speaker", "speaker_kind", "speaker_role",
                   "speaker_gender"]].rename(columns={"speaker_mention": "match", "speaker_kind": "kind",
                                                      "speaker_role": "role", "speaker_gender": "gender"})
template["match"] = ""
ws.save_table(template, "02b-speaker-overrides-template")
an.speakers.load_overrides(speaker_overrides)
"""),
]


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "notebooks" / "02b_speakers.ipynb"
    build(out, CELLS)
    print(f"wrote {out}")
