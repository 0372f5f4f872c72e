"""Everything the database says about one unit, as one frozen value.

:meth:`Store.unit_info <unorg_desktop.store.Store.unit_info>` builds a :class:`UnitInfo`;
``unorg show`` (text and JSON) and the side panel of the app both render it, so the two can
never disagree about what is known. Plain data: no SQL, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..docref import cite
from .rows import AttributionRow, CitationRow, DocumentRow, FlagRow, MentionRow, ParagraphRow, UnitRow, as_dict


@dataclass(frozen=True)
class Link:
    """A reporting line seen from one end: the unit at the other end and where it is stated."""

    unit: UnitRow
    primary: bool
    document: str
    paragraph: str
    evidence: str


@dataclass(frozen=True)
class UnitInfo:
    """What the texts say about ``unit``.

    :param chain: the unit's primary ancestors, the root first and the unit last
    :param parents: lines up (primary first), each with its document and paragraph
    :param children: lines down, in unit order
    :param sources: the defining paragraph, those of its lines and of its attributions
    :param flags: consistency notes about the unit (``unorg check``)
    :param languages: (language, name) for each language a document names the unit in
    :param documents: every document referred to above (by id), for labels
    """

    unit: UnitRow
    aliases: tuple[str, ...]
    chain: tuple[UnitRow, ...]
    parents: tuple[Link, ...]
    children: tuple[Link, ...]
    attributions: tuple[AttributionRow, ...]
    sources: tuple[ParagraphRow, ...]
    mandates: tuple[CitationRow, ...]
    mentions: tuple[MentionRow, ...]
    documents: tuple[DocumentRow, ...]
    flags: tuple[FlagRow, ...] = ()
    languages: tuple[tuple[str, str], ...] = ()

    @property
    def head(self) -> str | None:
        return self.unit.head

    def document(self, doc_id: str | None) -> DocumentRow | None:
        return next((d for d in self.documents if d.id == doc_id), None) if doc_id else None

    def reference(self, doc_id: str | None, paragraph: str | None, language: str = "en") -> str:
        """``"ST/SGB/2010/1, par. 6.5"`` (:func:`unorg_desktop.docref.cite`, labels of unnumbered
        text in ``language``); ``""`` without a document."""
        if not doc_id:
            return ""
        doc = self.document(doc_id)
        return cite(doc, paragraph, language, fallback=doc.source_file if doc else doc_id)

    @property
    def citation(self) -> str:
        """Where the unit is defined (``""`` for the common root)."""
        return self.reference(self.unit.document, self.unit.paragraph)

    @property
    def names(self) -> list[str]:
        """Every name of the unit, in every language (to highlight it in quoted paragraphs)."""
        return list(dict.fromkeys([self.unit.name, self.unit.display_name, *self.aliases,
                                   *(name for _, name in self.languages)]))

    @property
    def other_sources(self) -> tuple[ParagraphRow, ...]:
        """Source paragraphs that state no attribution of the unit: those are quoted item by item
        with the attributions, and printing the paragraph too would say each function twice."""
        stated = {(a.document, a.paragraph) for a in self.attributions}
        return tuple(p for p in self.sources if (p.document, p.number) not in stated)

    def to_json(self) -> dict:
        """Plain data (the JSON of ``unorg show --json``)."""
        def line(link: Link) -> dict:
            return {"unit": link.unit.id, "name": link.unit.display_name, "primary": link.primary,
                    "document": link.document, "paragraph": link.paragraph}

        return {
            **as_dict(self.unit),
            "aliases": list(self.aliases),
            "chain": [u.id for u in reversed(self.chain)],
            "parents": [line(ln) for ln in self.parents],
            "children": [line(ln) for ln in self.children],
            "attributions": [as_dict(a) for a in self.attributions],
            "source_paragraphs": [as_dict(p) for p in self.sources],
            "mandates": [as_dict(c) for c in self.mandates],
            "mentions": [as_dict(m) for m in self.mentions],
            "names": dict(self.languages),
            "flags": [as_dict(f) for f in self.flags],
        }
