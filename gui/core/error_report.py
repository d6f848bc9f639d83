"""What the user sees when an action fails: a message saying what and where, and the details in the log.

PySide6 hands an exception that escapes a slot or an event handler to
``sys.excepthook``, which only prints it: the user would see nothing and
carry on as if the action had worked. ``ErrorHook.install`` shows it in a
message box (through gui.core.dialogs, so tests can catch it) and logs it with its
traceback; the traceback never reaches the user. ``describe`` is the one
wording of an error, used by the slots that catch their own errors too.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from gui.core import dialogs
from gui.core.i18n import tr
from model.errors import PactlineError
from model.storage.database import DATABASE_ERRORS

log = logging.getLogger("pactline")


def describe(err: BaseException, log_file: Path | None = None) -> str:
    """The message for *err*: a PactlineError as it is; an OS error with its file; anything else plainly."""
    if isinstance(err, PactlineError):
        return str(err)
    if isinstance(err, OSError):
        cause = err.strerror or str(err)
        return f"{err.filename}: {cause}" if err.filename else cause
    if isinstance(err, DATABASE_ERRORS):
        text = tr("The exercise file could not be read or written ({0}).").replace("{0}", str(err).splitlines()[0])
    else:
        text = tr("The action stopped because of an unexpected error ({0}: {1}).").replace(
            "{0}", type(err).__name__).replace("{1}", str(err))
    text += " " + tr("Every change stored before it is safe.")
    if log_file is not None:
        text += " " + tr("The details were written to {0}.").replace("{0}", str(log_file))
    return text


class ErrorHook:
    """The ``sys.excepthook`` of the running program; ``uninstall`` puts the previous one back."""

    def __init__(self, parent_for: Callable[[], QWidget | None], log_file: Path | None):
        self.parent_for = parent_for
        self.log_file = log_file
        self.previous = sys.excepthook
        self.handler: logging.Handler | None = None
        self._showing = False

    @classmethod
    def install(cls, parent_for: Callable[[], QWidget | None], log_file: Path | None = None) -> ErrorHook:
        hook = cls(parent_for, log_file)
        if log_file is not None:
            # delay: the file appears with the first error, not at every start.
            hook.handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
            hook.handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            log.addHandler(hook.handler)
        sys.excepthook = hook
        return hook

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous
        if self.handler is not None:
            log.removeHandler(self.handler)
            self.handler.close()
            self.handler = None

    def __call__(self, kind, value, traceback) -> None:
        if not isinstance(value, Exception):       # KeyboardInterrupt, SystemExit: as Python does
            self.previous(kind, value, traceback)
            return
        log.error("An action failed: %s: %s", kind.__name__, value, exc_info=(kind, value, traceback))
        if self._showing:
            return      # one box at a time: a failing paint or timer would otherwise stack them up
        self._showing = True
        try:
            dialogs.show_error(self.parent_for(), tr("Pactline"), describe(value, self.log_file))
        finally:
            self._showing = False
