"""Scale benchmarks (issue 4), measured in one run on the same generated trees.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py --json [--quick] [--only layout,search]

Prints one JSON object per line (``--json``) or a readable line per figure:

1. ``layout``: our default layout (the compact org chart) vs Graphviz ``dot`` (pygraphviz, in a child process with a time
   limit) at 1k, 3k, 10k units, then 30k and 100k for dot while it finishes in time;
2. ``layout_scaling``: our layout at 100k units vs at 10k (linear would be 10x), and
   ``layout_per_node``: microseconds per node from 1k to 200k;
3. ``frame``: one frame of the whole chart fitted in 1600x1000 at 10k and 100k units vs 200;
4. ``search``: median query latency at 100k units vs the bundled database;
5. ``first_paint``: process start to first painted chart, 100k-unit database with cached
   positions vs the bundled database;
6. ``memory``: peak resident memory of a process that opens, lays out and draws 100k units.

Layout times are CPU seconds of the process doing the layout (``time.process_time``), medians of
3: the machine is shared, and wall time at 100k suffers most from other processes (wall seconds
are printed too). 3 and 5 need the Qt layers; without them they print ``{"skipped": reason}``.
``--quick`` stops at 10k units (under a minute).
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
SEED = 1


def emit(record: dict) -> None:
    if AS_JSON:
        print(json.dumps(record, ensure_ascii=False), flush=True)
        return
    parts = [f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in record.items()]
    print("  ".join(parts), flush=True)


def timed(fn, repeat: int = 3) -> tuple[float, float]:
    """Median (CPU seconds, wall seconds) of ``repeat`` calls."""
    cpu, wall = [], []
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return statistics.median(cpu), statistics.median(wall)


# -- generated trees -------------------------------------------------------------------------
def synthetic_graph(units: int, seed: int = SEED) -> OrgGraph:
    """The organisation ``unorg synth`` writes, as rows in memory (no database round trip)."""
    ex = synthetic_extraction(units, seed=seed, fanout=(2, 8), dual_share=0.02)
    rows = [UnitRow(u.id, u.name, u.display_name, u.kind, u.head, u.document, u.paragraph, u.collective)
            for u in ex.units]
    lines = [LineRow(ln.child, ln.parent, ln.primary, ln.document, ln.paragraph, ln.evidence) for ln in ex.lines]
    docs = [DocumentRow(d.id, d.source_file, d.kind, d.language, d.title, d.symbol, d.date) for d in ex.documents]
    return OrgGraph.from_rows(rows, lines, docs)


def card_sizes(graph: OrgGraph) -> dict:
    """The app's card sizes; without the Qt layer, an estimate of the same range (160-240 wide,
    taller for longer names) so the layout benchmark runs anywhere."""
    try:
        from unorg_desktop.render.cards import card_size
        from unorg_desktop.render.qtapp import ensure_app

        ensure_app()
    except ImportError:
        return {uid: (min(240.0, 160.0 + len(u.name) / 2), 44.0 + 16.0 * (len(u.name) // 34))
                for uid, u in graph.units.items()}
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
    c, w = time.process_time(), time.perf_counter()
    layout = dot_layout(shown, sizes)
    queue.put((time.process_time() - c, time.perf_counter() - w, len(layout.boxes)))


def dot_time(units: int, limit: float) -> tuple[float, float] | None:
    """(CPU, wall) seconds for ``dot`` in a forked child (which inherits the generated tree, so
    only the layout is timed), or None when it passes ``limit`` wall seconds."""
    tree(units)
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_dot_child, args=(units, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    if queue.empty():
        return None
    cpu, wall, placed = queue.get()
    assert placed == units, f"dot placed {placed} of {units} nodes"
    return cpu, wall


def bench_layout(ours_sizes: list[int], dot_sizes: list[int], dot_limit: float) -> dict[int, float]:
    from unorg_desktop.layout import layout_tree

    ours: dict[int, float] = {}
    dot_gave_up = False
    for units in sorted(set(ours_sizes) | set(dot_sizes)):
        _, shown, sizes = tree(units)
        record: dict = {"name": "layout", "units": units}
        if units in ours_sizes:
            layout = layout_tree(shown, sizes, "TB")  # the default: the compact org chart
            assert len(layout.boxes) == units
            cpu, wall = timed(lambda: layout_tree(shown, sizes, "TB"))
            ours[units] = cpu
            record.update(ours_s=cpu, ours_wall_s=wall)
        record["baseline"] = "dot"
        baseline = None if dot_gave_up or units not in dot_sizes else dot_time(units, dot_limit)
        if baseline is None:
            dot_gave_up = dot_gave_up or units in dot_sizes
            record.update(baseline_s=None, baseline_note=f"not run: over {dot_limit:.0f} s at this size or below")
        else:
            record.update(baseline_s=baseline[0], baseline_wall_s=baseline[1])
            if units in ours:
                record["ratio"] = baseline[0] / ours[units]
        emit(record)
        if units >= 30_000:
            _TREES.pop(units, None)  # memory for the next size
    return ours


def bench_layout_curve(sizes_to_run: list[int]) -> None:
    """Our layout's CPU time per node from 1k to 200k nodes (sizes estimated without Qt): where
    the cost per node grows and where it levels off."""
    from unorg_desktop.layout import layout_tree

    for units in sizes_to_run:
        graph = synthetic_graph(units)
        shown = graph.visible_tree(set(graph.units))
        sizes = {uid: (min(240.0, 160.0 + len(u.name) / 2), 44.0 + 16.0 * (len(u.name) // 34))
                 for uid, u in graph.units.items()}
        cpu, wall = timed(lambda: layout_tree(shown, sizes, "TB"))
        emit({"name": "layout_per_node", "units": units, "ours_s": cpu, "ours_wall_s": wall,
              "us_per_node": cpu / units * 1e6})
        del graph, shown, sizes


# -- 3: frames -------------------------------------------------------------------------------
def bench_frames(sizes_to_run: list[int]) -> None:
    """Needs render/ (ChartScene.show_chart per docs/ARCHITECTURE.md) and render/timing.py."""
    try:
        from unorg_desktop.layout import layout_tree
        from unorg_desktop.render.scene import ChartScene
        from unorg_desktop.render.timing import frame_times
    except ImportError as err:
        emit({"name": "frame", "skipped": f"render layer not importable: {err}"})
        return

    def frame(units: int) -> tuple[float, float]:
        """(median of 7 frames, the first frame: caches of the scene still empty)."""
        graph, shown, sizes = tree(units)
        layout = layout_tree(shown, sizes, "TB")
        scene = ChartScene()
        scene.show_chart(graph, layout, set(graph.units))
        times = frame_times(scene, (1600, 1000), repeat=7)
        return statistics.median(times), times[0]

    base, base_cold = frame(200)
    for units in sizes_to_run:
        t, cold = frame(units)
        emit({"name": "frame", "units": units, "ours_s": t, "baseline": "200 units", "baseline_s": base,
              "ratio": t / base, "first_frame_s": cold, "baseline_first_frame_s": base_cold})
        _TREES.pop(units, None)


# -- 4: search -------------------------------------------------------------------------------
def queries_for(store, count: int = 60, seed: int = 3) -> list[tuple[str, str]]:
    """(kind, query): exact names, prefixes typed so far, a few words, misspellings, hostile text."""
    rnd = random.Random(seed)
    units = store.units()
    names = [u.name for u in rnd.sample(units, min(count, len(units)))]
    out = []
    for i, name in enumerate(names):
        words = name.split()
        kind = ("exact", "prefix", "words", "typo")[i % 4]
        if kind == "exact":
            out.append((kind, name))
        elif kind == "prefix":
            out.append((kind, " ".join(words[:2])[:-1]))
        elif kind == "words":
            out.append((kind, " ".join(w for w in words[1:4] if len(w) > 3)))
        else:
            out.append((kind, words[-2][:-1] + " " + words[1]))
    return out + [("common", q) for q in ("defense", "maintien paix", "formation")] + \
        [("hostile", q) for q in ("' OR 1=1 --", "NEAR(", "x" * 1000)]


def search_median(db: Path) -> tuple[float, dict[str, float], int]:
    """Median seconds per query, medians per kind of query, number of queries."""
    from unorg_desktop.store import Store

    with Store.open(db) as store:
        if hasattr(store, "prepare_search"):
            store.prepare_search()  # what the app does after the first paint
        qs = queries_for(store)
        for _, q in qs[:5]:
            store.search(q)  # warm the page cache
        times: dict[str, list[float]] = {}
        for kind, q in qs:
            start = time.perf_counter()
            store.search(q)
            times.setdefault(kind, []).append(time.perf_counter() - start)
    every = [t for ts in times.values() for t in ts]
    return statistics.median(every), {k: statistics.median(ts) for k, ts in times.items()}, len(every)


# -- 5: open to first paint ------------------------------------------------------------------
def first_paint(db: Path | None, cache: Path, config: Path, runs: int) -> float:
    """Median seconds from process start to the first painted chart, with the position cache
    filled by a first run (needs the app's UNORG_REPORT_FIRST_PAINT hook)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_startup import first_paint as measure

    env = dict(os.environ, UNORG_DESKTOP_CONFIG_DIR=str(config), UNORG_DESKTOP_CACHE_DIR=str(cache),
               UNORG_REPORT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "unorg_desktop", *(["--db", str(db)] if db else [])]
    measure(cmd, env)  # fills the position cache
    return statistics.median(measure(cmd, env)[0] for _ in range(runs))


def bench_first_paint(db: Path, units: int, tmp: Path, runs: int) -> None:
    try:
        import unorg_desktop.app  # noqa: F401
        import unorg_desktop.ui.chart_view  # noqa: F401
    except ImportError as err:
        emit({"name": "first_paint", "skipped": f"ui layer not importable: {err}"})
        return
    ours = first_paint(db, tmp / "cache", tmp / "config", runs)
    base = first_paint(None, tmp / "cache", tmp / "config", runs)
    emit({"name": "first_paint", "units": units, "ours_s": ours, "baseline": "bundled database",
          "baseline_s": base, "ratio": ours / base, "cache": "warm"})


# -- 6: memory -------------------------------------------------------------------------------
MEMORY_CHILD = r"""
import os, resource, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from unorg_desktop.store import Store
from unorg_desktop.graph import OrgGraph
from unorg_desktop.layout import layout_tree
store = Store.open(sys.argv[1])
graph = OrgGraph.from_store(store)
expanded = set(graph.units)
shown = graph.visible_tree(expanded)
try:
    from unorg_desktop.render.qtapp import ensure_app
    from unorg_desktop.render.cards import card_size
    from unorg_desktop.render.scene import ChartScene
    from unorg_desktop.render.timing import frame_time
except ImportError:
    drawn = "no"
    sizes = {u: (200.0, 60.0) for u in shown}
    layout_tree(shown, sizes, "TB", engine="auto")
else:
    drawn = "yes"
    ensure_app()
    sizes = {u: card_size(graph.units[u], graph.documents.get(graph.units[u].document or "")) for u in shown}
    layout = layout_tree(shown, sizes, "TB", engine="auto")
    scene = ChartScene()
    scene.show_chart(graph, layout, expanded)
    frame_time(scene, (1600, 1000), repeat=2)
store.search("division logistique")
print(drawn, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def peak_memory(db: Path) -> tuple[int, str]:
    out = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(db)], capture_output=True, text=True,
                         cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=900)
    if out.returncode != 0:
        raise SystemExit(f"memory child failed: {out.stderr.strip().splitlines()[-1:]}")
    drawn, peak = out.stdout.split()[-2:]
    return int(peak), drawn


def main() -> int:
    global AS_JSON
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--quick", action="store_true", help="stop at 10k units (under a minute)")
    parser.add_argument("--only", help="comma-separated subset: layout,layout_curve,frame,search,first_paint,memory")
    parser.add_argument("--dot-limit", type=float, help="seconds before dot is given up (default 40 quick, 240)")
    args = parser.parse_args()
    AS_JSON = args.json
    only = set(args.only.split(",")) if args.only else {"layout", "layout_curve", "frame", "search",
                                                         "first_paint", "memory"}
    big = 10_000 if args.quick else 100_000
    ours_sizes = [1_000, 3_000, 10_000] if args.quick else [1_000, 3_000, 10_000, 100_000]
    dot_sizes = [1_000, 3_000, 10_000] if args.quick else [1_000, 3_000, 10_000, 30_000, 100_000]
    dot_limit = args.dot_limit or (40 if args.quick else 240)
    from unorg_desktop.store import bundled_db
    from unorg_desktop.synth import write_synthetic_db

    if "layout" in only:
        ours = bench_layout(ours_sizes, dot_sizes, dot_limit)
        if big != 10_000:
            emit({"name": "layout_scaling", "units": big, "ours_s": ours[big], "baseline": "ours at 10000",
                  "baseline_s": ours[10_000], "ratio": ours[big] / ours[10_000]})
    if "layout_curve" in only:
        bench_layout_curve([1_000, 10_000] if args.quick else [1_000, 3_000, 10_000, 30_000, 100_000, 200_000])
    if "frame" in only:
        bench_frames([10_000] if args.quick else [10_000, 100_000])
    _TREES.clear()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / f"synth-{big}.sqlite"
        if only & {"search", "first_paint", "memory"}:
            write_synthetic_db(db, units=big, seed=SEED)
        if "search" in only:
            (ours_s, kinds, count), (base, _, _) = search_median(db), search_median(bundled_db())
            emit({"name": "search", "units": big, "queries": count, "ours_s": ours_s,
                  "baseline": "bundled database", "baseline_s": base, "ratio": ours_s / base,
                  "median_by_kind_s": kinds})
        if "first_paint" in only:
            bench_first_paint(db, big, Path(tmp), 1 if args.quick else 3)
        if "memory" in only:
            peak, drawn = peak_memory(db)
            emit({"name": "memory", "units": big, "peak_bytes": peak, "peak_mb": round(peak / 2**20),
                  "drawn": drawn, "baseline": "target 1.5 GB", "ratio": peak / (1.5 * 2**30)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
