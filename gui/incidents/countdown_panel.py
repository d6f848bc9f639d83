"""The Countdowns dock: the next deadlines, soonest first, then the missed ones.

Rows are read off model.countdowns.countdowns(document.assessment) on every
``assessed`` (the stored exercise: a drag in progress on the timeline
moves no countdown until it is dropped). When the rows are the same deadlines as before (the usual
clock tick) only their cells are refreshed with dataChanged, so the view,
its scroll position and its selection stay put.
"""
from __future__ import annotations

import math

from PySide6.QtCore import (
    QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHeaderView, QLabel, QStyledItemDelegate, QStyleOptionViewItem,
    QTableView, QVBoxLayout, QWidget,
)

from gui.core.i18n import QT_TR_NOOP, tr
from gui.core import style
from gui.core.style import readable_on, urgency_colour  # noqa: F401  (readable_on: also read from here)
from gui.core.table_model import FlatTableModel
from gui.core.document_bound import DocumentBound
from gui.core.time_zones import local_times_shown
from model.countdowns import Countdown, countdowns
from model.engine import NOT_OBLIGED, Assessment
from model.timeutil import format_relative_epoch, format_span

TIME, DEADLINE, INCIDENT, OWED = range(4)
# Marked for translation here, translated where shown (CountdownModel.headerData).
_HEADERS = (QT_TR_NOOP("Time left"), QT_TR_NOOP("Deadline"),
            QT_TR_NOOP("Incident"), QT_TR_NOOP("Owed by"))
_HEADER_TIPS = (
    QT_TR_NOOP("Scenario time left until the deadline (h:mm:ss); for a missed one, how late it is"),
    QT_TR_NOOP("Reaction or consultation deadline, and the incident's number on the timeline"),
    QT_TR_NOOP("Type of the incident"),
    QT_TR_NOOP("Signatories that still owe it, of those the treaty obliges; "
                                        "a missed row names the one that missed"),
)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 2
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 3
FIRST_MISSED_ROLE = Qt.ItemDataRole.UserRole + 4
_KIND_TITLE = {"reaction": QT_TR_NOOP("React"), "consultation": QT_TR_NOOP("Consult")}
_KIND_WORD = {"reaction": QT_TR_NOOP("react"), "consultation": QT_TR_NOOP("consult")}


def row_key(row: Countdown) -> tuple:
    """What makes a row the same deadline from one tick to the next."""
    return (row.kind, row.incident_id, row.missed, row.signatories if row.missed else ())


def time_text(row: Countdown) -> str:
    if row.missed:
        return tr("MISSED +{0}").format(format_span(row.seconds))
    return format_span(math.ceil(row.seconds), with_seconds=True)  # counts down to 0 s exactly at the deadline


def deadline_text(row: Countdown) -> str:
    """``React #4`` / ``Consult #2``: the kind of deadline and the incident's number on the timeline."""
    return f"{tr(_KIND_TITLE[row.kind])} #{row.incident_id}"


def capital_clocks_text(row: Countdown, night_word: str) -> str:
    """``13:00 GB IE PT · 14:00 DE FR IT · Tue 03:00 (night) JP``: the deadline on the owing signatories' capitals' clocks."""
    from model.timezones import capital_clocks_text as clocks

    return clocks(row.deadline, row.signatories, night_word=night_word)


def missed_text(row: Countdown) -> str:
    """``MISSED +2 h 10 min IE react #1``."""
    return f"{time_text(row)} {row.signatories[0]} {tr(_KIND_WORD[row.kind])} #{row.incident_id}"


