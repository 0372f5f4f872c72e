"""The areas of units that no text places (no Qt): one framed area per group, all of them in one
band below the reporting trees or beside them.

Inside an area the units are an outline: each member, then the shown units under it indented
one step per level (a short orthogonal line from the parent's side down to each child, the
lines a text states), a member and its descendants never split. The outline is cut into
columns of about equal height, read top to bottom then left to right; the group's heading sits
at the top of the frame. The caller gives the sizes (the chart draws these units as compact,
name-only entries); any sizes work.

The band: the areas side by side under the trees, all about one height, each in as many
columns as that height needs; or stacked beside the trees, all about one width. The band is
chosen, with its columns, so that the whole chart fits the largest drawing on a page of the
layout's aspect. Every area is placed the same way whatever room the trees leave: readers
find them in one place.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .model import Layout

INDENT = 16.0  # one level of the outline
ENTRY_GAP = 3.0  # between entries of a column
BLOCK_GAP = 7.0  # between members (a member and its descendants)
COLUMN_GAP = 16.0  # between the columns of an area
FRAME_PAD = 10.0  # inside an area's frame
HEADER_GAP = 16.0  # under an area's heading (room for its +/- button)
TOGGLE_ROOM = 12.0  # under the heading of a closed area: its +/- button
MARK_ROOM = 13.0  # above an entry that carries a mark on its top edge ("also reports to")
AREA_GAP = 24.0  # between areas
BAND_GAP = 48.0  # between the trees and the band of areas
MAX_COLUMNS = 48  # an area is cut into at most this many columns
BISECTIONS = 24  # steps of the search for the lowest column height for a number of columns


def page_side(width: float, height: float, aspect: float) -> float:
    """The side of the smallest page of shape ``aspect`` (width / height) that holds a drawing
    of this size: what a layout keeps small to come out large on that page."""
    root = math.sqrt(aspect)
    return max(width / root, height * root)


class Area:
    """One group's area: its outline cut into a chosen number of columns, a frame around."""

    def __init__(self, group, header: tuple[float, float], members: list, children: Mapping,
                 sizes: Mapping, marks=()) -> None:
        self.group, self.header = group, header
        self.blocks: list[list[tuple[object, int]]] = []  # per member: (node, depth) in outline order
        self.heights: list[float] = []
        self.widths: list[float] = []
        for member in members:
            rows, stack = [], [(member, 0)]
            while stack:  # depth first, children in order
                node, depth = stack.pop()
                rows.append((node, depth))
                stack.extend((k, depth + 1) for k in reversed(children.get(node) or ()))
            self.blocks.append(rows)
            self.heights.append(sum(sizes[n][1] + (MARK_ROOM if n in marks else 0.0) for n, _ in rows)
                                + ENTRY_GAP * (len(rows) - 1))
            self.widths.append(max(d * INDENT + sizes[n][0] for n, d in rows))
        self.sizes, self.marks = sizes, marks
        self._cuts: dict[int, list[int]] = {}
        self._size: dict[int, tuple[float, float]] = {}

    # -- columns -----------------------------------------------------------------------------
    def _greedy(self, limit: float) -> list[int]:
        """Column of each block, filled in order up to ``limit``."""
        out, column, filled = [], 0, None
        for h in self.heights:
            if filled is not None and filled + BLOCK_GAP + h > limit:
                column, filled = column + 1, None
            filled = h if filled is None else filled + BLOCK_GAP + h
            out.append(column)
        return out

    def cut(self, count: int) -> list[int]:
        """The column of each block, in ``count`` columns (fewer when the blocks are fewer) of
        about equal height: the lowest height whose greedy filling needs no more columns."""
        count = max(1, min(count, len(self.blocks)))
        found = self._cuts.get(count)
        if found is None:
            if count == 1:
                found = [0] * len(self.blocks)
            else:
                total = sum(self.heights) + BLOCK_GAP * (len(self.heights) - 1)
                lo, hi = max(max(self.heights), total / count) - 1e-6, total
                found = self._greedy(hi)
                for _ in range(BISECTIONS):
                    mid = (lo + hi) / 2
                    trial = self._greedy(mid)
                    if trial[-1] < count:
                        hi, found = mid, trial
                    else:
                        lo = mid
                    if hi - lo < 1.0:
                        break
            self._cuts[count] = found
        return found

    def counts(self) -> list[int]:
        """The numbers of columns worth trying: every one up to 12, then in steps of a quarter."""
        most = min(len(self.blocks), MAX_COLUMNS)
        out, k = [], 1
        while k <= most:
            out.append(k)
            k = k + 1 if k < 12 else math.ceil(k * 1.25)
        return out or [1]

    def _columns(self, count: int) -> tuple[list[int], list[float], list[float]]:
        """(column of each block, column widths, column heights)."""
        where = self.cut(count) if self.blocks else []
        columns = (where[-1] + 1) if where else 0
        widths, heights = [0.0] * columns, [None] * columns
        for col, w, h in zip(where, self.widths, self.heights):
            widths[col] = max(widths[col], w)
            heights[col] = h if heights[col] is None else heights[col] + BLOCK_GAP + h
        return where, widths, [h or 0.0 for h in heights]

    def size(self, count: int) -> tuple[float, float]:
        hw, hh = self.header
        if not self.blocks:  # a closed group: its heading and the +/- button under it
            return hw + 2 * FRAME_PAD, hh + 2 * FRAME_PAD + TOGGLE_ROOM
        found = self._size.get(count)
        if found is None:
            _, widths, heights = self._columns(count)
            body_w = sum(widths) + COLUMN_GAP * (len(widths) - 1)
            found = self._size[count] = (max(hw, body_w) + 2 * FRAME_PAD,
                                         hh + HEADER_GAP + max(heights) + 2 * FRAME_PAD)
        return found

    def build(self, count: int, x: float, y: float) -> Layout:
        """The area with its top-left corner at (x, y): boxes, the lines inside it, the frame."""
        out = Layout()
        hw, hh = self.header
        out.boxes[self.group] = (x + FRAME_PAD, y + FRAME_PAD, hw, hh)
        w, h = self.size(count)
        out.frames[self.group] = (x, y, w, h)
        if not self.blocks:
            return out
        where, widths, _ = self._columns(count)
        lefts, left = [], x + FRAME_PAD
        for width in widths:
            lefts.append(left)
            left += width + COLUMN_GAP
        top = y + FRAME_PAD + hh + HEADER_GAP
        filled = [top] * len(widths)
        sizes, boxes, edges = self.sizes, out.boxes, out.edges
        for col, rows in zip(where, self.blocks):
            at = filled[col]
            parents: list = []  # the open ancestors, by depth
            for node, depth in rows:
                nw, nh = sizes[node]
                if node in self.marks:  # room above it for its "also reports to" mark
                    at += MARK_ROOM
                bx = lefts[col] + depth * INDENT
                boxes[node] = (bx, at, nw, nh)
                del parents[depth:]
                if depth:  # down the indent from the parent's lower edge, across into the child
                    parent = parents[-1]
                    px, py, _, ph = boxes[parent]
                    trunk, mid = px + INDENT / 2, at + nh / 2
                    edges[(parent, node)] = [(trunk, py + ph), (trunk, mid), (bx, mid)]
                parents.append(node)
                at += nh + ENTRY_GAP
            filled[col] = at - ENTRY_GAP + BLOCK_GAP
        return out


