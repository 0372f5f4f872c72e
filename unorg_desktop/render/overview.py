"""The whole chart at low zoom, from one cached image.

When the chart is so small on screen that every card is a few pixels, drawing 100k items one
by one costs far more than the picture is worth. :class:`OverviewItem` paints all cards (as
filled rectangles in their kind's colour) and all primary edges into one ``QImage`` at the
current scale, rounded up to a power of two, and then only blits it: panning, the minimap and
repeated frames cost one ``drawImage``. An image is built per scale bucket (two are kept).
Selection, chain and search matches are drawn on top, uncached, so changing them is free.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from . import palette
from .cards import GREEK_LOD
from .palette import kind_style

MAX_IMAGE_PIXELS = 16_000_000  # 64 MB of ARGB32: the largest overview image ever built


def scale_bucket(scale: float) -> float:
    """The power of two at or above ``scale``: images are built at these scales only, so a
    zoom within a factor of two reuses the cached one (and is never blurred by upscaling)."""
    return 2.0 ** math.ceil(math.log2(max(scale, 1e-9)))


class OverviewItem(QGraphicsItem):
    """Paints ``boxes`` (by kind) and the edge ``paths`` of the chart from a cached image."""

    def __init__(self, bbox: QRectF, boxes_by_kind: dict[str, list[tuple]], paths: list[QPainterPath],
                 secondary: QPainterPath | None = None, greek=None) -> None:
        super().__init__()
        # greek(): rectangles where the names' lines are, drawn as light bars from scale
        # GREEK_LOD on, like the cards themselves (asked for lazily: most charts never need it)
        self._greek_source = greek
        self._greek: QPainterPath | None = None
        self._bbox = QRectF(bbox)
        self._boxes_by_kind = boxes_by_kind
        self._paths = paths
        # the dashed secondary lines, in the image too: 2,000 line items at 100k units cost
        # 30 ms per frame when each painted itself
        self._secondary = secondary if secondary is not None else QPainterPath()
        self._fills: list[tuple[QColor, QPainterPath]] | None = None  # built at the first paint
        self._fills_theme = ""
        # scale bucket -> image; two kept, so the minimap and the view do not evict each other
        self._images: dict[float, QImage] = {}
        self.overlay: list[tuple[QRectF, QColor]] = []  # selection, chain, matches
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bbox

    def fits(self, scale: float) -> bool:
        """Whether the image at ``scale`` (bucketed) stays within the memory budget."""
        s = scale_bucket(scale)
        return self._bbox.width() * s * self._bbox.height() * s <= MAX_IMAGE_PIXELS

    def _build_fills(self) -> list[tuple[QColor, QPainterPath]]:
        fills = []
        for kind, boxes in sorted(self._boxes_by_kind.items()):
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for x, y, w, h in boxes:
                path.addRect(x, y, w, h)
            fills.append((kind_style(kind)[2], path))
        return fills

    def image(self, scale: float) -> QImage:
        """The chart rasterised at ``scale_bucket(scale)`` (cached)."""
        s = scale_bucket(scale)
        theme = palette.current()
        key = (theme.name, s)  # a theme switch (or a light export from a dark window) draws anew
        cached = self._images.pop(key, None)
        if cached is not None:
            self._images[key] = cached  # most recently used last
            return cached
        if self._fills is None or self._fills_theme != theme.name:
            self._fills, self._fills_theme = self._build_fills(), theme.name
        w = max(1, math.ceil(self._bbox.width() * s))
        h = max(1, math.ceil(self._bbox.height() * s))
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.scale(s, s)
        painter.translate(-self._bbox.left(), -self._bbox.top())
        # edges under the cards, one device pixel wide whatever the scale
        pen = QPen(QColor(theme.edge), 0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if s >= 0.05:  # below that, edges are a grey haze that only hides the cards' colours
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for path in self._paths:
                painter.drawPath(path)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, path in self._fills:
            painter.fillPath(path, colour)
        if s >= GREEK_LOD and self._greek_source is not None:
            if self._greek is None:
                self._greek = QPainterPath()
                for x, y, w, h in self._greek_source():
                    self._greek.addRect(x, y, w, h)
            painter.fillPath(self._greek, QColor(*theme.greek))
        if not self._secondary.isEmpty() and s >= 0.02:  # same reason as the edges
            dashed = QPen(QColor(theme.secondary), 0, Qt.PenStyle.DashLine)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.strokePath(self._secondary, dashed)
        painter.end()
        self._images[key] = image
        while len(self._images) > 2:
            self._images.pop(next(iter(self._images)))
        return image

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        image = self.image(scale)
        hint = painter.testRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(self._bbox, image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, hint)
        if self.overlay:
            # at least 4 device pixels, so a selected unit or a search hit is visible at any zoom
            least = 4.0 / max(scale, 1e-9)
            for rect, colour in self.overlay:
                if rect.width() < least or rect.height() < least:
                    c = rect.center()
                    rect = QRectF(c.x() - max(least, rect.width()) / 2, c.y() - max(least, rect.height()) / 2,
                                  max(least, rect.width()), max(least, rect.height()))
                painter.fillRect(rect, colour)
