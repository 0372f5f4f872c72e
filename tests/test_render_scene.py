"""ChartScene: cards per visible unit, reuse on re-show, selection and match highlights, clicks,
secondary lines, level-of-detail modes, and the PySide6 item-update crash pin."""

from __future__ import annotations

import subprocess
import sys

import PySide6
import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsView
from test_render_support import make_graph, simple_layout

from unorg_desktop.render.edges import SecondaryEdge
from unorg_desktop.render.scene import ChartScene
from unorg_desktop.render.timing import frame_times, render_frame


@pytest.fixture
def chart(qapp):
    graph = make_graph(60, seed=3)
    expanded = set(graph.units) - {"u2"}
    layout = simple_layout(graph, expanded)
    scene = ChartScene()
    scene.show_chart(graph, layout, expanded)
    return scene, graph, layout, expanded


def test_one_card_per_visible_unit(chart):
    scene, graph, layout, _ = chart
    assert set(scene.cards()) == set(layout.boxes)
    assert scene.card("u2") is not None and scene.card(graph.children("u2")[0]) is None
    for node, box in layout.boxes.items():
        assert scene.unit_rect(node) == QRectF(*box)
        assert scene.card(node).pos().x() == box[0]
    assert scene.unit_rect("nope").isEmpty()
    collapsed = scene.card("u2")
    assert not collapsed.expanded and collapsed.hidden == graph.descendant_count("u2") > 0


def test_reshow_reuses_cards_by_id(chart):
    scene, graph, layout, expanded = chart
    before = {n: scene.card(n) for n in layout.boxes}
    expanded = expanded - {"u1"}
    scene.show_chart(graph, simple_layout(graph, expanded), expanded)
    kept = [n for n in before if scene.card(n) is not None]
    assert kept and all(scene.card(n) is before[n] for n in kept)
    assert scene.card("u1").hidden == graph.descendant_count("u1")
    assert all(c.scene() is scene for c in scene.cards().values())
    assert len([i for i in scene.items() if i.__class__.__name__ == "UnitCard"]) == len(scene.cards())


def test_selection_highlights_chain_and_direct_reports(chart):
    scene, graph, layout, _ = chart
    leafish = graph.children(graph.children("u1")[0])[0] if graph.children(graph.children("u1")[0]) else None
    target = graph.children("u1")[0]
    scene.set_selection(target)
    chain = set(graph.ancestors_path(target)[:-1])
    assert scene.selected == target and scene.chain == chain and "sg" in chain
    assert scene.reports == set(graph.children(target))
    assert scene.card(target).selected
    assert all(scene.card(n).on_path for n in chain | set(graph.children(target)))
    others = set(layout.boxes) - chain - {target} - set(graph.children(target))
    assert not any(scene.card(n).on_path or scene.card(n).selected for n in others)
    assert not scene._highlight.path().isEmpty()
    scene.set_selection(leafish or "sg")
    assert not scene.card(target).selected
    scene.set_selection(None)
    assert not any(c.selected or c.on_path for c in scene.cards().values()) and scene._highlight is None


def test_matches_are_marked_and_cleared(chart):
    scene, *_ = chart
    scene.set_matches(["u3", "u4", "not-shown"])
    assert scene.matches == {"u3", "u4"} and scene.card("u3").match
    assert {c.name() for _, c in scene._overview.overlay} == {QColor("#f2c200").name()}
    scene.set_matches([])
    assert not scene.card("u3").match and scene._overview.overlay == []


