"""The legend of exported charts: one swatch per colour family present, plus the secondary-line
sample (the window has its own overlay, ui/legend_overlay.py, with the same entries)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from . import palette
from .palette import family_label, family_style, legend_entries

ROW = 18.0
SWATCH = 12.0
COLUMN = 190.0


def legend_labels(kinds, secondary: bool = True) -> list[tuple[str | None, str]]:
    """[(family or None for the secondary line, label)] for the families of ``kinds``."""
    items = [(name, family_label(name)) for name, _ in legend_entries(kinds)]
    if secondary:
        items.append((None, QCoreApplication.translate("Chart", "Secondary line")))
    return items


class LegendItem(QGraphicsItem):
    """Families in columns of ``rows`` entries; all text plain."""

    def __init__(self, kinds, rows: int = 6, secondary: bool = True) -> None:
        super().__init__()
        self.items = legend_labels(kinds, secondary)
        self.entries = legend_entries(kinds)
        self.secondary = secondary
        count = len(self.items)
        self.rows = max(1, min(rows, count))
        cols = max(1, -(-count // self.rows))
        self._rect = QRectF(0, 0, cols * COLUMN + 8, self.rows * ROW + 8)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def text_px(self) -> set[int]:
        return {palette.SMALL_PX + 1}

    def paint(self, painter: QPainter, option, widget=None) -> None:
        theme = palette.current()
        painter.setPen(QPen(QColor(theme.overlay_border), 1))
        painter.setBrush(QColor(theme.overlay))
        painter.drawRoundedRect(self._rect, 5, 5)
        painter.setFont(palette.font(palette.SMALL_PX + 1))
        for i, (name, label) in enumerate(self.items):
            col, row = divmod(i, self.rows)
            x, y = 8 + col * COLUMN, 6 + row * ROW
            if name is None:
                pen = QPen(QColor(theme.secondary), 1.8, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(int(x), int(y + SWATCH / 2), int(x + SWATCH + 6), int(y + SWATCH / 2))
            else:
                style = family_style(name)
                painter.setPen(QPen(style.border, 1.2, Qt.PenStyle.DashLine if style.dashed else Qt.PenStyle.SolidLine))
                painter.setBrush(style.fill)
                painter.drawRoundedRect(QRectF(x, y, SWATCH + 6, SWATCH), 3, 3)
            painter.setPen(QColor(theme.text))
            painter.drawText(QRectF(x + SWATCH + 12, y - 2, COLUMN - SWATCH - 16, ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine
                             | Qt.TextFlag.TextDontClip,
                             label)
