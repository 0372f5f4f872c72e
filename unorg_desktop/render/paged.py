"""Painting a :class:`~unorg_desktop.render.pages.PagePlan`: the same pages for a PDF, a printer
(and its preview), and a one-page SVG or PNG.

The painter works in points (1/72 in) from the page's top-left corner: each device only sets the
scale. A chart page renders its tile of the scene into the chart area, with the cards that the
page's edges would cut hidden (they are whole on the next page); page 1 of a tiled plan is the
page map. Every page has the caption and its number in the band at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from . import palette
from .pages import PT_PER_MM, Page, PagePlan
from .svg import svg_document

CAPTION_PT = 7  # caption and page numbers (text is never smaller than 4 pt on paper)
MAP_NUMBER_PT = 11
PDF_DPI = 300
PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3, "A2": QPageSize.PageSizeId.A2,
            "Letter": QPageSize.PageSizeId.Letter, "Legal": QPageSize.PageSizeId.Legal}
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont(palette.font(12, bold))
    font.setPixelSize(points)  # the painter's unit is the point
    return font


def caption_mm(caption: str, width_mm: float) -> float:
    """The height (mm) of ``caption`` wrapped in a band ``width_mm`` wide."""
    if not caption:
        return 0.0
    fm = QFontMetricsF(_font(CAPTION_PT))
    rect = fm.boundingRect(QRectF(0, 0, width_mm * PT_PER_MM, 1e6), _WRAP, caption)
    return rect.height() / PT_PER_MM + 1.0


def _rect_pt(rect_mm) -> QRectF:
    x, y, w, h = rect_mm
    return QRectF(x * PT_PER_MM, y * PT_PER_MM, w * PT_PER_MM, h * PT_PER_MM)


class _Hidden:
    """Hide the cards (and their marks) that a page's edges would cut, for one page."""

    def __init__(self, scene, nodes) -> None:
        self.items = []
        marks = scene.marks() if hasattr(scene, "marks") else {}
        for node in nodes:
            for item in (scene.card(node), marks.get(node)):
                if item is not None and item.isVisible():
                    self.items.append(item)

    def __enter__(self):
        for item in self.items:
            item.setVisible(False)
        return self

    def __exit__(self, *exc) -> None:
        for item in self.items:
            item.setVisible(True)


