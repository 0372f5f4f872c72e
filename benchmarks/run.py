"""Scale benchmarks (issue 4), measured in one run on the same generated trees.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py --json [--quick]

Prints one JSON object per line (``--json``) or a readable line per figure:

1. ``layout``: our tidy layout vs Graphviz ``dot`` (pygraphviz, in a child process with a time
   limit) at 1k, 3k, 10k units (and 30k, 100k for dot while it finishes in time);
2. ``layout_scaling``: our layout at 100k units vs at 10k (linear would be 10x);
3. ``frame``: one frame of the whole chart fitted in 1600x1000 at 10k and 100k units vs 200;
4. ``search``: median query latency at 100k units vs the bundled database;
5. ``first_paint``: process start to first painted chart, 100k-unit database with cached
   positions vs the bundled database;
6. ``memory``: peak resident memory of a process that opens, lays out and draws 100k units.

``--quick`` stops at 10k units (about a minute). Figures are medians; the machine is noisy.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from unorg_desktop.graph import OrgGraph  # noqa: E402
from unorg_desktop.store.rows import DocumentRow, LineRow, UnitRow  # noqa: E402
from unorg_desktop.synth import synthetic_extraction  # noqa: E402

AS_JSON = False


def emit(record: dict) -> None:
    if AS_JSON:
        print(json.dumps(record, ensure_ascii=False), flush=True)
        return
    parts = [f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in record.items()]
    print("  ".join(parts), flush=True)


def median_time(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- generated trees -------------------------------------------------------------------------
def synthetic_graph(units: int, seed: int = 1) -> OrgGraph:
    ex = synthetic_extraction(units, seed=seed, fanout=(2, 8), dual_share=0.02)
    rows = [UnitRow(u.id, u.name, u.display_name, u.kind, u.head, u.document, u.paragraph, u.collective)
            for u in ex.units]
    lines = [LineRow(l.child, l.parent, l.primary, l.document, l.paragraph, l.evidence) for l in ex.lines]
    docs = [DocumentRow(d.id, d.source_file, d.kind, d.language, d.title, d.symbol, d.date) for d in ex.documents]
    return OrgGraph.from_rows(rows, lines, docs)


def card_sizes(graph: OrgGraph) -> dict:
    from unorg_desktop.render.qtapp import ensure_app
    from unorg_desktop.render.cards import card_size

    ensure_app()
    return {uid: card_size(u, graph.documents.get(u.document or "")) for uid, u in graph.units.items()}


_TREES: dict[int, tuple] = {}


def tree(units: int):
    """(graph, fully expanded tree, sizes), generated once per size."""
    if units not in _TREES:
        graph = synthetic_graph(units)
        _TREES[units] = (graph, graph.visible_tree(set(graph.units)), card_sizes(graph))
    return _TREES[units]


# -- 1, 2: layout ----------------------------------------------------------------------------
def _dot_child(units: int, queue) -> None:
    from unorg_desktop.layout.dot import dot_layout

    _, shown, sizes = tree(units)
    start = time.perf_counter()
    dot_layout(shown, sizes)
    queue.put(time.perf_counter() - start)


def dot_time(units: int, limit: float) -> float | None:
    """Seconds for ``dot`` in a forked child (the tree is generated before timing), or None
    past ``limit`` seconds."""
    tree(units)  # generate in the parent: the forked child inherits it
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_dot_child, args=(units, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def bench_layout(sizes_to_run: list[int], dot_limit: float) -> dict[int, float]:
    from unorg_desktop.layout import layout_tree

    ours: dict[int, float] = {}
    dot_gave_up = False
    for units in sizes_to_run:
        _, shown, sizes = tree(units)
        ours[units] = median_time(lambda: layout_tree(shown, sizes, "TB", engine="tidy"), 3 if units <= 10_000 else 1)
        baseline = None if dot_gave_up else dot_time(units, dot_limit)
        dot_gave_up = dot_gave_up or baseline is None
        emit({"name": "layout", "units": units, "ours_s": ours[units], "baseline": "dot",
              "baseline_s": baseline if baseline is not None else f">{dot_limit:.0f}",
              "ratio": (baseline / ours[units]) if baseline else None})
    return ours


# -- 3: frames -------------------------------------------------------------------------------
def bench_frames(sizes_to_run: list[int]) -> None:
    from unorg_desktop.layout import layout_tree
    from unorg_desktop.render.scene import ChartScene
    from unorg_desktop.render.timing import frame_time

    def frame(units: int) -> float:
        graph, shown, sizes = tree(units)
        layout = layout_tree(shown, sizes, "TB", engine="tidy")
        scene = ChartScene()
        scene.show_chart(graph, layout, set(graph.units))
        return frame_time(scene, (1600, 1000), repeat=5)

    base = frame(200)
    for units in sizes_to_run:
        t = frame(units)
        emit({"name": "frame", "units": units, "ours_s": t, "baseline": "200 units", "baseline_s": base,
              "ratio": t / base})


# -- 4: search -------------------------------------------------------------------------------
def queries_for(store, count: int = 60, seed: int = 3) -> list[str]:
    rnd = random.Random(seed)
    names = [u.name for u in rnd.sample(store.units(), min(count, len(store.units())))]
    out = []
    for i, name in enumerate(names):
        words = name.split()
        kind = i % 4
        if kind == 0:
            out.append(name)  # exact
        elif kind == 1:
            out.append(" ".join(words[:2])[:-1])  # prefix while typing
        elif kind == 2:
            out.append(" ".join(w for w in words[1:4] if len(w) > 3))  # words, accents kept
        else:
            out.append(words[-2][:-1] + " " + words[1])  # fuzzy-ish
    return out + ["defense", "maintien paix", "formation", "' OR 1=1 --", "NEAR(", "x" * 1000]


def search_median(db: Path) -> float:
    from unorg_desktop.store import Store

    with Store.open(db) as store:
        store.prepare_search()
        qs = queries_for(store)
        for q in qs[:5]:
            store.search(q)  # warm the page cache
        times = []
        for q in qs:
            start = time.perf_counter()
            store.search(q)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- 5: open to first paint ------------------------------------------------------------------
def first_paint(db: Path | None, cache: Path, config: Path, runs: int) -> float:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_startup import first_paint as measure

    env = dict(os.environ, UNORG_DESKTOP_CONFIG_DIR=str(config), UNORG_DESKTOP_CACHE_DIR=str(cache),
               UNORG_REPORT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "unorg_desktop", *(["--db", str(db)] if db else [])]
    measure(cmd, env)  # fills the position cache
    return statistics.median(measure(cmd, env)[0] for _ in range(runs))


# -- 6: memory -------------------------------------------------------------------------------
MEMORY_CHILD = r"""
import os, resource, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from unorg_desktop.render.qtapp import ensure_app
from unorg_desktop.store import Store
from unorg_desktop.graph import OrgGraph
from unorg_desktop.layout import layout_tree
from unorg_desktop.render.cards import card_size
from unorg_desktop.render.scene import ChartScene
from unorg_desktop.render.timing import frame_time
ensure_app()
store = Store.open(sys.argv[1])
graph = OrgGraph.from_store(store)
expanded = set(graph.units)
shown = graph.visible_tree(expanded)
sizes = {u: card_size(graph.units[u], graph.documents.get(graph.units[u].document or "")) for u in shown}
layout = layout_tree(shown, sizes, "TB", engine="auto")
scene = ChartScene()
scene.show_chart(graph, layout, expanded)
frame_time(scene, (1600, 1000), repeat=2)
store.search("division logistique")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def peak_memory(db: Path) -> int:
    out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(db)], capture_output=True, text=True,
                         cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=900)
    if out.returncode != 0:
        raise SystemExit(f"memory child failed: {out.stderr.strip().splitlines()[-1:]}")
    return int(out.stdout.split()[-1])


