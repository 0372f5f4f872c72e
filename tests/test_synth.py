"""Synthetic organisations: same schema, deterministic, a tree with a share of dual lines."""

from __future__ import annotations

import networkx as nx
import pytest

from unorg_desktop.cli import main as cli_main
from unorg_desktop.graph import OrgGraph
from unorg_desktop.store import Store
from unorg_desktop.synth import synthetic_extraction, write_synthetic_db


def test_written_database_opens_with_the_store(tmp_path) -> None:
    out = tmp_path / "synth.sqlite"
    write_synthetic_db(out, units=2_000, seed=4, fanout=(2, 6), dual_share=0.05)
    with Store.open(out) as store:
        units = store.units()
        assert len(units) == 2_000
        graph = OrgGraph.from_store(store)
        assert nx.is_arborescence(graph.tree)
        secondary = [line for line in store.lines() if not line.primary]
        assert 0.035 * 2_000 < len(secondary) < 0.065 * 2_000  # the share asked, give or take
        some = units[1234]
        assert store.attributions(some.id) and store.source_paragraphs(some.id)
        assert store.search(some.name)[0].unit_id == some.id
        kinds = {u.kind for u in units}
        assert {"Département", "Division", "Service"} <= kinds


def test_deterministic_for_a_seed() -> None:
    a, b = synthetic_extraction(500, seed=7), synthetic_extraction(500, seed=7)
    c = synthetic_extraction(500, seed=8)
    assert a == b
    assert [u.name for u in a.units] != [u.name for u in c.units]


@pytest.mark.parametrize("fanout", [(1, 1), (3, 3), (2, 40)])
def test_fanout_is_respected(fanout) -> None:
    ex = synthetic_extraction(300, seed=1, fanout=fanout)
    children: dict[str, int] = {}
    for line in ex.lines:
        if line.primary:
            children[line.parent] = children.get(line.parent, 0) + 1
    assert max(children.values()) <= fanout[1]
    assert len([u for u in ex.units]) == 300
    if fanout == (1, 1):
        assert max(children.values()) == 1  # a chain


def test_secondary_lines_never_close_a_cycle() -> None:
    ex = synthetic_extraction(3_000, seed=2, dual_share=0.5)
    g = nx.DiGraph((line.parent, line.child) for line in ex.lines)
    assert nx.is_directed_acyclic_graph(g)


def test_cli_synth(tmp_path, capsys) -> None:
    out = tmp_path / "s.sqlite"
    assert cli_main(["synth", "--units", "300", "--seed", "3", "--fanout", "2-5", "--out", str(out)]) == 0
    with Store.open(out) as store:
        assert len(store.units()) == 300
