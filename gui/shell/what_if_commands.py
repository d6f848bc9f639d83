"""What-if mode in the main window: enter, apply, discard, the WHAT-IF strip and the difference from the record.

The strip sits under the marking banner, above every view of the window, and
says in one line how the what-if differs from the record; "Details" opens the
figures side by side. The commands live in Edit › What-If.

Leaving the exercise (closing the window, quitting, opening or importing
another file) while a what-if holds changes asks first (``settle``): apply
them, save them as a variant, discard them, or stay. Nothing is lost unasked.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QHBoxLayout, QLabel, QMenu, QMessageBox, QToolButton, QVBoxLayout, QWidget,
)

from gui.core.actions import make_action
from gui.core.i18n import tr
from model.errors import PactlineError
from model.what_if_difference import Difference, Figures, difference, difference_line

if TYPE_CHECKING:
    from gui.core.document import ExerciseDocument
    from gui.shell.main_window import MainWindow

WHAT_IF_COLOUR = "#ffd54f"   # amber: unmistakable beside every marking colour, black text reads on it
APPLY, SAVE_VARIANT, DISCARD = "apply", "variant", "discard"


def ask_leave_what_if(parent: QWidget | None, title: str, text: str, choices: list[str]) -> str | None:
    """APPLY, SAVE_VARIANT or DISCARD (those of *choices* offered), or None to stay; tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(tr("Apply makes them one edit of the record (one log entry, one Undo). "
                              "Discard forgets them: the record stays as it is."))
    labels = {APPLY: (tr("&Apply to the Record"), QMessageBox.ButtonRole.AcceptRole),
              SAVE_VARIANT: (tr("&Save as Variant…"), QMessageBox.ButtonRole.ActionRole),
              DISCARD: (tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)}
    buttons: dict[QAbstractButton, str] = {box.addButton(*labels[choice]): choice for choice in choices}
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())


