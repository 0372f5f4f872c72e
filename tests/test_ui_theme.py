"""Dark mode: the app follows the system's colour scheme (forced here: offscreen platforms
report none), with the same contrast rules; exports stay light."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QRectF, Qt
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


def _colours(path) -> set[str]:
    """Every colour of a PNG, as #rrggbb (fast: the pixels as 32-bit words)."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    words = set(memoryview(image.constBits()).cast("I")[: image.width() * image.height()])
    return {f"#{w & 0xFFFFFF:06x}" for w in words}


def test_lines_exported_from_a_dark_window_are_light_too(qtbot, no_dialogs, monkeypatch, tmp_path):
    """Lines, the selection's chain, secondary lines and area frames get their colours when
    painted, not when built: an export (as shown, or the whole chart built in the dark window;
    a picture or pages) has the light theme's, never the dark one's."""
    from unorg_desktop.render.export import chart_scene, export_scene

    monkeypatch.setenv(theme.ENV, "dark")
    window = make_window(qtbot)
    window.expand_all()
    window.select_unit(DOMP, animate=False)  # its chain in the "path" colour
    assert palette.current().name == "dark"

    def region(scene):  # the selection's chain and a secondary line
        line = scene._secondary[0].path().boundingRect()
        return scene.unit_rect(DOMP).united(scene.unit_rect(window.graph.root)).united(line).adjusted(-20, -20, 20, 20)

    frame = next(iter(window.scene.frames().values())).rect()
    corner = QRectF(frame.topLeft(), frame.topLeft()).adjusted(-10, -10, 60, 60)
    shown = {
        "as shown": export_scene(window.scene, "png", tmp_path / "shown.png", rect=region(window.scene), scale=3),
        "frame": export_scene(window.scene, "png", tmp_path / "frame.png", rect=corner, scale=4),
    }
    whole = chart_scene(window.graph, window.graph.visible_tree(window.graph.every_node()))  # built while dark
    whole.set_selection(DOMP)
    shown["whole chart, A4 page"] = export_scene(whole, "png", tmp_path / "page.png", rect=region(whole),
                                                 paper="A4", dpi=200)
    for what, path in shown.items():
        colours = _colours(path)
        for role in ("edge", "secondary", "path") if what != "frame" else ("edge",):
            light, dark = getattr(palette.LIGHT, role), getattr(palette.DARK, role)
            assert light in colours, (what, role)
            assert dark not in colours, (what, role)
        assert palette.DARK.background not in colours
    assert palette.current().name == "dark"  # the window keeps its scheme
    window.close()
