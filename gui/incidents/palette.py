"""The Incident palette dock: the exercise's incident catalogue, to drag onto the timeline.

Each type shows the same marker the timeline draws for it (its pyqtgraph
symbol in its severity colour, ``incident_icon``) and its default severity.
Dragging an item carries ``incident_type_mime(code)``, which the timeline's
drop handler accepts; double-click or Enter adds the type at the current
scenario time (snapped to 15 minutes) as one undo command.
"""
from __future__ import annotations

from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDrag, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QLabel, QListWidget, QListWidgetItem, QStyledItemDelegate,
    QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from gui.core import style
from gui.core.commands import CreateCommand
from gui.core.document_bound import DocumentBound
from gui.timeline.incidents import marker_style
from gui.timeline.mime import INCIDENT_MIME, incident_type_mime
from gui.timeline.timescale import snap_time
from model import services
from model.storage import reading
from model.catalogue import shipped_catalogue
from model.display_names import catalogue_text
from model.storage.reading import IncidentTypeRow
from model.services.changes import ChangeReport
from model.timeutil import from_epoch

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
ICON_PX = 22


def incident_icon(symbol: str, severity: int, size: int = ICON_PX, occurred: bool = True) -> QIcon:
    """An incident marker as the timeline draws it (same symbol, pen and brush), as an icon."""
    icon = QIcon()
    for scale in (1, 2):   # crisp on high-density screens too
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(QPointF(size / 2, size / 2))
        pen, brush = marker_style(severity, occurred)
        drawSymbol(painter, symbol or "o", size * 0.78, pen, brush)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def severity_badge_text(severity: int) -> str:
    return f"S{severity}"


class SeverityBadgeDelegate(QStyledItemDelegate):
    """Draws the default severity as a small coloured badge at the right of each row."""

    PAD = 6

    def _badge_rect(self, option: QStyleOptionViewItem, text: str) -> QRectF:
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 2 * self.PAD
        height = metrics.height() + 2
        rect = option.rect
        return QRectF(rect.right() - width - 6, rect.center().y() - height / 2 + 0.5, width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        severity = index.data(SEVERITY_ROLE)
        text = severity_badge_text(severity) if severity else ""
        badge = self._badge_rect(option, text) if text else None
        narrowed = QStyleOptionViewItem(option)
        if badge is not None:
            narrowed.rect.setRight(int(badge.left()) - 4)   # the name elides before the badge
        super().paint(painter, narrowed, index)
        if badge is None:
            return
        colour = style.severity_colour(severity)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(colour.darker(140))
        painter.setBrush(colour)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor("white") if colour.lightness() < 150 else QColor("#212121"))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + option.fontMetrics.horizontalAdvance("S8") + 2 * self.PAD + 12,
                     max(hint.height(), ICON_PX + 8))


class IncidentTypeList(QListWidget):
    """The catalogue as a drag source: its mime data is exactly ``incident_type_mime(code)``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self.setUniformItemSizes(True)
        self.setItemDelegate(SeverityBadgeDelegate(self))

    def mimeTypes(self) -> list[str]:
        return [INCIDENT_MIME]

    def mimeData(self, items) -> QMimeData | None:
        codes = [item.data(CODE_ROLE) for item in items if item is not None]
        return incident_type_mime(codes[0]) if codes else None

    def startDrag(self, supported_actions) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(QSize(ICON_PX + 6, ICON_PX + 6)))
        drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)


class IncidentPalette(QDockWidget):
    """Dock listing the incident types; ``incident_added(id)`` after an add from the palette."""

    incident_added = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Incident Palette"), parent)
        self._bound = DocumentBound(self, {"changed": self._on_changed})
        self.setObjectName("incidentPaletteDock")
        self._document = None
        self._types: list[IncidentTypeRow] = []
        self.list = IncidentTypeList()
        self.list.setObjectName("incidentPaletteList")
        self.list.setAccessibleName(self.tr("Incident types"))
        self.list.itemActivated.connect(lambda item: self.add_at_now(item.data(CODE_ROLE)))
        self.hint = QLabel(self.tr("Drag a type onto the timeline, or double-click it to add it at the "
                                   "current scenario time."))
        self.hint.setObjectName("incidentPaletteHint")
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(6, 2, 6, 4)
        self.hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.setWidget(body)

        self.add_action = QAction(self.tr("&Add Incident at Now"), self)
        self.add_action.setObjectName("actionAddIncidentAtNow")
        self.add_action.setShortcut("Ctrl+I")
        self.add_action.setStatusTip(self.tr("Add an incident of the palette's current type at the current "
                                             "scenario time"))
        self.add_action.triggered.connect(lambda: self.add_at_now())
        self.menu_actions: dict[str, list[QAction]] = {"edit": [self.add_action]}
        self._sync_enabled()

    # -- binding -------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self._bound.bind(document)
        self.reload()

    def _on_changed(self, report: ChangeReport) -> None:
        if report.touches("incident_type"):
            self.reload()

    def reload(self) -> None:
        current = self.current_type()
        self._types = reading.incident_types(self._document.file) if self._document is not None else []
        severities = shipped_catalogue().severities
        self.list.clear()
        for kind in self._types:
            item = QListWidgetItem(incident_icon(kind.symbol, kind.default_severity), catalogue_text(kind.name))
            item.setData(CODE_ROLE, kind.code)
            item.setData(SEVERITY_ROLE, kind.default_severity)
            item.setToolTip(self.tr("{0}\nDefault severity: {1}\nDrag onto the timeline, or double-click to add "
                                    "it now").format(catalogue_text(kind.name), catalogue_text(severities.get(
                                        kind.default_severity, severity_badge_text(kind.default_severity)))))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         self.tr("default severity {0}").format(severity_badge_text(kind.default_severity)))
            self.list.addItem(item)
        codes = self.type_codes()
        if codes:
            self.list.setCurrentRow(codes.index(current) if current in codes else 0)
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        self.add_action.setEnabled(self._document is not None and self.list.count() > 0)

    # -- reading --------------------------------------------------------------------------------
    def type_codes(self) -> list[str]:
        return [self.list.item(row).data(CODE_ROLE) for row in range(self.list.count())]

    def current_type(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CODE_ROLE) if item is not None else None

    def select_type(self, code: str) -> None:
        codes = self.type_codes()
        if code in codes:
            self.list.setCurrentRow(codes.index(code))

    def sizeHint(self) -> QSize:
        """Tall enough to show the whole shipped catalogue without scrolling."""
        rows = max(self.list.count(), 9)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else ICON_PX + 8
        return QSize(320, rows * row_height + 2 * self.list.frameWidth() + self.hint.sizeHint().height() + 30)

    # -- adding --------------------------------------------------------------------------------
    def add_at_now(self, code: str | None = None) -> int | None:
        """Add an incident of *code* (default: the current item) at the scenario time, snapped to
        15 minutes; returns its id, or None when nothing was added (the reason goes to document.error)."""
        document = self._document
        code = code or self.current_type()
        kind = next((t for t in self._types if t.code == code), None)
        if document is None or kind is None:
            return None
        when = snap_time(document.clock.seconds())
        command = CreateCommand(document, self.tr("Add incident ({0})").format(catalogue_text(kind.name)),
                                services.incidents.create_incident, services.incidents.delete_incident,
                                incident_type=kind.code, severity=kind.default_severity,
                                occurred_at=from_epoch(when))
        if not document.execute(command):
            return None
        document.selection.select("incident", command.created_id)
        self.incident_added.emit(command.created_id)
        return command.created_id
