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
    info = window.store.unit_info(unit.id)
    for p in info.other_sources:  # the paragraphs that state no function, whole
        assert p.text in text
    for a in info.attributions:  # functions once each, item by item, with their paragraph
        assert text.count(a.text) == 1
    assert info.attributions and len(info.other_sources) < len(info.sources)
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
    assert "Named in A/66/320 — not placed by any text" in text and f"{len(members)} units that this report names" in text
    assert window.graph.units[members[0]].display_name in text
    assert window.panel.citation() == ""  # a chart card, not a unit of the texts
    window.panel._on_anchor(QUrl("unit:" + members[0]))  # its members are links
    assert window.selection.current == members[0]


LINK_NAME = '<a href="file:///etc/passwd">Bureau</a><img src=x>'


def test_a_link_named_unit_is_literal_everywhere_and_nothing_is_opened(qtbot, tmp_path, no_dialogs,
                                                                        monkeypatch):
    """Issue B.5 end to end: a unit named like a link and an image, on a secondary line whose
    paragraph holds markup too: literal in the card, its tooltip, the panel, the outline, the
    completer, the secondary line's tooltip and the SVG export; no link is followed."""
    import dataclasses
    import html as html_mod
    import re
    import xml.etree.ElementTree as ET

    from PySide6.QtGui import QDesktopServices

    from conftest import make_tiny_extraction
    from ui_fixtures import make_window
    from unorg_desktop.render.edges import SecondaryEdge
    from unorg_desktop.store import build
    from unorg_desktop.ui.export_dialog import ExportOptions

    ex = make_tiny_extraction()
    ex.units[:] = [dataclasses.replace(u, name=LINK_NAME, display_name=LINK_NAME) if u.id == "markup" else u
                   for u in ex.units]
    ex.paragraphs[:] = [dataclasses.replace(p, text=p.text + f" {LINK_NAME}") if p.number == "2.3" else p
                        for p in ex.paragraphs]
    db = tmp_path / "markup.sqlite"
    build(ex, db)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    w = make_window(qtbot, db)
    w.expand_all()
    w.select_unit("markup", animate=False)
    card = w.scene.card("markup")
    assert "".join(card.text.name_lines).replace(" ", "") == LINK_NAME.replace(" ", "")  # wrapped, not cut
    assert "<a " not in card.toolTip() and "&lt;a href=&quot;file:///etc/passwd&quot;&gt;" in card.toolTip()
    html = w.panel.browser.toHtml()
    assert LINK_NAME in w.panel.plain_text()
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith("unit:") for h in hrefs), hrefs  # the only links are ours
    assert "<img" not in html
    assert not w.panel.browser.openLinks() and not w.panel.browser.openExternalLinks()
    w.panel.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))  # as if such a link were clicked
    assert w.selection.current == "markup" and w.panel.browser.source().isEmpty() and opened == []
    index = w.outline.model().index_of("markup")
    assert index.data() == LINK_NAME and "<a " not in index.data(Qt.ItemDataRole.ToolTipRole)
    w.search_field.setText("Bureau</a>")
    w.search.run_now()
    tips = [w.search.model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) or "" for r in range(w.search.model.rowCount())]
    assert tips and not any("<a " in t or "<img" in t for t in tips)
    [line] = [i for i in w.scene.items() if isinstance(i, SecondaryEdge)]
    [line_row] = w.graph.secondary
    assert "&lt;a href=" in line.toolTip() and "<a " not in line.toolTip()
    text = w.store.paragraph(line_row.document, line_row.paragraph).text
    assert html_mod.escape(text).replace(html_mod.escape(line_row.evidence), "") in \
        line.toolTip().replace(f"<b>{html_mod.escape(line_row.evidence)}</b>", "")  # the citing paragraph
    svg = w.export_chart(ExportOptions(str(tmp_path / "chart.svg"), "svg", caption=True))
    root = ET.parse(svg).getroot()
    tags = {el.tag.rsplit("}", 1)[-1] for el in root.iter()}
    assert "a" not in tags and "image" not in tags
    texts = "".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text")).replace(" ", "")
    assert LINK_NAME.replace(" ", "") in texts  # the name as text (wrapped over several lines)
    raw = svg.read_text(encoding="utf-8")
    assert "&lt;a" in raw and "<a " not in raw and "<img" not in raw
    assert opened == [] and no_dialogs == []
    w.close()
