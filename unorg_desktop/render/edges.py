"""Reporting lines: primary edges batched into few path items, secondary lines one item each.

A chart of 100k units has 100k primary edges; one QGraphicsItem per edge would cost more than
the cards. The scene hands each chunk of edges to :func:`edges_path`, which appends them to one
``QPainterPath`` drawn by one ``QGraphicsPathItem`` with a cosmetic pen. Secondary (dual) lines
are few, so each is its own hoverable item with an escaped tooltip citing its paragraph.
"""

from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from . import palette
from .tooltips import LazyTooltip


def add_edge(path: QPainterPath, points, kind: str = "spline") -> None:
    """Append one edge to ``path``: Bézier control points (3k+1 of them, Graphviz ``pos``
    style) become ``cubicTo`` segments; anything else is drawn as a polyline."""
    if len(points) < 2:
        return
    x, y = points[0]
    path.moveTo(x, y)
    if kind == "spline" and len(points) >= 4 and (len(points) - 1) % 3 == 0:
        for i in range(1, len(points), 3):
            (ax, ay), (bx, by), (cx, cy) = points[i], points[i + 1], points[i + 2]
            path.cubicTo(ax, ay, bx, by, cx, cy)
    else:
        for x, y in points[1:]:
            path.lineTo(x, y)


def edges_path(edges, kind: str = "spline") -> QPainterPath:
    """One path holding every edge of ``edges`` (an iterable of point lists)."""
    path = QPainterPath()
    for points in edges:
        add_edge(path, points, kind)
    return path


_THEME_COLOURS: dict[tuple[str, str], QColor] = {}


def theme_colour(role: str) -> QColor:
    """The current theme's colour ``role`` (a field of ``palette.Theme``), looked up when painting:
    lines drawn in a dark window and then exported or printed take the light theme's colours."""
    theme = palette.current()
    colour = _THEME_COLOURS.get((theme.name, role))
    if colour is None:
        colour = _THEME_COLOURS[(theme.name, role)] = QColor(getattr(theme, role))
    return colour


def with_colour(pen: QPen, role: str) -> QPen:
    """``pen`` in the current theme's colour ``role`` (a copy when it differs)."""
    colour = theme_colour(role)
    if pen.color() == colour:
        return pen
    pen = QPen(pen)
    pen.setColor(colour)
    return pen


def primary_pen(width: float = 1.1, colour: str | None = None) -> QPen:
    pen = QPen(QColor(colour or palette.current().edge), width)  # EdgeBatch recolours it when painting
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def stroke(painter: QPainter, path: QPainterPath, pen: QPen, vector: bool = False) -> None:
    """Stroke ``path`` with ``pen`` (its width in scene units), fast on raster devices.

    Qt's antialiased stroker is pathologically slow on long, nearly flat curves wider than one
    device pixel — Graphviz's splines from a root with 100 children took 2 s per frame and 20 s
    for a PNG export — while its one-pixel cosmetic path takes milliseconds. So on raster
    devices a wide line is drawn as a few one-pixel strokes offset within its width. Vector
    devices (SVG, PDF) rasterise nothing and get the real pen.
    """
    if vector:
        painter.strokePath(path, pen)
        return
    t = painter.worldTransform()
    scale = math.hypot(t.m11(), t.m12()) or 1.0
    px = min(max(pen.widthF() * scale, 1.0), 4.0)  # device pixels, as a view shows it
    thin = QPen(pen)
    thin.setCosmetic(True)
    thin.setWidthF(1.0)
    if pen.style() != Qt.PenStyle.SolidLine:  # dashes are in pen widths: keep their length
        thin.setDashPattern([v * px for v in pen.dashPattern()])
    r = (px - 1.0) / 2.0
    if r < 0.3:
        offsets = [(0.0, 0.0)]
    elif r < 0.75:  # up to 2.5 px: three strokes are enough
        offsets = [(0.0, 0.0), (2 * r, 0.0), (0.0, 2 * r)]
    else:
        offsets = [(0.0, 0.0), (r, 0.0), (-r, 0.0), (0.0, r), (0.0, -r)]
    for dx, dy in offsets:
        painter.strokePath(path.translated(dx / scale, dy / scale) if (dx or dy) else path, thin)


class EdgeBatch(QGraphicsPathItem):
    """Many primary edges in one item (never accepts mouse events: clicks go to cards), painted in
    the current theme's colour ``role`` ("edge", or "path" for the selection's chain; None keeps
    the pen's own colour)."""

    def __init__(self, path: QPainterPath, pen: QPen | None = None, parent: QGraphicsItem | None = None,
                 role: str | None = "edge") -> None:
        super().__init__(path, parent)
        self.role = role
        self.setPen(pen or primary_pen())
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        pen = with_colour(self.pen(), self.role) if self.role else self.pen()
        stroke(painter, self.path(), pen, getattr(self.scene(), "full_detail", False))


