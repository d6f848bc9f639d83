"""The Decision log dock: the exercise log as it is written, and the line to write it.

Newest entries arrive at the bottom (fetched incrementally on every stored
change and clock action) and the table follows them unless the user has
scrolled up to read; while its tab is behind another dock's, what arrived is
read when it comes forward (an edit then costs the log nothing). Entries are
never edited or removed: "Correct entry…"
writes a new entry that refers to the old one. "Verify log" checks the hash
chain, the latest seal and a head the user kept (gui/conduct/log_verify_dialog.py) and
selects the first entry that was altered outside Pactline.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QTableView,
    QToolButton, QVBoxLayout, QWidget,
)

from gui.core import settings
from gui.core.dock_sight import out_of_sight
from gui.core.document_bound import DocumentBound
from gui.conduct.log_entry_line import ERROR_STYLE, EntryLine
from gui.conduct.log_model import AUTHOR, CORRECTS, ID_ROLE, KIND, NUMBER, SCENARIO, TEXT, WALL, LogFilter, LogModel, kind_title
from gui.conduct.log_verify_dialog import LogVerifyDialog
from model.errors import PactlineError
from model.services.log import LOG_KINDS, LogVerification, verify_log

_OK_STYLE = "color: #2e7d32; font-weight: bold;"


def _action(parent, text: str, shortcut: str, tip: str, slot, name: str) -> QAction:
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
    action.setStatusTip(tip)
    action.setObjectName(name)
    action.triggered.connect(slot)
    return action


class LogDock(QDockWidget):
    """``entry_selected(id | None)`` follows the table's selection (also put in document.selection)."""

    entry_selected = Signal(object)
    message = Signal(str)      # a short confirmation for the status bar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Decision Log"), parent)
        self._bound = DocumentBound(self, {"changed": self._on_changed, "clock_changed": self.refresh})
        self.setObjectName("logDock")
        self._document = None
        self._original_author = ""
        # What changed while the dock was out of sight: "" nothing, "incidents" or "choices" (everything).
        self._behind: str | None = None
        self.visibilityChanged.connect(self._came_forward)
        self.model = LogModel(self)
        self.proxy = LogFilter(self)
        self.proxy.setSourceModel(self.model)

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("logKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in LOG_KINDS:
            self.kind_filter.addItem(kind_title(kind), kind)
        self.kind_filter.setToolTip(self.tr("Show only entries of one kind"))
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_kind(self.kind_filter.currentData()))
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("logTextFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter by text, author or #number"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        self.author = QLineEdit()
        self.author.setObjectName("logAuthor")
        self.author.setMaxLength(100)
        self.author.setPlaceholderText(self.tr("Your name"))
        self.author.setToolTip(self.tr("Author written into every log entry you make (kept for next time)"))
        self.author.editingFinished.connect(self._author_edited)
        author_label = QLabel(self.tr("&Author:"))
        author_label.setBuddy(self.author)

        self.view = QTableView()
        self.view.setObjectName("logView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setAccessibleName(self.tr("Exercise log"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        for column, sample in ((NUMBER, "8888"), (SCENARIO, "D+88 88:88:88"), (WALL, "88:88:88"),
                               (AUTHOR, "controller"), (CORRECTS, "corrects #888")):
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 18)
        bold = QFont(self.view.font())
        bold.setBold(True)
        self.view.setColumnWidth(KIND, max(QFontMetrics(bold).horizontalAdvance(kind_title(k)) for k in LOG_KINDS) + 18)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        bar = self.view.verticalScrollBar()
        self._follow = True
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._range_changed)

        self.verify_result = QLabel()
        self.verify_result.setObjectName("logVerifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setContentsMargins(6, 2, 6, 2)
        self.verify_result.hide()
        self._verify_dialog: LogVerifyDialog | None = None   # built on first use
        self.entry_line = EntryLine()
        self.entry_line.recorded.connect(self._recorded)

        self.record_action = _action(self, self.tr("Record &Decision"), "Ctrl+L",
                                     self.tr("Go to the log's entry line to record a decision, commitment, "
                                             "attendance or note"), self.focus_entry, "actionRecordDecision")
        self.verify_action = _action(self, self.tr("&Verify Log"), "Ctrl+Shift+V",
                                     self.tr("Check that no log entry was altered, removed or recomputed "
                                             "since it was written or sealed; show the log's head hash"),
                                     self.verify, "actionVerifyLog")
        self.correct_action = _action(self, self.tr("&Correct Log Entry…"), "Ctrl+Shift+L",
                                      self.tr("Record a correction of the selected log entry "
                                              "(the entry itself stays as written)"),
                                      self.correct_selected, "actionCorrectLogEntry")
        self.menu_actions: dict[str, list[QAction]] = {
            "exercise": [self.record_action, self.correct_action, self.verify_action]}
        verify_button = QToolButton()
        verify_button.setDefaultAction(self.verify_action)
        verify_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        correct_button = QToolButton()
        correct_button.setDefaultAction(self.correct_action)
        correct_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 0)
        top.setSpacing(4)
        top.addWidget(self.kind_filter)
        top.addWidget(self.text_filter, 1)
        top.addWidget(correct_button)
        top.addWidget(verify_button)
        top.addSpacing(8)
        top.addWidget(author_label)
        top.addWidget(self.author)
        self.author.setMinimumWidth(metrics.horizontalAdvance("M. Controller") + 20)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.entry_line)
        self.setWidget(body)
        self._update_enabled()

    # -- binding ---------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        self._document = document
        self.verify_result.hide()
        if self._verify_dialog is not None:
            self._verify_dialog.hide()
        self._follow = True
        self._behind = None   # the new document's entries are read below
        self._bound.bind(document)
        if document is not None:
            self._original_author = document.file.author
            stored = str(settings.value(settings.AUTHOR) or "").strip()
            if stored:
                document.file.author = stored
            self.author.setText(document.file.author)
        else:
            self.author.clear()
        self.model.set_document(document)
        self.entry_line.set_document(document)
        self._update_enabled()
        self.view.scrollToBottom()

    def refresh(self) -> None:
        self.catch_up()
        self.model.refresh()

    def _on_changed(self, report) -> None:
        if report.touches("exercise_info"):
            self.model.restamp()
        stale = "choices" if report.touches("signatory", "instrument") else \
            "incidents" if report.touches("incident", "inject") else ""
        if out_of_sight(self):
            if self._behind != "choices":
                self._behind = stale or self._behind or ""
            return
        self._reload(stale)
        self.model.refresh()

    def _reload(self, stale: str | None) -> None:
        if stale == "choices":
            self.entry_line.reload_choices()
        elif stale == "incidents":
            self.entry_line.reload_incidents()

    def catch_up(self) -> None:
        """Read what was written while the dock was out of sight."""
        stale, self._behind = self._behind, None
        if stale is not None:
            self._reload(stale)
            self.model.refresh()

    def _came_forward(self, visible: bool) -> None:
        if visible:
            self.catch_up()

    def _update_enabled(self) -> None:
        has = self._document is not None
        for action in (self.record_action, self.verify_action):
            action.setEnabled(has)
        self.correct_action.setEnabled(has and self.selected_entry_id() is not None)
        self.author.setEnabled(has)

    # -- following the newest entry ----------------------------------------------------------------
    def _scrolled(self, value: int) -> None:
        self._follow = value >= self.view.verticalScrollBar().maximum()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.view.verticalScrollBar().setValue(maximum)

    def following(self) -> bool:
        return self._follow

    # -- selection -------------------------------------------------------------------------------------
    def selected_entry_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        self.catch_up()
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():      # filtered out: show everything again
            self.kind_filter.setCurrentIndex(0)
            self.text_filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _selection_changed(self) -> None:
        entry_id = self.selected_entry_id()
        if self._document is not None:
            self._document.selection.select("log_entry", entry_id)
        self._update_enabled()
        self.entry_selected.emit(entry_id)

    def _context_menu(self, position) -> None:
        menu = QMenu(self.view)
        menu.addAction(self.correct_action)
        menu.addAction(self.verify_action)
        menu.popup(self.view.viewport().mapToGlobal(position))

    # -- actions ---------------------------------------------------------------------------------------
    def focus_entry(self) -> None:
        self.catch_up()
        self.show()
        self.raise_()
        self.entry_line.focus_entry()

    def correct_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None or self._document is None:
            return
        entry = self.model.entry(self.model.row_of(entry_id))
        self.show()
        self.raise_()
        self.entry_line.start_correction(entry_id, entry.text)

    def verify(self) -> LogVerification | None:
        """Check the chain, the latest seal and the head pasted in the Verify Log dialog (if any)."""
        if self._document is None:
            return None
        self.refresh()
        dialog = self.verify_dialog()
        try:
            result = verify_log(self._document.file, expect_head=dialog.expected_head())
        except PactlineError as err:
            self._show_verification(str(err), ok=False)
            dialog.show_result(None, str(err), ok=False)
            return None
        seal = result.seal
        if result.intact:
            text = self.tr("Log intact: {0} entries, hash chain verified").format(result.entries)
            if seal is not None:
                text += self.tr(", matches seal #{0} of {1}").format(seal.number, seal.when)
            if result.expected_head is not None:
                text += (self.tr("; it contains the head you gave (the empty log's)") if result.expected_at == 0
                         else self.tr("; it contains the head you gave (entry #{0})").format(result.expected_at))
        elif result.missing_id is not None:
            if result.first_bad_id == result.missing_id + 1:
                text = self.tr("Entry #{0} is missing: it was removed from the file, so the link of entry #{1} "
                               "to the entry before it is broken").format(result.missing_id, result.first_bad_id)
            else:
                text = self.tr("Entries #{0}–#{1} are missing: they were removed from the file, so the link of "
                               "entry #{2} to the entry before it is broken").format(
                                   result.missing_id, result.first_bad_id - 1, result.first_bad_id)
            self.select_entry(result.first_bad_id)
        elif not result.chain_intact:
            reason = result.reason.replace(" (", " — ").rstrip(")")
            text = self.tr("Entry #{0} was altered after it was written ({1})").format(result.first_bad_id, reason)
            self.select_entry(result.first_bad_id)
        elif result.missing:
            text = (self.tr("Log truncated: 1 entry after seal #{0} of {1} is missing") if result.missing == 1 else
                    self.tr("Log truncated: {2} entries after seal #{0} of {1} are missing")).format(
                seal.number, seal.when, result.missing)
        elif result.rewritten_id is not None:
            text = self.tr("Log rewritten since seal #{0} of {1}: entry #{2} no longer has the hash sealed then "
                           "(the log's hashes were recomputed)").format(seal.number, seal.when, result.rewritten_id)
            self.select_entry(result.rewritten_id)
        else:
            text = self.tr("Log rewritten: it does not contain the head {0} printed on the report or export").format(
                result.expected_head)
        self._show_verification(text, ok=result.intact)
        dialog.show_result(result, text, ok=result.intact)
        return result

    def verify_dialog(self) -> LogVerifyDialog:
        if self._verify_dialog is None:
            self._verify_dialog = LogVerifyDialog(self)
            self._verify_dialog.check_requested.connect(self.verify)
        return self._verify_dialog

    def _show_verification(self, text: str, *, ok: bool) -> None:
        self.show()
        self.raise_()
        self.verify_result.setText(text)
        self.verify_result.setStyleSheet(_OK_STYLE if ok else ERROR_STYLE)
        self.verify_result.show()
        self.message.emit(text)

    def _author_edited(self) -> None:
        if self._document is None:
            return
        name = self.author.text().strip()
        settings.set_value(settings.AUTHOR, name)
        self._document.file.author = name or self._original_author
        if not name:
            self.author.setText(self._original_author)

    def _recorded(self, text: str) -> None:
        self._follow = True
        self.model.refresh()
        self.view.scrollToBottom()
        self.message.emit(text)
