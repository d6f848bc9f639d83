"""The MSEL import dialog: mapping a spreadsheet's columns to inject fields, and its undo command.

The dialog shows the file's columns each with the inject field it imports
into (guessed from the header, changeable), a preview of the rows as they
would be stored, and every refused cell. Import is enabled only when every
row is valid; it is then one undo step (one create_injects call).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QSplitter, QTabWidget, QFrame,
    QTableView, QTableWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from gui.core import dialogs
from gui.conduct.msel_import_options import ImportOptionsBar
from gui.conduct import msel_reader
from gui.conduct.msel_import_command import ImportMselCommand
from gui.conduct.msel_preview_model import PreviewModel
from gui.conduct.msel_mapping_table import fill_mapping_table
from gui.conduct.msel_profile_actions import load_mapping, save_mapping
from gui.conduct.msel_sheet_choice import SheetChoice, SheetSwitching, plan_ticked
from gui.conduct.msel_value_maps import ValueMapPanel, remember_maps, remembered_maps
from gui.core.i18n import tr
from model.display_names import catalogue_text
from model.errors import PactlineError, ValidationError
from model.msel.columns import guess_mapping
from model.msel.importing import CellProblem, ImportPlan, plan_import
from model.msel.spreadsheets import MselImportError, MselTable, read_msel
from model.msel.values import key as value_key
from model.plural import plural
from model.queries import exercise_info, incident_types

MAX_LISTED_PROBLEMS = 500
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2   # the Values tab's row that answers the problem, or None


# -- the dialog -----------------------------------------------------------------------------------------
class MselImportDialog(SheetSwitching, QDialog):
    """Map the columns of one MSEL file, see every problem, import when all rows are valid."""

    imported = Signal(object)   # tuple of the created inject ids
    table_read = Signal(object)  # a sheet read again in the worker (another sheet, another header row)

    def __init__(self, document, path: Path, table: MselTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mselImportDialog")
        self.setWindowTitle(tr("Import MSEL — {0}").format(path.name))
        self.document, self.path, self.table = document, Path(path), table
        self.plan: ImportPlan | None = None
        self.phased = None               # several sheets ticked: their PhasedPlan
        self.read_tables: dict[str, MselTable] = {}             # sheet -> as read (with its header row)
        self.saved_mappings: dict[str | None, dict[int, str | None]] = {}   # sheet -> its mapping, when not shown
        self.header_choice: dict[str | None, int | None] = {}
        self.other_problems: list[CellProblem] = []
        self.command: ImportMselCommand | None = None
        self._startex = exercise_info(document.file).startex

        self.source_label = QLabel()
        self.source_label.setObjectName("mselSource")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setToolTip(tr("The sheet of the workbook to import"))
        self.sheet_label = QLabel(tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_choice = SheetChoice()
        self.sheet_choice.toggled.connect(self._sheet_ticked)
        self.read_bar = msel_reader.ReadProgressBar()
        self.reads = msel_reader.SheetReads(self.path, self.read_bar, self)
        self.reads.failed.connect(self._unreadable)
        self.reads.cancelled.connect(self._read_cancelled)
        self.options_bar = ImportOptionsBar()
        self.notices = QLabel()
        self.notices.setObjectName("mselNotices")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("QLabel { color: #6d4c41; }")
        # A real sheet gives five or six notices: they scroll past four lines rather than squeeze the tables.
        self.notices_area = QScrollArea()
        self.notices_area.setObjectName("mselNoticesArea")
        self.notices_area.setWidget(self.notices)
        self.notices_area.setWidgetResizable(True)
        self.notices_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notices.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels([tr("Column in the file"), tr("Imports as"), tr("First value")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setWordWrap(False)
        self.mapping_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.mapping_table.setAccessibleName(tr("Column mapping"))

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("previewTable")
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.setAccessibleName(tr("Preview of the injects as they would be imported"))
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)   # the additional fields take what is left
        self.preview.verticalHeader().setToolTip(tr("Row number in the file"))
        self.preview_title = QLabel()
        self.preview_title.setObjectName("previewTitle")

        self.errors = QTreeWidget()
        self.errors.setObjectName("errorList")
        self.errors.setHeaderLabels([tr("Row"), tr("Column"), tr("Problem")])
        self.errors.setRootIsDecorated(False)
        self.errors.setAlternatingRowColors(True)
        self.errors.setAccessibleName(tr("Problems found in the file"))
        self.errors.currentItemChanged.connect(lambda item, _old: self.show_problem(item))
        self.errors.itemClicked.connect(lambda item, _column: self.show_problem(item))
        self.errors.itemActivated.connect(lambda item, _column: self.show_value_of(item))
        self.value_panel = ValueMapPanel(self)
        self.value_panel.set_incident_types([(k.code, catalogue_text(k.name)) for k in incident_types(document.file)])
        self.value_panel.maps = remembered_maps()
        self.value_panel.changed.connect(self.revalidate)
        self.notation_label = QLabel()
        self.notation_label.setObjectName("notationSummary")
        self.notation_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.save_mapping_button = self.buttons.addButton(tr("&Save mapping…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_mapping_button.setToolTip(tr("Save the columns, time reading and value choices as a profile, "
                                               "for the next sheet (and for pactline --mapping)"))
        self.load_mapping_button = self.buttons.addButton(tr("&Load mapping…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.load_mapping_button.setToolTip(tr("Apply a saved mapping profile to this sheet"))
        self.save_mapping_button.clicked.connect(lambda: save_mapping(self))
        self.load_mapping_button.clicked.connect(lambda: load_mapping(self))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.options_bar.changed.connect(self.revalidate)
        self.options_bar.header_changed.connect(self._header_changed)
        self.load_table(table)
        self.resize(1180, 720)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.source_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_combo)
        top.addWidget(self.sheet_choice, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("<b>Columns</b> — choose what each one imports as")))
        left_layout.addWidget(self.mapping_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_title)
        right_layout.addWidget(self.preview)
        across = QSplitter(Qt.Orientation.Horizontal)
        across.addWidget(left)
        across.addWidget(right)
        # A wider screen gives the columns a third of its extra width: their first values were cut at 1920 px
        # (and the Italian choices scrolled) while the preview's columns stopped at 280 px.
        across.setStretchFactor(0, 1)
        across.setStretchFactor(1, 2)
        across.setSizes([480, 700])
        problems = QWidget()
        bottom_layout = QVBoxLayout(problems)
        bottom_layout.setContentsMargins(4, 4, 4, 4)
        bottom_layout.addWidget(QLabel(tr("<b>Problems</b> — click one to see its cell")))
        bottom_layout.addWidget(self.errors)
        # The value step shares the lower pane with the problems: a value it reads differently is a
        # problem fewer, and both want the width.
        self.lower_tabs = bottom = QTabWidget()
        self.lower_tabs.setObjectName("importLowerTabs")
        self.lower_tabs.addTab(problems, tr("Problems"))
        self.lower_tabs.addTab(self.value_panel, tr("Values"))
        self.lower_tabs.setTabToolTip(1, tr("What each value of the inject type, incident type, severity and "
                                            "method columns is imported as"))
        down = QSplitter(Qt.Orientation.Vertical)
        down.addWidget(across)
        down.addWidget(bottom)
        down.setStretchFactor(0, 3)
        down.setStretchFactor(1, 1)   # a taller screen lists more problems and values, not only more preview
        down.setSizes([510, 130])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_bar)
        layout.addWidget(self.options_bar)
        layout.addWidget(self.notices_area)
        layout.addWidget(down, 1)
        layout.addWidget(self.notation_label)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.buttons)
        layout.addLayout(footer)

    # -- filling ---------------------------------------------------------------------------------
    def load_table(self, table: MselTable, mapping: dict[int, str | None] | None = None) -> None:
        self.table = table
        if table.sheet:
            self.read_tables[table.sheet] = table
            self.header_choice.setdefault(table.sheet, self.options_bar.header_row())
        kind = tr("sheet '{0}' of ").format(table.sheet) if table.sheet else ""
        header = tr("header in row {0}").format(table.header_row) if table.header_row else tr("no header row")
        self.source_label.setText(tr("{0} rows from {1}{2} ({3})").format(len(table.rows), kind, self.path.name,
                                                                         header))
        self.source_label.setToolTip(str(self.path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheets)
        self.sheet_combo.setCurrentText(table.sheet or "")
        self.sheet_combo.blockSignals(False)
        if not self.sheet_choice.boxes and len(table.sheets) > 1:
            self.sheet_choice.set_sheets(table.sheets, [table.sheet or ""])
        for widget in (self.sheet_combo, self.sheet_label, self.sheet_choice):
            widget.setVisible(len(table.sheets) > 1)
        guessed = mapping if mapping is not None else guess_mapping(table.headers)
        fill_mapping_table(self.mapping_table, table, guessed, self.revalidate)
        self.revalidate()

    def combo_for(self, column: int) -> QComboBox:
        return self.mapping_table.cellWidget(column, 1)

    def mapping(self) -> dict[int, str | None]:
        return {column: self.combo_for(column).currentData() for column in range(len(self.table.headers))}

    def set_field(self, column: int, field: str | None) -> None:
        combo = self.combo_for(column)
        combo.setCurrentIndex(combo.findData(field) if field else 0)

    def revalidate(self) -> None:
        options = replace(self.options_bar.options(), value_maps=self.value_panel.maps)
        ticked = self.sheet_choice.ticked() if len(self.table.sheets) > 1 else []
        if len(ticked) > 1:
            self.phased, self.plan, self.other_problems = plan_ticked(self, ticked, options)
        else:
            self.phased, self.other_problems = None, []
            self.plan = plan_import(self.document.file, self.table, self.mapping(), options=options)
            if len(self.table.sheets) > 1 and not ticked:
                self.other_problems = [CellProblem(None, None, "", tr("no sheet is ticked: tick the sheets to "
                                                                      "import"))]
        self.value_panel.set_choices(self.plan.value_choices)
        self.preview_model.set_plan(self.plan, self._startex)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 280))
        self.preview_title.setText(tr("<b>Preview</b> — {0} injects as they would be imported").format(
            len(self.plan.rows)))
        notices = (self.phased.notices if self.phased else []) + self.plan.notices
        self.notices.setText("\n".join(notices))
        self.notices_area.setVisible(bool(notices))
        lines = min(len(notices), 4)   # as tall as the notices, up to four lines; then it scrolls
        self.notices_area.setFixedHeight(self.notices.fontMetrics().lineSpacing() * lines + 6)
        # Said outright: "as needed" left the bar hidden after the height changed, the fifth notice cut in half.
        self.notices_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn if len(notices) > 4
                                                     else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        summary = self.plan.notation_counts()
        self.notation_label.setText(tr("Times understood as: {0}").format(summary) if summary
                                    else tr("No times understood yet."))
        self._fill_problems(self.plan.problems + self.other_problems)

    def reading_started(self) -> None:
        """A sheet is being read: Import waits for it."""
        if self.plan is not None:
            self._fill_problems(self.plan.problems + self.other_problems)

    def import_count(self) -> int:
        if self.phased is not None:
            return self.phased.row_count
        return len(self.plan.rows) if self.plan is not None else 0

    def _fill_problems(self, problems: list[CellProblem]) -> None:
        self.errors.clear()
        shown = self.plan.problems if self.plan is not None else []
        to_choose = set()   # the Values tab's rows a problem waits for (a method "as written" waits for none)
        for problem in problems[:MAX_LISTED_PROBLEMS]:
            message = problem.message
            value = self._value_to_choose(problem) if problem in shown else None
            if value is not None:
                to_choose.add(value)
                # Said where the planner looks: the fix is a choice in the other tab, not in the file.
                message = tr("{0}; choose what it means in the Values tab").format(message)
            item = QTreeWidgetItem(["" if problem.row is None else str(problem.row), problem.header, message])
            item.setToolTip(2, str(replace(problem, message=message)))
            item.setData(0, ROW_ROLE, (problem.row, problem.column))
            item.setData(0, VALUE_ROLE, value)
            self.errors.addTopLevelItem(item)
        listed = len(self.plan.value_choices) if self.plan is not None else 0
        self.lower_tabs.setTabText(1, tr("Values ({0}, {1} to choose)").format(listed, len(to_choose)) if to_choose
                                   else tr("Values ({0})").format(listed))
        if not problems:
            none = QTreeWidgetItem(["", "", tr("No problems found.")])
            none.setForeground(2, QBrush(QColor("#616161")))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.errors.addTopLevelItem(none)
        if len(problems) > MAX_LISTED_PROBLEMS:
            self.errors.addTopLevelItem(QTreeWidgetItem(["", "", tr("… and {0} more").format(
                len(problems) - MAX_LISTED_PROBLEMS)]))
        self.errors.resizeColumnToContents(0)
        self.errors.setColumnWidth(1, max(120, min(self.errors.columnWidth(1), 200)))
        read_only = self.document.file.read_only
        valid = not problems and bool(self.import_count()) and not read_only and not self.reads.busy()
        self.import_button.setEnabled(valid)
        self.import_button.setText(tr("&Import {0} injects").format(self.import_count()) if valid
                                   else tr("&Import"))
        if read_only:
            self.summary.setText(tr("This exercise is open read-only: nothing can be imported."))
        elif problems:
            self.summary.setText(plural(len(problems), tr("{0} problem: correct the file or the column mapping. "
                                                          "Nothing is imported until every row is valid."),
                                        tr("{0} problems: correct the file or the column mapping. Nothing is "
                                           "imported until every row is valid.")))
        else:
            self.summary.setText(tr("Every row is valid."))
        self.summary.setStyleSheet("QLabel { color: #b71c1c; }" if problems or read_only else
                                   "QLabel { color: #2e7d32; }")

    def problem_rows(self) -> list[tuple[str, str, str]]:
        """(row, column, problem) as listed, for tests and screen readers."""
        items = [self.errors.topLevelItem(i) for i in range(self.errors.topLevelItemCount())]
        return [tuple(item.text(c) for c in range(3)) for item in items if item.data(0, ROW_ROLE) is not None]

    def _value_to_choose(self, problem: CellProblem) -> int | None:
        """The Values tab's row of the value *problem* refuses, when that value still awaits a choice."""
        if problem.row is None or problem.column is None or self.plan is None:
            return None
        cells = next((row.cells for row in self.table.rows if row.number == problem.row), None)
        if cells is None or problem.column >= len(cells):
            return None
        refused = value_key(cells[problem.column])
        return next((index for index, choice in enumerate(self.plan.value_choices)
                     if choice.column == problem.column and choice.chosen is None
                     and value_key(choice.text) == refused), None)

    def show_value_of(self, item: QTreeWidgetItem | None) -> None:
        """A problem the Values tab can answer, activated (double-click, Enter): that tab, at its value."""
        if item is None or item.data(0, VALUE_ROLE) is None:
            return
        row = item.data(0, VALUE_ROLE)
        self.lower_tabs.setCurrentWidget(self.value_panel)
        self.value_panel.table.selectRow(row)
        combo = self.value_panel.combo_for(row)
        if combo is not None:
            combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, item: QTreeWidgetItem | None) -> None:
        """Highlight the refused cell in the preview (and its column in the mapping)."""
        if item is None or item.data(0, ROW_ROLE) is None:
            return
        row, column = item.data(0, ROW_ROLE)
        if column is not None:
            self.mapping_table.selectRow(column)
        name = self.plan.mapping.get(column) if column is not None else None
        if row is None or name is None:
            return
        index = self.preview_model.cell_of(row, name)
        if index.isValid():
            self.preview.setCurrentIndex(index)
            self.preview.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def done(self, result: int) -> None:
        self.reads.stop()   # no reading thread outlives the dialog
        super().done(result)

    # -- importing ---------------------------------------------------------------------------------
    def do_import(self) -> None:
        """One undo step; a refusal by the service stays in the dialog, beside its row."""
        self.revalidate()   # the exercise may have changed since the dialog opened
        if not self.import_button.isEnabled():
            return
        phased = self.phased
        if phased is not None:
            command = ImportMselCommand(self.document, phased.entries(), tr("Import {0} injects from {1} sheets of "
                                        "{2}").format(phased.row_count, len(phased.plans), self.path.name),
                                        window=phased.window)
        else:
            command = ImportMselCommand(self.document, self.plan.entries(),
                                        tr("Import {0} injects from {1}").format(len(self.plan.rows), self.path.name),
                                        window=self.plan.proposed_window)
        try:
            command.first_redo()
        except ValidationError as err:
            self._refused((phased or self.plan).problem_for(err))
            return
        except PactlineError as err:
            self._refused(CellProblem(None, None, "", str(err)))
            return
        self.document.undo_stack.push(command)
        remember_maps(self.value_panel.maps)   # the next sheet of the same programme needs the same choices
        self.command = command
        self.imported.emit(command.created_ids)
        self.accept()

    def _refused(self, problem: CellProblem) -> None:
        self.plan.problems.append(problem)
        self._fill_problems(self.plan.problems)
        self.import_button.setEnabled(False)


def _document_of(target):
    return target if hasattr(target, "undo_stack") else target.document


def import_msel(target, path: Path | str, parent: QWidget | None = None, *, opened=None
                ) -> MselImportDialog | None:
    """Read *path* and open the mapping dialog for a window (with ``document``) or a document.

    A file that cannot be read at all is reported in a message box; returns None then. A large file is
    read in a worker thread under a progress window (returns None; *opened(dialog)* is called when the
    dialog opens, as it is for a small file).
    """
    document = _document_of(target)
    if document is None:
        return None
    parent = parent if parent is not None else (target if isinstance(target, QWidget) else None)
    path = Path(path)

    def show(table: MselTable) -> MselImportDialog:
        dialog = MselImportDialog(document, path, table, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if opened is not None:
            opened(dialog)
        return dialog

    def refused(text: str) -> None:
        dialogs.show_error(parent, tr("Cannot import the MSEL"), text)

    try:
        large = path.stat().st_size >= msel_reader.BACKGROUND_FROM
    except OSError:
        large = False   # read_msel says what is wrong with the file
    if large:
        msel_reader.read_in_background(path, parent, show, refused)
        return None
    try:
        table = read_msel(path)
    except MselImportError as err:
        refused(str(err))
        return None
    return show(table)
