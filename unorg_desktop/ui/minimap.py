"""Overview in the chart's corner: the whole chart as one cached pixmap plus the visible area.

The pixmap is rendered once per layout (``refresh``), so panning and zooming only repaint a
rectangle over it: cheap at 100k units. Click or drag in it to move the chart there.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from .chart_view import ChartView

MAX_SIZE = QSize(220, 150)
MARGIN = 12


class Minimap(QWidget):
    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self.setObjectName("minimap")
        self.view = view
        self._pixmap = QPixmap()
        self._source = QRectF()
        self._built_for = QSize()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: click or drag to move the chart"))
        view.viewChanged.connect(self._reposition_and_update)

    def _room(self) -> QSize:
        """The largest overview for the chart pane: MAX_SIZE, less on a narrow or low pane (so
        the overview never hangs off the pane's edge); it only changes below those sizes."""
        vp = self.view.viewport()
        return QSize(max(24, min(MAX_SIZE.width(), vp.width() - 2 * MARGIN - 2)),
                     max(24, min(MAX_SIZE.height(), vp.height() // 3)))

    def refresh(self) -> None:
        """Re-render the overview pixmap (after each layout, never on pan or zoom)."""
        scene = self.view.scene()
        # the chart's own extent (itemsBoundingRect would walk every item of a 100k-unit scene)
        self._source = scene.chart_rect() if scene is not None else QRectF()
        if self._source.isEmpty():
            self._pixmap = QPixmap()
            self.hide()
            return
        room = self._room()
        self._built_for = room
        size = self._source.size().scaled(room.width(), room.height(), Qt.AspectRatioMode.KeepAspectRatio)
        w, h = max(24, int(size.width())), max(24, int(size.height()))
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(w * ratio), int(h * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(255, 255, 255, 235))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, w, h), self._source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        self._pixmap = pixmap
        self.setFixedSize(w + 2, h + 2)
        self._reposition_and_update()

    def _reposition_and_update(self) -> None:
        parent = self.view.viewport()
        if self.isVisible() and not self._pixmap.isNull() and self._room() != self._built_for:
            self.refresh()  # the pane was resized to or from below the overview's size: re-fit
            return
        self.move(parent.x() + parent.width() - self.width() - MARGIN,
                  parent.y() + parent.height() - self.height() - MARGIN)
        self.update()

    def _target(self) -> QRectF:
        """Where the pixmap's content sits inside the widget (aspect kept)."""
        size = self._source.size().scaled(self.width() - 2, self.height() - 2, Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(1 + (self.width() - 2 - size.width()) / 2, 1 + (self.height() - 2 - size.height()) / 2,
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

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#8894a0"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        # the pixmap fills the frame's inside; scene.render already centred the chart in it the
        # way _target() centres it (drawing it at _target() would shift it and hide the frame)
        painter.drawPixmap(1, 1, self._pixmap)
        visible = self._from_scene(self.view.visible_scene_rect()).intersected(QRectF(self.rect()))
        painter.setPen(QPen(QColor("#d9480f"), 1.5))
        painter.setBrush(QColor(217, 72, 15, 40))
        painter.drawRect(visible)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.view.fly_to(self.to_scene(event.position()), animate=False)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.view.fly_to(self.to_scene(event.position()), animate=False)
        event.accept()
