"""Edits still open in a window are stored, or explicitly discarded, before it closes or switches files.

A cell editor left open (a name typed in the roster, then Ctrl+Q) holds a
value nothing has stored yet. :func:`settle_pending_edits` commits every open
item-view editor through its delegate, the same setData → undo command →
service path a Return would take, and asks whether to discard a value the
service refuses (the close, or the file switch, can be cancelled instead).
A focused field elsewhere is then left, so fields that store on leaving
(the incident inspector's, the terms editor's) store too.
"""
from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QWidget

from gui.core import dialogs
from gui.core.i18n import tr


class _SetDataResults(QIdentityProxyModel):
    """The model as the delegate sees it, remembering whether each setData was accepted."""

    def __init__(self, source):
        super().__init__()
        self.setSourceModel(source)
        self.accepted: list[bool] = []

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        ok = bool(super().setData(index, value, role))
        self.accepted.append(ok)
        return ok


def _announcer(model):
    """The ``edit_refused`` signal of *model* or of the model under its proxies, if it has one."""
    while model is not None:
        signal = getattr(model, "edit_refused", None)
        if signal is not None:
            return signal
        source = getattr(model, "sourceModel", None)
        model = source() if callable(source) else None
    return None


def _at(view: QAbstractItemView, index: QPersistentModelIndex) -> QModelIndex:
    return view.model().index(index.row(), index.column(), index.parent()) if index.isValid() else QModelIndex()


def _user_value(editor: QWidget):
    """What the user typed, as the editor's user property (the text of a line edit)."""
    prop = editor.metaObject().userProperty()
    return (prop, prop.read(editor)) if prop.isValid() else (None, None)


def _commit(view: QAbstractItemView) -> bool:
    """Store the editor open in *view*, or (asked) discard it; False if the user cancels."""
    index = QPersistentModelIndex(view.currentIndex())
    editor = view.indexWidget(view.currentIndex())
    delegate = view.itemDelegateForIndex(view.currentIndex())
    if editor is None or delegate is None or view.model() is None:
        return True
    prop, typed = _user_value(editor)
    results = _SetDataResults(view.model())
    reasons: list[str] = []

    def note(refused) -> None:
        reasons.append(getattr(refused, "reason", str(refused)))

    announcer = _announcer(view.model())
    if announcer is not None:
        announcer.connect(note)
    try:
        delegate.setModelData(editor, results, results.mapFromSource(view.currentIndex()))
    finally:
        if announcer is not None:
            announcer.disconnect(note)
        results.setSourceModel(None)
        results.deleteLater()
    if all(results.accepted):
        _close(view, index, editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True
    if prop is not None and view.indexWidget(_at(view, index)) is editor:
        prop.write(editor, typed)   # the refusal showed the stored value again; the user's text stays
    column = view.model().headerData(index.column(), Qt.Orientation.Horizontal) or ""
    row = index.sibling(index.row(), 0).data() or ""
    text = tr("{0} of {1} cannot be stored as typed").format(column, row) if row else \
        tr("The value typed in {0} cannot be stored").format(column)
    text += (": " + reasons[-1]) if reasons else "."
    if dialogs.ask_discard_edit(view.window(), tr("Edit not stored"), text):
        _close(view, index, editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        return True
    if view.indexWidget(_at(view, index)) is editor:
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
    return False


def _close(view: QAbstractItemView, index: QPersistentModelIndex, editor: QWidget, hint) -> None:
    # A stored edit may have reset the model, which closes the editor already.
    if index.isValid() and view.indexWidget(_at(view, index)) is editor:
        view.itemDelegateForIndex(_at(view, index)).closeEditor.emit(editor, hint)


def settle_pending_edits(window: QWidget) -> bool:
    """Store every edit still open in *window*; False if the user chose to stay (nothing is closed)."""
    for view in window.findChildren(QAbstractItemView):
        if view.state() == QAbstractItemView.State.EditingState and not _commit(view):
            return False
    focus = QApplication.focusWidget()
    if focus is not None and _belongs_to(focus, window):
        focus.clearFocus()   # a field that stores when left (editingFinished) stores now
    return True


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """True for a widget of *window* or of a dialog it opened (isAncestorOf stops at dialogs)."""
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False
