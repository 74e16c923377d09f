"""One chart style for notebooks, reports and users' scripts.

Readable at journal column width (8.5 cm ≈ 3.35 in; double column 17.5 cm), colour-blind-safe
(Okabe–Ito palette), and French typography: a decimal comma is not forced (papers differ),
but accents, « » and thin spaces render with DejaVu Sans, which has them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import matplotlib as mpl
from cycler import cycler

OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
GREY = "#999999"
NEGATIVE, NEUTRAL, POSITIVE = "#D55E00", "#BBBBBB", "#0072B2"

COLUMN_WIDTH_IN = 3.35
DOUBLE_COLUMN_WIDTH_IN = 6.9

RC: dict[str, object] = {
    "figure.figsize": (DOUBLE_COLUMN_WIDTH_IN, 3.6),
    "figure.dpi": 110,
    "figure.constrained_layout.use": True,
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "grid.color": "#E5E5E5",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": cycler(color=OKABE_ITO),
    "legend.frameon": False,
    "legend.fontsize": 8,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.05,
    "svg.fonttype": "path",
    "svg.hashsalt": "analysis",  # stable SVG element ids: byte-identical re-runs
    "pdf.fonttype": 42,
}


def use_style() -> None:
    """Apply the suite's style to every following matplotlib figure."""
    mpl.rcParams.update(RC)


def palette(names: Iterable[str], *, others: str = GREY) -> dict[str, str]:
    """One colour per name, in the given order (most important first), stable across charts.

    Names beyond the palette's eight colours share ``others`` (grey): more than eight hues
    cannot be told apart reliably, so charts should group the tail as « autres ».
    """
    colours: dict[str, str] = {}
    for name in names:
        if name not in colours:
            colours[name] = OKABE_ITO[len(colours)] if len(colours) < len(OKABE_ITO) else others
    return colours


def colours_for(names: Sequence[str], mapping: dict[str, str] | None = None) -> list[str]:
    """Colours for ``names`` from ``mapping`` (or a fresh palette), grey for unknown names."""
    mapping = mapping or palette(names)
    return [mapping.get(n, GREY) for n in names]
