"""Start-up (issue 13): the first frame of the app on the bundled database loads nothing it does
not need. The time itself is measured in benchmarks/bench_startup.py, never asserted here."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO

NOT_AT_START = ("networkx", "sqlite_utils", "pygraphviz", "rapidfuzz", "click", "unorg_desktop.ingest.assemble",
                "unorg_desktop.ingest.bulletin", "unorg_desktop.ingest.translations", "unorg_desktop.store.builder",
                "unorg_desktop.store.library", "unorg_desktop.render.export", "unorg_desktop.layout.cache",
                "unorg_desktop.ui.export_dialog", "unorg_desktop.ui.importing", "unorg_desktop.ui.library_dialogs",
                "unorg_desktop.ui.dialogs", "PySide6.QtSvg")


def test_the_first_frame_loads_only_what_it_needs(tmp_path):
    code = ("import sys; from unorg_desktop.app import main; code = main([]); "
            "print('MODULES', ' '.join(sorted(sys.modules))); sys.exit(code)")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", UNORG_REPORT_FIRST_PAINT="1",
               UNORG_DESKTOP_CONFIG_DIR=str(tmp_path / "config"), UNORG_DESKTOP_CACHE_DIR=str(tmp_path / "cache"),
               UNORG_DESKTOP_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "first-paint " in done.stdout  # the chart was painted before the window closed
    modules = set(done.stdout.split("MODULES ", 1)[1].split())
    loaded = sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_AT_START))
    assert loaded == []
    assert "sqlite3" in modules and "unorg_desktop.ui.main_window" in modules
    # a chart of ~20 cards is laid out faster than stored positions are read: no cache file
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.*"))


def test_big_charts_still_use_the_position_cache(qtbot, tmp_path, monkeypatch):
    from unorg_desktop.synth import write_synthetic_db
    from unorg_desktop.ui import chart_controller
    from ui_fixtures import make_window

    monkeypatch.setenv("UNORG_DESKTOP_CACHE_DIR", str(tmp_path / "cache"))
    db = tmp_path / "big.sqlite"
    write_synthetic_db(db, units=chart_controller.CACHE_MIN_NODES + 200, seed=3)
    window = make_window(qtbot, db)
    assert not list((tmp_path / "cache").rglob("*.*"))  # the first view is small
    window.expand_all()
    window.chart.wait_for_cache()
    assert len(window.chart.layout.boxes) >= chart_controller.CACHE_MIN_NODES
    assert list((tmp_path / "cache").rglob("*.*"))  # the whole chart's positions were stored
    window.close()


def test_the_window_gets_its_icon_once_the_chart_is_painted(qtbot):
    from ui_fixtures import make_window

    window = make_window(qtbot)
    qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=5000)
    assert window.windowIcon().availableSizes() or window.windowIcon().pixmap(64, 64).width() == 64
    window.close()
