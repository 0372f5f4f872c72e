"""Legend in the chart's bottom-left corner: one swatch per colour family of the cards on screen
(departments, offices, divisions…), and the dashed secondary-line sample (the minimap holds the
bottom-right corner).

The legend follows the chart: after each layout :meth:`LegendOverlay.set_kinds` receives the kinds
of the cards shown; hovering an entry lists the kinds it stands for. Labels are painted with
``QPainter.drawText`` (plain text: a kind read from a document cannot inject markup).
View ▸ All kinds and colours… lists every kind of the database.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from unorg_desktop.render import palette
from unorg_desktop.render.palette import family_label, family_style, kinds_of_family, legend_entries

from .markup import tooltip

MARGIN = 12  # from the viewport's edges, as the minimap
PAD = 6
SWATCH_W, SWATCH_H = 18.0, 11.0
GAP = 6.0  # swatch to label
COLUMN_GAP = 14.0
MAX_ROWS = 4
MAX_LABEL = 190.0  # longer labels are elided (the full list is in View ▸ All kinds and colours…)


class LegendOverlay(QWidget):
    def __init__(self, view, minimap=None) -> None:
        super().__init__(view)
        self.setObjectName("legendOverlay")
        self.view = view
        self.minimap = minimap
        self.kinds: list[str] = []  # the kinds on screen
        self.families: list[str] = []  # their colour families, in the legend's order
        self.secondary_label = self.tr("Secondary line")
        self._font = palette.font(palette.SMALL_PX + 1)
        self._cells: list[tuple[QRectF, str | None, str]] = []  # (cell, family or None, label)
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
        """Show the families of ``kinds`` (those of the cards on screen), in the legend's order."""
        self.kinds = sorted({k for k in kinds if k})
        self.families = [name for name, _ in legend_entries(self.kinds)]
        self._relayout()

    def entry_tooltip(self, family: str | None) -> str:
        """The kinds an entry stands for ("Offices: Bureau, Centre, Office")."""
        if family is None:
            return self.tr("A secondary reporting line (a unit also reports to this one)")
        return f"{family_label(family)}: {', '.join(kinds_of_family(self.kinds, family))}"

    def event(self, event) -> bool:  # noqa: D401 - Qt override
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QToolTip

        if event.type() == QEvent.Type.ToolTip:
            cell = next((c for c in self._cells if c[0].contains(QPointF(event.pos()))), None)
            if cell is not None:
                QToolTip.showText(event.globalPos(), tooltip(self.entry_tooltip(cell[1])), self)
                return True
        return super().event(event)

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
        items = [(name, family_label(name)) for name in self.families] + [(None, self.secondary_label)]
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
        self.setVisible(self.wanted and bool(self.families) and fits)
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
        theme = palette.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.overlay_border), 1))
        background = QColor(theme.overlay)
        background.setAlpha(240)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(self._font)
        for cell, kind, label in self._cells:
            swatch = QRectF(cell.x(), cell.center().y() - SWATCH_H / 2, SWATCH_W, SWATCH_H)
            if kind is None:
                painter.setPen(QPen(QColor(theme.secondary), 1.8, Qt.PenStyle.DashLine))
                y = swatch.center().y()
                painter.drawLine(int(swatch.left()), int(y), int(swatch.right()), int(y))
            else:
                style = family_style(kind)
                painter.setPen(QPen(style.border, 1.2, Qt.PenStyle.DashLine if style.dashed else Qt.PenStyle.SolidLine))
                painter.setBrush(style.fill)
                painter.drawRoundedRect(swatch, 3, 3)
                painter.fillRect(QRectF(swatch.left(), swatch.top(), 3, swatch.height()), style.strip)  # the card's edge
            painter.setPen(QColor(theme.text))
            painter.drawText(QRectF(swatch.right() + GAP, cell.top(), cell.width() - SWATCH_W - GAP, cell.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine,
                             label)
        painter.end()
