"""How every command is made: a QAction with its keys, status tip and a tool tip naming the key.

Every package's docks and menus build their actions here, so that keys read
the same everywhere (menus, tool tips and the F1 list).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


# Qt's short names for some keys; Pactline spells every key out, in menus, tool tips and F1 alike.
_KEY_NAMES = {"Del": "Delete", "Ins": "Insert", "PgUp": "Page Up", "PgDown": "Page Down"}


def key_text(sequence: QKeySequence) -> str:
    """``Delete``, ``Ctrl+Shift+Z``: a key as Pactline writes it (Qt's native text, Del and Ins spelled out)."""
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return ", ".join("+".join(_KEY_NAMES.get(part, part) for part in chord.split("+"))
                     for chord in text.split(", "))


def make_action(parent: QObject, text: str, shortcuts: list[str | QKeySequence.StandardKey], tip: str,
                slot: Callable | None = None, *, checkable: bool = False, name: str = "") -> QAction:
    action = QAction(text, parent)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys += QKeySequence.keyBindings(shortcut)
        else:
            keys.append(QKeySequence(shortcut))
    # A key bound twice to one action is "ambiguous" to Qt and then triggers nothing.
    keys = [k for i, k in enumerate(keys) if k not in keys[:i]]
    action.setShortcuts(keys)
    action.setStatusTip(tip)
    action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({key_text(keys[0])})"
                      if keys else text.replace("&", ""))
    action.setCheckable(checkable)
    if name:
        action.setObjectName(name)
    if slot is not None:
        action.triggered.connect(slot)
    return action
