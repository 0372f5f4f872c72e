"""Routes for the secondary lines, around the cards (no Qt).

A secondary line is drawn after the layout, between two boxes: an orthogonal route found by A*
on the sparse grid of the card edges near the two ends (a Hanan grid), with a cost per bend, so
it runs in the gaps between cards. Cards far from both ends are not considered, and a line with
too many cards between its ends gets a plain three-segment route instead (the renderer draws
secondary lines above the cards, so even that one is never hidden).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterable, Mapping

from .model import Box, Point

MARGIN = 7.0  # routes keep this far from cards
WINDOW = 160.0  # cards this far outside the two ends' bounding box are considered too
BEND = 40.0  # a bend costs as much as this much length
GREED = 1.3  # A* with a weighted estimate: a little longer routes, far fewer nodes visited
MAX_OBSTACLES = 120  # more cards in the window: the plain route (keeps routing fast)
PORT = 0.75  # lines leave and enter cards at this fraction of the width (centres carry the tree)
CELL = 512.0  # buckets of the spatial index


class _Index:
    """Boxes bucketed on a coarse grid: the cards near a rectangle without scanning them all."""

    def __init__(self, boxes: Mapping[str, Box]) -> None:
        self.boxes = boxes
        self.cells: dict[tuple[int, int], list[str]] = {}
        for node, (x, y, w, h) in boxes.items():
            for cx in range(int(x // CELL), int((x + w) // CELL) + 1):
                for cy in range(int(y // CELL), int((y + h) // CELL) + 1):
                    self.cells.setdefault((cx, cy), []).append(node)

    def near(self, x0: float, y0: float, x1: float, y1: float) -> set[str]:
        out: set[str] = set()
        for cx in range(int(x0 // CELL), int(x1 // CELL) + 1):
            for cy in range(int(y0 // CELL), int(y1 // CELL) + 1):
                for node in self.cells.get((cx, cy), ()):
                    bx, by, bw, bh = self.boxes[node]
                    if bx < x1 and x0 < bx + bw and by < y1 and y0 < by + bh:
                        out.add(node)
        return out


def _port(box: Box) -> Point:
    x, y, w, h = box
    return (x + w * PORT, y + h / 2)


def _plain(a: Box, b: Box, direction: str) -> list[Point]:
    """Out of the side of ``a`` facing ``b``, one bend in the middle, into ``b``."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    if direction == "LR" or not (by >= ay + ah or by + bh <= ay):
        sx = ax + aw if bx >= ax + aw else ax
        ex = bx if bx >= ax + aw else bx + bw
        sy, ey = ay + ah / 2, by + bh / 2
        if sx == ex or abs(bx - ax) < aw:  # side by side in a column: round the right side
            sx, ex = ax + aw, bx + bw
            side = max(sx, ex) + 2 * MARGIN
            return [(sx, sy), (side, sy), (side, ey), (ex, ey)]
        mid = (sx + ex) / 2
        return [(sx, sy), (mid, sy), (mid, ey), (ex, ey)]
    sx, ex = ax + aw * PORT, bx + bw * PORT
    sy, ey = (ay + ah, by) if by >= ay + ah else (ay, by + bh)
    mid = (sy + ey) / 2
    return [(sx, sy), (sx, mid), (ex, mid), (ex, ey)]


def _clip(points: list[Point], box: Box, at_start: bool) -> list[Point]:
    """Cut the part of a route inside ``box`` (the route starts or ends at a point in it)."""
    x, y, w, h = box
    pts = points if at_start else points[::-1]
    inside = lambda p: x <= p[0] <= x + w and y <= p[1] <= y + h  # noqa: E731
    i = 0
    while i + 1 < len(pts) and inside(pts[i + 1]):
        i += 1
    if i + 1 >= len(pts):
        out = pts
    else:
        (px, py), (qx, qy) = pts[i], pts[i + 1]
        if px == qx:  # vertical: leave through the top or the bottom
            edge = (px, y if qy < py else y + h)
        else:
            edge = (x if qx < px else x + w, py)
        out = [edge] + pts[i + 1:]
    return out if at_start else out[::-1]


def _simplify(points: list[Point]) -> list[Point]:
    out: list[Point] = []
    for p in points:
        if out and p == out[-1]:
            continue
        if len(out) >= 2 and (out[-2][0] == out[-1][0] == p[0] or out[-2][1] == out[-1][1] == p[1]):
            out[-1] = p  # collinear: extend the last segment
        else:
            out.append(p)
    return out


