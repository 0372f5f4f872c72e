"""Can a window be shown here? Answered before Qt is loaded, because Qt cannot say it: its xcb
platform aborts the process (a six-line message, exit 134) when the display or one of its
libraries is missing.

- :func:`display_problem` names what is missing, in one line: no display at all, X libraries
  (with the Debian/Ubuntu packages to install), or an X server that does not answer.
- :func:`prefer_offscreen` switches a headless job (a screenshot, ``unorg export``) to Qt's
  offscreen platform when there is no usable display and the user chose no platform.

No Qt here (ctypes only): it must run before Qt loads.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path

#: What Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa) loads from the system, and the
#: Debian package of each (tests/test_display.py checks the list against ``ldd`` of the plugin).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def _loadable(soname: str) -> bool:
    import ctypes  # only when a window is asked for (not for screenshots or timing runs)

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_xcb_libraries(loadable=_loadable) -> list[str]:
    """The libraries of :data:`XCB_LIBRARIES` the dynamic loader cannot find."""
    return [soname for soname in XCB_LIBRARIES if not loadable(soname)]


def _x_server_answers(display: str) -> bool:
    """Whether an X server accepts a connection on ``display`` (libxcb, already known to load)."""
    import ctypes

    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(conn) and xcb.xcb_connection_has_error(conn) == 0
    finally:
        if conn:
            xcb.xcb_disconnect(conn)


def _wayland_socket(env: Mapping[str, str]) -> bool:
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = Path(name) if os.path.isabs(name) else Path(env.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    return path.exists()


def display_problem(env: Mapping[str, str] | None = None, loadable=_loadable, x_answers=_x_server_answers) -> str | None:
    """One line saying why Qt could not open a window here, or ``None`` when it can (or when we
    cannot tell: another system than X11/Wayland, or a platform the user chose)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform and platform != "xcb":
        return None  # offscreen, wayland, vnc…: the user's choice, Qt reports its own errors
    if not platform and _wayland_socket(env):
        return None  # Qt prefers Wayland in a Wayland session
    x_display = env.get("DISPLAY", "")
    if not x_display:
        return "no display: DISPLAY and WAYLAND_DISPLAY are not set (use --screenshot, or run in a desktop session)"
    if missing := missing_xcb_libraries(loadable):
        packages = " ".join(XCB_LIBRARIES[soname] for soname in missing)
        return (f"cannot open a window: {len(missing)} X libraries missing ({', '.join(missing)}); "
                f"on Debian/Ubuntu: sudo apt install {packages}")
    if not x_answers(x_display):
        return f"no display: cannot connect to the X server at DISPLAY={x_display}"
    return None


def prefer_offscreen(env: MutableMapping[str, str] | None = None, **checks) -> bool:
    """For work that needs no screen: use Qt's offscreen platform when no platform was chosen
    and no window could be opened. Returns whether it did. Call before Qt creates its application."""
    env = os.environ if env is None else env
    if env.get("QT_QPA_PLATFORM") or display_problem(env, **checks) is None:
        return False
    env["QT_QPA_PLATFORM"] = "offscreen"
    return True
