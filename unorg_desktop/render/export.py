"""Chart export to PNG, SVG and PDF; the same items as on screen, painted into a file.

Every format is produced in memory first (QBuffer) and then written by Python to a temporary
file beside the target, which is renamed over it with ``os.replace``: a full disk, a
permission error or a Qt failure raises ``OSError``/``ValueError`` with a one-line message and
leaves neither a partial file nor a temporary one. PNG requests whose pixels would not fit in
memory are refused before anything is allocated.

SVG and PDF are vector: cards draw their text at every scale (``ChartScene.full_detail``), so
SVG keeps ``<text>`` elements (QSvgGenerator escapes them) and PDF text stays selectable.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ..atomic import write_atomic
from . import palette
from .qtapp import ensure_app

FORMATS = ("png", "svg", "pdf")
MAX_PNG_PIXELS = 400_000_000  # 1.6 GB of ARGB32: more than a desktop can spare for one image
MAX_PNG_SIDE = 200_000
MARGIN = 24.0  # scene units around the chart
CAPTION_PX = 12
PDF_DPI = 300
PAGED_PT_PER_UNIT = 0.5  # paged PDF: a 13 px name prints at 6.5 pt, readable on paper
MAX_PAGES = 500
FOOTER = 90.0  # device pixels (at PDF_DPI) under each page's tile: page number and caption


def _caption_height(caption: str, width: float, painter: QPainter | None = None) -> float:
    """Height (scene units) of the caption wrapped to ``width``."""
    if not caption:
        return 0.0
    from PySide6.QtGui import QFontMetricsF

    fm = QFontMetricsF(palette.font(CAPTION_PX))
    rect = fm.boundingRect(QRectF(0, 0, max(width, 50.0), 1e6),
                           int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), caption)
    return rect.height() + 12


def _draw_caption(painter: QPainter, rect: QRectF, caption: str) -> None:
    # plain drawText: the caption quotes document titles, never interpreted as markup
    painter.setFont(palette.font(CAPTION_PX))
    painter.setPen(QColor(palette.MUTED_TEXT_COLOUR))
    painter.drawText(rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                     caption)


def source_rect(scene, rect=None) -> QRectF:
    """What to export: ``rect`` or the whole chart (cards, lines, legend) with a margin."""
    if rect is not None and not QRectF(rect).isEmpty():
        return QRectF(rect)
    chart = scene.itemsBoundingRect()
    if chart.isEmpty():
        raise ValueError("the chart is empty: nothing to export")
    return chart.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


class _SceneState:
    """Temporarily switch the scene to export settings (full detail, background), then back."""

    def __init__(self, scene, full_detail: bool, transparent: bool) -> None:
        self.scene, self.full_detail, self.transparent = scene, full_detail, transparent

    def __enter__(self):
        self._saved = (getattr(self.scene, "full_detail", False), self.scene.backgroundBrush())
        self.scene.full_detail = self.full_detail
        self.scene.setBackgroundBrush(Qt.BrushStyle.NoBrush if self.transparent else QColor(palette.BACKGROUND_COLOUR))
        return self

    def __exit__(self, *exc) -> None:
        self.scene.full_detail, brush = self._saved
        self.scene.setBackgroundBrush(brush)


def png_size(source: QRectF, caption_h: float, scale: float) -> tuple[int, int]:
    return max(1, math.ceil(source.width() * scale)), max(1, math.ceil((source.height() + caption_h) * scale))


def check_png_budget(width: int, height: int, scale: float) -> None:
    """Refuse images that would exhaust memory, suggesting what would work instead."""
    pixels = width * height
    if pixels > MAX_PNG_PIXELS or max(width, height) > MAX_PNG_SIDE:
        fitting = scale * min(math.sqrt(MAX_PNG_PIXELS / pixels), MAX_PNG_SIDE / max(width, height))
        raise ValueError(f"a {width}×{height} PNG ({pixels / 1e6:.0f} megapixels, {pixels * 4 / 2**30:.1f} GB) is "
                         f"over the limit ({MAX_PNG_PIXELS // 1_000_000} megapixels, {MAX_PNG_SIDE} pixels a side): "
                         f"export SVG or PDF, or use a scale of at most {math.floor(fitting * 1000) / 1000:g}")


def render_png(scene, source: QRectF, scale: float, dpi: float | None, transparent: bool, caption: str) -> bytes:
    scale = scale * (dpi / 96.0 if dpi else 1.0)
    if not (scale > 0 and math.isfinite(scale)):
        raise ValueError(f"invalid scale {scale!r}")
    caption_h = _caption_height(caption, source.width())
    width, height = png_size(source, caption_h, scale)
    check_png_budget(width, height, scale)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ValueError(f"not enough memory for a {width}×{height} image: export SVG or PDF, or a smaller scale")
    if dpi:
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.transparent if transparent else QColor(palette.BACKGROUND_COLOUR))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        with _SceneState(scene, False, transparent):
            scene.render(painter, QRectF(0, 0, source.width() * scale, source.height() * scale), source,
                         Qt.AspectRatioMode.IgnoreAspectRatio)
        if caption:
            painter.scale(scale, scale)
            _draw_caption(painter, QRectF(MARGIN, source.height(), source.width() - 2 * MARGIN, caption_h), caption)
    finally:
        painter.end()
    return _encode(lambda buf: image.save(buf, "PNG"), "PNG")


def render_svg(scene, source: QRectF, caption: str, title: str = "Organisation chart") -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    caption_h = _caption_height(caption, source.width())
    width, height = source.width(), source.height() + caption_h
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(width), math.ceil(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    generator.setDescription(caption)
    generator.setResolution(96)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError("could not start the SVG writer")
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        with _SceneState(scene, True, False):
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source,
                         Qt.AspectRatioMode.IgnoreAspectRatio)
        if caption:
            _draw_caption(painter, QRectF(MARGIN, source.height(), source.width() - 2 * MARGIN, caption_h), caption)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _page_layout(source: QRectF) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.A4 if source.width() * source.height() < 2.5e6 else QPageSize.PageSizeId.A3)
    orientation = (QPageLayout.Orientation.Landscape if source.width() >= source.height()
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)


def needs_pages(source: QRectF, min_name_pt: float = 3.0) -> bool:
    """Whether a chart fitted on one page would print its 13 px names below ``min_name_pt``
    points (unreadable on paper): then a paged PDF is the better default."""
    page = _page_layout(source).paintRect(QPageLayout.Unit.Point)
    scale = min(page.width() / source.width(), page.height() / source.height())  # pt per unit
    return palette.NAME_PX * scale < min_name_pt


def render_pdf(scene, source: QRectF, caption: str, paged: bool, title: str = "Organisation chart") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("UNorg Desktop")
    layout = _page_layout(source) if not paged else QPageLayout(
        QPageSize(QPageSize.PageSizeId.A3), QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
        QPageLayout.Unit.Millimeter)
    writer.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF writer")
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        page = QRectF(layout.paintRectPixels(PDF_DPI))
        page.moveTo(0, 0)
        px_per_unit = PDF_DPI / 72.0  # device pixels per point
        with _SceneState(scene, True, False):
            if paged:
                _paged(painter, writer, scene, source, page, caption, PAGED_PT_PER_UNIT * px_per_unit)
            else:
                _one_page(painter, scene, source, page, caption)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _one_page(painter: QPainter, scene, source: QRectF, page: QRectF, caption: str) -> None:
    caption_h = _caption_height(caption, source.width())
    scale = min(page.width() / source.width(), page.height() / (source.height() + caption_h))
    w, h = source.width() * scale, source.height() * scale
    x0 = page.left() + (page.width() - w) / 2
    scene.render(painter, QRectF(x0, page.top(), w, h), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    if caption:
        painter.save()
        painter.translate(x0, page.top() + h)
        painter.scale(scale, scale)
        _draw_caption(painter, QRectF(MARGIN, 0, source.width() - 2 * MARGIN, caption_h), caption)
        painter.restore()


def page_tiles(source: QRectF, boxes: dict, tile_w: float, tile_h: float) -> list[tuple[int, int, QRectF]]:
    """The (row, column, scene rectangle) of every page that shows part of a card, in reading
    order. One pass over the boxes (a 100k-unit chart has millions of empty tiles)."""
    cols = max(1, math.ceil(source.width() / tile_w))
    rows = max(1, math.ceil(source.height() / tile_h))
    used: set[tuple[int, int]] = set()
    if not boxes:
        used = {(r, c) for r in range(rows) for c in range(cols)}
    for x, y, w, h in boxes.values():
        c0, c1 = int((x - source.left()) // tile_w), int((x + w - source.left()) // tile_w)
        r0, r1 = int((y - source.top()) // tile_h), int((y + h - source.top()) // tile_h)
        used.update((r, c) for r in range(max(r0, 0), min(r1, rows - 1) + 1)
                    for c in range(max(c0, 0), min(c1, cols - 1) + 1))
    return [(r, c, QRectF(source.left() + c * tile_w, source.top() + r * tile_h, tile_w, tile_h))
            for r, c in sorted(used)]


def paged_count(scene, source: QRectF) -> int:
    """How many pages a paged PDF of ``source`` would have."""
    page = QRectF(QPageLayout(QPageSize(QPageSize.PageSizeId.A3), QPageLayout.Orientation.Landscape,
                              QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter).paintRectPixels(PDF_DPI))
    scale = PAGED_PT_PER_UNIT * PDF_DPI / 72.0
    return len(page_tiles(source, getattr(scene, "_boxes", {}), page.width() / scale,
                          (page.height() - FOOTER) / scale))


def _paged(painter: QPainter, writer, scene, source: QRectF, page: QRectF, caption: str, scale: float) -> None:
    """Tiles of the chart at a readable ``scale`` (device px per scene unit), one per page,
    skipping tiles without any card; page numbers and the caption on every page."""
    tiles = page_tiles(source, getattr(scene, "_boxes", {}), page.width() / scale,
                       (page.height() - FOOTER) / scale)
    if len(tiles) > MAX_PAGES:
        raise ValueError(f"a paged PDF of this chart needs {len(tiles)} pages (limit {MAX_PAGES}): "
                         "export a subtree or one fitted page")
    footer = FOOTER
    for number, (row, col, tile) in enumerate(tiles, 1):
        if number > 1:
            writer.newPage()
        scene.render(painter, QRectF(0, 0, page.width(), page.height() - footer), tile,
                     Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.save()
        footer_font = QFont(palette.font(CAPTION_PX))
        footer_font.setPixelSize(round(8 * PDF_DPI / 72))  # 8 pt
        painter.setFont(footer_font)
        painter.setPen(QColor(palette.MUTED_TEXT_COLOUR))
        band = QRectF(0, page.height() - footer + 15, page.width(), footer - 15)
        text = f"Page {number} / {len(tiles)} — row {row + 1}, column {col + 1}"
        painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), text)
        if caption:
            painter.drawText(band.adjusted(0, 0, -page.width() * 0.3, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             caption)
        painter.restore()


def _encode(save, what: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not save(buffer):
        raise OSError(f"could not encode the {what} image")
    buffer.close()
    return bytes(data.data())


def export_scene(scene, fmt: str, path, *, rect=None, scale: float = 1.0, dpi: float | None = None,
                 transparent: bool = False, caption: str = "", paged: bool = False) -> Path:
    """Export ``scene`` (or ``rect`` of it) to ``path`` as ``fmt`` (png, svg or pdf).

    :param scale: PNG pixels per scene unit (times ``dpi``/96 when ``dpi`` is given)
    :param transparent: PNG with a transparent background instead of white
    :param caption: plain text drawn under the chart (the source documents)
    :param paged: PDF on several A3 pages at a readable size, numbered; else one fitted page
    Raises ``ValueError`` (bad format, empty chart, image too large) or ``OSError`` (writing).
    """
    fmt = str(fmt).lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (expected png, svg or pdf)")
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, "is a directory, not a file", str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "no such folder", str(folder))
    if not os.access(folder, os.W_OK):
        raise PermissionError(13, "folder not writable", str(folder))
    ensure_app()
    source = source_rect(scene, rect)
    if fmt == "png":
        data = render_png(scene, source, scale, dpi, transparent, caption)
    elif fmt == "svg":
        data = render_svg(scene, source, caption)
    else:
        data = render_pdf(scene, source, caption, paged)
    write_atomic(path, data)
    return path


def caption_for(graph, nodes) -> str:
    """"Sources: ST/SGB/2010/1 (title); …" for the documents defining ``nodes``."""
    used = {graph.units[n].document for n in nodes if n in graph.units and graph.units[n].document}
    docs = [graph.documents[d] for d in sorted(used) if d in graph.documents]
    if not docs:
        return ""
    return "Sources: " + "; ".join(f"{d.symbol} ({d.title})" if d.symbol else d.title or d.id for d in docs)


def export_chart(store, fmt: str, out, root: str | None = None, depth: int | None = None,
                 direction: str = "TB") -> Path:
    """``unorg export``: lay out the subtree of ``root`` (to ``depth`` levels) and export it."""
    ensure_app()
    from unorg_desktop.graph import OrgGraph
    from unorg_desktop.layout import layout_tree

    from .cards import card_size
    from .legend import LegendItem
    from .scene import ChartScene

    graph = OrgGraph.from_store(store)
    tree = graph.visible_tree(set(graph.units), root=root or graph.root, depth=depth)
    sizes = {}
    for node in tree.nodes:
        unit = graph.units[node]
        sizes[node] = card_size(unit, graph.documents.get(unit.document) if unit.document else None)
    layout = layout_tree(tree, sizes, direction=direction)
    scene = ChartScene()
    scene.show_chart(graph, layout, set(tree.nodes))
    chart = scene.chart_rect()
    legend = LegendItem({graph.units[n].kind for n in tree.nodes},
                        secondary=any(s.child in tree and s.parent in tree for s in graph.secondary))
    legend.setPos(chart.left(), chart.top() - legend.boundingRect().height() - 16)
    scene.addItem(legend)
    # PDF: one fitted page while the names stay printable, else numbered A3 pages
    source = source_rect(scene)
    paged = fmt == "pdf" and needs_pages(source) and paged_count(scene, source) <= MAX_PAGES
    return export_scene(scene, fmt, Path(out), caption=caption_for(graph, tree.nodes), paged=paged)
