"""The MSEL as a Qt table model: HSEEP columns, planned and actual times, play status.

A thin adapter over the inject rows (read with :func:`model.queries.injects`). Rows
are addressed by inject id. ``overdue_from`` is set by the delivery
controller: a planned inject whose delivery time lies before it will not be
delivered by the clock any more and waits for the controller's decision.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex, QObject, QPersistentModelIndex,
    Qt, Signal,
)
from PySide6.QtGui import QColor, QFont

from gui.core.i18n import QT_TR_NOOP, tr
from gui.core.table_model import FlatTableModel
from gui.core.document_bound import DocumentBound
from model import queries
from model.conduct_entities import Inject
from model.display_names import display_name
from model.services.changes import ChangeReport
from model.timeutil import format_relative, format_span, format_stored, from_epoch, to_epoch
from model.timezones import clock_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

# On screen the synopsis comes early: it is what a controller reads first. (Exports keep the HSEEP order.)
(NUMBER, SCENARIO, DELIVERY, ACTUAL, STATUS, TYPE, TITLE, SYNOPSIS, SENDER, RECIPIENT, METHOD, PHASE, EXPECTED,
 OBJECTIVE, CONTROLLER) = range(15)
_HEADERS = (
    QT_TR_NOOP("No."), QT_TR_NOOP("Scenario time"),
    QT_TR_NOOP("Delivery time"), QT_TR_NOOP("Delivered"),
    QT_TR_NOOP("Status"), QT_TR_NOOP("Type"),
    QT_TR_NOOP("Title"), QT_TR_NOOP("Synopsis"), QT_TR_NOOP("From"),
    QT_TR_NOOP("To"), QT_TR_NOOP("Method"),
    QT_TR_NOOP("Phase/Move"), QT_TR_NOOP("Expected action"),
    QT_TR_NOOP("Objective"), QT_TR_NOOP("Controller"),
)
_HEADER_TIPS = (
    QT_TR_NOOP("MSEL number of the inject"),
    QT_TR_NOOP("When the event happens in the scenario (D+n hh:mm, on the exercise's clocks)"),
    QT_TR_NOOP("When the controller delivers it, as planned (D+n hh:mm, on the exercise's clocks)"),
    QT_TR_NOOP("When it was actually delivered in play (scenario time)"),
    QT_TR_NOOP("Planned, due (overdue), held, delivered or skipped"),
    QT_TR_NOOP("Incident (creates an incident), message or contingency"),
    QT_TR_NOOP("Its subject, in a few words"),
    QT_TR_NOOP("What the inject says"),
    QT_TR_NOOP("Simulated sender"),
    QT_TR_NOOP("Players who receive it"),
    QT_TR_NOOP("How it is delivered (email, phone, VTC…)"),
    QT_TR_NOOP("Phase or move of the exercise"),
    QT_TR_NOOP("What the players are expected to do"),
    QT_TR_NOOP("Exercise objective or capability it tests"),
    QT_TR_NOOP("Controller responsible for delivering it"),
)
STATUS_COLOURS = {"planned": QColor("#546e7a"), "overdue": QColor("#d84315"), "held": QColor("#a86400"),
                  "delivered": QColor("#2e7d32"), "skipped": QColor("#9e9e9e")}
_STATUS_NAMES = {"planned": QT_TR_NOOP("Planned"),
                 "overdue": QT_TR_NOOP("Overdue"),
                 "held": QT_TR_NOOP("Held"),
                 "delivered": QT_TR_NOOP("Delivered"),
                 "skipped": QT_TR_NOOP("Skipped")}
_STATUS_TIPS = {
    "planned": QT_TR_NOOP("Delivered automatically when the clock reaches its delivery time"),
    "overdue": QT_TR_NOOP("Its delivery time passed while it was not on the clock's path "
                                              "(held, added late, or before the saved clock): fire it now or skip it"),
    "held": QT_TR_NOOP("Held by the controller: waits until released"),
    "delivered": QT_TR_NOOP("Delivered in play"),
    "skipped": QT_TR_NOOP("Skipped: will not be delivered"),
}
_TYPE_NAMES = {"incident": QT_TR_NOOP("Incident"),
               "message": QT_TR_NOOP("Message"),
               "contingency": QT_TR_NOOP("Contingency")}
_LONG_TEXT = {SYNOPSIS, EXPECTED}


def type_name(inject_type: str) -> str:
    return tr(_TYPE_NAMES.get(inject_type, inject_type))


def status_name(status: str) -> str:
    return tr(_STATUS_NAMES.get(status, status))


# -- reading the MSEL (read-only, detached rows) ------------------------------------------
def time_tip(value) -> str:
    """``Tue 2026-03-03 15:00 CET · 2026-03-03T14:00:00Z``: on the exercise's clocks, then as stored (UTC)."""
    return f"{clock_text(value)} · {format_stored(value)}"


