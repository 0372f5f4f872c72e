"""Tidy and dot layouts: no overlaps, parents centred, deep and wide trees, cache."""

from __future__ import annotations

import gzip
import itertools
import json
import random
import sys

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unorg_desktop.layout import Layout, choose_engine, layout_tree
from unorg_desktop.layout import cache as cache_module
from unorg_desktop.layout.cache import PositionCache, layout_key
from unorg_desktop.layout.tidy import tidy_layout


_FUZZ = settings.default.max_examples >= 1000  # HYPOTHESIS_PROFILE=fuzz (tests/conftest.py)


def _examples(ci: int) -> int:
    """Few examples in the default profile (the file stays fast), the profile's count when fuzzing."""
    return settings.default.max_examples if _FUZZ else ci


def random_tree(n: int, seed: int, max_children: int = 6) -> nx.DiGraph:
    rnd = random.Random(seed)
    t = nx.DiGraph()
    t.add_node(0)
    for node in range(1, n):
        t.add_edge(rnd.randrange(max(0, node - max_children * 3), node), node)
    t.graph["root"] = 0
    return t


def random_sizes(t: nx.DiGraph, seed: int) -> dict:
    rnd = random.Random(seed)
    return {n: (rnd.uniform(40, 220), rnd.uniform(20, 90)) for n in t}


def overlapping_pairs(layout: Layout) -> list:
    """Pairs of boxes that overlap (sweep over x; touching is fine)."""
    boxes = sorted(layout.boxes.items(), key=lambda kv: kv[1][0])
    bad, active = [], []
    for node, (x, y, w, h) in boxes:
        active = [(n, b) for n, b in active if b[0] + b[2] > x + 1e-6]
        for other, (ox, oy, ow, oh) in active:
            if oy < y + h - 1e-6 and y < oy + oh - 1e-6:
                bad.append((other, node))
        active.append((node, (x, y, w, h)))
    return bad


def assert_centred(t: nx.DiGraph, layout: Layout, direction: str) -> None:
    axis = 0 if direction == "TB" else 1
    for parent in t:
        kids = list(t.successors(parent))
        if not kids:
            continue
        lo = min(layout.center(k)[axis] for k in kids)
        hi = max(layout.center(k)[axis] for k in kids)
        assert layout.center(parent)[axis] == pytest.approx((lo + hi) / 2, abs=1e-6)


@settings(max_examples=_examples(60), deadline=None)
@given(n=st.integers(1, 300), seed=st.integers(0, 10_000), fan=st.integers(1, 12),
       direction=st.sampled_from(["TB", "LR"]))
def test_tidy_never_overlaps_and_centres_parents(n, seed, fan, direction) -> None:
    t = random_tree(n, seed, fan)
    layout = tidy_layout(t, random_sizes(t, seed), direction)
    assert set(layout.boxes) == set(t)
    assert overlapping_pairs(layout) == []
    assert_centred(t, layout, direction)
    # levels: a child starts after its parent ends, along the layout's direction
    axis = 1 if direction == "TB" else 0
    for p, c in t.edges:
        assert layout.boxes[c][axis] >= layout.boxes[p][axis] + layout.boxes[p][axis + 2]


@settings(max_examples=_examples(30), deadline=None)
@given(n=st.integers(1, 300), seed=st.integers(0, 10_000), direction=st.sampled_from(["TB", "LR"]))
def test_compact_mode_never_overlaps_and_is_narrower(n, seed, direction) -> None:
    t = random_tree(n, seed, 30)
    sizes = random_sizes(t, seed)
    compact = tidy_layout(t, sizes, direction, compact=True)
    assert set(compact.boxes) == set(t)
    assert overlapping_pairs(compact) == []
    assert set(compact.edges) == set(t.edges)


