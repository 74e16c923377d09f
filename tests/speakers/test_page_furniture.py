"""The speaker scan reads no name inside page furniture, and a hashtag is never part of a name."""

from __future__ import annotations

from analysis.nlp.segment import segment
from analysis.speakers.scan import Sentence, scan


def mentions(text: str) -> list[str]:
    return [m.text for m in scan(text, [Sentence(s.paragraph, s.start, s.end) for s in segment(text)])]


def test_names_in_an_embedded_post_are_not_mentions():
    text = ("Le philosophe Jean Morel a été pris à partie samedi.\n\n"
            "Quand les manifestants croisent le philosophe Jean #Morel boulevard Voltaire, à #Lyon. "
            "pic.twitter.com/AbCdEfGh12— Luc Petit (@lucpetit) 3 mars 2021\n\nLa suite.")
    found = mentions(text)
    assert "Le philosophe Jean Morel" in found
    assert not any("Luc Petit" in m or m == "Jean" or "Lyon" in m for m in found)


def test_words_of_links_credits_and_datelines_are_not_mentions():
    text = ("RENNES | La préfète Anne Girard a pris la parole.\n\nLire aussi : Paul Morel quitte la mairie\n\n"
            "Photo : Marc Petit Agence Ouest\n\nLa suite.")
    assert mentions(text) == ["La préfète Anne Girard"]


def test_hashtag_words_are_never_names():
    text = "Les #GiletsJaunes et #Morel ont dominé la soirée, a constaté Paul Martin."
    found = mentions(text)
    assert "Paul Martin" in found and not any("GiletsJaunes" in m or "Morel" in m for m in found)


def test_speakers_of_quotations_around_furniture(resolve_text, speaker_of):
    text = ("RENNES | Le philosophe Jean Morel a été pris à partie samedi.\n\n"
            "Quand les manifestants croisent le philosophe Jean #Morel boulevard Voltaire. "
            "pic.twitter.com/AbCdEfGh12— Luc Petit (@lucpetit) 3 mars 2021\n\n"
            "« J'ai été insulté », a raconté le philosophe. « Je ne porterai pas plainte », a-t-il ajouté.")
    out = resolve_text(text)
    assert speaker_of(out, "insulté") == "Jean Morel"
    assert speaker_of(out, "plainte") == "Jean Morel"
