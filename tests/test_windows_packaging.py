"""The Windows build, checked as far as Linux can: the spec's choices, the icon, the installer script.

CI has no Windows machine (README, "Windows"): what runs there is the spec
and the Inno Setup script, so their decisions are checked here — build.spec
executed with PyInstaller's build steps recording their arguments, the .ico
parsed, the .iss read for the settings a per-user install depends on.
"""
from __future__ import annotations

import configparser
import runpy
import struct
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "packaging" / "windows"


def spec_build_steps(monkeypatch, platform: str) -> list[dict]:
    """Run build.spec as PyInstaller would on *platform*; return the EXE calls' keyword arguments."""
    import PyInstaller.utils.hooks  # noqa: F401 - imported under the real platform first

    executables: list[dict] = []

    def analysis(*args, **kwargs):
        return SimpleNamespace(binaries=[], datas=[], pure=[], scripts=[])

    def exe(*args, **kwargs):
        executables.append(kwargs)
        return SimpleNamespace(name=kwargs["name"])

    collected = []
    monkeypatch.setattr(sys, "platform", platform)
    runpy.run_path(str(ROOT / "build.spec"), init_globals=dict(
        SPECPATH=str(ROOT), Analysis=analysis, PYZ=lambda *a, **k: object(), EXE=exe,
        COLLECT=lambda *a, **k: collected.append((a, k)) or SimpleNamespace(name=str(ROOT / "no-such-build"))))
    assert len(collected) == 1 and collected[0][1]["name"] == "pactline"
    assert [getattr(item, "name", None) for item in collected[0][0][:len(executables)]] == \
        [e["name"] for e in executables]
    return executables


def test_on_windows_the_program_is_windowed_and_a_console_launcher_serves_the_command_line(monkeypatch):
    steps = spec_build_steps(monkeypatch, "win32")
    assert {e["name"]: e["console"] for e in steps} == {"pactline": False, "pactline-cli": True}
    # (the Linux build, one console executable, is built and run for real by CI: .ci/run)


def test_the_windows_icon_holds_every_size_as_png(qapp):
    render = runpy.run_path(str(WINDOWS / "render-ico.py"))
    data = render["ico_bytes"](render["rendered_pngs"]())
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count == len(render["SIZES"])
    sides = []
    for index in range(count):
        width, height, _colours, _r, planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (planes, bits) == (1, 32)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
        png_width, png_height = struct.unpack_from(">II", data, offset + 16)
        assert png_width == png_height == (width or 256) == (height or 256)
        sides.append(png_width)
    assert sides == sorted(render["SIZES"])
    with pytest.raises(ValueError, match="at most 256"):
        render["ico_bytes"]({512: b""})


def _inno_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


def test_the_installer_is_per_user_associates_exercises_and_keeps_the_users_data_on_uninstall():
    sections = _inno_sections((WINDOWS / "pactline.iss").read_text(encoding="utf-8"))
    setup = configparser.ConfigParser(interpolation=None, strict=False)
    setup.optionxform = str
    setup.read_string("[Setup]\n" + "\n".join(sections["Setup"]))
    options = dict(setup["Setup"])
    assert options["PrivilegesRequired"] == "lowest"        # no administrator rights
    assert options["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs when per user
    assert options["ChangesAssociations"] == "yes"
    assert any('Source: "dist\\pactline\\*"' in line for line in sections["Files"])
    assert any("{autoprograms}\\Pactline" in line and "pactline.exe" in line for line in sections["Icons"])
    registry = sections["Registry"]
    assert all(line.startswith("Root: HKA;") for line in registry)   # the user's own hive
    assert any('Software\\Classes\\.pactline"' in line and "Pactline.Exercise" in line for line in registry)
    assert any("shell\\open\\command" in line and '""{app}\\pactline.exe"" ""%1""' in line for line in registry)
    # Nothing beyond what was installed is removed: exercises and settings stay.
    assert "UninstallDelete" not in sections
    assert not any("{userappdata}" in line or "{localappdata}" in line for lines in sections.values()
                   for line in lines)


def test_the_build_script_runs_every_step_and_checks_the_bundle():
    script = (WINDOWS / "build.ps1").read_text(encoding="utf-8")
    order = ["-m venv", "pip install -q -r requirements.txt", "render-ico.py", "-m pytest", "PyInstaller",
             "pactline-cli.exe --self-test", "pactline.iss"]
    positions = [script.find(step) for step in order]
    assert -1 not in positions and positions == sorted(positions), dict(zip(order, positions))


def test_a_windowed_program_without_streams_still_answers(tmp_path):
    # pactline.exe has no console: Python gives it sys.stdout = None, and --version would raise.
    code = ("import sys; sys.stdout = None; sys.stderr = None; import main; "
            "raise SystemExit(main.main(['--version']))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_the_spec_leaves_libcups_to_the_system_and_keeps_qts_printer_plugin(monkeypatch):
    """A bundled libcups brought GnuTLS, Kerberos and Avahi along; the .deb recommends the system's."""
    import PyInstaller.utils.hooks  # noqa: F401 - imported under the real platform first

    found = SimpleNamespace(binaries=[("libcups.so.2", "/usr/lib/libcups.so.2", "BINARY"),
                                      ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "x", "BINARY"),
                                      ("libQt6PrintSupport.so.6", "y", "BINARY")], datas=[], pure=[], scripts=[])
    monkeypatch.setattr(sys, "platform", "win32")       # the filters only: the Linux link check needs real files
    runpy.run_path(str(ROOT / "build.spec"), init_globals=dict(
        SPECPATH=str(ROOT), Analysis=lambda *a, **k: found, PYZ=lambda *a, **k: object(),
        EXE=lambda *a, **k: SimpleNamespace(name=k["name"]),
        COLLECT=lambda *a, **k: SimpleNamespace(name=str(ROOT / "no-such-build"))))
    assert [name for name, _path, _kind in found.binaries] == [
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "libQt6PrintSupport.so.6"]
    control = (ROOT / "packaging" / "linux" / "control.in").read_text()
    assert "libcups2" in next(line for line in control.splitlines() if line.startswith("Recommends:"))


def test_the_installers_own_words_are_in_english_and_italian():
    import re

    text = (WINDOWS / "pactline.iss").read_text(encoding="utf-8")
    sections = _inno_sections(text)
    languages = {line.split('"')[1] for line in sections["Languages"]}
    defined = {tuple(line.split("=", 1)[0].split(".", 1)) for line in sections["CustomMessages"]}
    used = set(re.findall(r"\{cm:(Pactline\w+)\}", text))
    assert languages == {"en", "it"} and used
    assert {(lang, name) for lang in languages for name in used} <= defined
    # no English words written straight into what the installer shows
    assert not any("Comment: \"" in line and "{cm:" not in line for line in sections["Icons"])


def test_the_catalogue_compiler_is_found_under_its_windows_name_too():
    from gui.core.i18n import lrelease_tool

    assert lrelease_tool("win32").name == "lrelease.exe"
    assert lrelease_tool("linux").name == "lrelease" and lrelease_tool("linux").exists()
    assert lrelease_tool("win32").parent == lrelease_tool("linux").parent
