"""The Findings dock: missed deadlines, response gaps and parliamentary gates, in words.

Rows come from model.findings (through a FindingsCache) on every
``assessed`` and, while a timeline drag is in progress, ``previewed``. The tree is rebuilt only when the set of findings changes; a
clock tick that only makes an overdue deadline later rewrites those texts in
place, so scrolling and the current row stay put. A hidden dock computes
nothing until it is shown. Clicking a finding selects its incident (and its
signatory and commitment) in ``document.selection``.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHeaderView, QLabel, QStyledItemDelegate, QStyleOptionViewItem, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from gui.core import style
from gui.core.document_bound import DocumentBound
from gui.core.flow_layout import FlowLayout
from model.storage import reading
from model.engine import MISSED, PENDING, Assessment
from model.findings import (
    BREACH, COORDINATION_KIND, GAP_KIND, GATE_KIND, INFO, KINDS, MISSED_KIND, PROVISION_KIND, Finding, FindingsCache,
    counts,
)
from model.services.changes import ChangeReport

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_COLOURS = {MISSED_KIND: style.STATUS_COLOURS[MISSED], GAP_KIND: style.STATUS_COLOURS[PENDING],
                GATE_KIND: style.GATE_VIOLATION, COORDINATION_KIND: QColor("#6a1b9a"),
                PROVISION_KIND: QColor("#8d6e63")}
INFO_COLOUR = QColor("#78909c")


def finding_icon(kind: str, severity: int = BREACH, size: int = 16) -> QIcon:
    """Missed: a clock; gap: a broken ring; gate: a barrier (grey when the gate is respected);
    coordination: two linked rings; provision: a crate."""
    colour = INFO_COLOUR if severity == INFO else KIND_COLOURS[kind]
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = QRectF(1.5, 1.5, size - 3, size - 3)
        centre = box.center()
        if kind == MISSED_KIND:
            p.setPen(QPen(colour.darker(130), 1))
            p.setBrush(colour)
            p.drawEllipse(box)
            p.setPen(QPen(QColor("white"), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(centre, QPointF(centre.x(), box.top() + 3))
            p.drawLine(centre, QPointF(box.right() - 3.5, centre.y()))
        elif kind == GAP_KIND:
            p.setPen(QPen(colour.darker(115), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawArc(box.adjusted(2, 2, -2, -2), 120 * 16, 300 * 16)   # a ring with a piece missing
        elif kind == COORDINATION_KIND:
            p.setPen(QPen(colour, 2.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            ring = box.height() * 0.58
            p.drawEllipse(QRectF(box.left(), centre.y() - ring / 2, ring, ring))
            p.drawEllipse(QRectF(box.right() - ring, centre.y() - ring / 2, ring, ring))
        elif kind == PROVISION_KIND:
            p.setPen(QPen(colour.darker(140), 1))
            p.setBrush(colour)
            crate = box.adjusted(1, 3, -1, -1)
            p.drawRect(crate)
            p.setPen(QPen(QColor("white"), 1.4))
            p.drawLine(crate.topLeft(), crate.bottomRight())
            p.drawLine(crate.topRight(), crate.bottomLeft())
        else:
            p.setPen(QPen(colour.darker(140), 1))
            p.setBrush(colour)
            p.drawRect(QRectF(box.left(), box.top() + 2, 2.5, box.height() - 2))
            p.drawRect(QRectF(box.right() - 2.5, box.top() + 2, 2.5, box.height() - 2))
            p.setBrush(QBrush(colour, Qt.BrushStyle.SolidPattern))
            p.drawRect(QRectF(box.left(), centre.y() - 3, box.width(), 4.5))
        p.end()
        icon.addPixmap(pixmap)
    return icon


class WrappingDelegate(QStyledItemDelegate):
    """Row heights that fit the text wrapped to the column (a tree view does not work them out)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        # Less the indentation, the icon and the style's margins around icon and text.
        width = view.header().sectionSize(0) - view.indentation() * depth - view.iconSize().width() - 24
        text = index.data() or ""
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 60), 100000),
                                                 int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


