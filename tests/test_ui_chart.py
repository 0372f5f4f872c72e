"""Chart: start screen, expand/collapse without jumps, keyboard navigation and history, zoom,
fit, minimap, direction."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from ui_fixtures import card_ids, isolated_settings, no_dialogs, viewport_centre_of, window  # noqa: F401

DOMP = "departement-des-operations-de-maintien-de-la-paix"


def test_first_screen_shows_the_top_levels(window):
    assert window.selection.current is None  # nothing selected until the user chooses
    assert window.view.visible_scene_rect().contains(window.scene.unit_rect(window.graph.root))
    shown = card_ids(window)
    root = window.graph.root
    assert root in shown and set(window.graph.children(root)) <= shown
    assert root in window.chart.expanded  # as many levels as fit readable (tests/test_ui_first_view.py)
    assert len(shown) < len(window.graph.units)  # deeper levels start collapsed
    status = window.status_units.text()
    assert status.startswith(f"{len(window.store.units())} units · {len(shown)} shown"), status


def test_expand_and_collapse_change_the_cards_and_keep_the_unit_still(qtbot, window):
    window.select_unit(DOMP, animate=False)
    kids = set(window.graph.children(DOMP))
    if DOMP in window.chart.expanded:
        window.toggle_subtree()
    assert not kids & card_ids(window)
    before = viewport_centre_of(window, DOMP)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus)
    assert kids <= card_ids(window)
    after = viewport_centre_of(window, DOMP)
    assert abs(after.x() - before.x()) <= 1 and abs(after.y() - before.y()) <= 1
    qtbot.keyClick(window.view, Qt.Key.Key_Minus)
    assert not kids & card_ids(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert kids <= card_ids(window)
    window.scene.toggleRequested.emit(DOMP)  # the card's own toggle
    assert not kids & card_ids(window)
    window.expand_all()
    assert card_ids(window) == set(window.graph.units)
    window.collapse_all()
    graph = window.graph
    assert card_ids(window) == {*graph.roots, *(c for r in graph.roots for c in graph.children(r)), *graph.groups}


def test_keyboard_navigation_and_history(qtbot, window):
    window.select_unit(DOMP, animate=False)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Down)  # first child, expanding if needed
    first = window.graph.children(DOMP)[0]
    assert window.selection.current == first and window.scene.card(first) is not None
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    second = window.graph.children(DOMP)[1]
    assert window.selection.current == second
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.selection.current == first
    qtbot.keyClick(window.view, Qt.Key.Key_Up)
    assert window.selection.current == DOMP
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.selection.current == first
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.selection.current == second
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.selection.current == first
    # arrows stay the outline's own keys when it has the focus
    # the plain arrows belong to the outline when it has the focus (Left there is not "previous sibling")
    window.select_unit(second, animate=False)
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Left)
    assert window.selection.current in (second, DOMP)


def test_outline_and_chart_selection_are_synchronised(qtbot, window):
    window.select_unit(DOMP, animate=False)
    assert window.outline.model().unit_id(window.outline.currentIndex()) == DOMP
    child = window.graph.children(DOMP)[2]
    window.outline.setFocus()
    window.outline.setCurrentIndex(window.outline.model().index_of(child))
    assert window.selection.current == child
    window.scene.unitClicked.emit(DOMP)
    assert window.outline.model().unit_id(window.outline.currentIndex()) == DOMP


def test_zoom_fit_and_zoom_to_selection(qtbot, window):
    window.fit_chart(animate=False)
    fitted = window.view.zoom()
    visible = window.view.visible_scene_rect()
    assert visible.contains(window.chart.chart_rect().adjusted(1, 1, -1, -1))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() > fitted * 1.2
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(window.view.zoom() - fitted) < 1e-6
    window.select_unit(DOMP, animate=False)
    window.zoom_to_selection()
    window.view.stop_animation()
    assert window.view.zoom() > fitted
    assert window.view.visible_scene_rect().contains(window.scene.unit_rect(DOMP))


def test_wheel_zooms_around_the_cursor(qtbot, window):
    from PySide6.QtGui import QWheelEvent

    view = window.view
    window.fit_chart(animate=False)
    pos = QPointF(view.viewport().width() * 0.3, view.viewport().height() * 0.4)
    scene_before = view.mapToScene(pos.toPoint())
    event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    zoom = view.zoom()
    view.wheelEvent(event)
    assert view.zoom() > zoom
    scene_after = view.mapToScene(pos.toPoint())
    assert (scene_after - scene_before).manhattanLength() < 3 / view.zoom()


def test_minimap_click_moves_the_view(qtbot, window):
    window.view.set_zoom(1.0)
    mini = window.minimap
    assert mini.isVisible() and not mini._pixmap.isNull()
    if mini.folded:  # folded off the cards: its title strip opens it
        qtbot.mouseClick(mini, Qt.MouseButton.LeftButton, pos=QPoint(10, 5))
    assert mini.shows_body()
    target = QPoint(mini.width() - 5, (mini.height() + 20) // 2)  # under the title strip
    qtbot.mouseClick(mini, Qt.MouseButton.LeftButton, pos=target)
    expected = mini.to_scene(QPointF(target))
    centre = window.view.center()
    assert abs(centre.x() - expected.x()) < 5 / window.view.zoom() + 2
    window.set_minimap_visible(False)
    assert not mini.isVisible()


def test_left_to_right_direction(qtbot, window):
    root, kid = window.graph.root, window.graph.children(window.graph.root)[0]
    window.set_left_to_right(True)
    r, k = window.scene.unit_rect(root), window.scene.unit_rect(kid)
    assert k.left() > r.right()
    window.set_left_to_right(False)
    r, k = window.scene.unit_rect(root), window.scene.unit_rect(kid)
    assert k.top() > r.bottom()


def test_actions_are_declared_once_with_their_shortcuts(window):
    from unorg_desktop.ui.actions import ACTIONS

    assert len({a.id for a in ACTIONS}) == len(ACTIONS)
    assert window.actions["find"].shortcut().toString() == "Ctrl+F"
    assert window.actions["back"].shortcut().toString() == "Alt+Left"
    assert window.actions["fit"].shortcut().toString() == "Ctrl+0"
    titles = [m.title() for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))]
    assert {"&File", "&Edit", "&View", "&Go", "&Help"} <= set(titles)


def test_compact_layout_is_narrower_and_remembered(qtbot, window):
    window.chart.engine = "dot"  # one row per level, however wide ("auto" may go compact by itself)
    window.chart.set_expanded_units(window.graph.default_expanded(2))
    window.chart.relayout()
    wide = window.chart.chart_rect().width()
    window.actions["compact"].setChecked(True)
    assert window.chart.compact and window.chart.chart_rect().width() < wide * 0.8
    window.close()
    assert window.settings.compact is True


def test_pinch_zooms_around_the_fingers(qtbot, window):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    view = window.view
    window.fit_chart(animate=False)
    pos = QPointF(view.viewport().width() * 0.7, view.viewport().height() * 0.3)
    fixed = view.mapToScene(pos.toPoint())
    zoom = view.zoom()
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                                pos, pos, view.viewport().mapToGlobal(pos), 0.5, QPointF(0, 0))
    QCoreApplication.sendEvent(view.viewport(), event)
    assert abs(view.zoom() - zoom * 1.5) < 1e-6
    assert (view.mapToScene(pos.toPoint()) - fixed).manhattanLength() < 3 / view.zoom()


def test_layout_engine_choice_is_applied_and_remembered(qtbot, window):
    window.actions["engine_tidy"].trigger()
    assert window.chart.engine == "tidy" and window.chart.layout.engine == "tidy"
    assert not window.actions["engine_auto"].isChecked()
    window.actions["engine_dot"].trigger()
    assert window.chart.layout.engine == "dot"
    window.close()
    assert window.settings.engine == "dot"


def test_a_failing_graphviz_falls_back_to_the_tidy_layout(qtbot, window, monkeypatch, caplog):
    import unorg_desktop.layout.dot as dot

    def broken(*args, **kwargs):
        raise OSError("Graphviz is not installed")

    monkeypatch.setattr(dot, "dot_layout", broken)
    window.actions["engine_dot"].trigger()
    assert window.chart.layout.engine == "tidy" and window.scene.unit_rect(window.graph.root).isValid()
    assert "Graphviz is not installed" in caplog.text


def test_click_selects_and_drag_pans(qtbot, window):
    view = window.view
    kid = window.graph.children(window.graph.root)[0]
    window.center_on(kid, animate=False)
    point = view.mapFromScene(window.scene.unit_rect(kid).center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current == kid
    before = view.center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), point + QPoint(40 * step, 10 * step))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point + QPoint(200, 50))
    moved = view.center() - before
    assert moved.x() < -100 and window.selection.current == kid  # the chart followed the hand


def test_minimap_frame_is_drawn_whole(window):
    # a view well inside the chart, so the visible-area rectangle does not cover the frame
    window.view.fly_to(window.chart.chart_rect().center(), 2.0, animate=False)
    window.minimap.update()
    image = window.minimap.grab().toImage()
    w, h = image.width(), image.height()
    frame = "#8894a0"
    for x, y in ((w // 2, 0), (w // 2, h - 1), (0, h // 2), (w - 1, h // 2)):
        assert image.pixelColor(x, y).name() == frame, (x, y)
