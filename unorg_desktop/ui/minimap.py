"""Overview in a corner of the chart: the whole chart as one cached pixmap plus the visible area.

The pixmap is rendered once per layout (``refresh``), so panning and zooming only repaint a
rectangle over it: cheap at 100k units. Click or drag in it to move the chart there. It keeps
the chart's aspect and takes at most a share of the pane (``room``); its title strip collapses it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from unorg_desktop.render import palette

from .chart_view import ChartView
from .overlays import HEADER, Overlay

MAX_SIZE = QSize(220, 150)  # the largest overview, on a big pane
PANE_SHARE = (0.28, 0.2)  # at most this share of the pane's width and height
MIN_SIDE = 24


class Minimap(Overlay):
    def __init__(self, view: ChartView) -> None:
        super().__init__(view, self.tr("Overview"), "bottom-right")
        self.setObjectName("minimap")
        self._pixmap = QPixmap()
        self._source = QRectF()
        self._built_for = QSize()
        self._map_size = QSize()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: click or drag to move the chart"))
        view.viewChanged.connect(self._on_view_changed)

    def _room(self) -> QSize:
        """The largest map for the chart pane: MAX_SIZE, or a share of a smaller pane."""
        vp = self.view.viewport()
        return QSize(max(MIN_SIDE, min(MAX_SIZE.width(), int(vp.width() * PANE_SHARE[0]))),
                     max(MIN_SIDE, min(MAX_SIZE.height(), int(vp.height() * PANE_SHARE[1]))))

    def body_size(self) -> QSize:
        if self._pixmap.isNull():
            return QSize()
        return QSize(self._map_size.width() + 2, self._map_size.height() + 2)

    def map_rect(self) -> QRectF:
        """Where the map is drawn, in widget coordinates (under the title strip)."""
        return QRectF(1, HEADER + 1, self._map_size.width(), self._map_size.height())

    def refresh(self) -> None:
        """Re-render the overview pixmap (after each layout, never on pan or zoom)."""
        scene = self.view.scene()
        # the chart's own extent (itemsBoundingRect would walk every item of a 100k-unit scene)
        self._source = scene.chart_rect() if scene is not None else QRectF()
        if self._source.isEmpty():
            self._pixmap = QPixmap()
            self.place()
            return
        room = self._room()
        self._built_for = room
        size = self._source.size().scaled(room.width(), room.height(), Qt.AspectRatioMode.KeepAspectRatio)
        w, h = max(MIN_SIDE, round(size.width())), max(MIN_SIDE // 3, round(size.height()))  # the chart's aspect
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(w * ratio), int(h * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(palette.current().background))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, w, h), self._source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        self._pixmap = pixmap
        self._map_size = QSize(w, h)
        self.place()

    def _on_view_changed(self) -> None:
        if self.isVisible() and not self._pixmap.isNull() and self._room() != self._built_for:
            self.refresh()  # the pane was resized: re-fit the map to its share
        else:
            self.update()

    def _target(self) -> QRectF:
        """Where the chart sits inside the map (aspect kept)."""
        area = self.map_rect()
        size = self._source.size().scaled(area.width(), area.height(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(area.x() + (area.width() - size.width()) / 2, area.y() + (area.height() - size.height()) / 2,
                      size.width(), size.height())

    def to_scene(self, pos: QPointF) -> QPointF:
        t = self._target()
        if t.isEmpty():
            return QPointF()
        return QPointF(self._source.x() + (pos.x() - t.x()) * self._source.width() / t.width(),
                       self._source.y() + (pos.y() - t.y()) * self._source.height() / t.height())

    def _from_scene(self, rect: QRectF) -> QRectF:
        t = self._target()
        sx, sy = t.width() / self._source.width(), t.height() / self._source.height()
        return QRectF(t.x() + (rect.x() - self._source.x()) * sx, t.y() + (rect.y() - self._source.y()) * sy,
                      rect.width() * sx, rect.height() * sy)

    def paint_body(self, painter: QPainter) -> None:
        if self._pixmap.isNull():
            return
        painter.translate(0, -HEADER)  # map_rect() is in widget coordinates
        area = self.map_rect()
        painter.drawPixmap(area.topLeft(), self._pixmap)
        visible = self._from_scene(self.view.visible_scene_rect()).intersected(area)
        accent = QColor(palette.current().path)
        painter.setPen(QPen(accent, 1.5))
        accent.setAlpha(40)
        painter.setBrush(accent)
        painter.drawRect(visible)
        painter.setPen(QPen(QColor(palette.current().overlay_border), 1))  # the map's frame last
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area.adjusted(-0.5, -0.5, 0.5, 0.5))

    def body_pressed(self, event) -> None:
        self.view.fly_to(self.to_scene(event.position()), animate=False)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton and self.shows_body() \
                and event.position().y() > HEADER:
            self.view.fly_to(self.to_scene(event.position()), animate=False)
        event.accept()
