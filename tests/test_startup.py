"""Start-up (issue 13): the first frame of the app on the bundled database loads nothing it does
not need. The time itself is measured in benchmarks/bench_startup.py, never asserted here."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO

NOT_AT_START = ("networkx", "sqlite_utils", "pygraphviz", "rapidfuzz", "click", "unorg_desktop.ingest",
                "unorg_desktop.store.builder", "unorg_desktop.render.export", "PySide6.QtSvg")


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