def crossed_cards(layout: Layout) -> list:
    """(edge, node) pairs where an orthogonal route runs through a card other than its ends."""
    bad = []
    for (p, c), route in layout.edges.items():
        for (x0, y0), (x1, y1) in zip(route, route[1:]):
            lox, hix, loy, hiy = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
            for node, (x, y, w, h) in layout.boxes.items():
                e = 1e-6  # touching a card's border is fine
                if node not in (p, c) and lox < x + w - e and hix > x + e and loy < y + h - e and hiy > y + e:
                    bad.append(((p, c), node))
    return bad


@settings(max_examples=_examples(25), deadline=None)
@given(n=st.integers(2, 120), seed=st.integers(0, 10_000), compact=st.booleans(),
       direction=st.sampled_from(["TB", "LR"]))
def test_tidy_routes_never_cross_a_card(n, seed, compact, direction) -> None:
    t = random_tree(n, seed, 20)
    layout = tidy_layout(t, random_sizes(t, seed), direction, compact=compact)
    assert set(layout.edges) == set(t.edges)
    assert crossed_cards(layout) == []


def test_compact_stacks_the_leaves_of_a_wide_parent() -> None:
    t = nx.DiGraph([(0, i) for i in range(1, 101)])
    sizes = {n: (160, 60) for n in t}
    wide, compact = tidy_layout(t, sizes), tidy_layout(t, sizes, compact=True)
    assert compact.bbox[2] < wide.bbox[2] / 4  # columns instead of one row of 100 cards
    assert overlapping_pairs(compact) == []


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_a_4000_child_parent(direction) -> None:
    t = nx.DiGraph([(0, i) for i in range(1, 4001)] + [(7, 5000), (7, 5001)])
    sizes = {n: (60 + n % 90, 20 + n % 50) for n in t}
    layout = tidy_layout(t, sizes, direction)
    assert overlapping_pairs(layout) == []
    assert_centred(t, layout, direction)
    compact = tidy_layout(t, sizes, direction, compact=True)
    assert overlapping_pairs(compact) == [] and set(compact.boxes) == set(t)
    assert max(compact.bbox[2:]) < max(layout.bbox[2:]) / 20  # a block, not a 4,000-card row


def test_a_5000_deep_chain_needs_no_recursion() -> None:
    t = nx.DiGraph([(i, i + 1) for i in range(5000)])
    for direction in ("TB", "LR"):
        layout = tidy_layout(t, {n: (100, 40) for n in t}, direction)
        assert len(layout.boxes) == 5001
        assert_centred(t, layout, direction)


def test_unit_sizes_are_kept_and_edges_join_parent_to_child() -> None:
    t = random_tree(50, 3)
    sizes = random_sizes(t, 3)
    layout = tidy_layout(t, sizes)
    for n, (x, y, w, h) in layout.boxes.items():
        assert (w, h) == sizes[n]
    for (p, c), route in layout.edges.items():
        px, py, pw, ph = layout.boxes[p]
        cx, cy, cw, ch = layout.boxes[c]
        assert route[0] == pytest.approx((px + pw / 2, py + ph))
        assert route[-1] == pytest.approx((cx + cw / 2, cy))
        for a, b in zip(route, route[1:]):  # orthogonal
            assert a[0] == pytest.approx(b[0]) or a[1] == pytest.approx(b[1])


def distance_to_box(point, box) -> float:
    x, y, w, h = box
    dx = max(x - point[0], 0, point[0] - (x + w))
    dy = max(y - point[1], 0, point[1] - (y + h))
    return (dx * dx + dy * dy) ** 0.5


@pytest.mark.parametrize("direction", ["TB", "LR"])
def test_dot_gives_boxes_and_spline_routes(direction) -> None:
    t = random_tree(40, 5)
    sizes = random_sizes(t, 5)
    layout = layout_tree(t, sizes, direction, engine="dot")
    assert layout.engine == "dot" and layout.edge_kind == "spline"
    assert set(layout.boxes) == set(t) and set(layout.edges) == set(t.edges)
    assert overlapping_pairs(layout) == []
    for (p, c), pts in layout.edges.items():
        assert (len(pts) - 1) % 3 == 0  # a Bézier chain
        # routes are in the boxes' frame: they leave the parent's card and end on the child's
        assert distance_to_box(pts[0], layout.boxes[p]) < 2
        assert distance_to_box(pts[-1], layout.boxes[c]) < 2
    axis = 1 if direction == "TB" else 0
    for p, c in t.edges:  # ranks go down (or right)
        assert layout.center(c)[axis] > layout.center(p)[axis]


