"""Chart style: journal sizes, one colour per speaker across a report, French typography,
byte-identical figure files."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import warnings

import matplotlib
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from analysis.plots import style  # noqa: E402
from analysis.plots.style import GREY, NBSP, NNBSP, OKABE_ITO  # noqa: E402


@pytest.fixture(autouse=True)
def no_shared_palette():
    style.reset_palette()
    yield
    style.reset_palette()


def test_figure_sizes_follow_journal_columns():
    assert style.figsize(1) == pytest.approx((8.5 / 2.54, 8.5 / 2.54 * 0.6))
    assert style.figsize(2, height=3)[0] == pytest.approx(17.5 / 2.54)
    assert style.figsize(1.5, aspect=1)[0] == pytest.approx(style.figsize(1.5, aspect=1)[1])
    with pytest.raises(ValueError, match="columns"):
        style.figsize(3)


def test_fresh_palette_gives_colours_in_order_and_grey_beyond_eight():
    names = [f"Locuteur {i}" for i in range(10)]
    colours = style.palette(names)
    assert [colours[n] for n in names[:8]] == list(OKABE_ITO)
    assert colours["Locuteur 8"] == colours["Locuteur 9"] == GREY
    assert style.palette(["B", "A"]) == {"B": OKABE_ITO[0], "A": OKABE_ITO[1]}


def test_unattributed_names_are_grey_and_use_no_colour():
    colours = style.palette(["Autres", "Vladimir Poutine", None, "(inconnu)", "(sans locuteur)", "(récit)", "Sputnik"])
    assert colours == {"Autres": GREY, "Vladimir Poutine": OKABE_ITO[0], "": GREY, "(inconnu)": GREY,
                       "(sans locuteur)": GREY, "(récit)": GREY, "Sputnik": OKABE_ITO[1]}


def test_shared_palette_keeps_each_speaker_colour_across_charts_and_processes(tmp_path):
    path = tmp_path / "palette.json"
    style.seed_palette(path, ["Vladimir Poutine", "Alexandre Loukachenko"])
    style.use_palette(path)
    # another chart lists them in another order, with a new speaker
    later = style.palette(["Emmanuel Macron", "Alexandre Loukachenko", "Vladimir Poutine"])
    assert later == {"Emmanuel Macron": OKABE_ITO[2], "Alexandre Loukachenko": OKABE_ITO[1],
                     "Vladimir Poutine": OKABE_ITO[0]}
    # a second notebook (another kernel) reads the same file
    code = (f"from analysis.plots import style; style.use_palette(r'{path}'); "
            "print(style.palette(['Emmanuel Macron', 'Olaf Scholz'])['Olaf Scholz'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == OKABE_ITO[3]
    stored = json.loads(path.read_text(encoding="utf-8"))["colours"]
    assert list(stored) == ["Vladimir Poutine", "Alexandre Loukachenko", "Emmanuel Macron", "Olaf Scholz"]


def test_shared_palette_matches_names_in_nfc(tmp_path):
    style.use_palette({"Élisabeth Borne": "#123456"})
    decomposed = "E\u0301lisabeth Borne"
    assert style.palette([decomposed]) == {decomposed: "#123456"}


def test_french_spacing():
    assert style.fr_text('Qui parle ? "Poutine" !') == f"Qui parle{NNBSP}? «{NNBSP}Poutine{NNBSP}»{NNBSP}!"
    assert style.fr_text("Source : Xinhua ; 12:30") == f"Source{NBSP}: Xinhua{NNBSP}; 12:30"
    assert style.fr_text("http://exemple.fr/?q=1") == "http://exemple.fr/?q=1"
    once = style.fr_text("« déjà » ?")
    assert style.fr_text(once) == once
    assert style.guillemets(" mot ") == f"«{NNBSP}mot{NNBSP}»"


def test_french_numbers():
    assert style.fr_number(1234567.891, 2) == f"1{NNBSP}234{NNBSP}567,89"
    assert style.fr_number(-3.5, 1) == "\u22123,5"
    assert style.fr_number(12.5, 1, percent=True) == f"12,5{NNBSP}%"
    assert style.fr_number(float("nan")) == "–"
    fig, ax = plt.subplots()
    ax.plot([0, 2500], [0, 0.5])
    style.french_ticks(ax)
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels()] + [t.get_text() for t in ax.get_yticklabels()]
    assert f"2{NNBSP}000" in labels and "0,5" in labels
    plt.close(fig)


def test_french_text_renders_without_missing_glyphs(tmp_path):
    style.use_style()
    fig, ax = plt.subplots(figsize=style.figsize(1))
    ax.set_title(style.fr_text('Citations de "M. Poutine" : 1 234,5 % ?'))
    ax.set_xlabel("Polarité moyenne (− négatif, + positif) — « œuvre », ç, É")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # « Glyph … missing from font » would raise
        fig.savefig(tmp_path / "x.png")
        fig.savefig(tmp_path / "x.pdf")
        fig.savefig(tmp_path / "x.svg")
    plt.close(fig)


DRAW = """
import sys, matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from analysis.plots.style import use_style, palette, fr_text
from analysis.plots.save import save_figure
use_style()
fig, ax = plt.subplots()
names = ["Vladimir Poutine", "Alexandre Loukachenko"]
ax.barh(names, [5, 3], color=list(palette(names).values()))
ax.set_title(fr_text("Citations par locuteur : « exemple »"))
for path in save_figure(fig, "02-quotes-per-speaker", out_dir=sys.argv[1]):
    print(path.name)
"""


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_figures_are_byte_identical_across_runs(tmp_path):
    for run in ("a", "b"):
        subprocess.run([sys.executable, "-c", DRAW, str(tmp_path / run)], check=True, capture_output=True)
    first, second = _digests(tmp_path / "a"), _digests(tmp_path / "b")
    assert sorted(first) == ["02-quotes-per-speaker.pdf", "02-quotes-per-speaker.png", "02-quotes-per-speaker.svg"]
    assert first == second
