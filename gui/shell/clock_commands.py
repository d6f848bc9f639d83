"""The main window's clock commands: start/pause, the speeds, and the clock's state on its actions."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle

from gui.conduct.clock_controls import start_pause_texts
from gui.core import dialogs, settings
from model import services
from model.errors import PactlineError

if TYPE_CHECKING:
    from gui.shell.main_window import MainWindow


class ClockCommands:
    """Start, pause and speed of the open exercise's clock, for a main window's actions and toolbar."""

    def __init__(self, window: MainWindow):
        self.window = window

    def toggle(self) -> None:
        document = self.window.document
        if document is None:
            return
        try:
            if document.clock.running:
                document.pause_clock()
            else:
                document.start_clock()
        except PactlineError as err:
            self.window.report_error(str(err))
        self.sync()

    def set_speed(self, speed: float) -> None:
        document = self.window.document
        if document is None:
            return
        try:
            document.set_speed(speed)
        except PactlineError as err:
            self.window.report_error(str(err))
        self.sync()

    def ask_custom_speed(self) -> None:
        document = self.window.document
        if document is None:
            return
        current = document.clock.speed
        suggestion = settings.value(settings.CLOCK_SPEED_CUSTOM) if current in self.window.actions.speeds \
            else current
        speed = dialogs.ask_speed(self.window, suggestion, services.exercise.MAX_SPEED)
        if speed is None:
            self.sync()  # put the check mark back on the speed in force
            return
        settings.set_value(settings.CLOCK_SPEED_CUSTOM, speed)
        self.set_speed(speed)

    def sync(self) -> None:
        """Show the clock's state on the start/pause action, the speed choices and the readouts."""
        window, document = self.window, self.window.document
        running = document is not None and document.clock.running
        action = window.actions.start_pause
        text, icon_text, tip = start_pause_texts(running, None if document is None else document.clock.seconds(),
                                                 None if document is None else document.snapshot.startex)
        action.setText(text)
        action.setIconText(icon_text)
        action.setIcon(window.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if running else QStyle.StandardPixmap.SP_MediaPlay))
        action.setToolTip(tip)
        if document is not None:
            speed = document.clock.speed
            (window.actions.speeds.get(speed) or window.actions.custom_speed).setChecked(True)
            window.clock_toolbar.speed_combo.show_speed(speed)
        window.clock_status.show_clock(document)
        if document is not None:
            window.clock_toolbar.readout.show_time(document.assessment)
