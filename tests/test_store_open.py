"""Store.open: read-only, never creates or modifies the file, one-line StoreError for bad files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from conftest import sha256
from unorg_desktop.store import APPLICATION_ID, SCHEMA_VERSION, Store, StoreError


def _open_error(path) -> str:
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


def test_open_is_read_only_and_leaves_bytes_unchanged(tiny_db):
    before, mtime = sha256(tiny_db), os.stat(tiny_db).st_mtime_ns
    with Store.open(tiny_db) as store:
        store.search("défense")
        assert store.search("logistiqe")[0].field == "fuzzy"  # creates a TEMP fts5vocab table
        store.dump()
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store._conn.execute("INSERT INTO meta VALUES ('x', 'y')")
    assert sha256(tiny_db) == before and os.stat(tiny_db).st_mtime_ns == mtime
    assert sorted(p.name for p in tiny_db.parent.iterdir()) == ["tiny.sqlite"]


def test_missing_file_is_not_created(tmp_path):
    path = tmp_path / "absent.sqlite"
    assert "no such database file" in _open_error(path)
    assert not path.exists()


def test_directory(tmp_path):
    assert "directory" in _open_error(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    assert "empty file" in _open_error(path)
    assert path.read_bytes() == b""


def test_random_bytes(tmp_path):
    path = tmp_path / "random.sqlite"
    data = os.urandom(8192)
    path.write_bytes(data)
    assert "not a SQLite database" in _open_error(path)
    assert path.read_bytes() == data


def test_truncated_file(tiny_db):
    data = tiny_db.read_bytes()
    tiny_db.write_bytes(data[: len(data) // 2])
    assert "truncated" in _open_error(tiny_db)
    tiny_db.write_bytes(data[:60])
    assert "truncated" in _open_error(tiny_db)


def test_corrupt_pages(tiny_db):
    data = bytearray(tiny_db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    tiny_db.write_bytes(bytes(data))
    before = sha256(tiny_db)
    assert "corrupt" in _open_error(tiny_db)
    assert sha256(tiny_db) == before


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    before = sha256(path)
    assert "another application" in _open_error(path)
    assert sha256(path) == before


@pytest.mark.parametrize("version, word", [(SCHEMA_VERSION - 1, "older"), (SCHEMA_VERSION + 1, "newer")])
def test_other_schema_versions(tiny_db, version, word):
    with sqlite3.connect(tiny_db) as conn:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before = sha256(tiny_db)
    assert word in _open_error(tiny_db)
    assert sha256(tiny_db) == before


def test_our_id_but_missing_tables(tmp_path):
    path = tmp_path / "partial.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("CREATE TABLE units (id TEXT)")
    conn.close()
    assert "missing tables" in _open_error(path)


def test_locked_by_another_process(tiny_db):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys
            conn = sqlite3.connect({str(tiny_db)!r}, isolation_level=None)
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("INSERT INTO meta VALUES ('lock', 'held')")
            print("locked", flush=True)
            sys.stdin.readline()
            conn.execute("ROLLBACK")
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert "locked" in _open_error(tiny_db)
    finally:
        holder.communicate("\n", timeout=10)
    with Store.open(tiny_db) as store:  # released: opens again, unchanged
        assert store.meta("lock") == ""


def test_unreadable_file(tiny_db):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    tiny_db.chmod(0)
    try:
        assert "permission denied" in _open_error(tiny_db)
    finally:
        tiny_db.chmod(0o644)


def test_read_only_folder(tiny_db):
    tiny_db.chmod(0o444)
    tiny_db.parent.chmod(0o555)
    try:
        with Store.open(tiny_db) as store:
            assert store.unit("dal").name == "Division de l’appui logistique"
    finally:
        tiny_db.parent.chmod(0o755)
        tiny_db.chmod(0o644)


def test_path_with_uri_characters(tiny_db, tmp_path):
    odd = tmp_path / "a b?c#d%20é.sqlite"
    odd.write_bytes(tiny_db.read_bytes())
    with Store.open(odd) as store:
        assert store.unit("dds").kind == "Département"
    assert not (tmp_path / "a b").exists()
