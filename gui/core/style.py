"""Colours and fonts shared by every view, so a status looks the same everywhere."""
from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo

from model.catalogue import category_colour
from model.engine import MET, MISSED, NOT_DUE, NOT_OBLIGED, PENDING
from model.provision_status import DELIVERED, DUE_SOON, ON_SCHEDULE, OVERDUE

STATUS_COLOURS = {
    NOT_DUE: QColor("#9e9e9e"),
    NOT_OBLIGED: QColor("#bdbdbd"),
    PENDING: QColor("#f9a825"),
    MET: QColor("#2e7d32"),
    MISSED: QColor("#c62828"),
}
# A standing provision's milestone by status, in the obligations' colours: the provisions dock, the
# timeline and the comparison's charts agree.
PROVISION_COLOURS = {DELIVERED: STATUS_COLOURS[MET], ON_SCHEDULE: STATUS_COLOURS[MET].lighter(130),
                     DUE_SOON: STATUS_COLOURS[PENDING], OVERDUE: STATUS_COLOURS[MISSED]}
URGENT = QColor("#ef6c00")        # pending, less than URGENT_SECONDS left
URGENT_SECONDS = 6 * 3600
CRITICAL_SECONDS = 3600
NOW_LINE = QColor("#1565c0")
BANNER_TEXT = "EXERCISE EXERCISE EXERCISE"
SELECTION = QColor("#1e88e5")     # the selected incident or commitment, everywhere
GATE_VIOLATION = QColor("#d50000")
# Incident severity S1 (grey-zone) .. S5 (full-scale invasion); index 0 unused.
SEVERITY_COLOURS = (QColor("#9e9e9e"), QColor("#fbc02d"), QColor("#fb8c00"), QColor("#e64a19"),
                    QColor("#b71c1c"), QColor("#4a148c"))


def urgency_colour(seconds_left: float, missed: bool) -> QColor:
    """Colour of a countdown by how close its deadline is."""
    if missed or seconds_left < 0:
        return STATUS_COLOURS[MISSED]
    if seconds_left <= CRITICAL_SECONDS:
        return QColor("#d84315")
    if seconds_left <= URGENT_SECONDS:
        return URGENT
    return STATUS_COLOURS[PENDING] if seconds_left <= 24 * 3600 else QColor("#558b2f")


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


READABLE = 4.5      # WCAG AA for text


@functools.lru_cache(maxsize=128)
def _readable_rgb(colour_rgb: int, background_rgb: int) -> int:
    colour, background = QColor.fromRgb(colour_rgb), QColor.fromRgb(background_rgb)
    dark_background = background.lightness() < 128
    for _ in range(12):
        colour = QColor.fromRgb(colour.rgb())   # judged as it will be drawn, in 8-bit channels
        if contrast(colour, background) >= READABLE:
            return colour.rgb()
        colour = colour.lighter(115) if dark_background else colour.darker(115)
    # A saturated red tops out before it reads on a dark grey: blend it towards white (or black).
    target, start = QColor("#ffffff" if dark_background else "#000000"), colour
    for step in range(1, 11):
        colour = QColor.fromRgb(QColor.fromRgbF(*(a + (b - a) * step / 10 for a, b in
                                                  zip(start.getRgbF()[:3], target.getRgbF()[:3]))).rgb())
        if contrast(colour, background) >= READABLE:
            break
    return colour.rgb()


def readable_on(colour: QColor, background: QColor) -> QColor:
    """*colour*, darkened (or lightened on a dark background) until text in it reads well (WCAG AA)."""
    return QColor.fromRgb(_readable_rgb(colour.rgb(), background.rgb()))


def category_qcolour(code: str) -> QColor:
    return QColor(category_colour(code))


def severity_colour(severity: int) -> QColor:
    return SEVERITY_COLOURS[severity if 1 <= severity <= 5 else 0]


# Fonts whose digits all have one width, so a running countdown does not jiggle.
_DIGIT_FAMILIES = ("DejaVu Sans Mono", "Liberation Mono", "Consolas", "Menlo", "Noto Sans Mono", "Courier New")


def digits_font() -> QFont:
    """A fixed-pitch font for clocks and countdowns.

    The system's "monospace" is tried first; some (Noto Sans Mono under Qt) do
    not report fixed pitch, so known fixed families follow.
    """
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if QFontInfo(font).fixedPitch():
        return font
    available = set(QFontDatabase.families())
    for family in _DIGIT_FAMILIES:
        if family in available:
            candidate = QFont(family)
            candidate.setStyleHint(QFont.StyleHint.Monospace)
            return candidate
    return font
