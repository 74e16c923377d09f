"""No quotation starts inside page furniture (links to other articles, embedded posts, credits),
while the article's own prose around it, and a post the prose introduces, keep their quotations."""

from __future__ import annotations

import pytest


@pytest.fixture
def found(quotes_of):
    def found(text: str) -> list[tuple[str, str, str]]:
        q = quotes_of(text)
        for r in q.itertuples():
            assert text[r.start:r.end] == r.text
        return list(zip(q["type"], q["text"], q["speaker_mention"], strict=True))
    return found


@pytest.mark.parametrize(
    "piece",
    [
        "Lire aussi : «Le port ne fermera pas», promet le maire",
        "» LIRE AUSSI - Le maire : « Nous ne fermerons pas le port »",
        "À lire aussi : «Nous ne fermerons pas le port», assure Paul Morel",
        "« Nous ne céderons rien », répète le syndicat. #Grève pic.twitter.com/AbCdEfGh12— Syndicat des dockers "
        "(@DockersBrest) 3 mars 2021",
        "Le syndicat a dit « non » au plan. https://t.co/AbCdEfGh12— Radio Côte (@RadioCote) March 3, 2021",
    ],
    ids=["link", "link in capitals", "link with an incise", "post", "post with a fragment"],
)
def test_linked_article_titles_and_embedded_posts_give_no_quotation(found, piece):
    text = f"Les dockers bloquent le terminal depuis lundi.\n\n{piece}\n\n« La grève continuera », a dit Anne Roux."
    assert found(text) == [("direct", "La grève continuera", "Anne Roux")]


def test_glued_link_title_gives_no_quotation_and_does_not_swallow_the_next_one(found):
    text = ("Les dockers bloquent le terminal.Lire aussi: «Le port ne fermera pas»\"Nous tiendrons jusqu'au bout\", "
            "a affirmé Anne Roux.")
    assert found(text) == [("direct", "Nous tiendrons jusqu'au bout", "Anne Roux")]


def test_post_the_article_introduces_stays_a_quotation(found):
    text = ("Le maire Paul Morel a écrit dans la soirée : « Nous ne céderons pas. » pic.twitter.com/AbCdEfGh12"
            "— Paul Morel (@pmorel) 3 mars 2021\n\nLa grève continue.")
    assert found(text) == [("direct", "Nous ne céderons pas.", "Le maire Paul Morel")]


def test_prose_attribution_of_a_post_stays_a_quotation(found):
    text = "« Nous ne céderons pas », a tweeté le maire dans la soirée. La grève continue."
    assert found(text) == [("direct", "Nous ne céderons pas", "le maire")]
