"""The user database as a library of documents: import, remove, rebuild (no Qt, no UI).

The user database (:func:`~.paths.user_db`) holds the bundled texts and every imported text
itself (table ``sources``), so each change re-extracts every stored text together (joining
translations and same-named units, :mod:`unorg_desktop.ingest.translations`) and rebuilds the
database atomically through :func:`~.builder.build`: a failed, cancelled or refused change leaves
the file exactly as it was and no temporary file behind. The bundled database is never written.

The CLI (``unorg import/remove/build``) and the GUI (File ▸ Import documents…, Documents…) call
these functions; neither writes SQL.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..ingest.records import Extraction, ExtractionError, SourceText
from .errors import StoreError
from .opening import _check_header, _uri
from .paths import bundled_db, bundled_sources, user_db
from .schema import APPLICATION_ID

#: Size limits, checked before reading: a bulletin is ~100 kB of text, a 300-page PDF ~10 MB.
MAX_TEXT_BYTES = 16 * 1024 * 1024
MAX_PDF_BYTES = 64 * 1024 * 1024
FORMATS = {".txt": "txt", ".pdf": "pdf"}

Progress = Callable[[float, str], None]  # (fraction done 0-1, what is being done)


class ImportCancelled(Exception):
    """The user cancelled; nothing was changed."""


@dataclass
class FileReport:
    """What one imported file gave and where it joined the organisation."""

    file: str  # the file's name
    document: str  # its document id in the database
    kind: str
    family: str  # "bulletin" | "report" | "decree"
    language: str
    title: str
    symbol: str
    twin: str | None  # the document it translates (its units joined that document's)
    added: int
    joined: int
    apart: int
    lines: int
    attributions: int
    top_unit: str | None  # its highest unit in the chart (what "Show in chart" selects)
    top_name: str
    parent_name: str  # where the top unit sits ("" for a root)
    warnings: list[str] = field(default_factory=list)  # "file:line: message"


@dataclass
class ChangeResult:
    """The database written and, for an import, one report per file."""

    db: Path
    files: list[FileReport]
    units_before: int
    units_after: int
    removed: list[str] = field(default_factory=list)  # document ids


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _refuse_bundled(db: Path) -> None:
    try:
        same = db.resolve() == bundled_db().resolve()
    except OSError:
        same = False
    if same:
        raise StoreError(f"{db}: the bundled database is never modified; "
                         "imports go to the user database (leave out --db)")


# -- stored texts ------------------------------------------------------------------------------
def stored_texts(db: Path) -> list[SourceText]:
    """The texts a UNorg Desktop database holds (any schema version that has them)."""
    _check_header(db)
    try:
        conn = sqlite3.connect(_uri(db), uri=True, timeout=1.0)
    except sqlite3.Error as err:
        raise StoreError(f"{db}: cannot open database ({err})") from err
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise StoreError(f"{db}: not a UNorg Desktop database (a SQLite file of another application)")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sources" not in tables:
            raise StoreError(f"{db}: this database does not hold its source texts (built by an older "
                             "version, or generated); import into the user database instead")
        rows = conn.execute("SELECT document, file_name, text, sha256, size, format, origin, imported_at, meta"
                            " FROM sources ORDER BY rowid").fetchall()
    except sqlite3.Error as err:
        raise StoreError(f"{db}: cannot read database ({err})") from err
    finally:
        conn.close()
    out = []
    for doc, name, text, sha, size, fmt, origin, when, meta in rows:
        try:
            meta_dict = json.loads(meta) if meta else {}
        except ValueError:
            meta_dict = {}
        out.append(SourceText(doc, name, text, sha, size or 0, fmt, origin, when or "", meta_dict))
    return out


def bundled_texts(folder: Path | None = None) -> list[SourceText]:
    """The shipped source texts (``data/sources``, with their manifest)."""
    from ..ingest import extract_folder_texts

    return extract_folder_texts(folder or bundled_sources())


def _base_texts(db: Path) -> list[SourceText]:
    """The texts a change starts from: the database's own, or the bundled ones for a new file."""
    return stored_texts(db) if db.exists() else bundled_texts()


def extract_stored(texts: list[SourceText], progress: Progress | None = None) -> Extraction:
    """Extract stored texts together, as when they were first read."""
    from ..ingest import extract_source_texts

    return extract_source_texts(texts, progress)