def test_engine_choice() -> None:
    assert choose_engine(200) == "compact" and choose_engine(50_000, "auto") == "compact"
    assert choose_engine(50_000, "dot") == "dot" and choose_engine(10, "tidy") == "tidy"
    wide = nx.DiGraph([(0, i) for i in range(1, 41)] + [(1, 100)])
    auto = layout_tree(wide, {n: (100, 40) for n in wide})
    assert auto.engine == "compact" and auto.bbox[2] < 40 * 100 / 3  # stacked, not one long row
    with pytest.raises(ValueError):
        choose_engine(10, "neato")
    with pytest.raises(ValueError):
        layout_tree(random_tree(3, 1), {0: (1, 1), 1: (1, 1), 2: (1, 1)}, "BT")


def test_cache_round_trip_equals_fresh_layout(tmp_path) -> None:
    t = random_tree(500, 9)
    sizes = random_sizes(t, 9)
    fresh = layout_tree(t, sizes, "LR", engine="tidy", compact=True)
    cache = PositionCache(tmp_path)
    key = layout_key("hash1", [str(n) for n in t], {str(n): s for n, s in sizes.items()}, "LR", "tidy", True)
    assert cache.get(key) is None
    cache.put(key, fresh)
    cached = cache.get(key)
    assert cached.boxes == fresh.boxes
    assert {k: [tuple(p) for p in v] for k, v in cached.edges.items()} == fresh.edges
    assert (cached.direction, cached.engine, cached.edge_kind) == ("LR", "tidy", "ortho")
    assert list(tmp_path.glob("*.part")) == []


def test_cache_key_changes_with_every_input() -> None:
    nodes, sizes = ["a", "b"], {"a": (10, 10), "b": (20, 10)}
    base = layout_key("h", nodes, sizes, "TB", "tidy")
    assert base == layout_key("h", list(reversed(nodes)), sizes, "TB", "tidy")
    assert len({base, layout_key("h2", nodes, sizes, "TB", "tidy"), layout_key("h", ["a"], sizes, "TB", "tidy"),
                layout_key("h", nodes, {**sizes, "b": (21, 10)}, "TB", "tidy"),
                layout_key("h", nodes, sizes, "LR", "tidy"), layout_key("h", nodes, sizes, "TB", "dot"),
                layout_key("h", nodes, sizes, "TB", "tidy", True)}) == 7


