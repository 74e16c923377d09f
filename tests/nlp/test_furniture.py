"""Page furniture on texts the project wrote: what is found, what is left to the prose, and the
sentence boundaries at its edges."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.nlp import page_furniture, sentences
from analysis.nlp.furniture import find_furniture
from analysis.nlp.segment import segment


def pieces(text: str) -> list[tuple[str, str]]:
    found = find_furniture(text)
    for f in found:  # exact, trimmed, in order, disjoint
        assert text[f.start:f.end] == text[f.start:f.end].strip() and f.start < f.end
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    return [(f.kind, text[f.start:f.end]) for f in found]


def sentence_texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text)]


# --- links to other articles ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le conseil a voté la fermeture du port.\n\nLire aussi : Les dockers bloquent le terminal sud\n\nLa suite.",
         "Lire aussi : Les dockers bloquent le terminal sud"),
        ("Le conseil a voté.\n\n» LIRE AUSSI - «Grève»: les syndicats durcissent le ton\n\nLa suite.",
         "» LIRE AUSSI - «Grève»: les syndicats durcissent le ton"),
        ("Le conseil a voté.\n\nÀ lire aussi : Les maires ruraux inquiets pour leurs écoles\n\nLa suite.",
         "À lire aussi : Les maires ruraux inquiets pour leurs écoles"),
        ("Le conseil a voté.\n\nA lire également: «Nous ne partirons pas», le cri des riverains\n\nLa suite.",
         "A lire également: «Nous ne partirons pas», le cri des riverains"),
        ("Le conseil a voté.\n\nVoir aussi EN IMAGES. Les marchés de Noël sous la neige\n\nLa suite.",
         "Voir aussi EN IMAGES. Les marchés de Noël sous la neige"),
        ("Le conseil a voté.\n\nÀ lire : Le port de Brest face à la tempête\n\nLa suite.",
         "À lire : Le port de Brest face à la tempête"),
    ],
)
def test_reading_link_on_its_own_line_is_furniture(text, expected):
    assert pieces(text) == [("reading", expected)]


def test_reading_marker_alone_takes_the_title_on_the_next_line():
    text = "Le conseil a voté.\n\nLire aussi\n\nLe maire : « Je ne suis pas un héritier »\n\nLa suite du texte."
    assert pieces(text) == [("reading", "Lire aussi\n\nLe maire : « Je ne suis pas un héritier »")]


@pytest.mark.parametrize(
    ("text", "title", "after"),
    [
        ("Le conseil a voté la fermeture.Lire aussi: Un débat houleux à la mairie Cette décision a été prise "
         "après trois heures de discussion, a précisé le maire.",
         "Lire aussi: Un débat houleux à la mairie", "Cette décision a été prise après trois heures de discussion, "
                                                     "a précisé le maire."),
        ("Le conseil a voté.Lire aussi: Des grues contre les «dockers»Des renforts sont arrivés dans la nuit.",
         "Lire aussi: Des grues contre les «dockers»", "Des renforts sont arrivés dans la nuit."),
        ("Le conseil a voté.Lire aussi: «Nous resterons sur le quai»\"Quand la police est arrivée, tout était calme\", "
         "a-t-il raconté.",
         "Lire aussi: «Nous resterons sur le quai»", "\"Quand la police est arrivée, tout était calme\", a-t-il raconté."),
        ("Le conseil a voté. Lire aussi: Nos articles sur les «grèves» «Nous tiendrons jusqu'au bout», selon le "
         "porte-parole des dockers du port de commerce, interrogé hier soir par une radio locale de la ville.",
         "Lire aussi: Nos articles sur les «grèves»", "«Nous tiendrons jusqu'au bout», selon le porte-parole des "
                                                     "dockers du port de commerce, interrogé hier soir par une radio "
                                                     "locale de la ville."),
        ("Le conseil a voté.LIRE AUSSI : La colère des pêcheurs du Finistère Les bateaux resteront à quai jusqu'à "
         "lundi, selon le comité local.",
         "LIRE AUSSI : La colère des pêcheurs du Finistère", "Les bateaux resteront à quai jusqu'à lundi, selon le "
                                                              "comité local."),
    ],
)
def test_reading_link_glued_inside_a_paragraph_ends_with_its_title(text, title, after):
    assert pieces(text) == [("reading", title)]
    assert title in sentence_texts(text) and after in sentence_texts(text)


def test_reading_title_of_unknown_end_leaves_the_prose_alone():
    text = ("Le conseil a voté.Lire aussi: un long texte sans aucune marque de fin qui continue encore et encore avec "
            "des mots de la prose ordinaire jusqu'à ce que le maire précise enfin que le port restera fermé demain.")
    assert pieces(text) == [("reading", "Lire aussi:")]


@pytest.mark.parametrize(
    "text",
    [
        "À lire les témoignages, on comprend la colère des riverains.",
        "Il faut lire aussi le rapport de la Cour des comptes.",
        "Photos à l'appui, le syndicat dénonce des conditions de travail indignes.",
        "Crédit Agricole a annoncé la fermeture de deux agences.",
        "Vidéo accusatrice\n\nDans une vidéo publiée lundi, une riveraine interpelle le maire.",
        "Le direct de la chaîne a été interrompu. En direct de Brest, le reporter a décrit la scène.",
    ],
)
def test_marker_words_in_prose_are_not_furniture(text):
    assert pieces(text) == []


# --- labels ----------------------------------------------------------------------------------


def test_label_before_a_standfirst_is_the_only_furniture():
    text = "VIDÉO - Le maire a annoncé lundi qu'il démissionnait. Il quittera ses fonctions en mars.\n\nLa suite."
    assert pieces(text) == [("media", "VIDÉO -")]
    assert sentence_texts(text)[:2] == ["VIDÉO -", "Le maire a annoncé lundi qu'il démissionnait."]


@pytest.mark.parametrize(
    "line", ["Vidéo. Le discours intégral du maire", "EN IMAGES - Les dégâts après la tempête", "VIDÉOS Le port sous la neige"],
)
def test_label_before_a_short_title_line_takes_the_line(line):
    assert pieces(f"Le conseil a voté.\n\n{line}\n\nLa suite.") == [("media", line)]


# --- embedded posts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "signature",
    [
        "— Syndicat des dockers (@DockersBrest) 3 mars 2021",
        "— Syndicat des dockers (@DockersBrest) March 3, 2021",
        "— Syndicat des dockers (@DockersBrest) 3 mars 2021 à 10:24",
        " - Syndicat des dockers (@Dockers_Brest) 1er avril 2021",
    ],
)
def test_post_in_its_own_paragraph_with_its_signature(signature):
    post = f"Nous serons présents demain sur le port. #Grève pic.twitter.com/AbCdEfGh12{signature}"
    text = f"Le préfet a réagi dans la soirée.\n\n{post}\n\nLa grève continue."
    assert pieces(text) == [("post", post.strip())]


def test_post_with_an_instagram_signature():
    post = "Le port au petit matin. Une publication partagée par Jean Marc (@jean.marc) le 15 janv. 2021 à 10 :24 PST"
    assert pieces(f"La grève continue.\n\n{post}\n\nLa suite.") == [("post", post)]


def test_post_glued_inside_a_paragraph_ends_at_its_link():
    text = ("La circulation a été coupée (depuis six heures).🔴Le pont est fermé à #Brest ce matin. "
            "pic.twitter.com/Qwerty1234«Nous ne rouvrirons pas avant lundi», a dit le maire.")
    assert pieces(text) == [("post", "🔴Le pont est fermé à #Brest ce matin. pic.twitter.com/Qwerty1234")]
    assert "«Nous ne rouvrirons pas avant lundi», a dit le maire." in sentence_texts(text)


def test_post_and_the_copy_printed_after_its_signature():
    tweet = "Les dockers occupent le terminal sud depuis ce matin. https://t.co/AbCdEfGh12"
    text = (f"Le port est bloqué. {tweet}— Radio Côte (@RadioCote) 3 mars 2021 {tweet} "
            "Les camions attendent devant les grilles, a indiqué la préfecture.")
    assert [k for k, _ in pieces(text)] == ["post", "post"]
    assert pieces(text)[0][1].startswith("Les dockers occupent") and pieces(text)[1][1] == tweet
    assert "Les camions attendent devant les grilles, a indiqué la préfecture." in sentence_texts(text)


def test_post_the_article_introduces_with_a_colon_keeps_its_text():
    text = ("Le maire a réagi sur le réseau social :\n\n« Nous ne céderons pas. » pic.twitter.com/AbCdEfGh12"
            "— Paul Martin (@pmartin) 3 mars 2021\n\nLa suite.")
    assert pieces(text) == [("post", "pic.twitter.com/AbCdEfGh12— Paul Martin (@pmartin) 3 mars 2021")]


@pytest.mark.parametrize(
    "post",
    [
        "#Tempête : une voiture retrouvée en mer au large du port. pic.twitter.com/AbCdEfGh12— Radio Côte (@RadioCote) "
        "3 mars 2021",
        "Le pont rouvrira à 10:30, selon la mairie https://t.co/XyZaBcDeF1 pic.twitter.com/AbCdEfGh12— Radio Côte "
        "(@RadioCote) 3 mars 2021",
    ],
)
def test_colons_of_hashtags_times_and_addresses_do_not_make_a_post_prose(post):
    assert pieces(f"La tempête a frappé la côte.\n\n{post}\n\nLa suite.") == [("post", post)]


def test_page_script_between_a_link_and_a_signature_belongs_to_the_post():
    text = ("La suite.\n\nLe port est fermé. #Grève pic.twitter.com/AbCdEfGh12 "
            "googletag.cmd.push(function() { googletag.display('BLOC'); }); — Radio Côte (@RadioCote) 3 mars 2021")
    assert pieces(text) == [("post", text[len("La suite.\n\n"):])]


def test_bare_link_in_prose_is_only_the_link():
    text = "« Nous refusons », a écrit le ministre https://t.co/AbCdEfGh12 dans la soirée."
    assert pieces(text) == [("post", "https://t.co/AbCdEfGh12")]


# --- credits and datelines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo: Jeanne Dupuis Agence Presse Ouest\n\nLe port est fermé.", "Photo: Jeanne Dupuis Agence Presse Ouest"),
        ("Les dockers devant le terminal (Photo AFP). La grève continue.", "(Photo AFP)"),
        ("Les dockers devant le terminal. © Marc Petit / Agence Ouest On les repousse vers le quai.",
         "© Marc Petit / Agence Ouest"),
        ("Fin de la dépêche.\n\n© 2021 AFP", "© 2021 AFP"),
        ("Crédit photo : Paul Martin\n\nLe port est fermé.", "Crédit photo : Paul Martin"),
    ],
)
def test_photo_credits(text, credit):
    assert pieces(text) == [("credit", credit)]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("PARIS | Le gouvernement a annoncé la fermeture du port.", "PARIS |"),
        ("Paris | Le gouvernement a annoncé la fermeture du port.", "Paris |"),
        ("Québec — Un membre du conseil municipal a démissionné.", "Québec —"),
        ("SAINT-JEAN-SUR-RICHELIEU, Québec – Une usine a fermé ses portes.", "SAINT-JEAN-SUR-RICHELIEU, Québec –"),
        ("Brest (AFP) - Le ministre a visité le port.", "Brest (AFP) -"),
        ("MONTRÉAL - La grève des chauffeurs se poursuit.", "MONTRÉAL -"),
    ],
)
def test_datelines_at_the_start_of_a_paragraph(text, dateline):
    assert pieces(text) == [("dateline", dateline)]
    assert sentence_texts(text)[0] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Brexit - Le Royaume-Uni a quitté l'Union.",
        "Les jurés - exclusivement féminins - ont rendu leur verdict.",
        "Le maire de Brest a dit - et répété - qu'il ne céderait pas.",
    ],
)
def test_titles_and_dashes_in_prose_are_not_datelines(text):
    assert pieces(text) == []


# --- frames ----------------------------------------------------------------------------------


def test_sentences_frame_says_which_sentences_are_furniture():
    text = ("PARIS | Le maire a parlé.\n\nLire aussi : La colère des pêcheurs\n\n"
            "Nous serons là. #Grève pic.twitter.com/AbCdEfGh12— Radio Côte (@RadioCote) 3 mars 2021\n\nLa suite.")
    sents = sentences(pd.DataFrame({"doc_id": ["d"], "text": [text], "body_start": [0]}), count=False)
    assert list(zip(sents["text"], sents["furniture"], strict=True)) == [
        ("PARIS |", "dateline"), ("Le maire a parlé.", ""), ("Lire aussi : La colère des pêcheurs", "reading"),
        ("Nous serons là. #Grève pic.twitter.com/AbCdEfGh12— Radio Côte (@RadioCote) 3 mars 2021", "post"),
        ("La suite.", ""),
    ]


def test_page_furniture_frame_has_exact_offsets():
    texts = ["Le port.\n\nLire aussi : La grève\n\nFin.", "Rien ici.", "Fin.\n\n© 2021 AFP"]
    frame = page_furniture(pd.DataFrame({"doc_id": ["a", "b", "c"], "text": texts}))
    assert frame[["doc_id", "kind", "text"]].values.tolist() == [
        ["a", "reading", "Lire aussi : La grève"], ["c", "credit", "© 2021 AFP"]]
    for row in frame.itertuples():
        assert texts[["a", "b", "c"].index(row.doc_id)][row.start:row.end] == row.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Lire aussi : ", "LIRE AUSSI - ", "VIDÉO - ", "PARIS | ", "© ", "(Photo AFP)", "pic.twitter.com/AbCdEfGh12",
    "— Nom (@nom) 3 mars 2021", "#Grève ", "@Nom ", "Le maire a dit. ", "«Non»", "\n\n", "\n", " ", ".", "Les élus",
    "googletag.cmd.push(function() { x(); }); ", "https://t.co/AbCdEfGh12", ":",
]), max_size=30).map("".join))
def test_furniture_spans_are_exact_ordered_and_disjoint_on_any_mix(text):
    pieces(text)
