"""The committed data/unorg.sqlite: reproducible from data/sources, opens read-only, usable."""

from __future__ import annotations

import json

import pytest

from conftest import BUNDLED_DB, REPO, sha256
from unorg_desktop.cli import main
from unorg_desktop.ingest import extract_folder
from unorg_desktop.store import Store, build, bundled_db, bundled_sources


@pytest.fixture(scope="module")
def bundled():
    if not BUNDLED_DB.exists():
        pytest.fail("data/unorg.sqlite is missing: run `unorg build` (make db) and commit it")
    with Store.open(BUNDLED_DB) as store:
        yield store


def test_paths_point_at_the_checkout():
    assert bundled_db() == BUNDLED_DB
    assert bundled_sources() == REPO / "data" / "sources"
    assert (bundled_sources() / "manifest.json").is_file()


def test_rebuild_gives_the_committed_database(bundled, tmp_path):
    """If this fails, the extractor changed: run `make db` and commit data/unorg.sqlite."""
    fresh = tmp_path / "fresh.sqlite"
    build(extract_folder(bundled_sources()), fresh)
    with Store.open(fresh) as rebuilt:
        assert json.dumps(rebuilt.dump(), ensure_ascii=False, indent=1) == json.dumps(
            bundled.dump(), ensure_ascii=False, indent=1)
    assert fresh.read_bytes() == BUNDLED_DB.read_bytes()  # deterministic down to the bytes


def test_cli_build_default_paths_are_the_bundled_ones(tmp_path, capsys):
    out = tmp_path / "cli.sqlite"
    assert main(["build", "--out", str(out)]) == 0
    capsys.readouterr()
    assert sha256(out) == sha256(BUNDLED_DB)


def test_manifest_metadata_reaches_the_documents(bundled):
    docs = {d.id: d for d in bundled.documents()}
    assert sorted(docs) == ["000", "001", "002", "003", "004"]
    assert docs["004"].symbol == "ST/SGB/2010/1" and docs["001"].symbol == "A/66/320"
    assert docs["000"].symbol == "" and docs["002"].symbol == "" and docs["003"].symbol == ""
    assert {d.kind for d in docs.values()} == {"bulletin", "report"}
    assert docs["002"].title == "Organisation du Département de l’appui aux missions"


def test_bundled_search_examples(bundled):
    assert bundled.search("maintien paix")[0].name == "Département des opérations de maintien de la paix"
    assert bundled.search("departement de l'appui aux missions")[0].name == "Département de l’appui aux missions"
    assert bundled.resolve("DOMP").name == "Département des opérations de maintien de la paix"
    hits = bundled.search("formation", limit=50)
    assert any(h.field == "attribution" for h in hits)


def test_bundled_root_and_forest(bundled):
    root = bundled.unit("sg")
    assert (root.name, root.kind, root.document) == ("Secrétaire général", "Secrétaire général", None)
    primary = {ln.child: ln.parent for ln in bundled.lines() if ln.primary}
    assert len(primary) == len([ln for ln in bundled.lines() if ln.primary])  # one primary parent each
    for unit in primary:  # every chain reaches the root without a cycle
        seen = set()
        while unit in primary:
            assert unit not in seen
            seen.add(unit)
            unit = primary[unit]
        # the root, or a unit a report names without saying where it sits (no parent invented)
        assert unit == "sg" or (bundled.document(bundled.unit(unit).document).kind == "report"
                                and not bundled.parents(unit)), unit
    bulletin_tops = [u for u in bundled.units() if u.id != "sg" and u.id not in primary
                     and bundled.document(u.document).kind == "bulletin"]
    assert bulletin_tops == []  # every bulletin unit reaches the Secretary-General


def test_top_level_paths_module_is_the_same_function():
    from unorg_desktop import paths

    assert paths.bundled_db() == bundled_db() and paths.bundled_sources() == bundled_sources()
