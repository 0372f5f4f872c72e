"""The reporting tree as a networkx graph, built from a :class:`~unorg_desktop.store.Store`.

No Qt here. Primary lines form a tree rooted at the common root ``"sg"``. A unit that a report
only names, without saying where it sits, has no parent in the database; the chart gathers such
units under one *group* card per report ("Entités citées dans A/66/320"), collapsed at first, so
the root's own row stays readable and nothing suggests they report to the Secretary-General. Any
other unit without a parent hangs under the root. Groups are not units of the database: their ids
start with ``GROUP_PREFIX`` and ``OrgGraph.groups`` lists them. Secondary (dual) lines are kept
apart: they are drawn, never laid out, so they cannot move the tree.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
from collections.abc import Iterable

import networkx as nx

from .atomic import write_atomic
from .store.rows import DocumentRow, LineRow, UnitRow

ROOT = "sg"
GROUP_PREFIX = "~cited:"  # not a possible unit id (ids are slugs)
GROUP_KIND = "Entités citées"


def is_group(node: str) -> bool:
    return node.startswith(GROUP_PREFIX)


class OrgGraph:
    """Units, primary tree and secondary lines of one database.

    :param units: every unit, the root included (in the store's order, which children keep)
    :param lines: every reporting line
    :param documents: the source documents
    """

    def __init__(self, units: Iterable[UnitRow], lines: Iterable[LineRow],
                 documents: Iterable[DocumentRow] = ()) -> None:
        self.units: dict[str, UnitRow] = {u.id: u for u in units}
        self.documents: dict[str, DocumentRow] = {d.id: d for d in documents}
        self.root = ROOT if ROOT in self.units else next(iter(self.units), ROOT)
        self.secondary: list[LineRow] = []
        self._parent: dict[str, str] = {}
        for line in lines:
            if line.child not in self.units or line.parent not in self.units:
                continue
            if line.primary and line.child not in self._parent and line.child != self.root:
                self._parent[line.child] = line.parent
            elif not line.primary:
                self.secondary.append(line)
        self.groups: dict[str, list[str]] = {}  # group id -> its members, in store order
        for unit_id in list(self.units):  # orphans go to their report's group, or to the root
            if unit_id == self.root or unit_id in self._parent:
                continue
            doc = self.documents.get(self.units[unit_id].document or "")
            if doc is not None and doc.kind == "report":
                group = self._group(doc)
                self.groups[group].append(unit_id)
                self._parent[unit_id] = group
            else:
                self._parent[unit_id] = self.root
        self._break_cycles()
        self._children: dict[str, list[str]] = {u: [] for u in self.units}
        for unit_id in self.units:  # store order: stable children order
            parent = self._parent.get(unit_id)
            if parent is not None:
                self._children[parent].append(unit_id)

    @functools.cached_property
    def tree(self) -> nx.DiGraph:
        """The whole primary tree, parent -> child, built on first use: the chart only needs
        ``visible_tree``, and networkx takes ~0.5 s to add 100,000 nodes and edges."""
        tree = nx.DiGraph()
        tree.add_nodes_from(self.units)
        tree.add_edges_from((p, c) for p, kids in self._children.items() for c in kids)
        tree.graph["root"] = self.root
        return tree

    def _group(self, doc: DocumentRow) -> str:
        group = GROUP_PREFIX + doc.id
        if group not in self.groups:
            self.groups[group] = []
            label = doc.symbol or doc.title or doc.source_file
            name = f"Entités citées dans {label}"
            self.units[group] = UnitRow(group, name, name, GROUP_KIND, None, doc.id, None, True)
            self._parent[group] = self.root
        return group

    @classmethod
    def from_store(cls, store) -> "OrgGraph":
        return cls(store.units(), store.lines(), store.documents())

    @classmethod
    def from_rows(cls, units, lines, documents=()) -> "OrgGraph":
        return cls(units, lines, documents)

    def _break_cycles(self) -> None:
        """A database written by another tool could hold a primary cycle; hang it under the root."""
        state: dict[str, int] = {}
        for start in self.units:
            path, node = [], start
            while node in self._parent and state.get(node, 0) == 0:
                state[node] = 1
                path.append(node)
                node = self._parent[node]
            if state.get(node) == 1:  # came back onto the current path
                self._parent[node] = self.root if node != self.root else self._parent.pop(node)
            for n in path:
                state[n] = 2

    # -- navigation ----------------------------------------------------------------------------
    def parent(self, unit_id: str) -> str | None:
        return self._parent.get(unit_id)

    def children(self, unit_id: str) -> list[str]:
        return list(self._children.get(unit_id, ()))

    def has_children(self, unit_id: str) -> bool:
        return bool(self._children.get(unit_id))

    def ancestors_path(self, unit_id: str) -> list[str]:
        """From the root down to ``unit_id`` (both included)."""
        path = [unit_id]
        while path[-1] in self._parent:
            path.append(self._parent[path[-1]])
        return path[::-1]

    def depth(self, unit_id: str) -> int:
        return len(self.ancestors_path(unit_id)) - 1

    def subtree(self, unit_id: str, depth: int | None = None) -> list[str]:
        """``unit_id`` and its descendants down to ``depth`` levels, breadth first (no recursion)."""
        out, frontier, level = [unit_id], [unit_id], 0
        while frontier and (depth is None or level < depth):
            frontier = [c for n in frontier for c in self._children.get(n, ())]
            out.extend(frontier)
            level += 1
        return out

    def descendant_count(self, unit_id: str) -> int:
        return len(self.subtree(unit_id)) - 1

    def descendant_counts(self) -> dict[str, int]:
        """Every unit's number of descendants, in one pass (for collapsed-card badges)."""
        counts = dict.fromkeys(self.units, 0)
        for node in reversed(self.subtree(self.root)):
            parent = self._parent.get(node)
            if parent is not None:
                counts[parent] += counts[node] + 1
        return counts

    def default_expanded(self, levels: int = 2) -> set[str]:
        """The units whose children show on the first screen: the top ``levels`` levels
        (groups of cited entities start collapsed)."""
        return {n for n in self.subtree(self.root, levels - 1) if self.has_children(n) and not is_group(n)}

    def visible_tree(self, expanded: set[str], root: str | None = None,
                     depth: int | None = None) -> nx.DiGraph:
        """The tree shown when only the ``expanded`` units show their children.

        Node order follows the store order, so layouts are deterministic.
        """
        top = root or self.root
        shown = nx.DiGraph()
        shown.add_node(top)
        frontier, level = [top], 0
        edges: list[tuple[str, str]] = []
        while frontier and (depth is None or level < depth):
            nxt = []
            for node in frontier:
                if node not in expanded and depth is None:
                    continue
                kids = self._children.get(node, ())
                edges.extend((node, child) for child in kids)
                nxt.extend(kids)
            frontier, level = nxt, level + 1
        shown.add_edges_from(edges)  # one networkx call: half the time of an add_edge per child
        shown.graph["root"] = top
        return shown

    def secondary_between(self, nodes: Iterable[str]) -> list[LineRow]:
        """The secondary lines whose two ends are both in ``nodes``."""
        keep = set(nodes)
        return [s for s in self.secondary if s.child in keep and s.parent in keep]


# -- data export -----------------------------------------------------------------------------
EXPORT_FORMATS = ("csv", "json", "graphml")


def _records(graph: OrgGraph, nodes: list[str]) -> list[dict]:
    out = []
    for n in nodes:
        u = graph.units[n]
        doc = graph.documents.get(u.document or "")
        out.append({"id": u.id, "name": u.name, "display_name": u.display_name, "kind": u.kind,
                    "head": u.head or "", "parent": graph.parent(n) or "",
                    "document": (doc.symbol or doc.id) if doc else "", "paragraph": u.paragraph or ""})
    return out


def _export_text(graph: OrgGraph, nodes: list[str], fmt: str) -> bytes:
    rows = _records(graph, nodes)
    keep = set(nodes)
    secondary = [{"child": s.child, "parent": s.parent, "document": s.document, "paragraph": s.paragraph}
                 for s in graph.secondary if s.child in keep and s.parent in keep]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) + ["secondary_parents"] if rows else ["id"])
        writer.writeheader()
        extra: dict[str, list[str]] = {}
        for s in secondary:
            extra.setdefault(s["child"], []).append(s["parent"])
        for row in rows:
            writer.writerow({**row, "secondary_parents": ";".join(extra.get(row["id"], []))})
        return buf.getvalue().encode("utf-8")
    if fmt == "json":
        return (json.dumps({"units": rows, "secondary": secondary}, ensure_ascii=False, indent=2) + "\n").encode()
    g = nx.DiGraph()
    for row in rows:
        g.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
    for row in rows:
        if row["parent"] in keep:
            g.add_edge(row["parent"], row["id"], primary=True, document="", paragraph="")
    for s in secondary:
        g.add_edge(s["parent"], s["child"], primary=False, document=s["document"], paragraph=s["paragraph"])
    return "\n".join(nx.generate_graphml(g, prettyprint=True)).encode("utf-8")


def export_data(graph: OrgGraph, nodes: Iterable[str], fmt: str, path: str | os.PathLike[str]) -> None:
    """Write the given units (and the lines between them) as CSV, JSON or GraphML (yEd, Gephi)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown data format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    write_atomic(path, _export_text(graph, [n for n in nodes if n in graph.units], fmt))
