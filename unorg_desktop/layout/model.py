"""What a layout returns: plain data, no drawing (networkx habit)."""

from __future__ import annotations

Box = tuple[float, float, float, float]  # x, y (top-left corner, y down), width, height
Point = tuple[float, float]


class Layout:
    """Node boxes, edge routes and group frames of one laid-out chart.

    ``edges[(parent, child)]`` is a polyline (``edge_kind == "ortho"``) or the control points of
    a cubic Bézier chain, first point then three per segment (``"spline"``). ``frames[group]`` is
    the area drawn around a group of unplaced units (its header card is ``boxes[group]``).

    A plain class, not a dataclass: the app's first frame needs no other dataclass, and
    ``dataclasses`` with the methods it compiles costs ~17 M instructions of a start (issue 13).
    """

    __slots__ = ("boxes", "edges", "edge_kind", "direction", "engine", "frames")

    def __init__(self, boxes: dict[str, Box] | None = None, edges: dict[tuple[str, str], list[Point]] | None = None,
                 edge_kind: str = "ortho", direction: str = "TB", engine: str = "compact",
                 frames: dict[str, Box] | None = None) -> None:
        self.boxes = {} if boxes is None else boxes
        self.edges = {} if edges is None else edges
        self.edge_kind, self.direction, self.engine = edge_kind, direction, engine
        self.frames = {} if frames is None else frames

    def __repr__(self) -> str:
        return (f"Layout({len(self.boxes)} boxes, {len(self.edges)} edges, {len(self.frames)} frames, "
                f"{self.engine}, {self.direction}, {self.edge_kind})")

    @property
    def bbox(self) -> Box:
        """The union of the boxes and frames."""
        rects = list(self.boxes.values()) + list(self.frames.values())
        if not rects:
            return (0.0, 0.0, 0.0, 0.0)
        x0 = min(b[0] for b in rects)
        y0 = min(b[1] for b in rects)
        x1 = max(b[0] + b[2] for b in rects)
        y1 = max(b[1] + b[3] for b in rects)
        return (x0, y0, x1 - x0, y1 - y0)

    def extent(self) -> Box:
        """The union of the boxes, frames and routes (what a drawing of it covers)."""
        x, y, w, h = self.bbox
        x0, y0, x1, y1 = x, y, x + w, y + h
        for route in self.edges.values():
            for px, py in route:
                if px < x0:
                    x0 = px
                elif px > x1:
                    x1 = px
                if py < y0:
                    y0 = py
                elif py > y1:
                    y1 = py
        return (x0, y0, x1 - x0, y1 - y0)

    def center(self, node: str) -> Point:
        x, y, w, h = self.boxes[node]
        return (x + w / 2, y + h / 2)

    def translate(self, dx: float, dy: float) -> None:
        """Move everything by (dx, dy), in place."""
        if not dx and not dy:
            return
        self.boxes = {n: (x + dx, y + dy, w, h) for n, (x, y, w, h) in self.boxes.items()}
        self.frames = {n: (x + dx, y + dy, w, h) for n, (x, y, w, h) in self.frames.items()}
        self.edges = {e: [(x + dx, y + dy) for x, y in route] for e, route in self.edges.items()}

    def absorb(self, other: "Layout") -> None:
        """Add ``other``'s boxes, routes and frames (already in place) to this layout."""
        self.boxes.update(other.boxes)
        self.edges.update(other.edges)
        self.frames.update(other.frames)
