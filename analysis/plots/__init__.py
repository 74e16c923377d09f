"""Charts: one style, one way to save. Chart functions return matplotlib Figures."""

from analysis.plots.save import figures_dir, save_figure
from analysis.plots.style import OKABE_ITO, palette, use_style

__all__ = ["OKABE_ITO", "figures_dir", "palette", "save_figure", "use_style"]
