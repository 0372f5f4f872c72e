"""The chart's QGraphicsView: zoom (wheel around the cursor, pinch, keys), pan by dragging,
fit, and a short animated fly-to for centering (xdot's ZoomToAnimation, in Qt terms).

Knows nothing about units: it shows whatever scene it is given and works on scene rectangles.
"""

from __future__ import annotations

import math
import os
import sys
import time

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

MIN_ZOOM, MAX_ZOOM = 0.01, 4.0
STEP = 1.25  # one keyboard zoom step
FLY_MS = 220
FIT_MARGIN = 24  # pixels around a fitted rectangle


class ChartView(QGraphicsView):
    """``firstPainted``: once, after the first paint with items on screen (start-up benchmark);
    ``viewChanged``: the visible scene area moved or was zoomed (minimap)."""

    firstPainted = Signal()
    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # our own viewport widget: Python already knows its type, so viewport() needs no lookup
        # (Qt's own one sends PySide through every QWidget subclass the first time: ~25 ms)
        self.setViewport(QWidget())
        self.setObjectName("chartView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # zoom_by anchors itself
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # items repaint themselves at their own level of detail; a full-viewport update is cheaper
        # than Qt's region bookkeeping once thousands of items are visible
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._painted = False
        self._content = QRectF()
        # panning is by dragging and the minimap; scroll bars over a padded scene would mislead
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pinch_start = 1.0
        self._anim = None  # the fly-to animation, made on the first one (not needed to show the chart)
        self._fly = None  # (start centre, end centre, start scale, end scale)
        self.horizontalScrollBar().valueChanged.connect(self.viewChanged)
        self.verticalScrollBar().valueChanged.connect(self.viewChanged)
        self._gestures = None
        self.firstPainted.connect(self._hook_gestures)

    # -- geometry ------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def center(self) -> QPointF:
        return self.mapToScene(self.viewport().rect().center())

    def min_zoom(self) -> float:
        """Low enough to fit the whole chart (100k units need far below 1 %), at most 1 %."""
        rect = self._content
        if rect.isEmpty():
            return MIN_ZOOM
        fit = min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height())
        return max(1e-4, min(MIN_ZOOM, fit * 0.5))

    def set_content_rect(self, rect: QRectF) -> None:
        """The chart's extent. The scene rect is this plus a margin of a full viewport at the
        smallest zoom on each side, so that any point can be brought under the cursor or kept
        still across a relayout (Qt would otherwise centre a small scene and clamp scrolling)."""
        self._content = QRectF(rect)
        self._update_scene_rect()

    def _update_scene_rect(self) -> None:
        if self._content.isEmpty():
            return
        margin = max(self.viewport().width(), self.viewport().height()) / self.min_zoom()
        self.setSceneRect(self._content.adjusted(-margin, -margin, margin, margin))

    def set_zoom(self, scale: float) -> None:
        scale = max(self.min_zoom(), min(MAX_ZOOM, scale))
        self.setTransform(QTransform.fromScale(scale, scale))
        self.viewChanged.emit()

    def zoom_by(self, factor: float, at: QPointF | None = None) -> None:
        """Multiply the zoom, keeping the scene point under viewport position ``at`` still (the
        cursor for the wheel and pinch; the view centre for keys). Done by hand rather than with
        AnchorUnderMouse, which uses the last mouse *move* and so drifts with touchpads."""
        self.stop_animation()
        target = max(self.min_zoom(), min(MAX_ZOOM, self.zoom() * factor))
        if math.isclose(target, self.zoom()):
            return
        at = QPointF(self.viewport().rect().center()) if at is None else QPointF(at)
        fixed = self.mapToScene(at.toPoint())
        self.setTransform(QTransform.fromScale(target, target))
        moved = self.mapFromScene(fixed)
        self.scroll_by(moved.x() - at.x(), moved.y() - at.y())
        self.viewChanged.emit()

    def zoom_in(self) -> None:
        self.zoom_by(STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / STEP)

    def scale_to_fit(self, rect: QRectF, max_zoom: float = 1.0) -> float:
        vp = self.viewport().rect().adjusted(FIT_MARGIN, FIT_MARGIN, -FIT_MARGIN, -FIT_MARGIN)
        if rect.isEmpty() or vp.width() <= 0 or vp.height() <= 0:
            return self.zoom()
        return max(self.min_zoom(), min(max_zoom, vp.width() / rect.width(), vp.height() / rect.height()))

    def fit_rect(self, rect: QRectF, animate: bool = True, max_zoom: float = 1.0) -> None:
        """Show ``rect`` whole and centred (at most ``max_zoom``: a single card is not blown up)."""
        self.fly_to(rect.center(), self.scale_to_fit(rect, max_zoom), animate)

    def fly_to(self, centre: QPointF, scale: float | None = None, animate: bool = True) -> None:
        """Centre on ``centre`` (at ``scale``), animated for a short time unless ``animate`` is off
        or the app is benchmarking/screenshotting, where the final state must come at once."""
        self.stop_animation()
        scale = self.zoom() if scale is None else max(self.min_zoom(), min(MAX_ZOOM, scale))
        if not animate or not self.isVisible():
            self._apply(centre, scale)
            return
        self._fly = (self.center(), QPointF(centre), self.zoom(), scale)
        self._animation().start()

    def _animation(self):
        if self._anim is None:
            from PySide6.QtCore import QEasingCurve, QVariantAnimation

            self._anim = QVariantAnimation(self)
            self._anim.setDuration(FLY_MS)
            self._anim.setStartValue(0.0)
            self._anim.setEndValue(1.0)
            self._anim.setEasingCurve(QEasingCurve.Type.InOutCubic)
            self._anim.valueChanged.connect(self._fly_step)
        return self._anim

    def stop_animation(self) -> None:
        if self._anim is not None and self._anim.state() == self._anim.State.Running:
            self._anim.stop()
            if self._fly is not None:
                self._apply(self._fly[1], self._fly[3])  # jump to the end: the user asked for it
        self._fly = None

    def _fly_step(self, t) -> None:
        if self._fly is None:
            return
        (a, b, s0, s1), t = self._fly, float(t)
        scale = math.exp(math.log(s0) + (math.log(s1) - math.log(s0)) * t)  # even zoom speed
        self._apply(a + (b - a) * t, scale)
        if t >= 1.0:
            self._fly = None

    def _apply(self, centre: QPointF, scale: float) -> None:
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(centre)
        self.viewChanged.emit()

    def scroll_by(self, dx: float, dy: float) -> None:
        """Move the view by (dx, dy) viewport pixels (keeps a unit still across a relayout)."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(dx))
        v.setValue(v.value() + round(dy))

    # -- input ---------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:  # noqa: N802
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            return super().wheelEvent(event)
        self.zoom_by(math.pow(1.0015, delta), at=event.position())
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.stop_animation()
        super().mousePressEvent(event)

    def _gesture_event(self, event) -> bool:
        """Pinch (touch screens) and native zoom gestures (macOS trackpads) on the viewport: an
        EventHook installed at the first paint (the first frame needs no gesture)."""
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                if pinch.state() == Qt.GestureState.GestureStarted:
                    self._pinch_start = self.zoom()
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(self._pinch_start * pinch.totalScaleFactor() / self.zoom(), at=QPointF(centre))
                event.accept()
                return True
        if event.type() == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), at=event.position())
            return True
        return False

    def _hook_gestures(self) -> None:
        from .widgets import EventHook

        self._gestures = EventHook(self.viewport(), self._gesture_event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self.viewChanged.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_scene_rect()
        self.viewChanged.emit()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted and self.scene() is not None and self.scene().items():
            self._painted = True
            report_first_paint()
            self.firstPainted.emit()


_START = None


def process_start_time() -> float:
    """Seconds since the epoch when this process started (Linux /proc), else import time."""
    global _START
    if _START is None:
        try:
            ticks = os.sysconf("SC_CLK_TCK")
            with open("/proc/self/stat", "rb") as f:
                start_ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
            with open("/proc/uptime", "rb") as f:
                uptime = float(f.read().split()[0])
            _START = time.time() - uptime + start_ticks / ticks
        except (OSError, ValueError, IndexError):
            _START = time.time()
    return _START


def report_first_paint() -> None:
    """``UNORG_REPORT_FIRST_PAINT=1``: print "first-paint <seconds since process start> cpu <CPU
    seconds of the process>" (for benchmarks/bench_startup.py); the app quits after it."""
    if os.environ.get("UNORG_REPORT_FIRST_PAINT") == "1":
        print(f"first-paint {time.time() - process_start_time():.4f} cpu {time.process_time():.4f}", flush=True)
        sys.stdout.flush()
