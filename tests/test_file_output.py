"""Writing files whole or not at all: full disks, unwritable folders, the umask, leftovers of killed writers.

The disk is made to refuse at the OS calls the mechanism owns (model/storage/file_output.py's
_write, _fsync), or for real with a file-size limit (RLIMIT_FSIZE: the kernel refuses
every write past it, as a full disk does), or a folder another user owns.
"""
from __future__ import annotations

import errno
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from model.storage import file_output
from model.default_exercise import populate_blank
from model.storage.exercise_file import ExerciseFile
from model.storage.file_output import OutputError, atomic_output, partial_name, remove_stale_partials, write_bytes
from model.msel.spreadsheets import MselExportError, export_msel
from model.package.exchange import PackageError, export_package, import_package
from model.services.log import verify_log
from model.timeutil import utc
from tests.refusing_disk import file_size_limit, listing, refuse, umask
from tests.support import dump

ROOT = Path(__file__).resolve().parent.parent


# -- the mechanism -----------------------------------------------------------------------------------------
def test_a_written_file_appears_whole_with_the_umask_mode_and_nothing_beside_it(tmp_path):
    target = tmp_path / "out.csv"
    with umask(0o022):
        with atomic_output(target) as tmp:
            assert tmp.parent == tmp_path and not tmp.name.startswith(".")
            assert "pactline-partial" in tmp.name and tmp.suffix == ".csv"
            write_bytes(tmp, b"a,b\n")
            assert not target.exists()
    assert target.read_bytes() == b"a,b\n"
    assert target.stat().st_mode & 0o777 == 0o644
    assert listing(tmp_path) == ["out.csv"]


