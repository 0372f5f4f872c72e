"""Unit cards: their size (computable before any scene exists) and the item that paints them.

``card_size(unit, document)`` wraps the name with fixed font metrics, so the layout can run
first and the items be built afterwards with exactly the boxes it chose. The text layout is
computed once per (unit, document) and shared by :func:`card_size` and :class:`UnitCard`; the
item turns it into ``QStaticText`` objects on its first full paint and keeps them (xdot habit).

All document text is plain text: names are drawn with ``QStaticText`` in ``Qt.PlainText``
format and tooltips are built from ``html.escape``d strings, so a unit called
``<b>X</b><img src=x>`` shows exactly those characters and nothing is fetched.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem

from unorg_desktop.store.rows import DocumentRow, UnitRow

from . import palette
from .palette import KIND_COLOURS, kind_style, legend_entries  # noqa: F401 - public re-exports
from .qtapp import ensure_app

MIN_WIDTH = 160.0
MAX_WIDTH = 240.0
PAD = 8.0
STRIP = 5.0  # kind-coloured strip on the left edge
RADIUS = 6.0
TOGGLE_R = 9.0  # radius of the +/- button on the bottom (TB) or right (LR) edge
TOGGLE_INSIDE = 5.0  # how far it reaches into the card
TEXT_LOD = 0.42  # below this scale the 13 px name is under ~5 px: draw a plain box instead
GREEK_LOD = 0.2  # above this, the plain box shows grey bars for the name's lines
TAG_GAP = 6.0

NAME, SMALL, TAG = 0, 1, 2  # text styles of CardText.lines


@dataclass(frozen=True)
class CardText:
    """Where each piece of text goes, in card coordinates (top-left of the line box)."""

    width: float
    height: float
    lines: tuple[tuple[float, float, str, int], ...]  # (x, y, text, style)
    tag_rect: tuple[float, float, float, float] | None  # the document symbol pill
    name_lines: tuple[str, ...]


class _Metrics:
    """Font metrics with memoised word widths (100k cards reuse a small vocabulary)."""

    def __init__(self, font) -> None:
        self.fm = QFontMetricsF(font)
        self.line = self.fm.lineSpacing()
        self.space = self.fm.horizontalAdvance(" ")
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        w = self._widths.get(text)
        if w is None:
            w = self._widths[text] = self.fm.horizontalAdvance(text)
        return w


@lru_cache(maxsize=1)
def _metrics() -> tuple[_Metrics, _Metrics]:
    ensure_app()  # font metrics need a QGuiApplication (headless callers get an offscreen one)
    return _Metrics(palette.font(palette.NAME_PX, bold=True)), _Metrics(palette.font(palette.SMALL_PX))


def wrap_text(text: str, metrics: _Metrics, width: float) -> list[str]:
    """Greedy word wrap to ``width``; a word wider than the line is split between characters.

    Never drops a character: ``"".join`` of the pieces, with the separating spaces, gives back
    ``" ".join(text.split())``.
    """
    lines: list[str] = []
    current, current_w = "", 0.0
    for word in text.split():
        w = metrics.width(word)
        if w > width:  # a very long token (URL, symbol chain): break it where it overflows
            if current:
                lines.append(current)
            piece = ""
            for ch in word:
                if piece and metrics.fm.horizontalAdvance(piece + ch) > width:
                    lines.append(piece)
                    piece = ""
                piece += ch
            current, current_w = piece, metrics.fm.horizontalAdvance(piece)
            continue
        if current and current_w + metrics.space + w > width:
            lines.append(current)
            current, current_w = word, w
        else:
            current_w = current_w + metrics.space + w if current else w
            current = f"{current} {word}" if current else word
    if current or not lines:
        lines.append(current)
    return lines


def doc_tag(document: DocumentRow | None, unit: UnitRow | None = None) -> str:
    """The defining document as shown on the card: its symbol, else its id."""
    if document is not None:
        return document.symbol or document.id
    return unit.document if unit is not None and unit.document else ""


@lru_cache(maxsize=250_000)
def card_text(unit: UnitRow, document: DocumentRow | None) -> CardText:
    """Lay out the text of one card (cached: layout and items ask for the same units)."""
    big, small = _metrics()
    inner = MAX_WIDTH - 2 * PAD - STRIP
    x0 = STRIP + PAD
    name_lines = wrap_text(unit.display_name or unit.name or unit.id, big, inner)
    tag = doc_tag(document, unit)
    kind_lines = wrap_text(unit.kind, small, inner) if unit.kind else []
    tag_w = small.width(tag) + 8 if tag else 0.0
    widest = max([big.width(t) for t in name_lines] + [small.width(t) for t in kind_lines] + [0.0])

    lines: list[tuple[float, float, str, int]] = []
    y = PAD
    # header: kind on the left, document tag on the right when both fit on one row
    tag_rect = None
    first_kind_w = small.width(kind_lines[0]) if kind_lines else 0.0
    if tag and first_kind_w + TAG_GAP + tag_w <= inner:
        widest = max(widest, first_kind_w + TAG_GAP + tag_w)
        tag_rect = (None, y - 1, tag_w, small.line + 2)  # x fixed once the width is known
    for text in kind_lines:
        lines.append((x0, y, text, SMALL))
        y += small.line
    if tag and tag_rect is None:  # its own row
        tag_rect = (None, y + 1, tag_w, small.line + 2)
        y += small.line + 4
        widest = max(widest, tag_w)
    y += 3
    for text in name_lines:
        lines.append((x0, y, text, NAME))
        y += big.line
    head = unit.head or ""
    if head:
        y += 2
        for text in wrap_text(head, small, inner):
            lines.append((x0, y, text, SMALL))
            widest = max(widest, small.width(text))
            y += small.line
    width = float(min(MAX_WIDTH, max(MIN_WIDTH, math.ceil(widest + 2 * PAD + STRIP + 2))))
    height = y + PAD + (4 if unit.collective else 0)
    if tag_rect is not None:
        tag_rect = (width - PAD - tag_w, tag_rect[1], tag_w, tag_rect[3])
    return CardText(width, float(round(height)), tuple(lines), tag_rect, tuple(name_lines))


def greek_bars(text: CardText, dx: float = 0.0, dy: float = 0.0) -> list[tuple[float, float, float, float]]:
    """Bars standing for the name's lines when a card is too small to read ("greeking")."""
    return [(dx + x, dy + y + 4, min(len(line) * 7.5, text.width - x - PAD), 7.0)
            for x, y, line, style in text.lines if style == NAME]


