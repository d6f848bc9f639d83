"""Check that Qt still collates, maps case and names time zones with a bundle's trimmed ICU data.

Usage: python packaging/bundle/check_icu_data.py dist/pactline
Runs the checks in a child whose QtCore loads the bundle's libicudata instead of its own.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKS = """
from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone
for name in ("it_IT", "en_GB"):
    words = sorted(["zeta", "Àlfa", "beta", "Éclair"], key=QCollator(QLocale(name)).sortKey)
    assert words == ["Àlfa", "beta", "Éclair", "zeta"], (name, words)
assert QLocale("it_IT").toUpper("perché") == "PERCHÉ"
assert QTimeZone(b"Europe/Rome").displayName(QDateTime.currentDateTime(), QTimeZone.NameType.LongName,
                                             QLocale("en_GB")), "no time-zone names"
assert not QStringDecoder("Shift_JIS").isValid(), "the bundle's ICU data was not loaded (it has no converters)"
print("ICU data OK: Italian and English collation, case mapping and time-zone names")
"""


def main(bundle: Path) -> int:
    library = next(bundle.rglob("libicudata.so.*")).resolve()
    with tempfile.TemporaryDirectory() as alone:   # that library only, not the bundle's Qt
        shutil.copy(library, alone)
        env = {**os.environ, "LD_LIBRARY_PATH": alone, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run([sys.executable, "-c", CHECKS], env=env).returncode


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
