"""The projector's panels: big countdowns, the missed deadlines, the current incidents.

Everything here reads the engine's assessment and the snapshot's player-safe
columns (incident type, severity, location, time; signatory codes). Nothing
reads the MSEL, the log or any note. Fonts scale with the window height so a
1080-line projector shows the countdown digits at 54 pt.
"""
from __future__ import annotations

import math
import re

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.core import style
from gui.core.i18n import QT_TR_NOOP, tr
from gui.incidents.countdown_panel import readable_on
from gui.core.style import severity_colour, urgency_colour
from model.countdowns import countdowns
from model.engine import MISSED, NOT_OBLIGED, Assessment
from model.plural import plural
from model.timeutil import format_relative_epoch, format_span

BACKGROUND = QColor("#0b0e12")
TEXT = "#f5f7fa"
MUTED = "#a7b3bf"
REFERENCE_HEIGHT = 1080
DIGITS_PT = 54            # countdown digits at REFERENCE_HEIGHT; never below 48 there
MAX_COUNTDOWNS = 4
MAX_MISSED = 3
MAX_INCIDENTS = 5
_KIND = {"reaction": QT_TR_NOOP("REACT"), "consultation": QT_TR_NOOP("CONSULT")}


def scaled(points: float, scale: float) -> float:
    return max(7.0, points * scale)


def digits_font() -> QFont:
    font = style.digits_font()
    font.setBold(True)
    return font


def colour_on_dark(colour: QColor) -> str:
    return readable_on(colour, BACKGROUND).name()


class ScaledLabel(QLabel):
    """A label whose font is *points* at the reference height, scaled with the window.

    Plain text that does not fit is shortened with "…" instead of widening the
    window past the screen; ``text()`` keeps the whole text.
    """

    def __init__(self, points: float, *, bold: bool = False, colour: str = TEXT, font: QFont | None = None,
                 name: str = "", wrap: bool = False, shrink: bool = False):
        super().__init__()
        self.points = points
        # Titles players must read whole wrap onto a second line (incidents, where there is room below)
        # or are set smaller (countdowns, one line each) rather than lose their end.
        self.setWordWrap(wrap)
        self.shrink = shrink
        self.setTextFormat(Qt.TextFormat.PlainText)   # exercise data is shown as typed, never as markup
        font = QFont(font) if font is not None else QFont()
        if bold:
            font.setBold(True)
        self.setFont(font)
        self._colour = ""
        self.set_colour(colour)
        if name:
            self.setObjectName(name)

    def set_scale(self, scale: float) -> None:
        font = self.font()
        font.setPointSizeF(scaled(self.points, scale))
        self.setFont(font)

    def set_colour(self, colour: str) -> None:
        if colour != self._colour:
            self._colour = colour
            self.setStyleSheet(f"color: {colour}; background: transparent;")

    def show_text(self, text: str) -> None:
        if text != self.text():       # a re-layout per tick is not free
            self.setText(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.textFormat() == Qt.TextFormat.RichText or self.wordWrap():
            return hint
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("MMMM…")), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.textFormat() == Qt.TextFormat.RichText or self.wordWrap() or \
                self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        painter.setPen(QColor(self._colour))
        font = self.fitted_font()
        painter.setFont(font)
        text = QFontMetricsF(font).elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)

    MIN_SHRINK = 0.45

    def fitted_font(self) -> QFont:
        """The font the text is painted in: the label's, or (shrink) smaller until the whole text fits."""
        font = QFont(self.font())
        width = QFontMetricsF(font).horizontalAdvance(self.text())
        room = self.contentsRect().width()
        if self.shrink and width > room > 0:
            smallest = font.pointSizeF() * self.MIN_SHRINK
            for _ in range(4):    # text width is not quite proportional to the size (hinting): settle on it
                font.setPointSizeF(max(smallest, font.pointSizeF() * room / width * 0.99))
                width = QFontMetricsF(font).horizontalAdvance(self.text())
                if width <= room or font.pointSizeF() <= smallest:
                    break
        return font


