"""Time the extractor's input: `unorg build` of the bundled sources, and reading a 300-page PDF.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_ingest.py [--runs 5] [--pages 300] [--baseline REV] [--json]

1. ``build``: `unorg build` of data/sources as a command (a fresh process each run, median of
   --runs; target under 1 s), beside the same command of the code at ``--baseline`` (by default
   the commit before ingest/normalise.py replaced ingest/clean.py), run from a `git archive` of
   that commit in the same run, so the ratio compares like with like on a shared machine; and,
   in process, the median time of extract_folder and of its normalise stage.
2. ``pdf``: a PDF of at least --pages pages, typeset with Qt (justified A4, running header,
   page numbers) from the bundled sources, read by ``read_pdf_pages`` with a progress callback
   (median of 3, CPU and wall seconds; target under 10 s), and through ``read_document_file``
   (read, normalise, segment) once.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # typeset_pdf: the tests' Qt typesetter
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from unorg_desktop.ingest import extract_folder, read_document_file  # noqa: E402
from unorg_desktop.ingest.normalise import normalise  # noqa: E402
from unorg_desktop.ingest.pdf import read_pdf_pages  # noqa: E402

SOURCES = REPO / "data" / "sources"


def wall(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _cli_build(package_root: Path, out: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(package_root))
    return wall(lambda: subprocess.run([sys.executable, "-m", "unorg_desktop.cli", "build", "--sources",
                                        str(SOURCES), "--out", str(out)], cwd=package_root, env=env,
                                       check=True, capture_output=True))


def _baseline_rev() -> str | None:
    """The commit before clean.py was replaced by normalise.py."""
    run = subprocess.run(["git", "-C", str(REPO), "rev-list", "-1", "HEAD", "--",
                          "unorg_desktop/ingest/clean.py"], capture_output=True, text=True)
    rev = run.stdout.strip()
    if run.returncode != 0 or not rev or (REPO / "unorg_desktop/ingest/clean.py").exists():
        return None
    parent = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", f"{rev}^"], capture_output=True, text=True)
    return parent.stdout.strip() or None


def _export(rev: str, dest: Path) -> bool:
    run = subprocess.run(["git", "-C", str(REPO), "archive", rev, "unorg_desktop"], capture_output=True)
    if run.returncode != 0:
        return False
    with tarfile.open(fileobj=BytesIO(run.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return True


def bench_build(runs: int, baseline: str | None) -> dict:
    record: dict = {"name": "build", "runs": runs}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.sqlite"
        record["cli_median_s"] = statistics.median(_cli_build(REPO, out) for _ in range(runs))
        old = Path(tmp) / "baseline"
        if baseline and _export(baseline, old):
            record["baseline"] = baseline
            record["baseline_cli_median_s"] = statistics.median(_cli_build(old, out) for _ in range(runs))
            record["ratio"] = record["cli_median_s"] / record["baseline_cli_median_s"]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]
    record["extract_median_s"] = statistics.median(wall(lambda: extract_folder(SOURCES)) for _ in range(runs))
    record["normalise_median_s"] = statistics.median(
        wall(lambda: [normalise(t) for t in texts]) for _ in range(runs))
    return record


def _paragraphs() -> str:
    """The bundled sources as paragraphs (a paragraph per run of lines between blank lines)."""
    out = []
    for path in sorted(SOURCES.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n \n"):
            joined = " ".join(block.split())
            if joined:
                out.append(joined)
    return "\n".join(out)


def bench_pdf(pages: int) -> dict:
    from PySide6.QtGui import QGuiApplication
    from typeset_pdf import typeset_pdf

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (fonts need an application)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "300_pages.pdf"
        text = _paragraphs()
        one = made = typeset_pdf(text, path, header="ST/SGB/2099/1")
        copies = 1
        while made < pages:
            copies += max(1, (pages - made) // one)
            made = typeset_pdf("\n".join([text] * copies), path, header="ST/SGB/2099/1")
        calls: list[tuple[int, int]] = []
        cpu, wall_s = [], []
        for _ in range(3):
            calls.clear()
            c0, w0 = time.process_time(), time.perf_counter()
            read = read_pdf_pages(path, progress=lambda done, total: calls.append((done, total)))
            cpu.append(time.process_time() - c0)
            wall_s.append(time.perf_counter() - w0)
        whole = wall(lambda: read_document_file(path))
        return {"name": "pdf", "pages": made, "mb": path.stat().st_size / 1e6,
                "read_cpu_median_s": statistics.median(cpu), "read_wall_median_s": statistics.median(wall_s),
                "pages_per_s": made / statistics.median(wall_s), "progress_calls": len(calls),
                "progress_last": list(calls[-1]) if calls else None, "lines": sum(p.count("\n") + 1 for p in read),
                "read_normalise_segment_s": whole}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="builds to time (median)")
    parser.add_argument("--pages", type=int, default=300, help="least number of pages of the PDF")
    parser.add_argument("--baseline", default=None, help="git revision to compare the build with")
    parser.add_argument("--only", choices=["build", "pdf"], help="one of the two")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args(argv)
    results = []
    if args.only in (None, "build"):
        results.append(bench_build(args.runs, args.baseline or _baseline_rev()))
    if args.only in (None, "pdf"):
        results.append(bench_pdf(args.pages))
    for r in results:
        if args.json:
            print(json.dumps(r, ensure_ascii=False))
        elif r["name"] == "build":
            base = (f"; before normalise.py ({r['baseline']}): {r['baseline_cli_median_s']:.3f} s, "
                    f"ratio {r['ratio']:.2f}"
                    if "baseline" in r else "")
            print(f"unorg build of the five sources, median of {r['runs']}: {r['cli_median_s']:.3f} s{base}; "
                  f"in process: extract {r['extract_median_s']:.3f} s, of which normalise "
                  f"{r['normalise_median_s']:.3f} s")
        else:
            print(f"PDF of {r['pages']} pages ({r['mb']:.1f} MB): read_pdf_pages median of 3 "
                  f"{r['read_wall_median_s']:.2f} s wall, {r['read_cpu_median_s']:.2f} s CPU "
                  f"({r['pages_per_s']:.0f} pages/s), {r['progress_calls']} progress calls, last "
                  f"{r['progress_last']}; read + normalise + segment {r['read_normalise_segment_s']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
