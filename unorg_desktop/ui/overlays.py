"""Panels floating over the chart (legend, minimap): each sits in a corner of the chart pane,
has a title strip that collapses it to a small chip, and is sized from the pane.

:class:`OverlayManager` chooses the corners: never over the selected unit, its children or its
chain to the root; else where it covers the fewest cards, keeping its place unless another
corner is clearly better (overlays that jump at every pan are worse than a little overlap). An
overlay that cannot avoid the selection in any corner folds to its chip until there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from unorg_desktop.render import palette

MARGIN = 10  # from the pane's edges
HEADER = 20  # the title strip; also the collapsed chip's height
CORNERS = ("bottom-right", "bottom-left", "top-right", "top-left")
SETTLE_MS = 120  # placement is decided once the view stops moving
COVER_SHARE = 0.02  # an overlay covering cards over more than this share of itself folds to its chip


class Overlay(QWidget):
    """A corner panel over ``view``'s viewport. Subclasses give :meth:`body_size` and paint the
    body under the title strip (:meth:`paint_body`); clicking the strip collapses or expands.

    ``collapsed``: the user's choice (the strip's arrow); ``folded``: collapsed by the manager
    because no corner keeps the selection clear."""

    collapsedChanged = Signal(bool)

    def __init__(self, view, title: str, corner: str) -> None:
        super().__init__(view)
        self.view = view
        self.title = title
        self.preferred = self.corner = corner
        self.collapsed = False
        self.folded = False
        self.pinned = False  # opened from its chip by the user: never folded by the manager
        self.wanted = True  # View ▸ Show …
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)

    # -- geometry -------------------------------------------------------------------------------
    def body_size(self) -> QSize:  # noqa: D401 - overridden
        """The size of the body under the strip (an empty size: nothing to show)."""
        return QSize()

    def chip_size(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.title) + 30, HEADER)

    def full_size(self) -> QSize:
        body = self.body_size()
        if body.isEmpty():
            return QSize()
        return QSize(max(body.width(), self.chip_size().width()), body.height() + HEADER)

    def shows_body(self) -> bool:
        return not (self.collapsed or self.folded)

    def current_size(self) -> QSize:
        return self.full_size() if self.shows_body() else self.chip_size()

    def has_content(self) -> bool:
        return not self.body_size().isEmpty()

    def too_big(self) -> bool:
        """Whether the body is larger than its share of the pane (then it shows folded)."""
        return False

    def rect_at(self, corner: str, size: QSize | None = None) -> QRect:
        """Where the overlay would sit in ``corner`` of the viewport (view coordinates)."""
        size = size or self.current_size()
        vp = self.view.viewport().geometry()
        x = vp.x() + MARGIN if corner.endswith("left") else vp.x() + vp.width() - MARGIN - size.width()
        y = vp.y() + MARGIN if corner.startswith("top") else vp.y() + vp.height() - MARGIN - size.height()
        return QRect(x, y, size.width(), size.height())

    def place(self, corner: str | None = None) -> None:
        """Take ``corner`` (default: the current one) at the current size; show or hide."""
        self.corner = corner or self.corner
        visible = self.wanted and self.has_content()
        if visible:
            self.setGeometry(self.rect_at(self.corner))
        self.setVisible(visible)
        self.update()

    # -- collapsing -----------------------------------------------------------------------------
    def set_collapsed(self, on: bool) -> None:
        if on != self.collapsed:
            self.collapsed = on
            self.place()
            self.collapsedChanged.emit(on)

    def set_folded(self, on: bool) -> None:
        if on != self.folded:
            self.folded = on
            self.place()

    def header_rect(self) -> QRect:
        return QRect(0, 0, self.width(), HEADER)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.header_rect().contains(event.position().toPoint()):
            if self.folded:  # folded by the manager: the click asks for it anyway
                self.folded = False
                self.pinned = True
                self.set_collapsed(False)
                self.place()
            else:  # opened by the user: kept open (pinned), as from the chip
                self.pinned = self.collapsed
                self.set_collapsed(not self.collapsed)
            event.accept()
            return
        self.body_pressed(event)

    def body_pressed(self, event) -> None:
        event.accept()

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        theme = palette.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = QColor(theme.overlay)
        background.setAlpha(242)
        painter.setPen(QPen(QColor(theme.overlay_border), 1))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(QColor(theme.text))
        arrow = "▾" if self.shows_body() else "▸"
        painter.drawText(QRectF(8, 0, self.width() - 12, HEADER),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, f"{arrow} {self.title}")
        if self.shows_body():
            painter.translate(0, HEADER)
            self.paint_body(painter)
        painter.end()

    def paint_body(self, painter: QPainter) -> None:
        pass


class OverlayManager(QObject):
    """Places ``overlays`` in the corners of ``view``'s viewport, around the selection."""

    placed = Signal()

    def __init__(self, view, scene, overlays: list[Overlay]) -> None:
        super().__init__(view)
        self.view, self.scene, self.overlays = view, scene, overlays
        self.keep_clear: list[QRectF] = []  # scene rectangles: the selection, its children, its chain
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.arrange)
        view.viewChanged.connect(self._on_view_changed)
        for overlay in overlays:
            overlay.collapsedChanged.connect(lambda _on: self.arrange())

    def set_keep_clear(self, rects: list[QRectF]) -> None:
        self.keep_clear = [QRectF(r) for r in rects if not r.isEmpty()]
        self.arrange()

    def _on_view_changed(self) -> None:
        for overlay in self.overlays:  # follow the pane at once; choose corners when it settles
            if overlay.isVisible():
                overlay.place()
        self._timer.start()

    def _to_view(self, rect: QRectF) -> QRectF:
        """A scene rectangle in the view's coordinates (the overlays' parent)."""
        top_left = self.view.mapFromScene(rect.topLeft())
        bottom_right = self.view.mapFromScene(rect.bottomRight())
        offset = QPointF(self.view.viewport().geometry().topLeft())
        return QRectF(QPointF(top_left) + offset, QPointF(bottom_right) + offset)

    def _cards_on_screen(self) -> list[QRectF]:
        visible = self.view.visible_scene_rect()
        boxes = self.scene.boxes_in(visible) if hasattr(self.scene, "boxes_in") else []
        # a card's +N toggle and selection ring reach a little outside its box
        return [self._to_view(QRectF(*box)).adjusted(-3, -3, 3, 14) for box in boxes]

    def arrange(self) -> None:
        """Choose each overlay's corner: never over the selection and its chain; where it covers
        no card if it can; else folded to its chip where that covers least (unless the user opened it)."""
        self._timer.stop()
        clear = [self._to_view(r).adjusted(-4, -4, 4, 4) for r in self.keep_clear]
        cards = self._cards_on_screen()
        taken: set[str] = set()
        for overlay in self.overlays:
            if not (overlay.wanted and overlay.has_content()):
                overlay.place()
                continue
            small = overlay.collapsed or (overlay.too_big() and not overlay.pinned)
            size = overlay.chip_size() if small else overlay.full_size()
            corner, cost = self._best(overlay, size, clear, cards, taken)
            covers = corner is None or cost > COVER_SHARE * size.width() * size.height()
            if not small and not overlay.pinned and covers:  # in the way at full size: the chip
                chip, chip_cost = self._best(overlay, overlay.chip_size(), clear, cards, taken)
                if chip is not None and (corner is None or chip_cost < cost):
                    small, corner = True, chip
            overlay.folded = small and not overlay.collapsed
            corner = corner or overlay.corner
            if corner in taken:
                corner = next((c for c in CORNERS if c not in taken), corner)
            taken.add(corner)
            overlay.place(corner)
        self.placed.emit()

    def _best(self, overlay: Overlay, size: QSize, clear, cards, taken) -> tuple[str | None, float]:
        """(corner, area of cards it covers there) for ``overlay`` at ``size``: none over ``clear``;
        the current corner unless another covers clearly less."""
        order = [overlay.corner] + [overlay.preferred] + list(CORNERS)
        candidates = [c for c in dict.fromkeys(order) if c not in taken]
        costs = {}
        for corner in candidates:
            rect = QRectF(overlay.rect_at(corner, size))
            if any(rect.intersects(r) for r in clear):
                continue
            costs[corner] = sum(_area(rect.intersected(c)) for c in cards)
        if not costs:
            return None, 0.0
        best = min(costs.values())
        current = costs.get(overlay.corner)
        if current is not None and current <= best * 1.25 and not (best == 0 < current):
            return overlay.corner, current  # good enough where it is: do not jump
        corner = min(costs, key=lambda c: (costs[c], candidates.index(c)))
        return corner, costs[corner]


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height())