def _item_keys(rows: list[Finding]) -> list[tuple]:
    """Each finding's key, numbered where several share one (a kind's two "more" summaries)."""
    seen: dict[tuple, int] = {}
    keys = []
    for row in rows:
        n = seen[row.key] = seen.get(row.key, -1) + 1
        keys.append((row.key, n))
    return keys


def _look(row: Finding | None) -> tuple:
    """What an item's font, flags and colour follow (_fill_item sets them only away from the default)."""
    return (row is None, row is not None and row.detail == "more", row is not None and row.severity == INFO)


class FindingsPanel(QDockWidget):
    """Dock with the findings tree; ``finding_activated(Finding)`` after a click selected it."""

    finding_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Findings"), parent)
        self._bound = DocumentBound(self, {
            "assessed": self.update_from,
            "previewed": self.update_from,   # a planner sees what a drag would change
            "changed": self._on_changed,
        })
        self.setObjectName("findingsDock")
        self._document = None
        self._cache = FindingsCache()
        self._names: dict[str, str] = {}
        self._rows: list[Finding] = []
        self._keys: list[tuple] = []
        self._item_keys: list[tuple] = []     # _item_keys(self._rows)
        self._items: list[QTreeWidgetItem] = []
        self._stale: Assessment | None = None
        self.rebuilds = 0          # how often the tree was rebuilt (tests)
        self.titles = {MISSED_KIND: self.tr("Missed deadlines"), GAP_KIND: self.tr("Response gaps"),
                       GATE_KIND: self.tr("Parliamentary gates"), COORDINATION_KIND: self.tr("Coordination"),
                       PROVISION_KIND: self.tr("Standing provisions")}
        tips = {MISSED_KIND: self.tr("Reaction and consultation deadlines a signatory missed"),
                GAP_KIND: self.tr("Incidents lacking a response category the treaty expects"),
                GATE_KIND: self.tr("Military deployments that need prior parliamentary approval"),
                COORDINATION_KIND: self.tr("Who coordinates military measures, its lead time, and whether "
                                           "the adversary accepts the arrangement"),
                PROVISION_KIND: self.tr("Milestones of the standing provisions that are overdue")}

        self._icons: dict[tuple[str, int], QIcon] = {}   # a handful, asked for on every refresh
        self.filters: dict[str, QToolButton] = {}
        # The filters wrap onto a second row when the dock is narrow: in one row their Italian
        # labels ("Coordinamento 5", "Disposizioni 1") ran past a 1280 px window's edge.
        bar = FlowLayout(spacing=4)
        bar.setContentsMargins(4, 4, 4, 2)
        for kind in KINDS:
            button = QToolButton()
            button.setObjectName(f"findingsFilter_{kind}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(self.icon(kind))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(self.tr("Show or hide: {0}").format(tips[kind]))
            button.toggled.connect(self._apply_filters)
            bar.addWidget(button)
            self.filters[kind] = button

        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        self.tree.setIconSize(QSize(16, 16))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The one column always spans the view, so long findings wrap instead of being cut.
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().sectionResized.connect(lambda *_args: self.tree.doItemsLayout())
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.itemClicked.connect(lambda item, _column: self._activate(item))
        self.tree.itemActivated.connect(lambda item, _column: self._activate(item))
        self.groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in KINDS:
            group = QTreeWidgetItem(self.tree)
            group.setIcon(0, self.icon(kind))
            group.setFont(0, bold)
            group.setToolTip(0, tips[kind])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
            self.groups[kind] = group

        self.summary = QLabel()
        self.summary.setObjectName("findingsSummary")
        self.summary.setContentsMargins(6, 2, 6, 4)
        self.summary.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.setWidget(body)
        self._show_counts()

    # -- binding -------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self._cache = FindingsCache()
        self._names = {}
        self._bound.bind(document)
        if document is not None:
            self._load_names()
        self.update_from(document.assessment if document is not None else None, force=True)

    def _load_names(self) -> None:
        self._names = reading.instrument_names(self._document.file)

    def _on_changed(self, report: ChangeReport) -> None:
        if report.touches("instrument"):
            self._load_names()

    # -- updating -------------------------------------------------------------------------------
    def update_from(self, assessment: Assessment | None, force: bool = False) -> None:
        if assessment is not None and not force and not self.isVisible():
            self._stale = assessment     # computed when the dock is shown again
            return
        self._stale = None
        rows = self._cache.findings(assessment, self._names) if assessment is not None else []
        if rows is self._rows and not force:
            return   # a clock tick that changed no finding (model/findings_tick.py)
        keys = [row.key for row in rows]
        if keys == self._keys:
            if rows != self._rows:
                for item, shown, row in zip(self._items, self._rows, rows):
                    if shown is not row and shown != row:
                        self._fill_item(item, row)
                self._rows = rows
            if force:
                self._show_counts()   # another exercise with the same (say, no) findings: the summary follows
            return
        self._rebuild(rows, keys)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale is not None:
            self.update_from(self._stale, force=True)

    def _rebuild(self, rows: list[Finding], keys: list[tuple]) -> None:
        """Show *rows*: items are kept by finding (key), those of findings gone are taken out, new ones
        put in their place, and only those whose finding reads differently refilled (an edit changes a
        few findings of hundreds; refilling an item in the tree costs a relayout of its row)."""
        self.rebuilds += 1
        current_item = self.tree.currentItem()
        old_keys, new_keys = self._item_keys, _item_keys(rows)
        current = next((key for key, item in zip(old_keys, self._items) if item is current_item), None)
        old_items = dict(zip(old_keys, self._items))
        old_rows = dict(zip(old_keys, self._rows))
        wanted = dict(zip(new_keys, rows))
        # Each group's children as the tree holds them, mirrored here: asking the tree item by item
        # (child, data) for hundreds of findings costs more than the few moves an edit makes.
        children: dict[str, list[QTreeWidgetItem]] = {kind: [] for kind in self.groups}
        for item, shown in zip(self._items, self._rows):
            children[shown.kind].append(item)
        self.tree.setUpdatesEnabled(False)
        try:
            by_kind: dict[str, list[tuple[Finding, tuple]]] = {kind: [] for kind in KINDS}
            for row, key in zip(rows, new_keys):
                by_kind[row.kind].append((row, key))
            for item, shown, key in zip(self._items, self._rows, old_keys):
                if _look(shown) != _look(wanted.get(key)):   # gone (or now drawn another way)
                    del old_items[key]
                    self.groups[shown.kind].removeChild(item)
                    children[shown.kind].remove(item)
            self._items = []
            for kind, group in self.groups.items():
                shown_items = children[kind]
                for k, (row, key) in enumerate(by_kind[kind]):
                    kept = old_items.get(key)
                    if kept is None:
                        kept = QTreeWidgetItem()
                        self._fill_item(kept, row)     # filled before it is in the tree: no relayout
                        group.insertChild(k, kept)
                        shown_items.insert(k, kept)
                    else:
                        if k >= len(shown_items) or shown_items[k] is not kept:  # the finding moved (its incident did)
                            group.takeChild(group.indexOfChild(kept))
                            group.insertChild(k, kept)
                            shown_items.remove(kept)
                            shown_items.insert(k, kept)
                        before = old_rows[key]
                        if before is not row and before != row:
                            self._fill_item(kept, row)
                    self._items.append(kept)
            self._rows, self._keys, self._item_keys = rows, keys, new_keys
            restore = old_items.get(current) if current is not None else None
            if restore is not None:
                if restore is not self.tree.currentItem():
                    self.tree.setCurrentItem(restore)
            elif current is not None:
                self.tree.setCurrentIndex(QModelIndex())   # its finding is gone
        finally:
            self.tree.setUpdatesEnabled(True)
        # Laid out now, not on Qt's timer: the timeline's scene paints the whole window from its
        # queued update first, and the tree was painted there and whole again after the layout.
        self.tree.doItemsLayout()
        self._show_counts()

    def icon(self, kind: str, severity: int = BREACH) -> QIcon:
        key = (kind, severity)
        if key not in self._icons:
            self._icons[key] = finding_icon(kind, severity)
        return self._icons[key]

    def _fill_item(self, item: QTreeWidgetItem, row: Finding) -> None:
        item.setData(0, FINDING_ROLE, row)
        item.setText(0, row.text)
        item.setToolTip(0, row.text)
        item.setIcon(0, self.icon(row.kind, row.severity))
        if row.detail == "more":
            font = QFont(self.tree.font())
            font.setItalic(True)
            item.setFont(0, font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        elif row.severity == INFO:
            item.setForeground(0, INFO_COLOUR.darker(130))

    def _show_counts(self) -> None:
        totals = self.counts()
        broken = sum(r.count for r in self._rows if r.kind == GATE_KIND and r.severity == BREACH)
        labels = {MISSED_KIND: self.tr("Missed {0}"), GAP_KIND: self.tr("Gaps {0}"), GATE_KIND: self.tr("Gates {0}"),
                  COORDINATION_KIND: self.tr("Coordination {0}"), PROVISION_KIND: self.tr("Provisions {0}")}
        for kind in KINDS:
            # With no exercise open there is nothing judged: no "Missed 0" beside the welcome page.
            count = "" if self._document is None else broken if kind == GATE_KIND else totals[kind]
            self.filters[kind].setText(labels[kind].format(count).strip())
            title = self.titles[kind] if self._document is None else f"{self.titles[kind]} — {totals[kind]}"
            if kind == GATE_KIND and totals[kind]:
                title = self.tr("{0} — {1} broken, {2} respected").format(self.titles[kind], broken,
                                                                        totals[kind] - broken)
            self.groups[kind].setText(0, title)
        if self._document is None:
            text = self.tr("No exercise open")
        elif not self._rows:
            text = self.tr("No findings at this scenario time: every deadline met so far, no gaps, no broken gates")
        else:
            text = self.tr("Click a finding to select its incident and signatory")
        self.summary.setText(text)
        self._apply_filters()

    def _apply_filters(self) -> None:
        for kind, group in self.groups.items():
            hidden = not self.filters[kind].isChecked()
            # Only on a change: QTreeView.setRowHidden lays the whole tree out again (a timer after
            # this edit's paint, so the tree was painted twice) even when the row keeps its state.
            if group.isHidden() != hidden:
                group.setHidden(hidden)

    # -- selection --------------------------------------------------------------------------------
    def _activate(self, item: QTreeWidgetItem) -> None:
        row = item.data(0, FINDING_ROLE)
        if row is not None:
            self.select_finding(row)

    def select_finding(self, row: Finding) -> None:
        """Select what *row* is about: its incident, and its signatory and commitment if it names them
        (an overdue provision milestone names only its signatory)."""
        if self._document is None or (row.incident_id is None and row.kind != PROVISION_KIND):
            return
        selection = self._document.selection
        if row.incident_id is not None:
            selection.select("incident", row.incident_id)
        if row.signatory_id is not None:
            selection.select("signatory", row.signatory_id)
        if row.commitment_id is not None:
            selection.select("commitment", row.commitment_id)
        self.finding_activated.emit(row)

    # -- reading (tests, accessibility) -------------------------------------------------------------
    def findings(self, kind: str | None = None) -> list[Finding]:
        return [r for r in self._rows if kind is None or r.kind == kind]

    def counts(self) -> dict[str, int]:
        return counts(self._rows)

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def sizeHint(self) -> QSize:
        return QSize(420, 360)