class DurationLabel(ScaledLabel):
    """A countdown: digits at full size, units (h, min, s) at half size and muted.

    ``17 h 30 min`` is the notation every view uses for a span; set this way it
    reads at a glance from the back of the room and is no wider than a clock's
    ``17:30:00``. ``text()`` is the plain text.
    """

    UNIT_SCALE = 0.5

    def _fonts(self) -> tuple[QFont, QFont]:
        unit = QFont(self.font())
        unit.setPointSizeF(self.font().pointSizeF() * self.UNIT_SCALE)
        unit.setBold(False)
        return self.font(), unit

    def _pieces(self, text: str) -> list[tuple[str, bool]]:
        return [(piece, piece.isdigit()) for piece in re.split(r"(\d+)", text) if piece]

    def text_width(self, text: str) -> float:
        digits, unit = (QFontMetricsF(f) for f in self._fonts())
        return sum((digits if is_digit else unit).horizontalAdvance(piece) for piece, is_digit in self._pieces(text))

    def sizeHint(self) -> QSize:
        return QSize(math.ceil(self.text_width(self.text())) + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = self.contentsRect()
        digits_font, unit_font = self._fonts()
        metrics = QFontMetricsF(digits_font)
        width = self.text_width(self.text())
        x = rect.right() - width if self.alignment() & Qt.AlignmentFlag.AlignRight else rect.left()
        baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
        colour = QColor(self._colour)
        for piece, is_digit in self._pieces(self.text()):
            painter.setFont(digits_font if is_digit else unit_font)
            painter.setPen(colour if is_digit else colour.darker(130))
            painter.drawText(QPointF(x, baseline), piece)
            x += QFontMetricsF(painter.font()).horizontalAdvance(piece)


def section_title(text: str) -> ScaledLabel:
    label = ScaledLabel(20, bold=True, colour=MUTED)
    font = label.font()
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    label.setFont(font)
    label.setText(text)
    return label


class CountdownRow(QWidget):
    def __init__(self):
        super().__init__()
        self.time = DurationLabel(DIGITS_PT, font=digits_font(), name="projectorCountdownTime")
        self.time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.title = ScaledLabel(26, bold=True, shrink=True)
        self.detail = ScaledLabel(20, colour=MUTED)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(28)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.time, 0, 0, 2, 1)
        layout.addWidget(self.title, 0, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.detail, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(1, 1)

    def labels(self) -> list[ScaledLabel]:
        return [self.time, self.title, self.detail]

    def set_scale(self, scale: float) -> None:
        for label in self.labels():
            label.set_scale(scale)
        self.time.setMinimumWidth(math.ceil(max(self.time.text_width(t) for t in ("88 h 88 min", "88 min 88 s"))) + 8)


class CountdownBoard(QWidget):
    """The pending deadlines, soonest first, then a few lines on the missed ones."""

    def __init__(self):
        super().__init__()
        self.setObjectName("projectorCountdowns")
        self.title = section_title(tr("DEADLINES"))
        self.empty = ScaledLabel(28, colour=MUTED)
        self.empty.setText(tr("No deadlines running"))
        self.rows = [CountdownRow() for _ in range(MAX_COUNTDOWNS)]
        self.more = ScaledLabel(20, colour=MUTED)
        self.missed_title = section_title(tr("MISSED"))
        self.missed = [ScaledLabel(20, bold=True, colour=colour_on_dark(urgency_colour(0, True)), shrink=True)
                       for _ in range(MAX_MISSED)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        for row in self.rows:
            layout.addWidget(row)
        layout.addWidget(self.more)
        layout.addSpacing(10)
        layout.addWidget(self.missed_title)
        for label in self.missed:
            layout.addWidget(label)
        layout.addStretch(1)

    def labels(self) -> list[ScaledLabel]:
        labels = [self.title, self.empty, self.more, self.missed_title, *self.missed]
        for row in self.rows:
            labels += row.labels()
        return labels

    def set_scale(self, scale: float) -> None:
        for label in (self.title, self.empty, self.more, self.missed_title, *self.missed):
            label.set_scale(scale)
        for row in self.rows:
            row.set_scale(scale)

    def show_assessment(self, a: Assessment) -> None:
        snap = a.snapshot
        pending = [c for c in countdowns(a, limit=0) if not c.missed]
        self.empty.setVisible(not pending)
        for row, countdown in zip(self.rows, pending):
            row.show()
            seconds = math.ceil(countdown.seconds)
            row.time.show_text(format_span(seconds, with_seconds=True))
            row.time.set_colour(colour_on_dark(urgency_colour(seconds, False)))
            pos = countdown.incident_pos
            obligations = a.reaction if countdown.kind == "reaction" else a.consultation
            obliged = int(np.count_nonzero(obligations.status[pos] != NOT_OBLIGED))
            row.title.show_text(f"{tr(_KIND[countdown.kind])} #{countdown.incident_id} "
                                f"{snap.type_names[int(snap.inc_type[pos])]}")
            row.detail.show_text(tr("{0} of {1} still owe · due {2}").format(
                len(countdown.signatories), obliged, format_relative_epoch(countdown.deadline, snap.startex)))
        for row in self.rows[len(pending):]:
            row.hide()
        extra = len(pending) - len(self.rows)
        self.more.setVisible(extra > 0)
        if extra > 0:
            self.more.show_text(tr("+ {0} more running").format(extra))
        lines, total = missed_lines(a)
        self.missed_title.setVisible(bool(lines))
        self.missed_title.show_text(plural(total, tr("MISSED · {0} DEADLINE"),
                                           tr("MISSED · {0} DEADLINES, LATEST FIRST")))
        for label, text in zip(self.missed, lines + [""] * MAX_MISSED):
            label.setVisible(bool(text))
            label.show_text(text)


def missed_lines(a: Assessment, limit: int = MAX_MISSED) -> tuple[list[str], int]:
    """``CONSULT #1 Missile/drone strike — AL, IS, ME`` for the most recently missed deadlines, and
    how many deadlines (kind and incident) were missed by anyone."""
    snap = a.snapshot
    groups = []
    for kind, obligations in (("reaction", a.reaction), ("consultation", a.consultation)):
        missed = obligations.status == MISSED
        for pos in np.flatnonzero(missed.any(axis=1)):
            codes = [snap.sig_codes[s] for s in np.flatnonzero(missed[pos])]
            groups.append((int(obligations.deadline[pos]), kind, int(pos), codes))
    groups.sort(key=lambda g: -g[0])
    lines = []
    for _deadline, kind, pos, codes in groups[:limit]:
        who = ", ".join(codes) if len(codes) <= 4 else tr("{0} signatories").format(len(codes))
        lines.append(f"{tr(_KIND[kind])}  #{int(snap.inc_ids[pos])} {snap.type_names[int(snap.inc_type[pos])]} — {who}")
    return lines, len(groups)


class IncidentRow(QWidget):
    def __init__(self):
        super().__init__()
        self.badge = ScaledLabel(24, bold=True, name="projectorIncidentBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = ScaledLabel(24, bold=True, wrap=True)
        self.detail = ScaledLabel(19, colour=MUTED)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(16)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def labels(self) -> list[ScaledLabel]:
        return [self.badge, self.title, self.detail]

    def set_scale(self, scale: float) -> None:
        for label in self.labels():
            label.set_scale(scale)
        self.badge.setFixedWidth(self.badge.fontMetrics().horizontalAdvance("S5") + int(24 * scale))


class IncidentList(QWidget):
    """Incidents that have happened, most recent first: number, type, severity, place, time."""

    def __init__(self):
        super().__init__()
        self.setObjectName("projectorIncidents")
        self.title = section_title(tr("CURRENT INCIDENTS"))
        self.empty = ScaledLabel(26, colour=MUTED)
        self.empty.setText(tr("No incident yet"))
        self.rows = [IncidentRow() for _ in range(MAX_INCIDENTS)]
        self.more = ScaledLabel(19, colour=MUTED)
        self._shown: tuple = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        for row in self.rows:
            layout.addWidget(row)
        layout.addWidget(self.more)
        layout.addStretch(1)

    def labels(self) -> list[ScaledLabel]:
        labels = [self.title, self.empty, self.more]
        for row in self.rows:
            labels += row.labels()
        return labels

    def set_scale(self, scale: float) -> None:
        for label in (self.title, self.empty, self.more):
            label.set_scale(scale)
        for row in self.rows:
            row.set_scale(scale)

    def show_assessment(self, a: Assessment) -> None:
        snap = a.snapshot
        positions = [int(p) for p in np.flatnonzero(a.occurred)][::-1]
        key = (snap.startex, *((int(snap.inc_ids[p]), int(snap.inc_time[p]), int(snap.inc_type[p]),
                               int(snap.inc_severity[p]), snap.inc_location[p]) for p in positions))
        if key == self._shown:
            return
        self._shown = key
        self.empty.setVisible(not positions)
        for row, pos in zip(self.rows, positions):
            row.show()
            severity = int(snap.inc_severity[pos])
            row.badge.setText(f"S{severity}")
            background = severity_colour(severity)
            foreground = "#000000" if background.lightness() > 140 else "#ffffff"
            row.badge.setStyleSheet(f"color: {foreground}; background: {background.name()}; border-radius: 6px;")
            row.title.setText(f"#{int(snap.inc_ids[pos])} {snap.type_names[int(snap.inc_type[pos])]}")
            where = snap.inc_location[pos]
            when = format_relative_epoch(int(snap.inc_time[pos]), snap.startex)
            row.detail.setText(f"{where} · {when}" if where else when)
        for row in self.rows[len(positions):]:
            row.hide()
        extra = len(positions) - len(self.rows)
        self.more.setVisible(extra > 0)
        self.more.setText(tr("+ {0} earlier").format(extra) if extra > 0 else "")