def main() -> int:
    global AS_JSON
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--quick", action="store_true", help="stop at 10k units (about a minute)")
    parser.add_argument("--only", help="comma-separated subset: layout,frame,search,first_paint,memory")
    args = parser.parse_args()
    AS_JSON = args.json
    only = set(args.only.split(",")) if args.only else {"layout", "frame", "search", "first_paint", "memory"}
    big = 10_000 if args.quick else 100_000
    sizes = [1_000, 3_000, 10_000] if args.quick else [1_000, 3_000, 10_000, 30_000, 100_000]
    from unorg_desktop.store import bundled_db
    from unorg_desktop.synth import write_synthetic_db

    if "layout" in only:
        ours = bench_layout(sizes, dot_limit=45 if args.quick else 300)
        if big in ours and 10_000 in ours and big != 10_000:
            emit({"name": "layout_scaling", "units": big, "ours_s": ours[big], "baseline": "ours at 10000",
                  "baseline_s": ours[10_000], "ratio": ours[big] / ours[10_000]})
    if "frame" in only:
        bench_frames([10_000] if args.quick else [10_000, 100_000])
    _TREES.clear()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / f"synth-{big}.sqlite"
        if only & {"search", "first_paint", "memory"}:
            write_synthetic_db(db, units=big, seed=1)
        if "search" in only:
            ours_s, base = search_median(db), search_median(bundled_db())
            emit({"name": "search", "units": big, "ours_s": ours_s, "baseline": "bundled database",
                  "baseline_s": base, "ratio": ours_s / base})
        if "first_paint" in only:
            runs = 1 if args.quick else 3
            ours_s = first_paint(db, Path(tmp) / "cache", Path(tmp) / "config", runs)
            base = first_paint(None, Path(tmp) / "cache", Path(tmp) / "config", runs)
            emit({"name": "first_paint", "units": big, "ours_s": ours_s, "baseline": "bundled database",
                  "baseline_s": base, "ratio": ours_s / base, "cache": "warm"})
        if "memory" in only:
            peak = peak_memory(db)
            emit({"name": "memory", "units": big, "peak_bytes": peak, "peak_mb": round(peak / 2**20),
                  "baseline": "target 1.5 GB", "ratio": peak / (1.5 * 2**30)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
