"""Where the bundled database and source texts are.

- In a source checkout (and an editable install, whose modules stay in the checkout):
  ``<repo>/data/unorg.sqlite`` and ``<repo>/data/sources/``.
- In an installed wheel: ``unorg_desktop/data/...`` inside the package (``setup.py`` copies
  ``data/`` there when it builds the wheel).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = PACKAGE_DIR.parent


def _data_dir() -> Path:
    """``<repo>/data`` in a checkout, else the package's own ``data`` folder."""
    if (REPO_DIR / "pyproject.toml").is_file() and (REPO_DIR / "data").is_dir():
        return REPO_DIR / "data"
    return PACKAGE_DIR / "data"


def bundled_db() -> Path:
    """The database shipped with the application (it may not exist yet in a fresh checkout)."""
    return _data_dir() / "unorg.sqlite"


def bundled_sources() -> Path:
    """The folder of source texts (and ``manifest.json``) the bundled database is built from."""
    return _data_dir() / "sources"
