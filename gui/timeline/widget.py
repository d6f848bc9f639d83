"""The timeline widget: selection, dragging incidents in time, dropping new ones, keys.

Every edit is one undo command through the document. While an incident is
dragged the widget only previews (``document.preview``) so windows,
countdowns and statuses follow live; releasing pushes exactly one command.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
import math

import numpy as np
from PySide6.QtCore import QEvent, QMimeData, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollBar, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from gui.core.commands import CreateCommand, DeleteCommand, UpdateCommand
from gui.core.document_bound import DocumentBound
from gui.branches.bar import BranchBar
from gui.timeline import look
from gui.timeline.branch_markers import BranchMarkers
from gui.timeline.legend import TimelineLegend
from gui.timeline.mime import INCIDENT_MIME, incident_type_from_mime, incident_type_mime
from gui.timeline.option_bar import TimelineOptionBar
from gui.timeline.provisions import ProvisionMarkers
from gui.timeline.scene import PAN_FRACTION, ZOOM_STEP, TimelineView
from gui.timeline.timescale import snap_time
from model import services
from model.engine import Assessment, assess
from model.snapshot import ExerciseSnapshot, TermsSnapshot, load_options, terms_ids
from model.storage import reading
from model.timeutil import from_epoch

__all__ = ["INCIDENT_MIME", "TimelineWidget", "incident_type_mime"]

# A change to these re-reads the options the timeline can be shown under.
OPTION_KINDS = ("treaty_terms", "treaty_party", "proportionality_rule", "incident_type", "signatory", "exercise_info")


@dataclass
class IncidentDrag:
    incident_id: int
    position: int                 # in the stored snapshot (a preview keeps positions)
    base: ExerciseSnapshot
    origin: int                   # stored time
    grab_offset: float            # marker time minus pointer time when grabbed
    time: int
    preview: ExerciseSnapshot | None = None


class TimelineWidget(QWidget):
    """Scenario-time view of the open exercise, drawn from ``document.assessed``."""

    incident_selected = Signal(int)     # the user picked an incident (click, drag, drop)
    commitment_selected = Signal(int)
    incident_activated = Signal(int)    # double-click on an incident: open it for editing

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.assessment: Assessment = document.assessment
        self._selected: int | None = None
        self._selected_commitment: int | None = None
        self._drag: IncidentDrag | None = None
        self._swallow_drag = False      # a cancelled drag: ignore the rest of its mouse moves
        self._shown_id: int | None = None           # the option drawn; None: the active one
        self._options: dict[int, TermsSnapshot] = {}
        self._types_read: tuple | None = None        # see _incident_types

        self.view = TimelineView(self)
        self.view.setAcceptDrops(True)
        self.view.viewport().setAcceptDrops(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.setFocusProxy(self.view)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scrollbar.valueChanged.connect(lambda value: self.view.scroll_lanes_to(float(value)))
        self.view.lanes_resized.connect(self._sync_scrollbar)
        self.legend = TimelineLegend(self)
        self.option_bar = TimelineOptionBar(self)
        self.option_bar.chosen.connect(self.show_option)
        self.empty_hint = QLabel(self.view.viewport())
        self.empty_hint.setObjectName("timelineEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)   # drops pass through
        self.empty_hint.setStyleSheet(f"QLabel {{ color: {look.MUTED_TEXT.name()}; background: rgba(255, 255, 255, 225);"
                                      " padding: 8px; border-radius: 4px; }")
        self.empty_hint.hide()
        # Drawn under another option than the active one: said on the picture itself, where it cannot be missed.
        self.option_marker = QLabel(self.view.viewport())
        self.option_marker.setObjectName("timelineOptionMarker")
        self.option_marker.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.option_marker.setWordWrap(True)   # a long option name wraps on a 360 px timeline rather than being cut
        self.option_marker.setStyleSheet("QLabel { color: #3e2723; background: rgba(255, 236, 179, 235); "
                                         "border: 1px solid #f9a825; padding: 2px 6px; border-radius: 3px; }")
        self.option_marker.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.view, 1)
        row.addWidget(self.scrollbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row, 1)
        # One view chooser row under the lanes: the option shown, then the outcome shown and its banner
        # (they shorten their captions before anything is cut); the key takes the room they leave.
        self.branch_bar = BranchBar(document, self)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, self.legend.sizePolicy().verticalPolicy())
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(0)
        bottom.addWidget(self.option_bar)
        bottom.addWidget(self.branch_bar)
        bottom.addWidget(self.legend, 1)
        layout.addLayout(bottom)

        self.view.band_box.click_handler = self._band_click
        self.view.band_box.drag_handler = self._band_drag
        self.view.lane_box.click_handler = self._lane_click
        self.view.lane_box.scroll_handler = lambda dy: self.scrollbar.setValue(int(self.scrollbar.value() + dy))
        self.branches = BranchMarkers(self.view.band_box, self.view.lane_box)
        self.provisions = ProvisionMarkers(self.view.lane_box)
        self.view.frozen_lanes.also_freeze(self.provisions.items)
        self.view.band_box.context_handler = self._band_context
        self.branch_bar.branches_read.connect(self._on_branches_read)
        self._bound = DocumentBound(self, {"assessed": self._on_assessed, "previewed": self._show_assessment,
                                           "changed": self._on_changed})
        self._bound.bind(document)
        self._read_options()
        self.branch_bar.refresh()
        self._on_assessed(document.assessment)
        self.fit_all()

    # -- public interface -------------------------------------------------------------------
    def select_incident(self, incident_id: int | None) -> None:
        """Highlight an incident (None: none) and bring it into view; emits nothing."""
        if incident_id != self._selected:   # a click or a drop here selected it already, and drew it so
            self._select(incident_id, emit=False)
        pos = self._position(incident_id)
        if pos is not None:
            self.view.show_time(float(self.assessment.snapshot.inc_time[pos]))

    def selected_incident(self) -> int | None:
        return self._selected

    def show_option(self, terms_id: int | None) -> None:
        """Draw the timeline under treaty option *terms_id* (None: the active one); a view, nothing stored."""
        active = self.document.snapshot.terms.id
        self._shown_id = None if terms_id is None or terms_id == active or terms_id not in self._options \
            else int(terms_id)
        self._show_bar()
        self._on_assessed(self.document.assessment)

    def shown_option(self) -> int:
        """The id of the treaty option the timeline is drawn under."""
        return self._shown_id if self._shown_id is not None else self.document.snapshot.terms.id

    def show_lane(self, signatory_id: int) -> None:
        """Scroll the lanes so that *signatory_id*'s is in view."""
        hits = np.flatnonzero(self.assessment.snapshot.sig_ids == signatory_id)
        if len(hits):
            lane_top = int(hits[0]) * look.LANE_PX
            page = self.scrollbar.pageStep()
            if not self.scrollbar.value() <= lane_top <= self.scrollbar.value() + page - look.LANE_PX:
                self.scrollbar.setValue(max(0, lane_top - page // 3))

    def _read_options(self) -> None:
        file = self.document.file
        self._options = {t.id: t for t in load_options(file, terms_ids(file))}
        if self._shown_id not in self._options:
            self._shown_id = None
        self._show_bar()

    def _show_bar(self) -> None:
        self.option_bar.show_options([(t.id, t.name) for t in self._options.values()],
                                     self.document.snapshot.terms.id, self.shown_option())
        shown = self._options.get(self._shown_id) if self._shown_id is not None else None
        if shown is None:
            self.option_marker.hide()
            return
        self.option_marker.setText(self.tr("Under {0} (not the active option)").replace("{0}", shown.name))
        self.option_marker.setToolTip(self.option_bar.note.text())
        self._place_option_marker()
        self.option_marker.show()
        self.option_marker.raise_()

    def _place_option_marker(self) -> None:
        viewport = self.view.viewport().rect()
        self.option_marker.setMaximumWidth(max(120, viewport.width() - 16))
        self.option_marker.adjustSize()
        height = self.option_marker.height()
        self.option_marker.move(8, viewport.height() - height - 8)

    def _on_changed(self, report) -> None:
        if report.touches(*OPTION_KINDS):
            self._read_options()
            if self._shown_id is not None:
                self._on_assessed(self.document.assessment)

    def _under_shown_option(self, a: Assessment) -> Assessment:
        """*a* as the option the timeline shows judges it (the active option's as it is)."""
        shown = self._shown_id
        if shown is None or shown == a.snapshot.terms.id or shown not in self._options:
            return a
        return assess(a.snapshot.with_terms(self._options[shown]), a.now)

    def fit_all(self) -> None:
        self.view.fit(self.assessment)

    def zoom_in(self) -> None:
        self.view.zoom(1 / ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.zoom(ZOOM_STEP)

    def lane_codes(self) -> tuple[str, ...]:
        return self.assessment.snapshot.sig_codes

    def handle_drop(self, mime: QMimeData, scene_x_seconds: float, snap: bool = True) -> bool:
        """Create an incident of the dropped type at that time; False (nothing done) if refused."""
        code = incident_type_from_mime(mime)
        snapshot = self.document.snapshot
        if code is None or code not in snapshot.type_codes or not math.isfinite(scene_x_seconds):
            return False
        x0, x1 = self.view.time_range()
        if not x0 <= scene_x_seconds <= x1:
            return False   # outside the plot area
        when = snap_time(scene_x_seconds) if snap else int(round(scene_x_seconds))
        kind = self._incident_types(snapshot).get(code)
        if kind is None:
            return False
        command = CreateCommand(self.document, self.tr("Add incident ({0})").replace("{0}", kind.name),
                                services.incidents.create_incident, services.incidents.delete_incident,
                                incident_type=code, severity=kind.default_severity, occurred_at=from_epoch(when))
        if not self.document.execute(command):
            return False
        self._select(command.created_id, emit=True)
        return True

    def _incident_types(self, snapshot) -> dict:
        """The catalogue's rows by code, read once per catalogue: an edit of the catalogue reloads the
        snapshot, whose type codes are then another tuple (a read on every drop cost ~0.4 ms)."""
        cached = self._types_read
        if cached is None or cached[0] is not snapshot.type_codes or cached[1] is not self.document.file:
            cached = self._types_read = (snapshot.type_codes, self.document.file,
                                         {t.code: t for t in reading.incident_types(self.document.file)})
        return cached[2]

    def delete_selected(self) -> bool:
        if self._selected is None or self._drag is not None:
            return False
        incident_id = self._selected
        return self.document.execute(DeleteCommand(
            self.document, self.tr("Delete incident #{0}").replace("{0}", str(incident_id)),
            partial(services.incidents.delete_incident, incident_id=incident_id)))

    # -- drawing ---------------------------------------------------------------------------
    def detach(self) -> None:
        """Stop following the document (a twin drawn for an export)."""
        self._bound.unbind()
        self.branch_bar.detach()

    def _on_assessed(self, a: Assessment) -> None:
        drag = self._drag
        if drag is not None:
            if a.snapshot is not drag.base:
                self._drag = None               # the stored exercise changed under the drag: drop it
                self._swallow_drag = True
                self.document.end_preview()
            elif drag.preview is not None:
                return                          # a clock tick: the document re-sends the preview next
        self._show_assessment(a)

    def _show_assessment(self, a: Assessment) -> None:
        a = self._under_shown_option(a)
        self.assessment = a
        if self._selected is not None and self._position(self._selected) is None:
            self._selected = None
        if self._selected_commitment is not None and self._selected_commitment not in a.snapshot.com_ids:
            self._selected_commitment = None
        self._redraw()
        self._show_empty_hint()

    def _show_empty_hint(self) -> None:
        """An exercise without incidents (a new blank one) says how to begin."""
        snapshot = self.assessment.snapshot
        if snapshot.incident_count:
            self.empty_hint.hide()
            return
        lines = [self.tr("No incidents yet: drag an incident type from the Incident Palette onto the timeline, "
                         "or double-click one there to add it at the current scenario time.")]
        if not snapshot.signatory_count:
            lines.append(self.tr("No signatories yet: Edit › Add Signatories… (Ctrl+Shift+N) gives each one a lane."))
        self.empty_hint.setText("\n\n".join(lines))
        self._place_empty_hint()
        self.empty_hint.show()

    def _place_empty_hint(self) -> None:
        area = self.view.mapFromScene(self.view.lane_box.sceneBoundingRect()).boundingRect()
        if area.width() < 200:
            area = self.view.viewport().rect()
        width = max(160, min(area.width() - 40, 560))
        height = self.empty_hint.heightForWidth(width)
        self.empty_hint.setGeometry(area.center().x() - width // 2, area.center().y() - height // 2, width, height)

    def _redraw(self) -> None:
        drag = self._drag
        focus = drag.position if drag is not None else self._position(self._selected)
        self.view.draw(self.assessment, pin=drag.position if drag is not None else None, focus=focus,
                       dragging=drag is not None, selected_commitment=self._selected_commitment)
        self.branches.update(self.assessment)
        if drag is None:   # a drag moves an incident: the provisions stay where they are
            self.provisions.update(self.assessment)

    def _on_branches_read(self, points, incident_outcomes) -> None:
        self.branches.set_branches(points, incident_outcomes)
        self.branches.update(self.assessment)

    def _band_context(self, ev) -> bool:
        """A right click on an incident: copy it to another outcome (gui/branches/menu.py)."""
        point = self.view.band_box.mapToView(ev.pos())
        pos = self.view.incidents.incident_at(point.x(), point.y(), self.view.band_box.px_per_second())
        if pos is None or self.document.file.read_only:
            return False
        from gui.branches.menu import incident_menu
        incident_id = int(self.view.incidents.ids[pos])
        self._select(incident_id, emit=True)
        menu = incident_menu(self.document, incident_id, self.branch_bar.points, self)
        if menu is not None:
            menu.popup(ev.screenPos().toPoint())
        return True

    def _position(self, incident_id: int | None) -> int | None:
        if incident_id is None:
            return None
        hits = np.flatnonzero(self.assessment.snapshot.inc_ids == incident_id)
        return int(hits[0]) if len(hits) else None

    def _select(self, incident_id: int | None, *, emit: bool) -> None:
        self._selected = incident_id
        self._redraw()
        if emit and incident_id is not None:
            self.incident_selected.emit(int(incident_id))

    def _sync_scrollbar(self) -> None:
        maximum = int(math.ceil(self.view.lane_scroll_max()))
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, maximum)
        self.scrollbar.setPageStep(max(1, int(self.view.lane_box.height())))
        self.scrollbar.setSingleStep(look.LANE_PX)
        self.scrollbar.setValue(int(self.view.lane_scroll))
        self.scrollbar.blockSignals(False)
        self.scrollbar.setVisible(maximum > 0)

    # -- mouse ----------------------------------------------------------------------------------
    def _band_click(self, ev) -> bool:
        point = self.view.band_box.mapToView(ev.pos())
        layer = self.view.incidents
        pos = layer.incident_at(point.x(), point.y(), self.view.band_box.px_per_second())
        if pos is None:
            pos = layer.window_at(point.x(), point.y())
        if pos is None:
            return False
        self._select(int(layer.ids[pos]), emit=True)
        if ev.double():
            self.incident_activated.emit(int(layer.ids[pos]))
        return True

    def _lane_click(self, ev) -> bool:
        box = self.view.lane_box
        point = box.mapToView(ev.pos())
        hit = self.view.commitments.commitment_at(point.x(), point.y(), box.px_per_second(), box.px_per_unit_y())
        if hit is None:
            return False
        self._selected_commitment = int(self.view.commitments.ids[hit])
        self._redraw()
        self.commitment_selected.emit(self._selected_commitment)
        return True

    def provision_tooltip_at(self, viewport_pos: QPointF) -> str | None:
        """What the standing-provision marker at a viewport point says, or None (nothing there)."""
        return self.provisions.tooltip_at(self.view, viewport_pos)

    def _provision_tooltip(self, event) -> bool:
        text = self.provision_tooltip_at(QPointF(event.pos()))
        if text is None:
            QToolTip.hideText()
            event.ignore()
        else:
            QToolTip.showText(event.globalPos(), text, self.view.viewport())
        return True

    def _band_drag(self, ev) -> bool:
        if ev.isStart():
            self._swallow_drag = False
            return self._start_drag(ev)
        if self._swallow_drag:
            self._swallow_drag = not ev.isFinish()
            return True
        if self._drag is None:
            return False                        # a pan that began on empty space
        self._drag_to(ev)
        if ev.isFinish():
            self._finish_drag()
        return True

    def _start_drag(self, ev) -> bool:
        box = self.view.band_box
        press = box.mapToView(ev.buttonDownPos())
        pos = self.view.incidents.incident_at(press.x(), press.y(), box.px_per_second())
        if pos is None or self.document.file.read_only:
            return False
        base = self.document.snapshot
        incident_id = int(self.view.incidents.ids[pos])
        position = base.incident_position(incident_id)
        origin = int(base.inc_time[position])
        self._drag = IncidentDrag(incident_id, position, base, origin, grab_offset=origin - press.x(), time=origin)
        self._select(incident_id, emit=True)
        self._drag_to(ev)
        return True

    def _drag_to(self, ev) -> None:
        drag = self._drag
        if drag is None:
            return
        pointer = self.view.band_box.mapToView(ev.pos()).x()
        free = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        when = pointer + drag.grab_offset
        when = int(round(when)) if free else snap_time(when)
        if when == drag.time and drag.preview is not None:
            return
        drag.time = when
        drag.preview = drag.base.with_incident_time(drag.incident_id, when)
        self.document.preview(drag.preview)

    def _finish_drag(self) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        self.document.end_preview()
        if drag.time == drag.origin:
            self.document.tick()                # back to the stored picture
            return
        command = UpdateCommand(self.document, self.tr("Move incident #{0}").replace("{0}", str(drag.incident_id)),
                                partial(services.incidents.update_incident, incident_id=drag.incident_id), occurred_at=from_epoch(drag.time))
        if not self.document.execute(command):
            self.document.tick()

    def cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            self._swallow_drag = True
            self.document.end_preview()
            self.document.tick()

    # -- keyboard and drops -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self.view and isinstance(event, QKeyEvent):
            return self._key(event.key())
        if watched is self.view.viewport():
            if kind == QEvent.Type.Resize and not self.empty_hint.isHidden():
                self._place_empty_hint()
            if kind == QEvent.Type.Resize and not self.option_marker.isHidden():
                self._place_option_marker()
            if kind == QEvent.Type.ToolTip:
                return self._provision_tooltip(event)
            if not isinstance(event, QDropEvent):   # what follows: drag enter, drag move and drop events
                return super().eventFilter(watched, event)
            if kind == QEvent.Type.DragEnter:
                return self._accept_if(event, incident_type_from_mime(event.mimeData()) is not None)
            if kind == QEvent.Type.DragMove:
                return self._accept_if(event, incident_type_from_mime(event.mimeData()) is not None
                                       and self.view.time_at(event.position()) is not None)
            if kind == QEvent.Type.Drop:
                return self._accept_if(event, self.drop_at(event.mimeData(), event.position(), event.modifiers()))
        return super().eventFilter(watched, event)

    def drop_at(self, mime: QMimeData, viewport_pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> bool:
        """A drop at a viewport point: only on the band or the lanes; Shift drops without snapping."""
        when = self.view.time_at(viewport_pos)
        snap = not modifiers & Qt.KeyboardModifier.ShiftModifier
        return when is not None and self.handle_drop(mime, when, snap)

    @staticmethod
    def _accept_if(event, ok: bool) -> bool:
        if ok:
            event.acceptProposedAction()
        else:
            event.ignore()
        return True

    def keyPressEvent(self, event) -> None:
        if not self._key(event.key()):
            super().keyPressEvent(event)

    def _key(self, key: int) -> bool:
        actions = {
            Qt.Key.Key_Plus: self.zoom_in, Qt.Key.Key_Equal: self.zoom_in, Qt.Key.Key_Minus: self.zoom_out,
            Qt.Key.Key_Left: lambda: self.view.pan(-PAN_FRACTION), Qt.Key.Key_Right: lambda: self.view.pan(PAN_FRACTION),
            Qt.Key.Key_Home: self.fit_all, Qt.Key.Key_Delete: self.delete_selected,
            Qt.Key.Key_Backspace: self.delete_selected, Qt.Key.Key_Escape: self.cancel_drag,
            Qt.Key.Key_Up: lambda: self.scrollbar.setValue(self.scrollbar.value() - look.LANE_PX),
            Qt.Key.Key_Down: lambda: self.scrollbar.setValue(self.scrollbar.value() + look.LANE_PX),
            Qt.Key.Key_PageUp: lambda: self.scrollbar.setValue(self.scrollbar.value() - self.scrollbar.pageStep()),
            Qt.Key.Key_PageDown: lambda: self.scrollbar.setValue(self.scrollbar.value() + self.scrollbar.pageStep()),
        }
        action = actions.get(key)
        if action is None:
            return False
        action()
        return True
