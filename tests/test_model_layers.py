"""model/'s packages import in one direction: storage knows nothing above it; msel and package sit on top.

storage is the file (and the only place that may know it is SQLite); the
services and the plain modules use it; msel and package are interchange
formats built on the services. A wrong-way import is how the layers would
start to melt, so it fails here, naming file and line.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "model"

# package -> model packages it must not import (plain modules and storage are open to all).
MAY_NOT_IMPORT = {
    "storage": {"msel", "package", "services"},
    "services": {"msel", "package"},
    "msel": {"package"},
    "package": {"msel"},
    "": {"msel", "package"},          # model's plain modules (engine, snapshot, queries, ...)
}


def _layer(path: Path) -> str:
    parts = path.relative_to(MODEL).parts
    return parts[0] if len(parts) > 1 else ""


def _model_imports(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, first package under model) of every absolute model import, ``from model import x`` included."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = ([f"{node.module}.{alias.name}" for alias in node.names] if node.module == "model"
                     else [node.module])
        else:
            continue
        found += [(node.lineno, name.split(".")[1]) for name in names
                  if name.startswith("model.") and name.count(".") >= 1]
    return found


def offences() -> list[str]:
    found = []
    for path in sorted(MODEL.rglob("*.py")):
        layer = _layer(path)
        banned = MAY_NOT_IMPORT.get(layer, set())
        for line, target in _model_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if target in banned and target != layer:
                found.append(f"{path.relative_to(ROOT)}:{line}: model/{layer or '.'} imports model.{target}")
    return found


def test_model_packages_import_only_downwards():
    assert offences() == []


def test_every_model_package_is_covered_by_a_rule():
    packages = {p.name for p in MODEL.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set(MAY_NOT_IMPORT) - {""}


def test_the_scan_sees_each_import_form():
    samples = {"from model.msel.times import x": "msel", "import model.package.exchange": "package",
               "from model import services": "services", "def f():\n    from model.storage import schema": "storage"}
    for source, target in samples.items():
        assert [t for _l, t in _model_imports(ast.parse(source))] == [target], source