def connector(a: tuple, b: tuple, direction: str = "TB") -> list[tuple[float, float]]:
    """Bézier control points from box ``a`` (x, y, w, h) to box ``b`` leaving and entering on
    the sides that face each other, for a line the tree layout did not route."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    if direction == "LR":
        start = (ax + aw, ay + ah / 2) if bx >= ax + aw else (ax, ay + ah / 2)
        end = (bx, by + bh / 2) if bx >= ax + aw else (bx + bw, by + bh / 2)
        dx = (end[0] - start[0]) / 2
        return [start, (start[0] + dx, start[1]), (end[0] - dx, end[1]), end]
    below = by >= ay + ah
    above = by + bh <= ay
    if below or above:
        # at 70 % of the width: the centres carry the primary edges and the +/- toggle
        start = (ax + aw * 0.7, ay + ah) if below else (ax + aw * 0.7, ay)
        end = (bx + bw * 0.7, by) if below else (bx + bw * 0.7, by + bh)
        dy = (end[1] - start[1]) / 2
        return [start, (start[0], start[1] + dy), (end[0], end[1] - dy), end]
    # side by side (same rank, possibly far apart): dip into the gap under both cards, at most
    # 60 units below the lower one, instead of a sag that grows with the distance
    start = (ax + aw * 0.7, ay + ah)
    end = (bx + bw * 0.7, by + bh)
    low = max(start[1], end[1]) + 60.0
    return [start, (start[0], low), (end[0], low), end]


def route_index(edges) -> list[tuple[float, float, float, float, tuple]]:
    """The bounding box of every route, for :func:`lines_near` (a list: built once per layout,
    on the first tooltip)."""
    out = []
    for edge, route in edges.items():
        xs = [p[0] for p in route]
        ys = [p[1] for p in route]
        out.append((min(xs), min(ys), max(xs), max(ys), edge))
    return out


def lines_near(index, edges, x: float, y: float, tolerance: float) -> list[tuple]:
    """The edges (parent, child) whose polyline passes within ``tolerance`` of (x, y)."""
    hits = []
    for x0, y0, x1, y1, edge in index:
        if x < x0 - tolerance or x > x1 + tolerance or y < y0 - tolerance or y > y1 + tolerance:
            continue
        route = edges[edge]
        for (ax, ay), (bx, by) in zip(route, route[1:]):
            if (min(ax, bx) - tolerance <= x <= max(ax, bx) + tolerance
                    and min(ay, by) - tolerance <= y <= max(ay, by) + tolerance):
                hits.append(edge)
                break
    return hits


LINE_TOOLTIP_MAX = 8  # lines listed in the tooltip of a shared bus


def line_tooltip(graph, pairs, paragraph_text=None) -> str:
    """The document and paragraph stating each line under the pointer: one line with its
    paragraph's text, or the lines sharing a bus (same superior) listed; escaped."""
    import html  # here: the first frame makes no tooltip, and html builds a 2,500-entry table

    line_of = getattr(graph, "primary_line", lambda _child: None)
    name = lambda n: graph.units[n].display_name if n in graph.units else n  # noqa: E731
    parents = {p for p, _ in pairs}
    if len(pairs) == 1:
        parent, child = pairs[0]
        line = line_of(child)
        out = html.escape(QCoreApplication.translate("Chart", "Reporting line")) + f" — {html.escape(name(child))} → {html.escape(name(parent))}"
        if line is not None:
            doc = graph.documents.get(line.document)
            label = (doc.symbol or doc.id) if doc is not None else line.document
            out += f"<br><b>{html.escape(label)}, par. {html.escape(line.paragraph)}</b>"
            text = paragraph_text(line.document, line.paragraph) if paragraph_text else ""
            if text:
                if len(text) > TOOLTIP_TEXT_MAX:
                    text = text[:TOOLTIP_TEXT_MAX].rsplit(" ", 1)[0] + " …"
                out += f"<br>{html.escape(text)}"
        return out
    rows = []
    for parent, child in pairs[:LINE_TOOLTIP_MAX]:
        line = line_of(child)
        where = ""
        if line is not None:
            doc = graph.documents.get(line.document)
            where = f" — {(doc.symbol or doc.id) if doc is not None else line.document}, par. {line.paragraph}"
        rows.append(f"{html.escape(name(child))}{html.escape(where)}")
    if len(pairs) > LINE_TOOLTIP_MAX:
        rows.append("…")
    if len(parents) == 1:
        head = QCoreApplication.translate("Chart", "Reporting lines from %1").replace("%1", name(next(iter(parents))))
    else:
        head = QCoreApplication.translate("Chart", "Reporting lines")
    return f"<b>{html.escape(head)}</b><br>" + "<br>".join(rows)


