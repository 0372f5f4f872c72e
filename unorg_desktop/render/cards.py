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

import math
import re
from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem

from unorg_desktop.store.rows import DocumentRow, UnitRow

from . import palette
from unorg_desktop.docref import cite, doc_label, fold

from .entries import CARD, ENTRY, ENTRY_PX, ENTRY_STRIP, ENTRY_TOGGLE, HEADING, entry_text, heading_text, node_mode
from .palette import card_style, kind_label
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
TAG_MAX = 130.0  # a document badge longer than this (a short title) is elided; the tooltip has it whole
TAG_MIN = 48.0  # narrower than this beside the kind, the badge takes a row of its own

NAME, SMALL, TAG, ENTRY_LINE = 0, 1, 2, 3  # text styles of CardText.lines


class CardText(NamedTuple):  # a named tuple, like the palette's records: cheaper to create than a dataclass
    """Where each piece of text goes, in card coordinates (top-left of the line box)."""

    width: float
    height: float
    lines: tuple[tuple[float, float, str, int], ...]  # (x, y, text, style)
    tag_rect: tuple[float, float, float, float] | None  # the document badge
    name_lines: tuple[str, ...]
    tag: str = ""  # the badge's text (symbol or short title, elided to its room)


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
    """The defining document as shown on the card's badge: its symbol, else its short title
    (elided to the badge), never an internal id; "" when it has neither."""
    label = doc_label(document)
    if not label:
        return ""
    small = _metrics()[1]
    return small.fm.elidedText(label, Qt.TextElideMode.ElideRight, TAG_MAX) if small.width(label) > TAG_MAX else label


def ui_language() -> str:
    """The interface language ("fr" or "en"), as the translations set Qt's default locale."""
    from PySide6.QtCore import QLocale

    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def names_its_kind(unit: UnitRow) -> bool:
    """Whether the unit's name says its kind ("Division des politiques", "Codification Division"):
    the card then shows no kind line, which would only repeat it (the colour tells the family)."""
    kind = fold(unit.kind or "").split()
    if not kind:
        return False
    words = re.findall(r"\w+", fold(unit.display_name or unit.name or ""))
    kind = re.findall(r"\w+", " ".join(kind))
    n = len(kind)
    return any(words[i:i + n] == kind for i in range(len(words) - n + 1))


def shows_badge(graph, node: str) -> bool:
    """Whether ``node``'s card carries its document's badge: at the top of a branch, where its
    superior is defined by another document (or it has none); below, the branch's badge says it."""
    parent_of = getattr(graph, "parent", None)
    parent = parent_of(node) if parent_of is not None else None
    return parent is None or parent not in graph.units or graph.units[parent].document != graph.units[node].document


@lru_cache(maxsize=250_000)
def card_text(unit: UnitRow, document: DocumentRow | None, badge: bool = True) -> CardText:
    """Lay out the text of one card (cached: layout and items ask for the same units): a header
    row with the kind (unless the name says it) and the document's badge (``badge``), the name,
    the head."""
    big, small = _metrics()
    inner = MAX_WIDTH - 2 * PAD - STRIP
    x0 = STRIP + PAD
    name_lines = wrap_text(unit.display_name or unit.name or unit.id, big, inner)
    tag = doc_tag(document, unit) if badge else ""
    if tag and fold(doc_label(document)) == fold(unit.display_name or unit.name or ""):
        tag = ""  # the document is titled after this unit (its bulletin): the badge would repeat the name
    kind_lines = wrap_text(kind_label(unit.kind), small, inner) if unit.kind and not names_its_kind(unit) else []
    first_kind_w = small.width(kind_lines[0]) if kind_lines else 0.0
    beside = inner - first_kind_w - TAG_GAP - 8  # the badge's room on the kind's row
    if tag and small.width(tag) > beside >= TAG_MIN:  # a short title: elided to stay on that row
        tag = small.fm.elidedText(tag, Qt.TextElideMode.ElideRight, beside)
    tag_w = small.width(tag) + 8 if tag else 0.0
    widest = max([big.width(t) for t in name_lines] + [small.width(t) for t in kind_lines] + [0.0])

    lines: list[tuple[float, float, str, int]] = []
    y = PAD
    # header: kind on the left, document tag on the right when both fit on one row
    tag_rect = None
    if tag and (not kind_lines or first_kind_w + TAG_GAP + tag_w <= inner):
        widest = max(widest, first_kind_w + TAG_GAP + tag_w)
        tag_rect = (None, y - 1, tag_w, small.line + 2)  # x fixed once the width is known
        if not kind_lines:  # the badge's row alone
            y += small.line
    for text in kind_lines:
        lines.append((x0, y, text, SMALL))
        y += small.line
    if tag and tag_rect is None:  # its own row
        tag_rect = (None, y + 1, tag_w, small.line + 2)
        y += small.line + 4
        widest = max(widest, tag_w)
    if kind_lines or tag:
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
    return CardText(width, float(round(height)), tuple(lines), tag_rect, tuple(name_lines), tag)


