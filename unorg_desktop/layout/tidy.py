"""Linear-time tidy tree layout: Walker's algorithm with Buchheim, Jünger and Leipert's
improvements (threads, ancestors, deferred shifts), for nodes of different sizes.

Fully iterative, so a 5,000-deep chain does not hit Python's recursion limit, and no sibling
scans, so a parent with 4,000 children stays linear. Levels are bands as tall as their tallest
node; every parent is centred over its first and last child; siblings and cousins keep at least
``gap`` between them.

In compact mode, a parent with many leaf children stacks them in columns under itself (a block
laid out as one wide node), which keeps very wide parents readable.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Mapping

from .model import Box, Layout, Point

SIBLING_GAP = 24.0
LEVEL_GAP = 56.0
COMPACT_MIN_LEAVES = 6  # a parent with at least this many leaf children stacks them (compact mode)
BLOCK_GAP = 10.0


class _Node:
    __slots__ = ("key", "breadth", "children", "parent", "number", "prelim", "mod", "thread",
                 "ancestor", "change", "shift", "midpoint", "depth", "x", "block")

    def __init__(self, key, breadth: float, parent: "_Node | None", number: int, depth: int) -> None:
        self.key = key
        self.breadth = breadth
        self.children: list[_Node] = []
        self.parent = parent
        self.number = number  # index among its siblings
        self.prelim = 0.0
        self.mod = 0.0
        self.thread: _Node | None = None
        self.ancestor: _Node = self
        self.change = 0.0
        self.shift = 0.0
        self.midpoint = 0.0
        self.depth = depth
        self.x = 0.0
        self.block: list | None = None  # compact mode: the leaves this node stands for

    def left_sibling(self) -> "_Node | None":
        return self.parent.children[self.number - 1] if self.parent and self.number else None

    def next_left(self) -> "_Node | None":
        return self.children[0] if self.children else self.thread

    def next_right(self) -> "_Node | None":
        return self.children[-1] if self.children else self.thread


def _distance(a: _Node, b: _Node, gap: float) -> float:
    return (a.breadth + b.breadth) / 2 + gap


def _set_prelim(v: _Node, gap: float) -> None:
    w = v.left_sibling()
    if not v.children:
        v.prelim = w.prelim + _distance(w, v, gap) if w else 0.0
    elif w:
        v.prelim = w.prelim + _distance(w, v, gap)
        v.mod = v.prelim - v.midpoint
    else:
        v.prelim = v.midpoint


def _move_subtree(wl: _Node, wr: _Node, shift: float) -> None:
    subtrees = wr.number - wl.number
    wr.change -= shift / subtrees
    wr.shift += shift
    wl.change += shift / subtrees
    wr.prelim += shift
    wr.mod += shift


def _apportion(v: _Node, default_ancestor: _Node, gap: float) -> _Node:
    w = v.left_sibling()
    if w is None:
        return default_ancestor
    vir = vor = v
    vil = w
    vol = v.parent.children[0]
    sir = sor = v.mod
    sil, sol = vil.mod, vol.mod
    while vil.next_right() is not None and vir.next_left() is not None:
        vil, vir = vil.next_right(), vir.next_left()
        vol, vor = vol.next_left(), vor.next_right()
        vor.ancestor = v
        shift = (vil.prelim + sil) - (vir.prelim + sir) + _distance(vil, vir, gap)
        if shift > 0:
            anc = vil.ancestor if vil.ancestor.parent is v.parent else default_ancestor
            _move_subtree(anc, v, shift)
            sir += shift
            sor += shift
        sil += vil.mod
        sir += vir.mod
        sol += vol.mod
        sor += vor.mod
    if vil.next_right() is not None and vor.next_right() is None:
        vor.thread = vil.next_right()
        vor.mod += sil - sor
    if vir.next_left() is not None and vol.next_left() is None:
        vol.thread = vir.next_left()
        vol.mod += sir - sol
        default_ancestor = v
    return default_ancestor


def _execute_shifts(v: _Node) -> None:
    shift = change = 0.0
    for w in reversed(v.children):
        w.prelim += shift
        w.mod += shift
        change += w.change
        shift += w.shift + change


def _postorder(root: _Node) -> list[_Node]:
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    return order[::-1]  # children before parents


def _first_walk(root: _Node, gap: float) -> None:
    # The recursive version computes a child's prelim at the end of its own walk, right before
    # the parent apportions it; doing both in the parent's visit is equivalent, as a walk only
    # touches its own subtree.
    for v in _postorder(root):
        if not v.children:
            continue
        default_ancestor = v.children[0]
        for w in v.children:
            _set_prelim(w, gap)
            default_ancestor = _apportion(w, default_ancestor, gap)
        _execute_shifts(v)
        v.midpoint = (v.children[0].prelim + v.children[-1].prelim) / 2
    _set_prelim(root, gap)


def _second_walk(root: _Node) -> None:
    stack = [(root, -root.prelim)]
    while stack:
        node, m = stack.pop()
        node.x = node.prelim + m
        for child in node.children:
            stack.append((child, m + node.mod))


def _adjacency(tree) -> dict:
    """``{node: [children]}`` read once (networkx lookups cost more than the layout itself)."""
    if hasattr(tree, "adjacency"):
        return {n: list(nbrs) for n, nbrs in tree.adjacency()}
    return {n: list(kids) for n, kids in tree.items()}


def _root_of(tree):
    if hasattr(tree, "graph") and tree.graph.get("root") is not None:
        return tree.graph["root"]
    if hasattr(tree, "in_degree"):
        roots = [n for n, d in tree.in_degree() if d == 0]
        if len(roots) != 1:
            raise ValueError(f"a tree needs exactly one root, found {len(roots)}")
        return roots[0]
    raise ValueError("pass a networkx.DiGraph with graph['root'] or one root")


def _block_shape(sizes: list[tuple[float, float]], gap: float) -> tuple[int, float, float, float]:
    """Columns for a stacked block of leaves: roughly as wide as tall, each column a list."""
    n = len(sizes)
    w = max(s[0] for s in sizes)
    h = max(s[1] for s in sizes)
    cols = max(1, round(math.sqrt(n * h / max(w, 1.0) * 1.6)))
    rows = math.ceil(n / cols)
    return cols, rows, w, h


def tidy_layout(tree, sizes: Mapping, direction: str = "TB", compact: bool = False,
                gap: float = SIBLING_GAP, level_gap: float = LEVEL_GAP) -> Layout:
    """Lay out a rooted tree (a ``networkx.DiGraph`` parent -> child) in linear time.

    :param sizes: ``{node: (width, height)}`` of every node's card
    :param direction: ``"TB"`` (top-down) or ``"LR"`` (left to right)
    :param compact: stack the leaf children of very wide parents in columns
    """
    # Hundreds of thousands of small objects: the cyclic collector would rescan the whole heap
    # several times during the walk (half the time at 100k nodes). Nothing here needs it.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _tidy_layout(tree, sizes, direction, compact, gap, level_gap)
    finally:
        if enabled:
            gc.enable()


def _tidy_layout(tree, sizes: Mapping, direction: str, compact: bool, gap: float, level_gap: float) -> Layout:
    if direction not in ("TB", "LR"):
        raise ValueError(f"direction must be TB or LR, not {direction!r}")
    lr = direction == "LR"
    across_axis, along_axis = (1, 0) if lr else (0, 1)  # index in (width, height)

    adj = _adjacency(tree)
    root_key = _root_of(tree)
    root = _Node(root_key, sizes[root_key][across_axis], None, 0, 0)
    nodes = [root]
    stack = [root]
    while stack:
        parent = stack.pop()
        kids = adj.get(parent.key, [])
        leaves = [k for k in kids if not adj.get(k)]
        if compact and len(leaves) >= COMPACT_MIN_LEAVES:
            # the leaves go into one block after the children that have children of their own
            kids = [k for k in kids if adj.get(k)]
        else:
            leaves = []
        depth = parent.depth + 1
        children = parent.children
        for i, key in enumerate(kids):
            child = _Node(key, sizes[key][across_axis], parent, i, depth)
            children.append(child)
        nodes.extend(children)
        stack.extend(children)
        if leaves:
            cols, rows, cw, ch = _block_shape([sizes[k] for k in leaves], BLOCK_GAP)
            across, along = (ch, cw) if lr else (cw, ch)
            block = _Node(None, cols * (across + BLOCK_GAP) - BLOCK_GAP + 16, parent, len(kids), parent.depth + 1)
            block.block = [leaves, cols, rows, across, along]
            parent.children.append(block)
            nodes.append(block)

    _first_walk(root, gap)
    _second_walk(root)

    # level bands: each as deep as its deepest node (a stacked block counts as one node)
    band: dict[int, float] = {}
    for n in nodes:
        if n.block is not None:
            kids, cols, rows, across, along = n.block
            extent = rows * (along + BLOCK_GAP) - BLOCK_GAP
        else:
            extent = sizes[n.key][along_axis]
        band[n.depth] = max(band.get(n.depth, 0.0), extent)
    level_pos, pos = {}, 0.0
    for d in range(len(band)):
        level_pos[d] = pos
        pos += band[d] + level_gap

    min_x = min(n.x - n.breadth / 2 for n in nodes)
    layout = Layout(direction=direction, engine="tidy", edge_kind="ortho")

    boxes = layout.boxes

    def place(key, centre: float, level_start: float) -> None:
        w, h = sizes[key]
        if lr:
            boxes[key] = (level_start, centre - min_x - h / 2, w, h)
        else:
            boxes[key] = (centre - min_x - w / 2, level_start, w, h)

    stacked: set = set()
    for n in nodes:
        if n.block is None:
            w, h = sizes[n.key]
            if lr:
                boxes[n.key] = (level_pos[n.depth], n.x - min_x - h / 2, w, h)
            else:
                boxes[n.key] = (n.x - min_x - w / 2, level_pos[n.depth], w, h)
            continue
        kids, cols, rows, across, along = n.block
        left = n.x - n.breadth / 2 + 16
        stacked.update(kids)
        for i, key in enumerate(kids):
            col, row = divmod(i, rows)
            centre = left + col * (across + BLOCK_GAP) + across / 2
            place(key, centre, level_pos[n.depth] + row * (along + BLOCK_GAP))
    _route_edges(adj, layout, lr, level_gap, stacked)
    return layout


def _route_edges(adj: dict, layout: Layout, lr: bool, level_gap: float, stacked: set) -> None:
    """Orthogonal routes: out of the parent, along the middle of the gap, into the child; to a
    stacked leaf, along the gap beside its column."""
    boxes = layout.boxes
    for parent in boxes:
        kids = adj.get(parent)
        if not kids:
            continue
        px, py, pw, ph = boxes[parent]
        for child in kids:
            cx, cy, cw, ch = boxes[child]
            if lr:
                start: Point = (px + pw, py + ph / 2)
                mid = px + pw + level_gap / 2
                if child not in stacked:
                    route = [start, (mid, start[1]), (mid, cy + ch / 2), (cx, cy + ch / 2)]
                else:
                    side = cy - BLOCK_GAP / 2
                    route = [start, (mid, start[1]), (mid, side), (cx + cw / 2, side), (cx + cw / 2, cy)]
            else:
                start = (px + pw / 2, py + ph)
                mid = py + ph + level_gap / 2
                if child not in stacked:
                    route = [start, (start[0], mid), (cx + cw / 2, mid), (cx + cw / 2, cy)]
                else:
                    side = cx - BLOCK_GAP / 2
                    route = [start, (start[0], mid), (side, mid), (side, cy + ch / 2), (cx, cy + ch / 2)]
            layout.edges[(parent, child)] = route
