"""SQLite store: build a database from an extraction, read it back (read-only), search it.

No Qt here. ``build(extraction, path)`` writes atomically; ``Store.open(path)`` opens
read-only and raises :class:`StoreError` with a one-line message for any unusable file.
"""

from .errors import AmbiguousName, StoreError, UnknownName
from .info import Link, UnitInfo
from .paths import bundled_db, bundled_sources, default_db, user_data_dir, user_db
from .reader import Store
from .rows import (AttributionRow, CitationRow, DocumentRow, DocumentSummary, FlagRow, LineRow, MentionRow,
                   ParagraphRow, SearchHit, SourceRow, UnitRow)
from .schema import APPLICATION_ID, SCHEMA_VERSION


def __getattr__(name: str):
    # The builder pulls in the extractor and sqlite-utils (about half a second); readers (the
    # app) never need it, so it loads on first use.
    if name in ("build", "content_hash"):
        from . import builder

        return getattr(builder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APPLICATION_ID", "SCHEMA_VERSION", "AmbiguousName", "AttributionRow", "CitationRow", "DocumentRow",
    "DocumentSummary", "FlagRow", "LineRow", "Link", "MentionRow", "ParagraphRow", "SearchHit", "SourceRow", "Store",
    "StoreError", "UnitInfo", "UnitRow", "UnknownName", "build",
    "bundled_db", "bundled_sources", "content_hash", "default_db", "user_data_dir", "user_db",
]
