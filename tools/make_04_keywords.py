"""Write notebooks/04_keywords.ipynb (run: .venv/bin/python tools/make_04_keywords.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_notebook import PARAMETERS, build  # noqa: E402

CELLS: list[tuple[str, str]] = [
    ("md", """
# 04 · Mots-clés et lexicométrie

Which words dominate the articles, which words go together, and which words each speaker
over- or under-uses compared with everyone else (Lafon's specificity, as TXM computes it),
with the contexts behind every number. Lemmas come from spaCy; stop words are spaCy's French
list plus `analysis/data/stop_words_extra.txt` (edit it, or pass your own words).
"""),
    ("parameters", PARAMETERS + """\
word = None          # word or phrase for the concordance; None: the most specific term found
"""),
    ("code", """
import analysis as an
from analysis import keywords as kw
from analysis.plots import keywords as charts

ws = an.Workspace.from_parameters(input_paths, output_dir, model)
articles = ws.articles
tokens = an.tokens(articles, model=ws.model)
try:  # quotations and speakers, when those modules are installed
    quotes = an.resolve_speakers(an.extract_quotes(articles, model=ws.model), articles)
except ImportError:
    quotes = None
print(f"{len(articles)} article(s), {kw.part_sizes(tokens).sum()} mots, "
      f"{0 if quotes is None else len(quotes)} citation(s)")
"""),
    ("md", """
## Most frequent lemmas

Nouns, proper nouns, verbs and adjectives, stop words left out; `per_10k` is the count per
10,000 words of the whole text (stop words included), so corpora of different sizes compare.
Colours give the part of speech spaCy assigned; a lemma tagged two ways is shown under its
most frequent tag. Frequency is not importance: a wire story repeats names by convention.
"""),
    ("code", """
freqs = kw.frequencies(tokens, pos={"NOUN", "PROPN", "VERB", "ADJ"})
fig = charts.top_terms(freqs, n=20, title="Lemmes les plus fréquents (noms, verbes, adjectifs)")
ws.save_figure(fig, "04-top-lemmas", data=freqs.head(20))
"""),
    ("md", """
## Words that go together

Collocations: pairs of lemmas adjacent more often than chance predicts, scored with NLTK's
log-likelihood (`llr`), PMI, t-score and chi². PMI favours rare pairs, t-score frequent ones;
with one article, counts are tiny and only the ranking is worth reading. Repeated segments are
the word sequences that recur verbatim (Lexico's *segments répétés*), the formulas of the text.
"""),
    ("code", """
pairs = kw.collocations(tokens, min_freq=2, top=20)
ws.save_table(pairs, "04-collocations")
pairs
"""),
    ("code", """
segments = kw.repeated_segments(tokens, min_freq=2)
ws.save_table(segments, "04-repeated-segments")
segments.head(20)
"""),
    ("md", """
## What each speaker says more, and less, than the others

Tokens inside a quotation belong to its speaker, the others to the journalist's narration
(« (récit) »); without quotations the parts are the articles. Each panel shows the terms a
part uses most above (blue) and below (orange) what its size predicts; the number in brackets
is the count in the part. Every row of the table carries the counts it was computed from
(f, F, t, T). A specificity of 2 means a 1-in-100 chance; on one article most values are
small, and one long quotation can make a word « specific »: read the concordance before
concluding.
"""),
    ("code", """
if quotes is not None and len(quotes):
    parts = kw.partition_tokens(tokens, "speaker", quotes=quotes)
else:
    parts = kw.partition_tokens(tokens, "doc")
key = kw.keyness(parts, min_freq=2)
fig = charts.keyness_bars(key, n=6, title="Spécificités par locuteur (sur- et sous-emplois)")
ws.save_figure(fig, "04-keyness-per-speaker", data=key)
"""),
    ("md", """
## Concordance

Every occurrence of a word with its context, the speaker when it lies inside a quotation, and
its offsets in the article. In JupyterLab, type another lemma, form or phrase in the box; in
the report, the table shows the word chosen in the parameters (or the most specific term).
"""),
    ("code", """
query = word or (str(key.iloc[0]["term"]) if len(key) else str(freqs.iloc[0]["term"]))
kw.kwic_view(parts, query, articles=articles, quotes=quotes)
"""),
    ("md", """
The contexts behind one keyness row, in one call: the first row of the table above, restricted
to its part.
"""),
    ("code", """
kw.kwic(parts, key.iloc[0], articles=articles, quotes=quotes)[["part", "left", "keyword", "right"]] if len(key) else None
"""),
]

if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "notebooks" / "04_keywords.ipynb"
    build(target, CELLS)
    print(f"wrote {target}")
