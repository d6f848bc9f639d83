"""The comparison as small multiples: one panel per question, one group of bars per option.

Drawn with QPainter from model/comparison_figures.py's numbers, so the window
and the after-action report draw the same picture. Options are lettered A–D
(the key names them); colours are the program's: statuses in their status
colours, categories in their category colours, a broken gate in the gate red.
``draw_comparison(figures)`` returns draw(painter, rect, k) with k the pixels
per point, as the report's charts take it.
"""
from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPen

from gui.core.i18n import tr
from gui.core.style import (
    GATE_VIOLATION, NOW_LINE, PROVISION_COLOURS, SEVERITY_COLOURS, STATUS_COLOURS, URGENT, category_qcolour,
)
from model.comparison_figures import OptionFigures
from model.display_names import category_name
from model.engine import MET, MISSED, NOT_DUE, PENDING
from model.provision_status import DUE_SOON, OVERDUE
from model.vocabulary import CATEGORIES

Draw = Callable[[QPainter, QRectF, float], None]
TEXT = QColor("#263238")
MUTED = QColor("#546e7a")
GRID = QColor("#dfe5e8")
PANEL_PT = 150.0          # one panel's height in the report (the window's panels share its height)
KEY_LINE_PT = 12.0        # one line of the key naming the options, two options a line
MIN_PANEL_PT = 140.0      # narrower than this, the panels go three, then two, to a row


def letter(n: int) -> str:
    return chr(ord("A") + n)


@dataclass(frozen=True)
class Series:
    label: str
    colour: QColor
    value: Callable[[OptionFigures], float | None]


@dataclass(frozen=True)
class Panel:
    title: str
    unit: str             # "" for counts, "h" for hours
    series: tuple[Series, ...]


def _effective_h(k: int, f: OptionFigures) -> float | None:
    return f.first_effective_h[k]


@functools.lru_cache(maxsize=1)
def panels() -> tuple[Panel, ...]:
    return (
        Panel(tr("Obligations"), "", (
            Series(tr("met"), STATUS_COLOURS[MET], lambda f: f.met),
            Series(tr("missed"), STATUS_COLOURS[MISSED], lambda f: f.missed),
            Series(tr("pending"), STATUS_COLOURS[PENDING], lambda f: f.pending))),
        Panel(tr("Latency, median"), "h", (
            Series(tr("reaction"), NOW_LINE, lambda f: f.reaction_median_h),
            Series(tr("consultation"), SEVERITY_COLOURS[5], lambda f: f.consultation_median_h))),
        Panel(tr("Gaps and gates"), "", (
            Series(tr("incidents with a gap"), URGENT, lambda f: f.gap_incidents),
            Series(tr("gates broken"), GATE_VIOLATION, lambda f: f.gate_violations),
            Series(tr("approvals needed"), STATUS_COLOURS[NOT_DUE], lambda f: f.approvals_needed))),
        Panel(tr("First effective measure, median"), "h", tuple(
            Series(category_name(code).split(" (")[0], category_qcolour(code), functools.partial(_effective_h, k))
            for k, code in enumerate(CATEGORIES))),
        Panel(tr("Provision milestones"), "", (
            Series(tr("overdue"), PROVISION_COLOURS[OVERDUE], lambda f: f.provision_overdue),
            Series(tr("due soon"), PROVISION_COLOURS[DUE_SOON], lambda f: f.provision_due_soon))),
    )


@functools.lru_cache(maxsize=32)
def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def per_row(width: float, k: float) -> int:
    """Every panel in one row where they fit, else rows of three or two (never one panel left alone)."""
    points = width / k
    return next((n for n in (len(panels()), 3) if points >= n * MIN_PANEL_PT), 2)


def key_per_line(width: float, k: float, names: Sequence[str] | None) -> int:
    """Two options a line in the key where every name fits half the width, else one: a report's page or a
    narrow dock cut "Light mutual-defence clause (24 h reaction, 24/48/72 h ..." in half a line."""
    if not names:
        return 2
    metrics = QFontMetricsF(_font(8))
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    room_pt = width / k / 2 - 8 - 12 - 4        # half the width less the gap, the letter and a margin for hinting
    return 2 if all(metrics.horizontalAdvance(name) * 72 / dpi <= room_pt for name in names) else 1


def key_height(count: int, k: float, width: float | None = None, names: Sequence[str] | None = None) -> float:
    per_line = 2 if width is None else key_per_line(width, k, names)
    return (math.ceil(count / per_line) * KEY_LINE_PT + 4) * k


def comparison_height(width: float, k: float, count: int = 4, names: Sequence[str] | None = None) -> float:
    rows = math.ceil(len(panels()) / per_row(width, k))
    return key_height(count, k, width, names) + rows * PANEL_PT * k


