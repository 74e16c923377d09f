"""Corpora with planted topics, to check that a classification finds what was put in.

:func:`planted_corpus` writes articles (and their tokens frame, without spaCy) in which each
article is about one topic: every content word is drawn from that topic's vocabulary, except a
share ``noise`` drawn from everything else (a background of general news words and the other
topics' words). Function words and punctuation are interleaved as in prose, so segmenting,
stop-word filtering and POS filtering are exercised as on real text. The vocabularies below are
the project's own word lists, one per topic, each word with its part of speech.

:func:`adjusted_rand_index` scores a classification against the planted topics (1 = the same
partition, ~0 = chance), as Hubert and Arabie (1985) defined it.
"""

from __future__ import annotations

from math import comb

import numpy as np
import pandas as pd

TOPICS: dict[str, str] = {
    "fiscalité": "impôt:NOUN taxe:NOUN budget:NOUN déficit:NOUN contribuable:NOUN fiscal:ADJ dette:NOUN recette:NOUN "
                 "prélèvement:NOUN exonération:NOUN taxer:VERB financer:VERB rembourser:VERB économiser:VERB "
                 "trésor:NOUN dépense:NOUN barème:NOUN niche:NOUN budgétaire:ADJ emprunt:NOUN",
    "manifestation": "manifestant:NOUN cortège:NOUN police:NOUN barrage:NOUN blocage:NOUN rassemblement:NOUN "
                     "gendarme:NOUN défiler:VERB bloquer:VERB interpeller:VERB pancarte:NOUN slogan:NOUN "
                     "mobilisation:NOUN grenade:NOUN blessé:NOUN préfecture:NOUN violent:ADJ pacifique:ADJ "
                     "rond-point:NOUN occupation:NOUN",
    "santé": "hôpital:NOUN médecin:NOUN patient:NOUN soin:NOUN infirmier:NOUN urgence:NOUN lit:NOUN "
             "maladie:NOUN vaccin:NOUN soigner:VERB hospitaliser:VERB opérer:VERB clinique:NOUN "
             "ordonnance:NOUN médical:ADJ sanitaire:ADJ chirurgien:NOUN traitement:NOUN pharmacie:NOUN symptôme:NOUN",
    "école": "élève:NOUN enseignant:NOUN classe:NOUN collège:NOUN lycée:NOUN examen:NOUN programme:NOUN "
             "rentrée:NOUN diplôme:NOUN enseigner:VERB apprendre:VERB réviser:VERB scolaire:ADJ "
             "professeur:NOUN cantine:NOUN cartable:NOUN devoir:NOUN bulletin:NOUN pédagogique:ADJ récréation:NOUN",
    "climat": "carbone:NOUN émission:NOUN température:NOUN réchauffement:NOUN glacier:NOUN sécheresse:NOUN "
              "canicule:NOUN climatique:ADJ polluer:VERB réduire:VERB isoler:VERB éolienne:NOUN "
              "biodiversité:NOUN inondation:NOUN océan:NOUN renouvelable:ADJ fossile:ADJ serre:NOUN "
              "pollution:NOUN écologique:ADJ",
    "agriculture": "agriculteur:NOUN récolte:NOUN élevage:NOUN vache:NOUN champ:NOUN tracteur:NOUN blé:NOUN "
                   "semer:VERB labourer:VERB traire:VERB ferme:NOUN exploitation:NOUN engrais:NOUN "
                   "pesticide:NOUN agricole:ADJ bio:ADJ vendange:NOUN moisson:NOUN éleveur:NOUN pâturage:NOUN",
}
"""Six topics of twenty content words each."""

BACKGROUND = ("semaine:NOUN année:NOUN pays:NOUN question:NOUN situation:NOUN moment:NOUN journée:NOUN "
              "région:NOUN ville:NOUN public:ADJ important:ADJ nouveau:ADJ récent:ADJ expliquer:VERB "
              "annoncer:VERB estimer:VERB rappeler:VERB indiquer:VERB mois:NOUN responsable:NOUN "
              "habitant:NOUN projet:NOUN décision:NOUN hier:ADV récemment:ADV longtemps:ADV")
"""General news words every topic uses."""

FUNCTION_WORDS = ("le:DET la:DET les:DET un:DET une:DET des:DET de:ADP à:ADP dans:ADP pour:ADP sur:ADP "
                  "avec:ADP et:CCONJ mais:CCONJ qui:PRON que:SCONJ il:PRON elle:PRON ils:PRON est:AUX a:AUX "
                  "sont:AUX ont:AUX")
"""Grammatical words, all on the stop-word list, interleaved with the content words."""

CONTENT_SHARE = 0.55
"""Share of word tokens that are content words (the rest are function words), as in news prose."""


