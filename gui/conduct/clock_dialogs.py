"""Dialogs of the exercise clock and the MSEL timing: set the scenario time, shift a phase.

Each has a wrapper function (``ask_scenario_time``, ``ask_shift``) that tests
monkeypatch; the dialogs themselves can be built and driven without exec().
Input is checked as it is typed and the problem is shown under the field.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from gui.core.i18n import tr

from model.i18n import weekday_abbr
from model.plural import plural
from model.reltime import TimeFormatError, parse_time
from model.timeutil import display_zone, format_relative
from model.timezones import clock_text, zone_label

ERROR_STYLE = "QLabel { color: #c62828; }"
HINT_STYLE = "QLabel { color: palette(placeholder-text); }"
_OFFSET = re.compile(r"^([+-])?\s*(\d{1,4})(?::(\d{2}))?\s*(h)?$", re.I)
_MINUTES = re.compile(r"^([+-])?\s*(\d{1,6})\s*(?:min|m)$", re.I)


def parse_offset(text: str) -> timedelta:
    """``+2:30``, ``-0:45``, ``3h``, ``-12``, ``90 min`` -> a signed time span (hours:minutes)."""
    raw = text.strip()
    match = _MINUTES.match(raw)
    if match:
        sign, minutes = match.groups()
        span = timedelta(minutes=int(minutes))
        return -span if sign == "-" else span
    match = _OFFSET.match(raw)
    if not match:
        raise ValueError(tr("'{0}' is not an offset: write hours:minutes with a sign, e.g. +2:30 or -0:45")
                         .format(raw))
    sign, hours, minutes, _h = match.groups()
    if minutes is not None and int(minutes) > 59:
        raise ValueError(tr("'{0}': minutes must be 00-59").format(raw))
    span = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return -span if sign == "-" else span


def offset_text(span: timedelta) -> str:
    minutes = round(span.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SetTimeDialog(QDialog):
    """One field for the new scenario time, in any notation Pactline reads, with a live reading."""

    def __init__(self, parent: QWidget | None, *, current: datetime, startex: datetime,
                 passed: Callable[[datetime], list[str]] | None = None):
        super().__init__(parent)
        self.setObjectName("setTimeDialog")
        self.setWindowTitle(tr("Set scenario time"))
        self._startex, self._passed = startex, passed
        self.value: datetime | None = None
        self.field = QLineEdit(format_relative(current, startex))
        self.field.setObjectName("scenarioTimeField")
        self.field.setPlaceholderText("D+1 14:00")
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance("M") * 26)
        self.field.setAccessibleName(tr("New scenario time"))
        hint = QLabel(tr("D+1 14:00 · T+26h · H+2:30 · Tue 14:00 · 2026-03-03T14:00Z (clock times in {0})").format(
            zone_label(display_zone())))
        hint.setStyleSheet(HINT_STYLE)
        self.reading = _message_label("scenarioTimeReading")
        self.warning = _message_label("scenarioTimeWarning")
        self.warning.setStyleSheet("QLabel { color: #e65100; }")
        current_label = QLabel(tr("Now: {0} ({1})").format(format_relative(current, startex), clock_text(current)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(current_label)
        form.addRow(tr("&Scenario time:"), self.field)
        form.addRow("", hint)
        form.addRow("", self.reading)
        form.addRow("", self.warning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._read)
        self.field.selectAll()
        self._read()

    def _read(self) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            parsed = parse_time(self.field.text(), self._startex)
        except TimeFormatError as err:
            self.value = None
            self.reading.setStyleSheet(ERROR_STYLE)
            self.reading.setText(str(err))
            self.warning.setText("")
            ok_button.setEnabled(False)
            return
        self.value = parsed.value
        self.reading.setStyleSheet("")
        notation = parsed.notation.split(" (")[0]   # "day and clock (D+n hh:mm)": the words are enough here
        self.reading.setText(tr("= {0} · {1}, read as {2}").format(
            format_relative(parsed.value, self._startex), clock_text(parsed.value, seconds=True), notation))
        passed = self._passed(parsed.value) if self._passed is not None else []
        self.warning.setText(plural(len(passed), tr("Moving forward passes {0} planned inject ({1}): it is delivered "
                                                    "at its planned time."),
                                    tr("Moving forward passes {0} planned injects ({1}): each is delivered at its "
                                       "planned time, in order.")).replace("{1}", ", ".join(passed)) if passed else "")
        ok_button.setEnabled(True)

    def accept(self) -> None:
        if self.value is not None:
            super().accept()


class ShiftDialog(QDialog):
    """Move one phase (or the whole MSEL) by a signed offset; the spacing of the injects stays."""

    def __init__(self, parent: QWidget | None, *, phases: list[str], phase: str | None,
                 counts: dict[str | None, int]):
        super().__init__(parent)
        self.setObjectName("shiftDialog")
        self.setWindowTitle(tr("Shift injects"))
        self._counts = counts
        self.offset: timedelta | None = None
        self.scope = QComboBox()
        self.scope.setObjectName("shiftScope")
        self.scope.addItem(tr("Whole MSEL"), None)
        for name in phases:
            self.scope.addItem(tr("Phase: {0}").format(name or tr("(no phase)")), name)
        self.scope.setCurrentIndex(max(0, self.scope.findData(phase)) if phase is not None else 0)
        self.field = QLineEdit("+1:00")
        self.field.setObjectName("shiftOffset")
        self.field.setPlaceholderText("+2:30")
        self.field.setAccessibleName(tr("Offset, hours:minutes"))
        self.reading = _message_label("shiftReading")
        hint = QLabel(tr("hours:minutes, + later or - earlier (e.g. +2:30, -0:45, 90 min)"))
        hint.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&Injects:"), self.scope)
        form.addRow(tr("&Offset:"), self.field)
        form.addRow("", hint)
        form.addRow("", self.reading)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._read)
        self.scope.currentIndexChanged.connect(self._read)
        self.field.selectAll()
        self._read()

    @property
    def phase(self) -> str | None:
        return self.scope.currentData()

    def _read(self) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.offset = parse_offset(self.field.text())
        except ValueError as err:
            self.offset = None
            self.reading.setStyleSheet(ERROR_STYLE)
            self.reading.setText(str(err))
            ok_button.setEnabled(False)
            return
        count = self._counts.get(self.phase, 0)
        direction = tr("later") if self.offset >= timedelta(0) else tr("earlier")
        self.reading.setStyleSheet("")
        self.reading.setText(plural(count, tr("Moves {0} inject {1} {2}. Delivered injects keep their actual times."),
                                    tr("Moves {0} injects {1} {2}; their spacing stays. Delivered injects keep "
                                       "their actual times."))
                             .replace("{1}", offset_text(abs(self.offset))[1:]).replace("{2}", direction))
        ok_button.setEnabled(self.offset != timedelta(0) and count > 0)

    def accept(self) -> None:
        if self.offset is not None and self.offset != timedelta(0):
            super().accept()


# -- wrappers (tests replace these) -------------------------------------------------------------
def ask_scenario_time(parent: QWidget | None, *, current: datetime, startex: datetime,
                      passed: Callable[[datetime], list[str]] | None = None) -> datetime | None:
    dialog = SetTimeDialog(parent, current=current, startex=startex, passed=passed)
    return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_shift(parent: QWidget | None, *, phases: list[str], phase: str | None,
              counts: dict[str | None, int]) -> tuple[str | None, timedelta] | None:
    """(phase or None for the whole MSEL, offset), or None if cancelled."""
    dialog = ShiftDialog(parent, phases=phases, phase=phase, counts=counts)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.offset is None:
        return None
    return dialog.phase, dialog.offset
