"""Legend in a corner of the chart: one swatch per colour family of the cards on screen
(departments, offices, divisions…), and the dashed secondary-line sample.

The legend follows the chart: after each layout :meth:`LegendOverlay.set_kinds` receives the kinds
of the cards shown; hovering an entry lists the kinds it stands for. Its columns are arranged to
take at most a share of the pane; its title strip collapses it. Labels are painted with
``QPainter.drawText`` (plain text: a kind read from a document cannot inject markup).
View ▸ All kinds and colours… lists every kind of the database.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QToolTip

from unorg_desktop.render import palette
from unorg_desktop.render.palette import family_label, family_style, kinds_of_family, legend_entries

from .markup import tooltip
from .overlays import HEADER, Overlay

PAD = 6
SWATCH_W, SWATCH_H = 18.0, 11.0
GAP = 6.0  # swatch to label
COLUMN_GAP = 14.0
MAX_LABEL = 190.0  # longer labels are elided (the full list is in View ▸ All kinds and colours…)
PANE_SHARE = (0.5, 0.3)  # at most this share of the pane's width and height
MATCH_NAME, MATCH_FUNCTION = "~match-name", "~match-function"  # legend entries while searching


class LegendOverlay(Overlay):
    def __init__(self, view) -> None:
        super().__init__(view, self.tr("Legend"), "bottom-left")
        self.setObjectName("legendOverlay")
        self.kinds: list[str] = []  # the kinds on screen
        self.families: list[str] = []  # their colour families, in the legend's order
        self.secondary_label = self.tr("Secondary line")
        self.searching = False  # a query is active: the two match marks join the legend
        self._font = palette.font(palette.SMALL_PX + 1)
        self._cells: list[tuple[QRectF, str | None, str]] = []  # (cell, family or None, label)
        self._size = QSize()
        self._laid_out_for = QSize()
        self.setToolTip(self.tr("Colours by kind of unit; dashed: secondary reporting line"))
        view.viewChanged.connect(self._on_view_changed)
        self._tooltips = None
        view.firstPainted.connect(self._hook_tooltips)
        self.hide()

    def set_wanted(self, on: bool) -> None:
        """The user's choice (View ▸ Show legend)."""
        self.wanted = on
        self.place()

    def set_kinds(self, kinds) -> None:
        """Show the families of ``kinds`` (those of the cards on screen), in the legend's order."""
        self.kinds = sorted({k for k in kinds if k})
        self.families = [name for name, _ in legend_entries(self.kinds)]
        self._relayout()

    def set_search(self, active: bool) -> None:
        if active != self.searching:
            self.searching = active
            self._relayout()

    def labels(self) -> list[str]:
        """The texts painted, in order (tests read them)."""
        return [label for _, _, label in self._cells]

    def entry_tooltip(self, family: str | None) -> str:
        """The kinds an entry stands for ("Offices: Bureau, Centre, Office")."""
        if family is None:
            return self.tr("A secondary reporting line (a unit also reports to this one)")
        if family == MATCH_NAME:
            return self.tr("Search: the unit's name matches")
        if family == MATCH_FUNCTION:
            return self.tr("Search: only the text of one of its functions matches")
        return f"{family_label(family)}: {', '.join(kinds_of_family(self.kinds, family))}"

    def body_size(self) -> QSize:
        return QSize() if not self.families else self._size

    def _room(self) -> QSize:
        vp = self.view.viewport()
        return QSize(int(vp.width() * PANE_SHARE[0]), int(vp.height() * PANE_SHARE[1]))

    def _arrange(self, labels, room: float):
        """Cells in as few rows as fit in ``room`` (the widest arrangement that fits)."""
        metrics = QFontMetricsF(self._font)
        row_h = max(metrics.height(), SWATCH_H) + 3
        for rows in range(1, len(labels) + 1):  # fewer rows make a wider legend
            cells, x = [], PAD
            for start in range(0, len(labels), rows):
                column = labels[start:start + rows]
                col_w = SWATCH_W + GAP + max(metrics.horizontalAdvance(label) for _, label in column)
                for i, (kind, label) in enumerate(column):
                    cells.append((QRectF(x, PAD + i * row_h, col_w, row_h), kind, label))
                x += col_w + COLUMN_GAP
            width = x - COLUMN_GAP + PAD
            if width <= room or rows == len(labels):
                return cells, width, PAD * 2 + rows * row_h
        return [], 0.0, 0.0

    def _relayout(self) -> None:
        metrics = QFontMetricsF(self._font)
        items = [(name, family_label(name)) for name in self.families] + [(None, self.secondary_label)]
        if self.searching:
            items += [(MATCH_NAME, self.tr("Name matches")), (MATCH_FUNCTION, self.tr("Function matches"))]
        labels = [(kind, metrics.elidedText(label, Qt.TextElideMode.ElideRight, MAX_LABEL)) for kind, label in items]
        room = self._room()
        self._laid_out_for = room
        cells, width, height = self._arrange(labels, max(120.0, room.width()))
        self._cells = cells
        self._size = QSize(int(width + 1), int(height + 1))
        self.folded = self.too_big() and not (self.pinned or self.collapsed)
        self.place()

    def too_big(self) -> bool:
        """Taller than its share of the pane: the strip alone until asked for."""
        return self._size.height() + HEADER > self._room().height()

    def _on_view_changed(self) -> None:
        if self._room() != self._laid_out_for:  # resized: the columns may need rearranging
            self._relayout()

    def _tooltip_event(self, event) -> bool:
        """An entry's tooltip lists its kinds (an EventHook from the chart's first paint on)."""
        if event.type() == QEvent.Type.ToolTip and self.shows_body():
            pos = QPointF(event.pos()) - QPointF(0, HEADER)
            cell = next((c for c in self._cells if c[0].contains(pos)), None)
            if cell is not None:
                QToolTip.showText(event.globalPos(), tooltip(self.entry_tooltip(cell[1])), self)
                return True
        return False

    def _hook_tooltips(self) -> None:
        from .widgets import EventHook

        self._tooltips = EventHook(self, self._tooltip_event)

    def paint_body(self, painter: QPainter) -> None:
        theme = palette.current()
        painter.setFont(self._font)
        for cell, kind, label in self._cells:
            swatch = QRectF(cell.x(), cell.center().y() - SWATCH_H / 2, SWATCH_W, SWATCH_H)
            if kind is None:
                painter.setPen(QPen(QColor(theme.secondary), 1.8, Qt.PenStyle.DashLine))
                y = swatch.center().y()
                painter.drawLine(int(swatch.left()), int(y), int(swatch.right()), int(y))
            elif kind in (MATCH_NAME, MATCH_FUNCTION):  # as the cards show a match
                ring = swatch.adjusted(1.5, 1.5, -1.5, -1.5)
                if kind == MATCH_NAME:
                    painter.setPen(QPen(QColor(theme.match_name), 3.0))
                else:
                    painter.setPen(QPen(QColor(theme.match_function), 2.0, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(ring, 3, 3)
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
