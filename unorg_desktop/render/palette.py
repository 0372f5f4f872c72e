"""Colours and fonts of the chart, in one place (cards, edges, legend and exports share them).

Cards are coloured by kind *family* (:mod:`.families`): department, office, division, service,
section, unit/team, field mission, the Secretary-General, and a neutral style for bodies outside
the Secretariat. The hues are Paul Tol's "muted" scheme, designed to stay distinct for the
common colour-vision deficiencies. Kinds differing only by case or accents ("Secrétariat",
"secrétariat") are one kind.

Two themes, light and dark, follow the same contrast rules (WCAG AA: text at least 4.5:1 against
what it is drawn on; :func:`contrast` measures it and tests check every family in both themes).
The light theme is also the one exports and prints use. Fonts use pixel sizes, not points, so
that :func:`~.cards.card_size` gives the same numbers on every screen and in every export.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from unorg_desktop.docref import fold

from .families import FAMILY_ORDER, FAMILY_WORDS, OUTSIDE

# Base hue of each family (Paul Tol, "muted"; the Secretary-General a dark slate, outside grey)
FAMILY_COLOURS: dict[str, str] = {
    "executive": "#3b4a6b",
    "department": "#332288",
    "office": "#44aa99",
    "division": "#aa4499",
    "service": "#ddcc77",
    "section": "#88ccee",
    "unit": "#999933",
    "mission": "#117733",
    OUTSIDE: "#dddddd",
}
FAMILY_LABELS: dict[str, str] = {  # legend entries (translated when shown; context "Chart")
    "executive": QT_TRANSLATE_NOOP("Chart", "Secretary-General"),
    "department": QT_TRANSLATE_NOOP("Chart", "Departments"),
    "office": QT_TRANSLATE_NOOP("Chart", "Offices"),
    "division": QT_TRANSLATE_NOOP("Chart", "Divisions"),
    "service": QT_TRANSLATE_NOOP("Chart", "Services"),
    "section": QT_TRANSLATE_NOOP("Chart", "Sections"),
    "unit": QT_TRANSLATE_NOOP("Chart", "Units and teams"),
    "mission": QT_TRANSLATE_NOOP("Chart", "Field missions"),
    OUTSIDE: QT_TRANSLATE_NOOP("Chart", "Other bodies"),
}
AA_TEXT = 4.5  # WCAG AA contrast for normal text


# the palette's records are named tuples: a frozen dataclass costs ~4.5 M instructions to create
# (it compiles the methods it generates), a named tuple ~1 M, and both are made before the first frame
class Theme(NamedTuple):
    """Every colour the chart paints, for one colour scheme (``#rrggbb`` strings)."""

    name: str
    background: str
    text: str  # names
    muted: str  # kind, head, document badge: at least AA_TEXT against any card fill
    fill_share: float  # share of the family hue in a card's fill, over the background
    edge: str
    secondary: str  # dashed secondary lines
    selection: str
    path: str  # chain to the root and direct reports of the selection
    match_name: str  # search: the name matched
    match_function: str  # search: only a function's text matched
    overlay: str  # legend, minimap, breadcrumb backgrounds on the chart
    overlay_border: str
    greek: tuple[int, int, int, int]  # bars standing for names on tiny cards (RGBA)


LIGHT = Theme("light", background="#ffffff", text="#1d2330", muted="#3d4757", fill_share=0.16, edge="#8a94a3",
              secondary="#c56a00", selection="#d62728", path="#e4572e", match_name="#f2c200",
              match_function="#0077bb", overlay="#ffffff", overlay_border="#8894a0", greek=(255, 255, 255, 150))
DARK = Theme("dark", background="#1b1e24", text="#eef1f5", muted="#c4cad3", fill_share=0.30, edge="#7d8796",
             secondary="#f0a040", selection="#ff6b6b", path="#ff9f43", match_name="#ffd84d",
             match_function="#5cb8ff", overlay="#262a31", overlay_border="#5a6470", greek=(255, 255, 255, 60))
THEMES = {t.name: t for t in (LIGHT, DARK)}
_current = [LIGHT]

# the light theme's colours under their former names (exports, and code that predates themes)
EDGE_COLOUR = LIGHT.edge
SECONDARY_COLOUR = LIGHT.secondary
SELECTION_COLOUR = LIGHT.selection
PATH_COLOUR = LIGHT.path
MATCH_COLOUR = LIGHT.match_name
TEXT_COLOUR = LIGHT.text
MUTED_TEXT_COLOUR = LIGHT.muted
BACKGROUND_COLOUR = LIGHT.background
DEFAULT_COLOUR = FAMILY_COLOURS[OUTSIDE]

FONT_FAMILY = "DejaVu Sans"  # shipped by every Linux distribution; Qt falls back elsewhere
NAME_PX = 13  # unit names at 100 %
SMALL_PX = 11  # kind, head, document badge, toggle counts: the smallest text of a card


def current() -> Theme:
    """The theme cards are painted with now."""
    return _current[0]


def set_theme(name: str) -> bool:
    """Paint with the ``"light"`` or ``"dark"`` theme from now on; True if it changed."""
    theme = THEMES.get(name, LIGHT)
    changed = theme is not _current[0]
    _current[0] = theme
    return changed


@contextlib.contextmanager
def using(name: str):
    """Paint with theme ``name`` inside the block (exports and prints use the light one)."""
    before = _current[0]
    _current[0] = THEMES.get(name, LIGHT)
    try:
        yield _current[0]
    finally:
        _current[0] = before


# -- contrast ---------------------------------------------------------------------------------------
def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour) -> float:
    """WCAG relative luminance of a ``QColor`` or ``#rrggbb``."""
    c = QColor(colour)
    return 0.2126 * _linear(c.redF()) + 0.7152 * _linear(c.greenF()) + 0.0722 * _linear(c.blueF())


