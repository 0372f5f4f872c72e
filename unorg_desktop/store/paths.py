"""Where the bundled database, source texts and resources are, and the user database.

- The user database (imported documents joined to the bundled texts) lives in
  ``platformdirs.user_data_dir("unorg-desktop")``; ``UNORG_DESKTOP_DATA_DIR`` moves it.
  :func:`default_db` is the one place that chooses what the app and the reading commands open.
- In a source checkout (and an editable install, whose modules stay in the checkout):
  ``<repo>/data/unorg.sqlite``, ``<repo>/data/sources/``, ``<repo>/resources/``.
- In an installed wheel: ``unorg_desktop/data/...`` and ``unorg_desktop/resources/`` inside the
  package (``pyproject.toml`` maps ``data/`` and ``resources/`` to those package folders).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "UNORG_DESKTOP_DATA_DIR"
USER_DB_NAME = "unorg.sqlite"

PACKAGE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = PACKAGE_DIR.parent


def _in_checkout(name: str) -> Path:
    """``<repo>/<name>`` in a source checkout, else the package's own ``<name>`` folder."""
    if (REPO_DIR / "pyproject.toml").is_file() and (REPO_DIR / name).is_dir():
        return REPO_DIR / name
    return PACKAGE_DIR / name


def _data_dir() -> Path:
    return _in_checkout("data")


def bundled_db() -> Path:
    """The database shipped with the application (it may not exist yet in a fresh checkout)."""
    return _data_dir() / "unorg.sqlite"


def bundled_sources() -> Path:
    """The folder of source texts (and ``manifest.json``) the bundled database is built from."""
    return _data_dir() / "sources"


def resources_dir() -> Path:
    """Icons, the ``.desktop`` file and translations (``resources/`` at the top of the repository)."""
    return _in_checkout("resources")


def user_data_dir() -> Path:
    """Folder of the user database (``UNORG_DESKTOP_DATA_DIR`` overrides; not created here)."""
    folder = os.environ.get(ENV_DATA_DIR)
    if folder:
        return Path(folder).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("unorg-desktop"))


def user_db() -> Path:
    """The user database: the bundled texts plus every imported one (may not exist yet)."""
    return user_data_dir() / USER_DB_NAME


def default_db() -> Path:
    """What to open when no database is named: the user database when it exists, else the
    bundled one."""
    user = user_db()
    return user if user.exists() else bundled_db()
