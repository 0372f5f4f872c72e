"""The app's own words on the chart follow the interface language (the areas of units that a
report names without placing them); the documents' own words never change; a document without
a symbol is named by its short title, never an internal id."""

from __future__ import annotations

import pytest

from ui_fixtures import isolated_settings, make_window, no_dialogs  # noqa: F401


@pytest.mark.parametrize("lang, name, kind", [
    ("en", "Named in A/66/320 — not placed by any text", "Outside the reporting tree"),
    ("fr", "Cités dans A/66/320 — aucun texte ne les situe", "Hors de l’organigramme")])
def test_groupings_are_named_in_the_interface_language(qapp, qtbot, no_dialogs, lang, name, kind):
    from unorg_desktop.ui import translations

    try:
        translations.install(qapp, lang)
        window = make_window(qtbot)
        groups = list(window.graph.groups)
        assert groups
        group = next(g for g in groups if window.graph.units[g].display_name == name)
        assert window.graph.units[group].kind == kind
        window.select_unit(group, animate=False)
        assert window.scene.card(group) is not None and name in " ".join(window.scene.card(group).painted_text())
        assert window.outline.model().index_of(group).data() == name
        assert window.panel.plain_text().startswith(name)
        other = "Cités dans" if lang == "en" else "Named in"
        assert not any(other in window.graph.units[g].display_name for g in groups)
        for g in groups:  # the report without a symbol: its short title, never its id
            doc = window.graph.documents[window.graph.units[g].document]
            assert doc.id not in window.graph.units[g].display_name.replace("A/66/320", "")
        assert window.graph.units[window.graph.root].display_name == "Secrétaire général"  # the texts' words
        window.close()
    finally:
        translations.install(qapp, "en")
