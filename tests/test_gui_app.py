"""Opening exercises from the GUI, start-up choices, the banner and the clock read-outs."""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from gui.shell import app as gui_app
from gui.core import dialogs, settings
from gui.conduct.clock_controls import CUSTOM, SpeedCombo, calendar_text, scenario_time_text, speed_text
from gui.core.marking_banner import MarkingBanner, banner_text, readable_text_colour
from model.storage.exercise_file import ExerciseFile
from model.timeutil import to_epoch, utc

PAGE = 4096


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("PACTLINE_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("PACTLINE_DATA_DIR", str(tmp_path / "data"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, detail="": shown.append((title, text)))
    monkeypatch.setattr(dialogs, "ask_locked_open", lambda parent, title, text: shown.append((title, text)))
    return shown


def copy_of(template: Path, folder: Path, name: str = "exercise.pactline") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(template.read_bytes())
    return path


def damage(path: Path) -> None:
    """Scramble two pages in the middle; the header stays intact so only SQLite notices."""
    data = bytearray(path.read_bytes())
    rng = random.Random(99)
    middle = len(data) // PAGE // 2
    for page in (middle - 1, middle):
        data[page * PAGE:(page + 1) * PAGE] = bytes(rng.getrandbits(8) for _ in range(PAGE))
    path.write_bytes(bytes(data))


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


# -- opening -------------------------------------------------------------------------------------
def test_damaged_file_shows_the_reason_and_stays_unchanged(tmp_path, default_template, isolated):
    path = copy_of(default_template, tmp_path / "case")
    damage(path)
    before = fingerprint(path.parent)
    assert gui_app.open_exercise(path) is None
    assert len(isolated) == 1
    title, text = isolated[0]
    assert title == "Cannot open exercise"
    assert str(path) in text and "damaged" in text and "restore it from a copy" in text
    assert fingerprint(path.parent) == before, "no byte changed and nothing left beside it"


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("name,code\nItaly,IT\n"), "not an SQLite database"),
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: None, "does not exist"),
])
def test_foreign_empty_and_missing_files_are_explained(tmp_path, isolated, make, words):
    path = tmp_path / "x.pactline"
    make(path)
    assert gui_app.open_exercise(path) is None
    assert words in isolated[-1][1] and str(path) in isolated[-1][1]


def test_a_file_open_elsewhere_is_refused_with_who_holds_it(tmp_path, default_template, isolated):
    path = copy_of(default_template, tmp_path)
    holder = ExerciseFile.open(path)
    try:
        assert gui_app.open_exercise(path) is None      # the offer (read-only, a copy) was cancelled
        assert "already open in another Pactline" in isolated[-1][1]
    finally:
        holder.close()
    document = gui_app.open_exercise(path)
    assert document is not None
    document.close()


def test_a_write_protected_file_opens_read_only(tmp_path, default_template):
    path = copy_of(default_template, tmp_path)
    path.chmod(0o444)
    document = gui_app.open_exercise(path)
    try:
        assert document.file.read_only
    finally:
        document.close()


def test_open_with_a_custom_reporter(tmp_path):
    seen = []
    assert gui_app.open_exercise(tmp_path / "nope.pactline", report=lambda t, x: seen.append(x)) is None
    assert "does not exist" in seen[0]


# -- start-up ------------------------------------------------------------------------------------
def test_startup_creates_the_default_exercise_once(tmp_path):
    first = gui_app.startup_document(None)
    path = first.document.file.path
    assert path == tmp_path / "data" / gui_app.DEFAULT_EXERCISE_FILE
    first.document.close()
    stamp = path.stat().st_mtime_ns
    second = gui_app.startup_document(None)
    assert second.document.file.path == path
    second.document.close()
    assert path.stat().st_mtime_ns >= stamp and not first.errors


def test_startup_reopens_the_last_exercise(tmp_path, default_template):
    path = copy_of(default_template, tmp_path, "last.pactline")
    settings.set_value(settings.LAST_EXERCISE, str(path))
    startup = gui_app.startup_document(None)
    try:
        assert startup.document.file.path == path and startup.notice == ""
    finally:
        startup.document.close()
    assert not (tmp_path / "data" / gui_app.DEFAULT_EXERCISE_FILE).exists()


def test_startup_falls_back_to_the_default_when_the_last_does_not_open(tmp_path, default_template, isolated):
    path = copy_of(default_template, tmp_path, "last.pactline")
    damage(path)
    settings.set_value(settings.LAST_EXERCISE, str(path))
    startup = gui_app.startup_document(None)
    try:
        assert startup.document.file.path.name == gui_app.DEFAULT_EXERCISE_FILE
        assert "last exercise did not open" in startup.notice
        # The reason in a message the window shows (the status bar would cut it off), once only.
        assert isolated == [] and len(startup.errors) == 1
        title, text = startup.errors[0]
        assert title == "The last exercise did not open" and str(path) in text and "damaged" in text
        assert text.endswith("The default exercise is open instead.")
    finally:
        startup.document.close()


