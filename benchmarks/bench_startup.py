"""Start-up time: process start -> first painted chart, next to a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--db FILE]

The baseline is the one issue 13 measured against, "a bare PySide6 window showing a label": a
QMainWindow whose central widget is a QLabel (its text makes Qt set up fonts, as any window with
text does). An empty QMainWindow, which draws no text at all, is timed too and its ratio printed
beside it. All are measured the same way, in the same run: a fresh process whose first paint prints
``first-paint <seconds since the process started> cpu <CPU seconds>`` (start time from /proc, 10 ms
ticks) and then quits. Medians of the three: the time since the process started (the figure of
issue 13), the wall time from spawning it (ms resolution) and its CPU time (least disturbed by other
processes on a shared machine). The app does it when ``UNORG_REPORT_FIRST_PAINT=1`` (ui/chart_view.py);
the bare windows' paintEvent does the same. The app is timed with a cold layout cache (a fresh
cache folder per run) and a warm one (the cache of a previous run; charts under 1,000 cards do not
use it, so on the bundled database the two differ only by noise). Medians are printed, with the
ratio to the bare window showing a label (issue 13 aims at 1.5x, cold) and to the empty one.

``--callgrind N`` also counts instructions (``valgrind --tool=callgrind``, ``PYTHONHASHSEED=0``) from
process start to the first-paint line, N runs of each (about a minute a run): unlike times, counts
hardly move with the load of a shared machine, so a change of 1 % shows. The process ends at that
line (``os._exit``), so what the app does after its first frame is not counted.

The package's bytecode is compiled first (``compileall``, as ``make run`` and a wheel install do):
the bare window's PySide6 has its bytecode, and compiling ~60 modules at each start is not what a
user's start costs.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# the baseline of issue 13: a bare window showing a label; EMPTY: the same without the label
BARE = r'''
import os, sys, time
def start():
    ticks = os.sysconf("SC_CLK_TCK")
    with open("/proc/self/stat", "rb") as f:
        start_ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
    with open("/proc/uptime", "rb") as f:
        uptime = float(f.read().split()[0])
    return time.time() - uptime + start_ticks / ticks
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not W.done:
            W.done = True
            print(f"first-paint {time.time() - start():.4f} cpu {time.process_time():.4f}", flush=True)
            QTimer.singleShot(0, self.close)
app = QApplication(sys.argv)
w = W()
if LABEL:
    w.setCentralWidget(QLabel("UNorg Desktop"))
w.resize(1400, 880); w.show()
sys.exit(app.exec())
'''
LABELLED, EMPTY = "LABEL = True\n" + BARE, "LABEL = False\n" + BARE


# run before the measured program under callgrind: ends the process once the first-paint line is out
EXIT_AT_REPORT = r'''
import os, sys
class ExitAtReport:
    def __init__(self, out):
        self.out = out
    def write(self, text):
        self.out.write(text)
        if text.startswith("first-paint"):
            self.out.flush()
            os._exit(0)
        return len(text)
    def flush(self):
        self.out.flush()
sys.stdout = ExitAtReport(sys.stdout)
'''
APP = "from unorg_desktop.__main__ import main\nmain()\n"


def instructions(code: str, env: dict) -> int:
    """Instructions (callgrind's Ir) of ``python -c code`` from start to its first-paint line."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
                               sys.executable, "-c", EXIT_AT_REPORT + code], capture_output=True, text=True,
                              env=dict(env, PYTHONHASHSEED="0"), cwd=REPO, timeout=900)
    match = re.search(r"Collected : (\d+)", done.stderr)
    if "first-paint" not in done.stdout or match is None:
        raise SystemExit(f"callgrind: no count (exit {done.returncode}): {done.stderr[-500:]}")
    return int(match.group(1))


