"""500 hostile search strings through `unorg search` (issue 5): exit 0, JSON out, literal matches."""

from __future__ import annotations

import itertools
import json

import pytest

from test_store_search import literal_match
from unorg_desktop import cli
from unorg_desktop.store.search import fold

FRAGMENTS = [
    '"', '""', "'", "*", "**", "(", ")", "((", "))", "{", "}", "[", "]", "^", ":", "-", "+", "~", "\\",
    "AND", "OR", "NOT", "NEAR", "AND(", "NEAR(", "NEAR/2", "' OR 1=1 --", "'; DROP TABLE units; --",
    "%", "_", "%_%", "\x00", "\x07", "\u200f", "\u202e", "\u0301", "\ufeff", "🙂", "👩🏽‍💻", "مكتب", "שלום",
    "日本", "défense", "carburant", "Division", "logistique", "<b>X</b>", "<img src=x>", "x" * 300,
]


def hostile_strings(n: int = 500) -> list[str]:
    pairs = (a + " " + b if i % 2 else a + b for i, (a, b) in enumerate(itertools.product(FRAGMENTS, repeat=2)))
    chosen = list(FRAGMENTS) + list(itertools.islice(pairs, 0, None, 5))
    chosen += ["x" * 10_000, "défense " * 1_250, "(" * 5_000]
    return chosen[:n]


def test_five_hundred_hostile_strings_through_the_cli(tiny_db, capsys):
    queries = hostile_strings()
    assert len(queries) == 500
    for query in queries:
        code = cli.main(["search", "--json", "--limit", "5", "--db", str(tiny_db), "--", query])
        out, err = capsys.readouterr()
        if code == 2:  # only for a query without a letter or digit: nothing to search for
            assert not fold(query) and err == "unorg search: the query has no letter or digit to search for\n"
            continue
        hits = json.loads(out)
        # exit 1 and a line on stderr exactly when nothing is found (grep's convention)
        assert (code, err == "") == ((0, True) if hits else (1, False)), (query, code, err)
        assert "Traceback" not in err and err.startswith("unorg search: ") if err else True
        for hit in hits:
            assert hit["field"] in {"fuzzy", "abbreviation"} or literal_match(query, hit["snippet"]), (query, hit)


@pytest.mark.parametrize("query", ["défense OR zzz", "NOT carburant", "carburant NEAR zzz", '"carburant" zzz'])
def test_operators_do_not_widen_results(tiny_db, capsys, query):
    assert cli.main(["search", query, "--json", "--db", str(tiny_db)]) == 1  # nothing found
    out, err = capsys.readouterr()
    assert json.loads(out) == [] and err.startswith("unorg search: no unit matches")


@pytest.mark.parametrize("case", ["missing", "empty", "junk", "truncated", "foreign", "older", "newer",
                                  "directory", "locked"])
@pytest.mark.parametrize("command", [["show", "dds"], ["search", "défense"], ["dump", "--json"],
                                     ["export", "--format", "svg", "-o", "OUT"]])
def test_every_bad_database_is_one_line_and_exit_2(tmp_path, tiny_db, capsys, case, command):
    """Issue B.1 through the CLI: one line on stderr, exit 2, no traceback, bytes unchanged,
    nothing written."""
    from conftest import sha256
    from test_app_main import _bad_files, _hold_write_lock

    path = tiny_db if case == "locked" else _bad_files(tmp_path, tiny_db)[case]
    out = tmp_path / "exported.svg"
    argv = [a.replace("OUT", str(out)) for a in command]
    before = sha256(path) if path.is_file() else None
    holder = _hold_write_lock(tiny_db) if case == "locked" else None
    try:
        code = cli.main([*argv, "--db", str(path)])
    finally:
        if holder is not None:
            holder.communicate("\n", timeout=10)
    _, err = capsys.readouterr()
    assert code == 2 and err.startswith("unorg ") and err.count("\n") == 1 and "Traceback" not in err, (case, err)
    assert (sha256(path) if path.is_file() else None) == before
    assert not out.exists() and not (tmp_path / "absent.sqlite").exists()


def test_database_in_a_read_only_folder_is_read_and_left_alone(tmp_path, tiny_db, capsys):
    from conftest import sha256

    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "org.sqlite"
    db.write_bytes(tiny_db.read_bytes())
    before = sha256(db)
    folder.chmod(0o555)
    try:
        assert cli.main(["show", "dds", "--db", str(db)]) == 0
        assert "Département de la défense" in capsys.readouterr().out
    finally:
        folder.chmod(0o755)
    assert sha256(db) == before and sorted(p.name for p in folder.iterdir()) == ["org.sqlite"]
