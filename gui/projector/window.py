"""The projector view: a separate, player-safe window, full screen on the screen the facilitator picks.

It shows the marking, the scenario time, the current incidents, the big
countdowns and the commitment heat map, dark and large enough to read from
the back of the room. It never shows controller material: no MSEL, no
inject notes or expected actions, no log text. It follows the clock through
``document.assessed``: the stored exercise only, never a drag in progress.

ProjectorController gives the main window its menu commands (F11 toggles the
window; "Projector on Screen" chooses where it opens).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLayout, QMenu, QVBoxLayout, QWidget

from gui.core import settings
from gui.conduct.clock_controls import calendar_text, relative_text, speed_text
from gui.core.marking_banner import NO_EXERCISE_COLOUR, MarkingBanner
from gui.core.document_bound import DocumentBound
from gui.projector.matrix import CELL_COLOURS, LEGEND, HeatMap, commitment_matrix, legend_label
from gui.projector.panels import (
    BACKGROUND, MUTED, REFERENCE_HEIGHT, TEXT, CountdownBoard, IncidentList, ScaledLabel, digits_font, section_title,
)
from model.storage import reading


def _legend_item(state: int, text: str) -> ScaledLabel:
    label = ScaledLabel(18, colour=TEXT)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f"<span style='color:{CELL_COLOURS[state].name()}'>■</span> {legend_label(text)}")
    return label


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self, document=None, parent: QWidget | None = None):
        super().__init__(parent)
        self._bound = DocumentBound(self, {
            "assessed": self.show_assessment,
            "changed": self._on_changed,
            "clock_changed": self._show_clock_state,
        })
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Pactline — Projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#projectorWindow {{ background: {BACKGROUND.name()}; }}")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._document = None
        self._scale = 1.0
        self._normal_geometry: QRect | None = None

        self.banner = MarkingBanner()
        self.scenario_time = ScaledLabel(72, font=digits_font(), name="projectorScenarioTime")
        self.calendar = ScaledLabel(20, colour=MUTED, name="projectorCalendar")
        self.clock_state = ScaledLabel(30, bold=True, name="projectorClockState")
        self.clock_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.exercise_name = ScaledLabel(18, colour=MUTED, name="projectorExerciseName")
        self.exercise_name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.countdowns = CountdownBoard()
        self.incidents = IncidentList()
        self.heat_map = HeatMap()
        self.matrix_title = section_title(self.tr("COMMITMENTS — ALL CURRENT INCIDENTS"))
        self.legend = [_legend_item(state, text) for state, text in LEGEND]

        header = QHBoxLayout()
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.scenario_time)
        left.addWidget(self.calendar)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.clock_state)
        right.addWidget(self.exercise_name)
        header.addLayout(left, 1)
        header.addLayout(right)
        middle = QHBoxLayout()
        middle.setSpacing(48)
        middle.addWidget(self.countdowns, 11)
        middle.addWidget(self.incidents, 9)
        # The key goes under the map: beside the title, on a narrower screen, it cut the title short.
        legend_row = QHBoxLayout()
        legend_row.addStretch(1)
        for label in self.legend:
            legend_row.addSpacing(18)
            legend_row.addWidget(label)
        self.body = QVBoxLayout()
        self.body.addLayout(header)
        self.body.addLayout(middle, 5)
        self.body.addWidget(self.matrix_title)
        self.body.addWidget(self.heat_map, 4)
        self.body.addLayout(legend_row)
        outer = QVBoxLayout(self)
        # The fonts follow the window height (resizeEvent), so the layout must not hold the
        # window at the size today's fonts need: that would stop it from ever shrinking.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addLayout(self.body, 1)
        self._apply_scale()
        self.set_document(document)

    # -- binding -------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self._bound.bind(document)
        self._show_exercise()
        self._show_clock_state()
        for widget in (self.countdowns, self.incidents, self.heat_map, self.matrix_title, *self.legend):
            widget.setVisible(document is not None)
        if document is not None:
            self.show_assessment(document.assessment)
        else:
            self.scenario_time.show_text(self.tr("No exercise open"))
            self.calendar.show_text("")

    def document(self):
        return self._document

    def _on_changed(self, report) -> None:
        if report.touches("exercise_info"):
            self._show_exercise()

    def _show_exercise(self) -> None:
        if self._document is None:
            self.banner.show_marking(None, NO_EXERCISE_COLOUR)
            self.exercise_name.show_text("")
            return
        info = reading.exercise_info(self._document.file)
        self.banner.show_marking(info.classification, info.marking_colour)
        self.exercise_name.show_text(info.name)

    def _show_clock_state(self) -> None:
        clock = self._document.clock if self._document is not None else None
        if clock is None:
            self.clock_state.show_text("")
        elif clock.running:
            self.clock_state.show_text(self.tr("RUNNING {0}").format(speed_text(clock.speed)))
            self.clock_state.set_colour("#81c784")
        else:
            self.clock_state.show_text(self.tr("PAUSED"))
            self.clock_state.set_colour("#ffb74d")

    def show_assessment(self, assessment) -> None:
        snap = assessment.snapshot
        self.scenario_time.show_text(relative_text(assessment.now, snap.startex))
        self.calendar.show_text(self.tr("scenario time · {0}").format(calendar_text(assessment.now)))
        self.countdowns.show_assessment(assessment)
        self.incidents.show_assessment(assessment)
        self.heat_map.show_matrix(snap.sig_codes, commitment_matrix(assessment))

    # -- size and screens ----------------------------------------------------------------------------
    def scale(self) -> float:
        return self._scale

    def countdown_font_points(self) -> float:
        return self.countdowns.rows[0].time.font().pointSizeF()

    def _apply_scale(self) -> None:
        scale = self._scale
        font = self.banner.font()
        font.setPointSizeF(max(9.0, 20 * scale))
        self.banner.setFont(font)
        for label in (self.scenario_time, self.calendar, self.clock_state, self.exercise_name, self.matrix_title,
                      *self.legend):
            label.set_scale(scale)
        self.countdowns.set_scale(scale)
        self.incidents.set_scale(scale)
        self.heat_map.set_scale(scale)
        margin = int(28 * scale)
        self.body.setContentsMargins(margin, int(margin * 0.6), margin, margin)
        self.body.setSpacing(int(16 * scale))

    def resizeEvent(self, event: QResizeEvent) -> None:
        scale = max(0.4, self.height() / REFERENCE_HEIGHT)
        if abs(scale - self._scale) > 1e-3:
            self._scale = scale
            self._apply_scale()
        super().resizeEvent(event)

    def show_on(self, screen: QScreen) -> None:
        """Full screen on *screen*; Esc gives back the window as it was before (or a window of
        two thirds of that screen, centred, the first time)."""
        if self.isFullScreen():
            self.showNormal()
        elif self.isVisible():
            self._normal_geometry = self.geometry()
        if self._normal_geometry is None or not screen.geometry().intersects(self._normal_geometry):
            area = screen.availableGeometry()
            self._normal_geometry = QRect(0, 0, area.width() * 2 // 3, area.height() * 2 // 3)
            self._normal_geometry.moveCenter(area.center())
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()

    def normal_geometry(self) -> QRect | None:
        """Where Esc puts the window back."""
        return QRect(self._normal_geometry) if self._normal_geometry is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.set_document(None)
        super().closeEvent(event)
        self.closed.emit()

    # -- for tests and screenshots -------------------------------------------------------------------
    def visible_texts(self) -> list[str]:
        """Every text the window shows: labels that are visible, and what the heat map painted."""
        from PySide6.QtWidgets import QLabel
        texts = [label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self)]
        return texts + list(self.heat_map.painted_texts)


def screen_name(screen: QScreen) -> str:
    """What the setting stores: the system's name of the screen, else its place in the list."""
    if screen.name():
        return screen.name()
    screens = QGuiApplication.screens()
    return f"screen {screens.index(screen) + 1}" if screen in screens else "screen"


