"""Qt's writers on a disk that refuses: every export says so, names the file and leaves nothing.

QPdfWriter, QSvgGenerator, QImage.save and a QPrinter printing to PDF all
report success on a full disk and leave a cut file; a file-size limit makes the
kernel refuse their writes for real, as a full disk does.
"""
from __future__ import annotations

import errno

import pytest

from gui.core import dialogs
from gui.report import export_dialog
from gui.report.html import export_html
from gui.report.pdf import export_pdf
from gui.report.printing import countdown_document, make_printer, print_document
from gui.timeline import TimelineWidget
from gui.report.timeline_image import export_png, export_svg
from model.storage import file_output
from model import queries
from model.storage.file_output import OutputError
from model.report_content import build_report_content
from tests.refusing_disk import file_size_limit, listing, refuse, umask
from tests.support import dump


@pytest.fixture
def timeline(qtbot, document):
    widget = TimelineWidget(document)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_all()
    return widget


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def board(document):
    info = queries.exercise_info(document.file)
    return countdown_document(document.assessment, info.name, info.classification, info.marking_colour)


WRITERS = {
    "aar.pdf": lambda doc, tl, path: export_pdf(build_report_content(doc.file), path),
    "aar.html": lambda doc, tl, path: export_html(build_report_content(doc.file), path),
    "timeline.png": lambda doc, tl, path: export_png(tl, path, width_px=1600),
    "timeline.svg": lambda doc, tl, path: export_svg(tl, path),
    "board.pdf": lambda doc, tl, path: print_document(board(doc), make_printer(landscape=True, pdf_path=str(path))),
}


@pytest.mark.parametrize("name", WRITERS)
def test_a_full_disk_is_reported_and_leaves_the_old_file(document, timeline, out, monkeypatch, name):
    target = out / name
    target.write_bytes(b"last week's export")
    monkeypatch.setattr(file_output, "_fsync", refuse(errno.ENOSPC))
    monkeypatch.setattr(file_output, "_write", refuse(errno.ENOSPC))
    with pytest.raises(OutputError) as caught:
        WRITERS[name](document, timeline, target)
    assert str(caught.value) == f"Cannot write {target}: the disk is full"
    assert target.read_bytes() == b"last week's export"
    assert listing(out) == [name]


@pytest.mark.parametrize("name", WRITERS)
def test_a_file_the_disk_cut_short_is_not_called_written(document, timeline, out, name):
    target = out / name
    with file_size_limit(2000), pytest.raises(OutputError) as caught:
        WRITERS[name](document, timeline, target)
    assert str(caught.value).startswith(f"Cannot write {target}: ")
    assert listing(out) == []


@pytest.mark.parametrize("name", WRITERS)
def test_exports_are_whole_and_respect_the_umask(document, timeline, out, name):
    target = out / name
    with umask(0o022):
        WRITERS[name](document, timeline, target)
    assert target.stat().st_size > 0 and target.stat().st_mode & 0o777 == 0o644
    assert listing(out) == [name]


# -- through the window --------------------------------------------------------------------------------------
@pytest.fixture
def errors(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": shown.append((title, text)))
    return shown


def test_save_as_onto_a_full_disk_says_so_and_stays_on_the_open_file(window, out, monkeypatch, errors):
    original = window.document.file.path
    before = dump(original)
    target = out / "saveas-new.pactline"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    monkeypatch.setattr(file_output, "_fsync", refuse(errno.ENOSPC))
    window.file_commands.save_as.trigger()
    assert errors == [("Cannot save a copy", f"Cannot write {target}: the disk is full")]
    assert window.document.file.path == original and dump(original) == before
    assert listing(out) == []


def test_an_export_on_a_full_disk_is_shown_not_reported_written(window, out, monkeypatch, errors):
    target = out / "aar.pdf"
    monkeypatch.setattr(export_dialog, "ask_export_path", lambda *a: target)
    monkeypatch.setattr(file_output, "_fsync", refuse(errno.ENOSPC))
    assert window.report_commands.export_report_pdf() is None
    assert errors == [("Export failed", f"Cannot write {target}: the disk is full")]
    assert "written" not in window.statusBar().currentMessage()
    assert listing(out) == []
