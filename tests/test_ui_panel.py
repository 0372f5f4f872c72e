"""Side panel: dual reporting lines with paragraphs, sources, citation; markup shown literally."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from conftest import MARKUP_NAME
from ui_fixtures import isolated_settings, no_dialogs, tiny_window, window  # noqa: F401
from unorg_desktop.ui.panel import highlight

DPEF = "Division des politiques, de l’évaluation et de la formation"


def test_unit_with_dual_lines(qtbot, window):
    unit = window.store.resolve(DPEF)
    window.select_unit(unit.id, animate=False)
    text = window.panel.plain_text()
    assert text.startswith(DPEF)
    assert "Division · Directeur" in text
    reports_to = text.split("Reports to", 1)[1].split("Direct reports", 1)[0]
    parents = window.store.parents(unit.id)
    assert len(parents) == 2
    lines = [ln for ln in reports_to.splitlines() if ln.strip()]
    assert len(lines) == 2
    primary = next(p for p in parents if p.primary)
    secondary = next(p for p in parents if not p.primary)
    assert window.store.unit(primary.parent).display_name in lines[0] and "secondary" not in lines[0]
    assert window.store.unit(secondary.parent).display_name in lines[1] and "(secondary)" in lines[1]
    assert f"par. {secondary.paragraph}" in lines[1] and "ST/SGB/2010/1" in lines[1]
    # defining document and the source paragraph in full, name highlighted
    assert "ST/SGB/2010/1 — Organisation du Département des opérations de maintien de la paix" in text
    for p in window.store.source_paragraphs(unit.id):
        assert p.text in text
    assert 'class="mark"' in window.panel.browser.toHtml() or "#ffe58a" in window.panel.browser.toHtml()
    # copy citation
    assert window.copy_citation() == f"ST/SGB/2010/1, par. {unit.paragraph}"
    assert QGuiApplication.clipboard().text() == f"ST/SGB/2010/1, par. {unit.paragraph}"


def test_links_select_the_unit(qtbot, window):
    unit = window.store.resolve(DPEF)
    window.select_unit(unit.id, animate=False)
    secondary = next(p for p in window.store.parents(unit.id) if not p.primary)
    window.panel.browser.anchorClicked.emit(QUrl(f"unit:{secondary.parent}"))
    assert window.selection.current == secondary.parent
    window.go_back()
    assert window.selection.current == unit.id


def test_attributions_mandates_mentions(qtbot, tiny_window):
    tiny_window.select_unit("dal", animate=False)
    text = tiny_window.panel.plain_text()
    assert "a) Planifie la formation du personnel" in text and "(ST/SGB/2099/1, par. 2.2)" in text
    assert "b) Coordonne les achats de carburant" in text
    assert "ST/SGB/1997/5" in text  # mandate cited in its source paragraph
    assert "Mentioned in reports" in text and "La Division de l’appui logistique a livré du carburant." in text
    tiny_window.select_unit("dds", animate=False)
    assert "A/RES/60/1" in tiny_window.panel.plain_text()


def test_markup_is_shown_literally_everywhere(qtbot, tiny_window):
    tiny_window.select_unit("markup", animate=False)
    text = tiny_window.panel.plain_text()
    assert f"Section {MARKUP_NAME}" in text  # the tags are visible characters
    html = tiny_window.panel.browser.toHtml()
    assert "<img" not in html and "&lt;img src=x&gt;" in html
    index = tiny_window.outline.model().index_of("markup")
    assert index.data() == f"Section {MARKUP_NAME}"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img src=x&gt;" in tip  # Qt would render a tooltip that looks like HTML
    tiny_window.search_field.setText("Section <b>")
    hits = tiny_window.search.run_now()
    row = next(i for i, h in enumerate(hits) if h.unit_id == "markup")
    assert "<img" not in tiny_window.search.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tiny_window.status_selected.text() == f"Section {MARKUP_NAME}"


def test_highlight_escapes_then_marks():
    out = highlight("La <b>Division</b> de l'appui & co", ["division de l’appui"])
    assert out.startswith("La &lt;b&gt;")
    assert "<img" not in highlight("<img src=x> Section", ["<img src=x>"])
    assert highlight("Rien", []) == "Rien"


def test_without_selection_the_panel_describes_the_data(window):
    text = window.panel.plain_text()
    assert f"{len(window.store.units())} units" in text
    for doc in window.store.documents():
        assert doc.title in text
    assert not window.panel.copy_button.isEnabled()


def test_group_of_cited_entities_has_its_own_panel(qtbot, window):  # noqa: F811
    group = next(g for g in window.graph.groups if g.endswith("001"))
    members = window.graph.groups[group]
    window.select_unit(group, animate=False)
    text = window.panel.plain_text()
    assert "Entités citées dans A/66/320" in text and f"{len(members)} units that this report names" in text
    assert window.graph.units[members[0]].display_name in text
    assert window.panel.citation() == ""  # a chart card, not a unit of the texts
    window.panel._on_anchor(QUrl("unit:" + members[0]))  # its members are links
    assert window.selection.current == members[0]
