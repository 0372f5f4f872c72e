"""What the chart shows: the expansion state, the layout (cached), and relayout without jumps.

Glue between graph/layout (data) and render/ChartView (Qt): ``relayout(anchor)`` lays out the
visible tree, hands it to the scene, and scrolls so that ``anchor`` (the selected unit) keeps
its place in the viewport, which is what makes expand/collapse feel stable.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Signal

from unorg_desktop.layout import layout_tree
from unorg_desktop.render.cards import card_size, shows_badge
from unorg_desktop.render.entries import node_mode

from .chart_view import ChartView

log = logging.getLogger("unorg_desktop.chart")
ENV_CACHE = "UNORG_DESKTOP_CACHE_DIR"
DEFAULT_LEVELS = 2
BACKGROUND_CACHE_WRITE = 2000  # nodes: bigger layouts are written to the cache off the GUI thread
# Below this many cards the linear layout is as fast as reading stored positions (both ~1 ms at 100
# cards, 3-8 ms at 650; 350 ms against 120 ms at 20,000), so small charts skip the disk cache: a
# first chart of 20 cards reads and writes no file and does not load gzip and hashlib.
CACHE_MIN_NODES = 1000


def _position_cache():
    """The layout cache (``UNORG_DESKTOP_CACHE_DIR`` overrides its folder), or None if the layout
    package has none: the chart then simply lays out every time."""
    try:
        from unorg_desktop.layout.cache import PositionCache, layout_key
    except ImportError:
        return None, None
    directory = os.environ.get(ENV_CACHE)
    try:
        cache = PositionCache(Path(directory) / "layouts") if directory else PositionCache()
    except (OSError, TypeError) as err:
        log.warning("layout cache unavailable: %s", err)
        return None, None
    return cache, layout_key


class ChartController(QObject):
    """``layoutChanged``: a new layout is on screen (minimap, status bar)."""

    layoutChanged = Signal()

    def __init__(self, store, graph, scene, view: ChartView, direction: str = "TB", engine: str = "auto",
                 compact: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.graph, self.scene, self.view = store, graph, scene, view
        self.direction = direction
        self.engine = engine
        # leaves of wide parents stacked in columns: a far more compact overview, but it pushes
        # the next level far below (a unit's parent leaves the screen), so it is opt-in
        self.compact = compact
        if hasattr(graph, "label_groups"):  # the groups' titles in the interface's language
            graph.label_groups(self.tr("Named in {document} — not placed by any text"),
                               self.tr("Outside the reporting tree"))
        self.expanded: set[str] = set(graph.default_expanded(DEFAULT_LEVELS))
        self.visible = None  # graph.VisibleChart of the cards on screen
        self.layout = None
        self._sizes: dict[str, tuple[float, float]] = {}
        self._cache = self._key = None  # the position cache, opened for the first big layout
        self._cache_opened = False
        # layouts tried by layout_size since the last relayout: choosing a view tries the same
        # expansions more than once, and relayout then shows one of them
        self._tried: dict[tuple, tuple] = {}

    # -- layout ---------------------------------------------------------------------------------
    def size(self, unit_id: str) -> tuple[float, float]:
        size = self._sizes.get(unit_id)
        if size is None:
            unit = self.graph.units[unit_id]
            doc = self.graph.documents.get(unit.document) if unit.document else None
            mode = node_mode(self.graph, unit_id, getattr(self.graph, "groups", None))
            size = self._sizes[unit_id] = card_size(unit, doc, mode, self.graph.has_children(unit_id),
                                                    shows_badge(self.graph, unit_id))
        return size

    def _compute(self, tree, sizes):
        key = None
        compact = self.compact
        if len(sizes) >= CACHE_MIN_NODES and not self._cache_opened:
            self._cache, self._key = _position_cache()
            self._cache_opened = True
        if self._cache is not None and len(sizes) >= CACHE_MIN_NODES:
            try:
                key = self._key(self.store.content_hash, sorted(tree.nodes), sizes, self.direction, self.engine,
                                compact)
                cached = self._cache.get(key)
                if cached is not None:
                    return cached
            except Exception as err:  # noqa: BLE001 - a broken cache must never stop the chart
                log.warning("layout cache read failed: %s", err)
        try:
            toggles = {n for n in tree.nodes if self.graph.has_children(n)}
            marks = {s.child for s in getattr(self.graph, "secondary", ())}  # "also reports to" marks
            layout = layout_tree(tree, sizes, self.direction, engine=self.engine, compact=compact, toggles=toggles,
                                 marks=marks)
        except (ImportError, OSError, RuntimeError, ValueError) as err:
            if self.engine == "tidy":
                raise
            # Graphviz missing or failing on a user's machine: the chart must still come up
            log.warning("layout engine %r failed (%s); using the tidy layout", self.engine, err)
            layout = layout_tree(tree, sizes, self.direction, engine="tidy", compact=compact)
        if key is not None:
            if len(layout.boxes) > BACKGROUND_CACHE_WRITE:
                # ~3 s of JSON and gzip at 100k nodes: not on the GUI thread (the layout is plain
                # data nobody mutates; the cache writes atomically)
                self.wait_for_cache()
                self._writer = threading.Thread(target=self._put, args=(key, layout), name="layout-cache",
                                                daemon=True)
                self._writer.start()
            else:
                self._put(key, layout)
        return layout

    def _put(self, key: str, layout) -> None:
        try:
            self._cache.put(key, layout)
        except Exception as err:  # noqa: BLE001 - e.g. read-only cache folder
            log.warning("layout cache write failed: %s", err)

    def wait_for_cache(self) -> None:
        """Let a background cache write finish (before the next one, and at close)."""
        writer = getattr(self, "_writer", None)
        if writer is not None:
            writer.join()
            self._writer = None

    def shows(self, unit_id: str | None) -> bool:
        """Whether ``unit_id`` has a box in the current layout (cheap: no card is built)."""
        return unit_id is not None and self.layout is not None and unit_id in self.layout.boxes

    def viewport_pos(self, unit_id: str | None):
        """Where ``unit_id``'s card centre is in the viewport, or None if it has no card."""
        if unit_id is None or not self.shows(unit_id):
            return None
        return self.view.mapFromScene(self.scene.unit_rect(unit_id).center())

    def _lay_out(self, expanded: set[str]):
        """(visible tree, layout) when ``expanded`` units show their children (no drawing)."""
        tried = self._tried.get(self._trial_key(expanded))
        if tried is not None:
            return tried
        tree = self.graph.visible_tree(expanded)
        sizes = {n: self.size(n) for n in tree.nodes}
        return tree, self._compute(tree, sizes)

    def _trial_key(self, expanded) -> tuple:
        return frozenset(expanded), self.direction, self.engine, self.compact

    def layout_size(self, expanded: set[str]) -> tuple[float, float]:
        """The (width, height) the chart would have with ``expanded`` (for choosing a view)."""
        key = self._trial_key(expanded)
        tried = self._tried[key] = self._lay_out(set(expanded))
        _, _, w, h = tried[1].bbox
        return w, h

    def relayout(self, anchor: str | None = None) -> None:
        """Lay out the visible tree and show it; ``anchor`` stays where it was on screen."""
        before = self.viewport_pos(anchor)
        tree, self.layout = self._lay_out(self.expanded)
        self._tried.clear()  # kept only until a view is chosen: a big chart's layouts are large
        self.visible = tree
        self.scene.show_chart(self.graph, self.layout, self.expanded)
        self._update_scene_rect()
        after = self.viewport_pos(anchor)
        if before is not None and after is not None:
            self.view.scroll_by(after.x() - before.x(), after.y() - before.y())
        self.layoutChanged.emit()

    def chart_rect(self) -> QRectF:
        """The union of the cards on screen (empty before the first layout)."""
        if self.layout is None:
            return QRectF()
        rect = self.scene.chart_rect() if hasattr(self.scene, "chart_rect") else QRectF()
        if rect.isEmpty():
            boxes = list(self.layout.boxes.values())
            if boxes:
                x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
                rect = QRectF(x0, y0, max(b[0] + b[2] for b in boxes) - x0, max(b[1] + b[3] for b in boxes) - y0)
        return rect

    def _update_scene_rect(self) -> None:
        self.view.set_content_rect(self.chart_rect())

    # -- expansion ------------------------------------------------------------------------------
    def is_expanded(self, unit_id: str) -> bool:
        return unit_id in self.expanded

    def has_children(self, unit_id: str) -> bool:
        return bool(self.graph.children(unit_id))

    def set_expanded(self, unit_id: str, expanded: bool, anchor: str | None = None) -> bool:
        """Expand or collapse one unit; returns whether anything changed (and relaid out)."""
        if expanded == (unit_id in self.expanded) or not self.has_children(unit_id):
            return False
        (self.expanded.add if expanded else self.expanded.discard)(unit_id)
        self.relayout(anchor or unit_id)
        return True

    def toggle(self, unit_id: str, anchor: str | None = None) -> bool:
        return self.set_expanded(unit_id, unit_id not in self.expanded, anchor)

    def expand_subtree(self, unit_id: str, anchor: str | None = None) -> None:
        nodes = {n for n in self.graph.subtree(unit_id) if self.has_children(n)}
        if not nodes <= self.expanded:
            self.expanded |= nodes
            self.relayout(anchor or unit_id)

    def collapse_subtree(self, unit_id: str, anchor: str | None = None) -> None:
        nodes = set(self.graph.subtree(unit_id))
        if nodes & self.expanded:
            self.expanded -= nodes
            self.relayout(anchor or unit_id)

    def expand_all(self, anchor: str | None = None) -> None:
        """Every tree and every group of unplaced units, expanded."""
        nodes = {n for top in self.graph.top_level() for n in self.graph.subtree(top) if self.has_children(n)} \
            if hasattr(self.graph, "top_level") else {n for n in self.graph.subtree(self.graph.root)
                                                      if self.has_children(n)}
        if not nodes <= self.expanded:
            self.expanded |= nodes
            self.relayout(anchor)

    def set_expanded_units(self, expanded: set[str], anchor: str | None = None) -> None:
        """Show exactly the children of ``expanded`` (first view, Fit)."""
        expanded = {n for n in expanded if self.has_children(n)}
        if expanded != self.expanded or self.layout is None:
            self.expanded = expanded
            self.relayout(anchor)

    def collapse_all(self, anchor: str | None = None) -> None:
        """Back to the roots and their direct reports."""
        roots = set(getattr(self.graph, "roots", [self.graph.root]))
        if self.expanded != roots:
            self.expanded = roots
            keep = anchor in roots or any(anchor in self.graph.children(r) for r in roots)
            self.relayout(anchor if keep else None)

    def reveal(self, unit_id: str) -> bool:
        """Expand the ancestors of ``unit_id`` so it has a card; True if a relayout happened."""
        path = self.graph.display_path(unit_id)[:-1]  # its group too, for an unplaced unit
        missing = [n for n in path if n not in self.expanded]
        if not missing:
            return False
        self.expanded.update(missing)
        self.relayout()
        return True

    def set_compact(self, compact: bool, anchor: str | None = None) -> None:
        if compact != self.compact:
            self.compact = compact
            self.relayout(anchor)

    def set_engine(self, engine: str, anchor: str | None = None) -> None:
        if engine != self.engine:
            self.engine = engine
            self.relayout(anchor)

    def set_direction(self, direction: str, anchor: str | None = None) -> None:
        if direction != self.direction:
            self.direction = direction
            self.relayout(anchor)
