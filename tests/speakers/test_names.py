"""People's names: a first name alone, and one person across the articles of a corpus (texts and
names written for these tests)."""

from __future__ import annotations

from analysis.speakers.names import corpus_ids


def test_a_first_name_alone_is_the_person_named_in_full(resolve_text, speaker_of):
    out = resolve_text(
        "José Carvalhal marche depuis Lisbonne avec un gilet jaune sur le dos.\n\n"
        "« Je ne lâcherai pas », assure José, qui dort chez l'habitant.\n\n"
        "« Les gens m'ouvrent leur porte », a-t-il ajouté.\n")
    assert speaker_of(out, "lâcherai") == "José Carvalhal"
    assert speaker_of(out, "ouvrent leur porte") == "José Carvalhal"


def test_a_first_name_shared_by_two_people_is_left_alone(resolve_text, speaker_of):
    out = resolve_text(
        "Marie Lebrun et Marie Tanguy tiennent le barrage depuis lundi.\n\n"
        "« On restera jusqu'à Noël », prévient Marie.\n")
    assert speaker_of(out, "Noël") == "Marie"


def test_a_lone_name_that_is_a_surname_is_that_person_not_the_one_it_is_the_first_name_of(resolve_text, speaker_of):
    out = resolve_text(
        "Le maire, Bernard Martin, a rencontré Martin Lucas, le porte-parole du collectif.\n\n"
        "« Le dialogue est rompu », a affirmé Martin.\n")
    assert speaker_of(out, "dialogue est rompu") == "Bernard Martin"


def test_one_person_is_one_id_across_articles_however_accented():
    ids = corpus_ids([("a", "1", "Édouard Philippe"), ("b", "1", "Edouard Philippe"), ("c", "1", "Philippe")])
    assert ids[("a", "1")] == ids[("b", "1")] == ids[("c", "1")] == "edouard-philippe"


def test_first_names_alone_do_not_merge_people_across_articles():
    ids = corpus_ids([("a", "1", "Éric"), ("b", "1", "Eric"), ("b", "2", "Jean-Marc"), ("c", "1", "Jean-Marc")])
    assert len({ids[("a", "1")], ids[("b", "1")]}) == 2
    assert ids[("b", "2")] == "jean-marc@b" and ids[("c", "1")] == "jean-marc@c"


def test_a_surname_alone_still_joins_the_one_full_name_the_corpus_gives_it():
    ids = corpus_ids([("a", "1", "Aline Kerjean"), ("b", "1", "Kerjean")])
    assert ids[("b", "1")] == ids[("a", "1")] == "aline-kerjean"


def test_a_glued_reading_does_not_lend_its_id_to_the_person_it_covers():
    entries = [("a", "1", "Paul Durand Marie Lenoir"), ("b", "1", "Marie Lenoir"), ("c", "1", "Marie Lenoir"),
               ("d", "1", "Lenoir")]
    ids = corpus_ids(entries)
    assert {ids[(d, "1")] for d in "abcd"} == {"marie-lenoir"}

