"""The timeline's pixel geometry, fonts and its own colours.

The incident band's y unit is one pixel, 0 at its top and negative below, so
rows keep their size whatever the window height; lanes are one unit each.
"""
from __future__ import annotations

import numpy as np

from PySide6.QtGui import QColor, QFont

from gui.core.i18n import QT_TR_NOOP, tr

# -- incident band (y in pixels below the band's top edge, stored negated) ----------
LABEL_ROW_TOPS = (22.0, 5.0)      # row 0 sits just above the markers, row 1 above it
LABEL_HEIGHT = 15.0
MARKER_Y = 47.0
MARKER_SIZE = 13
WINDOW_TRACKS = (63.0, 73.5, 84.0, 94.5)  # centres of the consultation-window tracks
WINDOW_HALF = 4.0
BAND_HEIGHT = 102
HIT_RADIUS = 9.0                  # pixels around a marker that still grab it

# -- lanes (y in lane units; lane i spans -(i+1)..-i) ----------------------------------
LANE_PX = 22
COMMITMENT_SIZE = 10
CATEGORY_SHIFT = 0.13             # lanes spread categories a little so lines do not hide each other
CATEGORY_SYMBOLS = {"political": "o", "economic": "s", "military": "t1", "cyber": "d", "humanitarian": "h"}

# -- axes ------------------------------------------------------------------------------
AXIS_HEIGHT = 38
LEFT_AXIS_WIDTH = 74
MIN_MINOR_LABEL_PX = 46
MIN_DAY_LABEL_PX = 52

# -- colours ------------------------------------------------------------------------------
BACKGROUND = QColor("#ffffff")
TEXT = QColor("#263238")
MUTED_TEXT = QColor("#546e7a")      # ≥ 4.5:1 on the white plot (WCAG AA)
DAY_LINE = QColor("#90a4ae")
HOUR_LINE = QColor("#eceff1")
ODD_DAY_FILL = QColor(236, 239, 241, 90)
OUTSIDE_EXERCISE = QColor(176, 190, 197, 70)
LANE_STRIPE = QColor(245, 247, 250)
LANE_RULE = QColor("#e0e6ea")
LABEL_BACKGROUND = QColor(255, 255, 255, 215)
FUTURE_OUTLINE = QColor("#78909c")
WITHDRAWN = QColor("#b0bec5")

# Short incident-type names for labels; a type added to an exercise's own
# catalogue falls back to the first word of its code.
TYPE_SHORT = {
    "airspace_violation": QT_TR_NOOP("airspace"), "hybrid_sabotage": QT_TR_NOOP("hybrid"), "cyber_attack": QT_TR_NOOP("cyber"),
    "energy_strike": QT_TR_NOOP("energy"), "missile_strike": QT_TR_NOOP("missile"), "naval_blockade": QT_TR_NOOP("blockade"),
    "ground_incursion": QT_TR_NOOP("incursion"), "attack_on_forces": QT_TR_NOOP("on-forces"), "full_scale_offensive": QT_TR_NOOP("offensive"),
}


def type_short(code: str) -> str:
    return tr(TYPE_SHORT[code]) if code in TYPE_SHORT else code.split("_")[0]


def label_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.0)
    return font


def axis_font(bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(8.0)
    font.setBold(bold)
    return font


def lane_y(lane: int) -> float:
    return -(lane + 0.5)


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values. Plain np.unique asks np.ma whether the array is masked,
    which imports numpy.ma (~30 ms) on the first draw; asking for the inverse skips that."""
    return np.unique(values, return_inverse=True)[0]
