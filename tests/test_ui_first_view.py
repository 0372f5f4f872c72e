"""First view and Fit: the top of the organisation, readable (names of at least 10 px) and whole
(no card cut by the pane's edges), using the pane; selecting a unit keeps it, its children and
its chain to the root in view; the breadcrumb bar above the chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt

from ui_fixtures import card_ids, isolated_settings, make_window, no_dialogs  # noqa: F401

from unorg_desktop.render.palette import NAME_PX
from unorg_desktop.ui.framing import READ_ZOOM, readable_expansion, selection_frame

DEEP = "bureau-du-directeur-adjoint"  # five levels down in the bundled database
DOMP = "departement-des-operations-de-maintien-de-la-paix"


def screen_rect(window, unit_id) -> QRectF:
    return window.view.mapFromScene(window.scene.unit_rect(unit_id)).boundingRect().toRectF()


def inside_viewport(window, unit_id) -> bool:
    return QRectF(window.view.viewport().rect()).contains(screen_rect(window, unit_id))


def top_fits_readable(window) -> bool:
    """Whether the layout can show the root and its direct reports at a readable zoom at all
    (a layout that cannot wrap a wide row cannot, in a narrow pane)."""
    w, h = window.chart.layout_size({window.graph.root})
    room_w, room_h = window.room()
    return w * READ_ZOOM <= room_w and h * READ_ZOOM <= room_h


@pytest.mark.parametrize("size", [(1024, 700), (1400, 880), (1920, 1080)])
def test_first_view_is_the_readable_top_with_no_card_cut(qtbot, no_dialogs, size):
    window = make_window(qtbot, size=size)
    root = window.graph.root
    shown = card_ids(window)
    assert root in shown and set(window.graph.children(root)) <= shown  # the top, whole
    for unit_id in shown:  # never a card cut by the pane's edges
        assert inside_viewport(window, unit_id), (size, unit_id)
    if top_fits_readable(window):
        assert NAME_PX * window.view.zoom() >= 10 - 1e-6, (size, window.view.zoom())  # names >= 10 px
    # the pane is used: the chart fills it in one direction, or nothing more could be shown
    chart = window.view.mapFromScene(window.chart.chart_rect()).boundingRect()
    vp = window.view.viewport().rect()
    closed = [n for n in shown if window.graph.has_children(n) and n not in window.chart.expanded
              and n not in window.graph.groups]
    if closed:
        assert chart.width() >= 0.8 * (vp.width() - 48) or chart.height() >= 0.8 * (vp.height() - 48), size
        w, h = window.chart.layout_size(window.chart.expanded | set(closed))
        room_w, room_h = window.room()
        assert w * READ_ZOOM > room_w or h * READ_ZOOM > room_h  # opening the rest would not be readable
    window.close()


def test_first_view_of_a_small_organisation_shows_it_all(qtbot, tiny_db, no_dialogs):
    window = make_window(qtbot, tiny_db, size=(1920, 1080))
    assert card_ids(window) == set(window.graph.units)  # everything fits: everything shows
    assert all(inside_viewport(window, n) for n in card_ids(window))
    assert READ_ZOOM <= window.view.zoom() <= 1.0
    window.close()


def test_fit_returns_to_a_readable_top_after_opening_everything(qtbot, no_dialogs):
    window = make_window(qtbot, size=(1400, 880))
    window.expand_all()
    window.view.set_zoom(2.5)
    window.fit_chart(animate=False)
    shown = card_ids(window)
    assert len(shown) < len(window.graph.units)  # the whole chart is not readable in one pane
    assert all(inside_viewport(window, n) for n in shown)
    if top_fits_readable(window):
        assert NAME_PX * window.view.zoom() >= 10 - 1e-6
    window.close()


@pytest.mark.parametrize("size", [(1024, 700), (1400, 880)])
def test_selecting_a_deep_unit_keeps_its_chain_and_children_in_view(qtbot, no_dialogs, size):
    window = make_window(qtbot, size=size)
    for unit_id in (DEEP, DOMP):
        window.select_unit(unit_id, animate=False)
        assert NAME_PX * window.view.zoom() >= 10 - 1e-6
        chain = window.graph.ancestors_path(unit_id)
        kids = [k for k in window.graph.children(unit_id) if window.chart.shows(k)]
        assert inside_viewport(window, unit_id)
        for kid in kids:
            assert inside_viewport(window, kid), (unit_id, kid)
        visible_chain = [a for a in chain if inside_viewport(window, a)]
        frame = window.scene.unit_rect(unit_id)
        for kid in kids:
            frame = frame.united(window.scene.unit_rect(kid))
        for ancestor in reversed(chain[:-1]):
            frame = frame.united(window.scene.unit_rect(ancestor))
            room_w, room_h = window.room()
            if frame.width() * READ_ZOOM <= room_w and frame.height() * READ_ZOOM <= room_h:
                assert ancestor in visible_chain, (size, unit_id, ancestor)  # it fitted: it shows
            else:
                break
    # a unit already in view with its surroundings: selecting it does not move the chart
    centre, zoom = window.view.center(), window.view.zoom()
    window.select_unit(DOMP, animate=False)
    assert (window.view.center() - centre).manhattanLength() < 1 and window.view.zoom() == zoom
    window.close()


def test_readable_expansion_grows_level_by_level_then_unit_by_unit():
    class Graph:
        root = "r"
        groups = {}
        kids = {"r": ["a", "b", "c"], "a": ["a1", "a2", "a3", "a4"], "b": ["b1"], "c": ["c1", "c2"], "b1": ["x"]}

        def children(self, n):
            return self.kids.get(n, [])

        def has_children(self, n):
            return bool(self.kids.get(n))

    graph = Graph()

    def size_of(expanded):  # one row per level, 100 wide a card
        rows, level = [1], ["r"]
        while level:
            level = [c for n in level if n in expanded for c in graph.children(n)]
            if level:
                rows.append(len(level))
        return 100.0 * max(rows), 50.0 * len(rows)

    assert readable_expansion(graph, size_of, (1000, 1000), 1.0) == {"r", "a", "b", "c", "b1"}
    # 3 wide only: the second level cannot open whole; the smallest openings that fit do
    assert readable_expansion(graph, size_of, (300, 1000), 1.0) == {"r", "b", "c"}
    assert readable_expansion(graph, size_of, (100, 1000), 1.0) == {"r"}  # the top is always open


def test_selection_frame_prefers_the_unit_and_children_then_the_nearest_ancestors():
    unit, kids = QRectF(0, 200, 100, 50), [QRectF(-100, 300, 100, 50), QRectF(100, 300, 100, 50)]
    chain = [QRectF(0, 100, 100, 50), QRectF(0, 0, 100, 50)]  # parent, grandparent
    roomy = selection_frame(unit, kids, chain, lambda r: r.height() <= 400)
    assert roomy == QRectF(-100, 0, 300, 350)
    tight = selection_frame(unit, kids, chain, lambda r: r.height() <= 260)
    assert tight == QRectF(-100, 100, 300, 250)  # the grandparent is left out


def test_breadcrumb_shows_the_chain_and_selects_an_ancestor(qtbot, no_dialogs):
    window = make_window(qtbot, size=(1920, 1080))
    bar = window.breadcrumb
    assert bar.isVisible() and bar.geometry().bottom() <= window.view.geometry().top()  # above the chart
    assert bar.chain == [] and bar.texts() and "No unit selected" in bar.texts()[0]
    window.select_unit(DEEP, animate=False)
    chain = window.graph.ancestors_path(DEEP)
    assert bar.chain == chain
    names = [window.graph.units[u].display_name for u in chain]
    texts = bar.texts()
    assert len(texts) == len(chain)
    for text, name in zip(texts, names):  # whole, or elided in the middle
        shown = text.replace("&&", "&")
        assert shown == name or ("…" in shown and name.startswith(shown.split("…")[0]))
    buttons = {b.toolTip(): b for b in bar.buttons()}
    parent = chain[1]
    button = next(b for tip, b in buttons.items() if window.graph.units[parent].display_name in tip)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.selection.current == parent and bar.chain == chain[:2]
    window.close()


def test_breadcrumb_folds_ancestors_when_narrow(qtbot, no_dialogs):
    window = make_window(qtbot, size=(1024, 700))
    window.splitter.setSizes([200, 420, 400])
    qtbot.wait(10)
    window.select_unit(DEEP, animate=False)
    bar = window.breadcrumb
    chain = window.graph.ancestors_path(DEEP)
    assert bar.sizeHint().width() <= bar.width() + 1 or bar.hidden  # fits, or folded
    width = sum(w.sizeHint().width() for w in bar.findChildren(type(bar.buttons()[0])) if w.isVisible())
    assert width <= bar.width()
    assert bar.hidden == chain[1:-2]  # folded: the ancestors between the root and the parent
    texts = bar.texts()
    assert texts[1] == "…" and len(texts) == 4
    root_name = window.graph.units[chain[0]].display_name
    assert texts[0] == root_name or texts[0].split("…")[0] and root_name.startswith(texts[0].split("…")[0])
    fold = next(b for b in bar.buttons() if b.objectName() == "crumbFold")
    actions = fold.menu().actions()
    assert [a.text() for a in actions] == [window.graph.units[u].display_name for u in bar.hidden]
    actions[0].trigger()
    assert window.selection.current == chain[1] and bar.chain == chain[:2]
    window.close()
