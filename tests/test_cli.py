"""`unorg` command line: exit codes, one-line errors, help for every command, thin wrappers."""

from __future__ import annotations

import argparse
import json
import os
import sys
import types

import pytest

from conftest import sha256
from unorg_desktop import cli
from unorg_desktop.store import Store


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code, err):
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("unorg ") and "Traceback" not in err


def _subcommands():
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices


def test_every_command_has_help_with_an_example(capsys):
    commands = _subcommands()
    assert set(commands) == {"build", "dump", "search", "show", "export", "synth", "import", "documents", "remove",
                             "check"}
    for name in commands:
        with pytest.raises(SystemExit) as info:
            cli.main([name, "--help"])
        out = capsys.readouterr().out
        assert info.value.code == 0
        assert f"usage: unorg {name}" in out and "Example:" in out and f"unorg {name}" in out.split("Example:")[1]


def test_top_level_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in _subcommands())


@pytest.mark.parametrize("argv", [["bogus"], ["search"], ["search", "x", "--limit", "many"],
                                  ["export", "--format", "gif", "-o", "x"], ["synth", "--units", "5"],
                                  ["synth", "--units", "5", "--fanout", "9-2", "--out", "x"]])
def test_usage_errors_exit_2_with_one_line(capsys, argv):
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    err = capsys.readouterr().err
    assert info.value.code == 2 and err.count("\n") == 1 and "error:" in err


@pytest.mark.parametrize("command", [["dump", "--json"], ["search", "x"], ["show", "x"],
                                     ["export", "--format", "svg", "-o", "OUT"]])
def test_reading_commands_report_bad_databases_in_one_line(capsys, tmp_path, command):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 10)
    before = sha256(bad)
    argv = [a.replace("OUT", str(tmp_path / "x.svg")) for a in command]
    code, out, err = run(capsys, *argv, "--db", str(bad))
    assert_one_line_error(code, err)
    assert "not a SQLite database" in err and sha256(bad) == before
    code, out, err = run(capsys, *argv, "--db", str(tmp_path / "missing.sqlite"))
    assert_one_line_error(code, err)
    assert not (tmp_path / "missing.sqlite").exists()


def test_dump_json(capsys, tiny_db):
    code, out, err = run(capsys, "dump", "--json", "--db", str(tiny_db))
    assert code == 0 and err == ""
    with Store.open(tiny_db) as store:
        assert json.loads(out) == store.dump()
    code, out, err = run(capsys, "dump", "--db", str(tiny_db))
    assert_one_line_error(code, err)


def test_search_text_and_json(capsys, tiny_db):
    code, out, err = run(capsys, "search", "defense", "--db", str(tiny_db))
    assert code == 0 and out.splitlines()[0].split(None, 1)[1] == "Département de la défense et de la sécurité"
    code, out, err = run(capsys, "search", "carburant", "--json", "--limit", "3", "--db", str(tiny_db))
    hits = json.loads(out)
    assert hits == [{"unit": "dal", "name": "Division de l’appui logistique", "score": hits[0]["score"],
                     "field": "attribution", "snippet": "Coordonne les achats de carburant"}]
    code, out, err = run(capsys, "search", "x", "--limit", "0", "--db", str(tiny_db))
    assert_one_line_error(code, err)


@pytest.mark.parametrize("query", ['"', "NEAR(", "' OR 1=1 --", "*", "AND(", "%_", "x" * 10_000, "🙂\u202e"])
def test_search_hostile_queries(capsys, tiny_db, query):
    code, out, err = run(capsys, "search", query, "--json", "--db", str(tiny_db))
    assert isinstance(json.loads(out), list) if out else code == 2
    # found (0), nothing found (1: one line, maybe suggestions), nothing to search for (2)
    assert (code, err) == (0, "") or (code in (1, 2) and err.startswith("unorg search: ") and "Traceback" not in err)


