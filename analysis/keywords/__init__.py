"""Keywords and lexicometry: frequencies, collocations, repeated segments, keyness, concordances, TF-IDF.

DataFrames in and out, on the tokens frame of :func:`analysis.nlp.tokens`:

>>> import analysis as an
>>> from analysis import keywords as kw
>>> toks = an.tokens(an.load_article(an.config.SAMPLE_ARTICLE))
>>> kw.frequencies(toks, pos={"NOUN", "PROPN"}).head()
>>> parts = kw.partition_tokens(toks, "quotes", quotes=an.extract_quotes(...))
>>> rows = kw.keyness(parts)          # part, term, f, F, t, T, specificity, g2, log_ratio
>>> rows.attrs["skipped"]            # parts under MIN_PART_WORDS words: no rows
>>> kw.kwic(parts, rows.iloc[0])      # the contexts behind a row

The concordance as a search box in JupyterLab is :func:`analysis.widgets.kwic_view`.
"""

from analysis.keywords.counting import frequencies, part_sizes
from analysis.keywords.keyness import KEYNESS_COLUMNS, MIN_PART_WORDS, keyness, keyness_scores, lexical_table
from analysis.keywords.kwic import kwic
from analysis.keywords.narration import narration_words
from analysis.keywords.ngrams import collocations, repeated_segments
from analysis.keywords.partitions import NARRATION, QUOTED, partition_labels, partition_tokens, quote_index
from analysis.keywords.stats import g2, log_ratio, specificity
from analysis.keywords.terms import CONTENT_POS, stop_words, token_terms, word_mask
from analysis.keywords.tfidf import tfidf

__all__ = [
    "CONTENT_POS", "KEYNESS_COLUMNS", "MIN_PART_WORDS", "NARRATION", "QUOTED", "collocations", "frequencies", "g2",
    "keyness", "keyness_scores", "kwic", "lexical_table", "log_ratio", "narration_words", "part_sizes",
    "partition_labels", "partition_tokens",
    "quote_index", "repeated_segments", "specificity", "stop_words", "tfidf", "token_terms", "word_mask",
]
