"""Write the program's own icon (drawn by gui/shell/app.py) as the PNGs a Linux desktop looks up.

Usage: QT_QPA_PLATFORM=offscreen python packaging/linux/render-icons.py ICON_ROOT
writes ICON_ROOT/<n>x<n>/apps/pactline.png and .../mimetypes/application-x-pactline.png.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.shell.app import app_icon  # noqa: E402


def main(icon_root: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - pixmaps need it
    icon = app_icon()
    sizes = sorted(icon.availableSizes(), key=lambda s: s.width())
    for size in sizes:
        pixmap = icon.pixmap(size)
        for folder, name in (("apps", "pactline"), ("mimetypes", "application-x-pactline")):
            target = icon_root / f"{size.width()}x{size.height()}" / folder / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            if not pixmap.save(str(target), "PNG"):
                print(f"render-icons: could not write {target}", file=sys.stderr)
                return 1
    print(f"icons: {', '.join(str(s.width()) for s in sizes)} px")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