def card_size(unit: UnitRow, document: DocumentRow | None) -> tuple[float, float]:
    """(width, height) of a unit's card in scene units: width in [160, 240], height grows with
    the wrapped name. Needs no scene (font metrics on fixed pixel-size fonts)."""
    text = card_text(unit, document)
    return text.width, text.height


def tooltip_html(unit: UnitRow, document: DocumentRow | None) -> str:
    """Rich-text tooltip whose every piece of document text is escaped."""
    esc = html.escape
    parts = [f"<b>{esc(unit.display_name or unit.name)}</b>", esc(unit.kind or "")]
    if unit.head:
        parts.append(esc(unit.head))
    if document is not None:
        ref = esc(document.symbol or document.id)
        if unit.paragraph:
            ref += f", par. {esc(unit.paragraph)}"
        parts.append(f"{ref} — {esc(document.title)}" if document.title else ref)
    if unit.collective:
        parts.append("(collective: several units of this kind)")
    return "<br>".join(p for p in parts if p)


class UnitCard(QGraphicsItem):
    """One unit: rounded box in its kind's colour, wrapped name, kind, head, document tag,
    collective marker and, for units with children, a +/- toggle with the hidden count.

    Flags ``selected``, ``on_path`` (chain to the root or direct report of the selection) and
    ``match`` (search hit) change only the border; set them with :meth:`set_state`.
    """

    def __init__(self, unit: UnitRow, document: DocumentRow | None, has_children: bool = False,
                 expanded: bool = True, hidden: int = 0, parent: QGraphicsItem | None = None,
                 direction: str = "TB") -> None:
        super().__init__(parent)
        self.unit, self.document = unit, document
        self.text = card_text(unit, document)
        self.has_children, self.expanded, self.hidden = has_children, expanded, hidden
        self.direction = direction  # the toggle sits where the children are: below (TB) or right (LR)
        self.selected = self.on_path = self.match = False
        self._rect = QRectF(0, 0, self.text.width, self.text.height)
        self._bounds = self._compute_bounds()
        self._statics: list[tuple[QPointF, QStaticText, int]] | None = None  # built on first paint
        # the Qt tooltip is set lazily by ChartScene.helpEvent (escaping 100k names up front
        # was a third of the scene build time); toolTip() answers Python callers meanwhile

    def toolTip(self) -> str:  # noqa: N802
        """The escaped rich-text tooltip (see :func:`tooltip_html`)."""
        return tooltip_html(self.unit, self.document)

    def ensure_tooltip(self) -> None:
        """Hand the tooltip to Qt (called just before Qt looks for one under the mouse)."""
        if not super().toolTip():
            self.setToolTip(tooltip_html(self.unit, self.document))

    # -- geometry -------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def card_rect(self) -> QRectF:
        """The card box in item coordinates (what the layout placed)."""
        return self._rect

    def toggle_rect(self) -> QRectF | None:
        """The +/- button in item coordinates, or None for a unit without children."""
        if not self.has_children:
            return None
        label = self.toggle_label()
        w = max(2 * TOGGLE_R, _metrics()[1].width(label) + 10)
        inside = TOGGLE_INSIDE  # mostly outside the card: never over the text (padding 8)
        if self.direction == "LR":
            return QRectF(self._rect.right() - inside, self._rect.center().y() - TOGGLE_R, w, 2 * TOGGLE_R)
        return QRectF(self._rect.center().x() - w / 2, self._rect.bottom() - inside, w, 2 * TOGGLE_R)

    def toggle_label(self) -> str:
        if self.expanded:
            return "−"
        return f"+{self.hidden}" if self.hidden else "+"

    def painted_text(self) -> list[str]:
        """The strings this card draws, in order (tests and exports check them)."""
        out = [t for _, _, t, _ in self.text.lines]
        if self.text.tag_rect is not None:
            out.append(doc_tag(self.document, self.unit))
        if self.has_children:
            out.append(self.toggle_label())
        return out

    def set_state(self, selected: bool = False, on_path: bool = False, match: bool = False) -> None:
        if (selected, on_path, match) != (self.selected, self.on_path, self.match):
            self.selected, self.on_path, self.match = selected, on_path, match
            self.update()

    def set_toggle(self, has_children: bool, expanded: bool, hidden: int) -> None:
        if (has_children, expanded, hidden) != (self.has_children, self.expanded, self.hidden):
            self.prepareGeometryChange()
            self.has_children, self.expanded, self.hidden = has_children, expanded, hidden
            self._bounds = self._compute_bounds()
            self.update()

    def set_direction(self, direction: str) -> None:
        if direction != self.direction:
            self.prepareGeometryChange()
            self.direction = direction
            self._bounds = self._compute_bounds()
            self.update()

    def _compute_bounds(self) -> QRectF:
        bounds = QRectF(-3, -3, self.text.width + 7, self.text.height + 7)  # selection border
        toggle = self.toggle_rect()
        return bounds.united(toggle.adjusted(-1, -1, 1, 1)) if toggle is not None else bounds

    # -- painting -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        clip = getattr(scene, "render_rect", None)
        if clip is not None and not clip.intersects(self.sceneBoundingRect()):
            return  # QGraphicsScene.render() does not cull the children of a drawn chunk
        fill, border, mid = kind_style(self.unit.kind)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < TEXT_LOD and not getattr(scene, "full_detail", False):
            # too small to read: one filled rectangle, no text, no antialiasing
            painter.fillRect(self._rect, _STATE_FILL.get(self._state_key()) or mid)
            if lod >= GREEK_LOD:  # big enough to see lines: light bars where the name is
                for x, y, w, h in greek_bars(self.text):
                    painter.fillRect(QRectF(x, y, w, h), _COLOURS["greek"])
            return
        rect = self._rect
        if self.unit.collective:  # a second card peeking out behind: "several units"
            painter.setPen(QPen(border, 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.translated(3, 3).adjusted(0, 0, 0, -4), RADIUS, RADIUS)
            rect = rect.adjusted(0, 0, 0, -4)
        if self.match:
            painter.setPen(QPen(_COLOURS["match"], 7.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, RADIUS, RADIUS)
        pen = QPen(border, 1.2)
        if self.selected:
            pen = QPen(_COLOURS["selection"], 3.5)
        elif self.on_path:
            pen = QPen(_COLOURS["path"], 2.6)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        # kind strip on the left, clipped to the rounded shape
        strip = QPainterPath()
        strip.addRoundedRect(rect, RADIUS, RADIUS)
        band = QPainterPath()
        band.addRect(QRectF(rect.left(), rect.top(), STRIP, rect.height()))
        painter.fillPath(strip.intersected(band), border)
        self._paint_text(painter, border)
        if self.has_children:
            self._paint_toggle(painter, border)

    def _state_key(self) -> str:
        return "selected" if self.selected else "path" if self.on_path else "match" if self.match else ""

    def _paint_text(self, painter: QPainter, border) -> None:
        if self._statics is None:
            self._statics = []
            for x, y, text, style in self.text.lines:
                static = QStaticText(text)
                static.setTextFormat(Qt.TextFormat.PlainText)  # never rich text: names are data
                static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
                self._statics.append((QPointF(x, y), static, style))
        name_font, small_font = palette.font(palette.NAME_PX, True), palette.font(palette.SMALL_PX)
        text_pen, muted_pen = QPen(_COLOURS["text"]), QPen(_COLOURS["muted"])
        for pos, static, style in self._statics:
            painter.setFont(name_font if style == NAME else small_font)
            painter.setPen(text_pen if style == NAME else muted_pen)
            painter.drawStaticText(pos, static)
        if self.text.tag_rect is not None:
            x, y, w, h = self.text.tag_rect
            tag = QRectF(x, y, w, h)
            painter.setPen(QPen(border, 0.8))
            painter.setBrush(QBrush(_COLOURS["white"]))
            painter.drawRoundedRect(tag, 3, 3)
            painter.setFont(small_font)
            painter.setPen(muted_pen)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, doc_tag(self.document, self.unit))

    def _paint_toggle(self, painter: QPainter, border) -> None:
        rect = self.toggle_rect()
        painter.setPen(QPen(border, 1.2))
        painter.setBrush(QBrush(_COLOURS["white"] if self.expanded else border))
        painter.drawRoundedRect(rect, TOGGLE_R, TOGGLE_R)
        painter.setFont(palette.font(palette.SMALL_PX, True))
        painter.setPen(QPen(border if self.expanded else _COLOURS["white"]))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.toggle_label())


# QColor objects built once (QColor construction per paint call adds up at 10k cards)
_COLOURS: dict = {}
_STATE_FILL: dict = {}


def _init_colours() -> None:
    from PySide6.QtGui import QColor

    _COLOURS.update(text=QColor(palette.TEXT_COLOUR), muted=QColor(palette.MUTED_TEXT_COLOUR),
                    white=QColor("#ffffff"), selection=QColor(palette.SELECTION_COLOUR),
                    path=QColor(palette.PATH_COLOUR), match=QColor(palette.MATCH_COLOUR),
                    greek=QColor(255, 255, 255, 150))
    _STATE_FILL.update(selected=_COLOURS["selection"], path=_COLOURS["path"], match=_COLOURS["match"])


_init_colours()
