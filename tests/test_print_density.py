"""The whole bundled chart on one A3 page: every unit, expanded, fitted with 10 mm margins, its
smallest text at least 4 pt (measured on the page model), nothing overlapping."""

from __future__ import annotations

import pytest
from conftest import BUNDLED_DB
from PySide6.QtCore import QRectF
from test_layout import crossed_cards, overlapping_pairs

from unorg_desktop.graph import OrgGraph
from unorg_desktop.render import palette
from unorg_desktop.render.export import chart_scene, plan_for, source_rect
from unorg_desktop.render.legend import LegendItem
from unorg_desktop.render.pages import PT_PER_MM
from unorg_desktop.render.paged import CAPTION_PT, smallest_text_pt
from unorg_desktop.store import Store


@pytest.fixture(scope="module")
def whole_chart(qapp):
    with Store.open(BUNDLED_DB) as store:
        graph = OrgGraph.from_store(store)
    shape = graph.visible_tree(graph.every_node())
    scene = chart_scene(graph, shape)  # what `unorg export` and "Whole chart" draw
    return graph, shape, scene, graph.caption(shape.nodes)


def test_the_whole_bundled_chart_fits_one_a3_page_with_text_of_at_least_4_pt(whole_chart) -> None:
    graph, shape, scene, caption = whole_chart
    assert set(scene.cards()) == set(shape.nodes) == set(graph.units)  # every unit, every area open
    source = source_rect(scene)
    plan = plan_for(scene, source, caption, "A3", "auto", fit=True)
    assert plan.count == 1 and sorted(plan.page_mm) == [297.0, 420.0]
    x, y, w, h = plan.chart_mm
    assert x == pytest.approx(10.0) and y == pytest.approx(10.0)  # 10 mm margins
    assert source.width() * plan.scale <= w * PT_PER_MM + 1e-6 and source.height() * plan.scale <= h * PT_PER_MM + 1e-6
    smallest = smallest_text_pt(plan, scene)
    assert smallest >= 4.0, f"smallest text {smallest:.2f} pt on A3"
    # the measure is the page's scale times the smallest text any item draws (kind, head, badge:
    # palette.SMALL_PX), or the caption's size when that is smaller
    assert smallest == pytest.approx(min(palette.SMALL_PX * plan.scale, CAPTION_PT))
    a4 = plan_for(scene, source, caption, "A4", "auto", fit=True)
    assert smallest_text_pt(a4, scene) < smallest  # the same chart on smaller paper: smaller text


def test_nothing_on_the_whole_chart_overlaps(whole_chart) -> None:
    graph, shape, scene, _ = whole_chart
    layout = scene.layout
    assert overlapping_pairs(layout) == [] and crossed_cards(layout) == []
    for group, (fx, fy, fw, fh) in layout.frames.items():  # an area holds its units and nothing else
        inside = {group, *[n for n in shape.nodes if graph.group_of(n) == group]}
        for node, (x, y, w, h) in layout.boxes.items():
            within = fx <= x and x + w <= fx + fw and fy <= y and y + h <= fy + fh
            apart = x + w <= fx or fx + fw <= x or y + h <= fy or fy + fh <= y
            assert within if node in inside else apart, (group, node)
        for other, (ox, oy, ow, oh) in layout.frames.items():
            assert other == group or ox + ow <= fx or fx + fw <= ox or oy + oh <= fy or fy + fh <= oy
    legend = next(i for i in scene.items() if isinstance(i, LegendItem))
    rect = legend.sceneBoundingRect()
    for box in [*layout.boxes.values(), *layout.frames.values()]:
        assert not rect.intersects(QRectF(*box))
    for route in layout.edges.values():
        for a, b in zip(route, route[1:]):
            leg = QRectF(min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]) + 0.01, abs(b[1] - a[1]) + 0.01)
            assert not rect.intersects(leg)