def test_an_overwritten_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_output(target) as tmp:
        write_bytes(tmp, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("call", ["_write", "_fsync"])
def test_a_full_disk_says_so_and_leaves_the_old_file_and_no_partial(tmp_path, monkeypatch, call):
    target = tmp_path / "out.json"
    target.write_bytes(b"the old export")
    monkeypatch.setattr(file_output, call, refuse(errno.ENOSPC))
    with pytest.raises(OutputError) as caught:
        with atomic_output(target) as tmp:
            write_bytes(tmp, b"{}")
    assert str(caught.value) == f"Cannot write {target}: the disk is full"
    assert target.read_bytes() == b"the old export"
    assert listing(tmp_path) == ["out.json"]


def test_a_writer_that_leaves_an_empty_or_cut_file_is_refused(tmp_path):
    with pytest.raises(OutputError, match="not written completely"):
        with atomic_output(tmp_path / "empty.svg"):
            pass                                    # a writer that "succeeded" without writing
    with pytest.raises(OutputError, match="not written completely"):
        with atomic_output(tmp_path / "cut.pdf", ends_with=file_output.PDF_END) as tmp:
            write_bytes(tmp, b"%PDF-1.4\n1 0 obj\n<<")
    assert listing(tmp_path) == []


def test_an_error_of_the_writer_itself_passes_through_and_leaves_nothing(tmp_path):
    with pytest.raises(KeyError):
        with atomic_output(tmp_path / "x.csv") as tmp:
            write_bytes(tmp, b"half")
            Path(f"{tmp}-journal").write_bytes(b"j")
            raise KeyError("cancelled")
    assert listing(tmp_path) == []


def test_a_path_under_a_file_names_the_missing_folder(tmp_path):
    blocker = tmp_path / "report.pdf"
    blocker.write_bytes(b"a file, not a folder")
    with pytest.raises(OutputError) as caught:
        with atomic_output(blocker / "sub" / "x.pdf") as tmp:
            write_bytes(tmp, b"x")
    assert str(blocker / "sub" / "x.pdf") in str(caught.value)
    assert f"the folder {blocker / 'sub'} does not exist" in str(caught.value)
    assert listing(tmp_path) == ["report.pdf"]


def write_as_nobody(target: Path) -> str:
    """Permissions do not stop root: try the write in a forked child that is "nobody"."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:    # the child: no exec, so nothing but the folder needs to be reachable
        try:
            os.setgid(65534)
            os.setuid(65534)
            try:
                with atomic_output(target) as tmp:
                    write_bytes(tmp, b"x")
                message = "written"
            except OutputError as err:
                message = str(err)
            os.write(writer, message.encode())
        finally:
            os._exit(0)
    os.close(writer)
    os.waitpid(pid, 0)
    with os.fdopen(reader, "rb") as pipe:
        return pipe.read().decode()


def test_a_folder_the_user_may_not_write_says_so(tmp_path):
    with tempfile.TemporaryDirectory(dir="/tmp") as top:    # reachable by every user (pytest's folder is not)
        os.chmod(top, 0o755)
        folder = Path(top) / "shared"
        folder.mkdir(mode=0o755)
        target = folder / "aar.html"
        if os.geteuid() == 0:
            message = write_as_nobody(target)
        else:
            folder.chmod(0o500)
            try:
                with pytest.raises(OutputError) as caught:
                    with atomic_output(target) as tmp:
                        write_bytes(tmp, b"x")
                message = str(caught.value)
            finally:
                folder.chmod(0o700)
        assert message == f"Cannot write {target}: the folder is not writable"
        assert listing(folder) == []


# -- every model writer goes through it ---------------------------------------------------------------------
def test_msel_and_package_exports_on_a_full_disk_leave_nothing(default_doc, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(file_output, "_write", refuse(errno.ENOSPC))
    with pytest.raises(MselExportError, match=r"msel\.csv: the disk is full"):
        export_msel(default_doc, out / "msel.csv")
    with pytest.raises(PackageError, match=r"x\.json: the disk is full"):
        export_package(default_doc, out / "x.json")
    monkeypatch.setattr(file_output, "_fsync", refuse(errno.ENOSPC))
    with pytest.raises(MselExportError, match=r"msel\.xlsx: the disk is full"):
        export_msel(default_doc, out / "msel.xlsx")
    assert listing(out) == []


def test_an_xlsx_cut_short_by_the_disk_leaves_nothing(default_doc, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with file_size_limit(2000), pytest.raises(MselExportError, match=r"msel\.xlsx: "):
        export_msel(default_doc, out / "msel.xlsx")
    assert listing(out) == []


def test_exports_respect_the_umask(default_doc, tmp_path):
    with umask(0o022):
        export_msel(default_doc, tmp_path / "msel.csv")
        export_msel(default_doc, tmp_path / "msel.xlsx")
        export_package(default_doc, tmp_path / "x.json")
    for name in ("msel.csv", "msel.xlsx", "x.json"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644, name


# -- exercise files: new, Save As, import ---------------------------------------------------------------------
def test_new_exercises_and_copies_respect_the_umask(default_doc, tmp_path):
    with umask(0o022):
        ExerciseFile.create(tmp_path / "new.pactline", populate_blank("New", utc(2026, 5, 1))).close()
        default_doc.save_copy(tmp_path / "copy.pactline")
        export_package(default_doc, tmp_path / "x.json")
        import_package(tmp_path / "x.json", tmp_path / "imported.pactline").close()
    for name in ("new.pactline", "copy.pactline", "imported.pactline"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644, name


def test_save_as_onto_a_full_disk_says_so_and_leaves_the_open_file_untouched(default_doc, tmp_path, monkeypatch):
    before = dump(default_doc)
    target = tmp_path / "copies" / "saveas-new.pactline"
    target.parent.mkdir()

    def small_disk(path):
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA max_page_count = 8")     # SQLite's own "database or disk is full"
        return connection
    monkeypatch.setattr("model.storage.exercise_file._connect_copy", small_disk)
    with pytest.raises(OutputError) as caught:
        default_doc.save_copy(target)
    assert str(caught.value) == f"Cannot write {target}: the disk is full"
    assert listing(target.parent) == []
    assert dump(default_doc) == before and verify_log(default_doc).intact


def test_save_as_cut_short_by_the_disk_leaves_nothing(default_doc, tmp_path):
    target = tmp_path / "copies" / "saveas-new.pactline"
    target.parent.mkdir()
    with file_size_limit(20000), pytest.raises(OutputError) as caught:
        default_doc.save_copy(target)
    assert str(caught.value).startswith(f"Cannot write {target}: ")
    assert listing(target.parent) == []


def test_a_new_exercise_on_a_full_disk_leaves_nothing(tmp_path):
    with file_size_limit(20000), pytest.raises(OutputError) as caught:
        ExerciseFile.create(tmp_path / "new.pactline", populate_blank("New", utc(2026, 5, 1)))
    assert str(tmp_path / "new.pactline") in str(caught.value)
    assert listing(tmp_path) == []


# -- leftovers of a killed Save As or import ------------------------------------------------------------------
KILLED_WRITER = """
import os, signal, sys
from model.storage.file_output import atomic_output
with atomic_output(sys.argv[1]) as tmp:
    tmp.write_bytes(b"SQLite format 3\\0" + bytes(4096))
    open(f"{tmp}-journal", "wb").write(b"journal")
    print(tmp.name, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def open_and_close(path: Path) -> None:
    ExerciseFile.open(path).close()


def test_leftovers_of_a_killed_save_as_go_when_the_folder_is_next_opened(default_template, tmp_path):
    exercise = tmp_path / "drill.pactline"
    exercise.write_bytes(default_template.read_bytes())
    left = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(tmp_path / "saveas-new.pactline")],
                          cwd=ROOT, capture_output=True, text=True).stdout.strip()
    assert left and (tmp_path / left).exists() and (tmp_path / f"{left}-journal").exists()
    assert not left.startswith(".")
    open_and_close(exercise)
    assert listing(tmp_path) == ["drill.pactline"]


