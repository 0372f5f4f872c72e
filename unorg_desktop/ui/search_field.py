"""The toolbar's search box, apart from the results list (:mod:`.search`): the window shows it
in its first frame, before the list and its delegate are loaded."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchField(QLineEdit):
    """The toolbar's search box; Esc clears (and gives the focus back to the chart); Down goes
    to the results list (``downPressed``)."""

    escaped = Signal()
    downPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Find a unit or a function (Ctrl+F)"))
        self.setMinimumWidth(240)
        self.setMaximumWidth(520)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
