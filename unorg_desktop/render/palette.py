"""Colours and fonts of the chart, in one place (cards, edges, legend and exports share them).

Colours are plain ``#rrggbb`` strings so that non-drawing code (the outline, data exports) can
use them without building Qt objects; :func:`kind_style` turns one into the fill/border pair a
card paints with. Fonts use pixel sizes, not points, so that :func:`~.cards.card_size` gives
the same numbers on every screen and in every export (DPI never changes a layout).
"""

from __future__ import annotations

import zlib
from functools import lru_cache

from PySide6.QtGui import QColor, QFont

# Base colour per unit kind: a muted, colour-blind-friendly set (Okabe-Ito / Tableau hues) so that
# the light fills stay distinct and the black text stays readable on all of them.
KIND_COLOURS: dict[str, str] = {
    "Secrétaire général": "#3b4a6b",
    "Département": "#1f77b4",
    "Bureau": "#4e9a8f",
    "Office": "#4e9a8f",
    "Division": "#7b5ea7",
    "Service": "#c07a2c",
    "Section": "#6a8f3a",
    "Unité": "#6a8f3a",
    "Équipe": "#8c8c3a",
    "Groupe": "#8c8c3a",
    "Mission": "#c0504d",
    "Force": "#c0504d",
    "Centre": "#2f8fb0",
    "Commission": "#a0527a",
    "Comité": "#a0527a",
    "Conseil": "#a0527a",
    "Assemblée": "#a0527a",
    "Programme": "#b5872f",
    "Fonds": "#b5872f",
    "Haut-Commissariat": "#1f77b4",
}
DEFAULT_COLOUR = "#7d8794"
# Kinds not listed above get one of these, chosen from a stable hash of the kind (same colour
# on every run, unlike Python's salted hash()).
_SPARE = ("#5d7fa3", "#8a6d9e", "#4f8f6f", "#a3745d", "#6d8a9e", "#9e8a5d")

EDGE_COLOUR = "#8a94a3"
SECONDARY_COLOUR = "#e07b00"  # dashed secondary (dual) lines: orange stands out from the greys
SELECTION_COLOUR = "#d62728"
PATH_COLOUR = "#e4572e"  # chain to the root and direct reports of the selection
MATCH_COLOUR = "#f2c200"  # search matches
TEXT_COLOUR = "#1d2330"
MUTED_TEXT_COLOUR = "#4a5566"
BACKGROUND_COLOUR = "#ffffff"

FONT_FAMILY = "DejaVu Sans"  # shipped by every Linux distribution; Qt falls back elsewhere
NAME_PX = 13
SMALL_PX = 10


@lru_cache(maxsize=1024)
def kind_colour(kind: str | None) -> str:
    """The base ``#rrggbb`` colour of a unit kind (a stable spare colour for unknown kinds)."""
    if not kind:
        return DEFAULT_COLOUR
    colour = KIND_COLOURS.get(kind)
    if colour is None:
        # case/accent variants ("secrétariat" vs "Secrétariat") share the known colour
        folded = {k.casefold(): v for k, v in KIND_COLOURS.items()}
        colour = folded.get(kind.casefold()) or _SPARE[zlib.crc32(kind.encode("utf-8")) % len(_SPARE)]
    return colour


@lru_cache(maxsize=256)
def kind_style(kind: str | None) -> tuple[QColor, QColor, QColor]:
    """(fill, border, mid) for a card of ``kind``: a light tint of the base colour for the card
    body, the base itself for the border, and a half tint for cards too small to read (a light
    fill would vanish on white when zoomed out).

    Cached: cards of the same kind share their QColor objects (100k cards, a few dozen kinds).
    """
    base = QColor(kind_colour(kind))
    return tint(base, 0.16), base, tint(base, 0.6)


def tint(colour: QColor, share: float) -> QColor:
    """``share`` of ``colour`` over white (0 = white, 1 = the colour)."""
    out = QColor(colour)
    out.setRgbF(1 - share * (1 - colour.redF()), 1 - share * (1 - colour.greenF()), 1 - share * (1 - colour.blueF()))
    return out


def legend_entries(kinds) -> list[tuple[str, str]]:
    """[(kind, colour)] for the kinds present, in a stable order (known kinds first)."""
    order = {k: i for i, k in enumerate(KIND_COLOURS)}
    present = sorted({k for k in kinds if k}, key=lambda k: (order.get(k, len(order)), k))
    return [(k, kind_colour(k)) for k in present]


@lru_cache(maxsize=8)
def font(pixel_size: int, bold: bool = False) -> QFont:
    """The chart font at a pixel size (no hinting: the same advance widths at every zoom)."""
    f = QFont(FONT_FAMILY)
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f
