"""The breadcrumb bar above the chart: the selected unit's chain from the root, each ancestor a
button that selects it (as file managers show a folder's path).

When the chain is wider than the bar, names are elided in the middle and, if that is not enough,
the ancestors nearest the root after the first fold into one "…" button whose menu lists them.
Names are plain text everywhere (buttons and menus do not interpret markup; tooltips are escaped).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from .markup import tooltip

MAX_CRUMB = 220  # pixels: a longer name is elided in the middle (the tooltip has it whole)
LONG_CRUMB = 420  # with few crumbs in a wide bar, names may take this much
FOLD_CRUMB = 120  # names are shortened to this before ancestors are folded into "…"
MIN_CRUMB = 70
SEPARATOR = "›"


class BreadcrumbBar(QWidget):
    """``unitActivated(id)``: an ancestor's button (or the "…" menu) was clicked."""

    unitActivated = Signal(str)

    def __init__(self, graph, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breadcrumb")
        self.graph = graph
        self.chain: list[str] = []
        self.hidden: list[str] = []  # ancestors folded into the "…" menu
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._layout.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._placeholder = self.tr("No unit selected: click a card, or search (Ctrl+F)")
        self.set_unit(None)

    # -- public -----------------------------------------------------------------------------------
    def set_unit(self, unit_id: str | None) -> None:
        """Show the chain of ``unit_id`` (root first); nothing selected: a hint."""
        if unit_id is not None and unit_id in self.graph.units:
            self.chain = self.graph.ancestors_path(unit_id)
        else:
            self.chain = []
        self._rebuild()

    def texts(self) -> list[str]:
        """What the bar shows, in order (crumbs as elided, "…" for a fold; tests read it)."""
        out = []
        for i in range(self._layout.count()):
            widget = self._layout.itemAt(i).widget()
            if isinstance(widget, (QToolButton, QLabel)) and widget.objectName() != "crumbSeparator":
                out.append(widget.text())
        return out

    def buttons(self) -> list[QToolButton]:
        return [w for w in self.findChildren(QToolButton) if w.objectName().startswith("crumb") and w.isVisible()]

    # -- building -------------------------------------------------------------------------------
    def _name(self, unit_id: str) -> str:
        unit = self.graph.units.get(unit_id)
        return (unit.display_name or unit.name) if unit is not None else unit_id

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _rebuild(self) -> None:
        self._clear()
        if not self.chain:
            hint = QLabel(self._placeholder, self)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setEnabled(False)
            self._layout.addWidget(hint)
            hint.show()
            self._layout.addStretch(1)
            self.hidden = []
            return
        metrics = self.fontMetrics()
        room = max(200, self.width() - 16)
        names = [self._name(u) for u in self.chain]
        sep_w = metrics.horizontalAdvance(f" {SEPARATOR} ") + 4

        def widths(limit: int) -> list[int]:
            return [min(limit, metrics.horizontalAdvance(n)) + 16 for n in names]

        fold_w = metrics.horizontalAdvance("…") + 24 + sep_w

        def total(shown: list[int], limit: int) -> int:
            w = widths(limit)
            return sum(w[i] for i in shown) + sep_w * (len(shown) - 1) + (fold_w if len(shown) < len(names) else 0)

        # shorten long names (elided in the middle) down to FOLD_CRUMB; then fold the ancestors
        # after the root (nearest the root first), keeping the root, the parent and the unit;
        # then shorten further
        longest = max(MAX_CRUMB, min(LONG_CRUMB, room // len(names) - 24))  # few crumbs: longer names
        limit, shown = longest, list(range(len(self.chain)))
        while total(shown, limit) > room and limit > FOLD_CRUMB:
            limit -= 10
        while total(shown, limit) > room and len(shown) > 3:
            shown.pop(1)
        while len(shown) < len(names) and limit < longest and total(shown, limit + 10) <= room:
            limit += 10  # folding made room: longer names again
        while total(shown, limit) > room and limit > MIN_CRUMB:
            limit -= 10
        self.hidden = [self.chain[i] for i in range(len(self.chain)) if i not in shown]
        for position, index in enumerate(shown):
            if position:
                self._add_separator()
            if position == 1 and self.hidden:
                self._add_fold(limit)
                self._add_separator()
            unit_id = self.chain[index]
            text = metrics.elidedText(names[index], Qt.TextElideMode.ElideMiddle, limit)
            self._add_crumb(unit_id, text, names[index], current=index == len(self.chain) - 1)
        self._layout.addStretch(1)

    def _add_separator(self) -> None:
        label = QLabel(SEPARATOR, self)
        label.setObjectName("crumbSeparator")
        label.setEnabled(False)
        self._layout.addWidget(label)
        label.show()

    def _add_crumb(self, unit_id: str, text: str, full: str, current: bool) -> None:
        button = QToolButton(self)
        button.setObjectName("crumbCurrent" if current else "crumb")
        button.setText(text.replace("&", "&&"))  # a name's "&" is not a mnemonic
        button.setAutoRaise(True)
        button.setToolTip(tooltip(full))
        if current:
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setCheckable(False)
        button.clicked.connect(lambda _checked=False, u=unit_id: self.unitActivated.emit(u))
        self._layout.addWidget(button)
        button.show()

    def _add_fold(self, limit: int) -> None:
        button = QToolButton(self)
        button.setObjectName("crumbFold")
        button.setText("…")
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        from PySide6.QtGui import QAction  # a fold is rare: not loaded for the first frame

        menu = QMenu(button)
        for unit_id in sorted(self.hidden, key=self.chain.index):
            action = QAction(self.fontMetrics().elidedText(self._name(unit_id), Qt.TextElideMode.ElideMiddle, 400)
                             .replace("&", "&&"), menu)
            action.triggered.connect(lambda _checked=False, u=unit_id: self.unitActivated.emit(u))
            menu.addAction(action)
        button.setMenu(menu)
        button.setToolTip(tooltip("\n".join(self._name(u) for u in sorted(self.hidden, key=self.chain.index))))
        self._layout.addWidget(button)
        button.show()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._rebuild()
