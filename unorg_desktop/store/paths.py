"""Where the bundled database, source texts and resources are.

- In a source checkout (and an editable install, whose modules stay in the checkout):
  ``<repo>/data/unorg.sqlite``, ``<repo>/data/sources/``, ``<repo>/resources/``.
- In an installed wheel: ``unorg_desktop/data/...`` and ``unorg_desktop/resources/`` inside the
  package (``setup.py`` copies them there when it builds the wheel).
"""

from __future__ import annotations

from pathlib import Path

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
