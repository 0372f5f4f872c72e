"""Time `unorg build` on the bundled sources and `Store.search` on a database.

    python benchmarks/bench_build_search.py [--runs 5] [--repeat 20] [--db FILE] [--json]

Prints the median wall time of `unorg build` (a fresh process each run, as a user runs it),
of the in-process extraction and database write, and the median / 95th-percentile latency of
`Store.search` per query over a fixed set of queries (each repeated --repeat times; the first
call, which builds the in-memory name index, is reported separately).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from unorg_desktop.ingest import extract_folder
from unorg_desktop.store import Store, StoreError, build, bundled_db, bundled_sources

QUERIES = [
    "maintien paix", "Département de l’appui aux missions", "defense", "DOMP", "DAM", "formation",
    "Division des politiques", "maintein de la pais", "bureau du directeur", "sécurité", "logistique",
    "Service", "appui", "achats", "partenariats", "zzzz", '" OR 1=1 --', "NEAR(", "x" * 10_000,
    "Centre de services mondial", "Section", "police", "ressources humaines", "budget",
]


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def bench_build(runs: int) -> dict:
    sources = bundled_sources()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.sqlite"
        cli = [timed(lambda: subprocess.run([sys.executable, "-m", "unorg_desktop.cli", "build",
                                             "--sources", str(sources), "--out", str(out)],
                                            check=True, capture_output=True)) for _ in range(runs)]
        extract = [timed(lambda: extract_folder(sources)) for _ in range(runs)]
        extraction = extract_folder(sources)
        write = [timed(lambda: build(extraction, out)) for _ in range(runs)]
        size = out.stat().st_size
    return {"name": "build", "runs": runs, "cli_median_s": statistics.median(cli),
            "extract_median_s": statistics.median(extract), "write_median_s": statistics.median(write),
            "db_bytes": size, "units": len(extraction.units)}


def bench_search(db: Path, repeat: int) -> dict:
    open_s = []
    for _ in range(3):
        open_s.append(timed(lambda: Store.open(db).close()))
    with Store.open(db) as store:
        first = timed(lambda: store.search("maintien paix"))  # builds the name index
        per_query = {}
        for q in QUERIES:
            per_query[q] = statistics.median(timed(lambda: store.search(q)) for _ in range(repeat))
        units = len(store.units())
    times = sorted(per_query.values())
    return {"name": "search", "db": str(db), "units": units, "queries": len(QUERIES), "repeat": repeat,
            "open_median_s": statistics.median(open_s), "first_search_s": first,
            "median_ms": 1000 * statistics.median(times),
            "p95_ms": 1000 * times[min(len(times) - 1, int(0.95 * len(times)))],
            "max_ms": 1000 * times[-1],
            "slowest": max(per_query, key=per_query.get)[:40]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="builds to time (median)")
    parser.add_argument("--repeat", type=int, default=20, help="repetitions per search query (median)")
    parser.add_argument("--db", type=Path, default=bundled_db(), help="database to search")
    parser.add_argument("--no-build", action="store_true", help="only time search")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args(argv)
    try:
        results = [] if args.no_build else [bench_build(args.runs)]
        results.append(bench_search(args.db, args.repeat))
    except StoreError as err:
        print(f"bench: {err}", file=sys.stderr)
        return 2
    for r in results:
        if args.json:
            print(json.dumps(r, ensure_ascii=False))
        elif r["name"] == "build":
            print(f"unorg build ({r['units']} units, {r['db_bytes'] / 1e6:.2f} MB), median of {r['runs']}: "
                  f"{r['cli_median_s']:.3f} s as a command; in process: extract {r['extract_median_s']:.3f} s"
                  f" + write {r['write_median_s']:.3f} s")
        else:
            print(f"search on {r['units']} units ({r['queries']} queries x {r['repeat']}): median "
                  f"{r['median_ms']:.2f} ms, p95 {r['p95_ms']:.2f} ms, max {r['max_ms']:.2f} ms "
                  f"({r['slowest']!r}); open {r['open_median_s'] * 1000:.1f} ms; first search "
                  f"{r['first_search_s'] * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
