"""French language data (in the manner of spaCy's ``spacy/lang/fr``) and how text is compared.

- :mod:`~analysis.fr.text`: :func:`~analysis.fr.text.fold`, the one normaliser;
- :mod:`~analysis.fr.datafiles`: the one loader of the open word lists in ``analysis/data`` (lists
  users may extend: reporting verbs, speaker words, document nouns, lexicons);
- closed grammatical sets as named constants: :mod:`~analysis.fr.grammar` (shared),
  :mod:`~analysis.fr.quote_words`, :mod:`~analysis.fr.speaker_words`, abbreviations, dates;
- :mod:`~analysis.fr.reporting_verbs` and :mod:`~analysis.fr.vocabulary`: open lists read from data files.
"""
