"""OrgGraph over the bundled database and hand-made rows; data export."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from unorg_desktop.graph import OrgGraph, export_data
from unorg_desktop.store import Store, bundled_db
from unorg_desktop.store.rows import DocumentRow, LineRow, UnitRow


def unit(uid: str, name: str | None = None) -> UnitRow:
    return UnitRow(uid, name or uid, name or uid, "Service", None, "d1", "1.1", False)


def line(child: str, parent: str, primary: bool = True) -> LineRow:
    return LineRow(child, parent, primary, "d1", "1.2", "")


@pytest.fixture(scope="module")
def bundled() -> OrgGraph:
    with Store.open(bundled_db()) as store:
        return OrgGraph.from_store(store)


def test_bundled_graph_is_one_tree_rooted_at_the_secretary_general(bundled) -> None:
    assert bundled.root == "sg"
    assert nx.is_arborescence(bundled.tree)
    assert set(bundled.tree) == set(bundled.units)
    assert bundled.secondary and all(not s.primary for s in bundled.secondary)


def test_dual_reporting_unit_has_a_secondary_line(bundled) -> None:
    with Store.open(bundled_db()) as store:
        dpet = store.resolve("Division des politiques, de l’évaluation et de la formation").id
        primary = [p.parent for p in store.parents(dpet) if p.primary]
    assert bundled.parent(dpet) == primary[0]
    assert any(s.child == dpet for s in bundled.secondary)
    assert bundled.ancestors_path(dpet)[0] == "sg" and bundled.ancestors_path(dpet)[-1] == dpet


def test_navigation_and_expansion() -> None:
    rows = [unit("sg"), unit("a"), unit("b"), unit("a1"), unit("a2"), unit("a1x"), unit("orphan")]
    lines = [line("a", "sg"), line("b", "sg"), line("a1", "a"), line("a2", "a"), line("a1x", "a1"),
             line("a2", "b", primary=False)]
    g = OrgGraph.from_rows(rows, lines)
    assert g.children("sg") == ["a", "b", "orphan"]  # store order; the orphan hangs under the root
    assert g.children("a") == ["a1", "a2"] and g.parent("a1x") == "a1"
    assert g.ancestors_path("a1x") == ["sg", "a", "a1", "a1x"]
    assert g.subtree("a") == ["a", "a1", "a2", "a1x"] and g.subtree("a", 1) == ["a", "a1", "a2"]
    assert g.descendant_count("a") == 3 and g.descendant_counts()["sg"] == 6
    assert g.default_expanded(2) == {"sg", "a"}
    assert set(g.visible_tree({"sg"})) == {"sg", "a", "b", "orphan"}
    assert set(g.visible_tree({"sg", "a"})) == {"sg", "a", "b", "orphan", "a1", "a2"}
    assert set(g.visible_tree(set(), root="a", depth=1)) == {"a", "a1", "a2"}
    assert [(s.child, s.parent) for s in g.secondary] == [("a2", "b")]
    assert g.secondary_between(["a2", "b"]) and not g.secondary_between(["a2"])


def test_a_primary_cycle_in_foreign_rows_is_hung_under_the_root() -> None:
    g = OrgGraph.from_rows([unit("sg"), unit("x"), unit("y")], [line("x", "y"), line("y", "x")])
    assert nx.is_arborescence(g.tree)


@pytest.mark.parametrize("fmt", ["csv", "json", "graphml"])
def test_export_data(tmp_path, fmt) -> None:
    rows = [unit("sg"), unit("a", "<b>A & co</b>"), unit("b")]
    g = OrgGraph.from_rows(rows, [line("a", "sg"), line("b", "sg"), line("b", "a", primary=False)],
                           [DocumentRow("d1", "d1.txt", "bulletin", "fr", "T", "ST/SGB/1", "")])
    out = tmp_path / f"chart.{fmt}"
    export_data(g, ["sg", "a", "b"], fmt, out)
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows_out = list(csv.DictReader(text.splitlines()))
        assert [r["id"] for r in rows_out] == ["sg", "a", "b"]
        assert rows_out[1]["name"] == "<b>A & co</b>" and rows_out[2]["secondary_parents"] == "a"
    elif fmt == "json":
        data = json.loads(text)
        assert data["units"][1]["parent"] == "sg" and data["secondary"][0]["parent"] == "a"
    else:
        root = ET.fromstring(text)
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        assert len(root.findall(".//g:node", ns)) == 3 and len(root.findall(".//g:edge", ns)) == 3
        assert "<b>A & co</b>" in [d.text for d in root.findall(".//g:data", ns)]
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_export_data_errors_leave_nothing(tmp_path) -> None:
    g = OrgGraph.from_rows([unit("sg")], [])
    with pytest.raises(ValueError):
        export_data(g, ["sg"], "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(IsADirectoryError):
        export_data(g, ["sg"], "csv", tmp_path)
    with pytest.raises(OSError):
        export_data(g, ["sg"], "csv", tmp_path / "missing" / "x.csv")
    assert list(tmp_path.iterdir()) == []


def test_units_a_report_only_names_are_grouped_per_report(bundled) -> None:
    from unorg_desktop.graph import GROUP_PREFIX, is_group

    with Store.open(bundled_db()) as store:
        orphans = [u.id for u in store.units() if u.id != "sg" and not any(p.primary for p in store.parents(u.id))]
        kinds = {d.id: d.kind for d in store.documents()}
    assert orphans and all(kinds[bundled.units[u].document] == "report" for u in orphans)
    assert set(bundled.groups) == {GROUP_PREFIX + bundled.units[u].document for u in orphans}
    for group, members in bundled.groups.items():
        assert is_group(group) and bundled.parent(group) == "sg"
        assert bundled.children(group) == members and group not in bundled.default_expanded(3)
        assert bundled.units[group].name.startswith("Entités citées dans ")
    assert sorted(m for ms in bundled.groups.values() for m in ms) == sorted(orphans)
    # the root's own row: the departments and offices, plus one card per report
    assert len(bundled.children("sg")) < 25


def test_an_orphan_of_a_bulletin_hangs_under_the_root() -> None:
    docs = [DocumentRow("d1", "d1.txt", "bulletin", "fr", "T", "", ""),
            DocumentRow("r1", "r1.txt", "report", "fr", "Rapport", "A/1/1", "")]
    rows = [unit("sg"), unit("a"), UnitRow("m", "M", "M", "Bureau", None, "r1", "3", False)]
    g = OrgGraph.from_rows(rows, [], docs)
    assert g.parent("a") == "sg" and g.parent("m") == "~cited:r1" and g.parent("~cited:r1") == "sg"
    assert g.units["~cited:r1"].name == "Entités citées dans A/1/1"