def _paint_tile(painter: QPainter, plan: PagePlan, scene, page: Page) -> None:
    area = _rect_pt(plan.chart_mm)
    x, y, w, h = page.source
    target = QRectF(area.left(), area.top(), w * plan.scale, h * plan.scale)
    if not page.hidden and len(plan.pages) == 1:  # one page: centred in the chart area
        target.moveLeft(area.left() + (area.width() - target.width()) / 2)
    painter.save()
    painter.setClipRect(target.intersected(area))
    with _Hidden(scene, page.hidden):
        scene.render(painter, target, QRectF(x, y, w, h), Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()


def _paint_map(painter: QPainter, plan: PagePlan, scene) -> None:
    """The whole chart, small, with each tile's outline and page number."""
    area = _rect_pt(plan.chart_mm)
    x, y, w, h = plan.pages[0].source
    s = plan.map_scale
    left = area.left() + (area.width() - w * s) / 2
    scene.render(painter, QRectF(left, area.top(), w * s, h * s), QRectF(x, y, w, h),
                 Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.save()
    painter.setFont(_font(MAP_NUMBER_PT, True))
    for page in plan.pages[1:]:
        px, py, pw, ph = page.source
        rect = QRectF(left + (px - x) * s, area.top() + (py - y) * s, pw * s, ph * s).intersected(
            QRectF(left, area.top(), w * s, h * s))
        painter.setPen(QPen(QColor(palette.SECONDARY_COLOUR), 0.8, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.setPen(QColor(palette.SECONDARY_COLOUR).darker(140))
        painter.drawText(rect.adjusted(3, 2, -3, -2), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         str(page.number))
    painter.restore()


def _paint_band(painter: QPainter, plan: PagePlan, page: Page, caption: str, labels: dict) -> None:
    band = _rect_pt(plan.band_mm)
    painter.save()
    painter.setFont(_font(CAPTION_PT))
    painter.setPen(QColor(palette.MUTED_TEXT_COLOUR))
    if plan.count > 1:
        if page.is_map:
            where = labels["map"]
        else:
            where = labels["tile"].replace("%1", str(page.row + 1)).replace("%2", str(page.column + 1))
        number = labels["page"].replace("%1", str(page.number)).replace("%2", str(plan.count))
        painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"{number} — {where}")
    if caption:  # plain drawText: document titles are never markup
        top = band.top() + (4.0 * PT_PER_MM if plan.count > 1 else 0.0)
        painter.drawText(QRectF(band.left(), top, band.width(), band.bottom() - top + 1), _WRAP, caption)
    painter.restore()


def smallest_text_pt(plan: PagePlan, scene) -> float:
    """The size in points of the smallest text on the chart pages of ``plan`` (the page map
    aside): every item's smallest text (``text_px``) at the pages' scale, and the caption band."""
    if hasattr(scene, "cards"):
        scene.cards()  # every card built, as printing builds them
    sizes = [px for item in scene.items() if hasattr(item, "text_px") for px in item.text_px()]
    chart = min(sizes) * plan.scale if sizes else float("inf")
    return min(chart, float(CAPTION_PT))


def default_labels() -> dict:
    from PySide6.QtCore import QCoreApplication

    return {"page": QCoreApplication.translate("Pages", "Page %1 / %2"),
            "map": QCoreApplication.translate("Pages", "page map"),
            "tile": QCoreApplication.translate("Pages", "row %1, column %2")}


def paint_plan(painter: QPainter, plan: PagePlan, scene, caption: str, new_page: Callable[[], bool],
               points_to_device: float, labels: dict | None = None) -> None:
    """Paint every page of ``plan``; ``new_page()`` starts the next one (False: stop);
    ``points_to_device`` is the device's units per point."""
    labels = labels or default_labels()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    state = (getattr(scene, "full_detail", False), scene.backgroundBrush())
    scene.full_detail = True  # vector devices: every card's text at any scale
    scene.setBackgroundBrush(Qt.BrushStyle.NoBrush)
    with palette.using("light"):  # paper is white: pages use the light theme, whatever the window's
        _paint_pages(painter, plan, scene, caption, new_page, points_to_device, labels, state)


def _paint_pages(painter, plan, scene, caption, new_page, points_to_device, labels, state) -> None:
    try:
        for i, page in enumerate(plan.pages):
            if i and not new_page():
                return
            painter.save()
            painter.scale(points_to_device, points_to_device)
            if page.is_map:
                _paint_map(painter, plan, scene)
            else:
                _paint_tile(painter, plan, scene, page)
            _paint_band(painter, plan, page, caption, labels)
            painter.restore()
    finally:
        scene.full_detail, brush = state
        scene.setBackgroundBrush(brush)


def page_layout(plan: PagePlan) -> QPageLayout:
    """The Qt page layout of ``plan`` (no margins: the plan keeps its own)."""
    orientation = QPageLayout.Orientation.Landscape if plan.orientation == "landscape" else \
        QPageLayout.Orientation.Portrait
    if isinstance(plan.paper, str) and plan.paper in PAGE_IDS:
        size = QPageSize(PAGE_IDS[plan.paper])
    else:
        w, h = sorted(plan.page_mm)
        from PySide6.QtCore import QSizeF

        size = QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def pdf_bytes(plan: PagePlan, scene, caption: str, title: str = "Organisation chart") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("UNorg Desktop")
    writer.setPageLayout(page_layout(plan))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF writer")
    try:
        paint_plan(painter, plan, scene, caption, writer.newPage, PDF_DPI / 72.0)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def svg_bytes(plan: PagePlan, scene, caption: str, title: str = "Organisation chart") -> bytes:
    """One page (a fitted plan) as SVG, in points."""
    w, h = (v * PT_PER_MM for v in plan.page_mm)

    def paint(painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, w, h), QColor(palette.BACKGROUND_COLOUR))
        paint_plan(painter, plan, scene, caption, lambda: False, 1.0)

    return svg_document(w, h, 72, title, caption, paint)


def png_bytes(plan: PagePlan, scene, caption: str, dpi: float, transparent: bool = False) -> bytes:
    """One page (a fitted plan) as a PNG at ``dpi``."""
    from .export import check_png_budget, encode

    width = max(1, round(plan.page_mm[0] / 25.4 * dpi))
    height = max(1, round(plan.page_mm[1] / 25.4 * dpi))
    check_png_budget(width, height, 1.0)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ValueError(f"not enough memory for a {width}×{height} image: choose a lower resolution")
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.transparent if transparent else QColor(palette.BACKGROUND_COLOUR))
    painter = QPainter(image)
    try:
        paint_plan(painter, plan, scene, caption, lambda: False, dpi / 72.0)
    finally:
        painter.end()
    return encode(lambda buf: image.save(buf, "PNG"), "PNG")


def print_plan(printer, plan: PagePlan, scene, caption: str) -> None:
    """Paint ``plan`` on a QPrinter (or a print preview's), full page."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(plan))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("could not start printing")
    try:
        paint_plan(painter, plan, scene, caption, printer.newPage, printer.resolution() / 72.0)
    finally:
        painter.end()