class CountdownModel(FlatTableModel):
    HEADERS, HEADER_TIPS = _HEADERS, _HEADER_TIPS

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Countdown] = []
        self._keys: list[tuple] = []
        self._assessment: Assessment | None = None
        self._background = self._alternate = QColor("#ffffff")
        self.time_font = style.digits_font()
        self.missed_font = QFont(self.time_font)
        self.bold_font = QFont()

    def set_fonts(self, base: QFont, background: QColor, alternate: QColor | None = None) -> None:
        """*background* and *alternate*: the colours of the rows the texts are drawn on."""
        self._background = background
        self._alternate = alternate or background
        self.time_font.setPointSizeF(base.pointSizeF() * 1.55)
        self.time_font.setBold(True)
        self.missed_font.setPointSizeF(base.pointSizeF())
        self.missed_font.setBold(True)
        self.bold_font = QFont(base)
        self.bold_font.setBold(True)

    # -- updating --------------------------------------------------------------------
    def update_from(self, assessment: Assessment | None) -> None:
        previous = self._assessment
        self._assessment = assessment
        rows = countdowns(assessment) if assessment is not None else []
        keys = [row_key(r) for r in rows]
        if keys == self._keys:
            if rows != self._rows:
                old, self._rows = self._rows, rows
                if previous is None or assessment is None or previous.snapshot is not assessment.snapshot:
                    self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, OWED))   # an edit
                else:
                    self._changed_cells(old, rows)
            return
        self.beginResetModel()
        self._rows, self._keys = rows, keys
        self.endResetModel()

    def _changed_cells(self, old: list[Countdown], rows: list[Countdown]) -> None:
        """A clock tick: most rows changed only their time left, so only that cell is repainted
        (and the deadline's, when its urgency colour changes), not every cell of the table."""
        for row, (was, now) in enumerate(zip(old, rows)):
            if was == now:
                continue
            if (was.kind, was.incident_id, was.incident_pos, was.deadline, was.missed, was.signatories) != \
                    (now.kind, now.incident_id, now.incident_pos, now.deadline, now.missed, now.signatories):
                last = OWED
            elif urgency_colour(was.seconds, was.missed) != urgency_colour(now.seconds, now.missed):
                last = DEADLINE
            else:
                last = TIME
            self.dataChanged.emit(self.index(row, TIME), self.index(row, last))

    # -- reading ---------------------------------------------------------------------
    def countdown(self, row: int) -> Countdown:
        return self._rows[row]

    def row_of_key(self, key: tuple) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def pending_count(self) -> int:
        return sum(not r.missed for r in self._rows)

    def missed_count(self) -> int:
        return len(self._rows) - self.pending_count()

    def row_text(self, row: int) -> str:
        """One line, as read aloud: ``0:42:10 Consult #2 Naval blockade, 22 of 29 owe``."""
        r = self._rows[row]
        if r.missed:
            return f"{missed_text(r)} {self._type_name(r)}"
        return self.tr("{0} {1} {2}, {3} of {4} owe").format(
            time_text(r), deadline_text(r), self._type_name(r), len(r.signatories), self._obliged(r))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (time_text(r), deadline_text(r), self._type_name(r),
                    r.signatories[0] if r.missed else self._owed_text(r))[column]
        if role == Qt.ItemDataRole.ForegroundRole and (column == TIME or (column == DEADLINE and not r.missed)):
            # Lightening (or darkening) for the second background keeps it legible on the first.
            return readable_on(readable_on(urgency_colour(r.seconds, r.missed), self._background), self._alternate)
        if role == Qt.ItemDataRole.FontRole:
            if column == TIME:
                return self.missed_font if r.missed else self.time_font
            if column == DEADLINE and not r.missed:
                return self.bold_font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.row_text(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == TIME:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if column == OWED:
                return Qt.AlignmentFlag.AlignCenter
        if role == URGENCY_ROLE:
            return urgency_colour(r.seconds, r.missed)
        if role == FIRST_MISSED_ROLE:
            return r.missed and (index.row() == 0 or not self._rows[index.row() - 1].missed)
        if role == KEY_ROLE:
            return row_key(r)
        if role == INCIDENT_ROLE:
            return r.incident_id
        return None

    # -- texts -------------------------------------------------------------------------
    def _type_name(self, r: Countdown) -> str:
        snapshot = self._assessment.snapshot
        return snapshot.type_names[int(snapshot.inc_type[r.incident_pos])]

    def _obliged(self, r: Countdown) -> int:
        obligations = self._assessment.reaction if r.kind == "reaction" else self._assessment.consultation
        return int((obligations.status[r.incident_pos] != NOT_OBLIGED).sum())

    def _owed_text(self, r: Countdown) -> str:
        return f"{len(r.signatories)}/{self._obliged(r)}"

    def _tooltip(self, r: Countdown) -> str:
        snapshot = self._assessment.snapshot
        where = snapshot.inc_location[r.incident_pos]
        incident = f"#{r.incident_id} {self._type_name(r)}" + (f" — {where}" if where else "")
        deadline = format_relative_epoch(r.deadline, snapshot.startex)
        kind = self.tr("Reaction") if r.kind == "reaction" else self.tr("Consultation")
        if r.missed:
            tip = self.tr("{0} missed the {1} deadline of incident {2} ({3}) by {4}").format(
                r.signatories[0], kind.lower(), incident, deadline, format_span(r.seconds))
        else:
            tip = self.tr("{0} deadline {1} for incident {2}\nStill owed by: {3}").format(
                kind, deadline, incident, ", ".join(r.signatories))
        clocks = capital_clocks_text(r, self.tr("night")) if local_times_shown() else ""
        return tip + ("\n" + self.tr("In the capitals: {0}").format(clocks) if clocks else "")


class CountdownDelegate(QStyledItemDelegate):
    """Adds an urgency bar at the left of each row and a rule above the first missed one."""

    BAR = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if index.column() == TIME:
            colour = index.data(URGENCY_ROLE)
            if colour is not None:
                painter.fillRect(QRect(option.rect.left() + 1, option.rect.top() + 2, self.BAR,
                                       option.rect.height() - 4), colour)
        if index.data(FIRST_MISSED_ROLE):
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), option.rect.width(), 2),
                             urgency_colour(0, True))


