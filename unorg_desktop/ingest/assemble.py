"""Turn resolved drafts and report entities into the records the store keeps.

Gives every unit a stable id (a slug of its name, disambiguated by its
parent), a display name that tells apart offices of the same name, and one
record per fact with its document and paragraph.
"""

from __future__ import annotations

import re

from .citations import footnote_markers, symbols_in
from .drafts import Draft, Registry
from .forest import Forest
from .lang import DEFAULT, pack_for
from .records import (
    UN_ROOT as ROOT,
    Attribution,
    Citation,
    Extraction,
    Flag,
    Mention,
    Paragraph,
    ReportingLine,
    Unit,
)
from .resolve import Resolver
from .text import fold


def root_unit(sources) -> Unit:
    """The Secretary-General, named in the default language when a document is in it (else
    in the first document's), with the other documents' languages' names as aliases."""
    languages = list(dict.fromkeys(src.document.language for src in sources
                                   if src.structure.kind != "decree")) or [DEFAULT]
    main = DEFAULT if DEFAULT in languages else languages[0]
    name = pack_for(main).names.root_name
    aliases = [pack_for(code).names.root_name for code in languages if code != main]
    names = {code: pack_for(code).names.root_name for code in [main, *languages]}  # its name in each
    return Unit(ROOT, name, name, name, None, None, None, [a for a in aliases if a != name], names=names,
                kinds=dict(names))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:80] or "unit"


def _paragraph_records(sources) -> list[Paragraph]:
    out: list[Paragraph] = []
    for src in sources:
        seen: dict[str, int] = {}
        seq = 0
        for block in src.structure.blocks:
            if block.kind not in ("paragraph", "footnote"):
                continue
            number = block.number
            if number in seen:  # a repeated label: keep both, tell them apart
                seen[number] += 1
                number = f"{number} ({seen[number]})"
                block.number = number
            else:
                seen[number] = 1
            out.append(Paragraph(src.document.id, number, block.section, block.heading, block.text, seq))
            seq += 1
    return out


def _citations(sources) -> list[Citation]:
    out: list[Citation] = []
    for src in sources:
        notes = {b.number[5:]: b for b in src.structure.blocks if b.kind == "footnote"}
        cited_by: dict[str, str] = {}
        for block in src.structure.blocks:
            if block.kind == "paragraph":
                for marker in footnote_markers(block.text):
                    if marker in notes:
                        cited_by.setdefault(marker, block.number)
        pack = pack_for(src.document.language)
        for block in src.structure.blocks:
            if block.kind not in ("paragraph", "footnote"):
                continue
            number = block.number
            if block.kind == "footnote":
                number = cited_by.get(block.number[5:], block.number)
            for sym in symbols_in(block.text, pack):
                out.append(Citation(sym, src.document.id, number))
    # one citation per (symbol, document, paragraph)
    unique: dict[tuple[str, str, str], Citation] = {}
    for c in out:
        unique.setdefault((c.symbol, c.document, c.paragraph), c)
    return list(unique.values())


def assemble(sources, bulletins: list[Registry], reports) -> Extraction:
    ex = Extraction()
    ex.documents = [src.document for src in sources]
    ex.paragraphs = _paragraph_records(sources)
    ex.citations = _citations(sources)

    resolver = Resolver(bulletins)
    resolver.transfer_posts()
    primary, secondary = resolver.links()
    ex.warnings.extend(resolver.warnings)

    units = resolver.units
    parent_of = {id(link.child): link.parent for link in primary}
    ids = _assign_ids(units, parent_of)
    names = _display_names(units, parent_of)

    if any(src.structure.kind != "decree" for src in sources):
        ex.units.append(root_unit(sources))  # (a decree's body is a root of its own)
    for d in units:
        ex.units.append(
            Unit(ids[id(d)], d.name, names[id(d)], d.kind, d.head, d.document, d.paragraph or None,
                 list(d.aliases), d.collective)
        )
    for owner, document, paragraph, post in resolver.unplaced_posts:
        unit = ids.get(id(owner)) if owner is not None else None
        ex.flags.append(Flag("post", unit, document, paragraph, detail=post))
    for link in primary:
        parent = ROOT if link.parent is None else ids[id(link.parent)]
        ex.lines.append(ReportingLine(ids[id(link.child)], parent, True, link.child.document,
                                      link.paragraph or link.child.paragraph, link.evidence))
    for link in secondary:
        ex.lines.append(ReportingLine(ids[id(link.child)], ids[id(link.parent)], False, link.child.document,
                                      link.paragraph, link.evidence))
    for d in units:
        seen = set()
        for paragraph, item, text in d.attributions:
            if (paragraph, item) in seen:
                continue
            seen.add((paragraph, item))
            ex.attributions.append(Attribution(ids[id(d)], d.document, paragraph, item, text))

    lexicon = [(ids[id(d)], d.name, list(d.aliases), d.kind) for d in units]
    for reader in reports:
        result = reader.read(lexicon)
        _add_report(ex, result, ids.values())
        lexicon = [(u.id, u.name, list(u.aliases), u.kind) for u in ex.units if u.id != ROOT]
    _check_provenance(ex)
    ex.warnings = _located(ex.warnings, sources) + [
        f"{src.document.source_file}:{w[len('line '):]}" for src in sources for w in src.structure.warnings
    ]
    return ex