def greek_bars(text: CardText, dx: float = 0.0, dy: float = 0.0) -> list[tuple[float, float, float, float]]:
    """Bars standing for the name's lines when a card is too small to read ("greeking")."""
    return [(dx + x, dy + y + 4, max(0.0, min(len(line) * 7.5, text.width - x - PAD)), 7.0 if style == NAME else 6.0)
            for x, y, line, style in text.lines if style in (NAME, ENTRY_LINE)]


def node_text(unit: UnitRow, document: DocumentRow | None, mode: str = CARD, has_children: bool = False,
              badge: bool = True) -> CardText:
    """The text layout of a node drawn as a card, an area's entry or an area's heading."""
    if mode == ENTRY:
        return entry_text(unit, has_children)
    if mode == HEADING:
        return heading_text(unit)
    return card_text(unit, document, badge)


def card_size(unit: UnitRow, document: DocumentRow | None, mode: str = CARD,
              has_children: bool = False, badge: bool = True) -> tuple[float, float]:
    """(width, height) of a unit's card in scene units: width in [160, 240], height grows with
    the wrapped name (an entry or a heading with ``mode``: see ``entries.py``); ``badge``: room
    for the document's badge (:func:`shows_badge`). Needs no scene (font metrics on fixed
    pixel-size fonts)."""
    text = node_text(unit, document, mode, has_children, badge)
    return text.width, text.height


def chart_sizes(graph, shape) -> dict[str, tuple[float, float]]:
    """The size of every node of ``shape`` (``graph.visible_tree(...)``) as the chart draws it:
    cards in the trees, a heading and entries in each area of unplaced units."""
    areas = set(getattr(shape, "groups", None) or ())
    out = {}
    for node in shape.nodes:
        unit = graph.units[node]
        mode = node_mode(graph, node, areas)
        doc = graph.documents.get(unit.document) if unit.document else None
        out[node] = card_size(unit, doc, mode, mode == ENTRY and graph.has_children(node),
                              mode == CARD and shows_badge(graph, node))
    return out


def tooltip_html(unit: UnitRow, document: DocumentRow | None) -> str:
    """Rich-text tooltip whose every piece of document text is escaped."""
    import html  # here: the first frame makes no tooltip, and html builds a 2,500-entry table

    esc = html.escape
    parts = [f"<b>{esc(unit.display_name or unit.name)}</b>", esc(kind_label(unit.kind))]
    if unit.head:
        parts.append(esc(unit.head))
    if document is not None:
        ref = esc(cite(document, unit.paragraph, ui_language()))
        parts.append(f"{ref} — {esc(document.title)}" if document.title and document.symbol else ref)
    if unit.collective:
        parts.append(esc(QCoreApplication.translate("Chart", "(collective: several units of this kind)")))
    return "<br>".join(p for p in parts if p)