TOOLTIP_TEXT_MAX = 900  # characters of the citing paragraph shown in a line's tooltip


def secondary_tooltip(symbol: str, paragraph: str, evidence: str = "", text: str = "") -> str:
    """"Secondary line — ST/SGB/2010/1, par. 5.1", then the citing paragraph's ``text`` (the
    words that state the line, ``evidence``, in bold inside it), or the evidence alone when the
    text is unknown; every part escaped (a source may hold markup)."""
    import html  # here: the first frame makes no tooltip, and html builds a 2,500-entry table

    label = QCoreApplication.translate("Chart", "Secondary line")  # the interface's language
    out = f"{html.escape(label)} — {html.escape(symbol)}"
    if paragraph:
        out += f", par. {html.escape(paragraph)}"
    if text:
        if len(text) > TOOLTIP_TEXT_MAX:
            text = text[:TOOLTIP_TEXT_MAX].rsplit(" ", 1)[0] + " …"
        at = text.find(evidence) if evidence else -1
        if at >= 0:
            body = (html.escape(text[:at]) + f"<b>{html.escape(evidence)}</b>"
                    + html.escape(text[at + len(evidence):]))
        else:
            body = html.escape(text)
        out += f"<br>{body}"
    elif evidence:
        out += f"<br><i>{html.escape(evidence)}</i>"
    return out


class SecondaryEdge(LazyTooltip, QGraphicsPathItem):
    """A secondary line from a unit to a second superior: tooltip and hover (drawn thick
    while hovered). The dashed line itself is painted by :class:`SecondaryBatch` with all the
    others: 2,000 lines at 100k units painting themselves cost 15 ms per frame."""

    def __init__(self, child: str, parent_id: str, points, tooltip: str | Callable[[], str],
                 kind: str = "spline") -> None:
        super().__init__()
        # ``tooltip``: its text, or a function making it (the citing paragraph is read from the
        # store only when someone hovers the line: see ensure_tooltip)
        self._tooltip = tooltip
        self.child, self.parent_id = child, parent_id
        self.points = list(points)
        path = QPainterPath()
        add_edge(path, points, kind)
        # arrow head at the superior's end: the direction of a dual line matters
        self.setPath(path)
        self._pen = QPen(QColor(palette.current().secondary), 1.8, Qt.PenStyle.DashLine)
        self._pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._hover_pen = QPen(self._pen)
        self._hover_pen.setWidthF(3.5)
        self.setPen(self._pen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.hovered = False
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        stroker = QPainterPathStroker()
        stroker.setWidth(10)  # easy to hover: 10 scene units around the dashed line
        self._shape = stroker.createStroke(path)
        self._bounds = self._shape.boundingRect()
        end, before = QPointF(*points[-1]), QPointF(*points[-2])
        self.arrow = self._arrow = _arrow_head(before, end)
        self._bounds = self._bounds.united(self._arrow.boundingRect())  # Qt asks for it often

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter, option, widget=None) -> None:
        if self.hovered:  # otherwise the batch has drawn this line
            pen = with_colour(self._hover_pen, "secondary")
            stroke(painter, self.path(), pen, getattr(self.scene(), "full_detail", False))
            painter.fillPath(self._arrow, pen.color())

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)


class SecondaryBatch(QGraphicsItem):
    """Every secondary line of the chart, dashed, with its arrow head, in one paint call."""

    def __init__(self, lines: list[SecondaryEdge]) -> None:
        super().__init__()
        self.path, self.arrows = QPainterPath(), QPainterPath()
        for line in lines:
            self.path.addPath(line.path())
            self.arrows.addPath(line.arrow)
        self.pen = QPen(QColor(palette.current().secondary), 1.8, Qt.PenStyle.DashLine)
        self.pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._bounds = self.path.controlPointRect().united(self.arrows.boundingRect()).adjusted(-3, -3, 3, 3)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        pen = with_colour(self.pen, "secondary")
        stroke(painter, self.path, pen, getattr(self.scene(), "full_detail", False))
        painter.fillPath(self.arrows, pen.color())


def _arrow_head(before: QPointF, tip: QPointF, size: float = 9.0) -> QPainterPath:
    angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
    path = QPainterPath(tip)
    for delta in (2.7, -2.7):
        path.lineTo(tip.x() + size * math.cos(angle + delta), tip.y() + size * math.sin(angle + delta))
    path.closeSubpath()
    return path
