"""Start-up time: Pactline's first painted main window vs. a bare window.

Both are measured from process start (the parent's clock before spawning)
to the first paint of the top-level window, in fresh interpreters. The bare
window imports PySide6, pyqtgraph and SQLAlchemy and shows a plot, so the
ratio says what Pactline adds on top of its unavoidable libraries.

    python bench/startup.py [--runs 9]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.3

# Installed before the program runs: quits at the first paint of any top-level
# window and prints the moment. Patching QApplication.exec keeps the program
# itself free of benchmark hooks.
_HARNESS = r"""
import builtins, sys, time

def _install():
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window().isVisible():
                print("FIRST_PAINT", time.process_time(), flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
                QApplication.instance().removeEventFilter(self)
            return False

    _exec = QApplication.exec
    def _patched_exec(*args):
        app = QApplication.instance()
        app._first_paint = _FirstPaint()
        app.installEventFilter(app._first_paint)
        return _exec()
    QApplication.exec = _patched_exec

# Patch QApplication only once the program itself has imported QtWidgets, so the
# program's own import order (which matters to PySide6's import hook) is kept.
_import = builtins.__import__
def _watching_import(*args, **kwargs):
    module = _import(*args, **kwargs)
    if "PySide6.QtWidgets" in sys.modules:
        builtins.__import__ = _import
        _install()
    return module
builtins.__import__ = _watching_import
"""

_PACTLINE = _HARNESS + r"""
sys.argv = ["main.py", sys.argv[1]]
sys.path.insert(0, {root!r})
import runpy
runpy.run_path({main!r}, run_name="__main__")
"""

_BARE = _HARNESS + r"""
import pyqtgraph as pg
import sqlalchemy
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(1600, 1000)
window.show()
sys.exit(app.exec())
"""


def _time_child(code: str, *args: str, env: dict) -> tuple[float, float]:
    """Wall-clock seconds to the first paint, and the CPU seconds the child had used by then.

    The CPU figure hardly moves with what else the machine is doing; the wall
    figure is what the user waits for.
    """
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    for line in proc.stdout:
        if line.startswith("FIRST_PAINT"):
            elapsed = time.perf_counter() - start
            cpu = float(line.split()[1])
            break
    else:
        raise RuntimeError(f"no window was painted:\n{proc.stderr.read()}")
    proc.wait(timeout=60)
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PACTLINE_SETTINGS_DIR": str(Path(tmp) / "settings"),
               "PACTLINE_DATA_DIR": str(Path(tmp) / "data")}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Measure what a user's machine does: Python caches compiled modules.
        # (Some shells set PYTHONDONTWRITEBYTECODE, which would make every run
        # recompile Pactline's own sources but not the installed libraries.)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        sys.path.insert(0, str(ROOT))
        from model.default_exercise import create_default_exercise
        exercise = Path(tmp) / "default.pactline"
        create_default_exercise(exercise).close()
        pactline_code = _PACTLINE.format(root=str(ROOT), main=str(ROOT / "main.py"))
        # One warm-up each so both read their libraries from the page cache.
        _time_child(_BARE, env=env)
        _time_child(pactline_code, str(exercise), env=env)
        bare, pactline = [], []
        for _ in range(args.runs):
            bare.append(_time_child(_BARE, env=env))
            pactline.append(_time_child(pactline_code, str(exercise), env=env))
    b, p = (statistics.median(t for t, _ in runs) for runs in (bare, pactline))
    b_cpu, p_cpu = (statistics.median(c for _, c in runs) for runs in (bare, pactline))
    # This machine's speed drifts by tens of percent within a minute: each Pactline run is
    # compared with the bare run just before it, and the median of those ratios reported.
    ratio = statistics.median(pt / bt for (bt, _), (pt, _) in zip(bare, pactline))
    ratio_cpu = statistics.median(pc / bc for (_, bc), (_, pc) in zip(bare, pactline))
    print(f"platform: {env['QT_QPA_PLATFORM']}, {args.runs} runs each, alternating   median wall   median CPU")
    print(f"bare PySide6 + pyqtgraph + SQLAlchemy window:    {b * 1000:7.0f} ms   {b_cpu * 1000:7.0f} ms")
    print(f"Pactline main window, default exercise:         {p * 1000:7.0f} ms   {p_cpu * 1000:7.0f} ms")
    print(f"ratio (median of the paired runs): {ratio:.2f} wall, {ratio_cpu:.2f} CPU (target <= {TARGET_RATIO})")

if __name__ == "__main__":
    main()