def chosen_screen() -> QScreen:
    """The screen stored in settings; else the first one that is not the primary (the projector)."""
    screens = QGuiApplication.screens()
    wanted = str(settings.value(settings.PROJECTOR_SCREEN) or "")
    for screen in screens:
        if screen_name(screen) == wanted:
            return screen
    primary = QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not primary), primary)


class ProjectorController(QObject):
    """Owns the projector window for the main window: F11 toggles it; a submenu picks the screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = None
        self.window: ProjectorWindow | None = None
        self.toggle_action = QAction(self.tr("&Projector View"), self)
        self.toggle_action.setObjectName("actionProjectorView")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence("F11"))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.toggle_action.setStatusTip(self.tr("Show the player-safe projector view full screen on the chosen "
                                                "screen (F11 again closes it; Esc leaves full screen)"))
        self.toggle_action.setToolTip(self.tr("Projector view (F11)"))
        self.toggle_action.toggled.connect(self._toggled)
        self.screen_menu = QMenu(self.tr("Projector on &Screen"))
        self.screen_menu.setObjectName("menuProjectorScreen")
        self.screen_menu.menuAction().setStatusTip(self.tr("Choose the screen the projector view opens on"))
        self.screen_menu.aboutToShow.connect(self.fill_screen_menu)
        self._screen_group = QActionGroup(self)
        self.menu_actions: dict[str, list[QAction]] = {"view": [self.toggle_action, self.screen_menu.menuAction()]}

    def set_document(self, document) -> None:
        self._document = document
        if self.window is not None:
            self.window.set_document(document)

    def _toggled(self, on: bool) -> None:
        if on:
            self.open()
        else:
            self.close()

    def open(self, screen: QScreen | None = None) -> ProjectorWindow:
        if self.window is None:
            # Owned by the main window (yet a window of its own): it goes when the main window
            # goes, and never keeps the application running on its own.
            owner = self.parent() if isinstance(self.parent(), QWidget) else None
            self.window = ProjectorWindow(self._document, owner)
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.window.addAction(self.toggle_action)   # F11 also works while the projector has focus
            self.window.closed.connect(self._window_closed)
        self.window.show_on(screen or chosen_screen())
        self._set_checked(True)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _window_closed(self) -> None:
        self.window = None
        self._set_checked(False)
        owner = self.parent()
        if isinstance(owner, QWidget) and owner.isVisible():
            # The facilitator goes on with the main window: the keyboard must not stay with a closed one.
            owner.activateWindow()
            owner.raise_()

    def _set_checked(self, on: bool) -> None:
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(on)
        self.toggle_action.blockSignals(False)

    def fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        current = chosen_screen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry().size()
            action = self.screen_menu.addAction(f"&{number} {screen_name(screen)} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is current)
            action.setStatusTip(self.tr("Open the projector view on this screen"))
            self._screen_group.addAction(action)
            action.triggered.connect(lambda _checked=False, s=screen: self.choose_screen(s))

    def choose_screen(self, screen: QScreen) -> None:
        settings.set_value(settings.PROJECTOR_SCREEN, screen_name(screen))
        if self.window is not None:
            self.window.show_on(screen)
