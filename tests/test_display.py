"""No display: never abort (issue 13). Interactive start without a display or without the X
libraries: one line naming what is missing, exit 2; ``--screenshot`` and ``unorg export`` switch to
the offscreen platform by themselves."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from unorg_desktop.display import XCB_LIBRARIES, display_problem, missing_xcb_libraries, prefer_offscreen

ALL_LOAD = dict(loadable=lambda soname: True, x_answers=lambda display: True)


def test_no_display_at_all():
    problem = display_problem({}, **ALL_LOAD)
    assert problem.startswith("no display: DISPLAY and WAYLAND_DISPLAY are not set")
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, **ALL_LOAD).startswith("no display")


def test_missing_x_libraries_are_named_with_their_packages():
    missing = {"libxcb-cursor.so.0", "libxcb-icccm.so.4"}
    problem = display_problem({"DISPLAY": ":0"}, loadable=lambda soname: soname not in missing,
                              x_answers=lambda display: True)
    assert problem == ("cannot open a window: 2 X libraries missing (libxcb-cursor.so.0, libxcb-icccm.so.4); "
                       "on Debian/Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4")
    assert "\n" not in problem


def test_an_x_server_that_does_not_answer():
    problem = display_problem({"DISPLAY": ":99"}, loadable=lambda soname: True, x_answers=lambda display: False)
    assert problem == "no display: cannot connect to the X server at DISPLAY=:99"


def test_a_working_display_or_a_chosen_platform_is_no_problem(tmp_path):
    assert display_problem({"DISPLAY": ":0"}, **ALL_LOAD) is None
    for platform in ("offscreen", "minimal", "wayland", "vnc:size=800x600"):
        assert display_problem({"QT_QPA_PLATFORM": platform}, loadable=lambda s: False,
                               x_answers=lambda d: False) is None
    (tmp_path / "wayland-0").touch()
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(tmp_path)},
                           loadable=lambda s: False) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)},
                           **ALL_LOAD).startswith("no display")


def test_prefer_offscreen_only_when_needed():
    env = {}
    assert prefer_offscreen(env, **ALL_LOAD) and env == {"QT_QPA_PLATFORM": "offscreen"}
    env = {"DISPLAY": ":0"}
    assert not prefer_offscreen(env, **ALL_LOAD) and "QT_QPA_PLATFORM" not in env
    env = {"QT_QPA_PLATFORM": "minimal"}
    assert not prefer_offscreen(env) and env["QT_QPA_PLATFORM"] == "minimal"


def test_the_library_list_is_what_the_xcb_plugin_needs():
    """The table matches ``ldd`` of PySide6's xcb plugin: no library forgotten, none extra (an
    extra one would refuse to start on a machine where Qt would work)."""
    import PySide6

    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("no ldd on this system")
    qt = Path(PySide6.__file__).parent / "Qt"
    needed = set()
    for lib in (qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so.*"))[:1]):
        out = subprocess.run([ldd, str(lib)], capture_output=True, text=True, check=True).stdout
        needed |= {m for m in re.findall(r"^\s*(\S+)\s", out, re.M) if re.search(r"xcb|X11|xkbcommon", m)}
    needed -= {n for n in needed if (qt / "lib" / n).exists()}  # bundled with PySide6
    assert needed == set(XCB_LIBRARIES)
    assert set(missing_xcb_libraries()) <= set(XCB_LIBRARIES)


def _env_without_display(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(UNORG_DESKTOP_CONFIG_DIR=str(tmp_path / "config"), UNORG_DESKTOP_CACHE_DIR=str(tmp_path / "cache"))
    return env


def test_without_a_display_screenshot_works_and_a_window_exits_2(tmp_path):
    env = _env_without_display(tmp_path)
    shot = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-m", "unorg_desktop", "--screenshot", str(shot), "--size", "800x600"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (800, 600)
    assert len({image.pixel(x, y) for x in range(0, 800, 17) for y in range(0, 600, 17)}) > 10

    started = subprocess.run([sys.executable, "-m", "unorg_desktop"], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=120)
    assert started.returncode == 2 and started.stdout == ""
    assert started.stderr.count("\n") == 1 and "Traceback" not in started.stderr
    assert started.stderr.startswith("unorg-desktop: no display: DISPLAY and WAYLAND_DISPLAY are not set")


def test_without_a_display_unorg_export_works(tmp_path):
    env = _env_without_display(tmp_path)
    out = tmp_path / "chart.svg"
    done = subprocess.run([sys.executable, "-m", "unorg_desktop.cli", "export", "--format", "svg", "-o", str(out)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "<svg" in out.read_text(encoding="utf-8")
