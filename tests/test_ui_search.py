"""Search field: one ranked results list (count, parent) fed by Store.search, Enter selects and
brings the unit into view, literal and never raising on hostile text, name and function matches
marked differently on the chart, cleared by Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt

from unorg_desktop.ui.search import DetailRole

from ui_fixtures import isolated_settings, no_dialogs, tiny_window, viewport_centre_of, window  # noqa: F401

DOMP = "departement-des-operations-de-maintien-de-la-paix"


def _type(qtbot, window, text):
    window.focus_search()
    window.search_field.clear()
    qtbot.keyClicks(window.search_field, text)


def test_typing_ranks_after_the_debounce_and_enter_selects_and_centers(qtbot, window):
    _type(qtbot, window, "maintien paix")
    assert window.search.timer.isActive()  # debounced, not yet run
    qtbot.waitUntil(lambda: bool(window.search.model.hits), timeout=2000)
    assert window.search.model.hits[0].unit_id == DOMP
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    window.view.stop_animation()
    assert window.selection.current == DOMP
    assert window.scene.card(DOMP) is not None
    vp = window.view.viewport().rect()  # in view with its direct reports (tests/test_ui_first_view.py)
    for unit_id in [DOMP, *(k for k in window.graph.children(DOMP) if window.chart.shows(k))]:
        assert vp.contains(window.view.mapFromScene(window.scene.unit_rect(unit_id)).boundingRect()), unit_id
    assert window.panel.plain_text().startswith("Département des opérations de maintien de la paix")


def test_enter_reveals_a_collapsed_unit(qtbot, window):
    target = window.store.resolve("Service intégré de formation").id
    assert window.scene.card(target) is None  # deep: hidden at start
    _type(qtbot, window, "service integre formation")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    window.view.stop_animation()
    assert window.selection.current == target
    assert window.scene.card(target) is not None
    assert all(a in window.chart.expanded for a in window.graph.ancestors_path(target)[:-1])


def test_accents_abbreviations_and_functions(qtbot, tiny_window):
    ctl = tiny_window.search
    tiny_window.search_field.setText("defense")
    assert ctl.run_now()[0].unit_id == "dds"
    tiny_window.search_field.setText("DDS")
    assert ctl.run_now()[0].unit_id == "dds"
    tiny_window.search_field.setText("carburant")
    hits = ctl.run_now()
    assert any(h.unit_id == "dal" and h.field == "attribution" for h in hits)
    row = next(i for i, h in enumerate(hits) if h.field == "attribution")
    shown = ctl.model.index(row, 0).data()
    assert "Coordonne les achats de carburant" in shown  # the results list shows the function
    assert tiny_window.results.isVisible()


def test_matches_are_highlighted_and_escape_clears(qtbot, window):
    seen = []
    window.search.matchesChanged.connect(seen.append)
    _type(qtbot, window, "formation")
    qtbot.waitUntil(lambda: bool(seen) and bool(seen[-1]), timeout=2000)
    assert window.search.model.hits
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert seen[-1] == {} and window.search_field.text() == "" and window.search.model.hits == []
    assert not window.results.isVisible()
    window.search_field.setText("formation")
    window.search.run_now()
    assert window.scene.matches
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # Esc on the chart clears too
    assert window.scene.matches == frozenset() and window.search_field.text() == ""


HOSTILE = [
    '"', '""', "'", "' OR 1=1 --", "*", "**", "a*", "AND(", "OR", "NOT", "NEAR(", "NEAR(a b, 2)", "a AND b",
    "(", ")", "()", "[", "]", "{", "}", "^", "-", "--", "+", ":", "col:val", "%", "_", "%_%", "\\", "\\\\",
    "/", "//", ";", "; DROP TABLE units;", "\x00", "\x01\x02\x03", "\t", "\n", "\r\n", "\u200b", "\u202e",
    "\ufeff", "مرحبا", "שלום עולם", "\u05d0\u202ea", "日本語", "😀", "👩‍👩‍👧", "🇺🇳", "e\u0301", "a\u0300\u0301\u0302",
    "Z\u0351\u0352\u0353", "\ud7ff", "\U0010ffff", "x" * 10_000, "é" * 5000, "maintien " * 1000, "<b>x</b>",
    "<img src=x>", "<a href='file:///etc/passwd'>", "&amp;", "&#0;", "${jndi:x}", "{{7*7}}", "%s%s%s", "{0}",
    "NULL", "null", "None", "0", "-1", "1e308", "NaN", "∞", "¬", "«»", "’", "‘’", "“”", "…", "\u00a0",
    "  ", " ", "\x7f", "\x1b[31m", "a\x00b", "MATCH", "units_fts", "rank", "bm25(", "highlight(", "snippet(",
    "\"unbalanced", "unbalanced\"", "'unbalanced", "a\"b\"c\"", "*a", "a**b", "AND AND", "OR(NOT)", "NEAR",
    "- -", "+ +", "ÆØÅ", "ß", "İ", "ǅ",
]


def test_hostile_strings_through_the_field_never_raise(qtbot, window):
    assert len(HOSTILE) >= 100
    errors = []
    window.search.unitChosen.connect(lambda unit_id: errors.append(unit_id) if unit_id not in window.graph.units
                                     else None)
    for i, text in enumerate(HOSTILE):
        window.search_field.setText(text)
        hits = window.search.run_now()
        assert window.search.last_error == ""
        for hit in hits:
            assert hit.unit_id in window.graph.units
        if i % 10 == 0:  # Enter too (each choice may relayout: a sample keeps the test fast)
            window.search.choose_best()
        window.search.clear()
    qtbot.keyClicks(window.search_field, "\"*AND( '")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert errors == []


def test_five_hundred_hostile_strings_match_literally_in_the_gui(qtbot, tiny_window):
    from test_cli_hostile import hostile_strings
    from test_store_search import literal_match

    queries = hostile_strings()
    assert len(queries) == 500
    for query in queries:
        tiny_window.search_field.setText(query)
        hits = tiny_window.search.run_now()
        assert tiny_window.search.last_error == "", query
        for hit in hits:
            assert hit.field in {"fuzzy", "abbreviation"} or literal_match(query, hit.snippet), (query, hit)
        tiny_window.search.clear()
    assert tiny_window.scene.matches == frozenset()


def test_down_then_enter_selects_that_row_once(qtbot, window):
    chosen = []
    window.search.unitChosen.connect(chosen.append)
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(window.search_field.hasFocus, timeout=2000)
    qtbot.keyClicks(window.search_field, "formation")
    qtbot.waitUntil(lambda: bool(window.search.model.hits), timeout=2000)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)  # into the results list
    listing = window.results.list
    assert listing.hasFocus() and listing.currentIndex().row() == 0
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    row = listing.currentIndex().row()
    assert row == 2
    wanted = window.search.model.hits[row].unit_id
    assert wanted != window.search.model.hits[0].unit_id
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert chosen == [wanted] and window.selection.current == wanted
    qtbot.keyClick(listing, Qt.Key.Key_Escape)  # Esc in the list clears too
    assert window.search_field.text() == "" and window.left.currentWidget() is window.outline


def test_one_results_list_with_a_count_and_each_results_parent(qtbot, window):
    from PySide6.QtWidgets import QCompleter, QDockWidget

    window.search_field.setText("maintien paix")
    hits = window.search.run_now()
    panel = window.results
    assert window.left.currentWidget() is panel and panel.isVisible()  # in place of the outline
    assert not window.findChildren(QDockWidget) and not window.findChildren(QCompleter)  # no second list
    count = panel.count_label.text()
    assert str(len(hits)) in count and "maintien paix" in count
    model = window.search.model
    for row, hit in enumerate(hits):
        detail = model.index(row, 0).data(DetailRole)
        parent = window.graph.parent(hit.unit_id)
        if parent is not None:
            assert window.graph.units[parent].display_name in detail, (hit.name, detail)
    # the rows are painted: the list is not empty on screen
    assert panel.list.visualRect(model.index(0, 0)).height() > panel.list.fontMetrics().height()
    window.search_field.setText("zzzz qqqq xxxx")
    window.search.run_now()
    assert "No unit matches" in panel.count_label.text()
    window.clear_search()
    assert window.left.currentWidget() is window.outline


def test_name_and_function_matches_look_different_on_the_chart(qtbot, tiny_window):
    window = tiny_window
    window.expand_all()
    window.search_field.setText("carburant")  # the function of one unit; the name of none
    hits = window.search.run_now()
    by_function = {h.unit_id for h in hits if h.field == "attribution"}
    assert by_function and window.scene.match_kinds
    for unit_id in by_function:
        assert window.scene.match_kinds[unit_id] == "function" and window.scene.card(unit_id).match == "function"
    window.search_field.setText("defense")
    window.search.run_now()
    assert window.scene.match_kinds["dds"] == "name" and window.scene.card("dds").match == "name"
    # the two marks paint differently: compare the pixels around the same card
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    def paint(card):
        image = QImage(320, 200, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(20, 20)
        card.paint(painter, QStyleOptionGraphicsItem())
        painter.end()
        return {image.pixelColor(x, y).name() for x in range(0, 20) for y in range(0, 200)}  # left of the card

    card = window.scene.card("dds")
    name_ring = paint(card)
    card.set_state(False, False, "function")
    function_ring = paint(card)
    from unorg_desktop.render import palette

    assert palette.current().match_name in name_ring and palette.current().match_function not in name_ring
    assert palette.current().match_function in function_ring and palette.current().match_name not in function_ring
    assert "Name matches" in window.legend.labels() and "Function matches" in window.legend.labels()
    window.clear_search()
    assert "Name matches" not in window.legend.labels()
