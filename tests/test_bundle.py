"""The frozen folder's trims: the OpenGL stand-in serves pyqtgraph, the ICU data keeps what Qt asks for."""
from __future__ import annotations

import os
import runpy
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_qtopengl_stand_in_lets_pyqtgraph_draw_and_names_what_is_missing():
    # As in the bundle: the runtime hook runs before anything imports Qt.
    script = f"""
import runpy, sys
runpy.run_path({str(ROOT / 'packaging' / 'bundle' / 'without_qtopengl.py')!r})
import pyqtgraph as pg
from PySide6 import QtOpenGL, QtOpenGLWidgets
from PySide6.QtWidgets import QApplication
app = QApplication([])
plot = pg.PlotWidget()
plot.plot([0, 1, 2], [2, 0, 1])
plot.resize(200, 100)
image = plot.grab().toImage()
assert not image.isNull() and image.width() == 200
try:
    QtOpenGL.QOpenGLBuffer
except AttributeError as err:
    print("missing:", err)
try:
    QtOpenGLWidgets.QOpenGLWidget()
except RuntimeError as err:
    print("refused:", err)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "missing: PySide6.QtOpenGL.QOpenGLBuffer: this build of Pactline leaves out OpenGL" in result.stdout
    assert "refused: QOpenGLWidget: this build of Pactline leaves out OpenGL" in result.stdout


def test_the_trimmed_icu_data_keeps_english_italian_and_every_shared_table():
    dropped = runpy.run_path(str(ROOT / "packaging" / "bundle" / "trim_icu_data.py"))["dropped"]
    kept = ["root.res", "en.res", "en_GB.res", "it.res", "it_CH.res", "res_index.res", "pool.res",
            "coll/root.res", "coll/it.res", "coll/ucadata.icu", "zone/en.res", "zoneinfo64.res",
            "metaZones.res", "supplementalData.res", "likelySubtags.res", "plurals.res", "nfkc.nrm",
            "uts46.nrm", "brkitr/root.res", "brkitr/word.brk", "cnvalias.icu", "unames.icu"]
    gone = ["de.res", "fr_FR.res", "zh_Hant_TW.res", "sr_Latn_BA.res", "coll/zh.res", "zone/ja.res",
            "es_419.res", "ibm-1390_P110-2003.cnv", "brkitr/cjdict.dict", "translit/root.res",
            "rbnf/en.res", "confusables.cfu"]
    assert [item for item in kept if dropped(item)] == []
    assert [item for item in gone if not dropped(item)] == []
