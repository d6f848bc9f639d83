"""One incident's commitments as a Qt table (signatories x categories, consultation, reaction), and how cells look.

A thin adapter over the engine's assessment. Each cell shows what the engine
said (obligation statuses and margins, gate violations, expected categories)
and which stored commitments sit in it; nothing is recomputed here. On a
clock tick only the cells that changed are refreshed (dataChanged), so the
view keeps its current cell, selection and scroll position.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.core.i18n import QT_TR_NOOP, tr
from gui.core.style import GATE_VIOLATION, SELECTION, STATUS_COLOURS, readable_on
from model.engine import MET, MISSED, NOT_DUE, PENDING, STATUS_NAMES, Assessment, Obligations
from model.snapshot import NO_TIME, WITHDRAWN_UNRECORDED
from model.timeutil import format_relative_epoch
from model.vocabulary import CATEGORIES, COMMITMENT_STATUSES

CONSULTATION, REACTION = len(CATEGORIES), len(CATEGORIES) + 1
COLUMN_COUNT = len(CATEGORIES) + 2
CELL_ROLE = Qt.ItemDataRole.UserRole + 1         # the MatrixCell
SIGNATORY_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_HEADERS = (QT_TR_NOOP("Political"),
            QT_TR_NOOP("Economic"),
            QT_TR_NOOP("Military"),
            QT_TR_NOOP("Cyber"),
            QT_TR_NOOP("Humanitarian"),
            QT_TR_NOOP("Consultation"),
            QT_TR_NOOP("Reaction"))
# Short status words that fit a cell; the tooltip says it in full.
STATUS_SHORT = {"pledged": QT_TR_NOOP("pledged"),
                "announced": QT_TR_NOOP("announced"),
                "delivered": QT_TR_NOOP("deliv."),
                "withdrawn": QT_TR_NOOP("withdr.")}
# Background and text colour per commitment status: distinct in hue and lightness.
COMMITMENT_COLOURS = {"pledged": (QColor("#fff3bf"), QColor("#6b4f00")),
                      "announced": (QColor("#cfe2fb"), QColor("#0d3c84")),
                      "delivered": (QColor("#8fd19e"), QColor("#0b3d17")),
                      "withdrawn": (QColor("#e4e7ea"), QColor("#5f6b73"))}
EXPECTED_MISSING = QColor("#fdf0ee")    # expected category, nobody of this row committed yet
NOT_EXPECTED = QColor("#f4f5f6")
DIMMED_TEXT = QColor("#9aa3a9")
_RANK = {"delivered": 3, "announced": 2, "pledged": 1, "withdrawn": 0}
GATE_MARK = "\u26a0"


def short_duration(seconds: float) -> str:
    """``17:30`` (hours:minutes), hours may exceed 24."""
    minutes = int(abs(seconds) // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def tint(colour: QColor, strength: float) -> QColor:
    """*colour* blended onto white: a cell background that keeps the status hue."""
    return QColor(round(255 - (255 - colour.red()) * strength), round(255 - (255 - colour.green()) * strength),
                  round(255 - (255 - colour.blue()) * strength))


@dataclass(frozen=True)
class MatrixCell:
    status: str                      # a commitment status, an obligation status name, or "" (empty)
    text: str
    commitment_ids: tuple[int, ...] = ()   # best first
    violation: bool = False          # a parliamentary gate is broken (engine: gate_violation)
    expected: bool = False           # the category is expected for this incident
    later: bool = False              # announced after the current scenario time
    absent: bool = False             # consultation: absence declared
    obligation: int = -1             # deadline columns: the engine's status (model.engine constants)


def obligation_cell(ob: Obligations, pos: int, sig: int, absent: bool = False) -> MatrixCell:
    """The engine's status of one deadline for one signatory, in a few words."""
    status, margin = int(ob.status[pos, sig]), float(ob.margin[pos, sig])
    if status == MET:
        text = tr("met, {0} early").format(short_duration(margin)) if margin >= 60 else tr("met, on time")
    elif status == PENDING:
        text = tr("absent") if absent else tr("{0} left").format(short_duration(math.ceil(margin / 60) * 60))
    elif status == MISSED:
        text = tr("absent") if absent else tr("missed +{0}").format(short_duration(margin))
    else:
        text = tr("not due") if status == NOT_DUE else tr("not obliged")
    return MatrixCell(status=STATUS_NAMES[status], text=text, absent=absent, obligation=status)


