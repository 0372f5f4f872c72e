"""Write an :class:`~unorg_desktop.ingest.records.Extraction` to a new database, atomically.

The database is written to a temporary file beside the target, checked (foreign keys),
vacuumed, and moved over the target with :func:`os.replace`. Any failure removes the
temporary file and leaves the previous database untouched.

Rows are inserted in a canonical order (documents by id, paragraphs in reading order,
units by defining paragraph, ...) and no timestamp is stored, so the same extraction
always gives the same bytes.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any, Callable

from sqlite_utils import Database

from ..ingest.records import Extraction
from ..files import file_error
from .errors import StoreError
from .schema import SCHEMA_VERSION, create_fts, create_indexes, create_schema, stamp
from .search import fold, initials

_LAST = 1 << 62  # sorts after every real position


def is_abbreviation(alias: str) -> bool:
    """An alias written in capitals (``DOMP``, ``DAM``, ``ONU-Femmes``) is an abbreviation."""
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _hash(tables: dict[str, list[dict[str, Any]]]) -> str:
    blob = json.dumps(tables, ensure_ascii=False, separators=(",", ":"))  # keys in a fixed order
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(extraction: Extraction) -> str:
    """SHA-256 of the rows the extraction gives (canonical order and JSON): changes exactly
    when the stored data change (the ``content_hash`` of the ``meta`` table)."""
    return _hash(_rows(extraction))


def _rows(ex: Extraction) -> dict[str, list[dict[str, Any]]]:
    """The rows of every data table (``meta`` aside), in canonical order."""
    docs = sorted(ex.documents, key=lambda d: d.id)
    doc_pos = {d.id: i for i, d in enumerate(docs)}
    paras = sorted(ex.paragraphs, key=lambda p: (doc_pos.get(p.document, _LAST), p.seq, p.number))
    para_pos = {(p.document, p.number): i for i, p in enumerate(paras)}

    def where(document: str | None, paragraph: str | None) -> tuple[int, int]:
        if document is None:
            return (-1, -1)
        return (doc_pos.get(document, _LAST), para_pos.get((document, paragraph), _LAST))

    # sorted() is stable: records stated in the same paragraph keep the extraction's order
    units = sorted(ex.units, key=lambda u: where(u.document, u.paragraph))
    unit_pos = {u.id: i for i, u in enumerate(units)}

    def upos(unit_id: str) -> int:
        return unit_pos.get(unit_id, _LAST)

    lines = sorted(
        ex.lines,
        key=lambda ln: (upos(ln.child), not ln.primary, where(ln.document, ln.paragraph), upos(ln.parent)),
    )
    attributions = sorted(ex.attributions, key=lambda a: (upos(a.unit), where(a.document, a.paragraph)))
    citations = sorted({(c.symbol, c.document, c.paragraph) for c in ex.citations},
                       key=lambda c: (c[0], where(c[1], c[2])))
    mentions = sorted({(m.unit, m.document, m.paragraph) for m in ex.mentions},
                      key=lambda m: (upos(m[0]), where(m[1], m[2])))

    aliases, names, unit_names = [], [], []
    for u in units:
        names.append({"unit": u.id, "field": "name", "text": u.name})
        if u.display_name and u.display_name != u.name:
            names.append({"unit": u.id, "field": "name", "text": u.display_name})
        seen = {u.name}
        for alias in u.aliases:
            if alias and alias not in seen:
                seen.add(alias)
                aliases.append({"unit": u.id, "alias": alias, "seq": len(seen) - 1})
                field = "abbreviation" if is_abbreviation(alias) else "alias"
                names.append({"unit": u.id, "field": field, "text": alias})
        searchable = {u.name, u.display_name, *u.aliases}
        for language in sorted(u.names):
            name = u.names[language]
            display = u.display_names.get(language) or name
            unit_names.append({"unit": u.id, "language": language, "name": name, "display_name": display,
                               "kind": u.kinds.get(language) or u.kind, "head": u.heads.get(language)})
            for text in (name, display):  # a translation's names are names too
                if text not in searchable:
                    searchable.add(text)
                    names.append({"unit": u.id, "field": "name", "text": text})

    twins = {j.document: j.twin for j in ex.joins}
    roles = []
    for j in sorted(ex.joins, key=lambda j: doc_pos.get(j.document, _LAST)):
        listed = [(uid, "added") for uid in j.added] + [(uid, "joined") for uid in j.joined] + \
                 [(uid, "apart") for uid in j.apart]
        for uid, role in sorted(dict(listed).items(), key=lambda r: upos(r[0])):
            roles.append({"document": j.document, "unit": uid, "role": role, "seq": len(roles)})
    texts = sorted(ex.sources, key=lambda t: doc_pos.get(t.document, _LAST))
    flag_rows = [
        {"id": i + 1, "kind": f.kind, "unit": f.unit, "document": f.document, "paragraph": f.paragraph,
         "quote": f.quote, "other_document": f.other_document, "other_paragraph": f.other_paragraph,
         "other_quote": f.other_quote, "detail": f.detail, "other_detail": f.other_detail}
        for i, f in enumerate(ex.flags)
    ]

    return {
        "documents": [
            {"id": d.id, "source_file": d.source_file, "kind": d.kind, "language": d.language,
             "title": d.title, "symbol": d.symbol, "date": d.date, "twin": twins.get(d.id),
             "family": d.family or d.kind, "seq": i}
            for i, d in enumerate(docs)
        ],
        "paragraphs": [
            {"document": p.document, "number": p.number, "section": p.section,
             "heading": p.heading, "text": p.text, "seq": i}
            for i, p in enumerate(paras)
        ],
        "units": [
            {"id": u.id, "name": u.name, "display_name": u.display_name or u.name, "kind": u.kind,
             "head": u.head, "document": u.document, "paragraph": u.paragraph,
             "collective": int(bool(u.collective)), "seq": i}
            for i, u in enumerate(units)
        ],
        "aliases": aliases,
        "reporting_lines": [
            {"id": i + 1, "child": ln.child, "parent": ln.parent, "is_primary": int(bool(ln.primary)),
             "document": ln.document, "paragraph": ln.paragraph, "evidence": ln.evidence}
            for i, ln in enumerate(lines)
        ],
        "attributions": [
            {"id": i + 1, "unit": a.unit, "document": a.document, "paragraph": a.paragraph,
             "item": a.item, "text": a.text}
            for i, a in enumerate(attributions)
        ],
        "citations": [
            {"id": i + 1, "symbol": s, "document": d, "paragraph": p}
            for i, (s, d, p) in enumerate(citations)
        ],
        "mentions": [
            {"id": i + 1, "unit": u, "document": d, "paragraph": p}
            for i, (u, d, p) in enumerate(mentions)
        ],
        "unit_names": unit_names,
        "sources": [
            {"document": t.document, "file_name": t.file_name, "format": t.format, "sha256": t.sha256,
             "size": t.size, "text": t.text, "origin": t.origin, "imported_at": t.imported_at,
             "meta": json.dumps(t.meta, ensure_ascii=False, sort_keys=True)}
            for t in texts
        ],
        "document_units": roles,
        "flags": flag_rows,
        "build_warnings": [{"seq": i, "text": w} for i, w in enumerate(ex.warnings)],
        "names": [{"id": i + 1, **row, "folded": fold(row["text"]),
                   "initials": initials(fold(row["text"])) if row["field"] == "name" else ""}
                  for i, row in enumerate(names)],
    }


def _check_keys(db: Database) -> None:
    """Raise StoreError naming the first rows whose references point nowhere."""
    problems = []
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall()[:5]:
        row = db.execute(f"SELECT * FROM [{table}] WHERE rowid = ?", [rowid]).fetchone()
        problems.append(f"{table} row {tuple(row) if row else rowid} -> {parent}")
    if problems:
        raise StoreError("extraction refers to missing records: " + "; ".join(problems))


def _insert(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys (one executemany: 100,000 units in ~1 s, where
    ``Table.insert_all`` takes four times as long)."""
    if rows:
        columns = list(rows[0])
        sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)})"
               f" VALUES ({', '.join('?' * len(columns))})")
        db.conn.executemany(sql, [tuple(row[c] for c in columns) for row in rows])


