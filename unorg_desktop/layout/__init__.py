"""Layouts of the reporting chart; functions return data, never draw (no Qt, no networkx).

``layout_tree`` lays out what ``OrgGraph.visible_tree`` returns (the reporting trees, the groups
of unplaced units and their contents; a ``networkx.DiGraph`` or a plain mapping node -> children
works too). Engines, for each tree:

* ``"auto"`` / ``"compact"``: the compact org-chart layout (``compact.py``): stacked leaves,
  wrapped rows, orthogonal bus lines; linear time;
* ``"tidy"``: Buchheim-Walker, every level in one band (``tidy.py``); ``compact=True`` stacks
  the leaves of wide parents;
* ``"dot"``: Graphviz through pygraphviz (``dot.py``), spline lines; slow past a few thousand
  units (see ``benchmarks/README.md``).

Secondary lines are never given to an engine: ``routing.route_secondary`` draws them between
the boxes afterwards, so showing or hiding them cannot move the tree.
"""

from __future__ import annotations

import gc
from collections.abc import Mapping

from .chart import as_shape, compose
from .compact import ASPECT, compact_tree
from .model import Box, Layout, Point
from .tidy import tidy_layout

__all__ = ["ASPECT", "Box", "Layout", "Point", "layout_tree", "tidy_layout", "compact_tree", "ENGINES",
           "choose_engine", "as_shape"]

ENGINES = ("auto", "compact", "dot", "tidy")


def choose_engine(node_count: int = 0, engine: str = "auto") -> str:
    """The engine ``engine`` stands for (``auto`` is the compact org chart at every size)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown layout engine {engine!r}; expected one of {', '.join(ENGINES)}")
    return "compact" if engine == "auto" else engine


class _Subtree:
    """The nodes and edges under one root, for engines that want them listed (dot)."""

    def __init__(self, root, children: Mapping) -> None:
        self.nodes, self.edges = [root], []
        i = 0
        while i < len(self.nodes):
            kids = children.get(self.nodes[i]) or ()
            self.edges.extend((self.nodes[i], k) for k in kids)
            self.nodes.extend(kids)
            i += 1


def layout_tree(tree, sizes: Mapping, direction: str = "TB", engine: str = "auto",
                compact: bool = False, aspect: float = ASPECT, toggles=(), marks=()) -> Layout:
    """Lay out a chart.

    :param tree: ``OrgGraph.visible_tree(expanded)``, a ``networkx.DiGraph`` parent -> child with
        one root (``graph["root"]`` if set), or a mapping node -> children
    :param sizes: ``{node: (width, height)}`` of every node (groups included)
    :param direction: ``"TB"`` or ``"LR"``
    :param engine: ``"auto"`` or ``"compact"`` (org chart), ``"tidy"`` or ``"dot"``
    :param compact: tidy (and dot, which then gives way to tidy): stack the leaf children of wide
        parents in columns
    :param aspect: the width / height the compact layout and the packing of trees aim at
    :param toggles: compact: the nodes whose card carries a +/- button (room is kept for it)
    :param marks: compact: the nodes whose card carries a mark over its top edge (room above it)
    """
    if direction not in ("TB", "LR"):
        raise ValueError(f"direction must be TB or LR, not {direction!r}")
    chosen = choose_engine(0, engine)
    if chosen == "dot" and compact:  # stacked leaves are the tidy engine's compact mode
        chosen = "tidy"
    roots, children, groups = as_shape(tree)
    lr = direction == "LR"
    if chosen == "compact":
        def lay(root) -> Layout:
            return compact_tree(root, children, sizes, lr, aspect, toggles, marks)
        kind = "ortho"
    elif chosen == "tidy":
        def lay(root) -> Layout:
            return tidy_layout(children, sizes, direction, compact=compact, root=root)
        kind = "ortho"
    else:
        from .dot import dot_layout  # pygraphviz loads only when used

        def lay(root) -> Layout:
            return dot_layout(_Subtree(root, children), sizes, direction)
        kind = "spline"
    # hundreds of thousands of small tuples: the cyclic collector would rescan the heap several
    # times over (half the time at 100k nodes); nothing here makes cycles
    enabled = gc.isenabled()
    gc.disable()
    try:
        return compose(roots, groups, children, sizes, lay, direction, chosen, kind, aspect, frozenset(marks))
    finally:
        if enabled:
            gc.enable()