def _assign_ids(units: list[Draft], parent_of) -> dict[int, str]:
    ids: dict[int, str] = {}
    taken: set[str] = {ROOT}
    for d in units:
        base = slug(d.name)
        candidate = base
        if candidate in taken:
            parent = parent_of.get(id(d))
            candidate = f"{base}--{slug(parent.name) if parent else d.document}"
        n = 2
        while candidate in taken:
            candidate = f"{base}-{n}"
            n += 1
        taken.add(candidate)
        ids[id(d)] = candidate
    return ids


def _display_names(units: list[Draft], parent_of) -> dict[int, str]:
    count: dict[str, int] = {}
    for d in units:
        count[fold(d.name)] = count.get(fold(d.name), 0) + 1
    out = {}
    for d in units:
        parent = parent_of.get(id(d))
        if count[fold(d.name)] > 1 and parent is not None:
            out[id(d)] = f"{d.name} ({parent.name})"
        else:
            out[id(d)] = d.name
    return out


def _add_report(ex: Extraction, result, existing_ids) -> None:
    taken = {u.id for u in ex.units}
    for entity in result.new_units:
        uid = slug(entity.name)
        n = 2
        while uid in taken:
            uid = f"{slug(entity.name)}-{n}"
            n += 1
        taken.add(uid)
        entity.id = uid
        ex.units.append(Unit(uid, entity.name, entity.name, entity.kind, None, result.document,
                             entity.paragraphs[0] if entity.paragraphs else None, list(entity.aliases),
                             entity.collective))
    known = {u.id: u for u in ex.units}
    for entity in result.known_units:
        unit = known.get(entity.id)
        if unit is not None:
            for alias in entity.aliases:
                if fold(alias) != fold(unit.name) and all(fold(alias) != fold(a) for a in unit.aliases):
                    unit.aliases.append(alias)
    for entity in result.new_units + result.known_units:
        for paragraph in entity.paragraphs:
            ex.mentions.append(Mention(entity.id, result.document, paragraph))
    forest = Forest()
    for line in ex.lines:
        if line.primary:
            forest.add(line.child, line.parent)
    primary_of = {line.child for line in ex.lines if line.primary}
    for child, parent, paragraph, evidence in result.relations:
        if forest.closes_cycle(child.id, parent.id):
            # the report places the unit under one of its own parts (damaged or odd prose)
            ex.warnings.append(f"{result.document}: par. {paragraph}: reporting cycle between "
                               f"'{child.name}' and '{parent.name}'; the line closing it is ignored")
            continue
        primary = child.id not in primary_of
        if primary:
            primary_of.add(child.id)
            forest.add(child.id, parent.id)
        ex.lines.append(ReportingLine(child.id, parent.id, primary, result.document, paragraph, evidence))
    # A unit a report only names gets no parent: the text does not say where it sits (many are
    # not even in the Secretariat). The chart hangs such units under the root for display only.
    ex.warnings.extend(result.warnings)


_WARNING_PLACE = re.compile(r"^(?P<doc>[^:\s]+): par\. (?P<par>[^:]+): ")


def _located(warnings: list[str], sources) -> list[str]:
    """'004: par. 6.9: …' -> '004_dpko.txt:412: par. 6.9: …', so a warning names file and line."""
    files = {src.document.id: src.document.source_file for src in sources}
    lines = {(src.document.id, b.number): src.locate(b.line) for src in sources for b in src.structure.blocks
             if b.kind in ("paragraph", "footnote") and b.line}
    out = []
    for warning in warnings:
        m = _WARNING_PLACE.match(warning)
        if m and m["doc"] in files:
            line = lines.get((m["doc"], m["par"]))
            where = files[m["doc"]] + (f":{line}" if line else "")
            warning = f"{where}: par. {m['par']}: {warning[m.end():]}"
        out.append(warning)
    return out


def _check_provenance(ex: Extraction) -> None:
    """Every fact must point at a paragraph that exists; drop (and report) the rest."""
    known = {(p.document, p.number) for p in ex.paragraphs}
    for unit in ex.units:
        if unit.document is not None and (unit.document, unit.paragraph) not in known:
            unit.paragraph = None
    good_lines = []
    for line in ex.lines:
        if (line.document, line.paragraph) not in known:
            ex.warnings.append(f"{line.document}: line {line.child} -> {line.parent} has no paragraph")
            line.paragraph = next((p.number for p in ex.paragraphs if p.document == line.document), "")
        good_lines.append(line)
    ex.lines = good_lines
