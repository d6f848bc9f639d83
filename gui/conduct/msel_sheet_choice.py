"""Which sheets of a workbook the MSEL import dialog imports: one, or several as phases.

A row of check boxes, one per sheet, beside the sheet shown. While one sheet
is ticked the tick follows the sheet shown (the dialog picks one sheet, as
before); once the planner ticks a second, each box is the planner's own.
Each sheet keeps what was read of it and its own column mapping, so that
sheets with different headers are each mapped once.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

from gui.conduct.msel_import_options import ImportOptionsBar
from gui.conduct.msel_reader import SheetReads

from gui.core import dialogs
from gui.core.i18n import tr
from model.msel.spreadsheets import MselImportError, MselTable
from model.plural import plural


class SheetChoice(QWidget):
    """Check boxes for the sheets to import; ``toggled(sheet, on)`` after the planner ticks one."""

    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sheetChoice")
        self.boxes: dict[str, QCheckBox] = {}
        self._inner = QWidget()
        self._row = QHBoxLayout(self._inner)
        self._row.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea()   # a workbook of twenty sheets scrolls rather than widening the dialog
        area.setWidget(self._inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFixedHeight(self.fontMetrics().height() + 14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(tr("Import sheets:"))
        layout.addWidget(self.caption)
        layout.addWidget(area, 1)

    def set_sheets(self, sheets: list[str], ticked: list[str]) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        while self._row.count():
            self._row.takeAt(0)
        for sheet in sheets:
            box = QCheckBox(sheet)
            box.setObjectName(f"sheetCheck:{sheet}")
            box.setToolTip(tr("Import this sheet; several sheets are imported together, each sheet's name "
                              "becoming the phase of its injects that name none"))
            box.setChecked(sheet in ticked)
            box.toggled.connect(lambda on, name=sheet: self.toggled.emit(name, on))
            self.boxes[sheet] = box
            self._row.addWidget(box)
        self._row.addStretch(1)

    def ticked(self) -> list[str]:
        return [sheet for sheet, box in self.boxes.items() if box.isChecked()]

    def tick_only(self, sheet: str) -> None:
        """The tick follows the sheet shown (no ``toggled``: the planner did not tick it)."""
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name == sheet)
            box.blockSignals(False)


def carried_mapping(table: MselTable, earlier: MselTable | None, earlier_mapping: dict[int, str | None]
                    ) -> dict[int, str | None] | None:
    """The mapping chosen for *earlier* when *table* has the same headers (a programme's day sheets), else None."""
    if earlier is not None and earlier.headers == table.headers:
        return dict(earlier_mapping)
    return None


class SheetSwitching:
    """The import dialog's moves between sheets: show one, tick one, read one again with another header row."""

    # The import dialog's own, which these methods work on (declared for the type checker).
    table: MselTable
    read_tables: dict[str, MselTable]
    saved_mappings: dict[str | None, dict[int, str | None]]
    header_choice: dict[str | None, int | None]
    sheet_combo: QComboBox
    sheet_choice: SheetChoice
    options_bar: ImportOptionsBar
    reads: SheetReads
    table_read: SignalInstance
    mapping: Callable[[], dict[int, str | None]]
    load_table: Callable[..., None]
    revalidate: Callable[[], None]
    reading_started: Callable[[], None]

    def _sheet_chosen(self, sheet: str) -> None:
        """Show another sheet: its own table and mapping (read when first shown)."""
        if not sheet or sheet == self.table.sheet:
            return
        self.saved_mappings[self.table.sheet] = self.mapping()
        if len(self.sheet_choice.ticked()) <= 1:
            self.sheet_choice.tick_only(sheet)
        header = self._header_for(sheet)
        self.options_bar.show_header_row(header)
        if sheet in self.read_tables:
            self._show(self.read_tables[sheet])
        else:
            self._read(sheet, header, self._show)

    def _header_for(self, sheet: str) -> int | None:
        """The header row *sheet* was read with; a sheet not read yet is read as the one shown was (a
        programme's day sheets share a layout)."""
        return self.header_choice[sheet] if sheet in self.header_choice else self.header_choice.get(self.table.sheet)

    def _show(self, table: MselTable) -> None:
        mapping = self.saved_mappings.get(table.sheet) or carried_mapping(table, self.table, self.mapping())
        self.load_table(table, mapping)

    def _header_changed(self) -> None:
        sheet = self.table.sheet
        wanted = self.options_bar.header_row()

        def arrived(table: MselTable) -> None:
            self.saved_mappings.pop(sheet, None)   # other headers: guessed afresh
            self.load_table(table)
        self._read(sheet, wanted, arrived)

    def _sheet_ticked(self, sheet: str, on: bool) -> None:
        if on and sheet not in self.read_tables:
            self._read(sheet, self._header_for(sheet), lambda table: self.revalidate())
        ticked = self.sheet_choice.ticked()
        if len(ticked) == 1 and ticked[0] != self.table.sheet:
            self.sheet_combo.setCurrentText(ticked[0])   # one sheet to import: it is the one shown
            return
        self.revalidate()

    def _read(self, sheet: str | None, header_row: int | None, then) -> None:
        """Read *sheet* with *header_row* in the worker and hand the table to *then*; the dialog stays usable."""
        def arrived(table: MselTable) -> None:
            if table.sheet:
                self.read_tables[table.sheet] = table
                self.header_choice[table.sheet] = header_row
            then(table)
            self.table_read.emit(table)

        self.reads.read(sheet, header_row, arrived)
        self.reading_started()   # Import waits for the read

    def _read_cancelled(self, sheet: str | None) -> None:
        """The planner stopped a read: the dialog shows the sheet it showed before, as it was."""
        self.options_bar.show_header_row(self.header_choice.get(self.table.sheet))
        self._unreadable(sheet, None)

    def _unreadable(self, sheet: str | None, text: str | None) -> None:
        """A read that failed (*text* says why) or was cancelled: back to the sheet shown before."""
        if text is not None:
            dialogs.show_error(cast(QWidget, self), tr("Cannot read the sheet"), text)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.setCurrentText(self.table.sheet or "")
        self.sheet_combo.blockSignals(False)
        box = self.sheet_choice.boxes.get(sheet or "")
        if box is not None and sheet != self.table.sheet:
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        if len(self.sheet_choice.ticked()) <= 1:
            self.sheet_choice.tick_only(self.table.sheet or "")
        self.revalidate()

def plan_ticked(dialog, ticked: list[str], options):
    """(phased plan or None, the shown sheet's plan, problems of the other sheets) for several ticked sheets.

    Each sheet is checked with its own mapping (the shown one's as the combos say); a sheet not yet
    read counts as a problem until its table arrives.
    """
    from model.msel.columns import guess_mapping
    from model.msel.importing import CellProblem, plan_import
    from model.msel.phases import plan_tables

    shown = dialog.table.sheet
    waiting = [sheet for sheet in ticked if sheet not in dialog.read_tables]
    others: list[CellProblem] = [CellProblem(None, None, "", tr("sheet '{0}' is still being read").format(sheet))
                                 for sheet in waiting]
    tables = []
    for sheet in ticked:
        if sheet in waiting:
            continue
        table = dialog.read_tables[sheet]
        mapping = dialog.mapping() if sheet == shown else dialog.saved_mappings.get(sheet) or \
            carried_mapping(table, dialog.table, dialog.mapping()) or guess_mapping(table.headers)
        tables.append((sheet, table, mapping))
    phased = None
    try:
        phased = plan_tables(dialog.document.file, dialog.path.name, tables, options=options)
    except MselImportError as err:
        others.append(CellProblem(None, None, "", err.message))
    plans = dict(phased.plans) if phased is not None else {}
    plan = plans.get(shown) or plan_import(dialog.document.file, dialog.table, dialog.mapping(), options=options)
    for sheet, other in plans.items():
        if sheet != shown and other.problems:
            text = plural(len(other.problems), tr("sheet '{1}': {0} problem; show the sheet to see it"),
                          tr("sheet '{1}': {0} problems; show the sheet to see them"))
            others.append(CellProblem(None, None, "", text.replace("{1}", sheet)))
    return (None if waiting else phased), plan, others
