"""Write notebooks/05_corpus.ipynb (run: .venv/bin/python tools/make_05_corpus.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_notebook import build  # noqa: E402

CELLS: list[tuple[str, str]] = [
    ("md", """
# 05 · Comparer un corpus

Compares outlets, periods and speakers across a **built corpus** (a folder written by
`python -m analysis corpus build INPUT… --out DIR`): articles per outlet and per week, the most
quoted speakers per outlet, share of voice by kind and gender, the tone of each speaker in each
outlet, the words specific to each outlet, and one speaker's quotes over time.

Give the corpus folder as `input_paths` (or `corpus_dir`). Article files or Europresse exports
given instead are built first into `<output_dir>/corpus-<model>/` (re-running resumes). With no
input at all, a small invented demonstration corpus is built, so the notebook always runs.
"""),
    ("parameters", """
# parameters
input_paths = None   # a built corpus folder; or article files/folders/Europresse exports to build; None: demo corpus
model = "sm"         # spaCy model used when a corpus has to be built
output_dir = None    # None: reports/ in the repository
corpus_dir = None    # a built corpus folder (same as giving it as input_paths)
speaker = None       # speaker for the timeline; None: the most quoted one
workers = None       # building only: None means Dask on every core for large inputs; 0 means this process
"""),
    ("code", """
import analysis as an
from analysis.corpus import compare, demo_corpus, is_built_corpus, open_corpus
from analysis.plots import corpus as charts
from analysis.plots.style import palette

ws = an.Workspace.from_parameters(input_paths, output_dir, model)
if corpus_dir is None and input_paths is not None and len(ws.inputs) == 1 and is_built_corpus(ws.inputs[0]):
    corpus_dir = ws.inputs[0]
if corpus_dir is not None:
    corpus = open_corpus(corpus_dir, ws.output_dir)
elif input_paths is not None:
    corpus = open_corpus(ws.inputs, ws.output_dir / f"corpus-{ws.model}", model=ws.model, workers=workers)
else:
    corpus = demo_corpus(ws.output_dir / "corpus-demo", model=ws.model)
articles, quotes = corpus.articles, corpus.quotes
corpus
"""),
    ("md", """
What the corpus holds, and what was left out when it was built: unreadable inputs and articles
that failed (`errors`, with the stage and the reason), and near-duplicates that were dropped
(`duplicates`: the kept and the dropped article, with their similarity).
"""),
    ("code", """
overview = compare.articles_per_outlet(articles)
ws.save_table(overview, "05-articles-per-outlet")
print(f"{len(articles)} articles, {len(quotes)} citations, {len(corpus.errors)} erreurs, "
      f"{len(corpus.duplicates)} quasi-doublons écartés")
corpus.errors
"""),
    ("code", """
corpus.duplicates
"""),
    ("md", """
## Articles per outlet and per week

Bars count the articles kept after near-duplicate removal. The weekly chart stacks outlets;
weeks with no article are drawn as gaps. It shows coverage, not audience: a wire service's
hundred briefs and a weekly's one long feature weigh 100 to 1 here.
"""),
    ("code", """
outlet_colours = palette(overview["outlet"])
fig = charts.articles_per_outlet(overview, title="Articles par média")
ws.save_figure(fig, "05-articles-per-outlet", data=overview)
"""),
    ("code", """
weekly = compare.articles_per_period(articles, freq="W")
fig = charts.articles_per_period(weekly, title="Articles par semaine et par média", colours=outlet_colours)
ws.save_figure(fig, "05-articles-per-week", data=weekly)
"""),
    ("md", """
## Most quoted speakers per outlet

The ten speakers with the most attributed quotes across the corpus; each cell counts their
quotes in one outlet. Quotes whose speaker was not found are left out (see the share of voice
below for how many). A speaker's name is the fullest form found in each article; two spellings
of one person that were not merged appear as two rows.
"""),
    ("code", """
top = compare.top_speakers(quotes, articles, n=10)
fig = charts.speakers_by_outlet(top, title="Les 10 locuteurs les plus cités, par média")
ws.save_figure(fig, "05-top-speakers-per-outlet", data=top)
"""),
    ("md", """
## Share of voice by speaker kind and gender

Each bar splits one outlet's quotes by the kind of speaker (person, organisation, unnamed
source …) and by gender. Gender comes only from evidence in the text (titles, agreement,
pronouns): « inconnu » is not a third gender but missing evidence, and organisations have none.
"""),
    ("code", """
kinds = compare.share_of_voice(quotes, articles, column="speaker_kind")
fig = charts.share_of_voice(kinds, "speaker_kind", title="Part de voix par type de locuteur",
                            legend="Type de locuteur")
ws.save_figure(fig, "05-share-of-voice-kind", data=kinds)
"""),
    ("code", """
genders = compare.share_of_voice(quotes, articles, column="speaker_gender")
fig = charts.share_of_voice(genders, "speaker_gender", title="Part de voix par genre du locuteur", legend="Genre")
ws.save_figure(fig, "05-share-of-voice-gender", data=genders)
"""),
    ("md", """
## Tone of each speaker in each outlet

Mean polarity of the quotes of the most quoted speakers, per outlet, with a 95 % bootstrap
interval (only where the speaker has at least two quotes in that outlet). Overlapping intervals
mean the data cannot tell the outlets apart. The score is lexical (textblob-fr adapted to
news): it measures the words a speaker is quoted with, not the outlet's stance, and irony or
negated reported speech can fool it.
"""),
    ("code", """
tone = compare.sentiment_by_speaker_outlet(quotes, articles, n=8)
fig = charts.sentiment_by_speaker_outlet(tone, title="Tonalité des citations par locuteur et par média",
                                         colours=outlet_colours)
ws.save_figure(fig, "05-sentiment-speaker-outlet", data=tone)
"""),
    ("md", """
## Words specific to each outlet

Lemmas over-represented in each outlet compared with the rest of the corpus (Lafon's
specificity score: the negative log10 of the probability of seeing at least that many
occurrences by chance). Stop words and punctuation are left out. A high score can come from
one long article: check a term's concordance before reading it as an editorial line.
"""),
    ("code", """
tokens = corpus.table("tokens", columns=compare.KEYNESS_TOKEN_COLUMNS)
specific = compare.keyness_by_outlet(tokens, articles, n=10)
fig = charts.keyness_by_outlet(specific, n=8, title="Mots spécifiques de chaque média", colours=outlet_colours)
ws.save_figure(fig, "05-keyness-per-outlet", data=specific)
"""),
    ("md", """
## One speaker over time

Quotes of one speaker per week, by outlet, with the mean polarity of those quotes above
(weeks without quotes have no point). Set `speaker` in the parameters to follow someone else.
"""),
    ("code", """
who = speaker or compare.most_quoted(quotes)
timeline = compare.speaker_timeline(quotes, articles, who, freq="W") if who else compare.speaker_timeline(
    quotes.iloc[:0], articles, "")
fig = charts.speaker_timeline(timeline, who or "—", title=f"Citations de {who} par semaine", colours=outlet_colours)
ws.save_figure(fig, "05-speaker-timeline", data=timeline)
"""),
    ("md", """
**How to read this notebook.** Every count is of quotes the rules found, attributed to the
speakers they resolved: read the quotation and speaker evaluations (`python -m analysis.evaluate`)
before comparing small differences. Outlets differ in length and genre; compare shares rather
than raw counts, and look at the number of quotes behind every share.
"""),
]

if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "notebooks" / "05_corpus.ipynb"
    build(target, CELLS)
    print(f"wrote {target}")
