"""The report's charts, drawn with QPainter from ReportContent parts (never from the database).

Each chart is a ``draw_*(painter, rect, k)`` function and a ``*_height(width, k)``
function, in device pixels with *k* device pixels per point, so the same
drawing goes into the PDF as vectors, into a PNG for the HTML report, or into
an SVG. ``to_png`` renders any of them to PNG bytes.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

from gui.report.blocks import MUTED, RULE, TEXT, ZEBRA, font
from gui.core.i18n import QT_TR_NOOP, day_text, tr
from gui.core.style import NOW_LINE, severity_colour
from model import display_names
from model.catalogue import category_colour
from model.report_parts import LatencyRow
from model.timeline_data import TimelineData, epoch_text
from model.timeutil import from_epoch
from model.vocabulary import CATEGORIES

MET, MISSED, PENDING = QColor("#2e7d32"), QColor("#c62828"), QColor("#f9a825")
OUTSIDE = QColor(176, 190, 197, 80)
DAY_FILL = QColor(236, 239, 241, 120)
DAY = 86400
Draw = Callable[[QPainter, QRectF, float], None]


def category_name(code: str) -> str:
    """``Economic``: the category's name without its gloss, short enough for a chart's key."""
    return display_names.category_name(code).split(" (")[0]


def _text(p: QPainter, rect: QRectF, text: str, size: float, k: float, *, bold=False, colour=TEXT,
          align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
    p.setFont(font(size, bold=bold))
    p.setPen(colour)
    p.drawText(rect, int(align | Qt.TextFlag.TextDontClip), text)


LEGEND_LINE = 13.0


def _swatch_legend(p: QPainter, x: float, y: float, k: float, items: list[tuple[str, Callable]], right: float) -> None:
    """Legend entries, wrapped onto as many lines as needed (LEGEND_LINE points apart)."""
    f = font(7.5)
    p.setFont(f)
    start = x
    for label, swatch in items:
        width = p.fontMetrics().horizontalAdvance(label) * 1.05 + 2 * k   # SVG viewers set text a little wider
        if x + 14 * k + width > right and x > start:
            x, y = start, y + LEGEND_LINE * k
        swatch(p, QPointF(x + 5 * k, y), k)
        p.setPen(MUTED)
        p.setFont(f)
        p.drawText(QRectF(x + 12 * k, y - 6 * k, width + 4 * k, 12 * k),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
        x += 12 * k + width + 10 * k


def _box(colour: QColor, *, hollow=False, hatch=False):
    def paint(p: QPainter, c: QPointF, k: float) -> None:
        rect = QRectF(c.x() - 5 * k, c.y() - 3 * k, 10 * k, 6 * k)
        p.setPen(QPen(colour.darker(120), 0.8 * k, Qt.PenStyle.DotLine if hollow else Qt.PenStyle.SolidLine))
        p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern) if hatch else (Qt.BrushStyle.NoBrush if hollow else colour))
        p.drawRect(rect)
    return paint


def _dot(colour: QColor, *, hollow=False, ring: QColor | None = None, radius: float = 3.0):
    def paint(p: QPainter, c: QPointF, k: float) -> None:
        p.setPen(QPen(colour.darker(130) if not hollow else colour, (1.2 if hollow else 0.6) * k))
        p.setBrush(QColor("white") if hollow else colour)
        p.drawEllipse(c, radius * k, radius * k)
        if ring is not None:
            p.setPen(QPen(ring, 1.2 * k))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, (radius + 2.2) * k, (radius + 2.2) * k)
    return paint


# -- 2: the exercise timeline ---------------------------------------------------------------------------------
def _tracks(data: TimelineData) -> list[int]:
    """A window track per incident so that consultation windows do not overlap."""
    ends: list[float] = []
    tracks = []
    for inc in data.incidents:
        for n, end in enumerate(ends):
            if end <= inc.time:
                ends[n] = inc.consultation_deadline
                tracks.append(n)
                break
        else:
            ends.append(inc.consultation_deadline)
            tracks.append(len(ends) - 1)
    return tracks


def _lane_pt(data: TimelineData, max_pt: float) -> float:
    """Lane height in points: roomy for a small roster, squeezed (down to 4 pt) to fit *max_pt*."""
    tracks = max(_tracks(data), default=-1) + 1
    fixed = 24 + 22 + tracks * 9 + 6 + 14 + 2 * LEGEND_LINE
    return max(4.0, min(13.0, (max_pt - fixed) / max(1, len(data.lanes))))


def timeline_height(data: TimelineData, max_pt: float = 560) -> Callable[[float, float], float]:
    def height(width: float, k: float) -> float:
        tracks = max(_tracks(data), default=-1) + 1
        return k * (24 + 22 + tracks * 9 + 6 + len(data.lanes) * _lane_pt(data, max_pt) + 14 + 2 * LEGEND_LINE)
    return height


TIMELINE_GUTTER_LABELS = ((QT_TR_NOOP("Incidents"), 7.0), (QT_TR_NOOP("Consult."), 7.0))


def text_width(p: QPainter, text: str, size: float, *, bold: bool = False) -> float:
    """How wide *text* is set on *p*'s device, in its units."""
    p.setFont(font(size, bold=bold))
    return p.fontMetrics().horizontalAdvance(text)