def test_show_text(capsys, tiny_db):
    code, out, err = run(capsys, "show", "Service des operations de maintien de la paix", "--db", str(tiny_db))
    assert code == 0, err
    assert "head: Chef" in out
    assert "chain: Secrétaire général > Département de la défense et de la sécurité > " \
           "Division de l’appui logistique > Service des opérations de maintien de la paix" in out
    assert "Département de l’appui aux missions (secondary; ST/SGB/2099/1, par. 2.3)" in out
    assert "Direct reports (2):" in out and "Sections régionales intégrées" in out


def test_show_attributions_sources_mandates_mentions(capsys, tiny_db):
    code, out, err = run(capsys, "show", "dal", "--db", str(tiny_db))
    assert code == 0
    assert "[ST/SGB/2099/1, par. 2.2] a) Planifie la formation du personnel" in out
    assert "[ST/SGB/2099/1, par. 2.1] La Division de l’appui logistique relève du Département." in out
    assert "ST/SGB/1997/5 (cited in ST/SGB/2099/1, par. 2.2)" in out
    assert "[Défense, par. 4] La Division de l’appui logistique a livré du carburant." in out
    # each attribution once: its paragraph is quoted item by item, not again as a source
    assert out.count("Planifie la formation du personnel") == 1 and out.count("carburant") == 2
    assert "also: Division logistique" in out


def test_show_json_and_markup(capsys, tiny_db):
    code, out, err = run(capsys, "show", "markup", "--json", "--db", str(tiny_db))
    data = json.loads(out)
    assert data["name"] == "Section <b>X</b><img src=x>" and data["chain"] == ["markup", "dds", "sg"]
    code, out, err = run(capsys, "show", "markup", "--db", str(tiny_db))
    assert "Section <b>X</b><img src=x>  [markup]" in out


def test_show_unknown_unit(capsys, tiny_db):
    code, out, err = run(capsys, "show", "qqqq zzzz", "--db", str(tiny_db))
    assert_one_line_error(code, err)
    assert "no unit matches 'qqqq zzzz'" in err


def test_build_from_folder(capsys, tmp_path, monkeypatch, tiny_extraction):
    calls = []

    def fake_extract(path, manifest=None):
        calls.append(path)
        return tiny_extraction

    monkeypatch.setattr("unorg_desktop.ingest.extract_folder", fake_extract)
    out_db = tmp_path / "out.sqlite"
    code, out, err = run(capsys, "build", "--sources", str(tmp_path), "--out", str(out_db))
    assert code == 0 and calls == [tmp_path]
    assert "9 units" in out and "warning: 010_defense.txt:12: example warning" in err
    with Store.open(out_db) as store:
        assert store.unit("dal").head == "Directeur"


def test_build_errors_are_one_line_and_keep_the_previous_db(capsys, tmp_path, tiny_db):
    before = sha256(tiny_db)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "bad.txt").write_bytes(b"\xff\xfe\x00 binary")
    code, out, err = run(capsys, "build", "--sources", str(tmp_path / "src"), "--out", str(tiny_db))
    assert_one_line_error(code, err)
    assert "bad.txt" in err and sha256(tiny_db) == before
    code, out, err = run(capsys, "build", "--sources", str(tmp_path / "nope"), "--out", str(tiny_db))
    assert_one_line_error(code, err)
    assert sha256(tiny_db) == before


def test_export_calls_the_renderer(capsys, tmp_path, tiny_db, monkeypatch):
    calls = []
    fake = types.ModuleType("unorg_desktop.render.export")
    fake.export_chart = lambda store, **kw: calls.append((store.unit("dds").id, kw))
    monkeypatch.setitem(sys.modules, "unorg_desktop.render.export", fake)
    out = tmp_path / "chart.pdf"
    code, _, err = run(capsys, "export", "--format", "pdf", "--root", "DDS", "--depth", "2", "--direction", "LR",
                       "-o", str(out), "--db", str(tiny_db))
    assert code == 0, err
    assert calls == [("dds", {"fmt": "pdf", "out": out, "root": "dds", "depth": 2, "direction": "LR", "paper": None,
                              "orientation": "auto", "fit": False, "dpi": None})]
    code, _, err = run(capsys, "export", "--format", "png", "--root", "qqqq zzzz", "-o", str(out),
                       "--db", str(tiny_db))
    assert_one_line_error(code, err)


