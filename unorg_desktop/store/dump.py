"""The whole database as plain data: the JSON of ``unorg dump --json`` (issue 2).

Shape (extra keys allowed and present: ``display_name``, ``collective``, ``evidence``,
``paragraphs``, ``warnings``, ``schema_version``)::

    {"documents": [{"id", "source_file", "kind", "language", "title", "symbol", "date"}],
     "units": [{"id", "name", "kind", "head", "document", "paragraph", "aliases": [...],
                "parents": [{"unit", "primary", "document", "paragraph"}],
                "attributions": [{"document", "paragraph", "item", "text"}],
                "mentions": [{"document", "paragraph"}]}],
     "mandates": [{"symbol", "cited_in": [{"document", "paragraph"}]}]}

Every list is in the database's canonical order, so equal databases give equal dumps.
"""

from __future__ import annotations

from .rows import as_dict
from .schema import SCHEMA_VERSION


def _grouped(store, sql: str) -> dict[str, list[tuple]]:
    groups: dict[str, list[tuple]] = {}
    for row in store.query(sql):
        groups.setdefault(row[0], []).append(row[1:])
    return groups


def dump(store) -> dict:
    """:param store: an open :class:`~unorg_desktop.store.Store` (its public read API only)"""
    aliases = _grouped(store, "SELECT unit, alias FROM aliases ORDER BY unit, seq")
    parents = _grouped(
        store, "SELECT child, parent, is_primary, document, paragraph, evidence FROM reporting_lines ORDER BY id"
    )
    attributions = _grouped(store, "SELECT unit, document, paragraph, item, text FROM attributions ORDER BY id")
    mentions = _grouped(store, "SELECT unit, document, paragraph FROM mentions ORDER BY id")
    cited = _grouped(
        store,
        "SELECT c.symbol, c.document, c.paragraph FROM citations c JOIN paragraphs p"
        " ON p.document = c.document AND p.number = c.paragraph ORDER BY c.symbol, p.seq",
    )
    units = []
    for u in store.units():
        units.append({
            "id": u.id, "name": u.name, "display_name": u.display_name, "kind": u.kind,
            "head": u.head, "document": u.document, "paragraph": u.paragraph,
            "collective": u.collective,
            "aliases": [a for (a,) in aliases.get(u.id, [])],
            "parents": [
                {"unit": p, "primary": bool(pr), "document": d, "paragraph": para, "evidence": ev or ""}
                for p, pr, d, para, ev in parents.get(u.id, [])
            ],
            "attributions": [
                {"document": d, "paragraph": p, "item": i, "text": t}
                for d, p, i, t in attributions.get(u.id, [])
            ],
            "mentions": [{"document": d, "paragraph": p} for d, p in mentions.get(u.id, [])],
        })
    paragraphs = store.query("SELECT document, number, section, heading, text FROM paragraphs ORDER BY seq")
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [as_dict(d) for d in store.documents()],
        "units": units,
        "mandates": [
            {"symbol": s, "cited_in": [{"document": d, "paragraph": p} for d, p in rows]}
            for s, rows in cited.items()
        ],
        "paragraphs": [
            {"document": d, "number": n, "section": s, "heading": h, "text": t}
            for d, n, s, h, t in paragraphs
        ],
        "warnings": store.warnings(),
    }