def first_paint(cmd: list[str], env: dict) -> tuple[float, float, float]:
    """(seconds reported by the process, wall seconds from spawn to its report, its CPU seconds)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO)
    reported = None
    for line in proc.stdout:
        if line.startswith("first-paint "):
            fields = line.split()
            reported, cpu = float(fields[1]), float(fields[3]) if len(fields) > 3 else float("nan")
            wall = time.perf_counter() - t0
            break
    proc.wait(timeout=120)
    if reported is None:
        raise SystemExit(f"no first-paint line from {' '.join(cmd)} (exit {proc.returncode})")
    return reported, wall, cpu


BASELINES = {"bare window, label": LABELLED, "bare window, empty": EMPTY}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="database for the app (default: the bundled one)")
    parser.add_argument("--callgrind", type=int, default=0, metavar="N",
                        help="also count instructions to the first paint, N runs of each (needs valgrind)")
    args = parser.parse_args()
    base = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    app_cmd = [sys.executable, "-m", "unorg_desktop", *(["--db", args.db] if args.db else [])]
    results: dict[str, list[tuple[float, float, float]]] = {
        **{name: [] for name in BASELINES}, "app, cold cache": [], "app, warm cache": []}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "unorg_desktop")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm-cache"
        env = dict(base, UNORG_DESKTOP_CONFIG_DIR=str(Path(tmp) / "config"), UNORG_DESKTOP_CACHE_DIR=str(warm),
                   UNORG_DESKTOP_DATA_DIR=str(Path(tmp) / "data"),  # no user database: the bundled one
                   UNORG_REPORT_FIRST_PAINT="1")
        first_paint(app_cmd, env)  # fills the warm cache (and the OS file cache for all)
        for code in BASELINES.values():
            first_paint([sys.executable, "-c", code], base)
        for i in range(args.runs):  # in turn, so that a burst of load falls on all of them
            for name, code in BASELINES.items():
                results[name].append(first_paint([sys.executable, "-c", code], base))
            cold = dict(env, UNORG_DESKTOP_CACHE_DIR=str(Path(tmp) / f"cold-{i}"))
            results["app, cold cache"].append(first_paint(app_cmd, cold))
            results["app, warm cache"].append(first_paint(app_cmd, env))
    medians = {name: [statistics.median(run[k] for run in runs) for k in range(3)] for name, runs in results.items()}
    label, empty = medians["bare window, label"], medians["bare window, empty"]
    print(f"start-up to first paint, median of {args.runs} runs (reported / wall from spawn / CPU):")
    for name, (reported, wall, cpu) in medians.items():
        ratio = ""
        if name.startswith("app"):
            ratio = (f"   {reported / label[0]:.2f}x the window with a label (wall {wall / label[1]:.2f}x,"
                     f" CPU {cpu / label[2]:.2f}x); empty window {reported / empty[0]:.2f}x"
                     f" (wall {wall / empty[1]:.2f}x, CPU {cpu / empty[2]:.2f}x)")
        print(f"  {name:18s} {reported * 1000:5.0f} ms / {wall * 1000:5.0f} ms / {cpu * 1000:5.0f} ms{ratio}")
    if args.callgrind:
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(base, UNORG_DESKTOP_CONFIG_DIR=str(Path(tmp) / "config"),
                       UNORG_DESKTOP_CACHE_DIR=str(Path(tmp) / "cache"), UNORG_DESKTOP_DATA_DIR=str(Path(tmp) / "data"),
                       UNORG_REPORT_FIRST_PAINT="1")
            app_code = APP if not args.db else f"import sys\nsys.argv[1:] = ['--db', {args.db!r}]\n" + APP
            counts = {name: [instructions(code, base) for _ in range(args.callgrind)]
                      for name, code in BASELINES.items()}
            counts["app, cold cache"] = [instructions(app_code, env) for _ in range(args.callgrind)]
        median = {name: statistics.median(c) for name, c in counts.items()}
        show = lambda runs: ", ".join(f"{c / 1e6:,.0f}" for c in runs)  # noqa: E731
        print(f"instructions to the first paint (callgrind, median of {args.callgrind}; runs in M):")
        for name, runs in counts.items():
            ratio = ""
            if name.startswith("app"):
                ratio = (f"   {median[name] / median['bare window, label']:.2f}x the window with a label;"
                         f" empty window {median[name] / median['bare window, empty']:.2f}x")
            print(f"  {name:18s} {median[name] / 1e6:7,.0f} M ({show(runs)}){ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
