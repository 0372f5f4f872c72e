"""Plain frozen rows returned by :class:`~unorg_desktop.store.Store` (no SQL, no Qt).

The rows of the chart (units, documents, lines, paragraphs) are defined here; those of a unit's
details, search and the library are in :mod:`.detail_rows` and load on first use (the first frame
of the app does without those seven frozen dataclasses). Both are importable from here.

The chart's rows are named tuples: a frozen dataclass costs ~5 M instructions to create (it compiles
the methods it generates), a named tuple ~1.5 M, and all four are made before the first frame.
:func:`as_dict` gives either kind of row as a dict in field order (JSON output)."""

from __future__ import annotations

from typing import Any, NamedTuple


class DocumentRow(NamedTuple):
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


class UnitRow(NamedTuple):
    id: str
    name: str
    display_name: str  # the name, disambiguated when several units share it
    kind: str
    head: str | None
    document: str | None  # defining document (None for the common root)
    paragraph: str | None
    collective: bool


class LineRow(NamedTuple):
    child: str
    parent: str
    primary: bool
    document: str
    paragraph: str
    evidence: str


class ParagraphRow(NamedTuple):
    document: str
    number: str
    section: str
    heading: str
    text: str


DETAIL_ROWS = frozenset({"AttributionRow", "CitationRow", "MentionRow", "SearchHit", "FlagRow", "SourceRow",
                         "DocumentSummary"})


def as_dict(row: Any) -> dict[str, Any]:
    """A row's fields as a dict in field order (JSON output), whether a named tuple of this
    module or a frozen dataclass of :mod:`.detail_rows`."""
    if isinstance(row, tuple):
        return row._asdict()
    from dataclasses import asdict  # a detail row's module has loaded it already

    return asdict(row)


def __getattr__(name: str):
    if name in DETAIL_ROWS:
        from . import detail_rows

        return getattr(detail_rows, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
