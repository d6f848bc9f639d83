"""model/ is plain Python: nothing in it may pull in Qt, pyqtgraph or gui/.

Checked twice: by importing every model module in a fresh interpreter and
looking at what ended up in sys.modules (catches indirect imports), and by
reading the source (catches imports inside functions that never ran).
"""
from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "model"
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "gui")


def model_modules() -> list[str]:
    import model

    names = ["model"]
    names += [info.name for info in pkgutil.walk_packages(model.__path__, prefix="model.")]
    return sorted(names)


def test_module_discovery_finds_the_whole_model():
    names = model_modules()
    # Spot checks that walk_packages really descended into subpackages.
    for expected in ("model.engine", "model.storage.exercise_file", "model.services.signatories",
                     "model.services.log", "model.snapshot", "model.clock"):
        assert expected in names
    source_files = {p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
                    for p in MODEL.rglob("*.py")}
    source_files = {n.removesuffix(".__init__") for n in source_files}
    assert source_files == set(names)


def test_importing_every_model_module_loads_no_gui_toolkit():
    names = model_modules()
    script = (
        "import importlib, json, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(json.dumps({'imported': len(sys.modules), 'forbidden': bad}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["forbidden"] == [], f"model imports GUI modules: {report['forbidden']}"
    # The check is only meaningful if the model modules really were imported.
    assert report["imported"] > 50


def _imported_roots(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            found.append((node.lineno, str(node.args[0].value).split(".")[0]))
    return found


def test_no_model_source_file_imports_gui_code():
    offenders = []
    files = sorted(MODEL.rglob("*.py"))
    assert len(files) > 20
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, root in _imported_roots(tree):
            if root in FORBIDDEN:
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {root}")
    assert offenders == []


def test_the_static_scan_would_catch_a_wrong_way_import():
    # Guard against a scan that silently matches nothing.
    samples = ("import PySide6.QtCore", "from pyqtgraph import PlotWidget", "from gui.core.document import X",
               "import shiboken6", "def f():\n    from PySide6 import QtWidgets",
               "importlib.import_module('gui.core.commands')")
    for source in samples:
        roots = {root for _line, root in _imported_roots(ast.parse(source))}
        assert roots & set(FORBIDDEN), source
    assert not {r for _l, r in _imported_roots(ast.parse("from model.gui_free import x\nimport guide"))} \
        & set(FORBIDDEN)