def obligation_tooltip(kind: str, ob: Obligations, pos: int, sig: int, startex: int, absent: bool = False) -> str:
    """The same status in a sentence, with the deadline and when it was done."""
    status, margin = int(ob.status[pos, sig]), float(ob.margin[pos, sig])
    deadline = format_relative_epoch(ob.deadline[pos], startex)
    done = int(ob.done_at[pos, sig])
    done_text = format_relative_epoch(done, startex) if done != NO_TIME else ""
    what = tr("Consultation") if kind == "consultation" else tr("Reaction")
    if status == MET:
        tip = tr("{0} deadline {1}: met at {2}, {3} before the deadline").format(
            what, deadline, done_text, short_duration(margin))
    elif status == PENDING:
        tip = tr("{0} deadline {1}: pending, {2} left").format(what, deadline, short_duration(margin))
    elif status == MISSED and done_text:
        tip = tr("{0} deadline {1}: met late, at {2} ({3} after the deadline)").format(
            what, deadline, done_text, short_duration(margin))
    elif status == MISSED:
        tip = tr("{0} deadline {1}: missed, {2} overdue").format(what, deadline, short_duration(margin))
    elif status == NOT_DUE:
        tip = tr("{0} deadline {1}: the incident has not happened yet").format(what, deadline)
    else:
        tip = tr("Not obliged: the agreement was signed after the incident")
    return tip + ("\n" + tr("Absence from the consultation recorded") if absent else "")


def capital_line(deadline: float, code: str) -> str:
    """``\nIn Tokyo: Tue 03:00 (night)`` when capital times are on and the signatory has a capital on file."""
    from gui.core.time_zones import local_times_shown
    from model.i18n import weekday_abbr
    from model.timezones import at_night, capital_of, capital_time

    local = capital_time(deadline, code) if local_times_shown() else None
    if local is None:
        return ""
    capital = capital_of(code)
    assert capital is not None
    text = tr("In {0}: {1}").format(capital.city, f"{weekday_abbr(local)} {local:%H:%M}")
    return "\n" + (text + " " + tr("(night)") if at_night(local) else text)


_EMPTY = {True: MatrixCell(status="", text="", expected=True), False: MatrixCell(status="", text="")}


class CommitmentMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.assessment: Assessment | None = None
        self.incident_id: int | None = None
        self.incident_pos: int | None = None
        self.instrument_names: dict[str, str] = {}
        self._cells: list[list[MatrixCell]] = []
        self._sig_ids: tuple[int, ...] = ()
        self._expected = 0
        self._shown_key: tuple | None = None   # everything the cells and the header read (_shown_key)
        self._members: tuple[object, int | None, np.ndarray] | None = None   # the incident's commitments
        self._later_font = QFont()
        self._later_font.setItalic(True)
        self._withdrawn_font = QFont()
        self._withdrawn_font.setStrikeOut(True)

    # -- updating ---------------------------------------------------------------------------
    def set_incident(self, incident_id: int | None) -> None:
        if incident_id != self.incident_id:
            self.incident_id = incident_id
            self.update_from(self.assessment)

    def update_from(self, assessment: Assessment | None, *, force_reset: bool = False) -> bool:
        """Show *assessment*; rows (the signatories) stay, with dataChanged for the cells that changed,
        unless the roster changed: another incident, or the same one moved, keeps the current cell.
        False when nothing shown (cells or the header above them) can differ: a quiet clock tick."""
        self.assessment = assessment
        pos = self._position(assessment)
        key, shown = self._key(assessment, pos), self._shown_key
        if not force_reset and key is not None and shown is not None and key[0] is shown[0] \
                and key[1] is shown[1] and key[2:] == shown[2:]:
            return False   # the tooltips, worded when asked, read the assessment just kept
        self._shown_key = key
        sig_ids = tuple(int(i) for i in assessment.snapshot.sig_ids) if assessment is not None and pos is not None \
            else ()
        cells = self._build(assessment, pos) if sig_ids else []
        expected = int(assessment.expected_mask[pos]) if sig_ids else 0
        if force_reset or sig_ids != self._sig_ids:
            self.beginResetModel()
            self._cells, self._sig_ids, self.incident_pos, self._expected = cells, sig_ids, pos, expected
            self.endResetModel()
            return True
        self.incident_pos = pos
        if expected != self._expected:
            self._expected = expected
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        changed = [r for r, (old, new) in enumerate(zip(self._cells, cells)) if old != new]
        self._cells = cells
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], COLUMN_COUNT - 1))
        return True

    def _key(self, a: Assessment | None, pos: int | None) -> tuple | None:
        """What the incident's cells and header read that a clock tick can change, after the snapshot
        and names they come from (compared by identity): statuses, the minutes of the margins
        (short_duration floors them, a pending one is rounded up first), whether it occurred, its
        gap, which of its commitments were announced yet."""
        if a is None or pos is None:
            return None
        snap = a.snapshot
        if self._members is None or self._members[0] is not snap or self._members[1] != pos:
            self._members = (snap, pos, np.flatnonzero(snap.com_inc == pos))
        members = self._members[2]
        rows = [a.reaction.status[pos], a.consultation.status[pos]]
        for margin in (a.reaction.margin[pos], a.consultation.margin[pos]):
            minutes = margin / 60
            rows += [np.floor(minutes), np.ceil(minutes)]
        return (snap, self.instrument_names, pos, bool(a.occurred[pos]), int(a.gap_mask[pos]),
                (snap.com_announced[members] <= a.now).tobytes(), *(row.tobytes() for row in rows))

    def _position(self, assessment: Assessment | None) -> int | None:
        if assessment is None or self.incident_id is None:
            return None
        hits = np.flatnonzero(assessment.snapshot.inc_ids == self.incident_id)
        return int(hits[0]) if len(hits) else None

    def _build(self, a: Assessment, pos: int) -> list[list[MatrixCell]]:
        snap = a.snapshot
        expected = int(a.expected_mask[pos])
        by_cell: dict[tuple[int, int], list[int]] = {}
        for i in np.flatnonzero(snap.com_inc == pos).tolist():
            by_cell.setdefault((int(snap.com_sig[i]), int(snap.com_cat[i])), []).append(i)
        rows = []
        for sig in range(snap.signatory_count):
            row = [self._category_cell(a, by_cell.get((sig, cat), []), bool(expected >> cat & 1))
                   for cat in range(len(CATEGORIES))]
            row.append(obligation_cell(a.consultation, pos, sig, bool(snap.consultation_absent[pos, sig])))
            row.append(obligation_cell(a.reaction, pos, sig))
            rows.append(row)
        return rows

    def _category_cell(self, a: Assessment, members: list[int], expected: bool) -> MatrixCell:
        if not members:
            return _EMPTY[expected]
        snap = a.snapshot

        def key(i: int):
            status = COMMITMENT_STATUSES[int(snap.com_status[i])]
            return (snap.com_announced[i] <= a.now, _RANK[status], -int(snap.com_announced[i]), -i)

        members = sorted(members, key=key, reverse=True)
        best = members[0]
        status = COMMITMENT_STATUSES[int(snap.com_status[best])]
        violation = bool(a.gate_violation[members].any())
        later = bool(snap.com_announced[best] > a.now)
        text = tr(STATUS_SHORT[status]) + (f" +{len(members) - 1}" if len(members) > 1 else "")
        if violation:
            text = f"{GATE_MARK} {text}"
        ids = tuple(int(snap.com_ids[i]) for i in members)
        return MatrixCell(status=status, text=text, commitment_ids=ids, violation=violation, expected=expected,
                          later=later)

    def _commitment_line(self, a: Assessment, i: int) -> str:
        snap = a.snapshot
        measure = snap.com_measure[i]
        name = self.instrument_names.get(measure, measure)
        status = COMMITMENT_STATUSES[int(snap.com_status[i])]
        line = tr("{0} — {1}, announced {2}").format(name, tr(status),
                                                      format_relative_epoch(snap.com_announced[i], snap.startex))
        if snap.com_effective[i] != NO_TIME:
            line += tr(", effective {0}").format(format_relative_epoch(snap.com_effective[i], snap.startex))
        if status == "withdrawn" and snap.com_withdrawn[i] != WITHDRAWN_UNRECORDED:
            line += tr(", withdrawn {0}").format(format_relative_epoch(snap.com_withdrawn[i], snap.startex))
        if snap.com_announced[i] > a.now:
            line += tr(" (not yet announced at the current scenario time)")
        if a.gated[i]:
            sig = int(snap.com_sig[i])
            lead = tr("{0} h, assumed").format(snap.sig_lead_s[sig] // 3600) if snap.sig_lead_assumed[sig] \
                else tr("{0} h").format(snap.sig_lead_s[sig] // 3600)
            gate = format_relative_epoch(a.gate_earliest[i], snap.startex)
            line += "\n    " + (tr("{0} Parliamentary gate broken: effective before {1} (approval lead {2})").format(
                GATE_MARK, gate, lead) if a.gate_violation[i] else
                tr("Parliamentary gate: not effective before {0} (approval lead {1})").format(gate, lead))
        return line

    # -- reading ----------------------------------------------------------------------------
    def cell(self, row: int, column: int) -> MatrixCell:
        return self._cells[row][column]

    def tooltip(self, row: int, column: int) -> str:
        """Built when asked for (a hover), not on every clock tick."""
        a, pos, cell = self.assessment, self.incident_pos, self._cells[row][column]
        assert a is not None and pos is not None     # there are cells only for an incident assessed
        if column >= CONSULTATION:
            kind, ob = ("consultation", a.consultation) if column == CONSULTATION else ("reaction", a.reaction)
            return obligation_tooltip(kind, ob, pos, row, a.snapshot.startex, cell.absent) + \
                capital_line(float(ob.deadline[pos]), a.snapshot.sig_codes[row])
        if not cell.commitment_ids:
            return tr("Expected for this incident; no commitment yet") if cell.expected else \
                tr("Not expected for this incident's type and severity")
        positions = {int(c): i for i, c in enumerate(a.snapshot.com_ids)}
        return "\n".join(self._commitment_line(a, positions[c]) for c in cell.commitment_ids)

    def signatory_id(self, row: int) -> int:
        return self._sig_ids[row]

    def row_of(self, signatory_id: int | None) -> int:
        try:
            return self._sig_ids.index(signatory_id)
        except ValueError:
            return -1

    def cell_of_commitment(self, commitment_id: int) -> tuple[int, int] | None:
        for r, row in enumerate(self._cells):
            for c, cell in enumerate(row[:len(CATEGORIES)]):
                if commitment_id in cell.commitment_ids:
                    return r, c
        return None

    def expected_mask(self) -> int:
        return self._expected

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        is_category = section < len(CATEGORIES)
        dimmed = is_category and self.incident_pos is not None and not self._expected >> section & 1
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section])
        if role == Qt.ItemDataRole.ForegroundRole and dimmed:
            return readable_on(DIMMED_TEXT, QGuiApplication.palette().button().color())
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == CONSULTATION:
                return tr("Attendance at the incident's consultation, judged against its deadline")
            if section == REACTION:
                return tr("The signatory's first announced commitment, judged against the reaction deadline")
            return tr("{0} response: not expected for this incident").format(tr(_HEADERS[section])) if dimmed else \
                tr("{0} response: expected for this incident").format(tr(_HEADERS[section]))
        return None

    def _row_header(self, row: int, role: int):
        if self.assessment is None or row >= len(self._sig_ids):
            return None
        snap = self.assessment.snapshot
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{snap.sig_codes[row]}  {snap.sig_names[row]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if not snap.sig_approval[row]:
                return tr("{0}: no prior parliamentary approval needed").format(snap.sig_names[row])
            return tr("{0}: parliament must approve a deployment (lead time {1} h{2})").format(
                snap.sig_names[row], snap.sig_lead_s[row] // 3600,
                tr(", assumed") if snap.sig_lead_assumed[row] else "")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell, column = self._cells[index.row()][index.column()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(cell, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(cell, column)
        if role == Qt.ItemDataRole.FontRole:
            if cell.status == "withdrawn":
                return self._withdrawn_font
            return self._later_font if cell.later else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == CELL_ROLE:
            return cell
        if role == SIGNATORY_ID_ROLE:
            return self._sig_ids[index.row()]
        return None

    @staticmethod
    def _background(cell: MatrixCell, column: int) -> QColor | None:
        if column >= CONSULTATION:
            return obligation_background(cell.obligation)
        if cell.status:
            colour = COMMITMENT_COLOURS[cell.status][0]
            return tint(colour, 0.5) if cell.later else colour
        return EXPECTED_MISSING if cell.expected else NOT_EXPECTED

    @staticmethod
    def _foreground(cell: MatrixCell, column: int) -> QColor | None:
        if column >= CONSULTATION:
            return readable_on(STATUS_COLOURS[cell.obligation],
                               obligation_background(cell.obligation) or QColor("#ffffff"))
        if cell.status:
            return COMMITMENT_COLOURS[cell.status][1]
        return None


def obligation_background(status: int) -> QColor | None:
    """Met, pending and missed cells carry a light tint of the status colour; the others stay plain."""
    return tint(STATUS_COLOURS[status], 0.28) if status in (MET, PENDING, MISSED) else None


class MatrixDelegate(QStyledItemDelegate):
    """Keeps the status colours under the selection: the current cell gets a frame, not a fill.

    A cell whose commitment breaks a parliamentary gate gets a red frame inside it.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        super().paint(painter, option, index)
        cell = index.data(CELL_ROLE)
        painter.save()
        if cell is not None and cell.violation:
            painter.setPen(QPen(GATE_VIOLATION, 2))
            painter.drawRect(QRect(option.rect).adjusted(4, 3, -5, -4))
        if selected:
            painter.setPen(QPen(SELECTION, 3))
            painter.drawRect(QRect(option.rect).adjusted(1, 1, -2, -2))
        painter.restore()


def legend_html(background: QColor | None = None) -> str:
    """What the colours and marks mean, as one wrapped line of swatches, legible on *background*
    (the label's window colour; None: the application palette's)."""
    if background is None:
        background = QGuiApplication.palette().window().color()

    def swatch(fill: QColor, foreground: QColor, text: str) -> str:
        style = f"background-color:{fill.name()}; color:{readable_on(foreground, fill).name()}"
        return f"<span style='{style}'>&nbsp;{text}&nbsp;</span>"

    def plain(colour: QColor, html: str) -> str:
        return f"<span style='color:{readable_on(colour, background).name()}'>{html}</span>"

    def obligation(status: int, text: str) -> str:
        return swatch(obligation_background(status), readable_on(STATUS_COLOURS[status],
                                                                 obligation_background(status)), text)

    parts = [swatch(*COMMITMENT_COLOURS["pledged"], tr("pledged")),
             swatch(*COMMITMENT_COLOURS["announced"], tr("announced")),
             swatch(*COMMITMENT_COLOURS["delivered"], tr("delivered")),
             swatch(*COMMITMENT_COLOURS["withdrawn"], tr("withdrawn")),
             plain(GATE_VIOLATION, f"<b>{GATE_MARK}</b> " + tr("gate broken")),
             swatch(EXPECTED_MISSING, STATUS_COLOURS[MISSED].darker(120), tr("expected, none yet")),
             "<i>" + tr("italic: announced later") + "</i>",
             obligation(MET, tr("met")), obligation(PENDING, tr("pending")), obligation(MISSED, tr("missed")),
             plain(DIMMED_TEXT, tr("not due / not obliged"))]
    return " &nbsp; ".join(parts)