class CountdownPanel(QDockWidget):
    """Dock with the countdown table; ``incident_activated`` when a row is clicked."""

    incident_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Countdowns"), parent)
        self._bound = DocumentBound(self, {"assessed": self.update_from})
        self.setObjectName("countdownDock")
        self._document = None
        self.model = CountdownModel(self)
        self.summary = QLabel()
        self.summary.setObjectName("countdownSummary")
        self.summary.setContentsMargins(6, 4, 6, 4)
        self.summary.setWordWrap(True)
        # The selected (or soonest) deadline on the capitals' clocks: a 24 h deadline at 03:00 in Tokyo matters.
        self.local_times = QLabel()
        self.local_times.setObjectName("countdownLocalTimes")
        self.local_times.setContentsMargins(6, 0, 6, 4)
        self.local_times.setWordWrap(True)
        self.local_times.hide()
        self.view = QTableView()
        self.view.setObjectName("countdownView")
        self.model.set_fonts(self.view.font(), self.view.palette().base().color(),
                             self.view.palette().alternateBase().color())
        self.view.setModel(self.model)
        self.view.setItemDelegate(CountdownDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Deadline countdowns"))
        big = style.digits_font()
        big.setPointSizeF(self.model.time_font.pointSizeF())
        big.setBold(True)
        self.view.verticalHeader().setMinimumSectionSize(4)
        self._pending_height = int(QFontMetrics(big).height() * 1.6)
        self._missed_height = int(QFontMetrics(self.model.missed_font).height() * 1.5)
        self.view.verticalHeader().setDefaultSectionSize(self._missed_height)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(INCIDENT, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        self._widths = {TIME: self._time_column_width(big),
                        DEADLINE: metrics.horizontalAdvance("Consult #88") + 28,
                        INCIDENT: metrics.horizontalAdvance("Missile/drone strike") + 16,
                        OWED: max(metrics.horizontalAdvance("28/29"), self.view.horizontalHeader().fontMetrics()
                                  .horizontalAdvance(self.tr("Owed by"))) + 20}
        for column, width in self._widths.items():
            self.view.setColumnWidth(column, width)
        self.view.clicked.connect(self._row_activated)
        self.view.activated.connect(self._row_activated)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.local_times)
        layout.addWidget(self.view)
        self.setWidget(body)
        self._selected_key: tuple | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.view.selectionModel().selectionChanged.connect(self._update_summary)
        self._local_key: tuple | None = None
        self._update_summary()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:      # the row colours are chosen for the background
            # The dock's own palette: the table's still lags behind during this event.
            self.model.set_fonts(self.view.font(), self.palette().base().color(), self.palette().alternateBase().color())
            self.view.viewport().update()
            self.summary.setText("")
            self._update_summary()

    def _time_column_width(self, big: QFont) -> int:
        # The widest texts time_text writes for deadlines within a week: "188 h 58 min", "MISSED +88 h 58 min".
        digits = QFontMetrics(big).horizontalAdvance("188 h 88 min")
        missed = QFontMetrics(self.model.missed_font).horizontalAdvance("MISSED +188 h 88 min")
        return max(digits, missed) + CountdownDelegate.BAR + 20

    def preferred_width(self) -> int:
        scroll = self.view.verticalScrollBar().sizeHint().width()
        return sum(self._widths.values()) + scroll + 2 * self.view.frameWidth() + 4

    def width_within(self, _budget: int) -> int:
        """Always every column: the Incident column takes any width beyond them."""
        return self.minimum_width()

    def minimum_width(self) -> int:
        """Every column: the Incident column stretches, and any narrower it shrinks to a bare "…"."""
        return self.preferred_width()

    # -- binding -----------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self._bound.bind(document)
        self.update_from(document.assessment if document is not None else None)

    def update_from(self, assessment: Assessment | None) -> None:
        self.model.update_from(assessment)
        self._update_summary()

    # -- reading (tests, accessibility) ---------------------------------------------------
    def row_texts(self) -> list[str]:
        return [self.model.row_text(r) for r in range(self.model.rowCount())]

    # -- selection ---------------------------------------------------------------------
    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.incident_activated.emit(int(index.data(INCIDENT_ROLE)))

    def _remember_selection(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._selected_key = rows[0].data(KEY_ROLE) if rows else None

    def _apply_row_heights(self) -> None:
        """Pending rows stand tall for their large digits; the (many) missed rows stay compact."""
        for row in range(self.model.rowCount()):
            self.view.setRowHeight(row, self._missed_height if self.model.countdown(row).missed
                                   else self._pending_height)

    def _restore_selection(self) -> None:
        self._apply_row_heights()
        if self._selected_key is not None:
            row = self.model.row_of_key(self._selected_key)
            if row >= 0:
                self.view.selectRow(row)

    def _update_summary(self, *_selection) -> None:
        text = self._summary_text()
        if text != self.summary.text():  # called on every tick; a label re-layout is not free
            self.summary.setText(text)
        self._update_local_times()

    def _update_local_times(self) -> None:
        row = self._local_times_row()
        key = (row_key(row), row.deadline, row.signatories) if row is not None else None
        if key == self._local_key:       # the same deadline as at the last tick
            return
        self._local_key = key
        if row is None:
            self.local_times.hide()
            return
        clocks = capital_clocks_text(row, self.tr("night"))
        self.local_times.setText(self.tr("{0} in the capitals: {1}").format(deadline_text(row), clocks))
        self.local_times.setVisible(bool(clocks))

    def _local_times_row(self) -> Countdown | None:
        if not local_times_shown() or self._document is None or self.model.rowCount() == 0:
            return None
        rows = self.view.selectionModel().selectedRows()
        return self.model.countdown(rows[0].row() if rows else 0)

    def _summary_text(self) -> str:
        if self._document is None:
            return self.tr("No exercise open")
        pending, missed = self.model.pending_count(), self.model.missed_count()
        if pending == 0 and missed == 0:
            return self.tr("No deadlines running at this scenario time")
        text = self.tr("<b>{0}</b> deadlines running").format(pending)
        if missed:
            text += self.tr(" · <span style='color:{1}'><b>{0}</b> missed</span>").format(
                missed, readable_on(urgency_colour(0, True), self.view.palette().base().color()).name())
        return text
