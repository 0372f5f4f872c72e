"""The legend: one swatch per unit kind present, plus the secondary-line sample."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from . import palette
from .palette import kind_style, legend_entries

ROW = 18.0
SWATCH = 12.0
COLUMN = 190.0


class LegendItem(QGraphicsItem):
    """Kinds in columns of ``rows`` entries; all text plain (kinds come from documents)."""

    def __init__(self, kinds, rows: int = 6, secondary: bool = True) -> None:
        super().__init__()
        self.entries = legend_entries(kinds)
        self.secondary = secondary
        count = len(self.entries) + (1 if secondary else 0)
        self.rows = max(1, min(rows, count))
        cols = max(1, -(-count // self.rows))
        self._rect = QRectF(0, 0, cols * COLUMN + 8, self.rows * ROW + 8)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(self._rect, 5, 5)
        painter.setFont(palette.font(palette.SMALL_PX + 1))
        items = [(kind, kind) for kind, _ in self.entries]
        if self.secondary:
            items.append((QCoreApplication.translate("Chart", "Secondary line"), None))
        for i, (label, kind) in enumerate(items):
            col, row = divmod(i, self.rows)
            x, y = 8 + col * COLUMN, 6 + row * ROW
            if kind is None:
                pen = QPen(QColor(palette.SECONDARY_COLOUR), 1.8, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(int(x), int(y + SWATCH / 2), int(x + SWATCH + 6), int(y + SWATCH / 2))
            else:
                fill, border, _ = kind_style(kind)
                painter.setPen(QPen(border, 1.2))
                painter.setBrush(fill)
                painter.drawRoundedRect(QRectF(x, y, SWATCH + 6, SWATCH), 3, 3)
            painter.setPen(QColor(palette.TEXT_COLOUR))
            painter.drawText(QRectF(x + SWATCH + 12, y - 2, COLUMN - SWATCH - 16, ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine
                             | Qt.TextFlag.TextDontClip,
                             label)
