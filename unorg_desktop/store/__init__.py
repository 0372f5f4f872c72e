"""SQLite store: build a database from an extraction, read it back (read-only), search it.

No Qt here. ``build(extraction, path)`` writes atomically; ``Store.open(path)`` opens
read-only and raises :class:`StoreError` with a one-line message for any unusable file.
"""

from .builder import build, content_hash
from .errors import StoreError
from .paths import bundled_db, bundled_sources
from .reader import Store
from .rows import (AttributionRow, CitationRow, DocumentRow, LineRow, MentionRow, ParagraphRow,
                   SearchHit, UnitRow)
from .schema import APPLICATION_ID, SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID", "SCHEMA_VERSION", "AttributionRow", "CitationRow", "DocumentRow", "LineRow",
    "MentionRow", "ParagraphRow", "SearchHit", "Store", "StoreError", "UnitRow", "build",
    "bundled_db", "bundled_sources", "content_hash",
]
