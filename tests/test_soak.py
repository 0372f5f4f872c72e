"""Long session (issue 5): many GUI events on a generated 5,000-unit database, offscreen.

CI drives a bounded run; ``UNORG_SOAK_EVENTS=100000`` (``make soak``) drives the full one. The
test fails on any exception and when resident memory grows by 10 % or more after warm-up; the
figures go to stdout (``-s``) and, with ``UNORG_SOAK_REPORT=file``, to a JSON file.
"""

from __future__ import annotations

import gc
import json
import os
import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui_fixtures import isolated_settings, make_window, no_dialogs  # noqa: F401
from unorg_desktop.synth import write_synthetic_db

EVENTS = int(os.environ.get("UNORG_SOAK_EVENTS", "1000"))


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.fixture(scope="module")
def soak_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("soak") / "org5000.sqlite"
    write_synthetic_db(path, units=5_000, seed=5, fanout=(2, 7), dual_share=0.03)
    return path


def test_long_session_no_crash_no_leak(qtbot, soak_db, no_dialogs) -> None:  # noqa: F811
    window = make_window(qtbot, soak_db)
    ids = list(window.graph.units)
    names = [window.graph.units[i].name for i in ids]
    rnd = random.Random(11)
    keys = [Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Plus,
            Qt.Key.Key_Minus]
    hostile = ['"', "NEAR(", "' OR 1=1 --", "*", "x" * 2000, "défense", "maintien paix", "🙂\u202e"]
    counts: dict[str, int] = {}

    def select() -> None:
        window.select_unit(rnd.choice(ids), center=rnd.random() < 0.5, animate=False)

    def toggle() -> None:
        current = window.selection.current or window.graph.root
        window.chart.toggle(current, anchor=current)

    def key() -> None:
        QTest.keyClick(window.view, rnd.choice(keys))

    def zoom() -> None:
        (window.zoom_in if rnd.random() < 0.5 else window.zoom_out)()

    def search() -> None:
        text = rnd.choice(hostile) if rnd.random() < 0.2 else rnd.choice(names)[: rnd.randint(3, 30)]
        window.search.search(text)
        if rnd.random() < 0.3:
            window.clear_search()

    def history() -> None:
        (window.go_back if rnd.random() < 0.6 else window.go_forward)()

    def collapse_all() -> None:  # keeps the chart from growing without bound
        window.collapse_all()

    events = [(select, 30), (toggle, 12), (key, 25), (zoom, 10), (search, 15), (history, 7), (collapse_all, 1)]
    choices = [fn for fn, weight in events for _ in range(weight)]
    warm_up = max(EVENTS // 10, 200)
    start = time.perf_counter()
    base = None
    for i in range(EVENTS):
        fn = rnd.choice(choices)
        fn()
        counts[fn.__name__] = counts.get(fn.__name__, 0) + 1
        if i % 25 == 0:
            QApplication.processEvents()
            window.view.stop_animation()
        if i == warm_up:
            gc.collect()
            base = rss_bytes()
    QApplication.processEvents()
    gc.collect()
    end = rss_bytes()
    growth = (end - base) / base
    report = {"events": EVENTS, "units": len(ids), "seconds": round(time.perf_counter() - start, 1),
              "rss_after_warm_up_mb": round(base / 2**20, 1), "rss_end_mb": round(end / 2**20, 1),
              "growth": round(growth, 4), "counts": counts}
    print("soak:", json.dumps(report))
    if os.environ.get("UNORG_SOAK_REPORT"):
        with open(os.environ["UNORG_SOAK_REPORT"], "w") as f:
            json.dump(report, f)
    assert window.isVisible() and window.selection.current in window.graph.units
    assert growth < 0.10, report
