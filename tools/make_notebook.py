"""Write a notebook from a list of (kind, source) cells, without outputs (used to author notebooks)."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

PARAMETERS = """
# parameters
input_paths = None   # None: the sample article; or a path, a folder, a glob, or a list of them
model = "sm"         # spaCy model: "sm" (fast) or "md"
output_dir = None    # None: reports/ in the repository
"""
"""The parameters cell every article notebook starts with (papermill injects values after it)."""


def build(path: str | Path, cells: list[tuple[str, str]], *, metadata: dict | None = None) -> Path:
    """Write ``cells`` ((kind, source); kind "md", "code" or "parameters") as a notebook at ``path``."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata.update(metadata or {})
    for kind, source in cells:
        source = source.strip("\n")
        if kind == "md":
            nb.cells.append(nbformat.v4.new_markdown_cell(source))
        else:
            cell = nbformat.v4.new_code_cell(source)
            if kind == "parameters":
                cell.metadata["tags"] = ["parameters"]
            nb.cells.append(cell)
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"
    nbformat.write(nb, str(path))
    return Path(path)


if __name__ == "__main__":
    sys.exit("import build() from this module")