def test_secondary_line_is_dashed_with_escaped_tooltip(qapp):
    graph = make_graph(30, seed=1)
    from unorg_desktop.store.rows import LineRow

    graph.secondary = [LineRow("u9", "u1", False, "010", "5.1 <b>", "relève & aussi")]
    layout = simple_layout(graph)
    scene = ChartScene()
    scene.show_chart(graph, layout, set(graph.units))
    [line] = [i for i in scene.items() if isinstance(i, SecondaryEdge)]
    assert line.pen().style() == Qt.PenStyle.DashLine
    assert line.pen().color().name() != scene._chunks[0].edge_item.pen().color().name()
    assert line.toolTip().startswith("Secondary line — ST/SGB/2099/1, par. 5.1 &lt;b&gt;")
    assert "relève &amp; aussi" in line.toolTip()
    assert line.acceptHoverEvents() and not line.hovered
    batch = scene._secondary_batch  # draws every secondary line in one call
    assert batch.pen.style() == Qt.PenStyle.DashLine and not batch.path.isEmpty()
    assert batch.boundingRect().contains(line.path().boundingRect())


def test_clicks_select_and_toggle_without_blocking_pan(chart, qtbot):
    scene, graph, layout, _ = chart
    view = QGraphicsView(scene)
    view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.centerOn(scene.unit_rect("u2").center())
    card = scene.card("u2")
    centre = view.mapFromScene(scene.unit_rect("u2").center())
    with qtbot.waitSignal(scene.unitClicked) as clicked:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == ["u2"]
    toggle = view.mapFromScene(card.mapToScene(card.toggle_rect().center()))
    with qtbot.waitSignal(scene.toggleRequested) as toggled:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=toggle)
    assert toggled.args == ["u2"]
    assert scene.hit_test(scene.unit_rect("u2").topLeft() - QPoint(30, 30)) == (None, False)


def test_level_of_detail_modes(qapp):
    graph = make_graph(3000, seed=2)
    layout = simple_layout(graph)
    scene = ChartScene()
    scene.show_chart(graph, layout, set(graph.units))
    assert len(scene._cards) == 0  # cards are built when first needed
    fitted = render_frame(scene, (1600, 1000))
    assert scene.mode == "overview" and len(scene._cards) == 0
    assert not scene._chunks[0].isVisible() and scene._overview.isVisible()
    white = QColor("white").rgba()
    rows = [y for y in range(1000) if any(fitted.pixel(x, y) != white for x in range(0, 1600, 4))]
    colours = {fitted.pixel(x, y) for y in rows for x in range(1600)}
    assert rows and len(colours) > 3  # kinds' colours and edges, not a blank frame
    near = render_frame(scene, (800, 600), QRectF(scene.unit_rect("u1")).adjusted(-200, -200, 200, 200))
    assert scene.mode == "cards" and scene._chunks[0].isVisible() and not scene._overview.isVisible()
    assert 0 < len(scene._cards) < 1000  # only the chunks near u1
    assert scene.card("u1")._statics  # drawn with its text
    assert len({near.pixel(x, y) for x in range(0, 800, 5) for y in range(0, 600, 5)}) > 3
    scene.full_detail = True  # vector exports: always real cards
    render_frame(scene)
    assert scene.mode == "cards"
    times = frame_times(scene, (400, 250), repeat=3)
    assert len(times) == 3 and all(t > 0 for t in times)


def test_pyside_version_is_pinned_below_612():
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), "PySide6 6.12.0 crashes after a few thousand void calls (setPos)"


CRASH_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, "tests")
from unorg_desktop.render.qtapp import ensure_app
app = ensure_app()
from test_render_support import make_graph, simple_layout
from unorg_desktop.render.scene import ChartScene
graph = make_graph(400, seed=5)
layout = simple_layout(graph)
scene = ChartScene()
scene.show_chart(graph, layout, set(graph.units))
cards = list(scene.cards().values())
calls = 0
for round_ in range(25):
    for i, card in enumerate(cards):
        card.setPos(card.pos().x() + 1, card.pos().y())   # void calls returning None
        card.setZValue((i + round_) % 7)
        calls += 2
    app.processEvents()
