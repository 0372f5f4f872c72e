"""The compact org-chart layout: one reporting tree as nested blocks, in linear time.

Each unit's block holds its card and, under it, its children, in one of two arrangements
(whichever fits on the smallest page of shape ``aspect``, rows preferred):

* **stacked** (BALKAN's "mixed", GoJS's "alternating"): the children's blocks in columns under
  the card, in pairs around a vertical trunk straight under it; each child's card hangs from the
  trunk by a short horizontal line. Two or more leaves are always stacked top-down (left to
  right, a column of them is already a stack, so rows are preferred there);
* **rows**: the subtrees side by side under a bus (after the stacked leaves, if any), wrapped
  onto several rows when one row would be much wider than tall; every row but the last leaves a
  channel for the trunk to the rows below. The card is centred over the row's children (the
  midpoint of the first and last child's centre).

Lines are orthogonal "bus" routes: down from the parent, along a bus in the gap above a row (or
down a trunk), down (or across) into the child. They never cross a card: buses run in the gaps
that the blocks keep free. A block depends only on its own subtree, so expanding a unit moves
the rest of the chart without changing any other subtree's shape.

Computed across/along (x/y for top-down, y/x for left-right) in two passes over the nodes
numbered breadth first: blocks bottom-up (reverse order), positions and routes top-down.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .model import Layout

SIBLING_GAP = 14.0  # between neighbouring blocks of a row
LEVEL_GAP = 32.0  # from a card to its children; the bus runs in the middle
ROW_GAP = 28.0  # between wrapped rows; their bus runs in the middle
STACK_GAP = 6.0  # between stacked blocks
TRUNK_MARGIN = 10.0  # from a trunk to the stacked blocks beside it
PAIR_GAP = 16.0  # between two pairs of stacked columns (the main trunk may pass there)
CHANNEL = 16.0  # the gap left in a wrapped row for the trunk to the next rows
MAX_ROWS = 6  # a row of siblings is wrapped onto at most this many rows
ROW_PENALTY = 0.05  # each extra row must save this share of the page side
STACK_PENALTY = 0.1  # stacking subtrees must save this share of the page side (rows read better)
MAX_WIDTH = 240.0  # about the widest card: sizes the test for stacks that need more than one pair
GOOD_ENOUGH = 1.3  # rows whose page side is within this of the blocks' area need no other plan
TOGGLE_ROOM = 14.0  # under a card with a +/- button and nothing laid out under it
TOGGLE_ROOM_LR = 34.0  # beside it, left to right (the button shows "+15")
MARK_ROOM = 12.0  # above a card that carries a mark on its top edge
ASPECT = 1.4  # blocks aim at this width over height (a landscape page)
SHAPE_WEIGHT = 0.2  # an inner block's cost grows by this for each factor e its shape is off the page's


def _number(root, children: Mapping):
    """Breadth-first numbering: node ``i``'s children are ``first[i] .. first[i]+count[i]-1``."""
    keys, first, count = [root], [], []
    get = children.get
    i = 0
    while i < len(keys):
        kids = get(keys[i])
        first.append(len(keys))
        if kids:
            keys.extend(kids)
            count.append(len(kids))
        else:
            count.append(0)
        i += 1
    return keys, first, count


class _Blocks:
    """Per-node numbers, in flat lists (one object per node costs far more at 100k nodes).

    A node's frame has its card's centre at across 0 and its card's top at along 0.
    """

    def __init__(self, across: list[float], along: list[float]) -> None:
        n = len(across)
        self.across, self.along = across, along
        self.lo = [-a / 2 for a in across]  # the block's extent across
        self.hi = [a / 2 for a in across]
        self.depth = along[:]  # the block's extent along
        self.off_a = [0.0] * n  # the child's card centre / top in its parent's frame
        self.off_l = [0.0] * n
        self.row = [0] * n  # -1: stacked; else the child's row
        self.bus = [0.0] * n  # along of the bus where the child's route leaves the axis
        self.turn = [0.0] * n  # stacked: across of its trunk; row > 0: along of its row's bus
        self.channel: dict[int, float] = {}  # parent -> across of the trunk through its wrapped rows
        self.leaf_pair = [False] * n  # parent whose children are leaves on both sides of one trunk
        self.pre = [0.0] * n  # room above the card inside its block (for a mark on its top edge)