def contrast(a, b) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(colour, over, share: float) -> QColor:
    """``share`` of ``colour`` over ``over`` (0 = ``over``, 1 = ``colour``)."""
    a, b = QColor(colour), QColor(over)
    out = QColor()
    out.setRgbF(b.redF() + share * (a.redF() - b.redF()), b.greenF() + share * (a.greenF() - b.greenF()),
                b.blueF() + share * (a.blueF() - b.blueF()))
    return out


def tint(colour: QColor, share: float) -> QColor:
    """``share`` of ``colour`` over white (0 = white, 1 = the colour)."""
    return mix(colour, "#ffffff", share)


def readable_on(colour, background, ratio: float = AA_TEXT) -> QColor:
    """``colour`` moved towards black or white (whichever contrasts with ``background``) until
    its contrast with ``background`` reaches ``ratio``."""
    towards = "#000000" if luminance(background) > 0.18 else "#ffffff"
    for step in range(21):
        candidate = mix(towards, colour, step / 20)
        if contrast(candidate, background) >= ratio:
            return candidate
    return QColor(towards)


# -- families -------------------------------------------------------------------------------------
_WORDS = {word: family for family, words in FAMILY_WORDS.items() for word in words}


@lru_cache(maxsize=4096)
def family(kind: str | None) -> str:
    """The colour family of a kind: whole kind first, then its first word; else outside."""
    if not kind:
        return OUTSIDE
    folded = " ".join(fold(kind).split())
    found = _WORDS.get(folded)
    if found is None and folded:
        found = _WORDS.get(folded.split()[0])
    return found or OUTSIDE


def kind_key(kind: str | None) -> str:
    """One spelling per kind: "secrétariat" and "Secrétariat" are the same kind."""
    return fold(kind or "")


def kind_label(kind: str | None) -> str:
    """A kind as shown (first letter capitalised: "secrétariat" -> "Secrétariat")."""
    kind = (kind or "").strip()
    return kind[:1].upper() + kind[1:]


def kind_colour(kind: str | None) -> str:
    """The base ``#rrggbb`` colour of a unit kind (its family's hue)."""
    return FAMILY_COLOURS[family(kind)]


class CardStyle(NamedTuple):
    """The colours of one card: ``fill`` (body), ``border`` and ``strip`` (the family hue as it
    shows on the background), ``strong`` (filled toggles: white or dark ``on_strong`` text on it
    at AA contrast), ``mid`` (the whole card when too small to read), ``text``, ``muted``, ``dashed`` border."""

    fill: QColor
    border: QColor
    strip: QColor
    strong: QColor
    on_strong: QColor
    mid: QColor
    text: QColor
    muted: QColor
    dashed: bool  # bodies outside the Secretariat: a dashed border, so shape tells them apart too


@lru_cache(maxsize=64)
def _style(theme_name: str, family_name: str) -> CardStyle:
    theme = THEMES[theme_name]
    base = QColor(FAMILY_COLOURS[family_name])
    background = QColor(theme.background)
    if theme is LIGHT:
        fill = mix(base, background, theme.fill_share)
        border = readable_on(base, background, 2.0)  # pale hues (sand, cyan) get a visible edge
        strip = base
        mid = mix(base, background, 0.6)
    else:
        fill = mix(base, background, theme.fill_share)
        border = mix("#ffffff", base, 0.25)  # dark hues lightened to show on a dark background
        strip = border
        mid = mix(base, background, 0.75)
    text = readable_on(theme.text, fill)
    muted = readable_on(theme.muted, fill)
    on_strong = QColor("#ffffff") if theme is LIGHT else QColor(theme.background)
    strong = readable_on(base if theme is LIGHT else border, on_strong)
    return CardStyle(fill, border, strip, strong, on_strong, mid, text, muted, family_name == OUTSIDE)


def card_style(kind: str | None) -> CardStyle:
    """The current theme's colours for a card of ``kind`` (cached: 100k cards, few families)."""
    return _style(current().name, family(kind))


def family_style(name: str) -> CardStyle:
    """The current theme's colours for a card of family ``name``."""
    return _style(current().name, name)


def kind_style(kind: str | None) -> tuple[QColor, QColor, QColor]:
    """(fill, border, mid) for a card of ``kind`` in the current theme."""
    style = card_style(kind)
    return style.fill, style.border, style.mid


def family_label(name: str) -> str:
    return QCoreApplication.translate("Chart", FAMILY_LABELS[name])


def legend_entries(kinds) -> list[tuple[str, str]]:
    """[(family, colour)] for the families of ``kinds``, in the legend's order."""
    present = {family(k) for k in kinds if k}
    return [(f, FAMILY_COLOURS[f]) for f in FAMILY_ORDER if f in present]


def kinds_of_family(kinds, name: str) -> list[str]:
    """The kinds (one spelling each, sorted) of ``kinds`` that belong to family ``name``."""
    out: dict[str, str] = {}
    for kind in kinds:
        if kind and family(kind) == name:
            out.setdefault(kind_key(kind), kind_label(kind))
    return sorted(out.values(), key=fold)


@lru_cache(maxsize=16)
def font(pixel_size: int, bold: bool = False) -> QFont:
    """The chart font at a pixel size (no hinting: the same advance widths at every zoom)."""
    f = QFont(FONT_FAMILY)
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f