print(calls)
"""


def test_twenty_thousand_item_updates_do_not_crash():
    """PySide6 6.12.0 decremented None's refcount on void calls and crashed after a few
    thousand setPos/setZValue; run them in a child process so a crash fails one test only."""
    done = subprocess.run([sys.executable, "-c", CRASH_SCRIPT], capture_output=True, text=True, timeout=120,
                          cwd=str(__import__("pathlib").Path(__file__).resolve().parent.parent))
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip().splitlines()[-1]) >= 20_000


def test_overview_image_is_cached_per_scale_bucket(chart):
    scene, *_ = chart
    ov = scene._overview
    first = ov.image(0.01)
    assert ov.image(0.0101) is first  # same power-of-two bucket: no re-rasterising
    assert first.width() == pytest.approx(ov.boundingRect().width() * 2 ** -6, abs=1)
    ov.image(0.1)
    ov.image(0.3)
    assert len(ov._images) == 2 and ov.image(0.3) is not first


class _RecordingPainter:
    """Stands in for a QPainter: records what :func:`edges.stroke` asks it to stroke."""

    def __init__(self, transform) -> None:
        self.transform = transform
        self.pens = []

    def worldTransform(self):
        return self.transform

    def strokePath(self, path, pen) -> None:
        self.pens.append(QPen(pen))


def test_wide_lines_are_drawn_as_one_pixel_strokes_on_raster_devices(qapp):
    """Qt's antialiased stroker took ~2 s per frame on Graphviz-like long flat splines wider
    than a pixel; edges.stroke draws them as offset one-pixel cosmetic strokes instead (the time
    itself is measured in benchmarks/bench_render.py, not asserted here), and still paints."""
    from PySide6.QtGui import QImage, QPainter, QPainterPath, QTransform

    from unorg_desktop.render.edges import edges_path, stroke

    curves = [[(15000.0, 20.0), (14000.0, 22.0), (600.0 + 120 * i, 45.0), (400.0 + 120 * i, 90.0)]
              for i in range(100)]
    path = edges_path(curves, "spline")
    wide = QPen(QColor("#e4572e"), 3.0)
    raster = _RecordingPainter(QTransform())
    stroke(raster, path, wide)
    assert len(raster.pens) >= 3
    assert all(p.isCosmetic() and p.widthF() == 1.0 for p in raster.pens)
    vector = _RecordingPainter(QTransform())
    stroke(vector, path, wide, vector=True)
    assert [p.widthF() for p in vector.pens] == [3.0]  # SVG/PDF get the real pen

    image = QImage(16000, 120, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    stroke(painter, path, wide)
    painter.end()
    assert QColor(image.pixel(400 + 120 * 50, 89)).red() > 200 and QColor(image.pixel(400 + 120 * 50, 89)) != QColor("white")
    assert isinstance(path, QPainterPath)


def test_secondary_line_highlights_on_hover(qapp, qtbot):
    graph = make_graph(30, seed=1)
    from unorg_desktop.store.rows import LineRow

    graph.secondary = [LineRow("u9", "u1", False, "010", "5.1", "")]
    scene = ChartScene()
    scene.show_chart(graph, simple_layout(graph), set(graph.units))
    [line] = scene._secondary
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    middle = line.path().pointAtPercent(0.5)
    view.centerOn(middle)
    QTest.mouseMove(view.viewport(), view.mapFromScene(middle) + QPoint(0, 60))
    qtbot.wait(20)
    QTest.mouseMove(view.viewport(), view.mapFromScene(middle))
    qtbot.waitUntil(lambda: line.hovered, timeout=2000)
    QTest.mouseMove(view.viewport(), view.mapFromScene(middle) + QPoint(0, 60))
    qtbot.waitUntil(lambda: not line.hovered, timeout=2000)


def test_rebuild_keeps_items_added_by_others(qapp):
    from PySide6.QtWidgets import QGraphicsRectItem

    graph = make_graph(200, seed=7)
    scene = ChartScene()
    scene.show_chart(graph, simple_layout(graph), set(graph.units))
    scene.cards()
    marker = QGraphicsRectItem(0, 0, 10, 10)
    scene.addItem(marker)
    only_root = {"sg"}
    scene.show_chart(graph, simple_layout(graph, only_root), only_root)  # most cards go: rebuild
    assert marker.scene() is scene
    assert set(scene.cards()) == {"sg", *graph.children("sg")}


def test_card_tooltip_is_handed_to_qt_when_asked(chart):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QGraphicsSceneHelpEvent

    from unorg_desktop.render.cards import UnitCard

    scene, *_ = chart
    card = scene.card("u3")
    assert super(UnitCard, card).toolTip() == ""  # not built for every card up front
    event = QGraphicsSceneHelpEvent(QEvent.Type.GraphicsSceneHelp)
    event.setScenePos(scene.unit_rect("u3").center())
    scene.helpEvent(event)
    assert super(UnitCard, card).toolTip() == card.toolTip() != ""


def test_secondary_line_and_mark_tooltips_are_made_when_asked(qapp):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHelpEvent

    from unorg_desktop.render.areas import SecondaryMark
    from unorg_desktop.store.rows import LineRow

    graph = make_graph(30, seed=1)
    graph.secondary = [LineRow("u9", "u1", False, "010", "5.1", "relève aussi")]
    asked = []
    scene = ChartScene()
    scene.paragraph_text = lambda document, number: asked.append((document, number)) or "Le texte."
    scene.show_chart(graph, simple_layout(graph), set(graph.units))
    [line] = [i for i in scene.items() if isinstance(i, SecondaryEdge)]
    [mark] = [i for i in scene.items() if isinstance(i, SecondaryMark)]
    # nothing made with the scene (the citing paragraph is not even read) ...
    assert asked == [] and QGraphicsItem.toolTip(line) == "" and QGraphicsItem.toolTip(mark) == ""
    for item in (line, mark):  # ... until Qt asks for a tooltip where the item is
        event = QGraphicsSceneHelpEvent(QEvent.Type.GraphicsSceneHelp)
        event.setScenePos(item.mapToScene(item.path().pointAtPercent(0.5)) if item is line
                          else item.scene_rect().center())
        scene.helpEvent(event)
    assert QGraphicsItem.toolTip(line) == line.toolTip() and "Le texte." in line.toolTip()
    assert asked == [("010", "5.1")]
    assert QGraphicsItem.toolTip(mark) == mark.toolTip() and "par. 5.1" in mark.toolTip()


def test_secondary_tooltip_quotes_the_citing_paragraph(qapp):
    from unorg_desktop.render.edges import TOOLTIP_TEXT_MAX, secondary_tooltip
    from unorg_desktop.store.rows import LineRow

    text = "Le Service <i>X</i> relève aussi du Bureau & co."
    tip = secondary_tooltip("ST/SGB/2099/1", "5.1", "relève aussi du Bureau", text)
    assert tip == ("Secondary line — ST/SGB/2099/1, par. 5.1<br>Le Service &lt;i&gt;X&lt;/i&gt; "
                   "<b>relève aussi du Bureau</b> &amp; co.")
    long = secondary_tooltip("S", "1", "", "mot " * 1000)
    assert len(long) < TOOLTIP_TEXT_MAX + 60 and long.endswith(" …")
    assert secondary_tooltip("S", "1", "<b>", "") == "Secondary line — S, par. 1<br><i>&lt;b&gt;</i>"
    # the scene asks its owner for the text; a failing lookup only drops the text
    graph = make_graph(30, seed=1)
    graph.secondary = [LineRow("u9", "u1", False, "010", "5.1", "relève")]
    for lookup, expected in ((lambda d, n: f"{d}/{n}: il relève", "010/5.1: il <b>relève</b>"),
                             (lambda d, n: 1 / 0, "<i>relève</i>")):
        scene = ChartScene()
        scene.paragraph_text = lookup
        scene.show_chart(graph, simple_layout(graph), set(graph.units))
        [line] = [i for i in scene.items() if isinstance(i, SecondaryEdge)]
        assert line.toolTip().endswith(expected), line.toolTip()
