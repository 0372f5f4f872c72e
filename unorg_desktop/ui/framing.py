"""What the chart should show: the readable top of the organisation (first view, Fit) and the
part of the chart around a selection. Plain functions over rectangles and a graph, so they are
tested without a window.

Readable means names of at least ``MIN_NAME_PX`` screen pixels: a zoom of at least
``READ_ZOOM`` (names are ``NAME_PX`` at 100 %).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from unorg_desktop.render.palette import NAME_PX

MIN_NAME_PX = 10.0
READ_ZOOM = MIN_NAME_PX / NAME_PX  # ~0.77: the smallest zoom at which names are readable
COMFORT_ZOOM = 0.85  # the first view aims at names of 11 px when the chart allows it
MAX_TRIALS = 48  # layouts tried for the first view (each is a few ms for a screenful of cards)

Size = tuple[float, float]


def fit_zoom(size: Size, room: Size, most: float = 1.0) -> float:
    """The zoom at which a chart of ``size`` (scene units) fills ``room`` (pixels), at most ``most``."""
    w, h = size
    rw, rh = room
    if w <= 0 or h <= 0:
        return most
    return min(most, rw / w, rh / h)


def expandable(graph, node: str) -> bool:
    """Whether the first view may open ``node`` (groups of unplaced units stay closed)."""
    groups = getattr(graph, "groups", {}) or {}
    return graph.has_children(node) and node not in groups


def readable_expansion(graph, size_of: Callable[[set[str]], Size], room: Size,
                       zoom: float = COMFORT_ZOOM, roots: Iterable[str] | None = None) -> set[str]:
    """The units to expand so that the chart shows as much of the top of the organisation as
    fits ``room`` at ``zoom``: whole levels while they fit, then, in the first level that does
    not, as many units as fit, those with fewer children first (the rest show "+N"). The roots
    are always expanded (the top of the organisation is the least a first view shows).

    :param size_of: the laid-out chart's (width, height) for a set of expanded units
    """
    roots = list(roots if roots is not None else getattr(graph, "roots", None) or [graph.root])
    expanded = {r for r in roots if expandable(graph, r)}
    frontier = [c for r in expanded for c in graph.children(r)]
    trials = 0

    def fits(candidate: set[str]) -> bool:
        nonlocal trials
        trials += 1
        w, h = size_of(candidate)
        return w * zoom <= room[0] and h * zoom <= room[1]

    while frontier and trials < MAX_TRIALS:
        openable = [n for n in frontier if expandable(graph, n)]
        if not openable:
            break
        whole = expanded | set(openable)
        if fits(whole):
            expanded = whole
            frontier = [c for n in openable for c in graph.children(n)]
            continue
        for node in sorted(openable, key=lambda n: len(graph.children(n))):  # stable: chart order kept
            if trials >= MAX_TRIALS:
                break
            if fits(expanded | {node}):
                expanded = expanded | {node}
        break
    return expanded


def unite(rects):
    """The union of QRectF-like rectangles (empty ones skipped), or None."""
    out = None
    for rect in rects:
        if rect is None or rect.isEmpty():
            continue
        out = rect if out is None else out.united(rect)
    return out


def selection_frame(unit_rect, child_rects: list, chain_rects: list, fits: Callable) -> object:
    """The scene rectangle to keep in view for a selection: the unit and its children, then its
    chain to the root, nearest ancestor first, as far as ``fits(rect)`` allows."""
    frame = unite([unit_rect, *child_rects]) or unit_rect
    if not fits(frame):  # too many children: the unit and the first of them
        frame = unit_rect
        for rect in child_rects:
            bigger = unite([frame, rect])
            if not fits(bigger):
                break
            frame = bigger
        return frame
    for rect in chain_rects:  # parent first
        bigger = unite([frame, rect])
        if not fits(bigger):
            break
        frame = bigger
    return frame
