"""View › Options Compared: two to four treaty options side by side, as a table and as small multiples.

It judges the same record under each option it shows (scenarios.py) on every
assessment, including a drag's previews, but only while it is visible: behind
a tab or closed it costs nothing. Clicking a value selects what the row is
about (an incident, a signatory) and asks the window, through
``show_requested``, to show the timeline under that column's option and
outcome. With branch points, the options are crossed with the outcomes picked
(outcome_menu.py): columns are options × outcomes, four at most.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QFrame, QHeaderView, QLabel, QMenu, QScrollArea, QSplitter,
    QStackedWidget, QTableView, QTabBar, QToolButton, QVBoxLayout, QWidget,
)

from gui.comparison.chart import draw_comparison, key_height, panels, per_row
from gui.comparison.judged_at_menu import JudgedAtChooser
from gui.comparison.outcome_menu import AS_SHOWN, OutcomeChooser
from gui.comparison.scenarios import MAX_COLUMNS, MIN_COLUMNS, OutcomeRecords, Scenario, judge_scenarios
from gui.comparison.table_model import ABOUT_ROLE, OUTCOME_ROLE, TERMS_ROLE, ComparisonTableModel
from gui.core.document_bound import DocumentBound
from gui.core.flow_layout import FlowLayout
from model.branching import branch_points
from model.comparison_figures import OptionFigures, option_figures
from model.engine import Assessment
from model.judged_at import judged_time
from model.snapshot import load_options, terms_ids

# What a change must touch for the options themselves (not only the record) to be read again.
SIDE_BY_SIDE_PX = 1150      # narrower than this, the charts and the table are two tabs
PANEL_MIN_PX = 150          # a chart panel is never drawn shorter: the charts scroll instead
OPTION_KINDS = ("treaty_terms", "treaty_party", "proportionality_rule", "incident_type", "signatory", "exercise_info")
BRANCH_KINDS = ("branch_point", "outcome")


class ComparisonChart(QWidget):
    """The small multiples, repainted from the latest figures."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonChart")
        self.figures: tuple[OptionFigures, ...] = ()
        self.setMinimumSize(300, 220)

    def show_figures(self, figures: tuple[OptionFigures, ...]) -> None:
        if figures == self.figures:
            return              # a drag step that changes no figure repaints no chart
        names = [f.name for f in self.figures]
        self.figures = figures
        if names != [f.name for f in figures]:
            self._fit_height()  # the key may take another number of lines
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 360)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        k = self.logicalDpiX() / 72
        rows = -(-len(panels()) // per_row(self.width() - 12, k))
        wanted = int(key_height(max(2, len(self.figures)), k, self.width() - 12, [f.name for f in self.figures])
                     + rows * PANEL_MIN_PX + 8)
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.figures:
            k = self.logicalDpiX() / 72
            draw_comparison(self.figures)(painter, QRectF(6, 4, self.width() - 12, self.height() - 8), k)
        painter.end()


class ComparisonDock(QDockWidget):
    show_requested = Signal(int, object)    # a treaty option id and an outcome id (None: as shown)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Options Compared"), parent)
        self.setObjectName("comparisonDock")
        self._bound = DocumentBound(self, {"assessed": self._on_assessed, "previewed": self._on_assessed,
                                           "changed": self._on_changed})
        self.document = None
        self.options: dict = {}                 # terms id -> TermsSnapshot, every option of the exercise
        self.picked: list[int] = []             # the options compared, in the exercise's order
        self.choices: dict[int, QAction] = {}
        self.outcomes_picked: list[int | None] = [AS_SHOWN]   # the outcomes the options are crossed with
        self.points: list = []                  # the exercise's branch points
        self._records: OutcomeRecords | None = None
        self._stale = True
        self.menu_actions: dict = {}

        self.model = ComparisonTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Treaty options compared"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)   # keep the letter
        self.table.clicked.connect(self.show_cell)
        self.table.activated.connect(self.show_cell)
        self.model.modelReset.connect(self._fit_columns)
        self.chart = ComparisonChart()
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setObjectName("comparisonChartScroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll.setWidget(self.chart)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        # A menu of options rather than a row of check boxes: four long option names fit no dock.
        self.picker_menu = QMenu(self)
        self.picker = QToolButton()
        self.picker.setObjectName("comparisonPicker")
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picker.setMenu(self.picker_menu)
        self.picker.setToolTip(self.tr("Choose the two to four treaty options to compare"))
        self.hint = QLabel()          # said only when something is wrong or missing: it takes no row otherwise
        self.hint.setObjectName("comparisonHint")
        self.hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.hint.setWordWrap(True)
        self.table.setToolTip(self.tr("Click a value to show what it is about on the timeline, under that option"))
        # What the colours mean belongs to the table: under it, not in a row of its own above both.
        self.key = QLabel(self.tr("Green: best · red: worst · amber: they differ"))
        self.key.setObjectName("comparisonKey")
        self.key.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.key.setWordWrap(True)
        self.table_page = QWidget()
        self.table_page.setObjectName("comparisonTablePage")
        table_layout = QVBoxLayout(self.table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(2)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.key)
        # The three choosers share one row that wraps when the dock is narrow (a bottom dock at 1280 px is
        # ~360 px wide): the charts keep the height a fixed second row took.
        self.outcome_picker = OutcomeChooser(self.pick_outcome)
        self.outcome_picker.hide()
        self.judged_at = JudgedAtChooser(self._on_judged_at)
        self._choosers = FlowLayout(spacing=6)
        self._choosers.addWidget(self.picker)
        self._choosers.addWidget(self.outcome_picker)
        self._choosers.addWidget(self.judged_at)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("comparisonSplitter")
        self.splitter.addWidget(self.table_page)
        self.splitter.addWidget(self.chart_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(self._choosers)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)
        # Narrow, the charts and the table are two pages; their switch sits in the choosers' row
        # (a row of tabs of its own would take an eighth of a dock ~200 px high).
        self.tabs = QStackedWidget()
        self.tabs.setObjectName("comparisonTabs")
        self.page_bar = QTabBar()
        self.page_bar.setObjectName("comparisonPageBar")
        self.page_bar.setDrawBase(False)
        self.page_bar.setExpanding(False)
        self.page_bar.setElideMode(Qt.TextElideMode.ElideNone)
        self.page_bar.currentChanged.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self.page_bar.setCurrentIndex)
        self._choosers.insertWidget(0, self.page_bar)
        layout.addWidget(self.tabs, 1)
        self.tabs.hide()
        self.page_bar.hide()
        self._layout = layout
        self.setWidget(body)
        self.visibilityChanged.connect(self._on_visibility)

    def side_by_side(self) -> bool:
        return self.tabs.isHidden()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() >= SIDE_BY_SIDE_PX
        if wide == self.side_by_side():
            return
        # A bottom dock at 1280 px is ~450 px wide: side by side, neither the table nor the charts reads.
        if wide:
            for page in (self.chart_scroll, self.table_page):
                self.tabs.removeWidget(page)
            while self.page_bar.count():
                self.page_bar.removeTab(0)
            self.splitter.addWidget(self.table_page)
            self.splitter.addWidget(self.chart_scroll)
            self.table_page.show()       # a page not current was hidden by the pages
            self.chart_scroll.show()
            self.tabs.hide()
            self.page_bar.hide()
            self.splitter.show()
            table = min(self._table_width(), int(self.width() * 0.6))
            self.splitter.setSizes([table, self.width() - table])
        else:
            self.tabs.addWidget(self.chart_scroll)
            self.tabs.addWidget(self.table_page)
            self.page_bar.addTab(self.tr("Charts"))
            self.page_bar.addTab(self.tr("Table"))
            self.splitter.hide()
            self.tabs.show()
            self.page_bar.show()

    # -- following the document ---------------------------------------------------------------
    def set_document(self, document) -> None:
        same = document is not None and document is self.document    # a what-if entered or left: keep the picks
        self.document = document
        self._bound.bind(document)
        if not same:
            self.picked = []
            self.outcomes_picked = [AS_SHOWN]
        self._records = None
        if document is not None:
            self.judged_at.startex = float(document.snapshot.startex)
        self._read_points()
        self._read_options()
        self.refresh()

    def _on_judged_at(self) -> None:
        self._update_boxes()
        self.refresh()

    def judged_now(self, assessment: Assessment) -> float:
        """The scenario time the columns are judged at: the assessment's (the clock's), ENDEX or the one chosen."""
        snapshot = assessment.snapshot
        return judged_time(self.judged_at.at, assessment.now, snapshot.endex)

    def _on_changed(self, report) -> None:
        if report.touches(*BRANCH_KINDS):
            self._read_points()
            self._update_boxes()
        if report.touches(*OPTION_KINDS):
            self._read_options()
            self.refresh()

    def _on_assessed(self, assessment: Assessment) -> None:
        if self.isVisible():
            self._show(assessment)
        else:
            self._stale = True      # shown again: refreshed then

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.refresh()

    def refresh(self) -> None:
        if self.document is None:
            self.model.show([])             # nothing may keep pointing at a closed exercise
            self.chart.show_figures(())
        elif self.isVisible():
            self._show(self.document.assessment)

    def _show(self, assessment: Assessment) -> None:
        self._stale = False
        scenarios = self.scenarios()
        columns = judge_scenarios(assessment.snapshot, scenarios, self.options, self.judged_now(assessment),
                                  known=assessment,
                                  records=self._outcome_records(), outcome_names=self.outcome_picker.names,
                                  earlier=self.model.columns) if len(scenarios) >= MIN_COLUMNS else []
        self.model.outcome_labels = self.outcome_picker.labels
        self.model.show(columns)
        self.chart.show_figures(option_figures([c.result for c in columns], names=[c.title for c in columns]))

    def scenarios(self) -> list[Scenario]:
        """The columns: each option picked under each outcome picked, options first."""
        return [Scenario(terms_id, outcome_id) for outcome_id in self.outcomes_picked for terms_id in self.picked]

    def _outcome_records(self) -> OutcomeRecords | None:
        """The outcomes' records, read again once the document's stored record (or its file) is another."""
        document = self.document
        if document is None or all(o is AS_SHOWN for o in self.outcomes_picked):
            return None
        records = self._records
        if records is None or records.stored is not document.snapshot or records.doc is not document.file:
            records = self._records = OutcomeRecords(document.file, self.points, document.outcome_choice,
                                                     document.snapshot)
        return records

    def _read_points(self) -> None:
        self.points = [] if self.document is None else branch_points(self.document.file)
        self.outcome_picker.set_points(self.points)
        known = {o.id for p in self.points for o in p.outcomes}
        self.outcomes_picked = [o for o in self.outcomes_picked if o is AS_SHOWN or o in known] or [AS_SHOWN]
        self._records = None

    def pick_outcome(self, outcome_id: int | None, checked: bool) -> None:
        """Cross the options with this outcome too (or no longer); at least one outcome stays."""
        order = list(self.outcome_picker.choices)
        if checked and self.outcomes_picked == [AS_SHOWN] and outcome_id is not AS_SHOWN:
            self.outcomes_picked = [outcome_id]      # the usual question: every option on this one answer
        elif checked and outcome_id not in self.outcomes_picked:
            wanted = [o for o in order if o in self.outcomes_picked or o == outcome_id]
            # The options give way to the outcomes: four columns at most.
            self.picked = self.picked[:max(1, MAX_COLUMNS // len(wanted))]
            self.outcomes_picked = wanted
        elif not checked and outcome_id in self.outcomes_picked and len(self.outcomes_picked) > 1:
            self.outcomes_picked = [o for o in self.outcomes_picked if o != outcome_id]
        self._update_boxes()
        self.refresh()

    # -- the options compared -------------------------------------------------------------------
    def _read_options(self) -> None:
        document = self.document
        if document is None:
            self.options = {}
        else:
            self.options = {t.id: t for t in load_options(document.file, terms_ids(document.file))}
        ids = list(self.options)
        kept = [i for i in self.picked if i in self.options]
        enough = len(kept) * len(self.outcomes_picked) >= MIN_COLUMNS or len(ids) < MIN_COLUMNS
        self.picked = kept if enough else ids[:self._options_room()]
        self._rebuild_boxes()

    def _rebuild_boxes(self) -> None:
        self.picker_menu.clear()
        self.choices = {}
        for terms_id, terms in self.options.items():
            action = self.picker_menu.addAction(terms.name)
            action.setObjectName(f"compareOption{terms_id}")
            action.setCheckable(True)
            action.toggled.connect(lambda checked, t=terms_id: self.pick(t, checked))
            self.choices[terms_id] = action
        self._update_boxes()

    def pick(self, terms_id: int, checked: bool) -> None:
        """Compare (or stop comparing) an option; two to four are compared at a time."""
        if checked and terms_id not in self.picked and len(self.picked) < self._options_room():
            self.picked = [i for i in self.options if i in self.picked or i == terms_id]
        elif not checked and terms_id in self.picked:
            self.picked = [i for i in self.picked if i != terms_id]
        self._update_boxes()
        self.refresh()

    def _options_room(self) -> int:
        return max(1, MAX_COLUMNS // max(1, len(self.outcomes_picked)))

    def _update_boxes(self) -> None:
        full = len(self.picked) >= self._options_room()
        self.outcome_picker.show_picked(self.outcomes_picked)
        for terms_id, action in self.choices.items():
            action.blockSignals(True)
            action.setChecked(terms_id in self.picked)
            action.blockSignals(False)
            action.setEnabled(terms_id in self.picked or not full)
        # The dock's title says "Options Compared" already: the button says how many, in few words.
        self.picker.setText(self.tr("{0} of {1} options").replace("{0}", str(len(self.picked)))
                            .replace("{1}", str(len(self.options))) + "  ")
        if self.judged_at.problem:
            text = self.judged_at.problem
        elif len(self.options) < MIN_COLUMNS and not self.points:
            text = self.tr("Add a second treaty option (Exercise › Treaty Terms) to compare options.")
        elif len(self.scenarios()) < MIN_COLUMNS:
            text = self.tr("Pick two to four options, or cross one option with two outcomes.")
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    # -- clicking ------------------------------------------------------------------------------
    def show_cell(self, index: QModelIndex) -> None:
        """Show what a value is about on the timeline, under its column's option."""
        if not index.isValid() or index.column() == 0 or self.document is None:
            return
        terms_id = index.data(TERMS_ROLE)
        if terms_id is not None:
            self.show_requested.emit(int(terms_id), index.data(OUTCOME_ROLE))
        about = index.data(ABOUT_ROLE)
        if about is not None:
            kind, item_id = about
            self.document.selection.select(kind, item_id)

    def _table_width(self) -> int:
        header = self.table.horizontalHeader()
        return header.length() + self.table.verticalScrollBar().sizeHint().width() + 4

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        if self.model.columnCount() == 0:
            return
        self.table.resizeColumnToContents(0)
        header.resizeSection(0, min(header.sectionSize(0), 270))
        for column in range(1, self.model.columnCount()):
            header.resizeSection(column, 150)
