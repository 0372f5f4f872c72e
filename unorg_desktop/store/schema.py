"""Tables, indexes and identifiers of a UNorg Desktop database (sqlite-utils).

One table per record type of :mod:`unorg_desktop.ingest.records`, with foreign keys
back to ``documents``, ``units`` and the cited ``paragraphs`` (provenance), plus:

- ``meta`` (key, value): ``schema_version``, ``content_hash`` (SHA-256 of the records);
- ``build_warnings`` (seq, text): the extractor's warnings;
- ``names`` (unit, field, text, folded, initials): every searchable name of a unit (``field``
  is ``name``, ``alias`` or ``abbreviation``; names in every language are ``name``), with its
  search key (:func:`search.fold`) and, for names, the initials of its significant words, so
  opening a store computes nothing;
- ``unit_names`` (unit, language, name, display_name, kind, head): a unit's name (kind, head's
  title) in each language that names it (a translation joined to the original gives the original's units their names in its language);
- ``sources`` (document, file_name, format, sha256, size, text, origin, imported_at, meta): each
  document's text itself, so provenance and rebuilds never need the original file;
- ``document_units`` (document, unit, role): the units each document ``added``, ``joined`` or,
  for a translation, left ``apart``; ``documents.twin``: the document a translation translates;
- ``flags``: consistency notes (:class:`~unorg_desktop.ingest.records.Flag`).

Two FTS5 indexes (external content, ``unicode61 remove_diacritics 2``) make search accent-
and case-insensitive: ``names_fts`` and ``attributions_fts``. They are separate so that a
name search never ranks the (many, long) attribution texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only the builder writes; readers open the file with sqlite3 alone
    from sqlite_utils import Database

SCHEMA_VERSION = 5  # 3: unit_names, sources, document_units, flags, documents.twin; 4: documents.family;
#                    5: unit_names.kind, head
#: ``PRAGMA application_id`` of our files: the bytes "UNoD".
APPLICATION_ID = 0x554E6F44
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

_PARA = "paragraphs", ("document", "number")

TABLES: dict[str, dict] = {
    "meta": dict(columns={"key": str, "value": str}, pk="key"),
    "documents": dict(
        columns={
            "id": str, "source_file": str, "kind": str, "language": str,
            "title": str, "symbol": str, "date": str, "twin": str, "family": str, "seq": int,
        },
        pk="id",
        not_null={"source_file", "kind", "seq"},
    ),
    "paragraphs": dict(
        columns={
            "document": str, "number": str, "section": str, "heading": str,
            "text": str, "seq": int,
        },
        pk=("document", "number"),
        not_null={"document", "number", "text", "seq"},
        foreign_keys=[("document", "documents", "id")],
    ),
    "units": dict(
        columns={
            "id": str, "name": str, "display_name": str, "kind": str, "head": str,
            "document": str, "paragraph": str, "collective": int, "seq": int,
        },
        pk="id",
        not_null={"name", "display_name", "kind", "collective", "seq"},
        foreign_keys=[
            ("document", "documents", "id"),
            (("document", "paragraph"), *_PARA),
        ],
    ),
    "aliases": dict(
        columns={"unit": str, "alias": str, "seq": int},
        pk=("unit", "alias"),
        not_null={"unit", "alias", "seq"},
        foreign_keys=[("unit", "units", "id")],
    ),
    "reporting_lines": dict(
        columns={
            "id": int, "child": str, "parent": str, "is_primary": int,
            "document": str, "paragraph": str, "evidence": str,
        },
        pk="id",
        not_null={"child", "parent", "is_primary", "document", "paragraph"},
        foreign_keys=[
            ("child", "units", "id"),
            ("parent", "units", "id"),
            (("document", "paragraph"), *_PARA),
        ],
    ),
    "attributions": dict(
        columns={
            "id": int, "unit": str, "document": str, "paragraph": str,
            "item": str, "text": str,
        },
        pk="id",
        not_null={"unit", "document", "paragraph", "item", "text"},
        foreign_keys=[("unit", "units", "id"), (("document", "paragraph"), *_PARA)],
    ),
    "citations": dict(
        columns={"id": int, "symbol": str, "document": str, "paragraph": str},
        pk="id",
        not_null={"symbol", "document", "paragraph"},
        foreign_keys=[(("document", "paragraph"), *_PARA)],
    ),
    "mentions": dict(
        columns={"id": int, "unit": str, "document": str, "paragraph": str},
        pk="id",
        not_null={"unit", "document", "paragraph"},
        foreign_keys=[("unit", "units", "id"), (("document", "paragraph"), *_PARA)],
    ),
    "unit_names": dict(
        columns={"unit": str, "language": str, "name": str, "display_name": str, "kind": str, "head": str},
        pk=("unit", "language"),
        not_null={"unit", "language", "name", "display_name"},
        foreign_keys=[("unit", "units", "id")],
    ),
    "sources": dict(
        columns={
            "document": str, "file_name": str, "format": str, "sha256": str, "size": int,
            "text": str, "origin": str, "imported_at": str, "meta": str,
        },
        pk="document",
        not_null={"document", "file_name", "format", "sha256", "size", "text", "origin", "meta"},
        foreign_keys=[("document", "documents", "id")],
    ),
    "document_units": dict(
        columns={"document": str, "unit": str, "role": str, "seq": int},
        pk=("document", "unit"),
        not_null={"document", "unit", "role", "seq"},
        foreign_keys=[("document", "documents", "id"), ("unit", "units", "id")],
    ),
    "flags": dict(
        columns={
            "id": int, "kind": str, "unit": str, "document": str, "paragraph": str, "quote": str,
            "other_document": str, "other_paragraph": str, "other_quote": str,
            "detail": str, "other_detail": str,
        },
        pk="id",
        not_null={"kind", "document", "paragraph"},
        foreign_keys=[("unit", "units", "id"), ("document", "documents", "id"),
                      ("other_document", "documents", "id")],
    ),
    "build_warnings": dict(columns={"seq": int, "text": str}, pk="seq"),
    "names": dict(
        columns={"id": int, "unit": str, "field": str, "text": str, "folded": str, "initials": str},
        pk="id",
        not_null={"unit", "field", "text"},
        foreign_keys=[("unit", "units", "id")],
    ),
}

INDEXES: list[tuple[str, list[str]]] = [
    ("units", ["seq"]),
    ("units", ["document", "paragraph"]),
    ("reporting_lines", ["child"]),
    ("reporting_lines", ["parent"]),
    ("reporting_lines", ["document", "paragraph"]),
    ("attributions", ["unit"]),
    ("attributions", ["document", "paragraph"]),
    ("citations", ["document", "paragraph"]),
    ("citations", ["symbol"]),
    ("mentions", ["unit"]),
    ("mentions", ["document", "paragraph"]),
    ("names", ["unit"]),
    ("names", ["folded"]),
    ("document_units", ["unit"]),
    ("flags", ["unit"]),
]

#: Every table :meth:`Store.open` expects (the FTS shadow tables included).
FTS_TABLES = {"names": "text", "attributions": "text"}
EXPECTED_TABLES = frozenset(TABLES) | {f"{t}_fts" for t in FTS_TABLES}


def create_schema(db: Database) -> None:
    """Create every table in an empty database (indexes: :func:`create_indexes`, FTS:
    :func:`create_fts`, both after inserting the rows, which is faster)."""
    for name, spec in TABLES.items():
        db[name].create(**spec)


def create_indexes(db: Database) -> None:
    for table, columns in INDEXES:
        db[table].create_index(columns)


def create_fts(db: Database) -> None:
    """Create, populate and optimise the FTS5 indexes (call after inserting the rows)."""
    for table, column in FTS_TABLES.items():
        db[table].enable_fts([column], fts_version="FTS5", tokenize=FTS_TOKENIZE)
        db[table].optimize()


def stamp(db: Database) -> None:
    """Write ``application_id`` and ``user_version`` into the header."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