def test_export_io_error_is_one_line(capsys, tmp_path, tiny_db, monkeypatch):
    fake = types.ModuleType("unorg_desktop.render.export")

    def export_chart(store, **kw):
        raise PermissionError(13, "Permission denied", str(kw["out"]))

    fake.export_chart = export_chart
    monkeypatch.setitem(sys.modules, "unorg_desktop.render.export", fake)
    code, _, err = run(capsys, "export", "--format", "svg", "-o", "/root/x.svg", "--db", str(tiny_db))
    assert_one_line_error(code, err)
    assert err == "unorg export: /root/x.svg: cannot write (permission denied)\n"


def test_synth_calls_the_generator(capsys, tmp_path, monkeypatch):
    calls = []
    fake = types.ModuleType("unorg_desktop.synth")
    fake.write_synthetic_db = lambda out, **kw: calls.append((out, kw))
    monkeypatch.setitem(sys.modules, "unorg_desktop.synth", fake)
    out = tmp_path / "s.sqlite"
    code, _, err = run(capsys, "synth", "--units", "100", "--seed", "3", "--fanout", "2-5",
                       "--dual-share", "0.1", "--out", str(out))
    assert code == 0, err
    assert calls == [(out, {"units": 100, "seed": 3, "fanout": (2, 5), "dual_share": 0.1})]
    code, _, err = run(capsys, "synth", "--units", "0", "--out", str(out))
    assert_one_line_error(code, err)


def test_missing_component_is_one_line(capsys, tiny_db, monkeypatch):
    monkeypatch.setitem(sys.modules, "unorg_desktop.synth", None)  # import fails
    code, _, err = run(capsys, "synth", "--units", "5", "--out", os.devnull)
    assert_one_line_error(code, err)
    assert "not available" in err


def test_build_folder_without_manifest_with_the_real_extractor(capsys, tmp_path):
    from conftest import REPO

    src = tmp_path / "sources"
    src.mkdir()
    for name in ("000_bbe73dda21c398e8.txt", "002_afa3e1575caca08a.txt"):
        (src / name).write_bytes((REPO / "data" / "sources" / name).read_bytes())
    out_db = tmp_path / "two.sqlite"
    code, out, err = run(capsys, "build", "--sources", str(src), "--out", str(out_db))
    assert code == 0, err
    with Store.open(out_db) as store:
        assert [d.id for d in store.documents()] == ["000", "002"]
        assert {d.kind for d in store.documents()} == {"bulletin"}
        assert store.resolve("Département de l’appui aux missions").document == "002"
        assert [u.name for u in store.units() if u.document is None] == ["Secrétaire général"]


def test_python_m_unorg_desktop_starts_the_app_lazily(monkeypatch):
    import importlib

    started = []
    fake = types.ModuleType("unorg_desktop.app")
    fake.main = lambda argv=None: started.append(True) or 0
    monkeypatch.setitem(sys.modules, "unorg_desktop.app", fake)
    entry = importlib.import_module("unorg_desktop.__main__")
    assert started == []  # importing does not start (or import) the app
    assert entry.main() == 0 and started == [True]


def test_build_into_an_unwritable_folder_is_one_line(capsys, tmp_path, monkeypatch, tiny_extraction):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", kwargs.get("dir"))

    monkeypatch.setattr("unorg_desktop.ingest.extract_folder", lambda path, manifest=None: tiny_extraction)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, out, err = run(capsys, "build", "--sources", str(tmp_path), "--out", str(tmp_path / "db.sqlite"))
    assert_one_line_error(code, err)
    assert err == f"unorg build: {tmp_path / 'db.sqlite'}: cannot write (permission denied)\n"
    assert not (tmp_path / "db.sqlite").exists()


def test_paragraph_labels_in_references(tiny_store):
    info = tiny_store.unit_info("dal")
    assert info.reference("010", "2.2") == "ST/SGB/2099/1, par. 2.2"
    assert info.reference("011", "Carte 1") == "Défense, Map 1"  # short title; a label, not a number
    assert info.reference("011", "Carte 1", "fr") == "Défense, Carte 1"
    assert info.reference(None, None) == "" and tiny_store.unit_info("sg").citation == ""
