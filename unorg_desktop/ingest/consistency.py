"""Consistency flags: what the documents, read together, disagree on or leave unplaced.

Computed on the joined records (after :mod:`.translations`), so that two documents naming one unit
are compared:

- ``parents``: a unit placed under different parents by two documents (each side with its
  document, paragraph and the words that state it);
- ``defined-twice``: a unit that two documents (not translations of each other) define
  (added by :func:`.translations.join`);
- ``post``: a reporting line to a post that heads no unit (added by the assembly);
- ``report-only``: a unit that a report names and no bulletin or decree defines.
"""

from __future__ import annotations

from .records import Extraction, Flag

QUOTE_CHARS = 240  # of a paragraph quoted in a flag


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def add_flags(ex: Extraction) -> None:
    """Append the ``parents`` and ``report-only`` flags to ``ex.flags``; fill missing quotes;
    drop repeated flags; order them by kind, then unit order."""
    kinds = {d.id: d.kind for d in ex.documents}
    text = {(p.document, p.number): p.text for p in ex.paragraphs}
    placed: dict[str, dict[str, object]] = {}
    for line in ex.lines:
        if line.primary:
            placed.setdefault(line.child, {}).setdefault(line.document, line)
    for child, by_doc in placed.items():
        lines = list(by_doc.values())
        first = lines[0]
        other = next((ln for ln in lines[1:] if ln.parent != first.parent), None)
        if other is not None:
            ex.flags.append(Flag("parents", child, first.document, first.paragraph, "",
                                 other.document, other.paragraph, "", first.parent, other.parent))
    mentioned: dict[str, tuple[str, str]] = {}
    for m in ex.mentions:
        mentioned.setdefault(m.unit, (m.document, m.paragraph))
    for u in ex.units:
        if u.document is not None and kinds.get(u.document) == "report":
            doc, par = (u.document, u.paragraph) if u.paragraph else mentioned.get(u.id, (u.document, ""))
            if par:
                ex.flags.append(Flag("report-only", u.id, doc, par))
    order = {u.id: i for i, u in enumerate(ex.units)}
    unique: dict[tuple, Flag] = {}
    for f in ex.flags:
        if not f.quote and f.paragraph:
            f.quote = _quote(text.get((f.document, f.paragraph), ""))
        if f.other_document and not f.other_quote and f.other_paragraph:
            f.other_quote = _quote(text.get((f.other_document, f.other_paragraph), ""))
        key = (f.kind, f.unit, f.document, f.paragraph, f.other_document, f.other_paragraph, f.detail)
        unique.setdefault(key, f)
    kind_rank = {"parents": 0, "defined-twice": 1, "post": 2, "report-only": 3}
    ex.flags = sorted(unique.values(), key=lambda f: (kind_rank.get(f.kind, 9), order.get(f.unit or "", -1)))
