"""Search field: ranked completer fed by Store.search, Enter selects and centers, literal and
never raising on hostile text, chart highlights cleared by Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
    popup = window.search.completer.popup()  # when shown, it has the keyboard
    qtbot.keyClick(popup if popup.isVisible() else window.search_field, Qt.Key.Key_Return)
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
    assert seen[-1] == [] and window.search_field.text() == "" and window.search.model.hits == []
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


def test_enter_on_a_completion_selects_that_row_once(qtbot, window):
    chosen = []
    window.search.unitChosen.connect(chosen.append)
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(window.search_field.hasFocus, timeout=2000)
    qtbot.keyClicks(window.search_field, "formation")
    popup = window.search.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    row = 2
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    wanted = window.search.model.hits[row].unit_id
    assert wanted != window.search.model.hits[0].unit_id
    qtbot.wait(10)
    assert chosen == [wanted] and window.selection.current == wanted
