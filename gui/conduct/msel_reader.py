"""Reading an MSEL file off the GUI thread, with progress and cancel.

A 3.5 MB workbook takes seconds to read; on the GUI thread the window froze.
The reader thread runs only model/msel's reader (no database); its signals
reach the GUI thread queued. The first read of a large file shows a progress
window; the import dialog's own reads (another sheet, another header row)
show their progress inside the dialog (:class:`SheetReads`).
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QProgressDialog, QPushButton, QWidget

from gui.core.i18n import tr
from model.i18n import number_text
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

    def __init__(self, path: Path, parent=None, *, sheet: str | None = None, header_row: int | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.sheet, self.header_row = sheet, header_row
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int | None) -> bool:
        self.progressed.emit(done, total or 0)
        return not self._stop.is_set()

    def run(self) -> None:
        try:
            table = read_msel(self.path, sheet=self.sheet, header_row=self.header_row, progress=self._progress)
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
        progress.setLabelText(tr("Reading {0}… {1} rows").format(path.name, number_text(done)))

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


class SheetReads(QObject):
    """The import dialog's reads, one at a time in a worker, with their progress shown in *bar*.

    ``read(sheet, header_row, then)`` queues a read; *then(table)* runs on the GUI thread when
    it is done. A newer read of the same sheet replaces an older one (the older result is
    dropped). ``failed(sheet, text)`` and ``cancelled(sheet)`` follow a refusal or a Cancel.
    """

    failed = Signal(object, str)
    cancelled = Signal(object)
    finished = Signal()          # the queue is empty: every read has been handed over

    def __init__(self, path: Path, bar: ReadProgressBar, parent: QObject | None = None):
        super().__init__(parent)
        self.path, self.bar = Path(path), bar
        self._queue: list[tuple[str | None, int | None, Callable]] = []
        self._current: tuple[SheetReader, Callable] | None = None
        self._alive: set[SheetReader] = set()
        bar.cancel_button.clicked.connect(self.cancel)

    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def read(self, sheet: str | None, header_row: int | None, then) -> None:
        self._queue = [item for item in self._queue if item[0] != sheet]
        if self._current is not None and self._current[0].sheet == sheet:
            self._drop_current()
        self._queue.append((sheet, header_row, then))
        self._next()

    def cancel(self) -> None:
        """The planner's Cancel: the running read and every queued one stop."""
        sheets = [item[0] for item in self._queue]
        self._queue.clear()
        if self._current is not None:
            sheets.insert(0, self._current[0].sheet)
            self._drop_current()
        self.bar.hide()
        for sheet in sheets:
            self.cancelled.emit(sheet)
        self.finished.emit()

    def stop(self) -> None:
        """Before the dialog goes: no thread may outlive it."""
        self._queue.clear()
        self._current = None
        for reader in list(self._alive):
            reader.cancel()
            reader.wait()

    def _drop_current(self) -> None:
        if self._current is None:
            return
        reader, _then = self._current
        reader.cancel()          # it finishes on its own; what it read is dropped
        self._current = None

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        sheet, header_row, then = self._queue.pop(0)
        reader = SheetReader(self.path, self, sheet=sheet, header_row=header_row)
        self._current = (reader, then)
        self._alive.add(reader)
        reader.progressed.connect(lambda done, total: self.bar.advanced(done, total) if self._is(reader) else None)
        reader.read.connect(lambda table: self._done(reader, lambda: then(table)))
        reader.failed.connect(lambda text: self._done(reader, lambda: self.failed.emit(sheet, text)))
        reader.cancelled.connect(lambda: self._done(reader, lambda: self.cancelled.emit(sheet)))
        reader.finished.connect(lambda: self._forget(reader))
        self.bar.reading(sheet)
        reader.start()

    def _is(self, reader: SheetReader) -> bool:
        return self._current is not None and self._current[0] is reader

    def _done(self, reader: SheetReader, hand_over) -> None:
        if not self._is(reader):
            return               # replaced or cancelled meanwhile
        self._current = None
        if not self._queue:
            self.bar.hide()
        hand_over()
        self._next()
        if not self.busy():
            self.finished.emit()

    def _forget(self, reader: SheetReader) -> None:
        self._alive.discard(reader)
        reader.deleteLater()


class ReadProgressBar(QWidget):
    """What the dialog is reading, how far, and a Cancel button; hidden when nothing is read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sheetReadProgress")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(tr("Cancel reading"))
        self.cancel_button.setObjectName("cancelReading")
        self.cancel_button.setToolTip(tr("Stop reading the sheet; the dialog keeps what it showed before"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.hide()

    def reading(self, sheet: str | None) -> None:
        self.sheet = sheet
        self.label.setText(tr("Reading sheet '{0}'…").format(sheet) if sheet else tr("Reading the file…"))
        self.bar.setRange(0, 0)      # busy until the first rows are counted
        self.show()

    def advanced(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, 100)
            self.bar.setValue(min(99, done * 100 // total))
        name = self.sheet or ""
        self.label.setText(tr("Reading sheet '{0}'… {1} rows").format(name, number_text(done)) if name
                           else tr("Reading the file… {0} rows").format(number_text(done)))