def leftover(folder: Path, *, pid: int, host: str | None = None, age_s: float = 0,
             target: str = "from-package.pactline") -> Path:
    name = partial_name(folder / target).replace(f"-{os.getpid()}-", f"-{pid}-", 1)
    if host is not None:
        name = name.replace(f"-{file_output._host()}-", f"-{host}-", 1)
    path = folder / name
    path.write_bytes(b"SQLite format 3\0")
    when = time.time() - age_s
    os.utime(path, (when, when))
    return path


def test_a_running_pactlines_partial_file_is_kept(default_template, tmp_path):
    exercise = tmp_path / "drill.pactline"
    exercise.write_bytes(default_template.read_bytes())
    alive = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        kept = [leftover(tmp_path, pid=alive.pid),                                  # a Pactline still writing
                leftover(tmp_path, pid=os.getpid()),                                 # this process's own
                leftover(tmp_path, pid=1, host="elsewhere", age_s=600)]             # another computer's, recent
        gone = [leftover(tmp_path, pid=1, host="elsewhere", age_s=2 * 3600),        # another computer's, old
                leftover(tmp_path, pid=os.getpid(), age_s=10 * 24 * 3600),          # a former process of this id
                leftover(tmp_path, pid=alive.pid, age_s=2 * 3600)]                  # untouched for hours
        open_and_close(exercise)
    finally:
        alive.communicate(b"")
    for path in kept:
        assert path.exists(), path.name
    for path in gone:
        assert not path.exists(), path.name


def test_hidden_leftovers_of_earlier_versions_go_once_old(tmp_path):
    old = time.time() - 2 * 3600
    names = {".saveas-new-k2j4h1x9.tmp": b"SQLite format 3\0", ".saveas-new-k2j4h1x9.tmp-journal": b"j",
             ".from-package-a1b2c3d4.tmp": b"", ".notes-abcdefgh.tmp": b"someone else's"}
    for name, data in names.items():
        (tmp_path / name).write_bytes(data)
        os.utime(tmp_path / name, (old, old))
    (tmp_path / ".saveas-new-zzzzzzzz.tmp").write_bytes(b"SQLite format 3\0")      # recent: maybe in use
    removed = remove_stale_partials(tmp_path)
    assert sorted(p.name for p in removed) == [".from-package-a1b2c3d4.tmp", ".saveas-new-k2j4h1x9.tmp",
                                               ".saveas-new-k2j4h1x9.tmp-journal"]
    assert listing(tmp_path) == [".notes-abcdefgh.tmp", ".saveas-new-zzzzzzzz.tmp"]


def test_the_host_part_of_a_partial_name_is_plain(monkeypatch):
    monkeypatch.setattr(socket, "gethostname", lambda: "ops-laptop.ministry.example")
    name = partial_name(Path("/x/aar.pdf"))
    assert name.startswith(f"aar.pactline-partial-{os.getpid()}-opslaptopminist-") and name.endswith(".pdf")
