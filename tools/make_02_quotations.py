"""Write notebooks/02_quotations.ipynb (run: .venv/bin/python tools/make_02_quotations.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_notebook import PARAMETERS, build  # noqa: E402

CELLS: list[tuple[str, str]] = [
    ("md", """
# 02 · Qui est cité, et comment

Finds every attributed statement of the articles — **direct** quotations in quote marks,
**indirect** reported speech (« X a affirmé que … »), **mixed** quotations (reported speech with
quoted words) and **selon** attributions (« selon X », « pour X », « à ses yeux ») — with its
exact span, its reporting verb (cue) and the speaker mention. The `speaker` column holds the
canonical name (« il », « le président russe » → « Vladimir Poutine »); `who`, used in the charts,
falls back to the raw mention where no speaker could be found. Change `input_paths` to run it on
your own articles.
"""),
    ("parameters", PARAMETERS),
    ("code", """
import analysis as an
from IPython.display import HTML
from analysis.plots import quotes as quote_charts
from analysis.quotes.render import render_article, save_html
from analysis.quotes.speakers import speaker_labels

ws = an.Workspace.from_parameters(input_paths, output_dir, model)
articles = ws.articles
quotes = an.resolve_speakers(an.extract_quotes(articles, model=ws.model), articles)
quotes = quotes.assign(who=speaker_labels(quotes))
print(f"{len(quotes)} quotations in {len(articles)} article(s), {quotes['speaker'].nunique()} speakers")
"""),
    ("md", """
## The quotes table

One row per quotation, in text order. `text` is the quoted or reported content (without the
marks for direct quotations, without « que » for indirect ones); `start`/`end` index the
article text exactly; `cue` is the reporting verb as written and `cue_category` its family
(neutral, assertive, evaluative, revealing, contesting, structuring, emotive, directive, media,
or selon for prepositional attributions); `continues` links a quotation to the one whose
speaker it carries over (a second sentence in quote marks with no verb of its own).
"""),
    ("code", """
columns = ["quote_id", "type", "who", "speaker_mention", "cue", "cue_category", "text", "continues"]
ws.save_table(quotes.drop(columns=["who"]), "02-quotes")
quotes[columns]
"""),
    ("md", """
## The article, with its quotations

Each speaker has one colour (the same in every chart below); the speaker mention is in bold and
the reporting verb underlined; hover a quotation to see its type, speaker and cue. The page is
also saved as a stand-alone HTML file next to the figures, to open in a browser or share.
"""),
    ("code", """
html_dir = ws.output_dir / "html"
for doc_id in articles["doc_id"]:
    save_html(articles, quotes, html_dir / f"02-quotes-{doc_id}.html", doc_id=doc_id)
HTML(render_article(articles, quotes))
"""),
    ("md", """
## Who is quoted, and in which form

Bars count quotations per speaker, split by type. Direct quotations give a speaker their own
words; indirect and « selon » attributions are the journalist's rewording. The chart counts
statements, not their length, and a speaker whose pronoun could not be resolved appears under
the mention (« il ») or as « (sans locuteur) ».
"""),
    ("code", """
fig = quote_charts.quotes_per_speaker(quotes)
ws.save_figure(fig, "02-quotes-per-speaker")
"""),
    ("md", """
## Share of voice

The share of all quoted or reported words that each speaker gets: a long indirect summary
weighs more than a one-word fragment. It measures space in the text, not influence, and
reported speech counts as the speaker's voice even though the words are the journalist's.
"""),
    ("code", """
fig = quote_charts.share_of_voice(quotes)
ws.save_figure(fig, "02-share-of-voice")
"""),
    ("md", """
## Where each speaker is quoted

Each mark is a quotation at its position in the article (0 % = first line, 100 % = last).
News stories put the main voices in the first paragraphs; reactions and context come later.
Across several articles positions are pooled, so a pattern only means something when the
articles have a comparable structure.
"""),
    ("code", """
fig = quote_charts.quote_positions(quotes, articles)
ws.save_figure(fig, "02-quote-positions")
"""),
    ("md", """
## Reporting verbs per speaker

How the journalist introduces each speaker: neutral verbs (dire, indiquer), assertive ones
(affirmer, souligner), evaluative ones (estimer, juger), contesting ones (dénoncer, démentir)…
The choice of verb frames a speaker, but the categories come from a word list: a verb's
meaning in context (ironic, negated) is not taken into account.
"""),
    ("code", """
fig = quote_charts.cue_categories(quotes)
ws.save_figure(fig, "02-cue-categories")
"""),
]


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "notebooks" / "02_quotations.ipynb"
    build(out, CELLS)
    print(f"wrote {out}")
