"""The data of a chart (units, stated lines with their paragraph, groups) as JSON, CSV or GraphML.

One record shape for the three formats (``chart_data``): every line names the document (its
symbol, or its id when it has none) and the paragraph that states it; a unit that no text
places has no line, only its group. Files are written atomically.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable

from ..atomic import write_atomic
from .org import OrgGraph, is_group

EXPORT_FORMATS = ("csv", "json", "graphml")


def chart_data(graph: OrgGraph, nodes: Iterable[str], caption: str | None = None) -> dict:
    """``{"caption", "units", "lines", "groups"}`` for the chart showing ``nodes`` (groups included
    or not: a group is listed when any of its members is)."""
    keep = [n for n in dict.fromkeys(nodes) if n in graph.units]
    keep_set = set(keep)
    units = [n for n in keep if not is_group(n)]
    label = graph.document_label
    records, lines = [], []
    for n in units:
        u = graph.units[n]
        line = graph.primary_line(n)
        parent = line.parent if line is not None and line.parent in keep_set else ""
        records.append({"id": u.id, "name": u.name, "display_name": u.display_name, "kind": u.kind,
                        "head": u.head or "", "document": label(u.document) if u.document else "",
                        "paragraph": u.paragraph or "", "parent": parent, "group": graph.group_of(n) or ""})
        if parent:
            lines.append({"parent": parent, "child": n, "primary": True, "document": label(line.document),
                          "paragraph": line.paragraph})
    for s in graph.secondary_between(keep_set):
        lines.append({"parent": s.parent, "child": s.child, "primary": False, "document": label(s.document),
                      "paragraph": s.paragraph})
    groups = []
    for group, members in graph.groups.items():
        shown = [m for m in members if m in keep_set]
        if shown or group in keep_set:
            groups.append({"id": group, "label": graph.units[group].name,
                           "document": label(graph.units[group].document), "members": shown})
    return {"caption": graph.caption(units) if caption is None else caption, "units": records, "lines": lines,
            "groups": groups}


def _csv(data: dict) -> bytes:
    """One row per unit: its primary line's document and paragraph beside its parent, secondary
    superiors as ``id (document, paragraph)`` separated by ``;``."""
    primary = {ln["child"]: ln for ln in data["lines"] if ln["primary"]}
    secondary: dict[str, list[str]] = {}
    for ln in data["lines"]:
        if not ln["primary"]:
            secondary.setdefault(ln["child"], []).append(f"{ln['parent']} ({ln['document']}, {ln['paragraph']})")
    fields = ["id", "name", "display_name", "kind", "head", "document", "paragraph", "parent", "line_document",
              "line_paragraph", "group", "secondary_parents"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields)
    writer.writeheader()
    for row in data["units"]:
        line = primary.get(row["id"])
        writer.writerow({**row, "line_document": line["document"] if line else "",
                         "line_paragraph": line["paragraph"] if line else "",
                         "secondary_parents": "; ".join(secondary.get(row["id"], []))})
    return buf.getvalue().encode("utf-8")


def _graphml(data: dict) -> bytes:
    import networkx as nx  # only this export needs it

    g = nx.DiGraph()
    g.graph["caption"] = data["caption"]
    for row in data["units"]:
        g.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
    for ln in data["lines"]:
        g.add_edge(ln["parent"], ln["child"], primary=ln["primary"], document=ln["document"],
                   paragraph=ln["paragraph"])
    return "\n".join(nx.generate_graphml(g, prettyprint=True)).encode("utf-8")


def export_bytes(graph: OrgGraph, nodes: Iterable[str], fmt: str, caption: str | None = None) -> bytes:
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown data format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    data = chart_data(graph, nodes, caption)
    if fmt == "json":
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return _csv(data) if fmt == "csv" else _graphml(data)


def export_data(graph: OrgGraph, nodes: Iterable[str], fmt: str, path: str | os.PathLike[str],
                caption: str | None = None) -> None:
    """Write the given units (and the stated lines between them) as CSV, JSON or GraphML."""
    write_atomic(path, export_bytes(graph, nodes, fmt, caption))
