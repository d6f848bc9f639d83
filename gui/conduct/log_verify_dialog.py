"""Exercise › Verify Log's answer: the verdict, the log's entries and head, its latest seal, and a
field for the head printed on a report or an export (which whoever edits the file cannot reach).

Not modal: the log dock stays usable beside it (the first altered entry is selected there).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from gui.conduct.log_entry_line import ERROR_STYLE
from model.services.log import LogVerification

_OK_STYLE = "color: #2e7d32; font-weight: bold;"
SEAL_DIGITS = 16


class LogVerifyDialog(QDialog):
    """``check_requested`` asks the dock to verify again (with the expected head now in the field)."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("logVerifyDialog")
        self.setWindowTitle(self.tr("Verify Log"))
        self.verdict = QLabel()
        self.verdict.setObjectName("logVerifyVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entries = QLabel()
        self.entries.setObjectName("logVerifyEntries")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.head = QLineEdit()
        self.head.setObjectName("logVerifyHead")
        self.head.setReadOnly(True)
        self.head.setFont(mono)
        self.head.setMinimumWidth(self.head.fontMetrics().horizontalAdvance("0" * 70))
        self.head.setToolTip(self.tr("The hash of the last entry: keep it (a printed report carries it too) "
                                     "to check this log against later"))
        copy = QPushButton(self.tr("&Copy"))
        copy.setObjectName("logVerifyCopy")
        copy.setToolTip(self.tr("Copy the head hash to the clipboard"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.head.text()))
        head_row = QHBoxLayout()
        head_row.addWidget(self.head, 1)
        head_row.addWidget(copy)
        self.seal = QLabel()
        self.seal.setObjectName("logVerifySeal")
        self.seal.setWordWrap(True)
        self.expected = QLineEdit()
        self.expected.setObjectName("logVerifyExpected")
        self.expected.setFont(mono)
        self.expected.setPlaceholderText(self.tr("Paste the head printed on a report or an export"))
        self.expected.setToolTip(self.tr("The whole hash, or its first 16 hex digits as page footers print it; "
                                         "the log must still contain it"))
        self.expected.returnPressed.connect(self.check_requested)
        check = QPushButton(self.tr("C&heck"))
        check.setObjectName("logVerifyCheck")
        check.clicked.connect(self.check_requested)
        expected_row = QHBoxLayout()
        expected_row.addWidget(self.expected, 1)
        expected_row.addWidget(check)

        form = QFormLayout()
        form.addRow(self.tr("Entries:"), self.entries)
        form.addRow(self.tr("Head hash:"), head_row)
        form.addRow(self.tr("Latest seal:"), self.seal)
        expected_label = QLabel(self.tr("&Expected head:"))
        expected_label.setBuddy(self.expected)
        form.addRow(expected_label, expected_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def expected_head(self) -> str | None:
        return self.expected.text().strip() or None

    def show_result(self, result: LogVerification | None, verdict: str, *, ok: bool) -> None:
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet(_OK_STYLE if ok else ERROR_STYLE)
        if result is not None:
            self.entries.setText(str(result.stored))
            self.head.setText(result.head_hash)
            seal = result.seal
            self.seal.setText(
                self.tr("#{0} of {1} ({2}): {3} entries, head {4}…").format(
                    seal.number, seal.when, seal.reason, seal.entries, seal.head_hash[:SEAL_DIGITS]) if seal else
                self.tr("none yet: the log is sealed at ENDEX and whenever a report, package or MSEL is exported"))
        self.show()
        self.raise_()