def test_startup_with_a_bad_path_collects_the_error_for_the_window(tmp_path):
    startup = gui_app.startup_document(str(tmp_path / "missing.pactline"))
    assert startup.document is None
    assert startup.errors and "does not exist" in startup.errors[0][1]


def test_application_is_named_and_has_an_icon(qapp):
    gui_app.configure_application(qapp, "1.2.3")
    assert qapp.applicationName() == "Pactline" and qapp.organizationName() == "Pactline"
    assert qapp.applicationVersion() == "1.2.3"
    assert not qapp.windowIcon().isNull()


# -- banner and clock texts ----------------------------------------------------------------------
def test_banner_text_and_contrast(qtbot):
    assert banner_text("UNCLASSIFIED // EXERCISE") == "EXERCISE EXERCISE EXERCISE — UNCLASSIFIED // EXERCISE"
    assert readable_text_colour(QColor("#2e7d32")) == QColor("#ffffff")
    assert readable_text_colour(QColor("#fdd835")) == QColor("#000000")
    banner = MarkingBanner()
    qtbot.addWidget(banner)
    banner.show_marking("SECRET", "#c62828")
    banner.resize(1200, 30)
    banner.show()
    assert banner.text() == "EXERCISE EXERCISE EXERCISE — SECRET"
    banner.resize(banner.minimumSizeHint().width(), 30)
    assert banner.text() == "EXERCISE — SECRET", "a narrow window keeps the classification whole"
    assert banner.full_text() == "EXERCISE EXERCISE EXERCISE — SECRET"


def test_scenario_time_texts():
    startex = to_epoch(utc(2026, 3, 2, 6))
    now = to_epoch(utc(2026, 3, 4, 9))
    assert scenario_time_text(now, startex) == "D+2 09:00:00 scenario (Wed 2026-03-04 09:00:00 UTC)"
    assert calendar_text(now + 0.9) == "Wed 2026-03-04 09:00:00 UTC"
    assert speed_text(60.0) == "×60" and speed_text(2.5) == "×2.5"


def test_the_scenario_time_is_on_the_display_zones_clocks_and_says_which():
    from zoneinfo import ZoneInfo

    from model.timeutil import set_display_zone
    startex, now = to_epoch(utc(2026, 3, 2, 6)), to_epoch(utc(2026, 3, 4, 9))
    previous = set_display_zone(ZoneInfo("Europe/Rome"))
    try:
        assert scenario_time_text(now, startex) == "D+2 10:00:00 scenario (Wed 2026-03-04 10:00:00 CET)"
        assert calendar_text(to_epoch(utc(2026, 3, 30, 9))) == "Mon 2026-03-30 11:00:00 CEST"   # after the change
        set_display_zone(ZoneInfo("America/Sao_Paulo"))        # tzdata has no letters for it: the offset
        assert calendar_text(now) == "Wed 2026-03-04 06:00:00 UTC-03:00"
    finally:
        set_display_zone(previous)


def test_the_status_line_follows_the_zone(qtbot, document):
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QWidget

    from gui.conduct.clock_controls import ClockStatus
    from model.timeutil import set_display_zone
    parent = QWidget()
    qtbot.addWidget(parent)
    status = ClockStatus(parent)
    status.show_clock(document)
    assert status.scenario.text().endswith(" UTC)") and status.scenario.toolTip().endswith("in UTC")
    previous = set_display_zone(ZoneInfo("Europe/Rome"))
    try:
        status.show_time(document.assessment)
        assert status.scenario.text().endswith(" CET)")
        assert status.scenario.toolTip().endswith("in Europe/Rome")
    finally:
        set_display_zone(previous)


def test_speed_combo_offers_presets_and_custom(qtbot):
    combo = SpeedCombo()
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["×1", "×10", "×60", "×600", "Custom…"]
    combo.show_speed(120.0)
    assert combo.currentText() == "×120 (custom)"
    chosen, custom = [], []
    combo.speed_chosen.connect(chosen.append)
    combo.custom_requested.connect(lambda: custom.append(1))
    combo.activated.emit(combo.findData(600.0))
    assert chosen == [600.0] and combo.currentText() == "×120 (custom)", "shows the speed in force until set"
    combo.activated.emit(combo.findData(CUSTOM))
    assert custom == [1]