def compact_tree(root, children: Mapping, sizes: Mapping, lr: bool = False, aspect: float = ASPECT,
                 toggles=(), marks=()) -> Layout:
    """Lay out the tree under ``root`` (``children``: node -> its children in order).

    :param toggles: nodes whose card has a +/- button (on the bottom edge, or the right edge
        left to right): room is kept for it when nothing is laid out under the card
    :param marks: nodes whose card carries a small mark over its top edge ("also reports to"):
        room is kept above the card
    """
    keys, first, count = _number(root, children)
    dims = [sizes[k] for k in keys]
    if lr:
        b = _Blocks([d[1] + 0.0 for d in dims], [d[0] + 0.0 for d in dims])
        ratio = 1.0 / aspect
    else:
        b = _Blocks([d[0] + 0.0 for d in dims], [d[1] + 0.0 for d in dims])
        ratio = aspect
    del dims
    across, along, lo, hi, depth = b.across, b.along, b.lo, b.hi, b.depth
    if toggles:
        room = TOGGLE_ROOM_LR if lr else TOGGLE_ROOM
        for i, key in enumerate(keys):
            if not count[i] and key in toggles:
                depth[i] += room
    pre = b.pre  # room above a card inside its block (a mark); blocks are placed by their tops
    if marks:
        for i, key in enumerate(keys):
            if key in marks:
                pre[i] = MARK_ROOM
                depth[i] += MARK_ROOM
    off_a, off_l, row, bus_of, turn = b.off_a, b.off_l, b.row, b.bus, b.turn
    root_r = math.sqrt(ratio)
    pair_limit = 4 * (MAX_WIDTH + TRUNK_MARGIN) / ratio  # a longer stack of leaves may need more pairs
    leaf_pair = b.leaf_pair
    for v in range(len(keys) - 1, -1, -1):
        c = count[v]
        if not c:
            continue
        cost = _page_side if v == 0 else _block_cost
        f = first[v]
        end = f + c
        top = along[v] + LEVEL_GAP
        for k in range(f, end):
            if count[k]:
                break
        else:  # only leaves (most parents): stacked in one pair on a trunk straight down
            if lr:  # left to right, a column of leaves is already a stack: rows, unless wider
                kids = list(range(f, end))
                plan = _rows(b, kids, ratio, None, top, cost)
                other = _stack(b, kids, ratio, top)
                if _side(other, across[v], root_r, cost) * (1 + STACK_PENALTY) < _side(plan, across[v], root_r, cost):
                    plan = other
                _commit(b, v, plan)
                continue
            total = 0.0
            for k in range(f, end):
                total += depth[k]
            if c < 4 or total < pair_limit:
                # a pair of columns around the trunk, or one column beside it (BALKAN's
                # "mixed"): whichever fits the smaller page (one column, for a few leaves)
                fill_l = fill_r = 0.0
                w_l = w_r = widest = 0.0
                for k in range(f, end):
                    w = across[k]
                    if w > widest:
                        widest = w
                    if fill_l <= fill_r:
                        off_a[k] = -TRUNK_MARGIN - w / 2
                        off_l[k] = top + fill_l + pre[k]
                        fill_l += depth[k] + STACK_GAP
                        if w > w_l:
                            w_l = w
                    else:
                        off_a[k] = TRUNK_MARGIN + w / 2
                        off_l[k] = top + fill_r + pre[k]
                        fill_r += depth[k] + STACK_GAP
                        if w > w_r:
                            w_r = w
                half = across[v] / 2
                pair_side = cost(max(2 * half, 2 * TRUNK_MARGIN + w_l + w_r), top + max(fill_l, fill_r) - STACK_GAP,
                                 root_r)
                one_side = cost(max(2 * half, TRUNK_MARGIN + widest), top + fill_l + fill_r - STACK_GAP, root_r)
                if one_side < pair_side:
                    _commit(b, v, _column(b, list(range(f, end)), top))
                    continue
                leaf_pair[v] = True
                lo[v] = min(-half, -TRUNK_MARGIN - w_l)
                hi[v] = max(half, TRUNK_MARGIN + w_r)
                depth[v] = top + max(fill_l, fill_r) - STACK_GAP + pre[v]
                continue
        kids = list(range(f, end))
        leaves = [k for k in kids if not count[k]]
        if len(leaves) == c:
            plan = _stack(b, kids, ratio, top)
        else:
            # every child in rows; the leaves stacked on the trunk and the subtrees in rows
            # under them; or everything stacked: the plan that fits the smallest page wins
            plan = _rows(b, kids, ratio, None, top, cost)
            best = _side(plan, across[v], root_r, cost)
            area = across[v] * along[v]
            for k in kids:
                area += (hi[k] - lo[k]) * depth[k]
            options = []
            if best >= GOOD_ENOUGH * math.sqrt(area):  # else rows leave little room to save
                if leaves:
                    subs = [k for k in kids if count[k]]
                    options.append((_rows(b, subs, ratio, _stack(b, leaves, ratio, top), top, cost), 1.0))
                if c >= 2:
                    options.append((_stack(b, kids, ratio, top), 1 + STACK_PENALTY))
                    options.append((_column(b, kids, top), 1 + STACK_PENALTY))
            for other, penalty in options:
                side = _side(other, across[v], root_r, cost) * penalty
                if side < best:
                    plan, best = other, side
        _commit(b, v, plan)
    return _place(keys, first, count, b, lr)


