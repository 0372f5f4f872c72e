"""Panes: proportions at first start, a side panel whose width does not follow its content,
outline rows that never read alike."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from ui_fixtures import isolated_settings, make_window, no_dialogs  # noqa: F401

DOMP = "departement-des-operations-de-maintien-de-la-paix"


def test_panes_start_in_proportion_to_the_window(qtbot, no_dialogs):
    for width, height in ((1024, 700), (1400, 880), (1920, 1080)):
        window = make_window(qtbot, size=(width, height))
        outline, chart, panel = window.splitter.sizes()
        assert chart >= 0.55 * width, (width, window.splitter.sizes())
        assert outline >= 150 and panel >= 220  # the side panes stay usable
        assert window.view.viewport().width() >= 0.55 * width - 10
        window.close()


def test_a_long_citation_does_not_widen_the_side_panel(qtbot, no_dialogs):
    window = make_window(qtbot, size=(1024, 700))
    window.select_unit(DOMP, animate=False)
    before = window.splitter.sizes()
    long = "A/" + "9" * 300 + ", par. 12.3"
    window.panel.citation_label.setText(long)
    window.panel.updateGeometry()
    qtbot.wait(20)
    assert window.splitter.sizes() == before
    assert window.panel.minimumSizeHint().width() < 300
    label = window.panel.citation_label
    assert label.full_text() == long and label.text() != long and "…" in label.text()
    assert long in label.toolTip()  # the whole citation on hover
    window.close()


def _outline(qtbot, names: list[str], width: int):
    from unorg_desktop.graph import OrgGraph
    from unorg_desktop.store.rows import LineRow, UnitRow
    from unorg_desktop.ui.outline import OutlineView

    units = [UnitRow("sg", "Racine", "Racine", "Secrétaire général", None, None, None, False)]
    lines = []
    for i, name in enumerate(names):
        units.append(UnitRow(f"u{i}", name, name, "Section", None, "010", str(i + 1), False))
        lines.append(LineRow(f"u{i}", "sg", True, "010", str(i + 1), ""))
    view = OutlineView()
    qtbot.addWidget(view)
    view.set_graph(OrgGraph.from_rows(units, lines))
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def _shown_text(view, row: int) -> tuple[str, Qt.TextElideMode]:
    """The text a row paints, as the delegate elides it."""
    from PySide6.QtWidgets import QStyle

    index = view.model().index(row, 0, view.model().index(0, 0, QModelIndex()))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.widget = view
    option.textElideMode = view.textElideMode()  # what the view hands its delegate
    view.itemDelegate().initStyleOption(option, index)
    width = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width() - 4
    return option.fontMetrics.elidedText(option.text, option.textElideMode, width), option.textElideMode


def test_outline_rows_that_would_read_alike_are_elided_in_the_middle(qtbot):
    names = ["Section du transport lunaire et des navettes orbitales",
             "Section du transport lunaire et des ascenseurs spatiaux",
             "Groupe Z", "Section des longues appellations fictives pour la démonstration"]
    view = _outline(qtbot, names, 220)
    shown = [_shown_text(view, row) for row in range(len(names))]
    texts = [text for text, _ in shown]
    assert len(set(texts)) == len(texts), texts  # no two rows read the same
    assert texts[0] != names[0] and texts[1] != names[1]  # both had to be shortened...
    assert shown[0][1] == shown[1][1] == Qt.TextElideMode.ElideMiddle  # ...where they differ
    assert texts[0].endswith("orbitales") and texts[1].endswith("spatiaux")
    assert shown[2] == ("Groupe Z", Qt.TextElideMode.ElideRight)  # short: whole
    assert shown[3][1] == Qt.TextElideMode.ElideRight and shown[3][0].endswith("…")  # alone: elided on the right
    index = view.model().index(0, 0, view.model().index(0, 0, QModelIndex()))
    assert names[0] in index.data(Qt.ItemDataRole.ToolTipRole)  # the full name on hover
