"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0's abi3 wheel, on Python 3.11, dropped a reference to None on
every call of a void Qt method; a running clock then aborted the process
within a minute ("none_dealloc"). This fails before such a build ships.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QRectF


def test_void_qt_calls_keep_the_reference_count_of_none():
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(1000):
        rect.setWidth(1.0)
    # Other code may take or drop a few references meanwhile; a leak is ~1000.
    assert abs(sys.getrefcount(None) - before) < 50


def test_the_fast_feature_check_is_installed_and_gives_pysides_answers():
    """gui/core/qt_runtime.py replaces PySide6's per-module source scan; same answers, or the test fails
    (e.g. a PySide6 upgrade that renamed the hook: then start-up is slower, not wrong)."""
    import json
    import importlib

    import gui  # noqa: F401  (installs it)
    feature = sys.modules["shibokensupport.feature"]
    fast = feature._mod_uses_pyside
    assert getattr(fast, "_pactline_fast", False), "PySide6's feature hook was not found"
    modules = [importlib.import_module(name) for name in (
        "gui.shell.main_window", "gui.timeline.scene", "model.engine", "model.snapshot", "pyqtgraph.functions")]
    modules += [json, sys]
    answers = {module.__name__: fast(module) for module in modules}
    assert answers == {module.__name__: fast.original(module) for module in modules}
    assert answers["gui.shell.main_window"] and not answers["model.engine"] and not answers["sys"]
