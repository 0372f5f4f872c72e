"""Light or dark: the app follows the system's colour scheme (``QStyleHints.colorScheme``) and
changes with it while running.

``UNORG_DESKTOP_COLOR_SCHEME=dark|light`` (or :func:`force`) overrides the system, for
screenshots and tests: some platforms (offscreen, minimal, older desktops) report no scheme.
The chart's colours come from :mod:`unorg_desktop.render.palette` (both themes keep text at
WCAG AA contrast); the widgets get a matching Fusion palette when the platform gives none.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from unorg_desktop.render import palette

ENV = "UNORG_DESKTOP_COLOR_SCHEME"
_forced: list[str | None] = [None]
_own_palette = [False]  # the widgets' dark palette is ours (the platform gave none): undo it for light


def force(scheme: str | None) -> None:
    """Use ``"dark"`` or ``"light"`` whatever the system says (None: follow the system again)."""
    _forced[0] = scheme if scheme in ("dark", "light") else None


def system_scheme() -> str:
    """"dark" or "light" as the platform reports it (light when it reports nothing)."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    return "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"


def scheme() -> str:
    """The scheme to use now: forced, else the environment's override, else the system's."""
    wanted = _forced[0] or os.environ.get(ENV, "").strip().lower()
    return wanted if wanted in ("dark", "light") else system_scheme()


def dark_palette() -> QPalette:
    """A dark widget palette (for platforms whose style does not switch by itself), with text
    at AA contrast on its backgrounds."""
    theme = palette.DARK
    p = QPalette()
    window, base, text = QColor("#23262d"), QColor(theme.background), QColor(theme.text)
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor("#262a31")),
                         (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, QColor("#2c3038")),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, QColor("#2c3038")),
                         (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor("#3d6fb6")),
                         (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
                         (QPalette.ColorRole.Link, QColor("#8ab4f8")), (QPalette.ColorRole.LinkVisited, QColor("#c58af9")),
                         (QPalette.ColorRole.PlaceholderText, QColor("#a9b0bb")), (QPalette.ColorRole.Mid, QColor("#3a3f48")),
                         (QPalette.ColorRole.Midlight, QColor("#444a54")), (QPalette.ColorRole.Dark, QColor("#15171b")),
                         (QPalette.ColorRole.Light, QColor("#4a505b")), (QPalette.ColorRole.BrightText, QColor("#ffffff"))):
        p.setColor(role, colour)
    muted = QColor("#8a919c")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return p


def _looks_dark(p: QPalette) -> bool:
    return p.color(QPalette.ColorRole.Window).lightness() < 128


class ThemeWatcher(QObject):
    """Applies the scheme at start and whenever the system's changes; ``changed(name)``."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        app = QGuiApplication.instance()
        if app is not None:
            # a method of this QObject (not a lambda): Qt drops the connection with the window
            app.styleHints().colorSchemeChanged.connect(self._on_system_change)

    @Slot(Qt.ColorScheme)
    def _on_system_change(self, _scheme) -> None:
        self.apply()

    def apply(self) -> str:
        """Switch chart and widgets to the current scheme; returns its name."""
        name = scheme()
        palette.set_theme(name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if name == "dark" and not _looks_dark(app.palette()):
                app.setPalette(dark_palette())
                _own_palette[0] = True
            elif name == "light" and _own_palette[0]:
                app.setPalette(app.style().standardPalette())
                _own_palette[0] = False
        if name != self.name:
            self.name = name
            self.changed.emit(name)
        return name