def _damaged_cache_files() -> list[bytes]:
    t = random_tree(60, 4)
    raw = cache_module._encode(tidy_layout(t, random_sizes(t, 4)))
    good = gzip.compress(raw)
    bad_block, bad_crc = bytearray(good), bytearray(good)
    bad_block[10] ^= 0x10  # the first deflate block header, just after the gzip header: zlib.error
    bad_crc[len(good) // 2] ^= 0x10
    header, ids, arrays = raw.split(b"\n", 2)
    head = json.loads(header)
    return [
        good[: len(good) // 2], bytes(bad_block), bytes(bad_crc),
        gzip.compress(raw[:-8]),  # one number short
        gzip.compress(raw + b"\0" * 8),  # one too many
        gzip.compress(json.dumps({**head, "nodes": head["nodes"] + 1}).encode() + b"\n" + ids + b"\n" + arrays),
        gzip.compress(json.dumps({**head, "version": 1}).encode() + b"\n" + ids + b"\n" + arrays),
        gzip.compress(header + b"\n" + ids),
        gzip.compress(b"[1, 2]\n[]\n"),
        gzip.compress(b'{"version": 1}'),
    ]


@pytest.mark.parametrize("content", [b"", b"not gzip", gzip.compress(b"{not json"), *_damaged_cache_files()])
def test_corrupt_cache_file_is_ignored(tmp_path, caplog, content) -> None:
    cache = PositionCache(tmp_path)
    cache._path("k").write_bytes(content)
    assert cache.get("k") is None
    assert "ignoring unreadable cached layout" in caplog.text


def test_edge_ends_out_of_range_are_refused() -> None:
    layout = Layout(boxes={"a": (0, 0, 1, 1), "b": (0, 2, 1, 1)}, edges={("a", "b"): [(0.5, 1), (0.5, 2)]})
    raw = bytearray(cache_module._encode(layout))
    assert cache_module._decode(bytes(raw)).edges == layout.edges
    header, ids, _ = bytes(raw).split(b"\n", 2)
    ends_at = len(header) + 1 + len(ids) + 1 + 8 * 4 * 2  # after the two boxes
    raw[ends_at:ends_at + 8] = (7).to_bytes(8, "little" if sys.byteorder == "little" else "big")
    with pytest.raises(ValueError):
        cache_module._decode(bytes(raw))


def test_unwritable_cache_is_only_a_warning(tmp_path, caplog) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    PositionCache(blocker / "sub").put("k", Layout(boxes={"a": (0, 0, 1, 1)}))
    assert "cannot write the layout cache" in caplog.text


# -- the compact org chart (the default) --------------------------------------------------------
def card_sizes(t, seed: int) -> dict:
    """Card-like sizes: 160-240 wide, 40-120 tall (names wrap onto several lines)."""
    rnd = random.Random(seed)
    return {n: (rnd.uniform(160, 240), rnd.choice([46, 61, 76, 91, 121])) for n in t}


def orthogonal(route) -> bool:
    return all(a[0] == pytest.approx(b[0]) or a[1] == pytest.approx(b[1]) for a, b in zip(route, route[1:]))


def on_border(point, box, tol: float = 1e-6) -> bool:
    x, y, w, h = box
    inside = x - tol <= point[0] <= x + w + tol and y - tol <= point[1] <= y + h + tol
    edge = min(abs(point[0] - x), abs(point[0] - x - w), abs(point[1] - y), abs(point[1] - y - h))
    return inside and edge <= tol


def assert_org_chart(t: nx.DiGraph, layout: Layout, sizes: dict, direction: str) -> None:
    """The invariants of the compact layout: boxes of the cards' sizes, no overlap, one
    orthogonal route per line from the middle of the parent's bottom (right, left to right) edge
    to the child's border, crossing no card, and every parent centred over its row children."""
    assert set(layout.boxes) == set(t) and set(layout.edges) == set(t.edges)
    for n, (x, y, w, h) in layout.boxes.items():
        assert (w, h) == pytest.approx(sizes[n])
    assert overlapping_pairs(layout) == []
    assert crossed_cards(layout) == []
    across = 0 if direction == "TB" else 1
    for (p, c), route in layout.edges.items():
        assert orthogonal(route)
        px, py, pw, ph = layout.boxes[p]
        leave = (px + pw / 2, py + ph) if direction == "TB" else (px + pw, py + ph / 2)
        assert route[0] == pytest.approx(leave)
        assert on_border(route[-1], layout.boxes[c])
    for p in t:
        kids = list(t.successors(p))
        # children entered from the parent's side (rows), not from a trunk beside them (stacks)
        rows = [k for k in kids if layout.edges[(p, k)][-1][across] == pytest.approx(layout.center(k)[across])]
        if rows:
            lo = min(layout.center(k)[across] for k in rows)
            hi = max(layout.center(k)[across] for k in rows)
            assert layout.center(p)[across] == pytest.approx((lo + hi) / 2)


@settings(max_examples=_examples(60), deadline=None)
@given(n=st.integers(1, 160), seed=st.integers(0, 10_000), fan=st.integers(1, 14),
       direction=st.sampled_from(["TB", "LR"]), aspect=st.sampled_from([0.7, 1.4, 3.0]))
def test_compact_layout_invariants_on_random_trees(n, seed, fan, direction, aspect) -> None:
    t = random_tree(n, seed, fan)
    sizes = card_sizes(t, seed)
    layout = layout_tree(t, sizes, direction, aspect=aspect)
    assert layout.engine == "compact" and layout.edge_kind == "ortho"
    assert_org_chart(t, layout, sizes, direction)


def subtree_shape(t: nx.DiGraph, layout: Layout, top) -> tuple:
    """The boxes and routes under ``top``, relative to ``top``'s box: its shape, wherever it is."""
    x0, y0 = layout.boxes[top][:2]
    nodes = [top, *nx.descendants(t, top)]
    boxes = {n: tuple(round(v, 6) for v in (layout.boxes[n][0] - x0, layout.boxes[n][1] - y0)) for n in nodes}
    routes = {e: [(round(x - x0, 6), round(y - y0, 6)) for x, y in layout.edges[e]]
              for e in layout.edges if e[0] in boxes and e[1] in boxes and e[0] != top}
    return boxes, routes


@settings(max_examples=_examples(40), deadline=None)
@given(n=st.integers(2, 120), seed=st.integers(0, 10_000), direction=st.sampled_from(["TB", "LR"]))
def test_expanding_one_unit_moves_the_rest_without_reshaping_it(n, seed, direction) -> None:
    full = random_tree(n, seed, 6)
    sizes = card_sizes(full, seed)
    rnd = random.Random(seed)
    parents = [p for p in full if full.out_degree(p)]
    expanded = {p for p in parents if rnd.random() < 0.6} | {0}
    collapsed = [p for p in parents if p not in expanded and all(a in expanded for a in nx.ancestors(full, p))]
    if not collapsed:
        return
    opened = rnd.choice(collapsed)

    def shown(exp):
        keep = [0]
        for node in keep:
            if node in exp:
                keep.extend(full.successors(node))
        view = full.subgraph(keep).copy()
        view.graph["root"] = 0
        return view

    before_t, after_t = shown(expanded), shown(expanded | {opened})
    before = layout_tree(before_t, sizes, direction, toggles=set(parents))
    after = layout_tree(after_t, sizes, direction, toggles=set(parents))
    assert_org_chart(after_t, after, sizes, direction)
    changed = {opened, *nx.ancestors(full, opened)}
    for node in before_t:
        if node not in changed:
            assert subtree_shape(before_t, before, node) == subtree_shape(after_t, after, node)


def test_leaves_are_stacked_and_wide_rows_wrap() -> None:
    # a parent with 12 leaves: two columns around a trunk under it, not a row of 12
    t = nx.DiGraph([(0, i) for i in range(1, 13)])
    sizes = {n: (200.0, 60.0) for n in t}
    layout = layout_tree(t, sizes)
    xs = {round(layout.boxes[i][0]) for i in range(1, 13)}
    assert len(xs) == 2 and layout.bbox[2] < 3 * 200
    trunk = layout.center(0)[0]
    for i in range(1, 13):  # each leaf hangs from the trunk straight under the parent
        route = layout.edges[(0, i)]
        assert route[1][0] == pytest.approx(trunk) and route[-1][1] == pytest.approx(layout.center(i)[1])
    # a parent with 16 subtrees: several rows, not one row 16 blocks wide
    t = nx.DiGraph([(0, i) for i in range(1, 17)] + [(i, 100 + i) for i in range(1, 17)])
    sizes = {n: (200.0, 60.0) for n in t}
    layout = layout_tree(t, sizes, aspect=1.4)
    tops = {round(layout.boxes[i][1]) for i in range(1, 17)}
    x, y, w, h = layout.bbox
    assert len(tops) >= 2 and w / h < 4


def test_a_forest_and_its_groups_are_laid_out_apart() -> None:
    from unorg_desktop.graph import VisibleChart

    children = {"r1": ["a", "b"], "a": ["a1", "a2", "a3"], "r2": ["c"], "m1": ["m1a", "m1b"]}
    shape = VisibleChart(["r1", "r2"], children, {"~g": ["m1", "m2", "m3"], "~h": []})
    sizes = {n: (180.0, 50.0) for n in ["r1", "a", "b", "a1", "a2", "a3", "r2", "c", "m1", "m1a", "m1b", "m2",
                                         "m3", "~g", "~h"]}
    for direction in ("TB", "LR"):
        layout = layout_tree(shape, sizes, direction)
        assert set(layout.boxes) == set(shape.nodes) and set(layout.edges) == set(shape.edges)
        assert overlapping_pairs(layout) == [] and crossed_cards(layout) == []
        assert set(layout.frames) == {"~g", "~h"}
        gx, gy, gw, gh = layout.frames["~g"]
        for node in ["~g", "m1", "m2", "m3", "m1a", "m1b"]:  # the group's header and contents inside
            x, y, w, h = layout.boxes[node]
            assert gx <= x and x + w <= gx + gw and gy <= y and y + h <= gy + gh
        for node in ["r1", "a", "b", "a1", "r2", "c"]:  # the reporting trees outside every frame
            x, y, w, h = layout.boxes[node]
            for fx, fy, fw, fh in layout.frames.values():
                assert x + w <= fx or x >= fx + fw or y + h <= fy or y >= fy + fh
        assert not any(e[0].startswith("~") or e[1].startswith("~") for e in layout.edges)  # no line to a group


@pytest.mark.parametrize("engine", ["tidy", "dot"])
def test_other_engines_lay_out_a_forest_with_groups(engine) -> None:
    from unorg_desktop.graph import VisibleChart

    shape = VisibleChart(["r1", "r2"], {"r1": ["a", "b"], "r2": ["c"]}, {"~g": ["m"]})
    sizes = {n: (150.0, 40.0) for n in ["r1", "a", "b", "r2", "c", "m", "~g"]}
    layout = layout_tree(shape, sizes, engine=engine)
    assert set(layout.boxes) == set(shape.nodes) and set(layout.edges) == set(shape.edges)
    assert overlapping_pairs(layout) == [] and set(layout.frames) == {"~g"}


def test_secondary_routes_go_around_the_cards() -> None:
    from unorg_desktop.layout.routing import crosses, route_secondary

    t = random_tree(80, 11, 5)
    sizes = card_sizes(t, 11)
    for direction in ("TB", "LR"):
        layout = layout_tree(t, sizes, direction)
        rnd = random.Random(3)
        pairs = [(rnd.randrange(1, 80), rnd.randrange(0, 80)) for _ in range(12)]
        pairs = [(c, p) for c, p in pairs if c != p]
        routes = route_secondary(layout.boxes, pairs, direction)
        assert set(routes) == set(pairs)
        routed = 0
        for (c, p), route in routes.items():
            assert orthogonal(route) and len(route) >= 2
            assert on_border(route[0], layout.boxes[c], 1e-6) and on_border(route[-1], layout.boxes[p], 1e-6)
            if not any(crosses(route, b) for n, b in layout.boxes.items() if n not in (c, p)):
                routed += 1
        assert routed == len(pairs)  # every one found its way around the cards


def test_cache_keeps_the_frames(tmp_path) -> None:
    from unorg_desktop.graph import VisibleChart

    shape = VisibleChart(["r"], {"r": ["a"]}, {"~g": ["m"]})
    layout = layout_tree(shape, {n: (100.0, 40.0) for n in ["r", "a", "m", "~g"]})
    cache = PositionCache(tmp_path)
    cache.put("k", layout)
    again = cache.get("k")
    assert again.frames == layout.frames and again.boxes == layout.boxes
