"""A Qt application for headless callers (CLI export, tests, benchmarks).

Font metrics and painting need a ``QGuiApplication``; the desktop app creates its own
``QApplication`` first, so this only acts when nothing exists yet. Without a display it
chooses the offscreen platform so that ``unorg export`` works over SSH and in CI.
"""

from __future__ import annotations

import sys


def ensure_app():
    """Return the running Qt application, creating an offscreen-capable one if there is none."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    from unorg_desktop.display import prefer_offscreen

    prefer_offscreen()  # no display, or no X libraries: Qt would abort instead
    from PySide6.QtWidgets import QApplication  # widgets: the UI may add windows later

    return QApplication([sys.argv[0] if sys.argv else "unorg"])
