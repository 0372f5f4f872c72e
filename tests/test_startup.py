"""Start-up (issue 13): the first frame of the app on the bundled database loads nothing it does
not need, builds its chart once, and the window is complete in the event-loop turn after it. The
time itself is measured in benchmarks/bench_startup.py, never asserted here."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import BUNDLED_DB, REPO
from ui_fixtures import isolated_settings, no_dialogs  # noqa: F401

# never loaded by a plain start, even after the first frame
NOT_AT_START = ("networkx", "sqlite_utils", "pygraphviz", "rapidfuzz", "pypdfium2", "click", "unorg_desktop.ingest",
                "unorg_desktop.store.builder", "unorg_desktop.store.library", "unorg_desktop.render.export",
                "unorg_desktop.layout.cache", "unorg_desktop.ui.export_dialog", "unorg_desktop.ui.importing",
                "unorg_desktop.ui.library_dialogs", "unorg_desktop.ui.dialogs", "unorg_desktop.graph.data",
                "PySide6.QtSvg")
# not before the first paint: the dataclasses module and the methods a dataclass compiles cost
# ~17 M instructions (the first frame's records are named tuples and plain classes); later
# records (a unit's details, the library) still load it
NOT_IN_FIRST_FRAME = ("dataclasses",)
# loaded for the parts of the window built after the first frame (side panes, menus' actions)
AFTER_FIRST_FRAME = ("unorg_desktop.ui.outline", "unorg_desktop.ui.panel", "unorg_desktop.ui.search",
                     "unorg_desktop.ui.actions", "unorg_desktop.store.info", "unorg_desktop.store.detail_rows")

FIRST_FRAME_PROBE = """
import gc, sys
import unorg_desktop.ui.chart_view as chart_view
import unorg_desktop.ui.main_window as main_window
seen = {}
report = chart_view.report_first_paint
def at_first_paint():
    seen["modules"] = sorted(sys.modules)
    import PySide6.QtGui
    seen["event classes"] = sorted(n for n in vars(PySide6.QtGui) if n.endswith("Event"))
    seen["collecting at first paint"] = gc.isenabled()
    report()
chart_view.report_first_paint = at_first_paint
complete = main_window.MainWindow.ensure_complete
def ensure_complete(self):
    seen.setdefault("collecting when completed", gc.isenabled())
    complete(self)
main_window.MainWindow.ensure_complete = ensure_complete
from unorg_desktop.app import main
code = main([])
print("FIRST", " ".join(seen["modules"]))
print("AFTER", " ".join(sorted(sys.modules)))
print("EVENTS", " ".join(seen["event classes"]))
print("GC", seen["collecting at first paint"], seen["collecting when completed"], gc.isenabled())
sys.exit(code)
"""


def lines_gc(stdout: str) -> list[str]:
    return next(line.split()[1:] for line in stdout.splitlines() if line.startswith("GC "))


def test_the_garbage_collector_resumes_whatever_happens():
    import gc

    from unorg_desktop.app import collection_after_first_paint

    assert gc.isenabled()
    with collection_after_first_paint() as resume:
        assert not gc.isenabled()
        resume()  # the first paint
        assert gc.isenabled()
    try:
        with collection_after_first_paint():
            assert not gc.isenabled()
            raise RuntimeError("no database")
    except RuntimeError:
        pass
    assert gc.isenabled()  # never painted: on again when the start is over
    gc.disable()
    try:
        with collection_after_first_paint() as resume:
            resume()
            assert not gc.isenabled()  # a caller that had it off keeps it off
        assert not gc.isenabled()
    finally:
        gc.enable()


def _loaded(modules: set[str], names) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_the_first_frame_loads_only_what_it_needs(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", UNORG_REPORT_FIRST_PAINT="1",
               UNORG_DESKTOP_CONFIG_DIR=str(tmp_path / "config"), UNORG_DESKTOP_CACHE_DIR=str(tmp_path / "cache"),
               UNORG_DESKTOP_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "first-paint " in done.stdout  # the chart was painted before the window closed
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if line.startswith(("FIRST ", "AFTER ")))
    first, after = set(lines["FIRST"].split()), set(lines["AFTER"].split())
    assert _loaded(first, NOT_AT_START + AFTER_FIRST_FRAME + NOT_IN_FIRST_FRAME) == []
    assert "sqlite3" in first and "unorg_desktop.ui.main_window" in first
    # the window completed itself in the turn after the first paint, before it closed
    assert _loaded(after, AFTER_FIRST_FRAME) == sorted(AFTER_FIRST_FRAME)
    assert _loaded(after, NOT_AT_START) == []
    # no event(QEvent) override is called before the first paint (ui.widgets.EventHook): PySide6
    # builds every QEvent subclass the first time it hands one to Python, as a QEvent
    events = next(line.split()[1:] for line in done.stdout.splitlines() if line.startswith("EVENTS"))
    assert "QPaintEvent" in events and "QWheelEvent" not in events and "QTabletEvent" not in events
    # the garbage collector waits for the first paint, then resumes before the rest is built
    assert lines_gc(done.stdout) == ["False", "True", "True"]
    # a chart of ~20 cards is laid out faster than stored positions are read: no cache file
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.*"))


FEATURE_SCAN_PROBE = """
import json, sys, textwrap
import unorg_desktop.textkey
import PySide6
from unorg_desktop.app import skip_feature_scan
assert "unorg_desktop.ui.selection" not in sys.modules and "colorsys" not in sys.modules
marked = skip_feature_scan(PySide6)
known = PySide6.support.feature.pyside_feature_dict
ours_later = known.get("unorg_desktop.ui.selection")  # marked before it is imported
from unorg_desktop.ui.selection import Selection
import colorsys  # not ours, imported after PySide6: left to the hook, which scans it
print(json.dumps({"marked": marked, "textwrap": known.get("textwrap"), "ours": known.get("unorg_desktop.textkey"),
                  "ours_later": ours_later, "after_import": known.get("unorg_desktop.ui.selection"),
                  "other_later": known.get("colorsys")}))
