"""The menu bar's menus, in order: the window shows their titles in its first frame, and the
commands of :mod:`.actions` (a larger table) fill them after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

CONTEXT = "Actions"  # the translation context of menu titles and commands

# (menu id, title) in menu-bar order
MENUS: list[tuple[str, str]] = [
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
]


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def build_menus(window: QMainWindow) -> dict[str, QMenu]:
    """The menu bar's menus, empty."""
    menus: dict[str, QMenu] = {}
    for menu_id, title in MENUS:
        menu = window.menuBar().addMenu(translate(title))
        menu.setObjectName(f"menu_{menu_id}")
        menus[menu_id] = menu
    return menus
