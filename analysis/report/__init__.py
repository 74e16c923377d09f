"""The main job: run every analysis notebook on some articles and gather an HTML report."""

from analysis.report.runner import notebooks, run_report

__all__ = ["notebooks", "run_report"]
