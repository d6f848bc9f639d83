"""Drag-and-drop payload for incident types: the palette produces it, the timeline accepts it."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

INCIDENT_MIME = "application/x-pactline-incident-type"


def incident_type_mime(type_code: str) -> QMimeData:
    """Mime data naming one incident type of the catalogue (its code, UTF-8)."""
    mime = QMimeData()
    mime.setData(INCIDENT_MIME, QByteArray(type_code.encode("utf-8")))
    return mime


def incident_type_from_mime(mime: QMimeData | None) -> str | None:
    """The incident type code carried by *mime*, or None if it carries none."""
    if mime is None or not mime.hasFormat(INCIDENT_MIME):
        return None
    code = bytes(mime.data(INCIDENT_MIME).data()).decode("utf-8", errors="replace").strip()
    return code or None
