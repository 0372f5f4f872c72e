"""Frame timing for benchmarks: how long one whole-chart frame takes to paint."""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter


def render_frame(scene, size=(1600, 1000), source: QRectF | None = None) -> QImage:
    """The whole chart (or ``source``) fitted into a ``size`` image, as a view would show it."""
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    rect = source if source is not None else scene.chart_rect()
    scene.render(painter, QRectF(0, 0, size[0], size[1]), rect, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image


def frame_times(scene, size=(1600, 1000), repeat: int = 7, source: QRectF | None = None) -> list[float]:
    """Seconds per frame for ``repeat`` frames; the first is the cold one (caches empty)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        render_frame(scene, size, source)
        times.append(time.perf_counter() - start)
    return times


def frame_time(scene, size=(1600, 1000), repeat: int = 7) -> float:
    """Median seconds to paint the fitted chart into a ``size`` QImage (image allocation and
    white fill included, as a view would clear its viewport)."""
    return statistics.median(frame_times(scene, size, repeat))
