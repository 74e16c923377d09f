"""The hostile-input corpus: a folder of our own tiny articles, each good one carrying something
careless or malicious, next to files that cannot be read. Built in a temporary folder (symbolic
links and binary files do not belong in git); every text is ours.

``hostile_corpus`` returns the folder and what a correct run must find in it: the good
articles (doc ids), the bad files (names that must be listed with a reason), the files read with
a warning, and the near-duplicate that must be dropped and reported.
"""

from __future__ import annotations

import codecs
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

SCRIPT = "<script>window.__injected = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.__injected = 'onerror'\">"
OVERRIDE_NAME = "<img src=x onerror=\"window.__injected = 'override'\">Paul Vidal"

INJECTION = (
    "Le conseil municipal de Port-Lesney a voté mardi le budget du port de plaisance.\n\n"
    "« =HYPERLINK(\"http://exemple.invalid\",\"clic\") n'est pas une formule », a déclaré Jeanne Morel, "
    "adjointe aux finances.\n\n"
    "« +20 % pour les pontons, c'est raisonnable », a ajouté Jeanne Morel devant les élus.\n\n"
    "« -5 % sur l'éclairage public suffira », a estimé Paul Vidal, conseiller d'opposition.\n\n"
    "« @mairie répondra aux questions des habitants », a assuré Jeanne Morel.\n\n"
    f"Un lecteur a écrit {SCRIPT} dans le formulaire du site de la mairie.\n\n"
    f"« {IMAGE} est un test de sécurité », a dit Paul Vidal, qui réclame un audit.\n"
)
CUT = ("La préfète a inauguré lundi la nouvelle école de Saint-Rémy, après deux années de travaux.\n"
       "« Les élèves méritaient des locaux dignes », a déclaré la préfète, Hélène Carré, devant les parents.\n"
       "Le bâtiment accueillera cent vingt élèves dès la rentrée de septembre à Saint-Rémy")
MIXED_LINES = ["Le syndicat des pêcheurs de Lorient a obtenu un délai pour les quotas de merlu.",
               "« Nous avons été entendus », a réagi son président, Yves Le Dréan, à la sortie de la réunion.",
               "Les négociations reprendront à Bruxelles à la fin du mois prochain, selon la préfecture."]
UTF16 = ("Le festival de jazz de Vannes a battu son record de fréquentation cet été.\n"
         "« Le public est venu de toute la Bretagne », s'est réjouie la directrice, Claire Simon.\n")
JSONL = [
    {"id": "ligne-a", "text": "La gare de Redon fermera ses guichets le dimanche à partir de mars, a indiqué la "
                              "direction régionale. « Les automates suffisent », a justifié un porte-parole."},
    {"id": "ligne-b", "text": "Le club de rugby de Vannes a recruté un demi de mêlée argentin. « Il apporte de "
                              "l'expérience », a expliqué l'entraîneur, Marc Guillou, en conférence de presse."},
    {"id": "ligne-c", "text": "Les ostréiculteurs de la ria d'Étel s'inquiètent de la qualité de l'eau. « La "
                              "saison est menacée », a averti leur porte-parole, Anne Le Berre."},
]
CSV_ROWS = [
    ("=1+2", "La médiathèque de Quimperlé prolonge ses horaires jusqu'à vingt heures le jeudi. « C'est une demande "
             "ancienne des lecteurs », a souligné la bibliothécaire, Sophie Tanguy."),
    ("@titre", "Le marché de Noël d'Auray ouvrira plus tôt cette année pour accueillir soixante chalets. « Nous "
               "voulons davantage d'artisans », a annoncé l'organisateur, Luc Daniel."),
]
META = {
    "a": "Le tribunal de Lorient a relaxé le maire de Plœmeur. « Justice est rendue », a réagi son avocat, Jean Rio.",
    "b": "Une tempête a privé d'électricité quatre mille foyers du Morbihan. « Tout sera rétabli ce soir », a promis "
         "le directeur régional, Alain Briand.",
    "c": "La communauté de communes a voté la gratuité des bus pour les jeunes. « C'est une mesure sociale », a "
         "défendu la présidente, Lucie Évain.",
    "d": "Un radar pédagogique a été installé à l'entrée du bourg de Carnac. « Les voitures roulent trop vite », a "
         "expliqué le maire, Olivier Lepick.",
}
DEEP_HTML = ('<html><body><article><span class="DocPublicationName">Le Courrier du Golfe</span>'
             '<span class="DocHeader">Société, jeudi 4 avril 2024 120 mots</span>'
             '<p class="titreArticleVisu">Une bibliothèque sous les eaux</p><div class="DocText">'
             + "<div>" * 3000 + "<p>La médiathèque de Sarzeau a été inondée après les pluies de la nuit.</p>"
             + "</div>" * 3000 + "<p>« Nous sauverons les livres anciens », a promis l'adjoint, René Guého.</p>"
             "</div></article></body></html>")
DOCX = ["Les viticulteurs de Muscadet face au gel",
        "Le gel de la semaine dernière a touché un tiers des vignes du vignoble nantais. « Nous n'avons jamais vu "
        "cela en avril », a confié un vigneron de Vallet, Bernard Chéneau, à la chambre d'agriculture."]