def _below(forest: tuple[float, float], areas: list[Area], aspect: float):
    """The band under the trees: every area in the columns that keep it under one height."""
    fw, fh = forest
    heights = sorted({round(a.size(k)[1], 3) for a in areas for k in a.counts()})
    best = None
    for limit in heights:
        counts, width, height = [], -AREA_GAP, 0.0
        for area in areas:
            chosen = None
            for k in area.counts():
                if area.size(k)[1] <= limit + 1e-6:
                    chosen = k
                    break
            if chosen is None:
                chosen = area.counts()[-1]
            w, h = area.size(chosen)
            counts.append(chosen)
            width += w + AREA_GAP
            height = max(height, h)
        total_h = fh + (BAND_GAP if fh else 0.0) + height
        key = page_side(max(fw, width), total_h, aspect)
        if best is None or key < best[0] - 1e-9:
            best = (key, counts)
    return best


def _beside(forest: tuple[float, float], areas: list[Area], aspect: float):
    """The band right of the trees: the areas stacked, each as wide as the band allows."""
    fw, fh = forest
    widths = sorted({round(a.size(k)[0], 3) for a in areas for k in a.counts()})
    best = None
    for limit in widths:
        counts, width, height = [], 0.0, -AREA_GAP
        for area in areas:
            chosen = 1
            for k in area.counts():
                if area.size(k)[0] <= limit + 1e-6:
                    chosen = k
            w, h = area.size(chosen)
            counts.append(chosen)
            width = max(width, w)
            height += h + AREA_GAP
        key = page_side(fw + (BAND_GAP if fw else 0.0) + width, max(fh, height), aspect)
        if best is None or key < best[0] - 1e-9:
            best = (key, counts)
    return best


def place_areas(forest: Layout, areas: list[Area], aspect: float) -> None:
    """Add the areas to ``forest`` (in place) in one band, below the trees or beside them,
    whichever gives the larger drawing on a page of ``aspect``."""
    if not areas:
        return
    if forest.boxes:
        x0, y0, fw, fh = forest.extent()
    else:
        x0 = y0 = fw = fh = 0.0
    below = _below((fw, fh), areas, aspect)
    beside = _beside((fw, fh), areas, aspect) if forest.boxes else None
    if beside is not None and beside[0] < below[0] - 1e-9:
        x, y = x0 + fw + BAND_GAP, y0
        for area, count in zip(areas, beside[1]):
            forest.absorb(area.build(count, x, y))
            y += area.size(count)[1] + AREA_GAP
        return
    x, y = x0, y0 + fh + (BAND_GAP if forest.boxes else 0.0)
    for area, count in zip(areas, below[1]):
        forest.absorb(area.build(count, x, y))
        x += area.size(count)[0] + AREA_GAP
