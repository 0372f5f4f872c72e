"""Text -> records. No Qt here.

``extract_folder(path)`` reads every source of a folder (``.txt`` and ``.pdf``, with its
``manifest.json`` when present) and returns one merged :class:`Extraction`;
``read_document_file(path, progress=None)`` reads and segments one ``.txt`` or ``.pdf`` file.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from .records import Document, Extraction, ExtractionError, SourceText

if TYPE_CHECKING:
    from .lang import LanguagePack
    from .pdf import Progress
    from .structure import Structure

# The readers load when a text is read, not with the package: importing ``ingest.records`` (the
# store's library, the CLI, the app's import dialogs) must not load the whole extractor (~0.3 s,
# rapidfuzz and pypdfium2 included) into a process that only reads a database.

__all__ = ["extract_folder", "extract_folder_texts", "extract_source_texts", "extract_texts", "read_source",
           "read_document_file", "read_source_text", "read_text", "decode_text", "source_of", "Extraction",
           "ExtractionError", "SourceText", "SOURCE_FORMATS"]

SOURCE_FORMATS = {".txt": "txt", ".pdf": "pdf"}  # file suffix -> SourceText.format

# A bulletin is ~100 kB; 16 MB (a 10,000-section text is 4 MB) bounds time and memory.
MAX_BYTES = 16 * 1024 * 1024


@dataclass
class Source:
    document: Document
    structure: Structure
    text: SourceText | None = None  # what the database keeps of the file
    # source line number -> "12" (text) or "3:12" (PDF page 3, line 12), for warnings
    locate: Callable[[int], str] = field(default=str, repr=False)

    @property
    def pack(self) -> LanguagePack:
        from .lang import pack_for

        return pack_for(self.document.language)


def _doc_id(path: Path) -> str:
    m = re.match(r"^(\d+)_", path.name)
    return m.group(1) if m else path.stem


def decode_text(data: bytes, name: str) -> str:
    """The UTF-8 text of a source file's bytes; ``ExtractionError`` (file and line) otherwise."""
    if len(data) > MAX_BYTES:
        raise ExtractionError(f"{name}: too large ({len(data) // (1024 * 1024)} MB); "
                              f"the limit for one source text is {MAX_BYTES // (1024 * 1024)} MB")
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data[:nul].count(b"\n") + 1
        raise ExtractionError(f"{name}:{line}: NUL byte: a binary file, not a text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ExtractionError(f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from None


def read_document_file(path: Path, meta: dict | None = None, progress: Progress | None = None) -> Source:
    """Read, normalise and segment one ``.txt`` or ``.pdf`` file.

    ``progress(done_pages, total_pages)`` is called after each page of a PDF. ``ExtractionError``
    names the file (and line, or page and line) on failure, in one line.
    """
    return source_of(read_source_text(Path(path), meta, progress))


read_source = read_document_file  # the older name


def read_source_text(path: Path, meta: dict | None = None, progress: Progress | None = None) -> SourceText:
    """A ``.txt`` or ``.pdf`` file as the database keeps it (bundled origin; ``meta``: its
    manifest entry). A PDF's text is its pages' text separated by form feeds."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    fmt = SOURCE_FORMATS.get(path.suffix.lower(), "txt")
    if fmt == "pdf":
        from .pdf import pdf_text

        text = pdf_text(data, path.name, progress)
    else:
        text = decode_text(data, path.name)
    meta = {k: v for k, v in (meta or {}).items() if k != "source_file"}
    meta["id"] = meta.get("id") or _doc_id(path)
    return SourceText(meta["id"], path.name, text, hashlib.sha256(data).hexdigest(), len(data), fmt, meta=meta)


def source_of(stored: SourceText) -> Source:
    """Normalise and segment a stored text (``ExtractionError`` naming its file on failure)."""
    from .pdf import PAGE_BREAK

    text = stored.text.split(PAGE_BREAK) if stored.format == "pdf" else stored.text
    source = read_text(text, stored.file_name, stored.document, stored.meta)
    source.text = stored
    return source


def read_text(text: str | Sequence[str], source_file: str, doc_id: str, meta: dict | None = None) -> Source:
    """Segment a text (``str``) or a PDF's pages (one ``str`` per page)."""
    from .citations import header_symbol
    from .lang import detect, pack_for
    from .normalise import normalise
    from .structure import segment

    meta = meta or {}
    normalised = normalise(text)
    language = meta.get("language") or detect(normalised.text)
    structure = segment(normalised.lines, normalised.footnotes, pack_for(language), meta.get("kind", ""))
    structure.warnings = [_relocated(w, normalised.locate) for w in structure.warnings]
    paragraphs = [b for b in structure.blocks if b.kind == "paragraph"]
    if not structure.kind or not any(b.numbered for b in paragraphs):
        raise ExtractionError(f"{source_file}: no recognisable structure (no numbered paragraphs)")
    document = Document(
        id=doc_id,
        source_file=source_file,
        kind=meta.get("kind") or structure.kind,
        language=language,
        title=meta.get("title") or structure.title,
        symbol=meta.get("symbol") or header_symbol(_first_page(text).splitlines(), pack_for(language)),
        date=meta.get("date", ""),
        family=structure.kind,
    )
    return Source(document, structure, locate=normalised.locate)


def _first_page(text: str | Sequence[str]) -> str:
    if isinstance(text, str):
        return text.split("\f", 1)[0]
    return text[0] if text else ""


def _relocated(warning: str, locate: Callable[[int], str]) -> str:
    """'line 40: …' -> 'line 3:12: …' for a PDF (page 3, line 12)."""
    m = re.match(r"line (\d+):", warning)
    return f"line {locate(int(m.group(1)))}:{warning[m.end():]}" if m else warning


def load_manifest(folder: Path) -> dict[str, dict]:
    path = folder / "manifest.json"
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractionError(f"{path.name}: unreadable manifest: {exc}") from None
    docs = data.get("documents", data) if isinstance(data, dict) else data
    if isinstance(docs, dict):
        return {k: dict(v, source_file=k) for k, v in docs.items()}
    return {d["source_file"]: d for d in docs if isinstance(d, dict) and "source_file" in d}


def extract_texts(sources: list[Source]) -> Extraction:
    """Merge several segmented documents into one organisation."""
    from .assemble import assemble
    from .bulletin import BulletinReader
    from .consistency import add_flags
    from .report import ReportReader
    from .summary import summarise
    from .translations import join

    bulletins = []
    for src in sources:
        if src.structure.kind in ("bulletin", "decree"):
            bulletins.append(BulletinReader(src.document.id, src.structure, src.pack).read())
    reports = [ReportReader(src.document.id, src.structure, src.pack) for src in sources
               if src.structure.kind == "report"]
    extraction = assemble(sources, bulletins, reports)
    summarise(extraction)  # before translations join their units to the originals'
    extraction.joins = join(extraction)
    add_flags(extraction)
    extraction.sources = [src.text for src in sources if src.text is not None]
    return extraction


def extract_folder_texts(path: Path | str, manifest: dict | None = None) -> list[SourceText]:
    """Every ``*.txt`` and ``*.pdf`` of a folder as stored texts, with its manifest's metadata."""
    folder = Path(path)
    if not folder.is_dir():
        raise ExtractionError(f"{folder}: not a folder of source texts")
    meta = manifest if manifest is not None else load_manifest(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SOURCE_FORMATS and p.is_file())
    if not files:
        raise ExtractionError(f"{folder}: no .txt or .pdf source files")
    return [read_source_text(p, meta.get(p.name)) for p in files]


def extract_source_texts(texts: list[SourceText], progress=None) -> Extraction:
    """Extract stored texts together (``progress(fraction, message)`` after each text)."""
    sources = []
    for i, stored in enumerate(texts):
        sources.append(source_of(stored))
        if progress is not None:
            progress(0.5 * (i + 1) / len(texts), f"Read {stored.file_name}")
    extraction = extract_texts(sources)
    if progress is not None:
        progress(1.0, "Joined the documents")
    return extraction


def extract_folder(path: Path | str, manifest: dict | None = None) -> Extraction:
    return extract_source_texts(extract_folder_texts(path, manifest))
