"""gui/ is grouped by what a user does; each feature package imports only the packages below it.

The rules are the ones each package's ``__init__`` docstring states. Imports
inside functions count too (dialogs load on first use but still depend).
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"

# package -> the gui packages it may import (besides itself and model/)
MAY_IMPORT = {
    "core": set(),
    "branches": {"core"},
    "timeline": {"core", "branches"},
    "roster": {"core"},
    "terms": {"core"},
    "incidents": {"core", "timeline", "branches"},
    "conduct": {"core", "incidents", "branches"},
    "evaluation": {"core", "conduct"},
    "projector": {"core", "incidents", "conduct"},
    "comparison": {"core"},
    "provisions": {"core"},
    "report": {"core", "timeline", "comparison"},
    "preferences": {"core"},
    "shell": {"core", "timeline", "roster", "terms", "incidents", "conduct", "evaluation", "projector",
              "report", "preferences", "comparison", "branches", "provisions"},
}


def gui_imports(path: Path) -> list[tuple[int, str]]:
    """(line, gui package) for every import of gui code in *path*."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names] if node.module == "gui" \
                else [node.module]
        found += [(node.lineno, name.split(".")[1]) for name in names
                  if name.startswith("gui.") and len(name.split(".")) > 1]
    return found


def test_gui_holds_only_feature_packages():
    flat = sorted(p.name for p in GUI.glob("*.py") if p.name != "__init__.py")
    assert flat == [], f"put these in the feature package whose name fits: {flat}"
    packages = {p.name for p in GUI.iterdir() if (p / "__init__.py").exists()}
    assert packages == set(MAY_IMPORT)
    for package in packages:
        doc = ast.get_docstring(ast.parse((GUI / package / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"gui/{package}/__init__.py must say what it holds and what it may import"


def test_each_package_imports_only_what_its_rules_allow():
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        parts = path.relative_to(GUI).parts
        package = parts[0] if len(parts) > 1 else None
        allowed = {package} | MAY_IMPORT.get(package, set()) if package else {"core"}
        for line, imported in gui_imports(path):
            if imported not in allowed:
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports gui.{imported}")
    assert offenders == []


def test_the_scan_sees_every_form_of_import():
    import tempfile

    source = ("from gui.shell.main_window import MainWindow\nimport gui.roster.dock\n"
              "def f():\n    from gui import conduct\n")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(source)
    try:
        assert [package for _line, package in gui_imports(Path(handle.name))] == ["shell", "roster", "conduct"]
    finally:
        Path(handle.name).unlink()
