"""Where the bundled database and sources are (see :mod:`unorg_desktop.store.paths`)."""

from .store.paths import bundled_db, bundled_sources

__all__ = ["bundled_db", "bundled_sources"]
