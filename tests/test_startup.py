"""The main window paints before SQLAlchemy's ORM is loaded, and the ORM follows right after.

Loading and mapping the ORM costs ~0.2 s, a sixth of start-up; the first views
read plain rows (model/storage/reading.py) and services are imported on first use
(model/services/__init__.py). A module that imports model.queries, an entity
or a service at the top and is on the start-up path brings the cost back: this
test names the first import that did.

Run in a fresh interpreter through main.py, as a user starts the program.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from model.default_exercise import create_default_exercise

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import builtins, json, sys, traceback

first_orm_import = []
_import = builtins.__import__
def _watch(name, globals=None, locals=None, fromlist=(), level=0):
    if not first_orm_import and "sqlalchemy.orm" not in sys.modules:
        module = _import(name, globals, locals, fromlist, level)
        if "sqlalchemy.orm" in sys.modules and not first_orm_import:  # the innermost import only
            # Our frames only: the chain of imports from main.py to the culprit.
            first_orm_import.extend(f"{f.filename}:{f.lineno}: {f.line}\n" for f in traceback.extract_stack()[:-1]
                                    if f.filename.startswith({root!r}))
        return module
    return _import(name, globals, locals, fromlist, level)
builtins.__import__ = _watch

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

report = {}

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window().isVisible() \
                and "at_first_paint" not in report:
            report["at_first_paint"] = "sqlalchemy.orm" in sys.modules
            report["first_orm_import"] = first_orm_import
            QTimer.singleShot(1500, self.finish)
        return False

    def finish(self):
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        report["docks_built"] = window.deferred_docks.built
        report["later"] = "sqlalchemy.orm" in sys.modules
        print("REPORT " + json.dumps(report), flush=True)
        window.close()

_exec = QApplication.exec
def _exec_with_probe(*args):
    app = QApplication.instance()
    app._probe = Probe()
    app.installEventFilter(app._probe)
    return _exec()
QApplication.exec = _exec_with_probe

sys.argv = ["main.py", sys.argv[1]]
sys.path.insert(0, {root!r})
import runpy
runpy.run_path({main!r}, run_name="__main__")
"""


def test_the_window_paints_before_the_orm_loads_and_the_orm_loads_after(tmp_path):
    exercise = tmp_path / "drill.pactline"
    create_default_exercise(exercise).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PACTLINE_SETTINGS_DIR": str(tmp_path / "settings"),
           "PACTLINE_DATA_DIR": str(tmp_path / "data")}
    code = _PROBE.replace("{root!r}", repr(str(ROOT))).replace("{main!r}", repr(str(ROOT / "main.py")))
    result = subprocess.run([sys.executable, "-c", code, str(exercise)], capture_output=True, text=True,
                            env=env, timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"the program did not report (exit {result.returncode}):\n{result.stderr}"
    report = json.loads(lines[0].removeprefix("REPORT "))
    assert report["at_first_paint"] is False, \
        "the ORM was loaded before the first paint, first by:\n" + "".join(report["first_orm_import"])
    # What the deferred docks and the first edit need is there once the window is up.
    assert report["docks_built"] and report["later"] is True
    assert result.returncode == 0, result.stderr


def test_every_service_module_can_be_named_through_the_package():
    """model.services imports its modules on first use; a new module must be listed there."""
    import model.services as services

    modules = {p.stem for p in (ROOT / "model" / "services").glob("*.py") if p.stem != "__init__"}
    assert set(services._MODULES) == modules
    for name in sorted(modules):
        assert getattr(services, name).__name__ == f"model.services.{name}"
