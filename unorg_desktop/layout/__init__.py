"""Layouts of the reporting tree; functions return data, never draw (no Qt).

``layout_tree`` picks Graphviz ``dot`` for charts of normal size (the nicest picture) and the
linear-time tidy layout beyond ``DOT_MAX_NODES`` visible nodes, where ``dot`` grows faster than
linearly (CPU seconds on the 2-core dev machine: 0.12 at 1,000 nodes, 3-4 at 10,000, 75 at
100,000, against 0.002, 0.04 and 0.5 for tidy: see ``benchmarks/README.md``).

Secondary lines are never given to an engine: the renderer draws them between the boxes, so
showing or hiding them cannot move the tree.
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import Box, Layout, Point
from .tidy import tidy_layout

__all__ = ["Box", "Layout", "Point", "layout_tree", "tidy_layout", "DOT_MAX_NODES", "ENGINES"]

DOT_MAX_NODES = 1000  # dot: ~0.15 s at 1,000 nodes, ~1.2 s at 3,000 (benchmarks/run.py)
WIDE_LEAVES = 12  # a parent with more leaf children than this reads better with stacked leaves
ENGINES = ("auto", "dot", "tidy")


def choose_engine(node_count: int, engine: str = "auto", widest_leaf_row: int = 0) -> str:
    """``dot`` for charts of normal size, tidy (compact) for big or very wide ones."""
    if engine not in ENGINES:
        raise ValueError(f"unknown layout engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if engine != "auto":
        return engine
    return "dot" if node_count <= DOT_MAX_NODES and widest_leaf_row <= WIDE_LEAVES else "tidy"


def widest_leaf_row(tree) -> int:
    """The largest number of leaf children of one parent (linear; cheap beside a layout)."""
    adj = dict(tree.adjacency())  # raw successor dicts: networkx views cost more than the count
    best = 0
    for kids in adj.values():
        if len(kids) > best:  # only a parent with more children can have more leaves
            best = max(best, sum(1 for k in kids if not adj[k]))
    return best


def layout_tree(tree, sizes: Mapping, direction: str = "TB", engine: str = "auto",
                compact: bool = False) -> Layout:
    """Lay out a rooted tree.

    :param tree: a ``networkx.DiGraph`` parent -> child with one root (``graph["root"]`` if set),
        e.g. ``OrgGraph.visible_tree(expanded)``
    :param sizes: ``{node: (width, height)}`` of every node
    :param direction: ``"TB"`` or ``"LR"``
    :param engine: ``"auto"`` (``dot`` up to ``DOT_MAX_NODES`` nodes unless a parent has more than
        ``WIDE_LEAVES`` leaf children; else tidy, compact for wide parents), ``"dot"`` or ``"tidy"``
    :param compact: tidy only: stack the leaf children of very wide parents in columns
    """
    if direction not in ("TB", "LR"):
        raise ValueError(f"direction must be TB or LR, not {direction!r}")
    wide = widest_leaf_row(tree) if engine == "auto" else 0
    chosen = choose_engine(tree.number_of_nodes(), engine, wide)
    if chosen == "dot" and not compact:
        from .dot import dot_layout  # pygraphviz loads only when used

        return dot_layout(tree, sizes, direction)
    # auto: stack the leaves of very wide parents rather than draw a row of a hundred cards
    return tidy_layout(tree, sizes, direction, compact=compact or wide > WIDE_LEAVES)