def timeline_margins(p: QPainter, data: TimelineData, k: float) -> tuple[float, float]:
    """The label gutter on the left and the room for window labels (``#5``) on the right, measured on *p*.

    Measured rather than fixed, so that no label is cut at the chart's edge
    whatever the device's resolution or the font that sets them.
    """
    labels = [*((tr(text), size) for text, size in TIMELINE_GUTTER_LABELS), *((code, 6.5) for code in data.lanes)]
    gutter = max(34 * k, max(text_width(p, text, size, bold=True) for text, size in labels) + 6 * k)
    right = max((text_width(p, inc.label, 6) for inc in data.incidents), default=0.0) + 4 * k
    return gutter, max(4 * k, right)


def draw_timeline(data: TimelineData, max_pt: float = 560) -> Draw:
    def draw(p: QPainter, rect: QRectF, k: float) -> None:
        gutter, reserve = timeline_margins(p, data, k)
        left, right = rect.left() + gutter, rect.right() - reserve
        pad = (data.end - data.start) * 0.02
        t0, t1 = data.start - pad, data.end + pad

        def x(t: float) -> float:
            return left + (t - t0) / (t1 - t0) * (right - left)

        tracks = _tracks(data)
        axis_top = rect.top()
        band_top = axis_top + 24 * k
        windows_top = band_top + 22 * k
        lanes_top = windows_top + (max(tracks, default=-1) + 1) * 9 * k + 6 * k
        radius = min(3.2, _lane_pt(data, max_pt) * 0.3)
        lane_h = _lane_pt(data, max_pt) * k
        bottom = lanes_top + len(data.lanes) * lane_h
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # backdrop: lane stripes, alternate days, outside the exercise, day lines
        for n in range(len(data.lanes)):
            if n % 2:
                p.fillRect(QRectF(left, lanes_top + n * lane_h, right - left, lane_h), ZEBRA)
        first_day = int(t0 // DAY) * DAY
        day = first_day
        while day < t1:
            a, b = max(x(day), left), min(x(day + DAY), right)
            if ((day - int(data.startex // DAY) * DAY) // DAY) % 2 == 1 and b > a:
                p.fillRect(QRectF(a, band_top, b - a, bottom - band_top), DAY_FILL)
            day += DAY
        p.fillRect(QRectF(left, band_top, max(0.0, x(data.startex) - left), bottom - band_top), OUTSIDE)
        p.fillRect(QRectF(x(data.endex), band_top, max(0.0, right - x(data.endex)), bottom - band_top), OUTSIDE)
        day = first_day
        pixels_per_day = (right - left) * DAY / (t1 - t0)
        while day < t1:
            p.setPen(QPen(RULE, 0.6 * k))
            if day > t0:
                p.drawLine(QPointF(x(day), axis_top + 2 * k), QPointF(x(day), bottom))
            elif x(day + DAY) - left < 50 * k:
                day += DAY
                continue        # too little of the first day in view to label it
            if pixels_per_day > 30 * k:
                label = epoch_text(day, data.startex).split()[0]
                lx = max(x(day), left)
                _text(p, QRectF(lx + 2 * k, axis_top, 60 * k, 11 * k), label, 7.5, k, bold=True)
                if pixels_per_day > 70 * k:
                    when = from_epoch(day)
                    _text(p, QRectF(lx + 2 * k, axis_top + 10 * k, 80 * k, 10 * k),
                          day_text(when, year=False), 6.5, k, colour=MUTED)
            day += DAY
        p.setPen(QPen(MUTED, 0.6 * k))
        p.drawLine(QPointF(left, band_top), QPointF(right, band_top))
        # gutter labels
        (incidents, size), (consult, _size) = ((tr(text), size) for text, size in TIMELINE_GUTTER_LABELS)
        _text(p, QRectF(rect.left(), band_top, gutter - 4 * k, 22 * k), incidents, size, k, bold=True,
              align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        _text(p, QRectF(rect.left(), windows_top, gutter - 4 * k, max(9 * k, lanes_top - windows_top - 6 * k)),
              consult, size, k, bold=True, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for n, code in enumerate(data.lanes):
            _text(p, QRectF(rect.left(), lanes_top + n * lane_h, gutter - 4 * k, lane_h), code, 6.5, k, bold=True,
                  align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # consultation windows and reaction deadlines
        for inc, track in zip(data.incidents, tracks):
            y = windows_top + track * 9 * k + 1.5 * k
            counts = inc.consultation
            colour = (MISSED if counts.get("missed") else PENDING if counts.get("pending") or not inc.occurred
                      else MET)
            fill = QColor(colour)
            fill.setAlpha(60 if inc.occurred else 25)
            bar = QRectF(x(inc.time), y, x(inc.consultation_deadline) - x(inc.time), 6 * k)
            p.setPen(QPen(colour.darker(110), 0.6 * k, Qt.PenStyle.SolidLine if inc.occurred else Qt.PenStyle.DashLine))
            p.setBrush(fill)
            p.drawRect(bar)
            p.setPen(QPen(TEXT, 1.0 * k))
            rx = x(inc.reaction_deadline)
            p.drawLine(QPointF(rx, y - 1 * k), QPointF(rx, y + 7 * k))
            _text(p, QRectF(bar.right() + 2 * k, y - 2 * k, 60 * k, 10 * k), inc.label, 6, k, colour=MUTED)
        # incident markers
        for inc in data.incidents:
            cx, cy = x(inc.time), band_top + 14 * k
            diamond = QPainterPath()
            diamond.moveTo(cx, cy - 5 * k)
            diamond.lineTo(cx + 5 * k, cy)
            diamond.lineTo(cx, cy + 5 * k)
            diamond.lineTo(cx - 5 * k, cy)
            diamond.closeSubpath()
            colour = severity_colour(inc.severity)
            p.setPen(QPen(colour.darker(150), 0.8 * k))
            p.setBrush(colour if inc.occurred else QColor("white"))
            p.drawPath(diamond)
            _text(p, QRectF(cx - 20 * k, band_top + 1 * k, 40 * k, 8 * k), f"{inc.label} S{inc.severity}", 6, k,
                  bold=True, align=Qt.AlignmentFlag.AlignCenter)
        # commitments: a line from announcement to effect, the marker at effect (or announcement)
        for com in data.commitments:
            cy = lanes_top + (com.lane + 0.5) * lane_h
            colour = QColor("#b0bec5") if com.status == "withdrawn" else QColor(category_colour(com.category))
            at = com.effective if com.effective is not None else com.announced
            if com.effective is not None and com.effective > com.announced:
                p.setPen(QPen(colour, 0.7 * k))
                p.drawLine(QPointF(x(com.announced), cy), QPointF(x(com.effective), cy))
            _dot(colour, hollow=com.status != "effective", ring=MISSED if com.gate_violation else None,
                 radius=radius)(
                p, QPointF(x(at), cy), k)
        # the time the report is assessed at
        if t0 <= data.now <= t1:
            p.setPen(QPen(NOW_LINE, 1.0 * k, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x(data.now), band_top), QPointF(x(data.now), bottom))
            label = tr("as of {0}").format(epoch_text(data.now, data.startex))
            _text(p, QRectF(x(data.now) - 40 * k, bottom + 1 * k, 80 * k, 9 * k), label, 6.5, k, bold=True,
                  colour=NOW_LINE, align=Qt.AlignmentFlag.AlignCenter)
        items = [(category_name(c), _dot(QColor(category_colour(c)))) for c in CATEGORIES]
        items += [(tr("pledged"), _dot(QColor("#5c6bc0"), hollow=True)), (tr("gate broken"), _dot(MISSED, ring=MISSED)),
                  (tr("consultation: all met"), _box(MET)), (tr("some missed"), _box(MISSED)),
                  (tr("still open"), _box(PENDING))]
        _swatch_legend(p, left, bottom + 15 * k, k, items, right)
    return draw


# -- 5: response latency --------------------------------------------------------------------------------
def _latency_rows(rows: tuple[LatencyRow, ...], max_pt: float) -> tuple[float, float, int]:
    """(bar height, row height) in points and the most bars in a row, sized to fill up to *max_pt*."""
    n = max((max(len(r.reaction), len(r.consultation)) for r in rows), default=1) or 1
    room = (max_pt - 30 - 14 - 2 * LEGEND_LINE) / max(1, len(rows))
    bar = max(0.8, min(4.5, (room - 4) / n))
    return bar, n * bar + 4, n


def latency_height(rows: tuple[LatencyRow, ...], max_pt: float = 560) -> Callable[[float, float], float]:
    def height(width: float, k: float) -> float:
        _bar, row, _n = _latency_rows(rows, max_pt)
        return k * (30 + len(rows) * row + 14 + 2 * LEGEND_LINE)
    return height


def draw_latency(rows: tuple[LatencyRow, ...], reaction_hours: int, max_pt: float = 560) -> Draw:
    def draw(p: QPainter, rect: QRectF, k: float) -> None:
        bar_pt, row_pt, _n = _latency_rows(rows, max_pt)
        bar, row_h = bar_pt * k, row_pt * k
        gutter, gap = 26 * k, 18 * k
        panel_w = (rect.width() - gutter - gap) / 2
        top = rect.top() + 30 * k
        bottom = top + len(rows) * row_h
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for r, row in enumerate(rows):
            y = top + r * row_h
            if r % 2:
                p.fillRect(QRectF(rect.left(), y, rect.width(), row_h), ZEBRA)
            _text(p, QRectF(rect.left(), y, gutter - 4 * k, row_h), row.code, 6.5, k, bold=True,
                  align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for panel, (title, pick) in enumerate((
                (tr("Reaction (deadline {0} h, dashed)").format(reaction_hours), lambda r: r.reaction),
                (tr("Consultation (deadline by severity tier, tick)"), lambda r: r.consultation))):
            left = rect.left() + gutter + panel * (panel_w + gap)
            bars = [b for row in rows for b in pick(row)]
            span = max([b.hours or 0 for b in bars] + [b.deadline_h for b in bars] + [reaction_hours]) * 1.06
            scale = panel_w / span
            _text(p, QRectF(left, rect.top(), panel_w, 11 * k), title, 7.5, k, bold=True)
            step = 12 if span <= 96 else 24 if span <= 240 else 48
            hour = 0
            while hour <= span:
                gx = left + hour * scale
                p.setPen(QPen(RULE, 0.5 * k))
                p.drawLine(QPointF(gx, top - 2 * k), QPointF(gx, bottom))
                _text(p, QRectF(gx - 15 * k, top - 13 * k, 30 * k, 9 * k), f"{hour} h", 6.5, k, colour=MUTED,
                      align=Qt.AlignmentFlag.AlignCenter)
                hour += step
            for r, row in enumerate(rows):
                y = top + r * row_h + 2 * k
                for b, item in enumerate(pick(row)):
                    box_y, box_h = y + b * bar, bar * 0.8
                    deadline_x = left + item.deadline_h * scale
                    if item.hours is not None:
                        p.fillRect(QRectF(left, box_y, max(0.8 * k, item.hours * scale), box_h),
                                   MET if item.status == "met" else MISSED)
                    else:
                        pale = QColor(MISSED if item.status == "missed" else PENDING)
                        pale.setAlpha(70 if item.status == "missed" else 45)
                        p.fillRect(QRectF(left, box_y, deadline_x - left, box_h), pale)
                    if panel == 1:
                        p.setPen(QPen(TEXT, 0.7 * k))
                        p.drawLine(QPointF(deadline_x, box_y - 0.4 * k), QPointF(deadline_x, box_y + bar))
            if panel == 0:
                dx = left + reaction_hours * scale
                p.setPen(QPen(TEXT, 0.9 * k, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(dx, top - 2 * k), QPointF(dx, bottom))
            p.setPen(QPen(MUTED, 0.6 * k))
            p.drawLine(QPointF(left, top - 2 * k), QPointF(left, bottom))
        pale_missed, pale_pending = QColor(MISSED), QColor(PENDING)
        pale_missed.setAlpha(70)
        pale_pending.setAlpha(45)
        _swatch_legend(p, rect.left() + gutter, bottom + 12 * k, k, [
            (tr("met (bar: hours taken)"), _box(MET)), (tr("done, but late"), _box(MISSED)),
            (tr("not done by the deadline"), _box(pale_missed)), (tr("not done, deadline still ahead"), _box(pale_pending))],
            rect.right())
    return draw


# -- 6: commitment matrix ----------------------------------------------------------------------------------
def matrix_height(codes: tuple[str, ...]) -> Callable[[float, float], float]:
    def height(width: float, k: float) -> float:
        return k * (16 + len(CATEGORIES) * 17 + 16 + 20)
    return height


def draw_matrix(codes: tuple[str, ...], matrix: tuple[tuple[int, ...], ...]) -> Draw:
    def draw(p: QPainter, rect: QRectF, k: float) -> None:
        gutter, total_w = 70 * k, 26 * k
        cols = max(1, len(codes))
        cell_w = (rect.width() - gutter - total_w) / cols
        cell_h = 17 * k
        top = rect.top() + 16 * k
        peak = max([n for row in matrix for n in row] + [1])
        for s, code in enumerate(codes):
            _text(p, QRectF(rect.left() + gutter + s * cell_w, rect.top(), cell_w, 14 * k), code, 6.5, k, bold=True,
                  align=Qt.AlignmentFlag.AlignCenter)
        _text(p, QRectF(rect.right() - total_w, rect.top(), total_w, 14 * k), tr("Total"), 6.5, k, bold=True,
              align=Qt.AlignmentFlag.AlignCenter)
        for c, category in enumerate(CATEGORIES):
            y = top + c * cell_h
            base = QColor(category_colour(category))
            _text(p, QRectF(rect.left(), y, gutter - 6 * k, cell_h), category_name(category), 7.5, k, bold=True,
                  align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for s in range(len(codes)):
                count = matrix[s][c] if s < len(matrix) else 0
                cell = QRectF(rect.left() + gutter + s * cell_w, y, cell_w, cell_h).adjusted(0.6 * k, 0.6 * k,
                                                                                             -0.6 * k, -0.6 * k)
                fill = QColor(base)
                fill.setAlphaF(0.12 + 0.88 * count / peak if count else 0.0)
                p.fillRect(cell, fill if count else QColor("#f4f6f8"))
                if count:
                    dark = count / peak > 0.55
                    _text(p, cell, str(count), 7, k, bold=True, colour=QColor("white") if dark else TEXT,
                          align=Qt.AlignmentFlag.AlignCenter)
            total = sum(row[c] for row in matrix)
            _text(p, QRectF(rect.right() - total_w, y, total_w, cell_h), str(total), 7.5, k, bold=True,
                  align=Qt.AlignmentFlag.AlignCenter)
        y = top + len(CATEGORIES) * cell_h
        _text(p, QRectF(rect.left(), y, gutter - 6 * k, 14 * k), tr("Total"), 7.5, k, bold=True,
              align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for s in range(len(codes)):
            total = sum(matrix[s]) if s < len(matrix) else 0
            _text(p, QRectF(rect.left() + gutter + s * cell_w, y, cell_w, 14 * k), str(total), 6.5, k,
                  colour=MUTED if not total else TEXT, align=Qt.AlignmentFlag.AlignCenter)
        _text(p, QRectF(rect.left() + gutter, y + 16 * k, rect.width() - gutter, 12 * k),
              tr("Cells count commitments announced (withdrawn ones excluded) across all incidents; "
                 "the darker the cell, the more commitments."), 6.5, k, colour=MUTED)
    return draw


# -- rasterising -----------------------------------------------------------------------------------------------
def to_image(draw: Draw, height_for: Callable[[float, float], float], width_pt: float, dpi: float = 192) -> QImage:
    """A chart as an image *width_pt* points wide at *dpi*."""
    k = dpi / 72
    width = round(width_pt * k)
    image = QImage(QSize(width, round(height_for(width, k))), QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    draw(painter, QRectF(0, 0, image.width(), image.height()), k)
    painter.end()
    return image


def to_png(draw: Draw, height_for: Callable[[float, float], float], width_pt: float, dpi: float = 192) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    to_image(draw, height_for, width_pt, dpi).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
