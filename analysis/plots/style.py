"""One chart style for notebooks, reports and users' scripts.

- Readable at journal width: figures are sized in columns (8.5 cm single, 13 cm one-and-a-half,
  17.5 cm double), with 8–10 pt text, so a chart pasted into a paper needs no rescaling.
- Colour-blind-safe: the Okabe–Ito palette. :func:`palette` gives one colour per speaker, and
  inside a report every notebook gets the *same* colour for the same speaker: the report runner
  seeds ``palette.json`` in the report folder, :class:`analysis.Workspace` activates it
  (:func:`use_palette`), and every later :func:`palette` call reads and extends it.
- French typography: DejaVu Sans renders accents, « », the narrow no-break space (U+202F) and
  the no-break space; :func:`fr_text` puts them where French wants them, :func:`fr_number`
  and :func:`french_ticks` write 1 234,5 rather than 1,234.5.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import matplotlib as mpl
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

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

CATEGORY_COLOURS: dict[tuple[str, str], str] = {
    ("quote_type", "direct"): OKABE_ITO[0], ("quote_type", "mixed"): OKABE_ITO[2],
    ("quote_type", "indirect"): OKABE_ITO[1], ("quote_type", "selon"): OKABE_ITO[3],
    ("speaker_kind", "person"): OKABE_ITO[0], ("speaker_kind", "organisation"): OKABE_ITO[2],
    ("speaker_kind", "media"): OKABE_ITO[1], ("speaker_kind", "unnamed source"): OKABE_ITO[3],
    ("speaker_kind", "unknown"): OKABE_ITO[6],
    ("gender", "f"): OKABE_ITO[5], ("gender", "m"): OKABE_ITO[4], ("gender", "unknown"): OKABE_ITO[6],
    ("gender", "not_person"): "#BBBBBB",
}
"""Fixed colours of categories (Okabe–Ito, each distinct within its concept), so kinds and
genders never take speaker colours and never fall back to grey; « (sans locuteur) » is the light
grey :data:`NO_SPEAKER_COLOUR` in every chart."""
NO_SPEAKER_COLOUR = "#E0E0E0"

CM = 1 / 2.54
COLUMN_WIDTH_IN = 8.5 * CM  # 3.35 in: one column of a two-column journal page
ONE_AND_HALF_COLUMN_WIDTH_IN = 13.0 * CM
DOUBLE_COLUMN_WIDTH_IN = 17.5 * CM  # 6.9 in: full page width
WIDTHS: dict[float, float] = {1: COLUMN_WIDTH_IN, 1.5: ONE_AND_HALF_COLUMN_WIDTH_IN, 2: DOUBLE_COLUMN_WIDTH_IN}

NNBSP = "\u202f"  # narrow no-break space: before ; ! ? and inside « », thousands separator
NBSP = "\u00a0"  # no-break space: before :

UNATTRIBUTED: frozenset[str] = frozenset({
    "", "autres", "autre", "inconnu", "inconnue", "non attribué", "non attribuée", "non attribue",
    "non identifié", "non identifie", "anonyme", "others", "other", "unknown", "none", "nan",
    "sans locuteur", "locuteur inconnu", "source non identifiée", "anonymous", "récit", "narration",
})
"""Names drawn in grey, without using up a colour: « autres », « (inconnu) », « (sans locuteur) »,
and « (récit) », the journalist's own text, which is not a speaker (brackets are ignored)."""

RC: dict[str, object] = {
    "figure.figsize": (DOUBLE_COLUMN_WIDTH_IN, 3.6),
    "figure.dpi": 110,
    "figure.constrained_layout.use": True,
    "figure.max_open_warning": 0,
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "axes.axisbelow": True,
    "axes.unicode_minus": True,
    "grid.color": "#E5E5E5",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": cycler(color=OKABE_ITO),
    "legend.frameon": False,
    "legend.fontsize": 8,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.05,
    "savefig.facecolor": "white",
    "svg.fonttype": "path",
    "svg.hashsalt": "analysis",  # stable SVG element ids: byte-identical re-runs
    "pdf.fonttype": 42,
}


WIDTH_ENV = "ANALYSIS_FIGURE_WIDTH"
"""``column`` or ``page``: the width every chart is drawn at (default ``page``); the report sets it
from ``--figure-width``."""
CHART_WIDTHS: dict[str, float] = {"column": COLUMN_WIDTH_IN, "page": DOUBLE_COLUMN_WIDTH_IN}


