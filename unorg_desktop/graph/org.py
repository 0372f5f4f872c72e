"""The reporting forest of one database: only the lines that a paragraph states (no Qt, no networkx).

A primary line is kept when the store gives it a document and a paragraph; nothing else ever
becomes a line. The units that no stated line places under another fall in two kinds:

* **roots**: the common root (no defining document) and the top of any text that organises a
  body (a bulletin, a decree): the reporting trees, drawn side by side;
* **unplaced** units, that only a report names: each report gets one *group* (an area of the chart
  titled "Named in A/66/320 — not placed by any text"), never a line. A group is not a unit of the
  database: its id starts with ``GROUP_PREFIX`` and ``OrgGraph.groups`` lists its members.

``parent()`` is where a unit sits on the chart and in the outline (its stated superior, or its
group); ``line_parent()`` and ``ancestors_path()`` follow stated lines only, so a chain never
passes through a group. Secondary lines are kept apart: drawn, never laid out.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from ..docref import doc_label
from ..store.rows import DocumentRow, LineRow, UnitRow

ROOT = "sg"
GROUP_PREFIX = "~cited:"  # not a possible unit id (ids are slugs)
GROUP_KIND = "Outside the reporting tree"
GROUP_LABEL = "Named in {document} — not placed by any text"
NAMED_ONLY_KINDS = ("report",)  # documents that name units without organising them


def is_group(node: str) -> bool:
    return node.startswith(GROUP_PREFIX)


def stated(line: LineRow) -> bool:
    """Whether a line carries the paragraph that states it (else it is never drawn)."""
    return bool(line.document) and bool(line.paragraph)


class VisibleChart:
    """What the chart shows: plain data for the layout (``roots``, ``children``, ``groups``).

    :param roots: the reporting trees shown, in order
    :param children: every shown unit with shown children -> those children, in order
    :param groups: group id -> the unplaced units shown inside it (empty when collapsed)
    """

    def __init__(self, roots: list[str], children: dict[str, list[str]],
                 groups: dict[str, list[str]] | None = None) -> None:  # a plain class: see layout.Layout
        self.roots, self.children = roots, children
        self.groups = {} if groups is None else groups

    @functools.cached_property
    def nodes(self) -> list[str]:
        """Every node with a card: the trees breadth first, then each group and its contents."""
        out = list(self.roots)
        children = self.children
        i = 0
        while i < len(out):  # the trees, breadth first
            out.extend(children.get(out[i], ()))
            i += 1
        for group, members in self.groups.items():
            out.append(group)
            start = len(out)
            out.extend(members)
            while start < len(out):
                out.extend(children.get(out[start], ()))
                start += 1
        return out

    @functools.cached_property
    def _node_set(self) -> frozenset[str]:
        return frozenset(self.nodes)

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def __contains__(self, node: object) -> bool:
        return node in self._node_set

    def __iter__(self) -> Iterator[str]:
        return iter(self.nodes)

    def __len__(self) -> int:
        return len(self.nodes)

    @property
    def edges(self) -> list[tuple[str, str]]:
        """The stated primary lines shown, (parent, child)."""
        return [(p, c) for p, kids in self.children.items() for c in kids]


class OrgGraph:
    """Units, stated primary forest, groups of unplaced units and secondary lines of one database.

    :param units: every unit (in the store's order, which children keep)
    :param lines: every reporting line; only stated ones (document and paragraph) are kept
    :param documents: the source documents
    :param group_label: the title of a group, ``{document}`` standing for the document's symbol
        (or title); the interface passes it in its own language
    """

    def __init__(self, units: Iterable[UnitRow], lines: Iterable[LineRow],
                 documents: Iterable[DocumentRow] = (), group_label: str = GROUP_LABEL,
                 group_kind: str = GROUP_KIND) -> None:
        self.units: dict[str, UnitRow] = {u.id: u for u in units}
        self.documents: dict[str, DocumentRow] = {d.id: d for d in documents}
        self.secondary: list[LineRow] = []
        self._line: dict[str, LineRow] = {}  # child -> the stated primary line placing it
        for line in lines:
            if line.child not in self.units or line.parent not in self.units or line.child == line.parent:
                continue
            if not stated(line):
                continue
            if line.primary:
                self._line.setdefault(line.child, line)
            else:
                self.secondary.append(line)
        self._break_cycles()
        self.roots: list[str] = []
        self.groups: dict[str, list[str]] = {}  # group id -> its members (unplaced units), store order
        self._group_of: dict[str, str] = {}
        self._children: dict[str, list[str]] = {u: [] for u in self.units}
        for unit_id, unit in self.units.items():  # store order: stable children order
            line = self._line.get(unit_id)
            if line is not None:
                self._children[line.parent].append(unit_id)
                continue
            doc = self.documents.get(unit.document or "")
            if doc is not None and doc.kind in NAMED_ONLY_KINDS:
                group = GROUP_PREFIX + doc.id
                self.groups.setdefault(group, []).append(unit_id)
                self._group_of[unit_id] = group
            else:
                self.roots.append(unit_id)
        # the common root (defined by no document) first, then the other roots in store order
        self.roots.sort(key=lambda u: self.units[u].document is not None)
        self.secondary = [s for s in self.secondary if self._line.get(s.child, s).parent != s.parent]
        self._group_kind = group_kind
        for group, members in self.groups.items():
            self._children[group] = members
        self.label_groups(group_label, group_kind)

    def label_groups(self, label: str = GROUP_LABEL, kind: str | None = None) -> None:
        """(Re)title the groups, e.g. in the interface's language: ``label`` with ``{document}``."""
        if kind is not None:
            self._group_kind = kind
        for group in self.groups:
            doc = self.documents[group[len(GROUP_PREFIX):]]
            name = label.replace("{document}", doc_label(doc) or doc.source_file)  # symbol or short title, never an id
            self.units[group] = UnitRow(group, name, name, self._group_kind, None, doc.id, None, True)

    @classmethod
    def from_store(cls, store, **kwargs) -> "OrgGraph":
        return cls(store.units(), store.lines(), store.documents(), **kwargs)

    @classmethod
    def from_rows(cls, units, lines, documents=(), **kwargs) -> "OrgGraph":
        return cls(units, lines, documents, **kwargs)

    def _break_cycles(self) -> None:
        """A database written by another tool could hold a primary cycle: drop the line that
        closes it (its child becomes a root or unplaced; no line is invented)."""
        state: dict[str, int] = {}
        parent = {c: ln.parent for c, ln in self._line.items()}
        for start in self.units:
            path, node = [], start
            while node in parent and state.get(node, 0) == 0:
                state[node] = 1
                path.append(node)
                node = parent[node]
            if state.get(node) == 1:  # came back onto the current path
                del parent[node]
                del self._line[node]
            for n in path:
                state[n] = 2

    # -- the forest ----------------------------------------------------------------------------
    @property
    def root(self) -> str:
        """The first root (the common root when there is one)."""
        return self.roots[0] if self.roots else ROOT

    def top_level(self) -> list[str]:
        """The outline's top rows: the roots, then the groups."""
        return [*self.roots, *self.groups]

    @functools.cached_property
    def tree(self):
        """The whole forest as a ``networkx.DiGraph`` (groups -> members included), built on
        first use: networkx loads only for the callers that want it (GraphML, analyses)."""
        import networkx as nx

        tree = nx.DiGraph()
        tree.add_nodes_from(self.units)
        tree.add_edges_from((p, c) for p, kids in self._children.items() for c in kids)
        tree.graph["root"] = self.root
        tree.graph["roots"] = list(self.roots)
        return tree

    # -- navigation ----------------------------------------------------------------------------
    def parent(self, unit_id: str) -> str | None:
        """Where ``unit_id`` sits: its stated superior, or its group; None for roots and groups."""
        line = self._line.get(unit_id)
        return line.parent if line is not None else self._group_of.get(unit_id)

    def line_parent(self, unit_id: str) -> str | None:
        """The superior that a paragraph states, or None."""
        line = self._line.get(unit_id)
        return line.parent if line is not None else None

    def primary_line(self, unit_id: str) -> LineRow | None:
        """The stated primary line placing ``unit_id`` (its document and paragraph), or None."""
        return self._line.get(unit_id)

    def group_of(self, unit_id: str) -> str | None:
        """The group holding ``unit_id`` or the unplaced unit at the top of its chain."""
        return self._group_of.get(self.ancestors_path(unit_id)[0])

    def secondary_parents(self, unit_id: str) -> list[LineRow]:
        """The secondary lines from ``unit_id`` to its other superiors ("also reports to")."""
        return self._secondary_of.get(unit_id, [])

    @functools.cached_property
    def _secondary_of(self) -> dict[str, list[LineRow]]:
        out: dict[str, list[LineRow]] = {}
        for line in self.secondary:
            out.setdefault(line.child, []).append(line)
        return out

    def children(self, unit_id: str) -> list[str]:
        return list(self._children.get(unit_id, ()))

    def has_children(self, unit_id: str) -> bool:
        return bool(self._children.get(unit_id))

    def ancestors_path(self, unit_id: str) -> list[str]:
        """The chain of stated lines from its top (a root or an unplaced unit) down to
        ``unit_id`` (both included); never a group."""
        path = [unit_id]
        line = self._line
        while path[-1] in line:
            path.append(line[path[-1]].parent)
        return path[::-1]

    def display_path(self, unit_id: str) -> list[str]:
        """From the top of the chart down to ``unit_id``: its group first when it has one
        (what must be expanded to show it)."""
        path = self.ancestors_path(unit_id)
        group = self._group_of.get(path[0])
        return [group, *path] if group is not None else path

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
        """Every node's number of descendants, in one pass (for collapsed-card badges)."""
        counts = dict.fromkeys(self.units, 0)
        order = [n for top in self.top_level() for n in self.subtree(top)]
        for node in reversed(order):
            parent = self.parent(node)
            if parent is not None:
                counts[parent] += counts[node] + 1
        return counts

    def default_expanded(self, levels: int = 2) -> set[str]:
        """The units whose children show on the first screen: the top ``levels`` levels of every
        root (groups start collapsed)."""
        return {n for root in self.roots for n in self.subtree(root, levels - 1) if self.has_children(n)}

    def every_node(self) -> set[str]:
        """Every unit and group: pass it as ``expanded`` to show the whole chart."""
        return set(self.units)

    def visible_tree(self, expanded: set[str], root: str | None = None,
                     depth: int | None = None) -> VisibleChart:
        """The chart shown when only the ``expanded`` nodes show their children.

        :param root: show only this unit's subtree (or this group) instead of the whole chart
        :param depth: levels below the top to show, whatever ``expanded`` says
        Children keep the store order, so layouts are deterministic.
        """
        if root is not None:
            tops, groups = ([], {root: []}) if is_group(root) else ([root], {})
        else:
            tops, groups = list(self.roots), {g: [] for g in self.groups}
        children: dict[str, list[str]] = {}

        def grow(frontier: list[str], level: int) -> None:
            while frontier and (depth is None or level < depth):
                nxt = []
                for node in frontier:
                    if node not in expanded and depth is None:
                        continue
                    kids = self._children.get(node)
                    if kids:
                        children[node] = list(kids)
                        nxt.extend(kids)
                frontier, level = nxt, level + 1

        grow(tops, 0)
        for group in groups:
            if (group in expanded and depth is None) or (depth is not None and depth > 0):
                members = list(self.groups.get(group, ()))
                groups[group] = members
                grow(members, 1)
        return VisibleChart(tops, children, groups)

    def secondary_between(self, nodes: Iterable[str]) -> list[LineRow]:
        """The secondary lines whose two ends are both in ``nodes``."""
        keep = set(nodes)
        return [s for s in self.secondary if s.child in keep and s.parent in keep]

    def document_label(self, document_id: str | None) -> str:
        """A document as lines cite it: its symbol, else its id."""
        doc = self.documents.get(document_id or "")
        if doc is None:
            return document_id or ""
        return doc.symbol or doc.id

    def caption(self, nodes: Iterable[str], prefix: str = "Sources: ") -> str:
        """"Sources: ST/SGB/2010/1 (title, date); …" for the documents behind ``nodes`` (their
        definitions and the lines placing them)."""
        used: set[str] = set()
        for n in nodes:
            unit = self.units.get(n)
            if unit is not None and unit.document and not is_group(n):
                used.add(unit.document)
            line = self._line.get(n)
            if line is not None:
                used.add(line.document)
        docs = [self.documents[d] for d in sorted(used) if d in self.documents]
        if not docs:
            return ""

        def one(d: DocumentRow) -> str:
            extra = ", ".join(x for x in (d.title if d.symbol else "", d.date) if x)
            head = d.symbol or d.title or d.id
            return f"{head} ({extra})" if extra else head

        return prefix + "; ".join(one(d) for d in docs)
