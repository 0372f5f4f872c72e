"""Cards: sizes, wrapping that never cuts, plain-text names and escaped tooltips, level of detail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from unorg_desktop.render import cards, palette
from unorg_desktop.render.cards import UnitCard, card_size, card_text, chart_sizes, tooltip_html, wrap_text
from unorg_desktop.store.rows import DocumentRow, UnitRow

from conftest import MARKUP_NAME

DOC = DocumentRow("010", "010.txt", "bulletin", "fr", "Organisation & <i>titre</i>", "ST/SGB/2010/1", "")
NOSYM = DocumentRow("004", "004.txt", "bulletin", "fr", "Organisation du Bureau fictif de la cartographie lunaire",
                    "", "")
NOTHING = DocumentRow("005", "005.txt", "bulletin", "fr", "", "", "")


def unit(name: str, kind: str = "Division", head: str | None = "Directeur", collective: bool = False) -> UnitRow:
    return UnitRow("u", name, name, kind, head, "010", "5.1", collective)


@pytest.fixture(autouse=True)
def _app(qapp):
    yield


def test_size_grows_with_the_name_and_width_is_bounded():
    short = card_size(unit("Division X"), DOC)
    long = card_size(unit("Division des politiques, de l’évaluation et de la formation " * 3), DOC)
    assert cards.MIN_WIDTH <= short[0] <= cards.MAX_WIDTH
    assert cards.MAX_WIDTH - 30 <= long[0] <= cards.MAX_WIDTH  # wrapped: close to the bound
    assert long[1] > short[1] + 3 * palette.NAME_PX  # several more lines


def test_wrapping_never_drops_text():
    big = cards._metrics()[0]
    name = "Équipe d’enquêteurs des Nations Unies chargée de concourir à amener Daech/État islamique à répondre"
    lines = wrap_text(name, big, 200)
    assert len(lines) > 2 and " ".join(lines) == " ".join(name.split())
    assert all(big.fm.horizontalAdvance(line) <= 200 + 0.5 for line in lines)
    token = "A/RES/" + "9" * 80  # one unbreakable token wider than a card: split, not cut
    pieces = wrap_text(token, big, 200)
    assert len(pieces) > 1 and "".join(pieces) == token


def test_card_lines_hold_the_whole_name_kind_head_and_tag():
    u = unit("Bureau de la planification stratégique et de la coordination des opérations de paix")
    text = card_text(u, DOC)
    assert " ".join(text.name_lines) == u.name
    card = UnitCard(u, DOC, has_children=True, expanded=False, hidden=12)
    painted = card.painted_text()
    assert "Division" in painted and "Directeur" in painted and "ST/SGB/2010/1" in painted
    assert card.toggle_label() == "+12" and painted[-1] == "+12"
    card.set_toggle(True, True, 0)
    assert card.toggle_label() == "−"
    # no symbol: the short title stands in (elided to the badge), never the internal id
    painted = UnitCard(u, NOSYM).painted_text()
    badge = next(t for t in painted if t.startswith("Bureau fictif"))
    assert "004" not in painted and badge.endswith("…") and len(badge) < len("Bureau fictif de la cartographie lunaire")
    own = UnitRow("b", "Bureau fictif de la cartographie lunaire", "Bureau fictif de la cartographie lunaire", "Bureau",
                  None, "004", "1", False)
    own_card = UnitCard(own, NOSYM)  # the unit its bulletin is titled after: no badge repeating its name
    assert own_card.text.tag == "" and own_card.text.tag_rect is None
    assert own_card.painted_text() == [*own_card.text.name_lines]  # its name says its kind: no kind line
    painted = UnitCard(u, NOTHING).painted_text()
    assert "005" not in painted and "" not in painted  # no badge at all rather than an id


def test_markup_name_is_painted_literally_and_tooltip_is_escaped():
    u = unit(MARKUP_NAME + " & co", head="<a href=\"file:///etc/passwd\">chef</a>")
    card = UnitCard(u, DOC)
    assert " ".join(card.text.name_lines) == u.name
    tip = card.toolTip()
    assert "&lt;b&gt;X&lt;/b&gt;&lt;img src=x&gt; &amp; co" in tip
    assert "<img" not in tip and "<a " not in tip and "&lt;i&gt;titre&lt;/i&gt;" in tip
    card.ensure_tooltip()  # what Qt itself will show
    assert super(UnitCard, card).toolTip() == tip == tooltip_html(u, DOC)
    # paint at full detail: the static texts are plain text holding the raw strings
    image = QImage(300, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    card.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    statics = [static for _, static, _ in card._statics]
    assert all(s.textFormat() == Qt.TextFormat.PlainText for s in statics)
    assert " ".join(s.text() for s, (_, _, _, style) in zip(statics, card.text.lines)
                    if style == cards.NAME) == u.name


def _paint_at(card: UnitCard, scale: float) -> QImage:
    image = QImage(300, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    card.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image


def test_level_of_detail_draws_a_plain_box_when_too_small_to_read():
    u = unit("Division de l’appui logistique")
    small = UnitCard(u, DOC)
    image = _paint_at(small, 0.15)
    assert small._statics is None  # no text laid out at all
    mid = palette.kind_style("Division")[2]
    assert QColor(image.pixel(10, 5)).name() == mid.name()  # 8-bit channels
    colours = {image.pixel(x, y) for x in range(40) for y in range(15)}
    greeked = _paint_at(small, 0.3)  # readable size not reached, but lines visible: bars
    assert small._statics is None
    assert len({greeked.pixel(x, y) for x in range(70) for y in range(25)}) > len(colours)
    big = UnitCard(u, DOC)
    image = _paint_at(big, 1.0)
    assert big._statics  # text drawn
    assert QColor(image.pixel(60, 30)) != mid


def test_collective_marker_and_palette():
    u = unit("Sections régionales", kind="Section", collective=True)
    assert card_size(u, DOC)[1] > card_size(unit("Sections régionales", kind="Section"), DOC)[1]
    assert palette.kind_colour("Département") != palette.kind_colour("Division")
    entries = palette.legend_entries(["Section", "Département", "Zzz", "Département"])
    assert [k for k, _ in entries] == ["department", "section", "outside"]
    fill, border, _ = palette.kind_style("Département")
    assert fill.lightness() > 220 and border.lightness() < fill.lightness()


def test_card_bounds_cover_the_toggle():
    card = UnitCard(unit("Division X"), DOC, has_children=True, expanded=False, hidden=3)
    assert card.boundingRect().contains(card.toggle_rect())
    assert card.boundingRect().contains(card.card_rect())
    assert UnitCard(unit("Division X"), DOC).toggle_rect() is None
    assert isinstance(card.card_rect(), QRectF)


def test_toggle_sits_on_the_side_of_the_children():
    card = UnitCard(unit("Division X"), DOC, has_children=True, expanded=True)
    tb = card.toggle_rect()
    assert tb.center().x() == card.card_rect().center().x() and tb.bottom() > card.card_rect().bottom()
    card.set_direction("LR")
    lr = card.toggle_rect()
    assert lr.center().y() == card.card_rect().center().y() and lr.right() > card.card_rect().right()
    assert card.boundingRect().contains(lr)
    # mostly outside the box: the wrapped text (8 px padding) is never covered
    assert card.card_rect().right() - lr.left() < cards.PAD


def test_a_branch_names_its_document_once(qapp):
    """The badge shows at the top of each document's branch; its children, from the same
    document, do not repeat it (their size is the same either way)."""
    from unorg_desktop.graph import OrgGraph
    from unorg_desktop.layout import layout_tree
    from unorg_desktop.render.scene import ChartScene
    from unorg_desktop.store.rows import LineRow

    other = DocumentRow("011", "011.txt", "report", "fr", "Rapport", "A/99/1", "")
    units = [UnitRow("sg", "Racine", "Racine", "Secrétaire général", None, None, None, False),
             UnitRow("d", "Département Z", "Département Z", "Département", None, "010", "1", False),
             UnitRow("s", "Service Z", "Service Z", "Service", None, "010", "2", False),
             UnitRow("m", "Programme Z", "Programme Z", "Programme", None, "011", "3", False)]
    lines = [LineRow("d", "sg", True, "010", "1", ""), LineRow("s", "d", True, "010", "2", ""),
             LineRow("m", "d", True, "011", "3", "")]
    graph = OrgGraph.from_rows(units, lines, [DOC, other])
    expanded = {"sg", "d"}
    scene = ChartScene()
    tree = graph.visible_tree(expanded)
    layout = layout_tree(tree, chart_sizes(graph, tree), "TB", engine="tidy")
    scene.show_chart(graph, layout, expanded)
    assert "ST/SGB/2010/1" in scene.card("d").painted_text()  # the branch's top
    assert "ST/SGB/2010/1" not in scene.card("s").painted_text()  # same document as its parent
    assert "A/99/1" in scene.card("m").painted_text()  # another document
    for node, (x, y, w, h) in layout.boxes.items():  # every card as large as the layout made room for
        rect = scene.card(node).card_rect()
        assert (rect.width(), rect.height()) == (w, h)
    # no room is kept for a badge that is not shown, nor for a kind line that the name repeats
    assert card_size(units[2], DOC, badge=False)[1] < card_size(units[2], DOC)[1]
    assert scene.card("s").painted_text() == ["Service Z"]
