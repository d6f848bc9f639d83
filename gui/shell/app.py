"""The application object and opening exercises for the GUI.

Every PactlineError raised while opening reaches the user as a message box
(through gui.core.dialogs, so tests can catch it); the file is left as it was.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, qInstallMessageHandler
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from gui.core import dialog_marking, dialogs, i18n, settings
from gui.shell import allocator
from gui.core.document import ExerciseDocument
from gui.core.i18n import tr
from model.errors import ExerciseFileError, FileInUseError, LockUnavailableError, PactlineError
from model.storage.database import DATABASE_ERRORS
from model.storage.exercise_file import FILE_SUFFIX, ExerciseFile

APP_NAME = "Pactline"
DEFAULT_EXERCISE_FILE = f"Default exercise{FILE_SUFFIX}"
# What opening or copying may raise that the model did not put into words: still named, with the file.
_UNWORDED: tuple[type[Exception], ...] = (OSError, *DATABASE_ERRORS)
_ANY_REFUSAL: tuple[type[Exception], ...] = (PactlineError, *_UNWORDED)


def configure_application(app: QApplication, version: str) -> None:
    """Names first: QSettings and the data folder are derived from them."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(version)
    app.setWindowIcon(app_icon())
    allocator.keep_freed_memory()   # a tick's arrays reuse the last tick's memory (gui/shell/allocator.py)


def create_application(argv: list[str], version: str, *, mark_dialogs: bool = True) -> QApplication:
    """The application, named; *mark_dialogs* False leaves installing the dialog marking to the caller."""
    app = QApplication.instance() or QApplication(argv)
    configure_application(app, version)
    i18n.install_translators(app)
    if mark_dialogs:
        dialog_marking.install(app)
    if app.platformName() == "offscreen":
        qInstallMessageHandler(_offscreen_messages)
    return app


def _offscreen_messages(_mode, _context, message: str) -> None:
    # The offscreen platform (self-test, headless exports) warns that it cannot
    # resize windows to their contents; that says nothing to the user.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def app_icon() -> QIcon:
    """A shield with a check mark, drawn at start-up (no image files to ship)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 64, size / 64)
        shield = QPainterPath(QPointF(32, 4))
        shield.cubicTo(QPointF(42, 10), QPointF(52, 10), QPointF(58, 10))
        shield.cubicTo(QPointF(58, 36), QPointF(48, 52), QPointF(32, 60))
        shield.cubicTo(QPointF(16, 52), QPointF(6, 36), QPointF(6, 10))
        shield.cubicTo(QPointF(12, 10), QPointF(22, 10), QPointF(32, 4))
        painter.fillPath(shield, QColor("#1565c0"))
        painter.setPen(QPen(QColor("#ffffff"), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        check = QPainterPath(QPointF(20, 32))
        check.lineTo(QPointF(29, 41))
        check.lineTo(QPointF(45, 22))
        painter.drawPath(check)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


# -- opening ---------------------------------------------------------------------------
ErrorReporter = Callable[[str, str], None]


def _show_error(parent: QWidget | None) -> ErrorReporter:
    return lambda title, text: dialogs.show_error(parent, title, text)


def open_exercise(path: Path | str, parent: QWidget | None = None, *, read_only: bool = False,
                  wall: Callable[[], float] = time.monotonic,
                  report: ErrorReporter | None = None) -> ExerciseDocument | None:
    """Open *path* as a document, or tell the user why not and return None.

    A file without write permission opens read-only (ExerciseFile decides).
    """
    report = report or _show_error(parent)
    path = Path(path)
    file = None
    try:
        # The file's checks run while the document reads it; a damaged file is refused all the same.
        with ExerciseFile.opening(path, read_only=read_only) as file:
            document = ExerciseDocument(file, wall=wall)
        return document
    except (FileInUseError, LockUnavailableError) as err:
        # Editing is what is refused, not reading: offer what still works instead of an empty window.
        choice = dialogs.ask_locked_open(parent, tr("Exercise cannot be edited here"), str(err))
        if choice == dialogs.READ_ONLY:
            return open_exercise(path, parent, read_only=True, wall=wall, report=report)
        if choice == dialogs.COPY:
            return _open_copy(path, parent, wall, report)
        return None
    except PactlineError as err:
        reason = str(err)
    except _UNWORDED as err:
        # Anything the model did not put into words: still name the file.
        reason = str(ExerciseFileError(path, f"{type(err).__name__}: {err}"))
    if file is not None:
        file.close()
    report(tr("Cannot open exercise"), reason)
    return None


def _open_copy(path: Path, parent: QWidget | None, wall: Callable[[], float],
               report: ErrorReporter) -> ExerciseDocument | None:
    """Write a consistent copy of a file that cannot be edited where it is, and open the copy."""
    folder = path.parent if os.access(path.parent, os.W_OK) else settings.data_dir()
    target = dialogs.ask_save_path(parent, tr("Open a copy of the exercise"), folder / f"{path.stem}-copy{FILE_SUFFIX}")
    if target is None:
        return None
    if target.suffix != FILE_SUFFIX:
        target = target.with_name(target.name + FILE_SUFFIX)
    try:
        source = ExerciseFile.open(path, read_only=True)
        try:
            source.save_copy(target)
        finally:
            source.close()
    except _ANY_REFUSAL as err:
        report(tr("Cannot copy the exercise"), f"{target}: {err}")
        return None
    return open_exercise(target, parent, wall=wall, report=report)


def default_exercise_path() -> Path:
    """Where the default exercise lives: the user's data folder, never beside the program."""
    return settings.data_dir() / DEFAULT_EXERCISE_FILE


