"""The one selection shared by chart, outline, side panel and search, with Back/Forward history."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

MAX_HISTORY = 500


class Selection(QObject):
    """Current unit id (or None) and a browser-like history.

    ``changed(unit_id_or_None)`` is emitted once per actual change, whoever caused it, so each
    view only mirrors the selection and never calls the others.
    """

    changed = Signal(object)
    historyChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: str | None = None
        self._history: list[str] = []
        self._index = -1

    @property
    def current(self) -> str | None:
        return self._current

    def select(self, unit_id: str | None, *, record: bool = True) -> None:
        """Make ``unit_id`` current; ``record`` pushes it on the history (dropping Forward)."""
        if unit_id == self._current:
            return
        self._current = unit_id
        if record and unit_id is not None:
            del self._history[self._index + 1:]
            self._history.append(unit_id)
            if len(self._history) > MAX_HISTORY:
                del self._history[0]
            self._index = len(self._history) - 1
            self.historyChanged.emit()
        self.changed.emit(unit_id)

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._history) - 1

    def back(self) -> str | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        self.historyChanged.emit()
        self.select(self._history[self._index], record=False)
        return self._current

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        self.historyChanged.emit()
        self.select(self._history[self._index], record=False)
        return self._current