def use_style() -> None:
    """Apply the suite's style to every following matplotlib figure."""
    mpl.rcParams.update(RC)
    mpl.rcParams["figure.figsize"] = (chart_width(), 3.6)


def chart_width(width: str | None = None) -> float:
    """Width in inches of a chart: ``column`` (8.5 cm, one column of a journal page) or ``page``
    (17.5 cm); by default what $ANALYSIS_FIGURE_WIDTH says, else ``page``."""
    width = width or os.environ.get(WIDTH_ENV, "").strip() or "page"
    if width not in CHART_WIDTHS:
        raise ValueError(f"figure width must be one of {', '.join(CHART_WIDTHS)}, not {width!r}")
    return CHART_WIDTHS[width]


def is_narrow() -> bool:
    """True when charts are drawn at one column's width (fewer panels side by side, shorter labels)."""
    return chart_width() < ONE_AND_HALF_COLUMN_WIDTH_IN


EMPTY_ATTRIBUTE = "analysis_empty"


def mark_empty(fig: Figure, reason: str) -> Figure:
    """Mark ``fig`` as having nothing to show (``reason`` in French): saving it is skipped, with
    the reason shown instead (see :meth:`analysis.Workspace.save_figure`)."""
    setattr(fig, EMPTY_ATTRIBUTE, reason)
    return fig


def empty_reason(fig: Figure) -> str | None:
    """Why ``fig`` has nothing to show (None when it has)."""
    return getattr(fig, EMPTY_ATTRIBUTE, None)


def empty_figure(title: str, reason: str) -> Figure:
    """A small figure saying ``reason``, marked empty: notebooks show the reason, reports skip it."""
    import matplotlib.pyplot as plt

    use_style()
    fig, ax = plt.subplots(figsize=(chart_width(), 1.2))
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.4, reason, ha="center", va="center", color=GREY, transform=ax.transAxes)
    return mark_empty(fig, reason)


def add_note(fig: Figure, text: str) -> Figure:
    """A footnote under the chart (what was left out, how to read it), wrapped to the figure width."""
    import textwrap

    width = max(40, int(fig.get_figwidth() * 16))
    fig.supxlabel("\n".join(textwrap.wrap(fr_text(text), width)), fontsize=7, color="#555555", ha="left", x=0.01)
    return fig


def figsize(columns: float = 2, *, height: float | None = None, aspect: float = 0.6) -> tuple[float, float]:
    """Figure size in inches for ``columns`` journal columns (1, 1.5 or 2).

    ``height`` in inches wins over ``aspect`` (height / width). Pass the result to
    ``plt.subplots(figsize=...)`` and the chart is printed at 100 % in the paper.
    """
    width = WIDTHS.get(columns)
    if width is None:
        raise ValueError(f"columns must be one of {sorted(WIDTHS)}, not {columns!r}")
    return (width, height if height is not None else width * aspect)


def category_colours(concept: str) -> dict[str, str]:
    """``{label: colour}`` for the labels of ``concept`` (quote_type, speaker_kind, gender), plus
    « (sans locuteur) »: the colours every chart of that concept uses."""
    from analysis.labels import NO_SPEAKER, label

    colours = {label(concept, key): colour for (c, key), colour in CATEGORY_COLOURS.items() if c == concept}
    colours[NO_SPEAKER] = NO_SPEAKER_COLOUR
    return colours


GROUP_COLOURS: tuple[str, ...] = tuple(c for c in OKABE_ITO if c != "#F0E442")
"""Colours of outlets, countries and subsets: Okabe–Ito without the yellow, which thin bars on
white do not show."""


def group_colours(names: Iterable[object]) -> dict[str, str]:
    """One colour per group (outlet, country …), in order, grey beyond seven: independent of the
    speaker palette, which would otherwise have given its colours to speakers first."""
    out: dict[str, str] = {}
    for name in names:
        key = str(name)
        if key not in out:
            out[key] = GREY if is_unattributed(key) or len(out) >= len(GROUP_COLOURS) else GROUP_COLOURS[len(out)]
    return out


