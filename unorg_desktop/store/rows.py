"""Plain frozen rows returned by :class:`~unorg_desktop.store.Store` (no SQL, no Qt).

The rows of the chart (units, documents, lines, paragraphs) are defined here; those of a unit's
details, search and the library are in :mod:`.detail_rows` and load on first use (a frozen
dataclass costs about 1.5 ms to create: the first frame of the app does without seven of them).
Both are importable from here."""

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
    twin: str = ""  # for a translation: the document it translates
    family: str = ""  # numbering scheme of its text: "bulletin" | "report" | "decree" (a decree's
    # body is a root of its own: its units with no primary line are not under the UN root)


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
class ParagraphRow:
    document: str
    number: str
    section: str
    heading: str
    text: str


DETAIL_ROWS = frozenset({"AttributionRow", "CitationRow", "MentionRow", "SearchHit", "FlagRow", "SourceRow",
                         "DocumentSummary"})


def __getattr__(name: str):
    if name in DETAIL_ROWS:
        from . import detail_rows

        return getattr(detail_rows, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