class UnitCard(QGraphicsItem):
    """One unit: rounded box in its kind's colour, wrapped name, kind, head, document tag,
    collective marker and, for units with children, a +/- toggle with the hidden count.

    Flags ``selected``, ``on_path`` (chain to the root or direct report of the selection) and
    ``match`` (search hit: ``"name"`` when the name matched, ``"function"`` when only a function's
    text did, ``""`` for none) change only the border; set them with :meth:`set_state`.
    """

    def __init__(self, unit: UnitRow, document: DocumentRow | None, has_children: bool = False,
                 expanded: bool = True, hidden: int = 0, parent: QGraphicsItem | None = None,
                 direction: str = "TB", mode: str = CARD, badge: bool = True) -> None:
        super().__init__(parent)
        self.unit, self.document, self.mode, self.badge = unit, document, mode, badge
        self.text = node_text(unit, document, mode, has_children, badge)
        self.has_children, self.expanded, self.hidden = has_children, expanded, hidden
        self.direction = direction  # the toggle sits where the children are: below (TB) or right (LR)
        self.selected = self.on_path = False
        self.match = ""
        # the document badge: shown where ``badge`` asked for it (the top of a branch, see
        # shows_badge); the chart sizes every card the same way, so the layout kept its room
        self.show_tag = True
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
        if self.mode == ENTRY:  # inside the entry, on the right of its first line (room kept for it)
            w = min(ENTRY_TOGGLE - 4, max(16.0, _metrics()[1].width(label) + 8))
            return QRectF(self._rect.right() - w - 3, self._rect.top() + 3, w, 14.0)
        w = max(2 * TOGGLE_R, _metrics()[1].width(label) + 10)
        inside = TOGGLE_INSIDE  # mostly outside the card: never over the text (padding 8)
        if self.direction == "LR":
            return QRectF(self._rect.right() - inside, self._rect.center().y() - TOGGLE_R, w, 2 * TOGGLE_R)
        return QRectF(self._rect.center().x() - w / 2, self._rect.bottom() - inside, w, 2 * TOGGLE_R)

    def toggle_label(self) -> str:
        if self.expanded:
            return "−"
        return f"+{self.hidden}" if self.hidden else "+"

    def text_px(self) -> set[int]:
        """The pixel sizes of the text this card draws (the smallest one limits how small a
        page may print it)."""
        sizes = {ENTRY_PX if style == ENTRY_LINE else palette.NAME_PX if style == NAME else palette.SMALL_PX
                 for _, _, _, style in self.text.lines}
        if (self.text.tag_rect is not None and self.show_tag) or self.has_children:
            sizes.add(palette.SMALL_PX)  # badge, +/- button
        return sizes

    def painted_text(self) -> list[str]:
        """The strings this card draws, in order (tests and exports check them)."""
        out = [t for _, _, t, _ in self.text.lines]
        if self.text.tag_rect is not None and self.show_tag:
            out.append(self.text.tag)
        if self.has_children:
            out.append(self.toggle_label())
        return out

    def set_state(self, selected: bool = False, on_path: bool = False, match: str | bool = "") -> None:
        match = ("name" if match is True else match) or ""
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
        bounds = QRectF(-6, -6, self.text.width + 12, self.text.height + 12)  # selection border, match ring
        toggle = self.toggle_rect()
        return bounds.united(toggle.adjusted(-1, -1, 1, 1)) if toggle is not None else bounds

    # -- painting -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        clip = getattr(scene, "render_rect", None)
        if clip is not None and not clip.intersects(self.sceneBoundingRect()):
            return  # QGraphicsScene.render() does not cull the children of a drawn chunk
        style = card_style(self.unit.kind)
        states = state_colours()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < TEXT_LOD and not getattr(scene, "full_detail", False):
            # too small to read: one filled rectangle, no text, no antialiasing
            if self.mode != HEADING:
                painter.fillRect(self._rect, states.get(self._state_key()) or style.mid)
            if lod >= GREEK_LOD:  # big enough to see lines: light bars where the name is
                bar = style.mid if self.mode == HEADING else states["greek"]
                for x, y, w, h in greek_bars(self.text):
                    painter.fillRect(QRectF(x, y, w, h), bar)
            return
        if self.mode != CARD:
            self._paint_compact(painter, style, states)
            return
        rect = self._rect
        if self.unit.collective:  # a second card peeking out behind: "several units"
            painter.setPen(QPen(style.border, 1.0))
            painter.setBrush(style.fill)
            painter.drawRoundedRect(rect.translated(3, 3).adjusted(0, 0, 0, -4), RADIUS, RADIUS)
            rect = rect.adjusted(0, 0, 0, -4)
        if self.match == "function":  # only a function's text matched: a dashed blue ring
            pen = QPen(states["match_function"], 3.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), RADIUS + 3, RADIUS + 3)
        elif self.match:  # the name matched: a thick solid halo
            painter.setPen(QPen(states["match"], 7.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, RADIUS, RADIUS)
        pen = QPen(style.border, 1.2, Qt.PenStyle.DashLine if style.dashed else Qt.PenStyle.SolidLine)
        if self.selected:
            pen = QPen(states["selected"], 3.5)
        elif self.on_path:
            pen = QPen(states["path"], 2.6)
        painter.setPen(pen)
        painter.setBrush(style.fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        # kind strip on the left, clipped to the rounded shape
        strip = QPainterPath()
        strip.addRoundedRect(rect, RADIUS, RADIUS)
        band = QPainterPath()
        band.addRect(QRectF(rect.left(), rect.top(), STRIP, rect.height()))
        painter.fillPath(strip.intersected(band), style.strip)
        self._paint_text(painter, style)
        if self.has_children:
            self._paint_toggle(painter, style)

    def _state_key(self) -> str:
        if self.selected:
            return "selected"
        if self.on_path:
            return "path"
        return ("match_function" if self.match == "function" else "match") if self.match else ""

    def _paint_compact(self, painter: QPainter, style, states: dict) -> None:
        """An area's entry (name on its family's colour, a strip on the left) or heading (bold
        title, no box); borders only for the selection and its chain."""
        rect = self._rect
        if self.match == "function":
            painter.setPen(QPen(states["match_function"], 2.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5)
        elif self.match:
            painter.setPen(QPen(states["match"], 5.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 3, 3)
        if self.selected:
            pen = QPen(states["selected"], 3.0)
        elif self.on_path:
            pen = QPen(states["path"], 2.2)
        elif self.mode == ENTRY:
            pen = QPen(style.border, 0.8, Qt.PenStyle.DashLine if style.dashed else Qt.PenStyle.SolidLine)
        else:
            pen = QPen(Qt.PenStyle.NoPen)
        painter.setPen(pen)
        if self.mode == ENTRY:
            painter.setBrush(style.fill)
            painter.drawRoundedRect(rect, 3, 3)
            shape, band = QPainterPath(), QPainterPath()
            shape.addRoundedRect(rect, 3, 3)
            band.addRect(QRectF(rect.left(), rect.top(), ENTRY_STRIP, rect.height()))
            painter.fillPath(shape.intersected(band), style.strip)
        elif pen.style() != Qt.PenStyle.NoPen:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -2, 3, 2), 4, 4)
        heading = palette.current().text if self.mode == HEADING else None
        self._paint_text(painter, style, heading)
        if self.has_children:
            if self.mode == ENTRY:
                self._paint_entry_toggle(painter, style)
            else:
                self._paint_toggle(painter, style)

    def _paint_entry_toggle(self, painter: QPainter, style) -> None:
        rect = self.toggle_rect()
        painter.setPen(QPen(style.strong, 1.0))
        painter.setBrush(style.fill if self.expanded else style.strong)  # colours: see areas.AreaFrame
        painter.drawRoundedRect(rect, 7, 7)
        painter.setFont(palette.font(palette.SMALL_PX, True))
        painter.setPen(QPen(style.text if self.expanded else style.on_strong))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.toggle_label())

    def _paint_text(self, painter: QPainter, style, name_colour=None) -> None:
        if self._statics is None:
            self._statics = []
            for x, y, text, kind in self.text.lines:
                static = QStaticText(text)
                static.setTextFormat(Qt.TextFormat.PlainText)  # never rich text: names are data
                static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
                self._statics.append((QPointF(x, y), static, kind))
        fonts = {NAME: palette.font(palette.NAME_PX, True), ENTRY_LINE: palette.font(ENTRY_PX)}
        small_font = palette.font(palette.SMALL_PX)
        text_pen, muted_pen = QPen(style.text if name_colour is None else QColor(name_colour)), QPen(style.muted)
        for pos, static, kind in self._statics:
            painter.setFont(fonts.get(kind, small_font))
            painter.setPen(muted_pen if kind in (SMALL, TAG) else text_pen)
            painter.drawStaticText(pos, static)
        if self.text.tag_rect is not None and self.show_tag:
            x, y, w, h = self.text.tag_rect
            tag = QRectF(x, y, w, h)
            painter.setPen(QPen(style.border, 0.8))
            painter.setBrush(style.fill)
            painter.drawRoundedRect(tag, 3, 3)
            painter.setFont(small_font)
            painter.setPen(muted_pen)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.text.tag)

    def _paint_toggle(self, painter: QPainter, style) -> None:
        """Expanded: a "−" ring; collapsed: "+N" (the hidden units) on the family's strong colour."""
        rect = self.toggle_rect()
        painter.setPen(QPen(style.strong, 1.2))
        painter.setBrush(style.fill if self.expanded else style.strong)  # colours: see areas.AreaFrame
        painter.drawRoundedRect(rect, TOGGLE_R, TOGGLE_R)
        painter.setFont(palette.font(palette.SMALL_PX, True))
        painter.setPen(QPen(style.text if self.expanded else style.on_strong))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.toggle_label())


_STATE_COLOURS: dict[str, dict] = {}


def state_colours() -> dict:
    """QColor objects of the current theme's highlight states, built once per theme (QColor
    construction per paint call adds up at 10k cards)."""
    theme = palette.current()
    colours = _STATE_COLOURS.get(theme.name)
    if colours is None:
        from PySide6.QtGui import QColor

        colours = _STATE_COLOURS[theme.name] = {
            "selected": QColor(theme.selection), "path": QColor(theme.path), "match": QColor(theme.match_name),
            "match_function": QColor(theme.match_function), "greek": QColor(*theme.greek)}
    return colours
