"""Write the program's icon (drawn by gui/shell/app.py) as a Windows .ico with every size Explorer asks for.

Usage: QT_QPA_PLATFORM=offscreen python packaging/windows/render-ico.py OUT.ico

The .ico holds PNG images (allowed since Windows Vista): a 6-byte header, one
16-byte directory entry per image, then the PNG data. Written here rather
than by Qt's ICO plugin, which stores a single image per file.
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SIZES = (16, 24, 32, 48, 64, 128, 256)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of square PNG images keyed by their side in pixels (at most 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, data = [], []
    for side, png in sorted(pngs.items()):
        if not 0 < side <= 256:
            raise ValueError(f"an icon image is at most 256 px (got {side})")
        # width and height 0 mean 256; no palette; 1 plane; 32 bits per pixel
        entries.append(struct.pack("<BBBBHHII", side % 256, side % 256, 0, 0, 1, 32, len(png), offset))
        data.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(data)


def rendered_pngs(sizes=SIZES) -> dict[int, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtWidgets import QApplication

    from gui.shell.app import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - pixmaps need it
    icon = app_icon()
    pngs = {}
    for side in sizes:
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not icon.pixmap(QSize(side, side)).scaled(side, side).save(buffer, "PNG"):
            raise RuntimeError(f"could not draw the {side} px icon")
        pngs[side] = bytes(array.data())
    return pngs


def main(target: Path) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes(rendered_pngs()))
    print(f"icon: {target} ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
