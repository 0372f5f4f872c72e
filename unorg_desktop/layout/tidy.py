"""Linear-time tidy tree layout: Walker's algorithm with Buchheim, Jünger and Leipert's
improvements (threads, ancestors, deferred shifts), for nodes of different sizes.

Fully iterative, so a 5,000-deep chain does not hit Python's recursion limit, and no sibling
scans, so a parent with 4,000 children stays linear. Levels are bands as deep as their deepest
node; every parent is centred over its first and last child; siblings and cousins keep at least
``gap`` between them.

Nodes are numbered breadth first, so the children of a node are a contiguous range of numbers
and every per-node value lives in a flat list. At 100,000 nodes this matters: one object per
node (the textbook version) spreads the walk over memory and ran ~16x slower than at 10,000.

In compact mode, a parent with many leaf children stacks them in columns under itself (a block
laid out as one wide node), which keeps very wide parents readable.
"""

from __future__ import annotations

import gc
import math
from itertools import repeat
from collections.abc import Mapping

from .model import Layout, Point

SIBLING_GAP = 24.0
LEVEL_GAP = 56.0
COMPACT_MIN_LEAVES = 6  # a parent with at least this many leaf children stacks them (compact mode)
BLOCK_GAP = 10.0  # between the rows and columns of a stacked block
BLOCK_MARGIN = 16.0  # left of a block, where the edges to its leaves run


class _Tree:
    """The tree numbered breadth first: node ``i``'s children are ``first[i] .. first[i]+count[i]-1``.

    A stacked block of leaves (compact mode) is one node whose key is ``None``; ``blocks[i]``
    holds its leaves and shape.
    """

    def __init__(self, adj: Mapping, root, sizes: Mapping, compact: bool) -> None:
        keys, parent, depth, first, count = [root], [-1], [0], [], []
        dims = [sizes[root]]  # (w, h), read while the keys are fresh in the CPU cache
        blocks: dict[int, tuple] = {}
        i = 0
        while i < len(keys):
            kids = adj.get(keys[i], ()) if keys[i] is not None else ()
            first.append(len(keys))
            leaves: list = []
            if compact and len(kids) >= COMPACT_MIN_LEAVES:
                leaves = [k for k in kids if not adj.get(k)]
                if len(leaves) >= COMPACT_MIN_LEAVES:
                    kids = [k for k in kids if adj.get(k)]  # the block goes after them
                else:
                    leaves = []
            keys.extend(kids)
            dims.extend(map(sizes.__getitem__, kids))
            c = len(kids) + (1 if leaves else 0)
            if leaves:
                blocks[len(keys)] = (leaves,)
                keys.append(None)
                dims.append((0.0, 0.0))
            count.append(c)
            parent.extend(repeat(i, c))
            depth.extend(repeat(depth[i] + 1, c))
            i += 1
        self.keys, self.parent, self.depth, self.first, self.count = keys, parent, depth, first, count
        self.blocks, self.dims = blocks, dims


def _block_shape(sizes: list[tuple[float, float]], lr: bool) -> tuple[int, int, float, float]:
    """Columns and rows for a stacked block of leaves, and the cell's extent across and along the
    levels (the largest card's). The block comes out about 1.6 times longer across the levels
    than along them, like the chart around it."""
    n = len(sizes)
    w = max(s[0] for s in sizes)
    h = max(s[1] for s in sizes)
    across, along = (h, w) if lr else (w, h)
    cols = max(1, round(math.sqrt(n * along / max(across, 1.0) * 1.6)))
    return cols, math.ceil(n / cols), across, along