EXPORT = [
    ["Dossier de presse · 2 documents", "Le Journal de la Côte, no. 812",
     "Économie, mardi 2 avril 2024 140 mots, p. 4", "Le chantier naval recrute cinquante soudeurs",
     "Erwan Kervella",
     "Le chantier naval de Lanester cherche cinquante soudeurs d'ici l'été pour tenir ses commandes de",
     "patrouilleurs. « Nous formerons nous-mêmes les débutants », a assuré le directeur, Loïc Hamon.",
     "© 2024 Le Journal de la Côte. Tous droits réservés.",
     "Numéro de document : news·20240402·JC·0812"],
    ["Le Journal de la Côte", "Culture, mercredi 3 avril 2024 98 mots",
     "Un musée de la marine à Port-Louis", "Annaïg Le Roux",
     "La citadelle de Port-Louis rouvre son musée de la marine après deux ans de rénovation, a annoncé la",
     "mairie. « Les maquettes ont retrouvé leurs couleurs », s'est félicitée la conservatrice, Marie Hervé.",
     "Numéro de document : news·20240403·JC·0813"],
]


@dataclass
class HostileCorpus:
    """The folder and what a correct run finds in it."""

    folder: Path
    report_input: Path
    overrides: Path
    good: set[str] = field(default_factory=set)
    bad: set[str] = field(default_factory=set)
    warned: set[str] = field(default_factory=set)
    duplicate: str = "doublon"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _fake_report(folder: Path) -> None:
    """A report folder (as ``python -m analysis report`` leaves it): its tables must never come back as articles."""
    _write(folder / "manifest.json", json.dumps({"generator": "analysis report", "status": "ok"}))
    _write(folder / "tables" / "02-quotes.csv",
           pd.DataFrame({"text": ["une citation déjà extraite"] * 3, "speaker": ["X"] * 3}).to_csv(index=False))


def _good_files(folder: Path, make_pdf, make_docx) -> None:
    _write(folder / "injection.txt", INJECTION)
    _write(folder / "utf8-coupe.txt", CUT.encode("utf-8") + "é".encode()[:1])
    _write(folder / "mixte.txt", (MIXED_LINES[0] + "\n").encode("utf-8") + (MIXED_LINES[1] + "\n").encode("latin-1")
           + (MIXED_LINES[2] + "\n").encode("utf-8"))
    _write(folder / "windows-unicode.txt", codecs.BOM_UTF16_LE + UTF16.replace("\n", "\r\n").encode("utf-16-le"))
    lines = [json.dumps(r, ensure_ascii=False) for r in JSONL]
    lines.insert(2, '{"id": "ligne-cassee", "text": "coupée')
    _write(folder / "lignes.jsonl", "\n".join(lines) + "\n")
    rows = ["titre;texte", *(f"{t};{x}" for t, x in CSV_ROWS)]
    rows.insert(2, "trop;de;champs;ici")
    _write(folder / "tableau.csv", "\n".join(rows) + "\n")
    for name, text in META.items():
        _write(folder / "meta" / f"{name}.txt", text + "\n")
    pd.DataFrame({"file": ["a.txt", "b.txt"], "article": ["A-12", "A-13"], "journal": ["Le Phare", "La Vigie"]}) \
        .to_csv(folder / "meta" / "metadata.csv", index=False)
    _write(folder / "meta" / "c.meta.json", json.dumps({"text": "remplacé", "path": "/etc/passwd", "encoding": "x"}))
    _write(folder / "meta" / "d.meta.json", json.dumps({"body_start": "abc"}))
    _write(folder / "profond.html", DEEP_HTML)
    make_docx(folder / "lettre.docx", DOCX)
    make_pdf(folder / "selection.pdf", EXPORT)
    _write(folder / "doublon.txt", INJECTION.rsplit("\n\n", 1)[0] + "\n")  # the same story, shorter: dropped


def _bad_files(folder: Path) -> None:
    _write(folder / "vide.txt", b"")
    _write(folder / "binaire.txt", b"\x00\x01\x02\x03" * 64)
    _write(folder / "casse.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    _write(folder / "renomme.docx", "pas un fichier Word")
    _write(folder / "photo.png", b"\x89PNG\r\n\x1a\n")
    os.symlink(folder / "parti.txt", folder / "lien-mort.txt")
    os.symlink(folder, folder / "boucle")


@pytest.fixture(scope="package")
def hostile_corpus(tmp_path_factory, make_pdf, make_docx) -> HostileCorpus:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "hostile"
    _good_files(folder, make_pdf, make_docx)
    _bad_files(folder)
    _fake_report(folder / "ancien-rapport")
    report_input = root / "rapport-entree"
    _write(report_input / "injection.txt", INJECTION)
    _write(report_input / "mixte.txt", (MIXED_LINES[0] + "\n").encode("utf-8")
           + (MIXED_LINES[1] + "\n").encode("latin-1") + (MIXED_LINES[2] + "\n").encode("utf-8"))
    _write(report_input / "vide.txt", b"")
    os.symlink(report_input / "parti.txt", report_input / "lien-mort.txt")
    overrides = _write(root / "overrides.csv", pd.DataFrame({"match": ["Paul Vidal"], "speaker": [OVERRIDE_NAME]})
                       .to_csv(index=False))
    return HostileCorpus(
        folder=folder, report_input=report_input, overrides=overrides,
        good={"injection", "utf8-coupe", "mixte", "windows-unicode", "ligne-a", "ligne-b", "ligne-c",
              "tableau-00000", "tableau-00001", "a", "b", "c", "d", "lettre", "news-20240402-jc-0812",
              "news-20240403-jc-0813", "profond-00001"},
        bad={"vide.txt", "binaire.txt", "casse.pdf", "renomme.docx", "photo.png", "lien-mort.txt", "boucle",
             "lignes.jsonl#line=3", "tableau.csv#line=3"},
        warned={"utf8-coupe.txt", "mixte.txt", "a.txt", "b.txt", "c.txt", "d.txt", "ancien-rapport"},
    )
