"""Tooltips made on first use, for scene items whose tooltip reads the store (a citing
paragraph): the chart's first frame makes none of them."""

from __future__ import annotations


class LazyTooltip:
    """Mixin for a QGraphicsItem subclass that sets ``self._tooltip`` to its escaped rich text,
    or to a function making it."""

    def toolTip(self) -> str:  # noqa: N802
        """The escaped rich-text tooltip (made on first use)."""
        if callable(self._tooltip):
            self._tooltip = self._tooltip()
        return self._tooltip

    def ensure_tooltip(self) -> None:
        """Hand the tooltip to Qt (the scene calls it just before Qt looks for one under the mouse)."""
        if not super().toolTip():
            self.setToolTip(self.toolTip())
