"""The compact forms of a card: the *entry* of a unit inside an area of units that no text places
(its name only, on its family's colour, in a column of others), and the *heading* of such an area.

Units that only a report names are many and carry little (a name, in one report): drawn as full
cards they took half of the chart. An entry keeps what identifies them — the name, whole, and the
family colour — and leaves the rest (kind, head, the report's paragraph) to the tooltip and the
side panel; a click selects it as it selects a card. Sizes are computed before any scene exists,
from fixed font metrics, like :func:`~.cards.card_size`.
"""

from __future__ import annotations

from functools import lru_cache

from unorg_desktop.store.rows import UnitRow

from . import palette
from .qtapp import ensure_app

CARD, ENTRY, HEADING = "card", "entry", "heading"  # how a node is drawn
ENTRY_WIDTH = 200.0
ENTRY_PX = 12  # an entry's name (cards' smallest text is palette.SMALL_PX)
ENTRY_STRIP = 4.0
ENTRY_PAD_X = 5.0
ENTRY_PAD_Y = 3.0
ENTRY_TOGGLE = 30.0  # room on the right of an entry whose unit has children, for its +/- button
HEADING_WIDTH = 300.0  # an area's heading wraps at this width
HEADING_PAD = 2.0


class _Fonts:
    def __init__(self) -> None:
        from .cards import _Metrics

        self.entry = _Metrics(palette.font(ENTRY_PX))
        self.heading = _Metrics(palette.font(palette.NAME_PX, bold=True))


@lru_cache(maxsize=1)
def _fonts() -> _Fonts:
    ensure_app()
    return _Fonts()


@lru_cache(maxsize=100_000)
def entry_text(unit: UnitRow, has_children: bool = False):
    """The text of a unit's entry: its name, wrapped (never cut), beside its family's strip."""
    from .cards import ENTRY_LINE, CardText, wrap_text

    metrics = _fonts().entry
    inner = ENTRY_WIDTH - ENTRY_STRIP - 2 * ENTRY_PAD_X - (ENTRY_TOGGLE if has_children else 0.0)
    name_lines = wrap_text(unit.display_name or unit.name or unit.id, metrics, inner)
    x0, y, lines = ENTRY_STRIP + ENTRY_PAD_X, ENTRY_PAD_Y, []
    for text in name_lines:
        lines.append((x0, y, text, ENTRY_LINE))
        y += metrics.line
    return CardText(ENTRY_WIDTH, float(round(y + ENTRY_PAD_Y)), tuple(lines), None, tuple(name_lines))


@lru_cache(maxsize=4096)
def heading_text(unit: UnitRow):
    """The text of an area's heading: its title in bold, wrapped."""
    from .cards import NAME, CardText, wrap_text

    metrics = _fonts().heading
    name_lines = wrap_text(unit.display_name or unit.name or unit.id, metrics, HEADING_WIDTH - 2 * HEADING_PAD)
    widest = max(metrics.width(t) for t in name_lines)
    y, lines = HEADING_PAD, []
    for text in name_lines:
        lines.append((HEADING_PAD, y, text, NAME))
        y += metrics.line
    return CardText(float(round(widest + 2 * HEADING_PAD + 1)), float(round(y + HEADING_PAD)), tuple(lines), None,
                    tuple(name_lines))


def node_mode(graph, node: str, areas) -> str:
    """How ``node`` is drawn on a chart whose areas are ``areas`` (group ids): the heading of an
    area, an entry in one, or a card."""
    if not areas:
        return CARD
    if node in areas:
        return HEADING
    group_of = getattr(graph, "group_of", None)
    return ENTRY if group_of is not None and group_of(node) in areas else CARD
