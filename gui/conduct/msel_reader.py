"""Reading a large MSEL file off the GUI thread, with progress and cancel.

A 3.5 MB workbook takes seconds to read; on the GUI thread the window froze.
The reader thread runs only model/msel's reader (no database); its signals
reach the GUI thread queued.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.core.i18n import tr
from model.msel.spreadsheets import MselImportError, MselReadCancelled, read_msel

# Files from this size are read in the background; a smaller one reads faster than a progress window shows.
BACKGROUND_FROM = 512 * 1024


class SheetReader(QThread):
    """Reads *path* in its own thread: ``progressed(done, total)``, then ``read(table)``, ``failed(text)``
    or ``cancelled()``."""

    progressed = Signal(int, int)
    read = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int | None) -> bool:
        self.progressed.emit(done, total or 0)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            table = read_msel(self.path, progress=self._progress)
        except MselReadCancelled:
            self.cancelled.emit()
            return
        except MselImportError as err:
            self.failed.emit(str(err))
            return
        except Exception as err:  # noqa: BLE001 - the thread must report, never die with a traceback
            self.failed.emit(f"{self.path.name}: the file cannot be read ({type(err).__name__})")
            return
        if self._stop.is_set():
            self.cancelled.emit()
        else:
            self.read.emit(table)


def read_in_background(path: Path, parent: QWidget | None, on_read, on_failed) -> SheetReader:
    """Start reading *path* under a progress window with Cancel; *on_read(table)* or *on_failed(text)* follows
    (nothing after a cancel)."""
    progress = QProgressDialog(tr("Reading {0}…").format(path.name), tr("Cancel"), 0, 100, parent)
    progress.setObjectName("mselReadProgress")
    progress.setWindowTitle(tr("Import MSEL"))
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    reader = SheetReader(path, progress)

    def advanced(done: int, total: int) -> None:
        if total:
            progress.setValue(min(99, done * 100 // total))
        progress.setLabelText(tr("Reading {0}… {1} rows").format(path.name, f"{done:,}"))

    def finish(then, *args) -> None:
        progress.hide()
        then(*args)
        progress.deleteLater()   # the reader, its child, has finished: run() returned before the signal

    reader.progressed.connect(advanced)
    reader.read.connect(lambda table: finish(on_read, table))
    reader.failed.connect(lambda text: finish(on_failed, text))
    reader.cancelled.connect(lambda: finish(lambda: None))
    progress.canceled.connect(reader.cancel)
    progress.show()
    reader.start()
    return reader
