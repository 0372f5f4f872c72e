"""``ChartScene``: the reporting chart as Qt items, built from an OrgGraph and a Layout.

Scale strategy (issue 4), measured in ``benchmarks/bench_render.py``:

* no scene index (``NoIndex``); instead cards are grouped into spatial *chunks* of 32-128
  neighbouring cards of one rank. A chunk is one top-level rectangle item with
  ``ItemContainsChildrenInShape``, parent of its cards, so Qt culls a whole chunk with one
  rectangle test (xdot's hierarchical culling) and nothing is re-indexed when cards move; the
  edges into a chunk's cards are one path item, under all cards;
* each card draws a plain rectangle when it is too small to read (``TEXT_LOD``);
* when the whole chart at the current scale fits a bounded image, the chunks become
  hidden (Qt then skips their subtrees entirely) and :class:`OverviewItem` blits the chart
  from a cached image: a fitted 100k-unit chart costs about what a 200-unit one costs.

The mode is chosen from the painter's scale before items are drawn: in ``drawBackground`` for
views and in :meth:`ChartScene.render` for images and exports. Clicks are resolved by the scene
from the layout boxes (``hit_test``), so they work in every mode and never block panning.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from unorg_desktop.layout.routing import route_secondary

from . import palette
from .areas import MARK_H, MARK_INSIDE, AreaFrame, SecondaryMark, mark_tooltip
from .cards import TEXT_LOD, UnitCard, greek_bars, node_text, shows_badge
from .entries import CARD, node_mode
from .edges import (EdgeBatch, SecondaryBatch, SecondaryEdge, add_edge, line_tooltip, lines_near, primary_pen,
                    route_index, secondary_tooltip)
from .overview import OverviewItem

CLICK_SLOP = 5  # screen pixels a press may move and still count as a click (not a pan)
REBUILD_SHARE = 0.5  # re-showing replaces more than this share of the cards: rebuild from scratch


class _Chunk(QGraphicsRectItem):
    """An invisible rectangle enclosing a group of cards and their incoming edges."""

    def __init__(self, rect: QRectF, nodes: list[str]) -> None:
        super().__init__(rect)
        self.nodes = nodes
        self.materialized = False  # cards built (lazily: 100k cards cost seconds)
        self.bounds = (rect.left(), rect.top(), rect.right(), rect.bottom())
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


def _scale_of(painter: QPainter) -> float:
    t = painter.worldTransform()
    return math.sqrt(abs(t.determinant())) or 1.0


class ChartScene(QGraphicsScene):
    """The chart. Signals: ``unitClicked(id)``, ``unitDoubleClicked(id)``, ``toggleRequested(id)``
    (a click on a card's +/- button). ``full_detail = True`` makes every card draw its text at
    any scale (vector exports)."""

    unitClicked = Signal(str)
    unitDoubleClicked = Signal(str)
    toggleRequested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setBackgroundBrush(QColor(palette.current().background))
        self.graph = None
        self.layout = None
        self.direction = "TB"
        self.full_detail = False
        self.lod_enabled = True  # False: always real cards (tests, comparisons)
        self._boxes: dict[str, tuple] = {}
        self._cards: dict[str, UnitCard] = {}  # built so far
        self._chunks: list[_Chunk] = []
        self._chunk_of: dict[str, _Chunk] = {}
        self._pending = 0  # chunks whose cards are not built yet
        self._reuse: dict[str, UnitCard] = {}
        self._shown_parents: set[str] = set()
        self._secondary: list[SecondaryEdge] = []
        self._secondary_batch: SecondaryBatch | None = None
        self._frames: list[AreaFrame] = []
        self._areas: frozenset = frozenset()
        self._marks: list[SecondaryMark] = []
        self._edge_boxes = None
        self._overview: OverviewItem | None = None
        self._highlight = None
        self._mode = "cards"
        self.selected: str | None = None
        self.chain: frozenset[str] = frozenset()  # the selection's ancestors (root included)
        self.reports: frozenset[str] = frozenset()  # its direct reports
        self.matches: frozenset[str] = frozenset()
        self.match_kinds: dict[str, str] = {}  # match -> "name" | "function" (what matched)
        self._press: QPointF | None = None
        self.render_rect: QRectF | None = None  # set during render()
        # (document, paragraph number) -> the paragraph's text, for the secondary lines' tooltips;
        # set by whoever owns the store (the scene itself never reads it)
        self.paragraph_text = None

    # -- contract ------------------------------------------------------------------------------
    def show_chart(self, graph, layout, expanded) -> None:
        """Show ``layout`` (boxes of the visible units of ``graph``); ``expanded`` are the units
        whose children are shown. Cards whose content did not change are reused."""
        boxes = {n: tuple(map(float, b)) for n, b in layout.boxes.items()}
        self.graph, self.layout, self._boxes = graph, layout, boxes
        self.direction = getattr(layout, "direction", "TB") or "TB"
        kinds = getattr(layout, "edge_kind", "spline")
        old_cards = self._cards
        reusable = sum(1 for n in boxes if n in old_cards)
        if old_cards and len(old_cards) - reusable > REBUILD_SHARE * max(len(old_cards), 1):
            self._clear_all()  # mostly new cards: one clear() is far cheaper than many removals
            old_cards = {}
        old_chunks, old_extra = self._chunks, [*self._secondary, self._secondary_batch, self._overview,
                                               self._highlight, *self._frames, *self._marks]
        self._highlight = None
        # units whose children are on the chart (one pass over the edges, not 100k graph calls),
        # and groups whose members are (a group has a frame, no lines)
        self._shown_parents = {p for (p, c) in layout.edges if p in boxes and c in boxes}
        frames = getattr(layout, "frames", {}) or {}
        self._areas = frozenset(frames)  # their headings and entries are drawn compact
        self._shown_parents.update(g for g in frames if any(m in boxes for m in graph.children(g)))
        self._cards = {}
        self._chunks, self._chunk_of = self._build_chunks(boxes, layout.edges, kinds)
        self._pending = len(self._chunks)
        # cards already on screen move into their new chunk now (reuse); other chunks get
        # their cards when first drawn at card scale or when card(id) asks for one
        self._reuse = old_cards
        for chunk in self._chunks:
            if any(n in old_cards for n in chunk.nodes):
                self._materialize(chunk)
        self._reuse = {}
        old_extra += [c.edge_item for c in old_chunks]
        for item in old_chunks + [i for i in old_extra if i is not None]:
            if item.scene() is self:
                self.removeItem(item)  # takes the stale cards and old edge batches with it
        self._frames = []
        for group, rect in frames.items():
            frame = AreaFrame(group, QRectF(*rect))
            self.addItem(frame)
            self._frames.append(frame)
        self._build_secondary(graph, boxes)
        self._build_marks(graph, boxes)
        self._edge_boxes = None  # route bounding boxes for the lines' tooltips, made on first use
        self._build_overview(graph, boxes)
        self._mode = "cards"
        self.set_selection(self.selected if self.selected in boxes else None)
        self.set_matches(self.match_kinds)

    def card(self, unit_id: str) -> UnitCard | None:
        """The card of a unit on the chart (built now if its chunk was not drawn yet), else None."""
        card = self._cards.get(unit_id)
        if card is None and unit_id in self._boxes:
            self._materialize(self._chunk_of[unit_id])
            card = self._cards.get(unit_id)
        return card

    def cards(self) -> dict[str, UnitCard]:
        """Every card of the chart, building those not drawn yet (tests, exports)."""
        for chunk in self._chunks:
            self._materialize(chunk)
        return dict(self._cards)

    def _materialize(self, chunk: _Chunk) -> None:
        if chunk.materialized:
            return
        chunk.materialized = True
        self._pending -= 1
        graph, boxes = self.graph, self._boxes
        for node in chunk.nodes:
            unit = graph.units[node]
            doc = graph.documents.get(unit.document) if unit.document else None
            kids = bool(graph.children(node))
            shown = node in self._shown_parents
            hidden = 0 if shown or not kids else graph.descendant_count(node)
            mode = node_mode(graph, node, self._areas)
            badge = mode == CARD and shows_badge(graph, node)  # as the layout's sizes were computed
            card = self._reuse.pop(node, None)
            if card is not None and (card.unit, card.document, card.mode, card.badge) == (unit, doc, mode, badge):
                card.set_toggle(kids, shown, hidden)
                card.set_direction(self.direction)
            else:
                card = UnitCard(unit, doc, kids, shown, hidden, direction=self.direction, mode=mode, badge=badge)
            x, y, _, _ = boxes[node]
            card.setPos(x, y)
            card.setParentItem(chunk)
            on_path = node in self.chain or node in self.reports
            if node == self.selected or on_path or node in self.matches or card.selected or card.on_path or card.match:
                card.set_state(node == self.selected, on_path, self.match_kinds.get(node, ""))
            self._cards[node] = card

    def _materialize_in(self, rect: QRectF) -> None:
        """Build the cards of the chunks that ``rect`` (scene coordinates) touches."""
        if self._pending:
            x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
            for chunk in self._chunks:  # plain floats: this runs before every frame
                if not chunk.materialized:
                    cx0, cy0, cx1, cy1 = chunk.bounds
                    if cx0 <= x1 and x0 <= cx1 and cy0 <= y1 and y0 <= cy1:
                        self._materialize(chunk)

    def unit_rect(self, unit_id: str) -> QRectF:
        """The card box of ``unit_id`` in scene coordinates (empty if it has no card)."""
        box = self._boxes.get(unit_id)
        return QRectF(*box) if box else QRectF()

    def boxes_in(self, rect: QRectF) -> list[tuple]:
        """The card boxes (x, y, w, h) that ``rect`` (scene coordinates) touches; cheap: whole
        chunks outside it are skipped."""
        x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
        out = []
        for chunk in self._chunks:
            cx0, cy0, cx1, cy1 = chunk.bounds
            if cx0 <= x1 and x0 <= cx1 and cy0 <= y1 and y0 <= cy1:
                for node in chunk.nodes:
                    bx, by, bw, bh = self._boxes[node]
                    if bx <= x1 and x0 <= bx + bw and by <= y1 and y0 <= by + bh:
                        out.append((bx, by, bw, bh))
        return out

    def chart_rect(self) -> QRectF:
        """The union of the card boxes."""
        return self._overview.boundingRect() if self._overview is not None else QRectF()

    def set_selection(self, unit_id: str | None) -> None:
        """Highlight ``unit_id``, its chain up to the root and its direct reports."""
        graph = self.graph
        if unit_id is not None and (graph is None or unit_id not in self._boxes):
            unit_id = None
        chain = set(graph.ancestors_path(unit_id)[:-1]) if unit_id is not None else set()
        reports = {k for k in graph.children(unit_id) if k in self._boxes} if unit_id is not None else set()
        touched = {self.selected, *self.chain, *self.reports, unit_id, *chain, *reports}
        self.selected, self.chain, self.reports = unit_id, frozenset(chain), frozenset(reports)
        for node in touched:
            card = self._cards.get(node) if node is not None else None
            if card is not None:
                card.set_state(node == unit_id, node in chain or node in reports, self.match_kinds.get(node, ""))
        self._update_highlight_edges()
        self._update_overlay()

    def set_matches(self, ids) -> None:
        """Mark search matches: ``ids`` is a list of unit ids (name matches) or a dict
        ``{id: "name" | "function"}``. A name match gets a thick yellow halo, a unit found only by
        the text of one of its functions a dashed blue ring (a dot of that colour when zoomed out)."""
        kinds = dict(ids) if isinstance(ids, dict) else dict.fromkeys(ids, "name")
        if self._boxes:
            kinds = {i: k for i, k in kinds.items() if i in self._boxes}
        old = self.match_kinds
        self.match_kinds, self.matches = kinds, frozenset(kinds)
        for node in set(old) | set(kinds):
            if old.get(node) != kinds.get(node):
                card = self._cards.get(node)
                if card is not None:
                    card.set_state(card.selected, card.on_path, kinds.get(node, ""))
        self._update_overlay()

    # -- building ------------------------------------------------------------------------------
    def _clear_all(self) -> None:
        """Drop the chart's items with one clear() (removing 100k items one by one is far
        slower); items that others added to the scene (a legend, markers) are kept."""
        mine = {id(i) for i in [*self._chunks, *(c.edge_item for c in self._chunks), *self._secondary,
                                self._secondary_batch, self._overview, self._highlight, *self._frames,
                                *self._marks] if i is not None}
        foreign = [i for i in self.items() if i.parentItem() is None and id(i) not in mine]
        for item in foreign:
            self.removeItem(item)
        self._cards, self._chunks, self._secondary, self._chunk_of = {}, [], [], {}
        self._secondary_batch = None
        self._frames, self._marks = [], []
        self._overview = self._highlight = None
        self.clear()
        for item in foreign:
            self.addItem(item)

    def _build_chunks(self, boxes, edges, kind) -> tuple[list[_Chunk], dict[str, _Chunk]]:
        # rank by rank (rows for TB, columns for LR), along the rank: a chunk is a short run of
        # neighbouring cards, so a window at 1:1 touches few chunks and few cards per chunk
        # (QGraphicsScene.render() paints every child of a chunk it keeps; views cull them)
        major, minor = (0, 1) if self.direction == "LR" else (1, 0)
        order = sorted(boxes, key=lambda n: (boxes[n][major], boxes[n][minor]))
        size = max(32, min(128, int(math.sqrt(len(order)) / 2)))
        by_child: dict[str, list] = {}
        for (parent, child), points in edges.items():
            if parent in boxes and child in boxes and points:
                by_child[child] = points
        chunks, chunk_of = [], {}
        pen = primary_pen()
        for start in range(0, len(order), size):
            nodes = order[start:start + size]
            x0 = min(boxes[n][0] for n in nodes)
            y0 = min(boxes[n][1] for n in nodes)
            x1 = max(boxes[n][0] + boxes[n][2] for n in nodes)
            y1 = max(boxes[n][1] + boxes[n][3] for n in nodes)
            rect = QRectF(x0, y0, x1 - x0, y1 - y0).adjusted(-8, -8, 40, 20)  # halo, toggle
            path = QPainterPath()
            for n in nodes:
                points = by_child.get(n)
                if points:
                    add_edge(path, points, kind)
            chunk = _Chunk(rect, nodes)
            self.addItem(chunk)
            # the edges are a top-level item under every chunk (z -1): inside its chunk, an
            # edge into a lower rank would be painted over the +/- toggle of its parent's card
            batch = EdgeBatch(path, pen)
            batch.setZValue(-1)
            self.addItem(batch)
            chunk.edge_item, chunk.edge_path = batch, path
            chunk_of.update((n, chunk) for n in nodes)
            chunks.append(chunk)
        return chunks, chunk_of

    def _build_secondary(self, graph, boxes) -> None:
        """Dashed lines to second superiors, routed around the cards and drawn over them (a
        route that found no way through is never hidden either)."""
        self._secondary = []
        lines = [s for s in getattr(graph, "secondary", []) if s.child in boxes and s.parent in boxes]
        routes = route_secondary(boxes, [(s.child, s.parent) for s in lines], self.direction)
        for line in lines:
            item = SecondaryEdge(line.child, line.parent, routes[(line.child, line.parent)],
                                 functools.partial(self._secondary_tooltip, graph, line), kind="ortho")
            item.setZValue(1.2)  # hovered: over the batch
            self.addItem(item)
            self._secondary.append(item)
        self._secondary_batch = SecondaryBatch(self._secondary)
        self._secondary_batch.setZValue(1.1)  # over the cards: routed around them, never hidden
        self.addItem(self._secondary_batch)

    def _secondary_tooltip(self, graph, line) -> str:
        return secondary_tooltip(self._doc_label(graph, line.document), line.paragraph, line.evidence,
                                 self._paragraph_text(line.document, line.paragraph))

    @staticmethod
    def _doc_label(graph, document: str) -> str:
        doc = graph.documents.get(document)
        return (doc.symbol or doc.id) if doc is not None else document

    def _build_marks(self, graph, boxes) -> None:
        """"Also reports to X" on every card with a secondary superior (shown or not)."""
        self._marks = []
        by_child: dict[str, list] = {}
        for line in getattr(graph, "secondary", []):
            if line.child in boxes and line.parent in graph.units:
                by_child.setdefault(line.child, []).append(line)
        for child, lines in by_child.items():
            x, y, w, h = boxes[child]
            names = [(graph.units[ln.parent].display_name, self._doc_label(graph, ln.document), ln.paragraph)
                     for ln in lines]
            top = y - MARK_H + MARK_INSIDE  # in the room the layout keeps above the card
            at = (x + w - 6, top) if self.direction == "LR" else (x + 10, top)
            mark = SecondaryMark(child, [ln.parent for ln in lines], names[0][0],
                                 functools.partial(mark_tooltip, names), at)
            if self.direction == "LR":  # right-aligned on the top edge, clear of the toggle
                mark.setPos(x + w - 6 - mark.boundingRect().width(), mark.pos().y())
            self.addItem(mark)
            self._marks.append(mark)

    def mark_at(self, pos: QPointF) -> SecondaryMark | None:
        for mark in self._marks:
            if mark.isVisible() and mark.scene_rect().contains(pos):
                return mark
        return None

    def marks(self) -> dict[str, SecondaryMark]:
        """The "also reports to" marks, by the id of the unit that carries them."""
        return {m.unit: m for m in self._marks}

    def frames(self) -> dict[str, AreaFrame]:
        return {f.group: f for f in self._frames}

    def line_at(self, pos: QPointF, tolerance: float = 4.0) -> list[tuple[str, str]]:
        """The primary lines (parent, child) whose route passes within ``tolerance`` of ``pos``."""
        if self.layout is None:
            return []
        if self._edge_boxes is None:
            self._edge_boxes = route_index(self.layout.edges)
        return lines_near(self._edge_boxes, self.layout.edges, pos.x(), pos.y(), tolerance)

    def _paragraph_text(self, document: str, number: str) -> str:
        if self.paragraph_text is None or not document or not number:
            return ""
        try:
            return self.paragraph_text(document, number) or ""
        except Exception:  # noqa: BLE001 - a tooltip without the text beats a failed layout
            return ""

    def _build_overview(self, graph, boxes) -> None:
        by_kind: dict[str, list[tuple]] = {}
        for node, box in boxes.items():
            by_kind.setdefault(graph.units[node].kind, []).append(box)
        rect = QRectF()
        if boxes:
            x0 = min(b[0] for b in boxes.values())
            y0 = min(b[1] for b in boxes.values())
            x1 = max(b[0] + b[2] for b in boxes.values())
            y1 = max(b[1] + b[3] for b in boxes.values())
            rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        secondary = QPainterPath()
        for item in self._secondary:
            secondary.addPath(item.path())
        def greek():
            bars = []
            for node, (x, y, _, _) in boxes.items():
                unit = graph.units[node]
                doc = graph.documents.get(unit.document) if unit.document else None
                mode = node_mode(graph, node, self._areas)
                bars += greek_bars(node_text(unit, doc, mode, mode == "entry" and graph.has_children(node),
                                             mode == CARD and shows_badge(graph, node)), x, y)
            return bars

        self._overview = OverviewItem(rect, by_kind, [c.edge_path for c in self._chunks], secondary, greek)
        self._overview.setVisible(False)
        self._overview.setZValue(-0.5)
        self.addItem(self._overview)

    def _update_highlight_edges(self) -> None:
        if self._highlight is not None and self._highlight.scene() is self:
            self.removeItem(self._highlight)
        self._highlight = None
        if self.selected is None or self.layout is None:
            return
        pairs = []
        path_nodes = self.graph.ancestors_path(self.selected)
        pairs += list(zip(path_nodes, path_nodes[1:]))
        pairs += [(self.selected, k) for k in self.reports]
        path = QPainterPath()
        kind = getattr(self.layout, "edge_kind", "spline")
        for pair in pairs:
            points = self.layout.edges.get(pair)
            if points:
                add_edge(path, points, kind)
        item = EdgeBatch(path, primary_pen(3.0, palette.current().path), role="path")
        item.setZValue(-0.9)  # over the other edges, under the cards and their +/- toggles
        self.addItem(item)
        self._highlight = item

    def _update_overlay(self) -> None:
        if self._overview is None:
            return
        theme = palette.current()
        colours = {"name": QColor(theme.match_name), "function": QColor(theme.match_function),
                   "path": QColor(theme.path), "selected": QColor(theme.selection)}
        overlay = [(self.unit_rect(n), colours.get(k, colours["name"])) for n, k in self.match_kinds.items()]
        overlay += [(self.unit_rect(n), colours["path"]) for n in self.chain | self.reports]
        if self.selected is not None:
            overlay.append((self.unit_rect(self.selected), colours["selected"]))
        self._overview.overlay = overlay
        self._overview.update()

    # -- level of detail -----------------------------------------------------------------------
    @property
    def mode(self) -> str:
        """"cards" or "overview" (what the last frame used)."""
        return self._mode

    def apply_scale(self, scale: float) -> None:
        """Choose cards or the cached overview for a frame drawn at ``scale``."""
        ov = self._overview
        if ov is None:
            return
        overview = (self.lod_enabled and not self.full_detail and scale < TEXT_LOD and ov.fits(scale))
        mode = "overview" if overview else "cards"
        if mode == self._mode:
            return
        self._mode = mode
        # a hidden parent makes Qt skip its whole subtree at once (hiding costs O(cards) once per
        # switch; opacity 0 would cost a walk over every card's flags on every frame)
        for item in self._chunks:
            item.setVisible(not overview)
            item.edge_item.setVisible(not overview)
        for item in [*self._secondary, self._secondary_batch, *self._marks]:  # the overview image has them
            if item is not None:
                item.setVisible(not overview)
        ov.setVisible(overview)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        # views collect the items to draw after the background: the mode chosen here is used
        self.apply_scale(_scale_of(painter))
        if self._mode == "cards":
            self._materialize_in(rect)
        super().drawBackground(painter, rect)

    def render(self, painter: QPainter, target: QRectF = QRectF(), source: QRectF = QRectF(),
               mode: Qt.AspectRatioMode = Qt.AspectRatioMode.KeepAspectRatio) -> None:
        """QGraphicsScene.render, choosing the level of detail first (render() collects the
        items before it draws the background)."""
        src = QRectF(source) if not source.isNull() else self.sceneRect()
        tgt = QRectF(target)
        if tgt.isNull():
            device = painter.device()
            tgt = QRectF(0, 0, device.width(), device.height()) if device is not None else src
        if src.width() > 0 and src.height() > 0:
            sx, sy = tgt.width() / src.width(), tgt.height() / src.height()
            if mode == Qt.AspectRatioMode.KeepAspectRatio:
                sx = sy = min(sx, sy)
            elif mode == Qt.AspectRatioMode.KeepAspectRatioByExpanding:
                sx = sy = max(sx, sy)
            self.apply_scale(math.sqrt(abs(sx * sy)) * _scale_of(painter))
        if self._mode == "cards":
            self._materialize_in(src)
        # render() paints every child of each chunk it keeps (views cull them by the exposed
        # region); cards compare themselves with this rectangle and return at once if outside
        self.render_rect = src
        try:
            super().render(painter, target, source, mode)
        finally:
            self.render_rect = None

    # -- mouse ---------------------------------------------------------------------------------
    def hit_test(self, pos: QPointF) -> tuple[str | None, bool]:
        """(unit id under ``pos`` or None, whether ``pos`` is on that card's +/- button)."""
        x, y = pos.x(), pos.y()
        for chunk in self._chunks:
            if not chunk.rect().contains(pos):
                continue
            for node in chunk.nodes:
                bx, by, bw, bh = self._boxes[node]
                if bx - 2 <= x <= bx + bw + 40 and by - 2 <= y <= by + bh + 12:  # + toggle overflow
                    card = self.card(node)
                    toggle = card.toggle_rect()
                    on_toggle = toggle is not None and toggle.adjusted(-3, -3, 3, 3).contains(pos - card.pos())
                    if on_toggle or (x <= bx + bw + 2 and y <= by + bh + 2):
                        return node, on_toggle
        return None, False

    def helpEvent(self, event) -> None:  # noqa: N802
        pos = event.scenePos()
        for item in self.items(pos):  # tooltips made on first use: ready before Qt looks for one
            if isinstance(item, (SecondaryEdge, SecondaryMark)):
                item.ensure_tooltip()
        node, _ = self.hit_test(pos)
        card = self._cards.get(node) if node is not None else None
        if card is not None:
            card.ensure_tooltip()
        elif self.mark_at(pos) is None and self._mode == "cards":
            views = self.views()
            scale = views[0].transform().m11() if views else 1.0
            pairs = self.line_at(pos, 5.0 / max(scale, 0.05))
            if pairs and not any(s.isUnderMouse() for s in self._secondary):
                from PySide6.QtWidgets import QToolTip

                QToolTip.showText(event.screenPos(), line_tooltip(self.graph, pairs, self._paragraph_text),
                                  event.widget())
                event.accept()
                return
        super().helpEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        # not accepted: the view may start a hand-drag pan; the release decides if it was a click
        self._press = event.screenPos() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.screenPos() - press).manhattanLength() > CLICK_SLOP:
            return  # that was a pan
        mark = self.mark_at(event.scenePos())
        if mark is not None:  # "also reports to X": go to X
            self.unitClicked.emit(mark.target)
            return
        node, on_toggle = self.hit_test(event.scenePos())
        if node is not None:
            (self.toggleRequested if on_toggle else self.unitClicked).emit(node)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        super().mouseDoubleClickEvent(event)
        node, on_toggle = self.hit_test(event.scenePos())
        if node is not None and not on_toggle:
            self.unitDoubleClicked.emit(node)
