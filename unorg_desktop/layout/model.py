"""What a layout returns: plain data, no drawing (networkx habit)."""

from __future__ import annotations

from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x, y (top-left corner, y down), width, height
Point = tuple[float, float]


@dataclass
class Layout:
    """Node boxes and edge routes of one laid-out tree.

    ``edges[(parent, child)]`` is a polyline (``edge_kind == "ortho"``) or the control points of
    a cubic Bézier chain, first point then three per segment (``"spline"``).
    """

    boxes: dict[str, Box] = field(default_factory=dict)
    edges: dict[tuple[str, str], list[Point]] = field(default_factory=dict)
    edge_kind: str = "ortho"
    direction: str = "TB"
    engine: str = "tidy"

    @property
    def bbox(self) -> Box:
        if not self.boxes:
            return (0.0, 0.0, 0.0, 0.0)
        x0 = min(b[0] for b in self.boxes.values())
        y0 = min(b[1] for b in self.boxes.values())
        x1 = max(b[0] + b[2] for b in self.boxes.values())
        y1 = max(b[1] + b[3] for b in self.boxes.values())
        return (x0, y0, x1 - x0, y1 - y0)

    def center(self, node: str) -> Point:
        x, y, w, h = self.boxes[node]
        return (x + w / 2, y + h / 2)
