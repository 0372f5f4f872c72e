"""Chart export to PNG, SVG and PDF (and the chart's data); the same items as on screen.

Pages (PDF, printing, and PNG/SVG given a paper) follow the one page model of
``render/pages.py``, painted by ``render/paged.py``; without a paper, PNG and SVG are the chart's
own size.

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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ..atomic import write_atomic
from . import palette
from .formats import DATA_FORMATS, FORMATS, format_for  # noqa: F401 - re-exported
from .pages import MAX_PAGES, PagePlan, plan_pages  # noqa: F401 - MAX_PAGES re-exported
from .qtapp import ensure_app
from .svg import svg_document

DEFAULT_PAPER = "A4"
MAX_PNG_PIXELS = 400_000_000  # 1.6 GB of ARGB32: more than a desktop can spare for one image
MAX_PNG_SIDE = 200_000
MARGIN = 24.0  # scene units around the chart
CAPTION_PX = 12


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
        self._theme = palette.using("light")  # paper is white: exports and prints use the light theme
        self._theme.__enter__()
        self._saved = (getattr(self.scene, "full_detail", False), self.scene.backgroundBrush())
        self.scene.full_detail = self.full_detail
        self.scene.setBackgroundBrush(Qt.BrushStyle.NoBrush if self.transparent else QColor(palette.BACKGROUND_COLOUR))
        return self

    def __exit__(self, *exc) -> None:
        self.scene.full_detail, brush = self._saved
        self.scene.setBackgroundBrush(brush)
        self._theme.__exit__(*exc)


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
    return encode(lambda buf: image.save(buf, "PNG"), "PNG")


def render_svg(scene, source: QRectF, caption: str, title: str = "Organisation chart") -> bytes:
    caption_h = _caption_height(caption, source.width())

    def paint(painter: QPainter) -> None:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        with _SceneState(scene, True, False):
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source,
                         Qt.AspectRatioMode.IgnoreAspectRatio)
        if caption:
            _draw_caption(painter, QRectF(MARGIN, source.height(), source.width() - 2 * MARGIN, caption_h), caption)

    return svg_document(source.width(), source.height() + caption_h, 96, title, caption, paint)


def encode(save, what: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not save(buffer):
        raise OSError(f"could not encode the {what} image")
    buffer.close()
    return bytes(data.data())


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise IsADirectoryError(21, "is a directory, not a file", str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "no such folder", str(folder))
    if not os.access(folder, os.W_OK):
        raise PermissionError(13, "folder not writable", str(folder))


def plan_for(scene, source: QRectF, caption: str, paper=DEFAULT_PAPER, orientation: str = "auto",
             fit: bool = False) -> PagePlan:
    """The page plan of ``source`` (scene rectangle) with its caption, cards kept whole."""
    from .paged import caption_mm

    boxes = {n: b for n, b in getattr(scene, "_boxes", {}).items()
             if QRectF(*b).intersects(source)}
    return plan_pages((source.x(), source.y(), source.width(), source.height()), boxes, paper, orientation, fit,
                      lambda width: caption_mm(caption, width))


def export_scene(scene, fmt: str, path, *, rect=None, scale: float = 1.0, dpi: float | None = None,
                 transparent: bool = False, caption: str = "", paged: bool = False, paper=None,
                 orientation: str = "auto", fit: bool | None = None) -> Path:
    """Export ``scene`` (or ``rect`` of it) to ``path`` as ``fmt`` (png, svg or pdf).

    Without ``paper``, PNG and SVG are the chart's own size (PNG: ``scale`` pixels per scene
    unit, times ``dpi``/96) and a PDF goes on A4. With a paper, the page model (render/pages.py)
    places it: PDF fitted on one page (``fit``) or tiled at 100 % when it does not fit (``paged``
    asks for tiles too), PNG and SVG as one fitted page (PNG at ``dpi``, default 150).

    :param transparent: PNG with a transparent background instead of white
    :param caption: plain text under the chart (sources, dates), on every page
    Raises ``ValueError`` (bad format, empty chart, image too large, too many pages) or ``OSError``.
    """
    from . import paged as paging

    fmt = str(fmt).lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (expected png, svg or pdf)")
    path = Path(path)
    _check_target(path)
    ensure_app()
    source = source_rect(scene, rect)
    if fit is None:
        fit = not paged if fmt == "pdf" else True
    if fmt == "pdf" or paper is not None:
        plan = plan_for(scene, source, caption, paper or DEFAULT_PAPER, orientation, fit or fmt != "pdf")
        if fmt == "pdf":
            data = paging.pdf_bytes(plan, scene, caption)
        elif fmt == "svg":
            data = paging.svg_bytes(plan, scene, caption)
        else:
            data = paging.png_bytes(plan, scene, caption, dpi or 150.0, transparent)
    elif fmt == "png":
        data = render_png(scene, source, scale, dpi, transparent, caption)
    else:
        data = render_svg(scene, source, caption)
    write_atomic(path, data)
    return path


SEARCH_ASPECTS = (0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.1, 2.5)
SEARCH_MAX_NODES = 5000  # beyond this, one layout (each costs ~10 ms per 1,000 units)


def _page_fit(extent, page_aspect: float) -> float:
    """How large a drawing of ``extent`` (x, y, w, h) comes out on a page of unit area and this
    aspect (width over height): the bigger, the more readable."""
    w, h = max(extent[2], 1.0), max(extent[3], 1.0)
    return min(math.sqrt(page_aspect) / w, 1 / math.sqrt(page_aspect) / h)


def chart_scene(graph, shape, direction: str = "TB", engine: str = "auto", legend: bool = True,
                page_aspects=(math.sqrt(2), 1 / math.sqrt(2))):
    """A scene of ``shape`` (``graph.visible_tree(...)``) laid out for export, with a legend.

    The compact layout is tried at a few aspects and the one that comes out largest on a page
    of one of ``page_aspects`` (width over height; default: landscape or portrait paper) is kept.
    The legend goes in the top-left corner when the chart leaves it free, else above.
    """
    ensure_app()
    from unorg_desktop.layout import layout_tree

    from .cards import chart_sizes
    from .legend import LegendItem
    from .scene import ChartScene

    sizes = chart_sizes(graph, shape)
    toggles = {n for n in shape.nodes if graph.has_children(n)}
    marks = {s.child for s in graph.secondary}
    item = None
    if legend:
        item = LegendItem({graph.units[n].kind for n in shape.nodes},
                          secondary=bool(graph.secondary_between(shape.nodes)))
    aspects = SEARCH_ASPECTS if engine in ("auto", "compact") and len(shape.nodes) <= SEARCH_MAX_NODES else (None,)
    best = None
    for aspect in aspects:
        extra = {} if aspect is None else {"aspect": aspect}
        layout = layout_tree(shape, sizes, direction=direction, engine=engine, toggles=toggles, marks=marks, **extra)
        x, y, w, h = layout.extent()
        corner = _legend_corner(layout, item)
        if item is not None and corner is None:  # the legend goes above the chart
            h += item.boundingRect().height() + 16
        score = max(_page_fit((x, y, w, h), a) for a in page_aspects)
        if best is None or score > best[0]:
            best = (score, layout, corner)
    _, layout, corner = best
    scene = ChartScene()
    scene.show_chart(graph, layout, set(shape.nodes))
    if item is not None:
        chart = scene.chart_rect()
        if corner is None:
            corner = (chart.left(), chart.top() - item.boundingRect().height() - 16)
        item.setPos(*corner)
        scene.addItem(item)
    return scene


def _legend_corner(layout, item):
    """A corner of the chart (top-left, top-right, bottom-right, bottom-left) where the legend
    covers no card, frame or line: its top-left point, or None when every corner is taken."""
    if item is None or not layout.boxes:
        return None
    x0, y0, w, h = layout.extent()
    rect = item.boundingRect()
    lw, lh = rect.width() + 24, rect.height() + 24  # and a margin
    rects = list(layout.boxes.values()) + list(layout.frames.values())
    # each leg of a route by its bounding box (exact for orthogonal legs, generous for curves)
    legs = [(min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]), abs(b[1] - a[1]))
            for route in layout.edges.values() for a, b in zip(route, route[1:])]
    for cx, cy in ((x0, y0), (x0 + w - lw, y0), (x0 + w - lw, y0 + h - lh), (x0, y0 + h - lh)):
        if lw > w or lh > h:
            break
        if any(bx <= cx + lw and cx <= bx + bw and by <= cy + lh and cy <= by + bh for bx, by, bw, bh in rects + legs):
            continue
        return (cx + (24 if cx > x0 else 0), cy + (24 if cy > y0 else 0))  # the margin on the chart's side
    return None


def export_chart(store, fmt: str | None, out, root: str | None = None, depth: int | None = None,
                 direction: str = "TB", paper=None, orientation: str = "auto", fit: bool = False,
                 dpi: float | None = None) -> Path:
    """``unorg export``: the whole chart (every unit, expanded) or the subtree of ``root`` (to
    ``depth`` levels), as a picture (png, svg, pdf) or its data (json, csv, graphml); the format
    comes from ``out``'s extension when ``fmt`` is None."""
    from unorg_desktop.graph import OrgGraph, export_data

    out = Path(out)
    fmt = format_for(out, fmt, FORMATS + DATA_FORMATS)
    graph = OrgGraph.from_store(store)
    shape = graph.visible_tree(graph.every_node(), root=root, depth=depth)
    caption = graph.caption(shape.nodes)
    if fmt in DATA_FORMATS:
        _check_target(out)
        export_data(graph, shape.nodes, fmt, out, caption=caption)
        return out
    scene = chart_scene(graph, shape, direction)
    if fmt == "pdf":
        return export_scene(scene, fmt, out, caption=caption, paper=paper or DEFAULT_PAPER,
                            orientation=orientation, fit=fit)
    return export_scene(scene, fmt, out, caption=caption, paper=paper, orientation=orientation,
                        dpi=dpi, scale=1.0 if dpi else 2.0)
