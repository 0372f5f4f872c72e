"""Legend and minimap over the chart: their content, sized from the pane, collapsible (and
remembered), keeping off the selection and its chain, the minimap in the chart's aspect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor

from ui_fixtures import card_ids, isolated_settings, make_window, no_dialogs, window  # noqa: F401

from unorg_desktop.render.palette import family, family_label, family_style
from unorg_desktop.ui.minimap import MAX_SIZE
from unorg_desktop.ui.overlays import HEADER

DEEP = "bureau-du-directeur-adjoint"
DOMP = "departement-des-operations-de-maintien-de-la-paix"


def test_legend_lists_the_families_of_the_cards_on_screen(qtbot, window):
    legend = window.legend
    assert legend.isVisible()
    shown = {family(window.graph.units[n].kind) for n in card_ids(window)}
    assert legend.labels() == [family_label(f) for f in legend.families] + ["Secondary line"]
    assert set(legend.families) == shown
    if legend.folded:  # folded off the cards: the user opens it from its strip
        qtbot.mouseClick(legend, Qt.MouseButton.LeftButton, pos=QPoint(10, HEADER // 2))
    image = legend.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    for name in shown:  # each swatch's edge is painted in its family's colour
        assert QColor(family_style(name).strip).name() in colours, name
    window.expand_all()  # the legend follows the chart
    assert set(legend.families) == {family(u.kind) for u in window.graph.units.values()}
    assert len(legend.families) <= 9 < len({u.kind.casefold() for u in window.graph.units.values()})
    assert "Bureau" in legend.entry_tooltip("office")  # an entry names its kinds on hover
    window.actions["show_legend"].trigger()
    assert not legend.isVisible()
    window.collapse_all()  # a new layout does not bring it back
    assert not legend.isVisible()
    window.close()
    assert window.settings.show_legend is False


def test_hovering_a_legend_entry_shows_its_kinds(qtbot, window):
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    legend = window.legend
    qtbot.waitUntil(lambda: window.view._painted, timeout=5000)  # the hook comes with the first paint
    if legend.folded:
        qtbot.mouseClick(legend, Qt.MouseButton.LeftButton, pos=QPoint(10, HEADER // 2))
    assert legend.shows_body()
    cell, family_name, _ = next(c for c in legend._cells if c[1] == "office")
    pos = (cell.center() + QPointF(0, HEADER)).toPoint()
    QCoreApplication.sendEvent(legend, QHelpEvent(QEvent.Type.ToolTip, pos, legend.mapToGlobal(pos)))
    assert "Bureau" in QToolTip.text() and legend.entry_tooltip(family_name) in QToolTip.text()
    QToolTip.hideText()
    window.close()


@pytest.mark.parametrize("size", [(1024, 700), (1400, 880), (1920, 1080)])
def test_overlays_are_sized_from_the_pane_and_never_overlap(qtbot, no_dialogs, size):
    window = make_window(qtbot, size=size)
    window.expand_all()
    window.overlays.arrange()
    vp = window.view.viewport().geometry()
    mini, legend = window.minimap, window.legend
    assert mini.isVisible() and legend.isVisible()
    assert mini.width() <= max(0.28 * vp.width(), mini.chip_size().width()) + 2 and mini.width() <= MAX_SIZE.width() + 2
    assert mini.height() <= 0.2 * vp.height() + HEADER + 2
    assert legend.height() <= 0.3 * vp.height() + HEADER + 1 or legend.height() == HEADER  # or folded
    for overlay in (mini, legend):
        assert vp.contains(overlay.geometry()), (size, overlay.objectName())
    assert not mini.geometry().intersects(legend.geometry())
    share = (mini.width() * mini.height() + legend.width() * legend.height()) / (vp.width() * vp.height())
    assert share < 0.2, share  # the chart keeps its pane
    window.close()


def test_overlays_collapse_to_a_chip_and_remember_it(qtbot, no_dialogs):
    window = make_window(qtbot)
    legend, mini = window.legend, window.minimap
    # one folded off the cards opens from its strip, and stays open (the other may fold when the
    # first opens: each in turn until both show)
    for overlay in (legend, mini, legend):
        if overlay.folded:
            qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, HEADER // 2))
            assert overlay.shows_body() and overlay.height() > HEADER
            window.overlays.arrange()
            assert overlay.shows_body()  # pinned open by the user's click
    full = legend.height()
    qtbot.mouseClick(legend, Qt.MouseButton.LeftButton, pos=QPoint(10, HEADER // 2))
    assert legend.collapsed and legend.height() == HEADER < full and legend.isVisible()
    qtbot.mouseClick(mini, Qt.MouseButton.LeftButton, pos=QPoint(10, HEADER // 2))
    assert mini.collapsed and mini.height() == HEADER
    window.close()
    again = make_window(qtbot)
    assert again.legend.collapsed and again.minimap.collapsed and again.legend.height() == HEADER
    qtbot.mouseClick(again.legend, Qt.MouseButton.LeftButton, pos=QPoint(10, HEADER // 2))
    assert not again.legend.collapsed and again.legend.height() > HEADER
    again.close()


def _screen(window, unit_id) -> QRect:
    rect = window.view.mapFromScene(window.scene.unit_rect(unit_id)).boundingRect()
    return rect.translated(window.view.viewport().geometry().topLeft())


@pytest.mark.parametrize("size", [(1024, 700), (1400, 880)])
def test_overlays_keep_off_the_selection_and_its_chain(qtbot, no_dialogs, size):
    window = make_window(qtbot, size=size)
    window.expand_all()
    units = [DEEP, DOMP, *window.graph.children(DOMP)[:3], window.graph.root]
    for unit_id in units:
        window.select_unit(unit_id, animate=False)
        # push the selected card into each corner of the pane in turn: the overlays get out of the way
        vp = window.view.viewport().rect()
        for corner in (vp.bottomLeft() + QPoint(80, -40), vp.bottomRight() + QPoint(-80, -40),
                       vp.topLeft() + QPoint(80, 40)):
            card = window.view.mapFromScene(window.scene.unit_rect(unit_id).center())
            window.view.scroll_by(card.x() - corner.x(), card.y() - corner.y())
            window.overlays.arrange()
            keep = [unit_id, *window.graph.children(unit_id), *window.graph.ancestors_path(unit_id)[:-1]]
            for overlay in (window.legend, window.minimap):
                if not overlay.isVisible():
                    continue
                for node in keep:
                    if window.chart.shows(node):
                        assert not overlay.geometry().intersects(_screen(window, node)), (unit_id, node, overlay.objectName())
    window.close()


def test_minimap_follows_the_chart_aspect(qtbot, window):
    for direction in (False, True):
        window.set_left_to_right(direction)
        window.expand_all()
        chart = window.chart.chart_rect()
        area = window.minimap.map_rect()
        assert abs(area.width() / area.height() - chart.width() / chart.height()) < 0.15 * chart.width() / chart.height() + 0.1
        assert area.width() <= MAX_SIZE.width() and area.height() <= MAX_SIZE.height()


@pytest.mark.parametrize("size", [(1024, 700), (1400, 880), (1920, 1080)])
def test_an_overlay_that_would_hide_cards_folds_to_its_chip(qtbot, no_dialogs, size):
    window = make_window(qtbot, size=size)
    offset = window.view.viewport().geometry().topLeft()
    cards = [window.view.mapFromScene(window.scene.unit_rect(n)).boundingRect().translated(offset)
             for n in card_ids(window)]
    for overlay in (window.legend, window.minimap):
        if not overlay.isVisible():
            continue
        geometry = overlay.geometry()
        covered = sum(max(0, r.intersected(geometry).width()) * max(0, r.intersected(geometry).height()) for r in cards)
        if overlay.height() > HEADER:  # shown whole: it hides (almost) nothing
            assert covered <= 0.03 * geometry.width() * geometry.height(), (size, overlay.objectName(), covered)
        else:
            assert overlay.folded or overlay.collapsed
    window.close()
