"""Items that the layout adds beside the cards and lines: the frame of an area of unplaced units,
and the "also reports to X" mark on a card that has a secondary superior.

Both are plain geometry from the layout and the graph (no store access). The mark is a small
pill half over the card's top edge; the scene resolves a click on it to its superior's id.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from . import palette
from .tooltips import LazyTooltip

FRAME_FILL_ALPHA = 14  # the frame's fill: the theme's text colour, this transparent (light or dark)
MARK_PX = 11
MARK_CHARS = 26  # the superior's name is cut after this many characters on the mark
MARK_H = 17.0
MARK_INSIDE = 4.0  # how far the mark reaches over the card's top edge (the rest is above it)


class AreaFrame(QGraphicsRectItem):
    """The frame of a group of units that no text places: a grey dashed box, under everything."""

    def __init__(self, group: str, rect: QRectF) -> None:
        super().__init__(rect)
        self.group = group
        theme = palette.current()
        pen = QPen(QColor(theme.edge), 1.4, Qt.PenStyle.DashLine)
        self.setPen(pen)
        fill = QColor(theme.text)
        fill.setAlpha(FRAME_FILL_ALPHA)
        self.setBrush(fill)  # a colour, not QBrush(colour): that overload loads QGradient's enums (~5 ms)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # the current theme's colours, read when painting: an export from a dark window is light
        theme = palette.current()
        pen = QPen(self.pen())
        pen.setColor(QColor(theme.edge))
        fill = QColor(theme.text)
        fill.setAlpha(FRAME_FILL_ALPHA)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRect(self.rect())


def short(text: str, chars: int = MARK_CHARS) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def mark_tooltip(superiors: list[tuple[str, str, str]]) -> str:
    """"Also reports to X (ST/SGB/2010/1, par. 5.1)", one line per superior; escaped."""
    import html  # here: the first frame makes no tooltip, and html builds a 2,500-entry table

    label = QCoreApplication.translate("Chart", "Also reports to %1")
    rows = []
    for name, document, paragraph in superiors:
        where = f"{document}, par. {paragraph}" if paragraph else document
        rows.append(html.escape(label.replace("%1", name)) + f" <i>({html.escape(where)})</i>")
    return "<br>".join(rows)


class SecondaryMark(LazyTooltip, QGraphicsItem):
    """"↗ X" over the top edge of a card that also reports to X (and "+n" more); a click goes to X.

    :param unit: the card's unit id
    :param targets: the superiors' ids, in order (the first is shown and clicked)
    :param label: the first superior's name
    """

    def __init__(self, unit: str, targets: list[str], label: str, tooltip: str | Callable[[], str],
                 at: tuple[float, float]) -> None:
        super().__init__()
        self._tooltip = tooltip  # its text, or a function making it on first use (ensure_tooltip)
        self.unit, self.targets = unit, targets
        more = f" +{len(targets) - 1}" if len(targets) > 1 else ""
        self.text = f"↗ {short(label)}{more}"
        fm = QFontMetricsF(palette.font(MARK_PX))
        self._rect = QRectF(0, 0, fm.horizontalAdvance(self.text) + 10, MARK_H)
        self.setPos(at[0], at[1])
        self.setZValue(1.5)  # over the cards
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def text_px(self) -> set[int]:
        return {MARK_PX}

    @property
    def target(self) -> str:
        return self.targets[0]

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-1, -1, 1, 1)

    def scene_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = palette.current()
        colour = QColor(theme.secondary)
        painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(theme.background))
        painter.drawRoundedRect(self._rect, MARK_H / 2, MARK_H / 2)
        painter.setPen(QColor(theme.text))
        painter.setFont(palette.font(MARK_PX))
        painter.drawText(self._rect, int(Qt.AlignmentFlag.AlignCenter), self.text)  # plain text
