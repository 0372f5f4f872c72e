"""The chart's lines and marks on the bundled chart: every primary line's tooltip names its
document and paragraph, secondary lines go around the cards, "also reports to X" marks sit clear
of other cards and take a click to X, groups of unplaced units are framed and joined by no line."""

from __future__ import annotations

import pytest
from conftest import BUNDLED_DB
from PySide6.QtCore import QPointF, QRectF

from unorg_desktop.graph import OrgGraph, is_group
from unorg_desktop.layout.routing import crosses
from unorg_desktop.render.export import chart_scene
from unorg_desktop.store import Store


@pytest.fixture(scope="module")
def chart(qapp):
    with Store.open(BUNDLED_DB) as store:
        graph = OrgGraph.from_store(store)
    shape = graph.visible_tree(graph.every_node())
    return graph, chart_scene(graph, shape, legend=False)


def test_every_primary_line_tooltip_gives_document_and_paragraph(chart) -> None:
    from unorg_desktop.render.edges import line_tooltip

    graph, scene = chart
    for (parent, child), route in scene.layout.edges.items():
        (ax, ay), (bx, by) = route[-2], route[-1]  # the last segment is this line's own
        pos = QPointF((ax + bx) / 2, (ay + by) / 2)
        assert (parent, child) in scene.line_at(pos, 1.0)
        line = graph.primary_line(child)
        assert line is not None and line.parent == parent
        text = line_tooltip(graph, [(parent, child)])
        label = graph.document_label(line.document)
        assert f"{label}, par. {line.paragraph}" in text.replace("&#x27;", "'")


def test_secondary_lines_go_around_cards_and_marks_stay_clear(chart) -> None:
    graph, scene = chart
    boxes = scene._boxes
    assert scene._secondary
    for item in scene._secondary:
        others = [b for n, b in boxes.items() if n not in (item.child, item.parent_id)]
        assert not any(crosses(item.points, b) for b in others), (item.child, item.parent_id)
    marks = scene.marks()
    assert set(marks) == {s.child for s in graph.secondary if s.child in boxes}
    for unit, mark in marks.items():
        rect = mark.scene_rect()
        for node, box in boxes.items():
            if node != unit:
                assert not rect.intersects(QRectF(*box)), (unit, node)
        assert rect.intersects(QRectF(*boxes[unit]))  # on its own card's edge


def test_a_click_on_a_mark_goes_to_the_other_superior(chart, qtbot) -> None:
    graph, scene = chart
    unit, mark = next(iter(scene.marks().items()))
    from PySide6.QtCore import QEvent, QPoint, Qt
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    got = []
    scene.unitClicked.connect(got.append)
    for kind, handler in ((QEvent.Type.GraphicsSceneMousePress, scene.mousePressEvent),
                          (QEvent.Type.GraphicsSceneMouseRelease, scene.mouseReleaseEvent)):
        event = QGraphicsSceneMouseEvent(kind)
        event.setScenePos(mark.scene_rect().center())
        event.setScreenPos(QPoint(10, 10))
        event.setButton(Qt.MouseButton.LeftButton)
        handler(event)
    assert got == [mark.target]
    assert mark.target in {s.parent for s in graph.secondary_parents(unit)}
    assert "par." in mark.toolTip()


def test_groups_are_framed_and_joined_by_no_line(chart) -> None:
    graph, scene = chart
    frames = scene.frames()
    assert set(frames) == set(graph.groups)
    for group, frame in frames.items():
        rect = frame.rect()
        for member in graph.groups[group]:
            assert rect.contains(QRectF(*scene._boxes[member]))
    assert not any(is_group(p) or is_group(c) for p, c in scene.layout.edges)