class MselModel(FlatTableModel):
    HEADERS, HEADER_TIPS = _HEADERS, _HEADER_TIPS

    # Injects that went from planned/held to delivered since the last reload (by any path).
    newly_delivered = Signal(list)
    withdrawn = Signal(list)        # ids of injects whose delivery was undone

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._bound = DocumentBound(self, {"changed": self.on_changed})
        self._document = None
        self._rows: list[Inject] = []
        self._startex = None
        self.overdue_from: float | None = None   # epoch seconds; set by the dock from the controller
        self.next_id: int | None = None          # the next inject the clock will deliver
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- binding -----------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self._bound.bind(document)
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        document = self._document
        if document is None:
            self._rows, self._startex = [], None
            return
        self._rows = queries.injects(document.file)
        self._startex = from_epoch(document.snapshot.startex)

    def on_changed(self, report: ChangeReport) -> None:
        if not report.touches("inject", "exercise_info"):   # the rows, and STARTEX their times count from
            return
        before = {row.id: row.status for row in self._rows}
        self.beginResetModel()
        self._load()
        self.endResetModel()
        delivered = [row for row in self._rows if row.status == "delivered"
                     and before.get(row.id, "delivered") in ("planned", "held")]
        gone = [row.id for row in self._rows if before.get(row.id) == "delivered" and row.status != "delivered"]
        if delivered:
            self.newly_delivered.emit(delivered)
        if gone:
            self.withdrawn.emit(gone)

    def follow_clock(self, overdue_from: float | None, next_id: int | None) -> None:
        """Refresh the status column when the clock changes which injects are overdue or next."""
        changed = overdue_from != self.overdue_from or next_id != self.next_id
        if not changed or not self._rows:
            self.overdue_from, self.next_id = overdue_from, next_id
            return
        old = [self.status_of(r) for r in self._rows], self.next_id
        self.overdue_from, self.next_id = overdue_from, next_id
        if [self.status_of(r) for r in self._rows] != old[0] or old[1] != next_id:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # -- reading -------------------------------------------------------------------------
    def inject(self, row: int) -> Inject:
        return self._rows[row]

    def injects(self) -> list[Inject]:
        return list(self._rows)

    def row_of(self, inject_id: int | None) -> int:
        for row, inject in enumerate(self._rows):
            if inject.id == inject_id:
                return row
        return -1

    def row_of_incident(self, incident_id: int | None) -> int:
        if incident_id is None:
            return -1
        for row, inject in enumerate(self._rows):
            if inject.incident_id == incident_id:
                return row
        return -1

    def status_of(self, inject: Inject) -> str:
        """The stored status, or "overdue" for a planned inject the clock has gone past."""
        if inject.status == "planned" and self.overdue_from is not None \
                and to_epoch(inject.delivery_time) < self.overdue_from:
            return "overdue"
        return inject.status

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        inject, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(inject, column)
        if role == ID_ROLE:
            return inject.id
        if role == STATUS_ROLE:
            return self.status_of(inject)
        if role == SORT_ROLE:
            return self._sort_key(inject, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(inject, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS:
                return STATUS_COLOURS[self.status_of(inject)]
            if inject.status == "skipped":
                return STATUS_COLOURS["skipped"]
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == STATUS or (inject.id == self.next_id and column in (NUMBER, DELIVERY)):
                return self._bold
            if column == NUMBER and inject.adhoc:
                return self._italic
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, SCENARIO, DELIVERY, ACTUAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _relative(self, value) -> str:
        return format_relative(value, self._startex) if value is not None else "—"

    def _display(self, inject: Inject, column: int) -> str:
        if column == NUMBER:
            return inject.number
        if column == SCENARIO:
            return self._relative(inject.scenario_time)
        if column == DELIVERY:
            return self._relative(inject.delivery_time)
        if column == ACTUAL:
            return self._relative(inject.delivered_at)
        if column == STATUS:
            status = self.status_of(inject)
            text = status_name(status)
            return f"▶ {text}" if inject.id == self.next_id else text
        if column == TYPE:
            text = type_name(inject.inject_type)
            return tr("{0} (ad hoc)").format(text) if inject.adhoc else text
        value = {PHASE: inject.phase, METHOD: inject.method, SENDER: inject.sender, RECIPIENT: inject.recipient,
                 TITLE: inject.title, SYNOPSIS: inject.synopsis, EXPECTED: inject.expected_action,
                 OBJECTIVE: inject.objective, CONTROLLER: inject.controller}[column]
        return " ".join(value.split()) if column in _LONG_TEXT else value

    def _sort_key(self, inject: Inject, column: int) -> str:
        # Strings, because Qt compares what it can read: zero-padded so they sort as numbers.
        if column == NUMBER:
            return f"0{int(inject.number):012d}" if inject.number.isdigit() else f"1{inject.number.lower()}"
        times = {SCENARIO: inject.scenario_time, DELIVERY: inject.delivery_time, ACTUAL: inject.delivered_at}
        if column in times:
            when = times[column]
            return f"{to_epoch(when) if when is not None else 99_999_999_999:012d}-{inject.id:010d}"
        return self._display(inject, column).lower()

    def _tooltip(self, inject: Inject, column: int) -> str | None:
        if column in (SCENARIO, DELIVERY) and self._startex is not None:
            return time_tip(inject.scenario_time if column == SCENARIO else inject.delivery_time)
        if column == ACTUAL:
            if inject.delivered_at is None:
                return tr("Not delivered yet")
            late = to_epoch(inject.delivered_at) - to_epoch(inject.delivery_time)
            when = time_tip(inject.delivered_at)
            if late == 0:
                return tr("{0} · on time").format(when)
            word = tr("late") if late > 0 else tr("early")
            return tr("{0} · {1} {2} (fired by the controller)").format(when, format_span(late), word)
        if column == STATUS:
            return tr(_STATUS_TIPS[self.status_of(inject)])
        if column == TYPE and inject.inject_type == "incident":
            severity = f"S{inject.severity}" if inject.severity else ""
            where = f" · {inject.location}" if inject.location else ""
            made = tr(" · created incident #{0}").format(inject.incident_id) if inject.incident_id else ""
            return f"{display_name('incident_type', inject.incident_type)} {severity}{where}{made}"
        if column in _LONG_TEXT or column in (TITLE, SENDER, RECIPIENT, OBJECTIVE, PHASE):
            text = self._display(inject, column)
            return text or None
        if column == NUMBER and inject.adhoc:
            return tr("Ad-hoc inject, added during play")
        return None
