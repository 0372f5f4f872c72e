"""Fixtures shared by the GUI tests (tests/test_ui_*.py, tests/test_app_*.py).

Import them into a test module (``from ui_fixtures import isolated_settings, ...``). The autouse
``isolated_settings`` keeps every test off the developer's settings and layout cache.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BUNDLED_DB


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch) -> Path:
    """Settings and layout cache in a fresh temporary folder for each test."""
    root = tmp_path_factory.mktemp("ui-config")
    monkeypatch.setenv("UNORG_DESKTOP_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("UNORG_DESKTOP_CACHE_DIR", str(root / "cache"))
    monkeypatch.delenv("UNORG_REPORT_FIRST_PAINT", raising=False)
    return root / "config"


@pytest.fixture
def no_dialogs(monkeypatch) -> list[str]:
    """Message boxes and modal dialogs return at once; their texts are collected."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    shown: list[str] = []

    def fake_exec(self):
        shown.append(self.text() if isinstance(self, QMessageBox) else self.windowTitle())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QDialog, "exec", fake_exec)
    return shown


def make_window(qtbot, db: Path = BUNDLED_DB, select: str | None = None, size=(1400, 880)):
    """A shown main window on ``db`` after its first layout."""
    from unorg_desktop.app import open_window

    window = open_window(db)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.start(select)
    qtbot.wait(1)  # the start view is set from the event loop
    window.view.stop_animation()
    return window


@pytest.fixture
def window(qtbot, no_dialogs):
    w = make_window(qtbot)
    yield w
    w.close()


@pytest.fixture
def tiny_window(qtbot, tiny_db, no_dialogs):
    w = make_window(qtbot, tiny_db)
    yield w
    w.close()


def card_ids(window) -> set[str]:
    """Units that have a card on screen."""
    return {n for n in window.graph.units if not window.scene.unit_rect(n).isEmpty()}


def viewport_centre_of(window, unit_id):
    return window.view.mapFromScene(window.scene.unit_rect(unit_id).center())
