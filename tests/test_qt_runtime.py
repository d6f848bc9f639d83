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