def _write(ex: Extraction, path: Path) -> None:
    db = Database(str(path))
    try:
        db.execute("PRAGMA journal_mode = OFF")  # a temporary file: atomicity comes from os.replace
        db.execute("PRAGMA synchronous = OFF")
        create_schema(db)
        tables = _rows(ex)
        tables["meta"] = [{"key": "schema_version", "value": str(SCHEMA_VERSION)},
                          {"key": "content_hash", "value": _hash(tables)}]
        for table, rows in tables.items():
            _insert(db, table, rows)
        _check_keys(db)
        create_indexes(db)
        create_fts(db)
        stamp(db)
        db.conn.commit()
        db.execute("VACUUM")
    finally:
        db.close()


def _describe(out: Path, err: Exception) -> str:
    if isinstance(err, sqlite3.IntegrityError):
        return f"{out}: cannot build database: inconsistent extraction ({err})"
    if isinstance(err, sqlite3.OperationalError) and "full" in str(err):  # "database or disk is full"
        return file_error(out, OSError(errno.ENOSPC, str(err)), writing=True)
    return file_error(out, err, writing=True)


def build(extraction: Extraction, out_path: str | os.PathLike[str],
          before_replace: Callable[[], None] | None = None) -> None:
    """Write ``extraction`` to the SQLite database ``out_path``, replacing it atomically.

    :param extraction: the records to store (not modified)
    :param out_path: target file; its folder must exist. The previous file, if any, is
        replaced only once the new one is complete.
    :param before_replace: called once the new file is complete, just before it replaces the
        target; whatever it raises (a cancelled import) removes the new file and propagates.
    :raises StoreError: the extraction is inconsistent (duplicate ids, references to missing
        units or paragraphs) or the file cannot be written. The target is then untouched.
    """
    out = Path(out_path)
    if out.is_dir():
        raise StoreError(f"{out}: is a directory")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as err:
        raise StoreError(_describe(out, err)) from err
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _write(extraction, tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, out)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as err:
        raise StoreError(_describe(out, err)) from err
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