def _commit(b: _Blocks, v: int, plan) -> None:
    """Write a plan's placements and the block's extent."""
    span_lo, span_hi, end, placed, channel = plan
    off_a, off_l, row, bus_of, turn = b.off_a, b.off_l, b.row, b.bus, b.turn
    for k, oa, ol, r, bus, t in placed:
        off_a[k], off_l[k], row[k], bus_of[k], turn[k] = oa, ol, r, bus, t
    if channel is not None:
        b.channel[v] = channel
    half = b.across[v] / 2
    b.lo[v] = min(-half, span_lo)
    b.hi[v] = max(half, span_hi)
    b.depth[v] = end + b.pre[v]


def _page_side(width: float, depth: float, root_r: float) -> float:
    """The side of the smallest page of the layout's aspect that holds a block this size: what
    the whole tree keeps small to come out large on the page."""
    return max(width / root_r, depth * root_r)


def _block_cost(width: float, depth: float, root_r: float) -> float:
    """What an inner block keeps small: its area, and loosely its shape (near the page's). Its
    parent arranges it with its siblings, so a block the page's exact shape is not what makes
    the whole small: blocks chosen that way left most of the chart empty."""
    shape = width / max(depth, 1.0) / (root_r * root_r)
    return math.sqrt(width * depth) * (1 + SHAPE_WEIGHT * abs(math.log(max(shape, 1e-9))))


def _side(plan, card: float, root_r: float, cost=_page_side) -> float:
    """The cost of a block planned so (``_page_side`` for the root, ``_block_cost`` inside)."""
    width = max(plan[1], -plan[0], card / 2) * 2
    return cost(width, plan[2], root_r)


def _columns(lengths: list[float], columns: int) -> list[int]:
    """The column of each item, in order, each column about as long as the others."""
    target = sum(lengths) / columns
    out, column, filled = [], 0, 0.0
    for length in lengths:
        if filled and column < columns - 1 and filled + length / 2 > target:
            column += 1
            filled = 0.0
        out.append(column)
        filled += length
    return out


