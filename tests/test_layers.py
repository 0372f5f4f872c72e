"""Layer contracts of docs/ARCHITECTURE.md, checked on the source (like import-linter):
ingest/store/graph/layout never import PySide6; ui never imports sqlite3/sqlite_utils."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "unorg_desktop"

QT = {"PySide6", "shiboken6"}
UPPER = ["ingest", "store", "graph", "layout", "render", "ui"]  # one-way: each may import only those before it


def _above(layer: str) -> set[str]:
    return {f"unorg_desktop.{name}" for name in UPPER[UPPER.index(layer) + 1:]} | {"unorg_desktop.app",
                                                                                  "unorg_desktop.cli"}


RULES = {
    # layer (module or package, relative to unorg_desktop/) -> forbidden modules (and their submodules)
    "ingest": QT | _above("ingest"),
    "store": QT | _above("store"),
    "graph": QT | _above("graph"),
    "layout": QT | _above("layout"),
    "ui": {"sqlite3", "sqlite_utils"},
}


def imported_modules(path: Path, root: Path = PACKAGE.parent) -> set[str]:
    """Absolute names of every module imported anywhere in ``path`` (also inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__" and node.args:
            if isinstance(node.args[0], ast.Constant):
                names.add(str(node.args[0].value))
    return names


def layer_files(layer: str) -> list[Path]:
    package, module = PACKAGE / layer, PACKAGE / f"{layer}.py"
    return sorted(package.rglob("*.py")) + ([module] if module.exists() else [])


def forbidden(name: str, rules: set[str]) -> bool:
    return any(name == rule or name.startswith(rule + ".") for rule in rules)


def test_the_checker_sees_relative_and_nested_imports(tmp_path):
    pkg = tmp_path / "unorg_desktop" / "store"
    pkg.mkdir(parents=True)
    src = pkg / "x.py"
    src.write_text("from ..ui import window\nfrom . import rows\ndef f():\n    import PySide6.QtCore\n")
    names = imported_modules(src, root=tmp_path)
    assert {"unorg_desktop.ui", "unorg_desktop.ui.window", "unorg_desktop.store.rows", "PySide6.QtCore"} <= names
    assert [n for n in sorted(names) if forbidden(n, RULES["store"])] == [
        "PySide6.QtCore", "unorg_desktop.ui", "unorg_desktop.ui.window"]


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports(layer):
    violations = []
    for path in layer_files(layer):
        for name in imported_modules(path):
            if forbidden(name, RULES[layer]):
                violations.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert violations == []


def test_core_layers_exist():
    for layer in ("ingest", "store"):
        assert layer_files(layer), f"unorg_desktop/{layer} has no modules"
