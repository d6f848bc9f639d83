"""Timeline export: the timeline as a PNG at a chosen resolution, or as an SVG.

PNG: an offscreen twin of the given TimelineWidget, tall enough for every
signatory lane and showing the same time range, is rendered at a scale
factor (symbols drawn as vectors, not the on-screen sprite cache), so the
picture is the app's own timeline, sharp at print size.

SVG: QSvgGenerator writes numbers with six significant digits, and the live
view draws in epoch seconds (~1.8e9), so a rendered widget would shift bars
and lines by hours. The SVG is therefore drawn by the report's own timeline
chart (gui/report/charts.py) in small coordinates: a true vector picture of
the same assessment and time range. pyqtgraph's SVGExporter fails on the
path syntax of PySide6 6.11, so it is not an option either.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QWidget

from gui.core.marking_banner import banner_text, readable_text_colour
from gui.report import charts
from gui.timeline import TimelineWidget, look
from model import queries
from model.storage.file_output import PNG_END, SVG_END, Incomplete, atomic_output
from model.timeline_data import timeline_data

LOGICAL_WIDTH = 1600          # the PNG is this many logical pixels wide, scaled to the chosen width
LEGEND_HEIGHT = 22
SVG_DPI = 96
MARKING_HEIGHT = 24           # the exercise marking band, above and below the picture


def logical_height(timeline: TimelineWidget) -> int:
    lanes = timeline.assessment.snapshot.signatory_count
    return look.AXIS_HEIGHT + look.BAND_HEIGHT + lanes * look.LANE_PX + LEGEND_HEIGHT + 6


def png_size(timeline: TimelineWidget, width_px: int) -> QSize:
    """The size of the PNG ``export_png`` writes for *width_px*."""
    return QSize(width_px, round((logical_height(timeline) + 2 * MARKING_HEIGHT) * width_px / LOGICAL_WIDTH))


def draw_marking(painter: QPainter, timeline: TimelineWidget, width: float, height: float) -> None:
    """The exercise marking in its colour across the top and the bottom, as on every export."""
    info = queries.exercise_info(timeline.document.file)
    background = QColor(info.marking_colour)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(13)
    painter.save()
    painter.setFont(font)
    for top in (0.0, height - MARKING_HEIGHT):
        band = QRectF(0, top, width, MARKING_HEIGHT)
        painter.fillRect(band, background)
        painter.setPen(readable_text_colour(background))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, banner_text(info.classification))
    painter.restore()


def _twin(timeline: TimelineWidget) -> TimelineWidget:
    twin = TimelineWidget(timeline.document)
    twin.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # Under the option the user looks at (its marker says which, if not the active one); no selector in a picture.
    twin.show_option(timeline.shown_option())
    twin.option_bar.hide()
    twin.resize(LOGICAL_WIDTH, logical_height(timeline))
    twin.show()
    QApplication.processEvents()
    x0, x1 = timeline.view.time_range()
    twin.view.band_box.setXRange(x0, x1, padding=0)
    twin.select_incident(timeline.selected_incident())
    QApplication.processEvents()
    return twin


def _dispose(timeline: TimelineWidget, twin: TimelineWidget) -> None:
    twin.detach()
    twin.hide()
    twin.setParent(None)
    twin.deleteLater()


def export_png(timeline: TimelineWidget, path: Path | str, *, width_px: int = 3200) -> QSize:
    """Write the timeline, every lane, as a PNG *width_px* wide; returns the image size."""
    if width_px < 200 or width_px > 20000:
        raise ValueError("the image width must be between 200 and 20000 pixels")
    size = png_size(timeline, width_px)
    twin = _twin(timeline)
    exporting = [item for item in twin.view.scene().items() if hasattr(item, "setExportMode")]
    try:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        image.setDevicePixelRatio(width_px / LOGICAL_WIDTH)
        for item in exporting:
            item.setExportMode(True, {"antialias": True, "resolutionScale": 1.0})
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        twin.render(painter, QPoint(0, MARKING_HEIGHT), renderFlags=QWidget.RenderFlag.DrawChildren)
        draw_marking(painter, timeline, LOGICAL_WIDTH, logical_height(timeline) + 2 * MARKING_HEIGHT)
        painter.end()
    finally:
        for item in exporting:
            item.setExportMode(False)
        _dispose(timeline, twin)
    image.setDevicePixelRatio(1.0)
    with atomic_output(path, ends_with=PNG_END) as partial:
        if not image.save(str(partial), "PNG"):
            raise Incomplete("the image writer reported an error")
    return image.size()


def export_svg(timeline: TimelineWidget, path: Path | str, *, width_px: int = LOGICAL_WIDTH) -> QSize:
    """Write the timeline's assessment, in the range shown, as a vector SVG; returns its size in pixels."""
    x0, x1 = timeline.view.time_range()
    data = replace(timeline_data(timeline.assessment), start=x0, end=x1)
    k = SVG_DPI / 72
    height_for = charts.timeline_height(data, max_pt=100000)
    size = QSize(width_px, round(height_for(width_px, k)) + 2 * MARKING_HEIGHT)
    with atomic_output(path, ends_with=SVG_END) as partial:
        generator = QSvgGenerator()
        generator.setFileName(str(partial))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setResolution(SVG_DPI)
        generator.setTitle(f"Timeline — {timeline.assessment.snapshot.name}")
        generator.setDescription("Pactline exercise timeline: incidents, consultation windows, commitments "
                                 "per signatory")
        painter = QPainter()
        if not painter.begin(generator):
            raise Incomplete("the SVG could not be started")
        try:
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
            charts.draw_timeline(data, max_pt=100000)(
                painter, QRectF(8, 8 + MARKING_HEIGHT, size.width() - 16, size.height() - 16 - 2 * MARKING_HEIGHT),
                k)
            draw_marking(painter, timeline, size.width(), size.height())
        finally:
            ended = painter.end()
        # The generator closes its file only when it is deleted; the size check needs it closed.
        shiboken6.delete(generator)
        if not ended:
            raise Incomplete("the SVG could not be finished")
    return size