def _first_walk(t: _Tree, breadth: list[float], gap: float) -> tuple[list[float], list[float]]:
    """Preliminary positions and modifiers (Buchheim et al., with their ``apportion`` inlined).

    Nodes are visited in reverse breadth-first order: every subtree is finished before its parent
    places it, which is all the recursive version guarantees (a walk touches only its subtree).
    """
    first, count, parent = t.first, t.count, t.parent
    n = len(t.keys)
    prelim, mod, change, shift = [0.0] * n, [0.0] * n, [0.0] * n, [0.0] * n
    midpoint = [0.0] * n
    thread = [-1] * n
    ancestor = [-1] * n  # -1: the node itself (saves 100,000 int objects at 100k nodes)
    for v in range(n - 1, -1, -1):
        c = count[v]
        if not c:
            continue
        f = first[v]
        last = f + c - 1
        prelim[f] = midpoint[f] if count[f] else 0.0
        default = f
        for w in range(f + 1, f + c):
            p = prelim[w] = prelim[w - 1] + (breadth[w - 1] + breadth[w]) / 2 + gap
            if count[w]:
                mod[w] = p - midpoint[w]
            # apportion: push w's subtree right until its left contour clears its left siblings'
            vir = vor = w
            vil, vol = w - 1, f
            sir = sor = mod[w]
            sil, sol = mod[vil], mod[vol]
            while True:
                nr = first[vil] + count[vil] - 1 if count[vil] else thread[vil]
                nl = first[vir] if count[vir] else thread[vir]
                if nr < 0 or nl < 0:
                    break
                vil, vir = nr, nl
                vol = first[vol] if count[vol] else thread[vol]
                vor = first[vor] + count[vor] - 1 if count[vor] else thread[vor]
                ancestor[vor] = w
                s = (prelim[vil] + sil) - (prelim[vir] + sir) + (breadth[vil] + breadth[vir]) / 2 + gap
                if s > 0:
                    a = ancestor[vil]
                    if a < 0:
                        a = vil
                    wl = a if parent[a] == v else default
                    per = s / (w - wl)  # siblings are numbered consecutively
                    change[w] -= per
                    shift[w] += s
                    change[wl] += per
                    prelim[w] += s
                    mod[w] += s
                    sir += s
                    sor += s
                sil += mod[vil]
                sir += mod[vir]
                sol += mod[vol]
                sor += mod[vor]
            nr = first[vil] + count[vil] - 1 if count[vil] else thread[vil]
            if nr >= 0 and (thread[vor] if not count[vor] else 0) < 0:
                thread[vor] = nr
                mod[vor] += sil - sor
            nl = first[vir] if count[vir] else thread[vir]
            if nl >= 0 and (thread[vol] if not count[vol] else 0) < 0:
                thread[vol] = nl
                mod[vol] += sir - sol
                default = w
        # execute the deferred shifts of the children, right to left
        s = ch = 0.0
        for w in range(last, f - 1, -1):
            prelim[w] += s
            mod[w] += s
            ch += change[w]
            s += shift[w] + ch
        midpoint[v] = (prelim[f] + prelim[last]) / 2
    prelim[0] = midpoint[0] if count[0] else 0.0
    return prelim, mod


def _successors(tree) -> Mapping:
    """``{node: children}`` read once (networkx lookups cost more than the layout itself)."""
    succ = getattr(tree, "_succ", None)
    if isinstance(succ, dict):  # a networkx DiGraph's own dict of successor dicts: no copy
        return succ
    if hasattr(tree, "adjacency"):
        return dict(tree.adjacency())
    return tree


def _root_of(tree):
    if hasattr(tree, "graph") and tree.graph.get("root") is not None:
        return tree.graph["root"]
    if hasattr(tree, "in_degree"):
        roots = [n for n, d in tree.in_degree() if d == 0]
        if len(roots) != 1:
            raise ValueError(f"a tree needs exactly one root, found {len(roots)}")
        return roots[0]
    raise ValueError("pass a networkx.DiGraph with graph['root'] or one root")


def tidy_layout(tree, sizes: Mapping, direction: str = "TB", compact: bool = False,
                gap: float = SIBLING_GAP, level_gap: float = LEVEL_GAP, root=None) -> Layout:
    """Lay out a rooted tree (a ``networkx.DiGraph`` parent -> child) in linear time.

    :param tree: the root is ``root``, else ``tree.graph["root"]`` if set, else the one node
        without a parent; a plain mapping node -> children is enough when ``root`` is given
    :param sizes: ``{node: (width, height)}`` of every node's card
    :param direction: ``"TB"`` (top-down) or ``"LR"`` (left to right)
    :param compact: stack the leaf children of very wide parents in columns
    :param gap: least space between neighbours on a level
    :param level_gap: space between levels, where the edges run
    """
    if direction not in ("TB", "LR"):
        raise ValueError(f"direction must be TB or LR, not {direction!r}")
    # Hundreds of thousands of small objects: the cyclic collector would rescan the whole heap
    # several times during the walk (half the time at 100k nodes). Nothing here makes cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        adj = _successors(tree)
        return _tidy_layout(adj, _root_of(tree) if root is None else root, sizes, direction == "LR", compact,
                            gap, level_gap)
    finally:
        if enabled:
            gc.enable()


def _add_spacers(t: _Tree, band: list[float], breadth: list[float], extent: list[float],
                 level_gap: float) -> None:
    """Hang under each block a chain of empty nodes as wide as the block, one per further level
    its rows reach into, so the first walk keeps those levels clear beside it.

    The chain is numbered after every other node: its numbers still grow downwards and each
    spacer's one child is a range of one, which is all the walks need.
    """
    for i, (_, _, _, along) in t.blocks.items():
        covered, j, above = band[t.depth[i]], t.depth[i], i
        while covered < extent[i]:
            j += 1
            if j == len(band):  # below the deepest card: levels as deep as the block's rows
                band.append(along)
            covered += level_gap + band[j]
            spacer = len(t.keys)
            t.keys.append(None)
            t.parent.append(above)
            t.depth.append(j)
            t.first.append(0)
            t.count.append(0)
            breadth.append(breadth[i])
            t.first[above], t.count[above] = spacer, 1
            above = spacer