# -- reading new files -------------------------------------------------------------------------
def read_file(path: Path, doc_id: str, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> SourceText:
    """A file to import as a stored text; ``ExtractionError`` (one line naming the file) when it
    cannot be read, is too large, is not text, or is a PDF without a usable text layer."""
    name = path.name
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ExtractionError(f"{name}: unsupported file type {path.suffix or '(none)'!r}; "
                              "import .txt or .pdf files")
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ExtractionError(f"{name}: is a folder, not a file")
    except OSError as err:
        raise ExtractionError(f"{name}: cannot read: {(err.strerror or str(err)).lower()}") from None
    limit = MAX_PDF_BYTES if fmt == "pdf" else MAX_TEXT_BYTES
    if size > limit:
        raise ExtractionError(f"{name}: too large ({size / 1024 / 1024:.0f} MB); the limit for "
                              f"a {'PDF' if fmt == 'pdf' else 'text'} file is {limit // 1024 // 1024} MB")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ExtractionError(f"{name}: cannot read: {(err.strerror or str(err)).lower()}") from None
    if fmt == "pdf":
        text = _pdf_text(path, data, progress, cancelled)
    else:
        from ..ingest import decode_text

        text = decode_text(data, name)
    return SourceText(doc_id, name, text, hashlib.sha256(data).hexdigest(), len(data), fmt,
                      "imported", _now(), {"id": doc_id})


def _pdf_text(path: Path, data: bytes, progress: Progress | None,
              cancelled: Callable[[], bool] | None) -> str:
    try:
        from ..ingest import pdf
    except ImportError:
        raise ExtractionError(f"{path.name}: PDF input is not available in this version; "
                              "import the text (.txt) instead") from None

    def pages(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None and total:
            progress(done / total, f"{path.name}: page {done} of {total}")

    return pdf.pdf_text(data, path.name, progress=pages)


def _next_id(texts: list[SourceText]) -> str:
    numbers = [int(t.document) for t in texts if t.document.isdigit()]
    return f"{max(numbers, default=-1) + 1:03d}"


# -- changes -----------------------------------------------------------------------------------
def import_files(files: list[Path | str], db: Path | str | None = None, *,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ChangeResult:
    """Import ``files`` (``.txt``/``.pdf``) into ``db`` (default: the user database, created from
    the bundled texts when it does not exist) and rebuild it atomically.

    All or nothing: a file that cannot be read, is already in the database (same bytes), or has
    no organisation in it refuses the whole import (``ExtractionError``); a database that cannot
    be written raises ``StoreError``; ``cancelled()`` returning true raises ``ImportCancelled``.
    In every such case the database is exactly as before."""
    db = Path(db) if db is not None else user_db()
    _refuse_bundled(db)
    step = _Steps(progress, cancelled)
    step(0.0, "Reading the database")
    texts = _base_texts(db)
    known = {t.sha256: t for t in texts}
    new: list[SourceText] = []
    paths = [Path(f) for f in files]
    for i, path in enumerate(paths):
        doc_id = _next_id(texts + new)
        text = read_file(path, doc_id, step.part(0.05 + 0.45 * i / len(paths), 0.45 / len(paths)), cancelled)
        twin = known.get(text.sha256)
        if twin is not None:
            where = "a bundled text" if twin.origin == "bundled" else f"imported {twin.imported_at[:10]}"
            raise ExtractionError(f"{path.name}: already imported (same content as document {twin.document}, "
                                  f"{twin.file_name}, {where})")
        known[text.sha256] = text
        new.append(text)
        step(0.05 + 0.45 * (i + 1) / len(paths), f"Read {path.name}")
    units_before = _unit_count(db)
    step(0.5, "Extracting the organisation")
    extraction = extract_stored(texts + new, step.part(0.5, 0.35))
    reports = [file_report(extraction, t) for t in new]
    for report in reports:
        if report.added + report.joined + report.apart == 0:
            raise ExtractionError(f"{report.file}: no unit of an organisation found; is this an "
                                  "organisation text (a bulletin, a report, a decree)?")
    _write(extraction, db, step)
    return ChangeResult(db, reports, units_before, len(extraction.units))


def remove_document(document: str, db: Path | str | None = None, *,
                    progress: Progress | None = None) -> ChangeResult:
    """Remove an imported document (by id, symbol or file name) and rebuild ``db`` atomically."""
    db = Path(db) if db is not None else user_db()
    _refuse_bundled(db)
    if not db.exists():
        raise StoreError(f"{db}: no user database yet: nothing was imported")
    step = _Steps(progress, None)
    texts = stored_texts(db)
    found = find_text(texts, document)
    if found.origin == "bundled":
        raise StoreError(f"document {found.document} ({found.file_name}) is one of the bundled texts; "
                         "only imported documents can be removed")
    units_before = _unit_count(db)
    step(0.1, "Extracting the organisation")
    extraction = extract_stored([t for t in texts if t is not found], step.part(0.1, 0.7))
    _write(extraction, db, step)
    return ChangeResult(db, [], units_before, len(extraction.units), removed=[found.document])


def rebuild(db: Path | str | None = None, sources: Path | None = None, *,
            progress: Progress | None = None) -> tuple[ChangeResult, Extraction]:
    """Rebuild ``db`` (default: the user database) from the bundled texts of ``sources`` (default:
    the shipped folder) and the texts it imported (kept from the old file when it exists)."""
    db = Path(db) if db is not None else user_db()
    _refuse_bundled(db)
    step = _Steps(progress, None)
    imported = [t for t in stored_texts(db) if t.origin == "imported"] if db.exists() else []
    base = bundled_texts(sources)
    taken = {t.document for t in base}
    for t in imported:  # a new bundled text may have taken an imported document's id
        if t.document in taken:
            t.document = t.meta["id"] = _next_id(base + imported)
        taken.add(t.document)
    units_before = _unit_count(db) if db.exists() else 0
    extraction = extract_stored(base + imported, step.part(0.0, 0.8))
    _write(extraction, db, step)
    return ChangeResult(db, [], units_before, len(extraction.units)), extraction


def forget_imports(db: Path | str | None = None) -> bool:
    """Back to the bundled texts only: delete the user database (the app then opens the bundled
    one). Returns whether there was one."""
    db = Path(db) if db is not None else user_db()
    _refuse_bundled(db)
    try:
        db.unlink()
    except FileNotFoundError:
        return False
    except OSError as err:
        raise StoreError(f"{db}: cannot delete the user database: {(err.strerror or str(err)).lower()}") from err
    return True


def find_text(texts: list[SourceText], document: str) -> SourceText:
    """The stored text of a document named by id, symbol or file name; ``StoreError`` otherwise."""
    key = document.strip()
    for match in (lambda t: t.document == key, lambda t: t.file_name == key,
                  lambda t: t.meta.get("symbol", "").casefold() == key.casefold() and key != ""):
        found = [t for t in texts if match(t)]
        if len(found) == 1:
            return found[0]
    raise StoreError(f"no document {key!r} in the database (see `unorg documents`)")


# -- helpers -----------------------------------------------------------------------------------
class _Steps:
    """Progress reporting and cancellation points."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, fraction: float, message: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)), message)

    def part(self, start: float, width: float) -> Progress:
        return lambda f, message: self(start + width * f, message)


def _write(extraction: Extraction, db: Path, step: _Steps) -> None:
    from .builder import build

    step(0.85, "Writing the database")
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"{db.parent}: cannot create the folder: {(err.strerror or str(err)).lower()}") from err
    build(extraction, db, before_replace=lambda: step(0.99, "Writing the database"))
    step(1.0, "Done")


def _unit_count(db: Path) -> int:
    if not db.exists():
        db = bundled_db()
    try:
        conn = sqlite3.connect(_uri(db), uri=True, timeout=1.0)
        try:
            return conn.execute("SELECT count(*) FROM units").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def file_report(ex: Extraction, text: SourceText) -> FileReport:
    """What the extraction made of one stored text."""
    doc = next(d for d in ex.documents if d.id == text.document)
    join = next((j for j in ex.joins if j.document == doc.id), None)
    units = {u.id: u for u in ex.units}
    parent: dict[str, str] = {}
    for line in ex.lines:
        if line.primary:
            parent.setdefault(line.child, line.parent)

    def depth(uid: str) -> int:
        seen, node = set(), uid
        while node in parent and node not in seen:
            seen.add(node)
            node = parent[node]
        return len(seen)

    mine = (join.added + join.joined + join.apart) if join else []
    top = min(mine, key=lambda u: (depth(u), mine.index(u))) if mine else None
    top_parent = units.get(parent.get(top, "")) if top else None
    file_prefix = f"{text.file_name}:"
    return FileReport(
        file=text.file_name, document=doc.id, kind=doc.kind, family=doc.family or doc.kind,
        language=doc.language, title=doc.title,
        symbol=doc.symbol, twin=join.twin if join else None,
        added=len(join.added) if join else 0, joined=len(join.joined) if join else 0,
        apart=len(join.apart) if join else 0,
        lines=sum(1 for ln in ex.lines if ln.document == doc.id),
        attributions=sum(1 for a in ex.attributions if a.document == doc.id),
        top_unit=top, top_name=units[top].name if top else "",
        parent_name=top_parent.name if top_parent else "",
        warnings=[w for w in ex.warnings if w.startswith(file_prefix)],
    )


def import_target(open_db: Path | str) -> Path:
    """Where the app imports while showing ``open_db``: the user database when that is the bundled
    one (never written), else ``open_db`` itself (a user database opened by name)."""
    open_db = Path(open_db)
    try:
        bundled = open_db.resolve() == bundled_db().resolve()
    except OSError:
        bundled = False
    return user_db() if bundled else open_db