class WhatIfStrip(QWidget):
    """WHAT-IF, the difference line, and (on demand) the panel of figures."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whatIfStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"QWidget#whatIfStrip {{ background: {WHAT_IF_COLOUR}; }} "
                           "QWidget#whatIfStrip QLabel { color: #000000; }")
        self.title = QLabel(tr("WHAT-IF — not the record"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.line = QLabel()
        self.line.setObjectName("whatIfDifference")
        self.details_button = QToolButton()
        self.details_button.setText(tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(tr("Show the record's and the what-if's figures side by side"))
        self.panel = QLabel()
        self.panel.setObjectName("whatIfPanel")
        self.panel.setTextFormat(Qt.TextFormat.RichText)
        self.panel.setContentsMargins(8, 0, 8, 4)
        self.panel.setVisible(False)
        self.details_button.toggled.connect(self.panel.setVisible)
        row = QHBoxLayout()
        row.setContentsMargins(8, 2, 8, 2)
        row.setSpacing(16)
        row.addWidget(self.title)
        row.addWidget(self.line, 1)
        row.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.panel)
        self.difference: Difference | None = None

    def show_difference(self, d: Difference) -> None:
        self.difference = d
        self.line.setText(difference_line(d))
        self.line.setToolTip(difference_line(d, most=99))
        columns = [(tr("Met"), "met"), (tr("Missed"), "missed"), (tr("Pending"), "pending"),
                   (tr("Parliamentary gates"), "gates"), (tr("Gates broken"), "gate_violations"),
                   (tr("Proportionality gaps"), "gaps")]
        # The standing provisions as the comparison counts them: the bound parties' milestones overdue.
        milestones = tr("Provision milestones overdue")
        head = "".join(f"<th>{label}</th>" for label, _name in columns) + f"<th>{milestones}</th>"
        rows = "".join(f"<tr><td>{side}</td>" + "".join(f"<td align='right'>{getattr(figures, name)}</td>"
                                                         for _label, name in columns)
                       + f"<td align='right'>{_milestones_text(figures)}</td></tr>"
                       for side, figures in ((tr("Record"), d.record), (tr("What-if"), d.what_if)))
        later = "<br>".join(_later_texts(d))
        self.panel.setText(f"<table cellpadding='2' cellspacing='6'><tr><td></td>{head}</tr>{rows}</table>"
                           + (f"<p style='margin-left:8px'>{later}</p>" if later else ""))


def _milestones_text(figures: Figures) -> str:
    """"2 of 12": of the milestones the parties bound then owe, how many are overdue."""
    return tr("{0} of {1}").replace("{0}", str(figures.milestones_overdue)).replace("{1}", str(figures.milestones))


def _later_texts(d: Difference) -> list[str]:
    return [tr("{0}: worst consultation {1} h late (record: {2} h)").format(
        c.code, round(c.what_if_late_s / 3600), round(c.record_late_s / 3600)) for c in d.later]


class WhatIfCommands:
    """Edit › What-If: enter, discard; the strip follows the document."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.document: ExerciseDocument | None = None
        self.strip = WhatIfStrip()
        self.strip.setVisible(False)
        self.enter = make_action(window, tr("&What-If Mode"), ["Ctrl+Shift+W"],
                                 tr("Try changes on a scratch copy: the record and its log are not touched"),
                                 self.toggle, checkable=True, name="actionWhatIf")
        self.discard = make_action(window, tr("&Discard What-If"), [],
                                   tr("Leave what-if mode and forget its changes; the record is as it was"),
                                   self.discard_what_if, name="actionDiscardWhatIf")
        self.apply = make_action(window, tr("&Apply What-If to the Record"), [],
                                 tr("Make the what-if's changes in the record as one edit (one log entry, one Undo); "
                                    "the record is backed up first"), self.apply_what_if, name="actionApplyWhatIf")
        self.save_variant: Callable[[], bool] | None = None    # once variants can be saved (gui/shell/variant_commands.py)
        self.menu = QMenu(tr("What-&If"), window)
        self.menu.addActions([self.enter, self.apply, self.discard])
        self.set_document(None)

    def actions(self) -> list[QAction]:
        return [self.enter, self.apply, self.discard]

    def set_document(self, document: ExerciseDocument | None) -> None:
        if document is self.document:
            self.sync()
            return
        if self.document is not None:
            self.document.what_if_changed.disconnect(self._on_mode)
            self.document.assessed.disconnect(self._on_assessed)
        self.document = document
        if document is not None:
            document.what_if_changed.connect(self._on_mode)
            document.assessed.connect(self._on_assessed)
        self.sync()

    def toggle(self, checked: bool = False) -> None:
        document = self.document
        if document is None:
            return
        if document.what_if is None:
            try:
                document.enter_what_if()
            except PactlineError as err:
                self.window.report_error(str(err))
        else:
            self.discard_what_if()
        self.sync()

    def discard_what_if(self) -> None:
        if self.document is not None and self.document.what_if is not None:
            self.document.discard_what_if()
            self.window.statusBar().showMessage(tr("What-if discarded: the record is shown as it is"), 5000)

    def apply_what_if(self) -> bool:
        if self.document is not None and self.document.what_if is not None and self.document.apply_what_if():
            self.window.statusBar().showMessage(tr("What-if applied to the record (Undo takes it back)"), 5000)
            return True
        return False

    def settle(self) -> bool:
        """Before the exercise is left: a what-if with changes is applied, saved or discarded as the user
        says; False if the user stays (or applying/saving failed, which leaves the what-if as it was)."""
        document = self.document
        if document is None or document.what_if is None:
            return True
        changes = len(document.what_if.journal)
        if changes == 0:            # nothing to lose: no question
            self.discard_what_if()
            return True
        choices = ([] if document.record_file.read_only else [APPLY]) + \
            ([SAVE_VARIANT] if self.save_variant is not None else []) + [DISCARD]
        text = (tr("This what-if holds 1 change that is not in the record.") if changes == 1 else
                tr("This what-if holds {0} changes that are not in the record.").replace("{0}", str(changes)))
        answer = ask_leave_what_if(self.window, tr("Leave what-if mode?"), text, choices)
        if answer == APPLY:
            return self.apply_what_if()
        if answer == SAVE_VARIANT and self.save_variant is not None:
            if not self.save_variant():
                return False
            self.discard_what_if()
            return True
        if answer == DISCARD:
            self.discard_what_if()
            return True
        return False

    def sync(self) -> None:
        active = self.document is not None and self.document.what_if is not None
        self.enter.setEnabled(self.document is not None)
        self.enter.setChecked(active)
        self.discard.setEnabled(active)
        self.apply.setEnabled(active and self.document is not None and not self.document.record_file.read_only)
        self.strip.setVisible(active)
        if active and self.document is not None:
            self._on_assessed(self.document.assessment)

    def _on_mode(self) -> None:
        self.window.what_if_mode_changed()
        self.sync()

    def _on_assessed(self, assessment) -> None:
        document = self.document
        if document is None or document.what_if is None:
            return
        self.strip.show_difference(difference(document.record_assessment, assessment))
