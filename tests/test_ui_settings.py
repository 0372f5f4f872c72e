"""ui/settings.py: typed values survive a round trip; corrupt files are ignored with a warning."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray

from ui_fixtures import isolated_settings, make_window, no_dialogs  # noqa: F401 - fixtures
from unorg_desktop.ui.settings import FILE_NAME, Settings


def test_round_trip(tmp_path):
    s = Settings(tmp_path)
    s.geometry = QByteArray(b"\x01\x02geometry")
    s.splitter_sizes = [200, 700, 300]
    s.last_selection = "dds"
    s.direction = "LR"
    s.engine = "tidy"
    s.show_outline = False
    s.sync()
    t = Settings(tmp_path)
    assert t.geometry == QByteArray(b"\x01\x02geometry")
    assert t.splitter_sizes == [200, 700, 300]
    assert (t.last_selection, t.direction, t.engine, t.show_outline, t.show_minimap) == ("dds", "LR", "tidy",
                                                                                         False, True)
    assert t.warnings == []


def test_environment_variable_moves_the_file(isolated_settings):
    s = Settings()
    s.direction = "LR"
    s.sync()
    assert (isolated_settings / FILE_NAME).is_file()


def test_binary_junk_is_ignored_with_a_warning(tmp_path, caplog):
    path = tmp_path / FILE_NAME
    path.write_bytes(b"\x00\xff\xfe garbage \x00" * 100)
    with caplog.at_level(logging.WARNING):
        s = Settings(tmp_path)
    assert s.warnings and "settings ignored" in s.warnings[0]
    assert "settings ignored" in caplog.text
    assert (s.direction, s.splitter_sizes, s.geometry) == ("TB", None, None)
    s.direction = "LR"
    s.sync()  # a fresh file replaces the junk, which is kept aside
    assert Settings(tmp_path).direction == "LR"
    assert (tmp_path / (FILE_NAME + ".bad")).read_bytes().startswith(b"\x00\xff")


def test_wrong_values_fall_back_to_defaults(tmp_path):
    (tmp_path / FILE_NAME).write_text(
        "[window]\ngeometry=not bytes\nsplitter=a, b\n[chart]\ndirection=diagonal\nengine=magic\n"
        "[view]\noutline=maybe\n", encoding="utf-8")
    s = Settings(tmp_path)
    assert (s.geometry, s.splitter_sizes, s.direction, s.engine, s.show_outline) == (None, None, "TB", "auto", True)


def test_window_starts_with_a_corrupt_settings_file(qtbot, isolated_settings, no_dialogs):
    isolated_settings.mkdir(parents=True, exist_ok=True)
    (isolated_settings / FILE_NAME).write_bytes(b"[window]\ngeometry=@ByteArray(\xff\xfe\x00)\n\x00\x00")
    window = make_window(qtbot)
    assert window.settings.warnings
    assert window.scene.card(window.graph.root) is not None
    assert no_dialogs == []  # a warning, not an error box
    window.close()


def test_window_saves_and_restores_its_state(qtbot, no_dialogs):
    window = make_window(qtbot)
    window.select_unit("departement-des-operations-de-maintien-de-la-paix", animate=False)
    window.actions["direction_lr"].setChecked(True)
    window.splitter.setSizes([150, 900, 350])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window(qtbot)
    assert again.selection.current == "departement-des-operations-de-maintien-de-la-paix"
    assert again.chart.direction == "LR" and again.actions["direction_lr"].isChecked()
    assert again.splitter.sizes() == sizes
    again.close()
