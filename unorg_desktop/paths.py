"""Where the bundled database, sources and resources are (see :mod:`unorg_desktop.store.paths`)."""

from .store.paths import bundled_db, bundled_sources, resources_dir

__all__ = ["bundled_db", "bundled_sources", "resources_dir"]
