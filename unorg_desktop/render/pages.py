"""The page model shared by ``unorg export``, the export dialog and printing (geometry only: no
Qt, no store).

A chart goes on paper either fitted on one page (``fit``, or when it fits at 100 %) or tiled at
100 % (a scene unit, a 96-dpi pixel, prints at 0.75 pt). Tiles overlap a little and are cut so
that no card is cut by a page edge: a card that a page's edge would cut is left off that page
and shown whole on the next one (the next tile starts at its edge). When there are several
pages, page 1 is a page map (the whole chart, small, with the tiles numbered). Every page keeps
a band at the bottom for the caption (sources, dates) and the page number; the caller measures
the caption's height for the band's width, so it is never cut.

All lengths here are millimetres on the page, or scene units for the chart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

PAPERS_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0), "A2": (420.0, 594.0), "Letter": (215.9, 279.4),
             "Legal": (215.9, 355.6)}  # portrait width, height
ORIENTATIONS = ("auto", "portrait", "landscape")
PT_PER_MM = 72.0 / 25.4
FULL_SIZE_PT = 0.75  # 100 %: points per scene unit (96 units per inch)
MARGIN_MM = 10.0
OVERLAP_MM = 6.0  # neighbouring tiles repeat at least this much of the chart
BAND_GAP_MM = 3.0  # between the chart and the caption band
NUMBER_MM = 4.0  # the page-number line in the band
MAX_PAGES = 500
MAX_FIT_ZOOM = 2.0  # a small chart fitted on a page is enlarged at most this much


Rect = tuple[float, float, float, float]  # x, y, width, height


@dataclass(frozen=True)
class Page:
    """One printed page: the scene rectangle it shows, and the cards it leaves to a neighbour."""

    number: int
    row: int  # -1 for the page map
    column: int
    source: Rect  # scene units
    hidden: frozenset = frozenset()  # cards this page's edges would cut (shown whole elsewhere)

    @property
    def is_map(self) -> bool:
        return self.row < 0


@dataclass(frozen=True)
class PagePlan:
    """How a chart goes on paper: the page, where the chart and the caption go on it, the scale
    and the pages."""

    paper: object  # a name of PAPERS_MM, or (width, height) in mm
    orientation: str  # "portrait" | "landscape"
    page_mm: tuple[float, float]  # width, height
    chart_mm: Rect  # the chart's area on every page
    band_mm: Rect  # caption and page number
    scale: float  # points per scene unit on the chart pages
    pages: list[Page] = field(default_factory=list)
    map_scale: float = 0.0  # points per scene unit on the page map

    @property
    def count(self) -> int:
        return len(self.pages)

    @property
    def tiled(self) -> bool:
        return any(p.is_map for p in self.pages)

    def text_pt(self, px: float) -> float:
        """The printed size of text ``px`` scene units high on the chart pages."""
        return px * self.scale


def paper_size(paper, orientation: str) -> tuple[float, float]:
    """(width, height) in mm of ``paper`` (a name of ``PAPERS_MM``, or a (width, height) in mm,
    e.g. a printer's) turned to ``orientation``; ``ValueError`` for an unknown one."""
    if isinstance(paper, str):
        if paper not in PAPERS_MM:
            raise ValueError(f"unknown paper {paper!r}; expected one of {', '.join(PAPERS_MM)}")
        w, h = PAPERS_MM[paper]
    else:
        w, h = sorted(float(v) for v in paper)
    if orientation not in ("portrait", "landscape"):
        raise ValueError(f"unknown orientation {orientation!r}; expected portrait or landscape")
    return (h, w) if orientation == "landscape" else (w, h)


def paper_name(paper) -> str:
    return paper if isinstance(paper, str) else "{:g} × {:g} mm".format(*paper)


def _areas(page: tuple[float, float], band_h: float, margin: float) -> tuple[Rect, Rect]:
    w, h = page
    band = (margin, h - margin - band_h, w - 2 * margin, band_h)
    chart = (margin, margin, w - 2 * margin, max(10.0, h - 2 * margin - band_h - BAND_GAP_MM))
    return chart, band


def cuts(intervals: list[tuple[float, float]], start: float, end: float, span: float,
         overlap: float) -> list[float]:
    """Starts of tiles ``span`` long covering [start, end] so that every interval lies whole in
    some tile: a tile ends where it ends; the next starts at the first interval it cuts (or
    ``overlap`` before its end, whichever is earlier). Intervals longer than a tile are cut."""
    starts = [start]
    by_start = sorted(intervals)
    while starts[-1] + span < end:
        s = starts[-1]
        edge = s + span
        nxt = edge - overlap
        for a, b in by_start:
            if a >= edge:
                break
            if a < edge < b and b - a <= span and a > s:  # cut by this edge; whole on the next tile
                nxt = min(nxt, a)
        if nxt <= s + span * 0.1:  # no progress possible without cutting: move on anyway
            nxt = edge - overlap
        starts.append(nxt)
    return starts


def plan_pages(source: Rect, boxes: Mapping[str, Rect], paper: str = "A4", orientation: str = "auto",
               fit: bool = False, caption_height: Callable[[float], float] | None = None,
               margin: float = MARGIN_MM, overlap: float = OVERLAP_MM) -> PagePlan:
    """Plan the pages of the chart ``source`` (scene units) whose cards are ``boxes``.

    :param fit: one page, whatever the chart's size; else one page at 100 % when it fits, tiles
        at 100 % when it does not
    :param orientation: ``auto`` picks the larger fitted chart, or the fewer tiles
    :param caption_height: mm needed by the caption for a band this wide (mm); none: no caption
    Raises ``ValueError`` for an unknown paper or orientation, or more than ``MAX_PAGES`` pages.
    """
    if orientation not in ORIENTATIONS:
        raise ValueError(f"unknown orientation {orientation!r}; expected one of {', '.join(ORIENTATIONS)}")
    paper_size(paper, "portrait")  # an unknown paper fails here
    sx, sy, sw, sh = source
    sw, sh = max(sw, 1.0), max(sh, 1.0)
    options = []
    for orient in (("landscape", "portrait") if orientation == "auto" else (orientation,)):
        page = paper_size(paper, orient)
        band_h = NUMBER_MM + (caption_height(page[0] - 2 * margin) if caption_height else 0.0)
        chart, band = _areas(page, band_h, margin)
        fitted = min(chart[2] * PT_PER_MM / sw, chart[3] * PT_PER_MM / sh)
        options.append((orient, page, chart, band, fitted))
    if fit or any(o[4] >= FULL_SIZE_PT for o in options):  # one page
        wanted = [o for o in options if o[4] >= FULL_SIZE_PT] if not fit else options
        orient, page, chart, band, fitted = max(wanted, key=lambda o: (o[4], o[0] == "landscape"))
        scale = min(fitted, FULL_SIZE_PT) if not fit else min(fitted, MAX_FIT_ZOOM * FULL_SIZE_PT)
        return PagePlan(paper, orient, page, chart, band, scale, [Page(1, 0, 0, (sx, sy, sw, sh))])
    plans = [_tiles(source, boxes, paper, o, overlap) for o in options]
    best = min(plans, key=lambda p: (p.count, p.orientation != "landscape"))
    if best.count > MAX_PAGES:
        raise ValueError(f"this chart needs {best.count} pages of {paper_name(paper)} at 100 % (limit {MAX_PAGES}): "
                         "fit it on one page, or take a larger paper or a subtree")
    return best


def _tiles(source: Rect, boxes: Mapping[str, Rect], paper: str, option, overlap_mm: float) -> PagePlan:
    orient, page, chart, band, fitted = option
    sx, sy, sw, sh = source
    scale = FULL_SIZE_PT
    tw, th = chart[2] * PT_PER_MM / scale, chart[3] * PT_PER_MM / scale
    over = overlap_mm * PT_PER_MM / scale
    rects = list(boxes.values())
    xs = cuts([(x, x + w) for x, _, w, _ in rects], sx, sx + sw, tw, over)
    ys = cuts([(y, y + h) for _, y, _, h in rects], sy, sy + sh, th, over)
    if len(xs) * len(ys) > 20 * MAX_PAGES:  # far too many: say how many without listing them
        return PagePlan(paper, orient, page, chart, band, scale, [Page(i, 0, 0, source) for i in
                                                                  range(20 * MAX_PAGES + 1)])
    # which tiles show any card (a 100k-unit chart has many empty ones): one pass over the cards
    used: dict[tuple[int, int], set] = {}
    col_of = lambda v: max(0, _last_le(xs, v))  # noqa: E731
    row_of = lambda v: max(0, _last_le(ys, v))  # noqa: E731
    for node, (x, y, w, h) in boxes.items():
        for r in range(_first_after(ys, y, th), row_of(y + h) + 1):
            for c in range(_first_after(xs, x, tw), col_of(x + w) + 1):
                used.setdefault((r, c), set()).add(node)
    pages = [Page(0, -1, -1, source)]  # the page map
    for (r, c) in sorted(used):
        x0, y0 = xs[c], ys[r]
        hidden = frozenset(n for n in used[(r, c)] if not _inside(boxes[n], x0, y0, tw, th))
        pages.append(Page(len(pages) + 1, r, c, (x0, y0, tw, th), hidden))
    pages[0] = Page(1, -1, -1, source)
    map_scale = fitted
    return PagePlan(paper, orient, page, chart, band, scale, pages, map_scale)


def _inside(box: Rect, x0: float, y0: float, w: float, h: float, eps: float = 1e-6) -> bool:
    x, y, bw, bh = box
    return x >= x0 - eps and y >= y0 - eps and x + bw <= x0 + w + eps and y + bh <= y0 + h + eps


def _last_le(starts: list[float], v: float) -> int:
    """The last tile whose start is at or before ``v``."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= v:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _first_after(starts: list[float], v: float, span: float) -> int:
    """The first tile whose end is after ``v``."""
    i = max(0, _last_le(starts, v))
    while i > 0 and starts[i - 1] + span > v:
        i -= 1
    return i
