"""Typed application settings over an INI-format :class:`QSettings` (one schema, one place).

The file lives in ``platformdirs.user_config_dir("unorg-desktop")``; tests and scripts move it with
the ``UNORG_DESKTOP_CONFIG_DIR`` environment variable or the ``directory`` argument. A file that is
unreadable or malformed is set aside (renamed ``*.bad``) with a warning and defaults are used: a
broken settings file must never stop the app from starting.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger("unorg_desktop.settings")

ENV_DIR = "UNORG_DESKTOP_CONFIG_DIR"
FILE_NAME = "unorg-desktop.ini"
SCHEMA_VERSION = 1
DIRECTIONS = ("TB", "LR")
ENGINES = ("auto", "dot", "tidy")


def default_directory() -> Path:
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("unorg-desktop"))


def _looks_corrupt(path: Path) -> str | None:
    """Why ``path`` cannot be an INI file we wrote (None when it looks fine). QSettings is very
    lenient, so binary junk is caught here before Qt silently half-parses it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        return f"cannot read ({err.strerror})"
    if b"\x00" in data:
        return "contains NUL bytes"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "not UTF-8 text"
    return None


class Settings:
    """Geometry, splitter sizes, last selection, chart direction and layout engine, panels shown.

    Getters validate types and ranges, so a hand-edited or stale value falls back to the default.
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()
        self.path = self.directory / FILE_NAME
        self.warnings: list[str] = []
        reason = _looks_corrupt(self.path)
        if reason is None:
            self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
            if self._qs.status() != QSettings.Status.NoError:
                reason = "malformed INI file"
        if reason is not None:
            self._set_aside(reason)
            self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._qs.value("schema_version") not in (None, str(SCHEMA_VERSION), SCHEMA_VERSION):
            self._warn(f"{self.path}: settings of another version ignored")
            self._qs.clear()

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning("%s", message)

    def _set_aside(self, reason: str) -> None:
        self._warn(f"{self.path}: settings ignored ({reason})")
        try:
            os.replace(self.path, self.path.with_name(self.path.name + ".bad"))
        except OSError:
            pass  # unreadable and immovable: we still start with defaults, and may fail to save

    # -- typed access ------------------------------------------------------------------------
    def _get(self, key: str):
        try:
            return self._qs.value(key)
        except Exception:  # noqa: BLE001 - a value Qt cannot convert is as good as absent
            return None

    def _str(self, key: str, allowed: tuple[str, ...] | None = None, default: str = "") -> str:
        value = self._get(key)
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            return default
        return value

    def _bool(self, key: str, default: bool) -> bool:
        value = self._get(key)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return default

    @property
    def geometry(self) -> QByteArray | None:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def splitter_sizes(self) -> list[int] | None:
        value = self._get("window/splitter")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or len(value) != 3:
            return None
        try:
            sizes = [int(v) for v in value]
        except (TypeError, ValueError):
            return None
        return sizes if all(0 <= s <= 100_000 for s in sizes) and any(sizes) else None

    @splitter_sizes.setter
    def splitter_sizes(self, sizes: list[int]) -> None:
        self._qs.setValue("window/splitter", [int(s) for s in sizes])

    @property
    def last_selection(self) -> str:
        return self._str("chart/last_selection")[:1000]

    @last_selection.setter
    def last_selection(self, unit_id: str | None) -> None:
        self._qs.setValue("chart/last_selection", unit_id or "")

    @property
    def direction(self) -> str:
        return self._str("chart/direction", DIRECTIONS, "TB")

    @direction.setter
    def direction(self, value: str) -> None:
        self._qs.setValue("chart/direction", value if value in DIRECTIONS else "TB")

    @property
    def engine(self) -> str:
        return self._str("chart/engine", ENGINES, "auto")

    @engine.setter
    def engine(self, value: str) -> None:
        self._qs.setValue("chart/engine", value if value in ENGINES else "auto")

    @property
    def export_dir(self) -> Path:
        """The folder of the last export (home at first, or when it has gone)."""
        folder = Path(self._str("export/folder") or Path.home())
        return folder if folder.is_dir() else Path.home()

    @export_dir.setter
    def export_dir(self, folder) -> None:
        self._qs.setValue("export/folder", str(folder))

    @property
    def compact(self) -> bool:
        return self._bool("chart/compact", False)

    @compact.setter
    def compact(self, value: bool) -> None:
        self._qs.setValue("chart/compact", bool(value))

    @property
    def show_outline(self) -> bool:
        return self._bool("view/outline", True)

    @show_outline.setter
    def show_outline(self, value: bool) -> None:
        self._qs.setValue("view/outline", bool(value))

    @property
    def show_minimap(self) -> bool:
        return self._bool("view/minimap", True)

    @show_minimap.setter
    def show_minimap(self, value: bool) -> None:
        self._qs.setValue("view/minimap", bool(value))

    @property
    def show_legend(self) -> bool:
        return self._bool("view/legend", True)

    @show_legend.setter
    def show_legend(self, value: bool) -> None:
        self._qs.setValue("view/legend", bool(value))

    @property
    def legend_collapsed(self) -> bool:
        return self._bool("view/legend_collapsed", False)

    @legend_collapsed.setter
    def legend_collapsed(self, value: bool) -> None:
        self._qs.setValue("view/legend_collapsed", bool(value))

    @property
    def minimap_collapsed(self) -> bool:
        return self._bool("view/minimap_collapsed", False)

    @minimap_collapsed.setter
    def minimap_collapsed(self, value: bool) -> None:
        self._qs.setValue("view/minimap_collapsed", bool(value))

    def sync(self) -> None:
        """Write to disk (best effort: an unwritable config folder only costs the settings)."""
        self._qs.setValue("schema_version", SCHEMA_VERSION)
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError:
            self._warn(f"{self.path}: settings not saved")
