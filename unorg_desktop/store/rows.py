"""Plain frozen rows returned by :class:`~unorg_desktop.store.Store` (no SQL, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentRow:
    id: str
    source_file: str
    kind: str  # "bulletin" | "report"
    language: str
    title: str
    symbol: str  # "" when unknown
    date: str  # ISO date or ""


@dataclass(frozen=True)
class UnitRow:
    id: str
    name: str
    display_name: str  # the name, disambiguated when several units share it
    kind: str
    head: str | None
    document: str | None  # defining document (None for the common root)
    paragraph: str | None
    collective: bool


@dataclass(frozen=True)
class LineRow:
    child: str
    parent: str
    primary: bool
    document: str
    paragraph: str
    evidence: str


@dataclass(frozen=True)
class AttributionRow:
    document: str
    paragraph: str
    item: str  # "a", "b", ... or "" for a function stated in prose
    text: str


@dataclass(frozen=True)
class ParagraphRow:
    document: str
    number: str
    section: str
    heading: str
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
