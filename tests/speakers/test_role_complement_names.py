"""A role whose complement runs straight into its holder's name (« le général à la retraite Y »,
« le secrétaire d'État à la Mer Y »): the attributing string that stopped at the role takes the
name, and no other person of the article is given the office. Every text is invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, fragment, expected", [
    ("Le plan Horizon a été présenté lundi par le ministère. « Ce dispositif ne sert à rien », juge le "
     "colonel à la retraite Armand Vasseur, ancien directeur d'une école militaire.",
     "ne sert à rien", "Armand Vasseur"),
    ("Jules Perrin avait réclamé un débat. « Nous attendons moins de monde samedi », a déclaré le "
     "secrétaire d'État à la Mer Odile Faucher, promettant une réponse rapide.",
     "moins de monde", "Odile Faucher"),
    ("La grève continue. « Les salaires doivent suivre », a lancé la déléguée du personnel de l'usine Noémie "
     "Castel devant les grévistes.",
     "salaires doivent suivre", "Noémie Castel"),
])
def test_a_role_complement_running_into_the_name_gives_the_name(resolve_text, speaker_of, text, fragment, expected):
    assert speaker_of(resolve_text(text), fragment) == expected


def test_a_long_clause_before_a_name_is_not_the_role_complement(article_context):
    _ctx, mentions, by_mention = article_context(
        "« Rien n'est réglé », a dit le maire à la sortie du conseil municipal de la ville hier soir Paul Ledru.")
    speaking = [m for m in mentions if id(m) in by_mention]
    assert [n.text for n in speaking[0].names] != ["Paul Ledru"]


@pytest.mark.parametrize("text, fragment, expected", [
    ("Une association locale, Vivre Ici, a dénoncé des « expulsions brutales » dans le quartier.",
     "expulsions brutales", "Vivre Ici"),
    ("Une ONG régionale, Terre Claire, a accusé la préfecture de « fermer les yeux ».",
     "fermer les yeux", "Terre Claire"),
])
def test_a_body_described_then_named_after_a_comma_takes_its_name(resolve_text, speaker_of, text, fragment, expected):
    assert speaker_of(resolve_text(text), fragment) == expected


def test_a_name_after_a_role_inside_a_body_description_is_not_the_body(resolve_text, speaker_of):
    out = resolve_text("Le cabinet de la ministre du Logement, Anne Vidal, a confirmé que « le texte sera revu ».")
    assert speaker_of(out, "texte sera revu") == "le cabinet de la ministre du Logement"
