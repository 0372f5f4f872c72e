"""Small widgets shared by the panes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from .markup import tooltip


class ElidedLabel(QLabel):
    """A one-line plain-text label that never asks for more width than it gets: a long text is
    elided (``mode``) and shown whole in the tooltip, so a long citation cannot widen its pane."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self._mode = mode
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text or ""
        self._elide()

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - keeps QLabel's API
        self.set_full_text(text)

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(0, self.contentsRect().width()))
        super().setText(shown)
        self.setToolTip(tooltip(self._full) if shown != self._full else "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(super().sizeHint().width(), 200), super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()


class EventHook(QObject):
    """An event filter that hands ``target``'s events to ``handler(event) -> bool`` (True: the
    event was handled and stops there).

    For handlers of any event type (tooltips, gestures) in widgets of the first frame, in place of
    an ``event``/``viewportEvent`` override installed after that frame: the first time PySide6
    passes a ``QEvent`` to Python, it resolves its class among all ~50 QEvent subclasses and builds
    each one (~6.5 M instructions of a start); a hook installed at the first paint moves that after
    it."""

    def __init__(self, target: QObject, handler: Callable[[object], bool]) -> None:
        super().__init__(target)
        self._handler = handler
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        return bool(self._handler(event))