def _tidy_layout(adj: Mapping, root, sizes: Mapping, lr: bool, compact: bool, gap: float,
                 level_gap: float) -> Layout:
    t = _Tree(adj, root, sizes, compact)
    keys = t.keys
    # across = the extent along a level (width in TB), along = across the levels (height in TB)
    across_i, along_i = (1, 0) if lr else (0, 1)
    # Copies, not the caller's numbers: fresh floats lie side by side in memory, where the
    # caller's are scattered over the heap; at 100k nodes every later pass reads them faster.
    breadth = [d[across_i] + 0.0 for d in t.dims]
    extent = [d[along_i] + 0.0 for d in t.dims]
    del t.dims
    for i, (leaves,) in t.blocks.items():
        cols, rows, across, along = _block_shape([sizes[k] for k in leaves], lr)
        t.blocks[i] = (leaves, rows, across, along)
        breadth[i] = BLOCK_MARGIN + cols * (across + BLOCK_GAP) - BLOCK_GAP
        extent[i] = rows * (along + BLOCK_GAP) - BLOCK_GAP
    # level bands: each as deep as its deepest card; a block instead runs down through as many
    # levels as it needs, kept free by spacers, so one wide parent does not deepen every level
    band = [0.0] * (max(t.depth) + 1)
    for d, e, k in zip(t.depth, extent, keys):
        if k is not None and e > band[d]:
            band[d] = e
    _add_spacers(t, band, breadth, extent, level_gap)

    prelim, mod = _first_walk(t, breadth, gap)
    # second walk: a node's position is its prelim plus the modifiers of its ancestors; in place,
    # parents first, mod becomes the sum of the node's own and its ancestors' modifiers
    parent = t.parent
    for i in range(1, len(keys)):
        mod[i] += mod[parent[i]]
    raw = [p + mod[q] for p, q in zip(prelim, parent)]
    raw[0] = prelim[0]

    level_start, pos = [], 0.0
    for b in band:
        level_start.append(pos)
        pos += b + level_gap
    level_end = [s + b for s, b in zip(level_start, band)]

    min_x = min(c - b / 2 for c, b in zip(raw, breadth))  # the chart starts at x = 0
    centre = [c - min_x for c in raw]
    del raw
    layout = Layout(direction="LR" if lr else "TB", engine="tidy", edge_kind="ortho")
    boxes = layout.boxes
    rows_of = zip(keys, centre, t.depth, breadth, extent)  # stops before the spacers
    if lr:
        for key, c, d, b, e in rows_of:
            if key is not None:
                boxes[key] = (level_start[d], c - b / 2, e, b)
    else:
        for key, c, d, b, e in rows_of:
            if key is not None:
                boxes[key] = (c - b / 2, level_start[d], b, e)
    for i, (leaves, rows, across, along) in t.blocks.items():
        left = centre[i] - breadth[i] / 2 + BLOCK_MARGIN
        for j, key in enumerate(leaves):
            col, row = divmod(j, rows)
            c = left + col * (across + BLOCK_GAP) + across / 2
            start = level_start[t.depth[i]] + row * (along + BLOCK_GAP)
            w, h = sizes[key]
            boxes[key] = (start, c - h / 2, w, h) if lr else (c - w / 2, start, w, h)
    mid = [e + level_gap / 2 for e in level_end]
    _route_edges(t, layout, lr, centre, extent, level_start, mid)
    return layout


def _route_edges(t: _Tree, layout: Layout, lr: bool, centre: list[float], extent: list[float],
                 level_start: list[float], mid: list[float]) -> None:
    """Orthogonal routes: out of the parent, along the middle of the gap below its level, into
    the child; to a stacked leaf, along the margin beside its column.

    The two points out of a parent are shared by its children's routes (tuples are immutable):
    at 100,000 edges the allocations, not the arithmetic, are what costs.
    """
    boxes, edges, keys, first, depth = layout.boxes, layout.edges, t.keys, t.first, t.depth
    for i, c in enumerate(t.count):
        parent = keys[i]
        if not c or parent is None:  # a leaf, or a block or spacer (no edges of their own)
            continue
        d = depth[i]
        m, here, below = mid[d], centre[i], level_start[d + 1]
        if lr:
            out = (level_start[d] + extent[i], here)
            turn = (m, here)
        else:
            out = (here, level_start[d] + extent[i])
            turn = (here, m)
        for j in range(first[i], first[i] + c):
            child = keys[j]
            if child is not None:
                there = centre[j]
                edges[(parent, child)] = [out, turn, (m, there), (below, there)] if lr else \
                    [out, turn, (there, m), (there, below)]
                continue
            leaves, _, across, _ = t.blocks[j]
            for leaf in leaves:
                # the run beside a column keeps to the gap before its cells (cards may be narrower)
                cx, cy, cw, ch = boxes[leaf]
                if lr:
                    side, x1 = cy + ch / 2 - across / 2 - BLOCK_GAP / 2, cx + cw / 2
                    route: list[Point] = [out, turn, (m, side), (x1, side), (x1, cy)]
                else:
                    side, y1 = cx + cw / 2 - across / 2 - BLOCK_GAP / 2, cy + ch / 2
                    route = [out, turn, (side, m), (side, y1), (cx, y1)]
                edges[(parent, leaf)] = route
