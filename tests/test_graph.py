"""OrgGraph over the bundled database and hand-made rows: only stated lines, several roots,
groups of unplaced units apart from the tree; the data export of a chart."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unorg_desktop.graph import GROUP_PREFIX, OrgGraph, chart_data, export_data, is_group
from unorg_desktop.store import Store, bundled_db
from unorg_desktop.store.rows import DocumentRow, LineRow, UnitRow

BULLETIN = DocumentRow("d1", "d1.txt", "bulletin", "fr", "Organisation du Département", "ST/SGB/1", "2010-01-01")
REPORT = DocumentRow("r1", "r1.txt", "report", "fr", "Rapport", "A/1/1", "")
DECREE = DocumentRow("x1", "x1.txt", "decree", "fr", "Décret", "", "")


def unit(uid: str, name: str | None = None, document: str | None = "d1") -> UnitRow:
    return UnitRow(uid, name or uid, name or uid, "Service", None, document, "1.1", False)


def line(child: str, parent: str, primary: bool = True, paragraph: str = "1.2", document: str = "d1") -> LineRow:
    return LineRow(child, parent, primary, document, paragraph, "")


@pytest.fixture(scope="module")
def bundled() -> OrgGraph:
    with Store.open(bundled_db()) as store:
        return OrgGraph.from_store(store)


def test_importing_the_graph_does_not_load_networkx() -> None:
    code = "import sys, unorg_desktop.graph, unorg_desktop.layout; print('networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_bundled_forest_has_only_stated_lines(bundled) -> None:
    assert bundled.roots[0] == "sg"
    with Store.open(bundled_db()) as store:
        stated = {(ln.parent, ln.child) for ln in store.lines() if ln.primary and ln.document and ln.paragraph}
    shown = bundled.visible_tree(bundled.every_node())
    assert set(shown.edges) <= stated and shown.edges  # no line that no paragraph states
    tree = bundled.tree
    assert set(tree) == set(bundled.units) and nx.is_forest(tree)
    for edge in shown.edges:
        assert not is_group(edge[0]) and not is_group(edge[1])
    assert bundled.secondary and all(not s.primary and s.paragraph for s in bundled.secondary)


def test_dual_reporting_unit_has_a_secondary_line_and_a_stated_chain(bundled) -> None:
    with Store.open(bundled_db()) as store:
        dpet = store.resolve("Division des politiques, de l’évaluation et de la formation").id
        primary = [p for p in store.parents(dpet) if p.primary]
    assert bundled.parent(dpet) == primary[0].parent == bundled.line_parent(dpet)
    assert bundled.primary_line(dpet).paragraph == primary[0].paragraph
    assert [s.parent for s in bundled.secondary_parents(dpet)]
    assert bundled.ancestors_path(dpet)[0] == "sg" and bundled.ancestors_path(dpet)[-1] == dpet


def test_navigation_and_expansion() -> None:
    rows = [unit("sg", document=None), unit("a"), unit("b"), unit("a1"), unit("a2"), unit("a1x")]
    lines = [line("a", "sg"), line("b", "sg"), line("a1", "a"), line("a2", "a"), line("a1x", "a1"),
             line("a2", "b", primary=False)]
    g = OrgGraph.from_rows(rows, lines, [BULLETIN])
    assert g.roots == ["sg"] and g.children("sg") == ["a", "b"]  # store order
    assert g.children("a") == ["a1", "a2"] and g.parent("a1x") == "a1"
    assert g.ancestors_path("a1x") == ["sg", "a", "a1", "a1x"] == g.display_path("a1x")
    assert g.subtree("a") == ["a", "a1", "a2", "a1x"] and g.subtree("a", 1) == ["a", "a1", "a2"]
    assert g.descendant_count("a") == 3 and g.descendant_counts()["sg"] == 5
    assert g.default_expanded(2) == {"sg", "a"}
    assert set(g.visible_tree({"sg"})) == {"sg", "a", "b"}
    assert set(g.visible_tree({"sg", "a"})) == {"sg", "a", "b", "a1", "a2"}
    assert set(g.visible_tree(set(), root="a", depth=1)) == {"a", "a1", "a2"}
    assert [(s.child, s.parent) for s in g.secondary] == [("a2", "b")]
    assert g.secondary_between(["a2", "b"]) and not g.secondary_between(["a2"])


def test_lines_without_a_paragraph_are_never_drawn() -> None:
    rows = [unit("sg", document=None), unit("a"), unit("b")]
    g = OrgGraph.from_rows(rows, [line("a", "sg"), line("b", "a", paragraph=""), line("b", "sg", False, "")],
                           [BULLETIN])
    assert g.line_parent("b") is None and g.parent("b") is None and not g.secondary
    assert "b" in g.roots  # a bulletin's unit that no stated line places: a root of its own


def test_several_roots_and_groups_of_unplaced_units() -> None:
    rows = [unit("sg", document=None), unit("a"), UnitRow("m", "M", "M", "Bureau", None, "r1", "3", False),
            UnitRow("m1", "M1", "M1", "Bureau", None, "r1", "4", False), unit("min", document="x1"),
            unit("dir", document="x1")]
    lines = [line("a", "sg"), line("m1", "m", paragraph="4", document="r1"), line("dir", "min", document="x1")]
    g = OrgGraph.from_rows(rows, lines, [BULLETIN, REPORT, DECREE])
    assert g.roots == ["sg", "min"]  # the common root first, then a decree's body
    group = GROUP_PREFIX + "r1"
    assert g.groups == {group: ["m"]} and g.top_level() == ["sg", "min", group]
    assert g.parent("m") == group and g.line_parent("m") is None  # sits in the group, no line
    assert g.parent("m1") == "m" and g.group_of("m1") == group
    assert g.ancestors_path("m1") == ["m", "m1"]  # the chain never passes through a group
    assert g.display_path("m1") == [group, "m", "m1"]
    assert g.units[group].name == "Named in A/1/1 — not placed by any text"
    g.label_groups("Cité dans {document}")
    assert g.units[group].name == "Cité dans A/1/1"
    shown = g.visible_tree({"sg"})
    assert shown.roots == ["sg", "min"] and shown.groups == {group: []} and "m" not in shown
    shown = g.visible_tree({"sg", group, "m"})
    assert shown.groups == {group: ["m"]} and ("m", "m1") in shown.edges
    assert all(group not in edge for edge in shown.edges)


def test_a_primary_cycle_in_foreign_rows_loses_one_line() -> None:
    g = OrgGraph.from_rows([unit("sg", document=None), unit("x"), unit("y")], [line("x", "y"), line("y", "x")],
                           [BULLETIN])
    assert nx.is_forest(g.tree)
    assert sorted(n for n in ("x", "y") if g.line_parent(n) is None) in (["x"], ["y"])


units_st = st.lists(st.sampled_from(["d1", "r1", None]), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(docs=units_st, data=st.data())
def test_random_rows_give_a_forest_of_stated_lines(docs, data) -> None:
    """Whatever the rows, every drawn line is a stated primary line between two units, groups
    only hold units of reports, and every unit is on the chart exactly once."""
    rows = [UnitRow(f"u{i}", f"U{i}", f"U{i}", "Service", None, d, "1", False) for i, d in enumerate(docs)]
    n = len(rows)
    raw = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.booleans(),
                                       st.sampled_from(["", "2.1"])), max_size=40))
    lines = [LineRow(f"u{c}", f"u{p}", primary, "d1", par, "") for c, p, primary, par in raw]
    g = OrgGraph.from_rows(rows, lines, [BULLETIN, REPORT])
    stated = {(ln.parent, ln.child) for ln in lines if ln.primary and ln.paragraph}
    shown = g.visible_tree(g.every_node())
    assert set(shown.edges) <= stated
    assert sorted(shown.nodes) == sorted(g.units) and len(shown.nodes) == len(set(shown.nodes))
    for group, members in g.groups.items():
        assert all(g.units[m].document == "r1" and g.line_parent(m) is None for m in members)
    assert nx.is_forest(g.tree)
    for unit_id in g.units:
        if not is_group(unit_id):
            assert not any(is_group(a) for a in g.ancestors_path(unit_id))


def export_graph() -> OrgGraph:
    rows = [unit("sg", document=None), unit("a", "<b>A & co</b>"), unit("b"),
            UnitRow("m", "Named", "Named", "Bureau", None, "r1", "7", False)]
    return OrgGraph.from_rows(rows, [line("a", "sg"), line("b", "sg", paragraph="1.3"),
                                     line("b", "a", primary=False, paragraph="5.1")], [BULLETIN, REPORT])


def test_chart_data_every_line_carries_its_paragraph() -> None:
    g = export_graph()
    data = chart_data(g, g.visible_tree(g.every_node()).nodes)
    assert set(data) == {"caption", "units", "lines", "groups"}
    assert [u["id"] for u in data["units"]] == ["sg", "a", "b", "m"]
    assert {(ln["parent"], ln["child"], ln["primary"], ln["document"], ln["paragraph"]) for ln in data["lines"]} == {
        ("sg", "a", True, "ST/SGB/1", "1.2"), ("sg", "b", True, "ST/SGB/1", "1.3"),
        ("a", "b", False, "ST/SGB/1", "5.1")}
    assert all(ln["child"] != "m" and ln["parent"] != "m" for ln in data["lines"])  # unplaced: no line
    assert data["groups"] == [{"id": GROUP_PREFIX + "r1", "label": "Named in A/1/1 — not placed by any text",
                               "document": "A/1/1", "members": ["m"]}]
    assert data["caption"].startswith("Sources: ") and "ST/SGB/1 (Organisation du Département, 2010-01-01)" in \
        data["caption"] and "A/1/1" in data["caption"]


@pytest.mark.parametrize("fmt", ["csv", "json", "graphml"])
def test_export_data(tmp_path, fmt) -> None:
    g = export_graph()
    out = tmp_path / f"chart.{fmt}"
    export_data(g, ["sg", "a", "b", "m"], fmt, out)
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows_out = list(csv.DictReader(text.splitlines()))
        assert [r["id"] for r in rows_out] == ["sg", "a", "b", "m"]
        assert rows_out[1]["name"] == "<b>A & co</b>"
        assert (rows_out[1]["parent"], rows_out[1]["line_document"], rows_out[1]["line_paragraph"]) == (
            "sg", "ST/SGB/1", "1.2")
        assert rows_out[2]["secondary_parents"] == "a (ST/SGB/1, 5.1)"
        assert rows_out[3]["parent"] == "" and rows_out[3]["group"] == GROUP_PREFIX + "r1"
    elif fmt == "json":
        data = json.loads(text)
        assert all(ln["document"] and ln["paragraph"] for ln in data["lines"]) and len(data["lines"]) == 3
    else:
        root = ET.fromstring(text)
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        assert len(root.findall(".//g:node", ns)) == 4 and len(root.findall(".//g:edge", ns)) == 3
        keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
        for edge in root.findall(".//g:edge", ns):
            values = {keys[d.get("key")]: d.text for d in edge.findall("g:data", ns)}
            assert values["document"] == "ST/SGB/1" and values["paragraph"]
        assert "<b>A & co</b>" in [d.text for d in root.findall(".//g:data", ns)]
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_export_data_errors_leave_nothing(tmp_path) -> None:
    g = OrgGraph.from_rows([unit("sg", document=None)], [])
    with pytest.raises(ValueError):
        export_data(g, ["sg"], "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(IsADirectoryError):
        export_data(g, ["sg"], "csv", tmp_path)
    with pytest.raises(OSError):
        export_data(g, ["sg"], "csv", tmp_path / "missing" / "x.csv")
    assert list(tmp_path.iterdir()) == []


def test_bundled_units_a_report_only_names_are_grouped_per_report(bundled) -> None:
    with Store.open(bundled_db()) as store:
        stated_children = {ln.child for ln in store.lines() if ln.primary and ln.paragraph}
        kinds = {d.id: d.kind for d in store.documents()}
        orphans = [u.id for u in store.units() if u.id not in stated_children and u.document is not None]
    assert orphans and all(kinds[bundled.units[u].document] == "report" for u in orphans)
    assert set(bundled.groups) == {GROUP_PREFIX + bundled.units[u].document for u in orphans}
    for group, members in bundled.groups.items():
        assert is_group(group) and bundled.parent(group) is None and bundled.children(group) == members
        assert group not in bundled.default_expanded(3)
        assert bundled.units[group].name.startswith("Named in ")
    assert sorted(m for ms in bundled.groups.values() for m in ms) == sorted(orphans)
    # the chart JSON of the whole bundled chart: every line has its document and paragraph, none
    # goes to a unit that no text places
    data = chart_data(bundled, bundled.visible_tree(bundled.every_node()).nodes)
    assert data["lines"] and all(ln["document"] and ln["paragraph"] for ln in data["lines"])
    assert not {ln["child"] for ln in data["lines"] if ln["primary"]} & set(orphans)
