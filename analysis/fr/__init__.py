"""French language data as small constant modules (in the manner of spaCy's ``spacy/lang/fr``).

Larger lists that users may want to extend (reporting verbs, stop words, lexicons) live as
files in ``analysis/data`` instead.
"""