def _entries(spec: str) -> list[tuple[str, str]]:
    return [tuple(item.split(":")) for item in spec.split()]  # type: ignore[misc]


def _zipf(n: int) -> np.ndarray:
    weights = 1.0 / np.arange(1, n + 1) ** 0.8
    return weights / weights.sum()


def planted_corpus(
    n_topics: int = 4,
    docs_per_topic: int = 30,
    words_per_doc: int = 240,
    noise: float = 0.2,
    seed: int = 0,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and tokens of ``n_topics × docs_per_topic`` invented articles with planted topics.

    ``noise``: share of content words drawn from outside the article's topic. The articles
    frame has ``doc_id``, ``text``, ``topic`` and ``outlet`` (two invented outlets, independent
    of the topic); the tokens frame has the pipeline's columns with exact offsets.
    """
    if not 1 <= n_topics <= len(TOPICS):
        raise ValueError(f"n_topics must be between 1 and {len(TOPICS)}")
    rng = np.random.default_rng(seed)
    names = list(TOPICS)[:n_topics]
    vocab = {name: _entries(TOPICS[name]) for name in names}
    outside = {name: _entries(BACKGROUND) + [e for other in names if other != name for e in vocab[other]]
               for name in names}
    function = _entries(FUNCTION_WORDS)
    articles, token_rows = [], []
    for t, name in enumerate(names):
        for d in range(docs_per_topic):
            doc_id = f"planted-{t}-{d:03d}"
            words = _draw_words(rng, vocab[name], outside[name], function, words_per_doc, noise)
            text, rows = _write(doc_id, words, rng)
            articles.append({"doc_id": doc_id, "text": text, "topic": name, "outlet": f"média-{(d % 2) + 1}"})
            token_rows.extend(rows)
    tokens = pd.DataFrame(token_rows, columns=["doc_id", "sent_id", "i", "text", "lemma", "pos", "is_stop",
                                               "is_punct", "ent_type", "start", "end", "norm"])
    return pd.DataFrame(articles), tokens


def _draw_words(rng: np.random.Generator, own: list, other: list, function: list, n: int,
                noise: float) -> list[tuple[str, str]]:
    own_p, other_p = _zipf(len(own)), np.full(len(other), 1.0 / len(other))
    out = []
    for _ in range(n):
        if rng.random() >= CONTENT_SHARE:
            out.append(function[rng.integers(len(function))])
        elif rng.random() < noise:
            out.append(other[rng.choice(len(other), p=other_p)])
        else:
            out.append(own[rng.choice(len(own), p=own_p)])
    return out


def _write(doc_id: str, words: list[tuple[str, str]], rng: np.random.Generator) -> tuple[str, list[tuple]]:
    """Text and token rows: sentences of 8–20 words, a comma now and then, a full stop at the end."""
    parts: list[str] = []
    rows: list[tuple] = []
    pos_in_text, sent, i, left = 0, 0, 0, int(rng.integers(8, 21))
    for k, (word, tag) in enumerate(words):
        if parts:
            parts.append(" ")
            pos_in_text += 1
        rows.append((doc_id, sent, i, word, word, tag, tag not in ("NOUN", "VERB", "ADJ", "ADV"), False, "",
                     pos_in_text, pos_in_text + len(word), word))
        parts.append(word)
        pos_in_text += len(word)
        i += 1
        left -= 1
        mark = "." if left == 0 or k == len(words) - 1 else ("," if rng.random() < 0.06 else "")
        if mark:
            rows.append((doc_id, sent, i, mark, mark, "PUNCT", False, True, "", pos_in_text, pos_in_text + 1, mark))
            parts.append(mark)
            pos_in_text += 1
            i += 1
        if mark == ".":
            sent, left = sent + 1, int(rng.integers(8, 21))
    return "".join(parts), rows


def adjusted_rand_index(truth: np.ndarray | pd.Series, found: np.ndarray | pd.Series) -> float:
    """Adjusted Rand index of two labellings of the same items (Hubert & Arabie 1985)."""
    truth_codes = pd.factorize(np.asarray(truth, dtype=object))[0]
    found_codes = pd.factorize(np.asarray(found, dtype=object))[0]
    n = len(truth_codes)
    if n < 2:
        return 1.0
    table = pd.crosstab(truth_codes, found_codes).to_numpy()
    pairs = sum(comb(int(v), 2) for v in table.ravel())
    rows = sum(comb(int(v), 2) for v in table.sum(axis=1))
    cols = sum(comb(int(v), 2) for v in table.sum(axis=0))
    expected = rows * cols / comb(n, 2)
    maximum = (rows + cols) / 2
    return 1.0 if maximum == expected else float((pairs - expected) / (maximum - expected))
