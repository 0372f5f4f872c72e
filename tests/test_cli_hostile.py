"""500 hostile search strings through `unorg search` (issue 5): exit 0, JSON out, literal matches."""

from __future__ import annotations

import itertools
import json

import pytest

from test_store_search import literal_match
from unorg_desktop import cli

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
        assert code == 0 and err == "", (query, err)
        for hit in json.loads(out):
            assert hit["field"] in {"fuzzy", "abbreviation"} or literal_match(query, hit["snippet"]), (query, hit)


@pytest.mark.parametrize("query", ["défense OR zzz", "NOT carburant", "carburant NEAR zzz", '"carburant" zzz'])
def test_operators_do_not_widen_results(tiny_db, capsys, query):
    assert cli.main(["search", query, "--json", "--db", str(tiny_db)]) == 0
    assert json.loads(capsys.readouterr().out) == []
