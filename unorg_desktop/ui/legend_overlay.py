"""Legend in the chart's bottom-left corner: one swatch per kind of unit on screen, and the
dashed secondary-line sample (the minimap holds the bottom-right corner).

The legend follows the chart: after each layout :meth:`LegendOverlay.set_kinds` receives the kinds
of the cards shown, so it stays short at the first screen and grows as subtrees open. Labels are
painted with ``QPainter.drawText`` (plain text: a kind read from a document cannot inject markup).
View ▸ Legend… still lists every kind of the database.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from unorg_desktop.render import palette
from unorg_desktop.render.palette import kind_style, legend_entries

MARGIN = 12  # from the viewport's edges, as the minimap
PAD = 6
SWATCH_W, SWATCH_H = 18.0, 11.0
GAP = 6.0  # swatch to label
COLUMN_GAP = 14.0
MAX_ROWS = 4
MAX_LABEL = 190.0  # longer kinds are elided (the full list is in View ▸ Legend…)


class LegendOverlay(QWidget):
    def __init__(self, view, minimap=None) -> None:
        super().__init__(view)
        self.setObjectName("legendOverlay")
        self.view = view
        self.minimap = minimap
        self.kinds: list[str] = []
        self.secondary_label = self.tr("Secondary line")
        self._font = palette.font(palette.SMALL_PX + 1)
        self._cells: list[tuple[QRectF, str | None, str]] = []  # (cell, kind or None, label)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.setToolTip(self.tr("Colours by kind of unit; dashed: secondary reporting line"))
        self._laid_out_for = (-1.0, -1.0)  # the rooms the last layout had
        self.wanted = True
        self.stacked = False  # above the minimap (a narrow chart) rather than beside it
        view.viewChanged.connect(self._on_view_changed)
        self.hide()

    def set_wanted(self, on: bool) -> None:
        """The user's choice (View ▸ Show legend); shown when wanted, not empty, and it fits."""
        self.wanted = on
        self._relayout()

    def set_kinds(self, kinds) -> None:
        """Show ``kinds`` (those of the cards on screen), in the palette's stable order."""
        self.kinds = [kind for kind, _ in legend_entries(kinds)]
        self._relayout()

    def labels(self) -> list[str]:
        """The texts painted, in order (tests read them)."""
        return [label for _, _, label in self._cells]

    def _rooms(self) -> tuple[float, float]:
        """(width left of the minimap on the bottom row, width of the whole viewport)."""
        vp = self.view.viewport()
        whole = vp.width() - 2 * MARGIN
        if self.minimap is not None and self.minimap.isVisible():
            return self.minimap.x() - vp.x() - 2 * MARGIN, whole
        return whole, whole

    def _arrange(self, labels, room: float):
        """Cells in as few rows (>= MAX_ROWS when there are that many) as fit in ``room``."""
        metrics = QFontMetricsF(self._font)
        row_h = max(metrics.height(), SWATCH_H) + 3
        rows = min(MAX_ROWS, len(labels))
        while True:  # fewer rows make a wider legend: use as many rows as the width needs
            cells, x = [], PAD
            for start in range(0, len(labels), rows):
                column = labels[start:start + rows]
                col_w = SWATCH_W + GAP + max(metrics.horizontalAdvance(label) for _, label in column)
                for i, (kind, label) in enumerate(column):
                    cells.append((QRectF(x, PAD + i * row_h, col_w, row_h), kind, label))
                x += col_w + COLUMN_GAP
            width = x - COLUMN_GAP + PAD
            if width <= room or rows >= len(labels):
                return cells, width, PAD * 2 + rows * row_h
            rows += 1

    def _relayout(self) -> None:
        metrics = QFontMetricsF(self._font)
        items = [(kind, kind) for kind in self.kinds] + [(None, self.secondary_label)]
        labels = [(kind, metrics.elidedText(label, Qt.TextElideMode.ElideRight, MAX_LABEL)) for kind, label in items]
        beside, whole = self._laid_out_for = self._rooms()
        vp = self.view.viewport()
        cells, width, height = self._arrange(labels, beside)
        self.stacked = width > beside or height > vp.height() / 3
        if self.stacked:  # a narrow chart: above the minimap, right-aligned, over the whole width
            cells, width, height = self._arrange(labels, whole)
        above = self.minimap.height() + MARGIN if self.stacked and self.minimap is not None \
            and self.minimap.isVisible() else 0
        fits = width <= whole and height + above <= vp.height() / 2
        self._cells = cells
        self.setFixedSize(int(width + 1), int(height + 1))
        self.setVisible(self.wanted and bool(self.kinds) and fits)
        self._reposition()

    def _on_view_changed(self) -> None:
        if self._rooms() != self._laid_out_for:  # resized: the columns may need rearranging
            self._relayout()
        else:
            self._reposition()

    def _reposition(self) -> None:
        vp = self.view.viewport()
        bottom = vp.y() + vp.height() - MARGIN
        if self.stacked:
            if self.minimap is not None and self.minimap.isVisible():
                bottom = self.minimap.y() - MARGIN // 2
            self.move(vp.x() + vp.width() - MARGIN - self.width(), bottom - self.height())
        else:
            self.move(vp.x() + MARGIN, bottom - self.height())
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._reposition()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#8894a0"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(self._font)
        for cell, kind, label in self._cells:
            swatch = QRectF(cell.x(), cell.center().y() - SWATCH_H / 2, SWATCH_W, SWATCH_H)
            if kind is None:
                painter.setPen(QPen(QColor(palette.SECONDARY_COLOUR), 1.8, Qt.PenStyle.DashLine))
                y = swatch.center().y()
                painter.drawLine(int(swatch.left()), int(y), int(swatch.right()), int(y))
            else:
                fill, border, _ = kind_style(kind)
                painter.setPen(QPen(border, 1.2))
                painter.setBrush(fill)
                painter.drawRoundedRect(swatch, 3, 3)
                painter.fillRect(QRectF(swatch.left(), swatch.top(), 3, swatch.height()), border)  # the card's edge
            painter.setPen(QColor(palette.TEXT_COLOUR))
            painter.drawText(QRectF(swatch.right() + GAP, cell.top(), cell.width() - SWATCH_W - GAP, cell.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine,
                             label)
        painter.end()
