"""Rows of a unit's details, search hits and the library (see :mod:`.rows`): loaded when the
panel, ``unorg show``, a search or the library first needs them, not for the first chart."""

from __future__ import annotations

from dataclasses import dataclass

from .rows import DocumentRow


@dataclass(frozen=True)
class AttributionRow:
    document: str
    paragraph: str
    item: str  # "a", "b", ... or "" for a function stated in prose
    text: str


@dataclass(frozen=True)
class CitationRow:
    symbol: str
    document: str
    paragraph: str


@dataclass(frozen=True)
class MentionRow:
    document: str
    paragraph: str
    text: str  # the paragraph's text


@dataclass(frozen=True)
class SearchHit:
    unit_id: str
    name: str  # the unit's display name
    score: float  # in (0, 1]; higher is better
    field: str  # "name" | "alias" | "abbreviation" | "fuzzy" | "attribution"
    snippet: str  # the matched name, alias or attribution text


@dataclass(frozen=True)
class FlagRow:
    """A consistency note (see :class:`~unorg_desktop.ingest.records.Flag`)."""

    kind: str  # "parents" | "defined-twice" | "post" | "report-only"
    unit: str | None
    document: str
    paragraph: str
    quote: str
    other_document: str | None
    other_paragraph: str | None
    other_quote: str
    detail: str  # parents: the parent's id as ``document`` states it; post: the post
    other_detail: str  # parents: the parent's id as ``other_document`` states it


@dataclass(frozen=True)
class SourceRow:
    """A document's text as kept in the database, and where it came from."""

    document: str
    file_name: str
    format: str  # "txt" | "pdf"
    sha256: str  # of the original file
    size: int  # of the original file, bytes
    text: str
    origin: str  # "bundled" | "imported"
    imported_at: str  # ISO 8601 UTC, "" for bundled texts


@dataclass(frozen=True)
class DocumentSummary:
    """One line of ``unorg documents``: a document, its units and where it came from."""

    document: DocumentRow
    added: int  # units it brought
    joined: int  # existing units it names or translates
    apart: int  # units of a translation that matched nothing
    origin: str  # "bundled" | "imported" | "" (a database without its texts)
    imported_at: str
    file_name: str
