"""SQLite store: build a database from an extraction, read it back (read-only), search it.

No Qt here. ``build(extraction, path)`` writes atomically; ``Store.open(path)`` opens
read-only and raises :class:`StoreError` with a one-line message for any unusable file.
"""

from .errors import AmbiguousName, StoreError, UnknownName
from .paths import bundled_db, bundled_sources, default_db, user_data_dir, user_db
from .reader import Store
from .rows import DocumentRow, LineRow, ParagraphRow, UnitRow
from .schema import APPLICATION_ID, SCHEMA_VERSION


def __getattr__(name: str):
    # The builder pulls in the extractor and sqlite-utils (about half a second); readers (the
    # app) never need it, so it loads on first use. A unit's details (UnitInfo) and the rows of
    # the panel, search and library load when first asked for too: the first chart needs none.
    if name in ("build", "content_hash"):
        from . import builder

        return getattr(builder, name)
    if name in ("Link", "UnitInfo"):
        from . import info

        return getattr(info, name)
    from . import rows

    if name in rows.DETAIL_ROWS:
        return getattr(rows, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APPLICATION_ID", "SCHEMA_VERSION", "AmbiguousName", "AttributionRow", "CitationRow", "DocumentRow",
    "DocumentSummary", "FlagRow", "LineRow", "Link", "MentionRow", "ParagraphRow", "SearchHit", "SourceRow", "Store",
    "StoreError", "UnitInfo", "UnitRow", "UnknownName", "build",
    "bundled_db", "bundled_sources", "content_hash", "default_db", "user_data_dir", "user_db",
]
