"""Plain records produced by the extractor and consumed by the store.

Every fact carries ``document`` (a document id such as ``"002"``) and
``paragraph`` (the paragraph number as printed: ``"6.5"``, ``"12"``, or a
label for unnumbered text such as ``"préambule 2"`` or ``"Encadré 7"``), so
the store can link it back to its source paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Id of the UN Secretary-General, the root of every UN document's tree: one unit whatever
#: the language ("Secrétaire général", "Secretary-General").
UN_ROOT = "sg"


@dataclass
class Document:
    id: str  # short, stable: the file's numeric prefix ("002") or its stem
    source_file: str  # file name inside the sources folder
    kind: str  # "bulletin" | "report" | "decree", or what the manifest says
    language: str = "fr"
    title: str = ""
    symbol: str = ""  # "" when the symbol is not known
    date: str = ""  # ISO date or "" when not known
    family: str = ""  # the numbering scheme its text follows: "bulletin" | "report" | "decree"


@dataclass
class Paragraph:
    document: str
    number: str  # as printed ("4.3", "12"), or a label for unnumbered text
    section: str  # section number ("4", "7" for "Chapitre 7") or "" for front matter
    heading: str  # the heading of the section or sub-heading it sits under
    text: str  # full clean text, lettered items included
    seq: int  # order inside the document, from 0


@dataclass
class Unit:
    id: str  # stable slug, unique in the whole database
    name: str  # full name as written, article dropped
    display_name: str  # name, disambiguated when the same name has other parents
    kind: str  # head noun: Département, Bureau, Division, Service, Section, ...
    head: str | None  # title of its head when stated ("Directeur", "Chef")
    document: str | None  # defining document (None for the common root)
    paragraph: str | None  # paragraph that introduces it
    aliases: list[str] = field(default_factory=list)
    collective: bool = False  # an unnamed group ("quatre Sections régionales ...")
    # language -> name in that language (its own document's language included once joined by
    # ingest.translations); display_names: the same, disambiguated like ``display_name``
    names: dict[str, str] = field(default_factory=dict)
    display_names: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # language -> kind in that language
    heads: dict[str, str] = field(default_factory=dict)  # language -> head's title in that language


@dataclass
class ReportingLine:
    child: str  # unit id
    parent: str  # unit id
    primary: bool
    document: str
    paragraph: str
    evidence: str = ""  # the words that state it


@dataclass
class Attribution:
    unit: str  # unit id
    document: str
    paragraph: str
    item: str  # "a", "b", ... ("" for a function stated in prose)
    text: str


@dataclass
class Citation:
    symbol: str  # "ST/SGB/1997/5", "A/RES/60/1", "S/RES/2594(2021)"
    document: str
    paragraph: str


@dataclass
class Mention:
    unit: str  # unit id
    document: str
    paragraph: str


@dataclass
class SourceText:
    """A document's text as read, kept in the database so that provenance and rebuilds never
    depend on the original file."""

    document: str  # document id
    file_name: str  # the original file's name
    text: str  # the decoded text (a PDF's text layer), as the extractor read it
    sha256: str  # of the original file's bytes ("already imported" is decided on it)
    size: int = 0  # of the original file, in bytes
    format: str = "txt"  # "txt" | "pdf"
    origin: str = "bundled"  # "bundled" (shipped sources) | "imported"
    imported_at: str = ""  # ISO 8601 UTC time of the import ("" for bundled texts)
    meta: dict = field(default_factory=dict)  # manifest entry (kind, title, symbol, date, ...)


@dataclass
class Flag:
    """A consistency note: documents that disagree, or a statement that places nothing.

    ``kind``: "parents" (a unit placed under different parents by two documents; ``detail`` and
    ``other_detail`` are the two parents' ids), "defined-twice" (two documents define the unit),
    "post" (a reporting line to a post that heads no unit; ``detail`` is the post), "report-only"
    (a report names a unit that no bulletin defines). Quotes are the stating words or the start
    of the paragraph."""

    kind: str
    unit: str | None
    document: str
    paragraph: str
    quote: str = ""
    other_document: str | None = None
    other_paragraph: str | None = None
    other_quote: str = ""
    detail: str = ""
    other_detail: str = ""


@dataclass
class DocumentJoin:
    """What one document's units became once joined with the other documents' (unit ids)."""

    document: str
    twin: str | None = None  # the document it translates, if any
    added: list[str] = field(default_factory=list)  # units it brought
    joined: list[str] = field(default_factory=list)  # existing units it names (or translates)
    apart: list[str] = field(default_factory=list)  # units of a translation that matched nothing


@dataclass
class Found:
    """What the extractor found in one document, as ``unorg build`` prints it."""

    document: str
    source_file: str
    family: str  # "bulletin" | "report" | "decree"
    language: str
    units: int  # units the document defines (a report: the entities it names first)
    lines: int  # reporting lines it states
    attributions: int

    def line(self) -> str:
        return (f"{self.source_file}: {self.family} ({self.language}): {self.units} units, "
                f"{self.lines} reporting lines, {self.attributions} attributions")


@dataclass
class Extraction:
    documents: list[Document] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    lines: list[ReportingLine] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "file:line: message"
    sources: list[SourceText] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    joins: list[DocumentJoin] = field(default_factory=list)  # one per document, in documents order
    found: list[Found] = field(default_factory=list)  # one per document, in documents order


class ExtractionError(Exception):
    """A source cannot be read or has no recognisable structure.

    The message names the file (and line when known): ``"002.txt:14: ..."``.
    """
