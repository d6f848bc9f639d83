"""Reports and interchange: the after-action report (PDF, HTML), its charts, printing, the timeline image.

May import gui.core, gui.timeline, gui.comparison (its chart, for "Options compared") and model/.

``export_report`` is the headless entry point (for the command line): it
opens an exercise read-only, builds the report content and writes a PDF or
HTML file, creating an offscreen QGuiApplication when none exists.
"""
from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.report.pages import Progress

__all__ = ["Cancelled", "Progress", "build_report_content", "ensure_gui_application", "export_html", "export_pdf",
           "export_report"]


def __getattr__(name: str):
    """``from gui.report import export_pdf`` without importing every renderer with the package.
    (Plain import statements, so PyInstaller sees them.)"""
    if name in ("Cancelled", "Progress"):
        from gui.report import pages
        return getattr(pages, name)
    if name == "export_pdf":
        from gui.report.pdf import export_pdf
        return export_pdf
    if name == "export_html":
        from gui.report.html import export_html
        return export_html
    if name == "build_report_content":
        from model.report_content import build_report_content
        return build_report_content
    raise AttributeError(f"module 'gui.report' has no attribute {name!r}")


def ensure_gui_application():
    """The running Q(Gui)Application, or a new one (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
        # The report is written in the language the user chose in Preferences.
        from gui.core.i18n import install_translators
        install_translators(app)
    return app


def export_report(exercise: Path | str, output: Path | str, *, at: datetime | None = None,
                  progress: Progress | None = None) -> int:
    """Write the after-action report of *exercise* to *output* (.pdf or .html/.htm).

    Returns the number of pages for a PDF, 1 for HTML. The exercise is opened
    read-only, so this works while the exercise is open in a window.
    """
    from model.storage.exercise_file import ExerciseFile
    from model.report_content import build_report_content

    ensure_gui_application()
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise ValueError(f"{output}: the report is written as .pdf or .html")
    doc = ExerciseFile.open(exercise, read_only=True)
    try:
        content = build_report_content(doc, at=at)
    finally:
        doc.close()
    if suffix == ".pdf":
        from gui.report.pdf import export_pdf
        return export_pdf(content, output, progress)
    from gui.report.html import export_html
    export_html(content, output, progress)
    return 1
