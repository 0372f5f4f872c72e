"""Dark mode: the app follows the system's colour scheme (forced here: offscreen platforms
report none), with the same contrast rules; exports stay light."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette

from ui_fixtures import isolated_settings, make_window, no_dialogs  # noqa: F401

from unorg_desktop.render import palette
from unorg_desktop.ui import theme

DOMP = "departement-des-operations-de-maintien-de-la-paix"


@pytest.fixture(autouse=True)
def _light_again(qapp):
    yield
    os.environ.pop(theme.ENV, None)  # before monkeypatch's own undo, which comes after this fixture
    theme.force(None)
    theme.ThemeWatcher().apply()  # back to the light scheme and the style's palette for other tests
    assert palette.current().name == "light"


def _chart_pixels(window) -> set[str]:
    image = window.view.viewport().grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}


def test_a_forced_dark_scheme_darkens_chart_and_widgets_at_aa_contrast(qtbot, no_dialogs, monkeypatch):
    monkeypatch.setenv(theme.ENV, "dark")
    window = make_window(qtbot)
    window.select_unit(DOMP, animate=False)
    assert palette.current().name == "dark" and window.theme.name == "dark"
    assert window.scene.backgroundBrush().color().name() == palette.DARK.background
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    pixels = _chart_pixels(window)
    assert palette.DARK.background in pixels and palette.LIGHT.background not in pixels
    assert palette.card_style("Département").fill.name() in pixels  # the cards are dark too
    for name in ("department", "office", "division", "outside"):
        style = palette.family_style(name)
        assert palette.contrast(style.text, style.fill) >= 4.5 and palette.contrast(style.muted, style.fill) >= 4.5
    app_palette = QGuiApplication.palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        assert palette.contrast(app_palette.color(role), app_palette.color(QPalette.ColorRole.Base)) >= 4.5
    assert "#c4cad3" in window.panel.browser.document().defaultStyleSheet()  # muted panel text, dark variant
    window.close()


def test_the_window_follows_the_system_scheme_when_it_changes(qtbot, no_dialogs, monkeypatch):
    window = make_window(qtbot)
    assert window.theme.name == "light" and palette.DARK.background not in _chart_pixels(window)
    seen = []
    window.theme.changed.connect(seen.append)
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the platform sends
    qtbot.waitUntil(lambda: window.theme.name == "dark", timeout=2000)
    assert seen == ["dark"]
    window.view.viewport().repaint()
    assert palette.DARK.background in _chart_pixels(window)
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: window.theme.name == "light", timeout=2000)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
    window.view.viewport().repaint()
    assert palette.LIGHT.background in _chart_pixels(window)
    window.close()


def test_exports_from_a_dark_window_are_light(qtbot, no_dialogs, monkeypatch, tmp_path):
    from unorg_desktop.render.export import export_scene

    monkeypatch.setenv(theme.ENV, "dark")
    window = make_window(qtbot)
    out = export_scene(window.scene, "png", tmp_path / "chart.png", rect=window.scene.unit_rect(DOMP).adjusted(-20, -20, 20, 20))
    image = QImage(str(out))
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert "#ffffff" in colours and palette.DARK.background not in colours
    with palette.using("light"):
        assert palette.card_style("Département").fill.name() in colours
    assert palette.current().name == "dark"  # the window keeps its scheme
    window.close()