def extend_colours(given: Mapping[str, str] | None, names: Iterable[object]) -> dict[str, str]:
    """A colour for each of ``names``: its ``given`` colour when it has one, else a group colour
    that no other name of this chart holds (colours given to groups absent here are free again)."""
    names = list(dict.fromkeys(map(str, names)))
    out = {n: given[n] for n in names if given and n in given}
    free = [c for c in GROUP_COLOURS if c not in out.values()]
    for name in names:
        if name not in out:
            out[name] = free.pop(0) if free else GREY
    return out


# ── palette: one colour per speaker, the same in every chart of a report ──────────────────────


def _key(name: object) -> str:
    return unicodedata.normalize("NFC", str(name)).strip()


def is_unattributed(name: object) -> bool:
    """True for names that stand for « nobody in particular » (drawn grey)."""
    if name is None or (isinstance(name, float) and math.isnan(name)):
        return True
    return _key(name).strip("()[] ").casefold() in UNATTRIBUTED


class SharedPalette:
    """Colours already given to names, optionally persisted to a JSON file.

    New names take the first Okabe–Ito colour nobody holds yet; once the eight are taken,
    further names are grey. The file is re-read before each assignment, so notebooks run one
    after another (papermill kernels) extend one palette.
    """

    def __init__(self, colours: Mapping[str, str] | None = None, *, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self.colours: dict[str, str] = {_key(k): v for k, v in (colours or {}).items()}
        self._load()

    def _load(self) -> None:
        if self.path and self.path.is_file():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return
            stored = data.get("colours", data) if isinstance(data, dict) else {}
            for name, colour in stored.items():
                if isinstance(colour, str):
                    self.colours.setdefault(_key(name), colour)

    def save(self) -> None:
        """Write the palette to its file (no-op for an in-memory palette)."""
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"about": "One colour per speaker, shared by every chart of this report (analysis.plots.style).",
                "colours": self.colours}
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, self.path)

    def assign(self, names: Iterable[object], *, others: str = GREY) -> dict[str, str]:
        """Colours for ``names``: existing ones kept, new ones given the next free colour."""
        self._load()
        changed = False
        result: dict[str, str] = {}
        for name in names:
            label = str(name) if name is not None else ""
            if label in result:
                continue
            key = _key(label)
            if is_unattributed(name):
                result[label] = others
                continue
            if key not in self.colours:
                used = set(self.colours.values())
                free = [c for c in OKABE_ITO if c not in used]
                self.colours[key] = free[0] if free else others
                changed = True
            result[label] = self.colours[key]
        if changed:
            self.save()
        return result


_ACTIVE: SharedPalette | None = None


def use_palette(source: str | Path | Mapping[str, str] | SharedPalette | None = None) -> SharedPalette:
    """Make every following :func:`palette` call share one set of colours.

    ``source`` is a JSON file (created on first assignment), a ``{name: colour}`` mapping, a
    :class:`SharedPalette`, or None for an in-memory palette. Returns the active palette.
    """
    global _ACTIVE
    if isinstance(source, SharedPalette):
        _ACTIVE = source
    elif isinstance(source, Mapping):
        _ACTIVE = SharedPalette(source)
    else:
        _ACTIVE = SharedPalette(path=source)
    return _ACTIVE


def reset_palette() -> None:
    """Stop sharing colours: :func:`palette` goes back to a fresh palette per call."""
    global _ACTIVE
    _ACTIVE = None


def active_palette() -> SharedPalette | None:
    """The shared palette in use, if any."""
    return _ACTIVE


def seed_palette(path: str | Path, names: Sequence[object]) -> dict[str, str]:
    """Write a palette file giving ``names`` (most important first) the first colours."""
    return SharedPalette(path=path).assign(names)


def palette(names: Iterable[object], *, others: str = GREY) -> dict[str, str]:
    """One colour per name, in the given order (most important first), stable across charts.

    Names beyond the palette's eight colours share ``others`` (grey): more than eight hues
    cannot be told apart reliably, so charts should group the tail as « autres ». Names like
    « autres » or « inconnu » are grey without using up a colour. When a shared palette is
    active (in a report, see :func:`use_palette`), names already coloured keep their colour.
    """
    if _ACTIVE is not None:
        return _ACTIVE.assign(names, others=others)
    return SharedPalette().assign(names, others=others)


def colours_for(names: Sequence[str], mapping: dict[str, str] | None = None) -> list[str]:
    """Colours for ``names`` from ``mapping`` (or the palette), grey for unknown names."""
    mapping = mapping or palette(names)
    return [mapping.get(n, GREY) for n in names]


