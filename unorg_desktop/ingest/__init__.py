"""Text -> records. No Qt here.

``extract_folder(path)`` reads every source text of a folder (with its
``manifest.json`` when present) and returns one merged :class:`Extraction`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .assemble import assemble
from .bulletin import BulletinReader
from .clean import clean_lines
from .lang import detect, pack_for
from .records import Document, Extraction, ExtractionError
from .report import ReportReader
from .structure import Structure, segment

__all__ = ["extract_folder", "extract_texts", "read_source", "Extraction", "ExtractionError"]

# A bulletin is ~100 kB; 16 MB (a 10,000-section text is 4 MB) bounds time and memory.
MAX_BYTES = 16 * 1024 * 1024


@dataclass
class Source:
    document: Document
    structure: Structure


def _doc_id(path: Path) -> str:
    m = re.match(r"^(\d+)_", path.name)
    return m.group(1) if m else path.stem


def read_source(path: Path, meta: dict | None = None) -> Source:
    """Read, clean and segment one file; ``ExtractionError`` names the file on failure."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise ExtractionError(f"{path.name}: too large ({len(data) // (1024 * 1024)} MB); "
                              f"the limit for one source text is {MAX_BYTES // (1024 * 1024)} MB")
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data[:nul].count(b"\n") + 1
        raise ExtractionError(f"{path.name}:{line}: NUL byte: a binary file, not a text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ExtractionError(f"{path.name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from None
    meta = meta or {}
    return read_text(text, path.name, meta.get("id") or _doc_id(path), meta)


def read_text(text: str, source_file: str, doc_id: str, meta: dict | None = None) -> Source:
    meta = meta or {}
    lines, notes = clean_lines(text)
    language = meta.get("language") or detect(text)
    structure = segment(lines, notes, pack_for(language), meta.get("kind", ""))
    paragraphs = [b for b in structure.blocks if b.kind == "paragraph"]
    if not structure.kind or not any(b.numbered for b in paragraphs):
        raise ExtractionError(f"{source_file}: no recognisable structure (no numbered paragraphs)")
    document = Document(
        id=doc_id,
        source_file=source_file,
        kind=meta.get("kind") or structure.kind,
        language=language,
        title=meta.get("title") or structure.title,
        symbol=meta.get("symbol", ""),
        date=meta.get("date", ""),
    )
    return Source(document, structure)


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
    bulletins = []
    for src in sources:
        if src.document.kind == "bulletin":
            bulletins.append(BulletinReader(src.document.id, src.structure).read())
    reports = [ReportReader(src.document.id, src.structure) for src in sources if src.document.kind == "report"]
    return assemble(sources, bulletins, reports)


def extract_folder(path: Path | str, manifest: dict | None = None) -> Extraction:
    folder = Path(path)
    if not folder.is_dir():
        raise ExtractionError(f"{folder}: not a folder of source texts")
    meta = manifest if manifest is not None else load_manifest(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())
    if not files:
        raise ExtractionError(f"{folder}: no .txt source files")
    sources = [read_source(p, meta.get(p.name)) for p in files]
    return extract_texts(sources)
