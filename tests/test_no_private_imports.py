"""No module of the library imports another module's private name (``from analysis.x import _y``):
what a module shares, it names publicly, so that a newcomer can trust that ``_y`` is used only where
it is defined."""

from __future__ import annotations

import ast
from pathlib import Path

import analysis

PACKAGE = Path(analysis.__file__).resolve().parent


def private_imports(source: str) -> list[tuple[int, str, str]]:
    """(line, module, name) of every ``from analysis… import _name`` in ``source`` (dunders allowed)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "analysis":
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append((node.lineno, node.module, alias.name))
    return found


def test_the_scanner_sees_private_names_in_every_import_form():
    source = "from analysis.quotes.mentions import (\n    np_after,\n    _name_only,\n)\n" \
             "def f():\n    from analysis.speakers.lexicon import lexicon as _lexicon, _read\n" \
             "from analysis import __version__\nfrom os import _exit\n"
    assert private_imports(source) == [(1, "analysis.quotes.mentions", "_name_only"),
                                       (6, "analysis.speakers.lexicon", "_read")]


def test_no_module_imports_a_private_name_of_another():
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{line}: from {module} import {name}"
                 for path in sorted(PACKAGE.rglob("*.py"))
                 for line, module, name in private_imports(path.read_text(encoding="utf-8"))]
    assert not offenders, "private names imported across modules:\n" + "\n".join(offenders)
