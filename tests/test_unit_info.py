"""One source of truth for a unit: ``Store.unit_info`` feeds ``unorg show`` and the side panel;
``store/dump.py`` reads through the public API; menu actions carry their arguments."""

from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path

import pytest

from conftest import REPO
from ui_fixtures import isolated_settings, no_dialogs, tiny_window  # noqa: F401
from unorg_desktop import cli
from unorg_desktop.store import UnitInfo


def test_unit_info_holds_everything_about_a_unit(tiny_store):
    info = tiny_store.unit_info("somp")
    assert isinstance(info, UnitInfo) and dataclasses.is_dataclass(info)
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.unit = None  # type: ignore[misc]
    assert info.head == "Chef"
    assert [u.id for u in info.chain] == ["sg", "dds", "dal", "somp"]
    assert [(ln.unit.id, ln.primary, ln.document, ln.paragraph) for ln in info.parents] == [
        ("dal", True, "010", "2.3"), ("dam", False, "010", "2.3")]
    assert [ln.unit.id for ln in info.children] == ["bd-somp", "sri"]
    assert info.citation == "ST/SGB/2099/1, par. 2.3"
    dal = tiny_store.unit_info("dal")
    assert dal.aliases == ("Division logistique",)
    assert [a.item for a in dal.attributions] == ["a", "b"]
    assert [p.number for p in dal.sources] == ["2.1", "2.2", "2.3", "3.1"]
    assert [p.number for p in dal.other_sources] == ["2.1", "2.3", "3.1"]  # 2.2 is its functions
    assert [c.symbol for c in dal.mandates] == ["ST/SGB/1997/5"]
    assert [(m.document, m.paragraph) for m in dal.mentions] == [("011", "4")]
    assert {d.id for d in dal.documents} == {"010", "011"}
    with pytest.raises(KeyError):
        tiny_store.unit_info("nope")


def test_show_prints_the_unit_info(tiny_store, tiny_db, capsys):
    info = tiny_store.unit_info("dal")
    assert cli.main(["show", "dal", "--db", str(tiny_db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(info.to_json()))
    assert cli.main(["show", "dal", "--db", str(tiny_db)]) == 0
    out = capsys.readouterr().out
    assert out == cli.show_text(info)
    for row in (*info.attributions, *info.other_sources, *info.mentions):
        assert out.count(row.text) == 1
    for link in (*info.parents, *info.children):
        assert link.unit.display_name in out


def test_the_panel_renders_the_same_unit_info(qtbot, tiny_window, tiny_store):
    for unit_id in ("dal", "somp", "dds", "markup"):
        info = tiny_store.unit_info(unit_id)
        tiny_window.select_unit(unit_id, animate=False)
        assert tiny_window.panel.info == info
        text = tiny_window.panel.plain_text()
        for row in (*info.attributions, *info.other_sources, *info.mentions):
            assert text.count(row.text) == 1, row
        for link in (*info.parents, *info.children):
            assert link.unit.display_name in text
        for mandate in info.mandates:
            assert mandate.symbol in text
        assert tiny_window.panel.citation() == info.citation


def _module(path: str) -> ast.Module:
    return ast.parse((REPO / path).read_text(encoding="utf-8"))


def test_dump_uses_the_public_api_and_no_cycle_with_the_reader(tiny_store):
    tree = _module("unorg_desktop/store/dump.py")
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "reader" not in imported and not any(m and m.endswith("reader") for m in imported)
    private = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr.startswith("_")]
    assert private == []
    assert tiny_store.query("SELECT count(*) FROM units") == [(len(tiny_store.units()),)]


def test_actions_carry_arguments_and_the_window_has_no_wrapper_slots(qtbot, tiny_window, tmp_path,
                                                                      monkeypatch):
    from unorg_desktop.ui.actions import ACTIONS

    window = tiny_window
    specs = {s.id: s for s in ACTIONS}
    assert specs["engine_tidy"].slot == "set_engine" and specs["engine_tidy"].args == ("tidy",)
    assert specs["export_csv"].slot == "export_data" and specs["export_csv"].args == ("csv",)
    for name in ("set_engine_auto", "set_engine_dot", "set_engine_tidy", "export_data_csv",
                 "export_data_json", "export_data_graphml"):
        assert not hasattr(window, name), name
    window.actions["engine_tidy"].trigger()
    assert window.chart.engine == "tidy"
    window.actions["engine_auto"].trigger()
    assert window.chart.engine == "auto"
    window.actions["direction_lr"].trigger()  # checkable alone: the slot gets the new state
    assert window.chart.direction == "LR"
    from PySide6.QtWidgets import QFileDialog

    for fmt in ("csv", "json", "graphml"):
        out = tmp_path / f"chart.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), ""))
        window.actions[f"export_{fmt}"].trigger()
        assert out.is_file() and out.stat().st_size > 0, fmt
