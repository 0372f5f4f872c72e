"""Read API over a database built by :func:`unorg_desktop.store.build` (read-only)."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..textkey import fold
from .errors import AmbiguousName, StoreError, UnknownName
from .opening import connect_readonly
from .rows import DocumentRow, LineRow, ParagraphRow, UnitRow

if TYPE_CHECKING:  # loaded by the methods that return them (the first chart needs none)
    from .detail_rows import (AttributionRow, CitationRow, DocumentSummary, FlagRow, MentionRow, SearchHit,
                              SourceRow)
    from .info import UnitInfo
    from .search import SearchIndex

NAME_FIELDS = ("name", "alias", "abbreviation")
MAX_CANDIDATES = 200  # an ambiguous name reports at most this many units

_LINE = "child, parent, is_primary, document, paragraph, evidence"
_PARA = "p.document, p.number, p.section, p.heading, p.text"
# (document, paragraph) of a unit's sources: its defining paragraph, its lines, its attributions
_SOURCE_KEYS = (
    "SELECT document, paragraph FROM units WHERE id = :u AND document IS NOT NULL"
    " UNION SELECT document, paragraph FROM reporting_lines WHERE child = :u"
    # where its composition is stated ("La Division se compose du Bureau du Directeur, …")
    " UNION SELECT document, paragraph FROM reporting_lines WHERE parent = :u AND is_primary"
    " UNION SELECT document, paragraph FROM attributions WHERE unit = :u"
)


class Store:
    """A read-only UNorg Desktop database. Open with :meth:`Store.open`; use as a context manager.

    Lists are sorted deterministically (documents by id, units in the database's reading
    order, provenance in paragraph order). Units are held in memory after opening.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, language: str | None = None) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.language = language
        self._units: dict[str, UnitRow] = {}
        for row in self._rows(
            "SELECT id, name, display_name, kind, head, document, paragraph, collective FROM units ORDER BY seq"
        ):
            self._units[row[0]] = UnitRow(*row[:7], collective=bool(row[7]))
        if language:  # names in that language where a document gives them
            for uid, name, display, kind, head in self._rows(
                    "SELECT unit, name, display_name, kind, head FROM unit_names WHERE language = ?", [language]):
                unit = self._units.get(uid)
                if unit is not None and unit.name != name:
                    self._units[uid] = unit._replace(name=name, display_name=display, kind=kind or unit.kind,
                                                     head=head or unit.head)
        self._order = {uid: i for i, uid in enumerate(self._units)}

    @classmethod
    def open(cls, path: str | os.PathLike[str], language: str | None = None) -> "Store":
        """Open ``path`` read-only; :class:`StoreError` if it is missing, empty, corrupt,
        foreign, of another schema version or locked. The file is never created or modified.

        :param language: ``"en"``, ``"fr"``…: units are named in that language where a document
            names them in it (a translation joined to the original), else by their own name."""
        path = Path(path)
        conn = connect_readonly(path)
        try:
            return cls(conn, path, language)
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """One query at a time (the app may search from a worker thread); SQLite errors
        (corruption found late, a file replaced underneath) become StoreError."""
        with self._lock:
            try:
                yield
            except sqlite3.Error as err:
                raise StoreError(f"{self.path}: cannot read database ({err})") from err

    def _rows(self, sql: str, params: Any = ()) -> list[tuple]:
        with self._reading():
            return self._conn.execute(sql, params).fetchall()

    def query(self, sql: str, params: Any = ()) -> list[tuple]:
        """The rows of one SQL statement on the read-only connection (whole-database exports
        such as :mod:`~unorg_desktop.store.dump`); the file cannot be modified through it."""
        return self._rows(sql, params)

    # -- metadata --------------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", [key])
        return rows[0][0] if rows else default

    @property
    def content_hash(self) -> str:
        """SHA-256 of the extraction the database was built from (changes with the data)."""
        return self.meta("content_hash")

    def warnings(self) -> list[str]:
        """The extractor's warnings at build time ("file:line: message")."""
        return [r[0] for r in self._rows("SELECT text FROM build_warnings ORDER BY seq")]

    # -- documents and paragraphs ----------------------------------------------------------
    @cached_property
    def _documents(self) -> dict[str, DocumentRow]:
        sql = "SELECT id, source_file, kind, language, title, symbol, date, twin, family FROM documents ORDER BY seq"
        return {r[0]: DocumentRow(*(v if v is not None else "" for v in r)) for r in self._rows(sql)}

    def documents(self) -> list[DocumentRow]:
        return list(self._documents.values())

    def document(self, id: str) -> DocumentRow:
        """:class:`KeyError` when absent."""
        return self._documents[id]

    def paragraph(self, document: str, number: str) -> ParagraphRow:
        """:class:`KeyError` when absent."""
        rows = self._rows(f"SELECT {_PARA} FROM paragraphs p WHERE document = ? AND number = ?",
                          [document, number])
        if not rows:
            raise KeyError((document, number))
        return ParagraphRow(*rows[0])

    def source(self, document: str) -> SourceRow:
        """The stored text of a document and its origin; :class:`KeyError` when absent."""
        from .detail_rows import SourceRow

        rows = self._rows("SELECT document, file_name, format, sha256, size, text, origin, imported_at"
                          " FROM sources WHERE document = ?", [document])
        if not rows:
            raise KeyError(document)
        return SourceRow(*(v if v is not None else "" for v in rows[0]))

    def document_summaries(self) -> list[DocumentSummary]:
        """Every document with the number of units it added, joined and left apart, and its origin."""
        from .detail_rows import DocumentSummary

        counts: dict[tuple[str, str], int] = {
            (d, r): n for d, r, n in self._rows("SELECT document, role, count(*) FROM document_units"
                                                " GROUP BY document, role")}
        origin = {d: (o, t or "", f) for d, o, t, f in
                  self._rows("SELECT document, origin, imported_at, file_name FROM sources")}
        out = []
        for doc in self.documents():
            o, t, f = origin.get(doc.id, ("", "", doc.source_file))
            out.append(DocumentSummary(doc, counts.get((doc.id, "added"), 0), counts.get((doc.id, "joined"), 0),
                                       counts.get((doc.id, "apart"), 0), o, t, f))
        return out

    def document_units(self, document: str) -> list[tuple[str, str]]:
        """(unit id, role) of the units a document names: "added", "joined" or "apart"."""
        return [(u, r) for u, r in self._rows("SELECT unit, role FROM document_units WHERE document = ?"
                                              " ORDER BY seq", [document])]

    # -- units -----------------------------------------------------------------------------
    def names(self, unit_id: str) -> dict[str, str]:
        """The unit's name in each language that names it (``{"fr": …, "en": …}``)."""
        return dict(self._rows("SELECT language, name FROM unit_names WHERE unit = ? ORDER BY language", [unit_id]))

    def units(self) -> list[UnitRow]:
        return list(self._units.values())

    def unit(self, id: str) -> UnitRow:
        """:class:`KeyError` when absent."""
        return self._units[id]

    def aliases(self, unit_id: str) -> list[str]:
        return [r[0] for r in self._rows("SELECT alias FROM aliases WHERE unit = ? ORDER BY seq", [unit_id])]

    def resolve(self, name_or_id: str) -> UnitRow:
        """The unit named ``name_or_id``: its id, else the one unit whose name, display name,
        alias or abbreviation it is (accent- and case-insensitive), else the one unit whose
        names hold its words (or whose initials it is).

        :raises AmbiguousName: several units answer (``.candidates``, best first)
        :raises UnknownName: none does (``.suggestions``: close names, maybe none)
        """
        if name_or_id in self._units:
            return self._units[name_or_id]
        query = " ".join(str(name_or_id).split())
        key = fold(query)
        found = [self._units[e.unit] for e in self._index.by_key.get(key, ()) if e.field in NAME_FIELDS]
        found += self._by_display_name.get(key, [])
        found.sort(key=lambda u: self._order[u.id])
        if not found:  # best first: names holding every word, then initials
            hits = [h for h in (self.search(query, limit=MAX_CANDIDATES) if key else []) if h.field in NAME_FIELDS]
            # a display name "Bureau du Directeur (Division X)" holds its parent's name: a unit
            # found only through those words is a candidate only when no unit is found by its own
            own = [h for h in hits if not (h.snippet == self._units[h.unit_id].display_name
                                           != self._units[h.unit_id].name)]
            found = [self._units[h.unit_id] for h in (own or hits)]
        units = list({u.id: u for u in found}.values())
        if len(units) == 1:
            return units[0]
        if units:
            raise AmbiguousName(query, units, complete=len(units) < MAX_CANDIDATES)
        raise UnknownName(query, self.suggest(query))

    @cached_property
    def _by_display_name(self) -> dict[str, list[UnitRow]]:
        """Units by folded display name ("Bureau du Directeur (Division X)"), where it differs
        from the name (the names themselves are in the search index)."""
        found: dict[str, list[UnitRow]] = {}
        for unit in self._units.values():
            if unit.display_name != unit.name:
                found.setdefault(fold(unit.display_name), []).append(unit)
        return found

    def suggest(self, query: str, limit: int = 3) -> list[tuple[UnitRow, str]]:
        """Up to ``limit`` (unit, the name it was found by) close to ``query``: "did you mean"."""
        from .suggest import suggest

        with self._reading():
            found = suggest(self._index, query, limit)
        return [(self._units[s.unit_id], s.text) for s in found]

    # -- reporting lines -------------------------------------------------------------------
    def _lines(self, where: str = "", params: Any = ()) -> list[LineRow]:
        rows = self._rows(f"SELECT {_LINE} FROM reporting_lines {where} ORDER BY id", params)
        return [LineRow(c, p, bool(pr), d, para, ev or "") for c, p, pr, d, para, ev in rows]

    def lines(self) -> list[LineRow]:
        """Every reporting line: by child (unit order), primary first."""
        return self._lines()

    def parents(self, unit_id: str) -> list[LineRow]:
        """Lines where ``unit_id`` is the child (primary first)."""
        return self._lines("WHERE child = ?", [unit_id])

    def children(self, unit_id: str) -> list[LineRow]:
        """Lines where ``unit_id`` is the parent (children in unit order)."""
        return self._lines("WHERE parent = ?", [unit_id])

    # -- provenance ------------------------------------------------------------------------
    def attributions(self, unit_id: str) -> list[AttributionRow]:
        from .detail_rows import AttributionRow

        sql = "SELECT document, paragraph, item, text FROM attributions WHERE unit = ? ORDER BY id"
        return [AttributionRow(*r) for r in self._rows(sql, [unit_id])]

    def source_paragraphs(self, unit_id: str) -> list[ParagraphRow]:
        """The defining paragraph, those of its reporting lines (up, and its primary lines down:
        where its composition is stated) and of its attributions, in reading order."""
        sql = (f"SELECT {_PARA} FROM paragraphs p JOIN ({_SOURCE_KEYS}) k"
               " ON p.document = k.document AND p.number = k.paragraph ORDER BY p.seq")
        return [ParagraphRow(*r) for r in self._rows(sql, {"u": unit_id})]

    def mandates(self, unit_id: str) -> list[CitationRow]:
        """Documents cited in the unit's source paragraphs (paragraph order, then symbol)."""
        from .detail_rows import CitationRow

        sql = ("SELECT c.symbol, c.document, c.paragraph FROM citations c"
               f" JOIN ({_SOURCE_KEYS}) k ON c.document = k.document AND c.paragraph = k.paragraph"
               " JOIN paragraphs p ON p.document = c.document AND p.number = c.paragraph"
               " ORDER BY p.seq, c.symbol")
        return [CitationRow(*r) for r in self._rows(sql, {"u": unit_id})]

    def mentions(self, unit_id: str) -> list[MentionRow]:
        """Paragraphs of reports that name the unit, with their text."""
        from .detail_rows import MentionRow

        sql = ("SELECT m.document, m.paragraph, p.text FROM mentions m"
               " JOIN paragraphs p ON p.document = m.document AND p.number = m.paragraph"
               " WHERE m.unit = ? ORDER BY m.id")
        return [MentionRow(*r) for r in self._rows(sql, [unit_id])]

    # -- consistency -----------------------------------------------------------------------
    def flags(self, unit_id: str | None = None) -> list[FlagRow]:
        """Consistency notes (all, or those about one unit), by kind then unit order."""
        from .detail_rows import FlagRow

        sql = ("SELECT kind, unit, document, paragraph, quote, other_document, other_paragraph, other_quote,"
               " detail, other_detail FROM flags")
        rows = self._rows(sql + " WHERE unit = ? ORDER BY id", [unit_id]) if unit_id else self._rows(sql + " ORDER BY id")
        return [FlagRow(k, u, d, p, q or "", od, op, oq or "", dt or "", odt or "")
                for k, u, d, p, q, od, op, oq, dt, odt in rows]

    def unit_info(self, unit_id: str) -> UnitInfo:
        """Everything known about a unit, in one value (:class:`KeyError` when absent)."""
        from .info import Link, UnitInfo

        unit = self._units[unit_id]
        chain, seen = [unit], {unit.id}
        while True:  # primary ancestors (stops on a cycle, which the builder never writes)
            up = next((ln.parent for ln in self.parents(chain[-1].id) if ln.primary), None)
            if up is None or up in seen or up not in self._units:
                break
            seen.add(up)
            chain.append(self._units[up])
        parents = self.parents(unit_id)
        attributions, sources = self.attributions(unit_id), self.source_paragraphs(unit_id)
        mandates, mentions = self.mandates(unit_id), self.mentions(unit_id)
        docs = [unit.document, *(ln.document for ln in parents), *(a.document for a in attributions),
                *(p.document for p in sources), *(c.document for c in mandates), *(m.document for m in mentions)]
        children, flags = self.children(unit_id), self.flags(unit_id)
        docs += [ln.document for ln in children if not ln.primary]
        docs += [d for f in flags for d in (f.document, f.other_document)]

        def link(ln: LineRow, other: str) -> Link | None:
            return Link(self._units[other], ln.primary, ln.document, ln.paragraph, ln.evidence) \
                if other in self._units else None

        def once(lines: list[LineRow], other) -> tuple[Link, ...]:
            """A line that several documents state (a translation restates its original's) is
            listed once, with the first document's provenance (the original's)."""
            seen: set[tuple[str, bool]] = set()
            out = []
            for ln in lines:
                if (other(ln), ln.primary) not in seen:
                    seen.add((other(ln), ln.primary))
                    out.append(link(ln, other(ln)))
            return tuple(filter(None, out))

        return UnitInfo(
            unit=unit, aliases=tuple(self.aliases(unit_id)), chain=tuple(reversed(chain)),
            parents=once(parents, lambda ln: ln.parent),
            children=once(children, lambda ln: ln.child),
            attributions=tuple(attributions), sources=tuple(sources), mandates=tuple(mandates),
            mentions=tuple(mentions), flags=tuple(flags), languages=tuple(self.names(unit_id).items()),
            documents=tuple(self._documents[d] for d in dict.fromkeys(docs) if d in self._documents),
        )

    # -- search ----------------------------------------------------------------------------
    @cached_property
    def _index(self) -> SearchIndex:
        from .search import SearchIndex

        with self._reading():
            return SearchIndex(self._conn, self._order)

    def prepare_search(self) -> None:
        """Build the in-memory search index now rather than on the first search (about a
        second for 100,000 units; the app may call this from a worker thread after opening)."""
        with self._reading():
            self._index.prepare()

    @cached_property
    def _names(self) -> dict[str, str]:
        return {uid: u.display_name for uid, u in self._units.items()}

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Ranked units matching ``query`` literally (see :mod:`unorg_desktop.store.search`).

        Never raises on user text; returns at most ``limit`` hits, best first."""
        from .search import search

        with self._reading():
            return search(self._conn, self._index, self._order, self._names, str(query), int(limit))

    # -- whole database --------------------------------------------------------------------
    def dump(self) -> dict:
        """The whole database as plain data, in the shape of ``unorg dump --json``."""
        from .dump import dump

        return dump(self)
