"""Timeline export: a PNG of every lane at the chosen width, and a vector SVG of the same range."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from gui.core import style
from gui.timeline import TimelineWidget, look
from gui.report.timeline_image import LOGICAL_WIDTH, export_png, export_svg, png_size


@pytest.fixture
def timeline(qtbot, document):
    widget = TimelineWidget(document)
    qtbot.addWidget(widget)
    widget.resize(900, 400)           # far fewer lanes fit on screen than the export shows
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_all()
    return widget


def count_colour(image: QImage, colour: QColor, step: int = 2) -> int:
    target = colour.rgb() & 0xFFFFFF
    return sum(1 for y in range(0, image.height(), step) for x in range(0, image.width(), step)
               if image.pixel(x, y) & 0xFFFFFF == target)


@pytest.mark.parametrize("width", [1600, 3200])
def test_png_has_the_chosen_width_and_room_for_every_lane(timeline, document, tmp_path, width):
    path = tmp_path / "timeline.png"
    size = export_png(timeline, path, width_px=width)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size.width(), size.height()) == (width, png_size(timeline, width).height())
    lanes = document.snapshot.signatory_count
    assert image.height() >= (look.AXIS_HEIGHT + look.BAND_HEIGHT + lanes * look.LANE_PX) * width / LOGICAL_WIDTH
    # drawn, not blank: the now line and the window colours are there
    assert count_colour(image, style.NOW_LINE) > 20
    assert timeline.view.lane_scroll_max() > 0          # the window on screen scrolls; the export does not


def test_png_shows_the_range_on_screen_and_leaves_the_widget_alone(qtbot, timeline, document, tmp_path):
    timeline.zoom_in()
    before = timeline.view.time_range()
    listeners = [document.receivers(SIGNAL(f"{name}(PyObject)")) for name in ("assessed", "previewed")]
    export_png(timeline, tmp_path / "zoomed.png", width_px=1600)
    assert timeline.view.time_range() == pytest.approx(before)
    # the offscreen twin no longer follows the document
    assert [document.receivers(SIGNAL(f"{name}(PyObject)")) for name in ("assessed", "previewed")] == listeners


def test_png_refuses_absurd_widths(timeline, tmp_path):
    with pytest.raises(ValueError):
        export_png(timeline, tmp_path / "t.png", width_px=50)
    assert not (tmp_path / "t.png").exists()


def test_svg_is_a_valid_vector_drawing_of_every_lane(timeline, document, tmp_path):
    path = tmp_path / "timeline.svg"
    size = export_svg(timeline, path)
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() == size.width() == LOGICAL_WIDTH
    assert renderer.viewBoxF().height() == size.height() > 400
    root = ET.parse(path).getroot()
    texts = {"".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert set(document.snapshot.sig_codes) <= texts
    assert "#1 S3" in texts and not any(e.tag.endswith("image") for e in root.iter())


def test_an_export_draws_the_option_the_timeline_shows_marked_and_without_the_selector(timeline, document):
    from gui.report.timeline_image import _dispose, _twin
    from model.snapshot import load_options, terms_ids

    bilateral = next(t for t in load_options(document.file, terms_ids(document.file)) if t.kind == "bilateral")
    timeline.show_option(bilateral.id)
    twin = _twin(timeline)
    try:
        assert twin.shown_option() == bilateral.id
        assert (twin.assessment.reaction.status == timeline.assessment.reaction.status).all()
        assert twin.option_bar.isHidden() and not twin.option_marker.isHidden()
    finally:
        _dispose(timeline, twin)
