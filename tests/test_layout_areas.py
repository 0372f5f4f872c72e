"""Areas of units that no text places: an outline cut into balanced columns under a heading, all
areas in one band below or beside the trees; drawn as compact entries that stay clickable."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_layout import crossed_cards, on_border, orthogonal, overlapping_pairs

from unorg_desktop.graph import VisibleChart
from unorg_desktop.layout import layout_tree
from unorg_desktop.layout.areas import BAND_GAP, BLOCK_GAP, INDENT, Area


def area_shape(members: int, seed: int, groups: int = 1, trees: bool = True):
    """A forest of two small trees and ``groups`` groups of ``members`` units, some with children."""
    rnd = random.Random(seed)
    children: dict[str, list[str]] = {"r": ["a", "b", "c"], "a": ["a1", "a2"], "s": ["s1"]} if trees else {}
    sizes = {n: (rnd.uniform(160, 240), rnd.choice([46, 61, 76])) for n in ["r", "a", "b", "c", "a1", "a2", "s", "s1"]}
    shape_groups = {}
    for g in range(groups):
        gid = f"~g{g}"
        sizes[gid] = (rnd.uniform(120, 300), rnd.choice([18, 34]))
        shape_groups[gid] = []
        for i in range(members):
            m = f"g{g}m{i}"
            shape_groups[gid].append(m)
            sizes[m] = (200.0, rnd.choice([20, 20, 34, 48]))
            if rnd.random() < 0.2:  # a member with units under it, two levels at most
                kids = [f"{m}k{j}" for j in range(rnd.randint(1, 3))]
                children[m] = kids
                for k in kids:
                    sizes[k] = (200.0, rnd.choice([20, 34]))
                if rnd.random() < 0.5:
                    children[kids[0]] = [f"{kids[0]}x"]
                    sizes[f"{kids[0]}x"] = (200.0, 20.0)
    shape = VisibleChart(["r", "s"] if trees else [], children, shape_groups)
    return shape, sizes


def outline(shape, member) -> list[tuple[str, int]]:
    rows, stack = [], [(member, 0)]
    while stack:
        node, depth = stack.pop()
        rows.append((node, depth))
        stack.extend((k, depth + 1) for k in reversed(shape.children.get(node, ())))
    return rows


@settings(max_examples=25, deadline=None)
@given(members=st.integers(0, 60), seed=st.integers(0, 10_000), aspect=st.sampled_from([0.7, 1.4, 2.5]),
       direction=st.sampled_from(["TB", "LR"]))
def test_an_area_is_an_outline_in_columns_inside_its_frame(members, seed, aspect, direction) -> None:
    shape, sizes = area_shape(members, seed)
    layout = layout_tree(shape, sizes, direction, aspect=aspect)
    assert set(layout.boxes) == set(shape.nodes) and set(layout.edges) == set(shape.edges)
    assert overlapping_pairs(layout) == [] and crossed_cards(layout) == []
    fx, fy, fw, fh = layout.frames["~g0"]
    hx, hy, hw, hh = layout.boxes["~g0"]
    assert (hw, hh) == pytest.approx(sizes["~g0"])
    for member in shape.groups["~g0"]:
        rows = outline(shape, member)
        mx, my, _, _ = layout.boxes[member]
        assert my >= hy + hh  # under the heading
        below = my
        for node, depth in rows:  # the member's units follow it in its column, indented per level
            x, y, w, h = layout.boxes[node]
            assert fx <= x and x + w <= fx + fw and fy <= y and y + h <= fy + fh
            assert x == pytest.approx(mx + depth * INDENT) and y >= below - 1e-6 and (w, h) == pytest.approx(sizes[node])
            below = y + h
    for (parent, child), route in layout.edges.items():
        if parent in shape.children and child.startswith("g"):
            assert orthogonal(route) and on_border(route[0], layout.boxes[parent]) and \
                on_border(route[-1], layout.boxes[child])
    if members >= 2:  # columns in reading order, each filled up to the tallest: the next column's
        # first member would not fit under the last of any column but the last
        columns: dict[float, list] = {}
        for member in shape.groups["~g0"]:
            columns.setdefault(round(layout.boxes[member][0], 6), []).append(member)
        order = [m for x in sorted(columns) for m in columns[x]]
        assert order == shape.groups["~g0"]  # top to bottom, then left to right

        def top_bottom(member):
            last = outline(shape, member)[-1][0]
            return layout.boxes[member][1], layout.boxes[last][1] + layout.boxes[last][3]

        top = min(top_bottom(m)[0] for m in order)
        tallest = max(top_bottom(m)[1] for m in order) - top
        xs = sorted(columns)
        for left, right in zip(xs, xs[1:]):
            nxt_top, nxt_bottom = top_bottom(columns[right][0])
            bottom = top_bottom(columns[left][-1])[1]
            assert bottom - top + BLOCK_GAP + (nxt_bottom - nxt_top) > tallest - 1e-6


@pytest.mark.parametrize("seed", range(8))
def test_every_area_is_in_one_band_below_or_beside_the_trees(seed) -> None:
    rnd = random.Random(seed)
    shape, sizes = area_shape(rnd.randint(1, 40), seed, groups=3)
    aspect = rnd.choice([0.6, 1.0, 1.4, 2.2])
    layout = layout_tree(shape, sizes, aspect=aspect)
    trees = [b for n, b in layout.boxes.items() if not n.startswith(("~", "g"))]
    right = max(x + w for x, y, w, h in trees)
    bottom = max(y + h for x, y, w, h in trees)
    frames = [layout.frames[g] for g in shape.groups]
    below = all(y >= bottom + BAND_GAP - 1e-6 for x, y, w, h in frames)
    beside = all(x >= right + BAND_GAP - 1e-6 for x, y, w, h in frames)
    assert below or beside
    if below:  # side by side in the group order, tops aligned
        assert len({round(f[1], 6) for f in frames}) == 1
        assert all(a[0] + a[2] <= b[0] for a, b in zip(frames, frames[1:]))
    else:  # stacked in the group order, lefts aligned
        assert len({round(f[0], 6) for f in frames}) == 1
        assert all(a[1] + a[3] <= b[1] for a, b in zip(frames, frames[1:]))
    assert overlapping_pairs(layout) == []


def test_columns_are_as_balanced_as_the_blocks_allow() -> None:
    sizes = {f"m{i}": (200.0, 20.0) for i in range(30)}
    area = Area("~g", (200.0, 20.0), [f"m{i}" for i in range(30)], {}, sizes)
    assert sorted(area.cut(3)) == [0] * 10 + [1] * 10 + [2] * 10  # ten equal entries a column
    assert area.cut(1) == [0] * 30 and max(area.cut(40)) == 29  # never more columns than members


def test_the_chart_shows_areas_as_entries_under_a_heading(qapp) -> None:
    from unorg_desktop.graph import OrgGraph
    from unorg_desktop.render.cards import chart_sizes
    from unorg_desktop.render.entries import ENTRY, ENTRY_WIDTH, HEADING
    from unorg_desktop.render.scene import ChartScene
    from conftest import BUNDLED_DB
    from unorg_desktop.store import Store

    with Store.open(BUNDLED_DB) as store:
        graph = OrgGraph.from_store(store)
    shape = graph.visible_tree(graph.every_node())
    sizes = chart_sizes(graph, shape)
    group = next(iter(graph.groups))
    member = graph.groups[group][0]
    assert sizes[member][0] == ENTRY_WIDTH and sizes[member][1] < 60  # a name-only entry
    layout = layout_tree(shape, sizes, toggles={n for n in shape.nodes if graph.has_children(n)})
    scene = ChartScene()
    scene.show_chart(graph, layout, set(shape.nodes))
    entry, heading, tree_card = scene.card(member), scene.card(group), scene.card(graph.root)
    assert entry.mode == ENTRY and heading.mode == HEADING and tree_card.mode == "card"
    assert entry.painted_text() == list(entry.text.name_lines)  # the name, whole, nothing else
    assert " ".join(entry.text.name_lines) == graph.units[member].display_name
    assert graph.units[member].kind in entry.toolTip()  # the rest is one hover (or click) away
    assert scene.hit_test(scene.unit_rect(member).center()) == (member, False)  # clickable as a card
    with_kids = next(m for m in graph.groups[group] + [x for g in graph.groups.values() for x in g]
                     if graph.has_children(m))
    toggle = scene.card(with_kids).toggle_rect().translated(scene.card(with_kids).pos())
    assert scene.card(with_kids).card_rect().translated(scene.card(with_kids).pos()).contains(toggle)
    assert scene.hit_test(toggle.center()) == (with_kids, True)
