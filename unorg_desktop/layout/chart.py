"""A whole chart from its trees: the reporting trees side by side, and one framed area per group
of unplaced units, apart from them in one band below or beside the trees (``areas.py``). No
line joins a group to anything: a group is a titled frame.

Each tree is laid out alone by the chosen engine, then moved into place, so expanding a unit in
one tree never changes the shape of another.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from .areas import Area, place_areas
from .model import Layout

TREE_GAP = 48.0  # between the reporting trees


def as_shape(tree) -> tuple[list, Mapping, dict]:
    """(roots, children, groups) of what to lay out: an ``OrgGraph.visible_tree`` result (roots,
    children, groups), a ``networkx.DiGraph`` (``graph["root"]``, else its nodes without a
    parent) or a plain mapping node -> children (its nodes that are nobody's child)."""
    if hasattr(tree, "roots") and hasattr(tree, "children") and not callable(tree.children):
        return list(tree.roots), tree.children, dict(getattr(tree, "groups", {}) or {})
    succ = getattr(tree, "_succ", None)
    if isinstance(succ, dict):  # a networkx DiGraph: its own successor dicts, no copy
        root = tree.graph.get("root")
        roots = [root] if root is not None else [n for n, d in tree.in_degree() if d == 0]
        if not roots and len(tree):
            raise ValueError("a tree needs a root: this graph has a cycle")
        return roots, succ, {}
    if isinstance(tree, Mapping):
        children_of = {c for kids in tree.values() for c in kids}
        return [n for n in tree if n not in children_of], tree, {}
    raise TypeError(f"cannot lay out a {type(tree).__name__}: pass OrgGraph.visible_tree(...) or a mapping")


def _rows(items: list[tuple[float, float]], limit: float, gap: float) -> list[tuple[float, float]]:
    """Top-left corners for boxes (w, h) in rows no wider than ``limit`` (one box at least)."""
    out, x, y, height = [], 0.0, 0.0, 0.0
    for w, h in items:
        if x > 0 and x + w > limit:
            x, y, height = 0.0, y + height + gap, 0.0
        out.append((x, y))
        x += w + gap
        height = max(height, h)
    return out


def _pack(pieces: list[Layout], gap: float, aspect: float) -> tuple[Layout, float, float]:
    """Pieces in rows towards ``aspect``; returns the merged layout and its width and height."""
    merged = Layout()
    if not pieces:
        return merged, 0.0, 0.0
    extents = [p.extent() for p in pieces]
    area = sum(w * h for _, _, w, h in extents)
    limit = max(max(w for _, _, w, _ in extents), math.sqrt(area * aspect))
    corners = _rows([(w, h) for _, _, w, h in extents], limit * 1.15, gap)
    width = height = 0.0
    for piece, (x0, y0, w, h), (x, y) in zip(pieces, extents, corners):
        piece.translate(x - x0, y - y0)
        merged.absorb(piece)
        width, height = max(width, x + w), max(height, y + h)
    return merged, width, height


def compose(roots: list, groups: Mapping, children: Mapping, sizes: Mapping, lay: Callable[[object], Layout],
            direction: str, engine: str, edge_kind: str, aspect: float, marks=()) -> Layout:
    """The whole chart: ``lay(root)`` lays out one tree; the areas of ``groups`` (their members
    and what ``children`` shows under them) go in one band below the trees or beside them,
    whichever gives a chart closer to ``aspect``; ``marks``: the nodes with a mark over their top
    edge (room is kept for it)."""
    trees = [lay(r) for r in roots]
    if len(trees) == 1 and not groups:
        return trees[0]
    forest, _, _ = _pack(trees, TREE_GAP, aspect)
    areas = [Area(g, sizes[g], members, children, sizes, marks) for g, members in groups.items()]
    place_areas(forest, areas, aspect)
    forest.direction, forest.engine, forest.edge_kind = direction, engine, edge_kind
    return forest