def ensure_default_exercise(report: ErrorReporter) -> Path | None:
    """The default exercise's path, created on first use; None if it cannot be created."""
    path = default_exercise_path()
    if path.exists():
        return path
    from model.default_exercise import create_default_exercise   # only on first start

    try:
        create_default_exercise(path).close()
    except PactlineError as err:
        report(tr("Cannot create the default exercise"), str(err))
        return None
    except OSError as err:
        report(tr("Cannot create the default exercise"), f"{path}: {err.strerror or err}")
        return None
    return path


@dataclass
class Startup:
    """What start-up opened, and what the window should tell the user once it shows."""

    document: ExerciseDocument | None
    errors: list[tuple[str, str]] = field(default_factory=list)
    notice: str = ""


def startup_document(path: str | None, *, wall: Callable[[], float] = time.monotonic) -> Startup:
    """The exercise named on the command line; else the last one if it still opens; else the default."""
    errors: list[tuple[str, str]] = []

    def collect(title: str, text: str) -> None:
        errors.append((title, text))

    if path:
        return Startup(open_exercise(path, wall=wall, report=collect), errors)
    last = settings.value(settings.LAST_EXERCISE)
    notice, reason = "", ""
    if last and Path(last).exists():
        skipped: list[tuple[str, str]] = []
        document = open_exercise(last, wall=wall, report=lambda t, text: skipped.append((t, text)))
        if document is not None:
            return Startup(document)
        if skipped:
            # The reason goes in a message, not only the status bar, which cuts a long one off
            # before the part that says what is wrong. Shown once: the default becomes the last exercise.
            reason = skipped[0][1]
            notice = tr("The last exercise did not open; the default exercise is open instead.")
        else:   # the user chose not to open it (read-only or as a copy) when asked
            notice = tr("The last exercise ({0}) was not opened; the default exercise is open instead.").format(
                last)
        if skipped and Path(last).absolute() == default_exercise_path().absolute():
            # The default exercise itself: opening it again would only repeat the message.
            return Startup(None, [(tr("Cannot open the default exercise"), reason)])
    default = ensure_default_exercise(collect)
    document = open_exercise(default, wall=wall, report=collect) if default is not None else None
    if reason:
        text = reason if document is None else tr("{0}\n\nThe default exercise is open instead.").format(reason)
        errors.insert(0, (tr("The last exercise did not open"), text))
    return Startup(document, errors, notice if document is not None else "")