"""


def test_pysides_import_hook_is_spared_the_modules_loaded_before_it():
    import json
    import types

    from unorg_desktop.app import skip_feature_scan

    done = subprocess.run([sys.executable, "-c", FEATURE_SCAN_PROBE], cwd=REPO, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["marked"] > 20 and found["textwrap"] == -1  # the standard library: what the hook would find
    # our own modules, loaded or not: "no feature", what the hook finds for those naming PySide6
    assert found["ours"] == 0 and found["ours_later"] == 0 and found["after_import"] == 0
    assert found["other_later"] == -1  # other modules imported afterwards are still scanned by the hook
    assert skip_feature_scan(types.SimpleNamespace()) == 0  # other PySide6 internals: nothing done


def _shown_unstarted(qtbot):
    """A main window on the bundled database, shown and started, before any event is processed."""
    from unorg_desktop.app import open_window

    window = open_window(BUNDLED_DB)
    qtbot.addWidget(window)
    window.resize(1400, 880)
    window.show()
    window.start()
    return window


def test_the_side_panes_and_menus_are_complete_after_the_first_event_loop_turns(qtbot, no_dialogs):
    window = _shown_unstarted(qtbot)
    # the first frame: the chart laid out once, the menu titles, the search field; nothing else yet
    assert window._actions is None and window._panel is None and window._outline is None
    assert [m.title() for m in window._menus.values()] == ["&File", "&Edit", "&View", "&Go", "&Help"]
    assert all(not m.actions() for m in window._menus.values())
    assert window.chart.layout is not None and window.search_field.isVisible()
    view_size, toolbar_height = window.view.viewport().size(), window.toolbar.height()
    qtbot.waitUntil(lambda: window._actions is not None, timeout=5000)  # no property asked for them
    qtbot.wait(1)
    assert window.view._painted  # they came after the first paint
    file_menu = [a.objectName() for a in window._menus["file"].actions() if a.objectName()]
    assert file_menu[:3] == ["action_open", "action_import", "action_documents"]
    assert window._actions["find"].shortcut().toString() == "Ctrl+F"
    toolbar = [a.objectName() for a in window.toolbar.actions() if a.objectName()]
    assert toolbar == ["action_back", "action_forward", "action_zoom_out", "action_zoom_in", "action_fit",
                       "action_zoom_selection"]
    assert window.left.currentWidget() is window._outline and window._outline.model().rowCount() >= 1
    assert window.splitter.widget(2) is window._panel and "The organisation" in window._panel.plain_text()
    assert window.status_units.text().endswith("shown")
    # the panes came into the room kept for them: the chart did not move or change size
    assert window.view.viewport().size() == view_size and window.toolbar.height() == toolbar_height
    window.close()


def test_asking_for_a_part_before_the_first_paint_builds_it_at_once(qtbot, no_dialogs):
    window = _shown_unstarted(qtbot)
    window.select_unit(window.graph.root, animate=False)  # a selection before the panes exist
    assert window._panel is None
    assert window.panel.unit_id == window.graph.root  # built on demand, showing the selection
    assert window.outline.model().unit_id(window.outline.currentIndex()) == window.graph.root
    window.actions["fit"].trigger()  # the commands work at once
    window.ensure_complete()  # a second call does nothing
    assert len(window._menus["file"].actions()) == len(window.menuBar().actions()[0].menu().actions())
    window.close()


def test_the_start_view_is_laid_out_and_built_once(qtbot, monkeypatch):
    from unorg_desktop.render.scene import ChartScene
    from unorg_desktop.ui.chart_controller import ChartController

    builds, computed = [], []
    show_chart, compute = ChartScene.show_chart, ChartController._compute
    monkeypatch.setattr(ChartScene, "show_chart", lambda self, *a, **k: builds.append(1) or show_chart(self, *a, **k))
    monkeypatch.setattr(ChartController, "_compute",
                        lambda self, tree, sizes: computed.append(frozenset(tree.nodes)) or compute(self, tree, sizes))
    window = _shown_unstarted(qtbot)
    assert len(builds) == 1  # the first view only: no default layout shown and thrown away first
    assert len(computed) == len(set(computed))  # each expansion tried for the first view laid out once
    assert frozenset(window.chart.visible.nodes) in computed
    window.close()


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