# ── French typography ─────────────────────────────────────────────────────────────────────────

_BEFORE_HIGH = re.compile(r"(?<=[^\s;!?«])[ \u00a0\u202f]*([;!?»])(?=[\s;!?»).,]|$)")
_BEFORE_COLON = re.compile(r"(?<=[^\s:])[ \u00a0\u202f]*:(?=\s|$)")
_AFTER_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]+)"')


def guillemets(text: str) -> str:
    """« text » with narrow no-break spaces inside the quotation marks."""
    return f"«{NNBSP}{text.strip()}{NNBSP}»"


def fr_text(text: str) -> str:
    """French spacing for chart text: U+202F before ; ! ? » and after «, U+00A0 before :.

    Straight double quotes become « ». Times (12:30), URLs and ratios are left alone.
    Idempotent: applying it twice gives the same text.
    """
    text = unicodedata.normalize("NFC", text)
    text = _STRAIGHT_QUOTES.sub(lambda m: guillemets(m.group(1)), text)
    text = _AFTER_OPEN.sub("«" + NNBSP, text)
    text = _BEFORE_HIGH.sub(lambda m: NNBSP + m.group(1), text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    return text


def fr_number(value: float, decimals: int = 0, *, percent: bool = False) -> str:
    """``1234.5`` → ``1 234,5`` (narrow no-break space, decimal comma); ``percent`` adds « % »."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}".replace(",", NNBSP).replace(".", ",").replace("-", "\u2212")
    return f"{text}{NNBSP}%" if percent else text


def french_ticks(ax: Axes, *, axis: str = "both", decimals: int | None = None, percent: bool = False) -> Axes:
    """Tick labels with a decimal comma and narrow-space thousands on ``axis`` ("x", "y", "both")."""

    def fmt(value: float, _pos: int) -> str:
        places = decimals if decimals is not None else (0 if float(value).is_integer() else 2)
        text = fr_number(value, places, percent=percent)
        if decimals is None and "," in text:
            text = text.rstrip("0").rstrip(",")
        return text

    formatter = FuncFormatter(fmt)
    if axis in ("x", "both"):
        ax.xaxis.set_major_formatter(formatter)
    if axis in ("y", "both"):
        ax.yaxis.set_major_formatter(formatter)
    return ax


def shorten(label: str, width: int = 28) -> str:
    """Cut a long label (a speaker's full title) to ``width`` characters with « … »."""
    label = " ".join(str(label).split())
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


# ── dates ──────────────────────────────────────────────────────────────────────────────────────

MONTHS_FR: tuple[str, ...] = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                              "nov.", "déc.")
MAX_DATE_TICKS = 8
"""Tick labels on a date axis: more than this many overlap at a column's width."""


def date_axis(ax: Axes, freq: str, start: object, end: object) -> Axes:
    """Date ticks that fit bars of one period (D day, W week, M month, Y year) from ``start`` to
    ``end``, in French (« 3 déc. 2018 », « déc. 2018 », « 2018 »); at most :data:`MAX_DATE_TICKS`."""
    import matplotlib.dates as mdates
    import pandas as pd

    first, last = pd.Timestamp(start), pd.Timestamp(end)
    days = max((last - first).days, 1)
    if freq == "Y":
        locator: mdates.DateLocator = mdates.YearLocator(base=max(1, math.ceil(days / 365 / MAX_DATE_TICKS)))
    elif freq == "M":
        locator = mdates.MonthLocator(interval=max(1, math.ceil(days / 30.5 / MAX_DATE_TICKS)))
    elif freq == "W":
        locator = mdates.WeekdayLocator(byweekday=mdates.MO, interval=max(1, math.ceil(days / 7 / MAX_DATE_TICKS)))
    else:
        locator = mdates.DayLocator(interval=max(1, math.ceil(days / MAX_DATE_TICKS)))

    def fmt(value: float, _pos: int) -> str:
        day = mdates.num2date(value)
        if freq == "Y":
            return str(day.year)
        if freq == "M":
            return f"{MONTHS_FR[day.month - 1]} {day.year}"
        return f"{day.day}{NNBSP}{MONTHS_FR[day.month - 1]} {day.year}"

    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FuncFormatter(fmt))
    ax.tick_params(axis="x", labelrotation=30)
    for tick in ax.get_xticklabels():
        tick.set_horizontalalignment("right")
    return ax