def _search(start: Point, goal: Point, obstacles: list[Box], bounds: Box) -> list[Point] | None:
    """A* on the Hanan grid of the obstacles (inflated by ``MARGIN``), from ``start`` to ``goal``
    (both inside their own, unlisted, boxes); None when walled in. A grid edge is blocked when
    it runs through the inside of an obstacle."""
    bx, by, bw, bh = bounds
    inflated = [(x - MARGIN, y - MARGIN, x + w + MARGIN, y + h + MARGIN) for x, y, w, h in obstacles]
    xs = {start[0], goal[0], bx, bx + bw}
    ys = {start[1], goal[1], by, by + bh}
    for x0, y0, x1, y1 in inflated:
        xs.update((x0, x1))
        ys.update((y0, y1))
    xs, ys = sorted(xs), sorted(ys)
    nx_, ny_ = len(xs), len(ys)
    # h_blocked[i * ny + j]: the edge (i, j) -> (i + 1, j); v_blocked: (i, j) -> (i, j + 1)
    h_blocked = bytearray(nx_ * ny_)
    v_blocked = bytearray(nx_ * ny_)
    for x0, y0, x1, y1 in inflated:
        i0, i1 = bisect_left(xs, x0), bisect_left(xs, x1)
        j0, j1 = bisect_left(ys, y0), bisect_left(ys, y1)
        for i in range(i0, i1):  # horizontal edges strictly inside in y
            base = i * ny_
            for j in range(j0 + 1, j1):
                h_blocked[base + j] = 1
        for i in range(i0 + 1, i1):  # vertical edges strictly inside in x
            base = i * ny_
            for j in range(j0, j1):
                v_blocked[base + j] = 1
    si, sj = xs.index(start[0]), ys.index(start[1])
    gi, gj = xs.index(goal[0]), ys.index(goal[1])
    gx, gy = goal
    goal_node = gi * ny_ + gj
    inf = float("inf")
    # a state is node * 5 + direction (0 right, 1 left, 2 down, 3 up, 4 none yet)
    start_state = (si * ny_ + sj) * 5 + 4
    best = {start_state: 0.0}
    came: dict[int, int] = {}
    heap = [(abs(start[0] - gx) + abs(start[1] - gy), 0.0, start_state)]
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        _, cost, state = pop(heap)
        node, d = divmod(state, 5)
        if node == goal_node:
            path = []
            while True:
                n = state // 5
                path.append((xs[n // ny_], ys[n % ny_]))
                if state not in came:
                    return path[::-1]
                state = came[state]
        if cost > best.get(state, inf):
            continue
        i, j = divmod(node, ny_)
        x, y = xs[i], ys[j]
        for nd in range(4):
            if nd == 0:
                if i + 1 >= nx_ or h_blocked[node]:
                    continue
                nxt, nx2, ny2 = node + ny_, xs[i + 1], y
            elif nd == 1:
                if i == 0 or h_blocked[node - ny_]:
                    continue
                nxt, nx2, ny2 = node - ny_, xs[i - 1], y
            elif nd == 2:
                if j + 1 >= ny_ or v_blocked[node]:
                    continue
                nxt, nx2, ny2 = node + 1, x, ys[j + 1]
            else:
                if j == 0 or v_blocked[node - 1]:
                    continue
                nxt, nx2, ny2 = node - 1, x, ys[j - 1]
            new = cost + abs(nx2 - x) + abs(ny2 - y) + (BEND if d != 4 and d != nd else 0.0)
            ns = nxt * 5 + nd
            if new < best.get(ns, inf):
                best[ns] = new
                came[ns] = state
                push(heap, (new + GREED * (abs(nx2 - gx) + abs(ny2 - gy)), new, ns))
    return None


def route_secondary(boxes: Mapping[str, Box], pairs: Iterable[tuple[str, str]],
                    direction: str = "TB") -> dict[tuple[str, str], list[Point]]:
    """Orthogonal routes from each ``child`` box to its ``parent`` box, around the other boxes.

    :param boxes: every card on the chart
    :param pairs: (child, parent) of the secondary lines to draw (both ends in ``boxes``)
    """
    pairs = [p for p in pairs if p[0] in boxes and p[1] in boxes]
    if not pairs:
        return {}
    index = _Index(boxes)
    # routes stay over the chart (a little around it): never off to where nothing is drawn
    cx0 = min(b[0] for b in boxes.values()) - 3 * MARGIN
    cy0 = min(b[1] for b in boxes.values()) - 3 * MARGIN
    cx1 = max(b[0] + b[2] for b in boxes.values()) + 3 * MARGIN
    cy1 = max(b[1] + b[3] for b in boxes.values()) + 3 * MARGIN
    out: dict[tuple[str, str], list[Point]] = {}
    for child, parent in pairs:
        a, b = boxes[child], boxes[parent]
        x0 = max(cx0, min(a[0], b[0]) - WINDOW)
        y0 = max(cy0, min(a[1], b[1]) - WINDOW)
        x1 = min(cx1, max(a[0] + a[2], b[0] + b[2]) + WINDOW)
        y1 = min(cy1, max(a[1] + a[3], b[1] + b[3]) + WINDOW)
        near = index.near(x0, y0, x1, y1) - {child, parent}
        route = None
        if len(near) <= MAX_OBSTACLES:
            found = _search(_port(a), _port(b), [boxes[n] for n in sorted(near)], (x0, y0, x1 - x0, y1 - y0))
            if found is not None and len(found) >= 2:
                route = _simplify(_clip(_clip(found, a, True), b, False))
        out[(child, parent)] = route if route is not None and len(route) >= 2 else _plain(a, b, direction)
    return out


def crosses(route: list[Point], box: Box, margin: float = 0.5) -> bool:
    """Whether an orthogonal ``route`` passes through the inside of ``box`` (tests, checks)."""
    x, y, w, h = box
    for (ax, ay), (bx, by) in zip(route, route[1:]):
        lox, hix, loy, hiy = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
        if lox < x + w - margin and hix > x + margin and loy < y + h - margin and hiy > y + margin:
            return True
    return False