def _stack(b: _Blocks, items: list[int], ratio: float, top: float):
    """Plan ``items`` stacked around trunks: in pairs of columns (one pair unless the stack
    would be far taller than wide), each item on the shorter side of its pair, so the columns
    read top-down in turn (GoJS's "alternating"). The trunk, or the gap between the middle
    pairs, is at 0, under the parent.

    Returns (extent lo, extent hi, along end, [(item, off_a, off_l, -1, bus, trunk)], None).
    """
    lo, hi, depth = b.lo, b.hi, b.depth
    lengths = [depth[k] + STACK_GAP for k in items]
    widest = max(hi[k] - lo[k] for k in items)
    pairs = max(1, min(round(math.sqrt(ratio * sum(lengths) / (4 * (widest + TRUNK_MARGIN)))),
                       (len(items) + 1) // 2))
    pair_of = _columns(lengths, pairs) if pairs > 1 else [0] * len(items)
    side_of, filled = [], [[0.0, 0.0] for _ in range(pairs)]
    at = []
    for length, p in zip(lengths, pair_of):
        side = 0 if filled[p][0] <= filled[p][1] else 1
        side_of.append(side)
        at.append(filled[p][side])
        filled[p][side] += length
    widths = [[0.0, 0.0] for _ in range(pairs)]
    for k, p, side in zip(items, pair_of, side_of):
        w = hi[k] - lo[k]
        if w > widths[p][side]:
            widths[p][side] = w
    trunks, x = [], 0.0
    for left, right in widths:
        trunks.append(x + left + TRUNK_MARGIN)
        x += left + right + 2 * TRUNK_MARGIN + PAIR_GAP
    width = x - PAIR_GAP
    if pairs % 2:
        axis = trunks[pairs // 2]
    else:  # the middle of the gap between the two middle pairs
        m = pairs // 2
        axis = trunks[m] - widths[m][0] - TRUNK_MARGIN - PAIR_GAP / 2
    trunks = [t - axis for t in trunks]
    bus = top - LEVEL_GAP / 2
    placed, end = [], top
    for k, p, side, y in zip(items, pair_of, side_of, at):
        t = trunks[p]
        # a left block ends at its trunk's margin, a right one starts there
        oa = t - TRUNK_MARGIN - hi[k] if side == 0 else t + TRUNK_MARGIN - lo[k]
        ol = top + y + b.pre[k]
        placed.append((k, oa, ol, -1, bus, t))
        if top + y + depth[k] > end:  # the block's bottom
            end = top + y + depth[k]
    return -axis, width - axis, end, placed, None


def _column(b: _Blocks, items: list[int], top: float):
    """Plan ``items`` in one column centred under the parent, hanging from a trunk on its left
    (BALKAN's "mixed"). Same return shape as :func:`_stack`."""
    lo, hi, depth = b.lo, b.hi, b.depth
    width = max(hi[k] - lo[k] for k in items)
    t = -width / 2 - TRUNK_MARGIN
    bus = top - LEVEL_GAP / 2
    placed, y = [], top
    for k in items:
        placed.append((k, -width / 2 - lo[k], y + b.pre[k], -1, bus, t))
        y += depth[k] + STACK_GAP
    return t, width / 2, y - STACK_GAP, placed, None


def _wrap(items, widths, heights, ratio, cost=_page_side) -> list[list[int]]:
    """Split a row of blocks into the rows whose whole fits the smallest page of aspect
    ``ratio`` (width over height), each extra row costing ``ROW_PENALTY``."""
    total = sum(widths) + SIBLING_GAP * (len(items) - 1)
    tallest = max(heights)
    if len(items) == 1 or total <= ratio * tallest:
        return [items]
    root_r = math.sqrt(ratio)
    best, best_rows = cost(total, tallest, root_r), [items]
    guess = round(math.sqrt(total / (ratio * tallest)))  # rows of equal blocks for the aspect
    for count in range(max(2, guess - 1), min(len(items), MAX_ROWS, guess + 1) + 1):
        limit = total / count
        rows, current, used, width, height = [], [], 0.0, 0.0, 0.0
        row_h = 0.0
        for k, w, h in zip(items, widths, heights):
            if current and used + SIBLING_GAP + w / 2 > limit:
                rows.append(current)
                width, height = max(width, used), height + row_h + ROW_GAP
                current, used, row_h = [], 0.0, 0.0
            used = used + SIBLING_GAP + w if current else w
            if h > row_h:
                row_h = h
            current.append(k)
        rows.append(current)
        width, height = max(width, used) + CHANNEL, height + row_h
        side = cost(width, height, root_r) * (1 + ROW_PENALTY * (len(rows) - 1))
        if side < best:
            best, best_rows = side, rows
    return best_rows


def _rows(b: _Blocks, items: list[int], ratio: float, staff, top: float, cost=_page_side):
    """Plan ``items`` in rows under ``staff`` (a stack plan of leaves, or None), the midpoint of
    the children's centres on 0; every row but the last is split around a channel for the
    trunk to the next. Same return shape as :func:`_stack`, with the channel's across."""
    lo, hi, depth = b.lo, b.hi, b.depth
    placed: list[tuple] = []
    span_lo = span_hi = 0.0
    if staff is not None:
        span_lo, span_hi, end, placed, _ = staff
        placed = list(placed)
        top = end + LEVEL_GAP
    rows = _wrap(items, [hi[k] - lo[k] for k in items], [depth[k] for k in items], ratio, cost)
    bus0 = top - LEVEL_GAP / 2
    if len(rows) == 1:  # one row (the common case): side by side, the parent over the middle
        x, centres = 0.0, []
        for k in items:
            centres.append(x - lo[k])
            x += hi[k] - lo[k] + SIBLING_GAP
        shift = -(centres[0] + centres[-1]) / 2
        height = 0.0
        for k, cx in zip(items, centres):
            placed.append((k, cx + shift, top + b.pre[k], 0, bus0, bus0))
            if depth[k] > height:
                height = depth[k]
        r_lo, r_hi = shift, shift + x - SIBLING_GAP
        return min(span_lo, r_lo), max(span_hi, r_hi), top + height, placed, None
    last = len(rows) - 1
    mine = []  # (item, across, along, row, row bus) before centring
    r_lo = r_hi = 0.0
    for r, members in enumerate(rows):
        height = max(depth[k] for k in members)
        if r < last:  # the trunk to the next rows passes at 0: split the row in two
            whole = sum(hi[k] - lo[k] for k in members)
            acc, best, split = 0.0, None, 0
            for i in range(len(members) + 1):
                diff = abs(whole - 2 * acc)
                if best is None or diff < best:
                    best, split = diff, i
                if i < len(members):
                    acc += hi[members[i]] - lo[members[i]]
            x = -CHANNEL / 2
            for k in reversed(members[:split]):
                x -= hi[k]
                mine.append((k, x, top, r))
                x += lo[k] - SIBLING_GAP
            x = CHANNEL / 2
            for k in members[split:]:
                x -= lo[k]
                mine.append((k, x, top, r))
                x += hi[k] + SIBLING_GAP
        else:
            width = sum(hi[k] - lo[k] for k in members) + SIBLING_GAP * (len(members) - 1)
            x = -width / 2
            for k in members:
                x -= lo[k]
                mine.append((k, x, top, r))
                x += hi[k] + SIBLING_GAP
        top += height + ROW_GAP
    # the parent goes over the middle of its row children: move the rows, not the parent
    shift = -(min(m[1] for m in mine) + max(m[1] for m in mine)) / 2
    row_bus = {}
    for k, x, y, r in mine:
        x += shift
        r_lo, r_hi = min(r_lo, x + lo[k]), max(r_hi, x + hi[k])
        bus = row_bus.setdefault(r, y - (LEVEL_GAP if r == 0 else ROW_GAP) / 2)
        placed.append((k, x, y + b.pre[k], r, bus0, bus))
    channel = shift if last > 0 else None
    return min(span_lo, r_lo), max(span_hi, r_hi), top - ROW_GAP, placed, channel


def _place(keys, first, count, b: _Blocks, lr: bool) -> Layout:
    """Absolute boxes and routes, top-down, in one pass (computed across/along, then turned
    for left-right)."""
    across, along, off_a, off_l, row, bus_of, turn = b.across, b.along, b.off_a, b.off_l, b.row, b.bus, b.turn
    n = len(keys)
    abs_a = [0.0] * n  # card centre
    abs_l = [0.0] * n  # card top
    abs_a[0] = -b.lo[0]
    layout = Layout(direction="LR" if lr else "TB", engine="compact", edge_kind="ortho")
    edges, boxes = layout.edges, layout.boxes
    boxes[keys[0]] = (abs_a[0] - across[0] / 2, 0.0, across[0], along[0])
    channel, leaf_pair = b.channel, b.leaf_pair
    for v in range(n):
        c = count[v]
        if not c:
            continue
        av, lv = abs_a[v], abs_l[v]
        start = (av, lv + along[v])
        parent = keys[v]
        f = first[v]
        if leaf_pair[v]:  # the common case, kept short: straight down the trunk, across to the card
            for k in range(f, f + c):
                ka = abs_a[k] = av + off_a[k]
                kl = abs_l[k] = lv + off_l[k]
                w, h = across[k], along[k]
                x0 = ka - w / 2
                key = keys[k]
                boxes[key] = (x0, kl, w, h)
                mid = kl + h / 2
                edges[(parent, key)] = [start, (av, mid), (x0 if ka > av else x0 + w, mid)]
            continue
        for k in range(f, f + c):
            ka = abs_a[k] = av + off_a[k]
            kl = abs_l[k] = lv + off_l[k]
            w, h = across[k], along[k]
            x0 = ka - w / 2
            key = keys[k]
            boxes[key] = (x0, kl, w, h)
            r = row[k]
            if r == -1:  # stacked: along the bus to its trunk, down the trunk, across to the card
                t = av + turn[k]
                mid = kl + h / 2
                if t == av:
                    route = [start, (av, mid), (x0 if ka > av else x0 + w, mid)]
                else:
                    bus = lv + bus_of[k]
                    route = [start, (av, bus), (t, bus), (t, mid), (x0 if ka > t else x0 + w, mid)]
            elif r == 0:
                if ka == av:
                    route = [start, (ka, kl)]
                else:
                    bus = lv + bus_of[k]
                    route = [start, (av, bus), (ka, bus), (ka, kl)]
            else:  # along the first bus to the channel, down it to the row's bus
                ch = av + channel[v]
                rb = lv + turn[k]
                bus = lv + bus_of[k]
                route = ([start, (av, bus), (ch, bus)] if ch != av else [start]) + [(ch, rb), (ka, rb), (ka, kl)]
            edges[(parent, key)] = route
    if lr:
        layout.boxes = {key: (y, x, h, w) for key, (x, y, w, h) in boxes.items()}
        layout.edges = {edge: [(y, x) for x, y in route] for edge, route in edges.items()}
    return layout
