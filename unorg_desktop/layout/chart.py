"""A whole chart from its trees: the reporting trees side by side, and one framed area per group
of unplaced units, apart from them: fitted under the trees' ragged bottom, below or beside them,
wherever the chart stays smallest for a page of the layout's aspect. No line joins a group to
anything: a group is a titled frame.

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
SKY_BIN = 16.0  # resolution of the chart's bottom outline when areas are fitted under it


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


def _masonry(extents: list, gap: float, count: int) -> tuple[list, list[float], float, float]:
    """Pieces in ``count`` columns, each next one in the shortest: (column and top of each,
    column widths, width, height)."""
    widths, heights, where = [0.0] * count, [0.0] * count, []
    for _, _, w, h in extents:
        col = heights.index(min(heights))
        where.append((col, heights[col]))
        heights[col] += h + gap
        widths[col] = max(widths[col], w)
    return where, widths, sum(widths) + gap * (count - 1), max(heights) - gap


class _Area:
    """A group's area, its units in a masonry of a chosen number of columns, a frame around."""

    def __init__(self, group, header: tuple[float, float], members: list[Layout]) -> None:
        self.group, self.header, self.members = group, header, members
        self.extents = [m.extent() for m in members]

    def size(self, count: int) -> tuple[float, float]:
        hw, hh = self.header
        if not self.members:
            return hw + 2 * FRAME_PAD, hh + 2 * FRAME_PAD
        _, _, w, h = _masonry(self.extents, MEMBER_GAP, count)
        return max(hw, w) + 2 * FRAME_PAD, hh + HEADER_GAP + h + 2 * FRAME_PAD

    def counts(self) -> range:
        return range(1, max(1, len(self.members)) + 1)

    def build(self, count: int) -> Layout:
        body = Layout()
        hw, hh = self.header
        top = FRAME_PAD + hh + (HEADER_GAP if self.members else 0.0)
        if self.members:
            where, widths, _, _ = _masonry(self.extents, MEMBER_GAP, count)
            lefts = [sum(widths[:i]) + MEMBER_GAP * i for i in range(len(widths))]
            for piece, (x0, y0, _, _), (col, y) in zip(self.members, self.extents, where):
                piece.translate(FRAME_PAD + lefts[col] - x0, top + y - y0)
                body.absorb(piece)
        w, h = self.size(count)
        body.boxes[self.group] = (FRAME_PAD, FRAME_PAD, hw, hh)
        body.frames[self.group] = (0.0, 0.0, w, h)
        return body


class _Skyline:
    """The lowest point of the chart drawn so far, in bins across: an area goes under it (in the
    room a ragged tree leaves at its bottom) or beside it, never over a card or a line."""

    def __init__(self, layout: Layout, x0: float) -> None:
        self.x0, self.bins = x0, []
        for x, y, w, h in list(layout.boxes.values()) + list(layout.frames.values()):
            self.add(x, y + h, w)
        for route in layout.edges.values():
            for (ax, ay), (bx, by) in zip(route, route[1:]):
                self.add(min(ax, bx), max(ay, by), abs(bx - ax))

    def _range(self, x: float, w: float) -> range:
        return range(max(0, int((x - self.x0) // SKY_BIN)), max(0, int((x + w - self.x0) // SKY_BIN)) + 1)

    def add(self, x: float, bottom: float, w: float) -> None:
        r = self._range(x, w)
        if r.stop > len(self.bins):
            self.bins.extend([None] * (r.stop - len(self.bins)))
        for i in r:
            if self.bins[i] is None or bottom > self.bins[i]:
                self.bins[i] = bottom

    def top(self, x: float, w: float) -> float | None:
        """Where something ``w`` wide at ``x`` may start (None: nothing above it)."""
        found = None
        for i in self._range(x - AREA_GAP, w + 2 * AREA_GAP):
            if i < len(self.bins) and self.bins[i] is not None and (found is None or self.bins[i] > found):
                found = self.bins[i]
        return found


def _place_areas(forest: Layout, areas: list[_Area], aspect: float) -> None:
    """Each area where the chart stays smallest for a page of ``aspect``: under the trees' ragged
    bottom, below them or beside them, in as many columns as suit it."""
    if forest.boxes:
        x0, y0, fw, fh = forest.extent()
    else:
        x0 = y0 = fw = fh = 0.0
    sky = _Skyline(forest, x0)
    right, bottom = x0 + fw, y0 + fh
    root_a = math.sqrt(aspect)
    for area in areas:
        best = None
        for count in area.counts():
            w, h = area.size(count)
            xs = [x0 + i * SKY_BIN * 4 for i in range(int(max(fw - w, 0.0) // (SKY_BIN * 4)) + 1)]
            xs.append(right + AREA_GAP if forest.boxes else x0)  # beside everything so far
            for x in xs:
                above = sky.top(x, w)
                y = y0 if above is None else above + AREA_GAP
                side = max((max(right, x + w) - x0) / root_a, (max(bottom, y + h) - y0) * root_a)
                key = (round(side, 3), y, x, count)
                if best is None or key < best[0]:
                    best = (key, x, y, count, w, h)
            if len(area.members) > 1 and w > 2 * max(fw, h):
                break  # wider still only gets worse
        _, x, y, count, w, h = best
        placed = area.build(count)
        placed.translate(x, y)
        forest.absorb(placed)
        sky.add(x, y + h, w)
        right, bottom = max(right, x + w), max(bottom, y + h)


def compose(roots: list, groups: Mapping, sizes: Mapping, lay: Callable[[object], Layout],
            direction: str, engine: str, edge_kind: str, aspect: float) -> Layout:
    """The whole chart: ``lay(root)`` lays out one tree; areas go below the trees or beside them,
    whichever gives a chart closer to ``aspect``."""
    trees = [lay(r) for r in roots]
    if len(trees) == 1 and not groups:
        return trees[0]
    forest, _, _ = _pack(trees, TREE_GAP, aspect)
    _place_areas(forest, [_Area(g, sizes[g], [lay(m) for m in members]) for g, members in groups.items()],
                 aspect)
    forest.direction, forest.engine, forest.edge_kind = direction, engine, edge_kind
    return forest

