"""The reading choices of the MSEL import dialog: day-less times, the sheet's zone, the header row, the shift.

A row of small fields above the mapping; each change re-plans the import
(a new header row re-reads the file). They give model ImportOptions.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from gui.core.i18n import tr

from model.msel.options import ImportOptions
from model.msel.times import SheetTimeError, zone_named

COMMON_ZONES = ("UTC", "Europe/Kyiv", "Europe/Warsaw", "Europe/Berlin", "Europe/Paris", "Europe/Rome",
                "Europe/London", "America/New_York", "America/Chicago", "America/Los_Angeles")
AUTOMATIC, NONE = -1, 0


class ImportOptionsBar(QWidget):
    """Emits ``changed`` after any choice; ``header_changed`` when the file must be read again."""

    changed = Signal()
    header_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mselImportOptions")
        self.day_less = QComboBox()
        self.day_less.setObjectName("dayLessCombo")
        self.day_less.addItem(tr("on STARTEX's day (D+0)"), "D+0")
        self.day_less.addItem(tr("on day D+…"), "D+n")
        self.day_less.addItem(tr("on the previous row's day"), "previous")
        self.day_less.setToolTip(tr("How clock times without a day (11:00, 0700) are read. The previous row's day "
                                    "moves to the next day when the clock goes back."))
        self.day = QSpinBox()
        self.day.setObjectName("daySpin")
        self.day.setRange(-99, 99)
        self.day.setPrefix("D+")
        self.day.setEnabled(False)
        self.zone = QComboBox()
        self.zone.setObjectName("zoneCombo")
        self.zone.setEditable(True)
        self.zone.addItems(COMMON_ZONES)
        self.zone.setToolTip(tr("The time zone of times that name none; type any zone name, e.g. Asia/Tokyo"))
        self._zone = "UTC"
        self.header = QSpinBox()
        self.header.setObjectName("headerRowSpin")
        self.header.setRange(AUTOMATIC, 9999)
        self.header.setValue(AUTOMATIC)
        self.header.setSpecialValueText(tr("found"))
        self.header.setToolTip(tr("The sheet row holding the column names; 0: the sheet has none (columns A, B, "
                                  "C…)"))
        self.numbers = QComboBox()
        self.numbers.setObjectName("numbersCombo")
        self.numbers.addItem(tr("as in the sheet"), "sheet")
        self.numbers.addItem(tr("renumber"), "renumber")
        self.numbers.addItem(tr("renumber, sheet's in the notes"), "keep")
        self.numbers.setToolTip(tr("A sheet that numbers two injects alike is refused unless they are renumbered, "
                                   "continuing the MSEL; the sheet's number can be kept in each inject's notes"))
        self.shift = QCheckBox(tr("Move the first inject to STARTEX"))
        self.shift.setObjectName("shiftCheck")
        self.shift.setToolTip(tr("Moves the whole MSEL, keeping the spacing between injects"))
        self.window = QCheckBox(tr("Set STARTEX/ENDEX from the sheet"))
        self.window.setObjectName("windowCheck")
        self.window.setToolTip(tr("STARTEX at the first inject, ENDEX at the last, set with the import (one undo "
                                  "step)"))

        # Two rows: reading the times, then what to do with the sheet as a whole (one row is wider than
        # a 1280-pixel screen).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for items in (((tr("Clock times without a day:"), self.day_less), (None, self.day), (tr("&Zone:"), self.zone),
                       (tr("&Header row:"), self.header)),
                      ((tr("N&umbers:"), self.numbers), (None, self.shift), (None, self.window))):
            line = QHBoxLayout()
            for label, widget in items:
                if label:
                    caption = QLabel(label)
                    caption.setBuddy(widget)
                    line.addWidget(caption)
                line.addWidget(widget)
            line.addStretch(1)
            layout.addLayout(line)

        self.day_less.currentIndexChanged.connect(self._day_less_chosen)
        self.day.valueChanged.connect(lambda _v: self.changed.emit())
        self.zone.currentTextChanged.connect(self._zone_typed)
        self.header.valueChanged.connect(lambda _v: self.header_changed.emit())
        self.shift.toggled.connect(lambda _on: self.changed.emit())
        self.numbers.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.window.toggled.connect(lambda _on: self.changed.emit())

    def _day_less_chosen(self, _index: int) -> None:
        self.day.setEnabled(self.day_less.currentData() == "D+n")
        self.changed.emit()

    def _zone_typed(self, text: str) -> None:
        """Only a zone that exists is taken; while one is being typed the last good one stays."""
        try:
            zone_named(text.strip())
        except SheetTimeError:
            self.zone.setToolTip(tr("'{0}' is not a time zone name; still reading times as {1}").format(
                text, self._zone))
            self.zone.setStyleSheet("QComboBox { color: #b71c1c; }")
            return
        self.zone.setStyleSheet("")
        self.zone.setToolTip(tr("The time zone of times that name none; type any zone name, e.g. Asia/Tokyo"))
        if text.strip() != self._zone:
            self._zone = text.strip()
            self.changed.emit()

    def header_row(self) -> int | None:
        value = self.header.value()
        return None if value == AUTOMATIC else value

    def show_header_row(self, row: int | None) -> None:
        """Show another sheet's header row choice (no ``header_changed``: that sheet was read with it)."""
        self.header.blockSignals(True)
        self.header.setValue(AUTOMATIC if row is None else row)
        self.header.blockSignals(False)

    def options(self) -> ImportOptions:
        numbers = self.numbers.currentData()
        return ImportOptions(day_less=self.day_less.currentData(), day=self.day.value(), zone=self._zone,
                             shift_to_startex=self.shift.isChecked(), header_row=self.header_row(),
                             renumber=numbers == "renumber", keep_sheet_numbers=numbers == "keep",
                             window_from_sheet=self.window.isChecked())

    def set_options(self, options: ImportOptions) -> None:
        """Show *options* (a loaded mapping profile's); emits ``changed`` (and ``header_changed``) once."""
        widgets = (self.day_less, self.day, self.zone, self.header, self.shift, self.numbers, self.window)
        header_before = self.header.value()
        for widget in widgets:
            widget.blockSignals(True)
        self.day_less.setCurrentIndex(max(self.day_less.findData(options.day_less), 0))
        self.day.setEnabled(options.day_less == "D+n")
        self.day.setValue(options.day)
        self.zone.setCurrentText(options.zone)
        self._zone = options.zone
        self.header.setValue(AUTOMATIC if options.header_row is None else options.header_row)
        self.shift.setChecked(options.shift_to_startex)
        self.window.setChecked(options.window_from_sheet)
        self.numbers.setCurrentIndex(self.numbers.findData(
            "keep" if options.keep_sheet_numbers else "renumber" if options.renumber else "sheet"))
        for widget in widgets:
            widget.blockSignals(False)
        if self.header.value() != header_before:
            self.header_changed.emit()
        self.changed.emit()
