"""A whole chart from its trees: the reporting trees side by side, and one framed area per group
of unplaced units, apart from them (below or beside, whichever keeps the chart closer to a
landscape page). No line joins a group to anything: a group is a titled frame.

Each tree is laid out alone by the chosen engine, then moved into place, so expanding a unit in
one tree or area never changes the shape of another.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from .model import Layout

TREE_GAP = 48.0  # between the reporting trees
AREA_GAP = 72.0  # between the trees and the areas, and between areas
FRAME_PAD = 14.0  # inside an area's frame
HEADER_GAP = 18.0  # under an area's header card
MEMBER_GAP = 16.0  # between the units of an area


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


def _columns(pieces: list[Layout], gap: float, aspect: float) -> tuple[Layout, float, float]:
    """Pieces in columns (each next one in the shortest column: a masonry, no lines to keep
    free), as many columns as bring the whole closest to ``aspect``."""
    merged = Layout()
    if not pieces:
        return merged, 0.0, 0.0
    extents = [p.extent() for p in pieces]
    best = None
    for count in range(1, len(pieces) + 1):
        widths, heights, where = [0.0] * count, [0.0] * count, []
        for _, _, w, h in extents:
            col = heights.index(min(heights))
            where.append((col, heights[col]))
            heights[col] += h + gap
            widths[col] = max(widths[col], w)
        width = sum(widths) + gap * (count - 1)
        height = max(heights) - gap
        side = max(width / math.sqrt(aspect), height * math.sqrt(aspect))
        if best is None or side < best[0]:
            best = (side, widths, where, width, height)
        if width > height * aspect * 2:
            break  # wider still only gets worse
    _, widths, where, width, height = best
    lefts = [sum(widths[:i]) + gap * i for i in range(len(widths))]
    for piece, (x0, y0, _, _), (col, y) in zip(pieces, extents, where):
        piece.translate(lefts[col] - x0, y - y0)
        merged.absorb(piece)
    return merged, width, height


def _area(group, header: tuple[float, float], members: list[Layout], aspect: float) -> Layout:
    """An area: the group's header card at the top left, its units in columns under it, a frame."""
    hw, hh = header
    body, bw, bh = _columns(members, MEMBER_GAP, aspect)
    top = FRAME_PAD + hh + (HEADER_GAP if members else 0.0)
    body.translate(FRAME_PAD, top)
    body.boxes[group] = (FRAME_PAD, FRAME_PAD, hw, hh)
    body.frames[group] = (0.0, 0.0, max(hw, bw) + 2 * FRAME_PAD, top + bh + FRAME_PAD)
    return body


def compose(roots: list, groups: Mapping, sizes: Mapping, lay: Callable[[object], Layout],
            direction: str, engine: str, edge_kind: str, aspect: float) -> Layout:
    """The whole chart: ``lay(root)`` lays out one tree; areas go below the trees or beside them,
    whichever gives a chart closer to ``aspect``."""
    trees = [lay(r) for r in roots]
    if len(trees) == 1 and not groups:
        return trees[0]
    forest, fw, fh = _pack(trees, TREE_GAP, aspect)
    areas = [_area(g, sizes[g], [lay(m) for m in members], aspect) for g, members in groups.items()]
    if areas:
        sizes_ = [(a.frames[g][2], a.frames[g][3]) for a, g in zip(areas, groups)]
        below = _rows(sizes_, max(fw, max(w for w, _ in sizes_)), AREA_GAP)
        beside = _rows(sizes_, max(w for w, _ in sizes_), AREA_GAP)  # one column

        def extent(corners: list[tuple[float, float]], dx: float, dy: float) -> tuple[float, float]:
            w = max([fw] + [dx + x + s[0] for (x, _), s in zip(corners, sizes_)])
            h = max([fh] + [dy + y + s[1] for (_, y), s in zip(corners, sizes_)])
            return w, h

        options = []
        for corners, dx, dy in ((below, 0.0, fh + AREA_GAP if trees else 0.0),
                                (beside, fw + AREA_GAP if trees else 0.0, 0.0)):
            w, h = extent(corners, dx, dy)
            options.append((abs(math.log(max(w, 1.0) / max(h, 1.0) / aspect)), corners, dx, dy))
        _, corners, dx, dy = min(options, key=lambda o: o[0])
        for area, (x, y) in zip(areas, corners):
            area.translate(dx + x, dy + y)
            forest.absorb(area)
    forest.direction, forest.engine, forest.edge_kind = direction, engine, edge_kind
    return forest

