"""Store: schema, build (atomic, deterministic), read API, dump."""

from __future__ import annotations

import copy
import json
import sqlite3

import pytest

from conftest import MARKUP_NAME, sha256
from unorg_desktop.store import builder
from unorg_desktop.ingest.records import Attribution, ReportingLine
from unorg_desktop.store import (APPLICATION_ID, SCHEMA_VERSION, LineRow, Store, StoreError, build,
                                 bundled_db)
from unorg_desktop.store.schema import EXPECTED_TABLES


def _raw(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_schema_version_application_id_and_tables(tiny_db):
    with _raw(tiny_db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert EXPECTED_TABLES <= tables
        fts = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'names_fts'").fetchone()[0]
        assert "remove_diacritics 2" in fts
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        assert meta["schema_version"] == str(SCHEMA_VERSION) and len(meta["content_hash"]) == 64


def test_foreign_keys_declared_and_satisfied(tiny_db):
    with _raw(tiny_db) as conn:
        fks = {(t, r[2]) for t in ("units", "reporting_lines", "attributions", "mentions", "citations", "aliases")
               for r in conn.execute(f"PRAGMA foreign_key_list({t})")}
        assert {("units", "documents"), ("units", "paragraphs"), ("reporting_lines", "units"),
                ("attributions", "units"), ("attributions", "paragraphs"), ("mentions", "units"),
                ("citations", "paragraphs"), ("aliases", "units")} <= fks
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_build_rejects_dangling_references(tiny_extraction, tmp_path):
    tiny_extraction.lines.append(ReportingLine("dal", "nowhere", False, "010", "2.1"))
    with pytest.raises(StoreError, match="missing records.*reporting_lines"):
        build(tiny_extraction, tmp_path / "x.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_build_rejects_paragraph_missing_from_extraction(tiny_extraction, tmp_path):
    tiny_extraction.attributions.append(Attribution("dal", "010", "9.9", "c", "orpheline"))
    with pytest.raises(StoreError, match="attributions"):
        build(tiny_extraction, tmp_path / "x.sqlite")


def test_build_is_atomic_when_it_fails_midway(tiny_extraction, tmp_path, monkeypatch):
    out = tmp_path / "db.sqlite"
    build(tiny_extraction, out)
    before = sha256(out)

    def explode(db):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(builder, "create_fts", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        build(tiny_extraction, out)
    assert sha256(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite"]


def test_build_into_missing_folder_is_a_store_error(tiny_extraction, tmp_path):
    with pytest.raises(StoreError, match="cannot write \\(no such folder\\)"):
        build(tiny_extraction, tmp_path / "no" / "such" / "db.sqlite")
    with pytest.raises(StoreError, match="directory"):
        build(tiny_extraction, tmp_path)


def test_build_is_deterministic(tiny_extraction, tmp_path):
    build(tiny_extraction, tmp_path / "a.sqlite")
    shuffled = copy.deepcopy(tiny_extraction)
    shuffled.lines.reverse()
    shuffled.citations.reverse()
    shuffled.mentions.reverse()
    shuffled.documents.reverse()
    build(shuffled, tmp_path / "b.sqlite")
    build(tiny_extraction, tmp_path / "c.sqlite")
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "c.sqlite").read_bytes()
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        assert json.dumps(a.dump()) == json.dumps(b.dump())


def test_read_api(tiny_store):
    s = tiny_store
    assert [d.id for d in s.documents()] == ["010", "011"]
    assert s.document("010").symbol == "ST/SGB/2099/1"
    with pytest.raises(KeyError):
        s.document("999")
    assert [u.id for u in s.units()][:2] == ["sg", "dds"]
    assert s.unit("sri").collective is True and s.unit("dal").collective is False
    with pytest.raises(KeyError):
        s.unit("nope")
    assert s.aliases("dal") == ["Division logistique"]
    assert s.parents("somp") == [
        LineRow("somp", "dal", True, "010", "2.3", "relève des secrétaires généraux adjoints"),
        LineRow("somp", "dam", False, "010", "2.3", "relève des secrétaires généraux adjoints"),
    ]
    assert [ln.child for ln in s.children("somp")] == ["bd-somp", "sri"]
    assert [(a.paragraph, a.item) for a in s.attributions("dal")] == [("2.2", "a"), ("2.2", "b")]
    assert s.paragraph("011", "4").text.startswith("La Division")
    with pytest.raises(KeyError):
        s.paragraph("011", "99")
    # its own (2.1), its functions (2.2), and where its direct reports are placed under it (2.3, 3.1)
    assert [p.number for p in s.source_paragraphs("dal")] == ["2.1", "2.2", "2.3", "3.1"]
    # a secondary line to a unit is the child's statement, not the unit's composition
    assert [p.number for p in s.source_paragraphs("dam")] == ["1.2"]
    assert [c.symbol for c in s.mandates("dal")] == ["ST/SGB/1997/5"]
    assert [c.symbol for c in s.mandates("dds")] == ["A/RES/60/1"]
    assert [(m.document, m.paragraph) for m in s.mentions("dds")] == [("011", "3")]
    assert s.mentions("dds")[0].text.endswith("a progressé.")
    assert s.warnings() == ["010_defense.txt:12: example warning"]
    assert len(s.lines()) == 9


def test_resolve(tiny_store):
    s = tiny_store
    assert s.resolve("dal").id == "dal"
    assert s.resolve("division de l'appui logistique").id == "dal"  # straight apostrophe, case
    assert s.resolve("DIVISION LOGISTIQUE").id == "dal"  # alias
    assert s.resolve("dds").id == "dds"
    assert s.resolve("Bureau du Directeur (Service des opérations de maintien de la paix)").id == "bd-somp"
    assert s.resolve("appui logistique").id == "dal"  # best search hit
    with pytest.raises(StoreError, match="no unit matches"):
        s.resolve("zzzz qqqq")


def test_dump_shape(tiny_store):
    d = tiny_store.dump()
    assert set(d) >= {"documents", "units", "mandates"}
    assert set(d["documents"][0]) >= {"id", "source_file", "kind", "language", "title", "symbol", "date"}
    unit_keys = {"id", "name", "kind", "head", "document", "paragraph", "aliases", "parents", "attributions",
                 "mentions"}
    assert all(unit_keys <= set(u) for u in d["units"])
    somp = next(u for u in d["units"] if u["id"] == "somp")
    assert [(p["unit"], p["primary"], p["document"], p["paragraph"]) for p in somp["parents"]] == [
        ("dal", True, "010", "2.3"), ("dam", False, "010", "2.3")]
    dal = next(u for u in d["units"] if u["id"] == "dal")
    assert dal["attributions"][0] == {"document": "010", "paragraph": "2.2", "item": "a",
                                      "text": "Planifie la formation du personnel"}
    assert dal["mentions"] == [{"document": "011", "paragraph": "4"}]
    assert d["mandates"] == [
        {"symbol": "A/RES/60/1", "cited_in": [{"document": "010", "paragraph": "1.1"}]},
        {"symbol": "ST/SGB/1997/5", "cited_in": [{"document": "010", "paragraph": "2.2"}]},
    ]
    json.dumps(d)  # plain data


def test_markup_name_is_stored_verbatim(tiny_store):
    assert tiny_store.unit("markup").name == f"Section {MARKUP_NAME}"
    assert tiny_store.search("<img src=x>")[0].unit_id == "markup"


def test_content_hash_tracks_the_data(tiny_extraction, tmp_path):
    build(tiny_extraction, tmp_path / "a.sqlite")
    tiny_extraction.units[3].head = "Directrice"
    build(tiny_extraction, tmp_path / "b.sqlite")
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        assert a.content_hash != b.content_hash


def test_bundled_db_path_points_into_the_checkout():
    path = bundled_db()
    assert path.name == "unorg.sqlite" and path.parent.name == "data"
