"""Plain records produced by the extractor and consumed by the store.

Every fact carries ``document`` (a document id such as ``"002"``) and
``paragraph`` (the paragraph number as printed: ``"6.5"``, ``"12"``, or a
label for unnumbered text such as ``"préambule 2"`` or ``"Encadré 7"``), so
the store can link it back to its source paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    id: str  # short, stable: the file's numeric prefix ("002") or its stem
    source_file: str  # file name inside the sources folder
    kind: str  # "bulletin" | "report"
    language: str = "fr"
    title: str = ""
    symbol: str = ""  # "" when the symbol is not known
    date: str = ""  # ISO date or "" when not known


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
class Extraction:
    documents: list[Document] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    lines: list[ReportingLine] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "file:line: message"


class ExtractionError(Exception):
    """A source cannot be read or has no recognisable structure.

    The message names the file (and line when known): ``"002.txt:14: ..."``.
    """