def nice_top(value: float) -> float:
    """The axis top: 1, 2 or 5 times a power of ten, at least *value*."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _number(value: float, unit: str) -> str:
    return f"{value:g}{' ' + unit if unit else ''}"


def _draw_key(p: QPainter, rect: QRectF, k: float, figures: Sequence[OptionFigures]) -> None:
    """"A  name" per option, two a line where they fit (key_per_line), each cut short with an ellipsis if
    it does not fit even alone."""
    per_line = key_per_line(rect.width(), k, [f.name for f in figures])
    share = rect.width() / per_line
    for n, f in enumerate(figures):
        cell = QRectF(rect.left() + (n % per_line) * share, rect.top() + (n // per_line) * KEY_LINE_PT * k,
                      share - 8 * k, KEY_LINE_PT * k)
        p.setFont(_font(8, bold=True))
        p.setPen(TEXT)
        p.drawText(cell, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), letter(n))
        p.setFont(_font(8))
        name = QRectF(cell.left() + 12 * k, cell.top(), cell.width() - 12 * k, cell.height())
        p.drawText(name, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   p.fontMetrics().elidedText(f.name, Qt.TextElideMode.ElideRight, int(name.width())))


def _draw_legend(p: QPainter, x: float, y: float, right: float, k: float, series: Sequence[Series]) -> float:
    """Swatches and labels, wrapped; returns the y below them."""
    p.setFont(_font(6.5))
    metrics = p.fontMetrics()
    start, line = x, 10 * k
    for s in series:
        width = metrics.horizontalAdvance(s.label) + 12 * k
        if x + width > right and x > start:
            x, y = start, y + line
        p.fillRect(QRectF(x, y + 2 * k, 7 * k, 7 * k), s.colour)
        p.setPen(MUTED)
        p.drawText(QRectF(x + 9 * k, y, width, line), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   s.label)
        x += width + 4 * k
    return y + line


def _draw_panel(p: QPainter, box: QRectF, k: float, panel: Panel, figures: Sequence[OptionFigures]) -> None:
    pad = 6 * k
    p.setFont(_font(8, bold=True))
    p.setPen(TEXT)
    title = QRectF(box.left() + pad, box.top(), box.width() - 2 * pad, 14 * k)
    p.drawText(title, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
               p.fontMetrics().elidedText(panel.title, Qt.TextElideMode.ElideRight, int(title.width())))
    top = _draw_legend(p, box.left() + pad, box.top() + 14 * k, box.right() - pad, k, panel.series) + 6 * k
    values = [[s.value(f) for s in panel.series] for f in figures]
    top_value = nice_top(max((v for row in values for v in row if v is not None), default=0))
    axis_w = 30 * k
    plot = QRectF(box.left() + pad + axis_w, top, box.width() - 2 * pad - axis_w, box.bottom() - top - 16 * k)
    if plot.height() <= 0 or plot.width() <= 0:
        return
    p.setFont(_font(6.5))
    for step in range(3):
        tick = top_value * step / 2
        y = plot.bottom() - plot.height() * step / 2
        p.setPen(QPen(GRID, max(1.0, 0.6 * k)))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if not panel.unit and tick != int(tick):
            continue            # a count has no halves: "0.5 milestones", "2.5 gates" read as nonsense
        p.setPen(MUTED)
        p.drawText(QRectF(box.left() + pad, y - 6 * k, axis_w - 4 * k, 12 * k),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), _number(tick, panel.unit))
    group = plot.width() / max(1, len(figures))
    bar = min(14 * k, group * 0.8 / len(panel.series))
    for n, row in enumerate(values):
        left = plot.left() + n * group + (group - bar * len(panel.series)) / 2
        for j, (value, s) in enumerate(zip(row, panel.series)):
            x = left + j * bar
            if value is None:       # nothing to draw: a dash on the base line says "none", not zero
                p.setPen(QPen(MUTED, max(1.0, 0.8 * k)))
                p.drawLine(QPointF(x + bar * 0.25, plot.bottom() - 2 * k), QPointF(x + bar * 0.75, plot.bottom() - 2 * k))
                continue
            height = plot.height() * min(value, top_value) / top_value
            p.fillRect(QRectF(x + 0.5 * k, plot.bottom() - height, bar - 1 * k, height), s.colour)
        p.setFont(_font(7.5, bold=True))
        p.setPen(TEXT)
        p.drawText(QRectF(plot.left() + n * group, plot.bottom() + 2 * k, group, 13 * k),
                   int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), letter(n))
    p.setPen(QPen(MUTED, max(1.0, 0.8 * k)))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))


def draw_comparison(figures: Sequence[OptionFigures]) -> Draw:
    figures = tuple(figures)

    def draw(p: QPainter, rect: QRectF, k: float) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _draw_key(p, rect, k, figures)
        columns = per_row(rect.width(), k)
        width = rect.width() / columns
        top = rect.top() + key_height(len(figures), k, rect.width(), [f.name for f in figures])
        rows = math.ceil(len(panels()) / columns)
        height = (rect.bottom() - top) / rows       # the report's rect is made for PANEL_PT; a window's is not
        for n, panel in enumerate(panels()):
            box = QRectF(rect.left() + (n % columns) * width, top + (n // columns) * height, width, height)
            _draw_panel(p, box.adjusted(0, 0, -4 * k, -6 * k), k, panel, figures)
    return draw
