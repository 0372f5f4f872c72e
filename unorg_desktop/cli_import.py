"""``unorg import``, ``documents``, ``remove`` and ``check``: the user database from the command line.

Thin wrappers over :mod:`unorg_desktop.store.library` (changes) and :class:`~unorg_desktop.store.Store`
(reading); :mod:`unorg_desktop.cli` registers them and turns their errors into one line, exit 2.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path

from .store import FlagRow, Store
from .store.rows import as_dict

SHOW_PROGRESS_AFTER_S = 1.0  # a bar only for work that lasts (issue: over ~2 s)


class ProgressBar:
    """A one-line progress bar on stderr, only when stderr is a terminal and the work has lasted
    ``SHOW_PROGRESS_AFTER_S``; erased when done."""

    def __init__(self, stream=None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()
        self.drawn = False

    def __call__(self, fraction: float, message: str) -> None:
        if not self.enabled or time.monotonic() - self.start < SHOW_PROGRESS_AFTER_S:
            return
        width = shutil.get_terminal_size((80, 20)).columns
        bar_width = max(10, min(30, width // 3))
        filled = int(round(bar_width * fraction))
        label = message[: max(0, width - bar_width - 10)]
        self.stream.write(f"\r[{'#' * filled}{'.' * (bar_width - filled)}] {fraction * 100:3.0f}% {label}\x1b[K")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _label(store_docs: dict, doc_id: str | None) -> str:
    doc = store_docs.get(doc_id or "")
    if doc is None:
        return doc_id or "-"
    return f"{doc.id} ({doc.symbol})" if doc.symbol else doc.id


def cmd_import(args: argparse.Namespace) -> None:
    """Import organisation texts (.txt, .pdf) into the user database, joining them to the
    units already known: a translation of a known document gives its units names in its
    language; the same unit named by several documents is one unit.

    The user database starts as a copy of the bundled texts; it keeps every imported text
    itself. Nothing changes when any file is refused.

    Example:
        unorg import ST-SGB-2010-1_en.txt new-bulletin.pdf
    """
    from .store.library import import_files

    bar = ProgressBar()
    try:
        result = import_files([Path(f) for f in args.files], args.db, progress=bar)
    finally:
        bar.close()
    if args.json:
        json.dump({"db": str(result.db), "units_before": result.units_before, "units_after": result.units_after,
                   "files": [asdict(f) for f in result.files]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    with Store.open(result.db) as store:
        docs = {d.id: d for d in store.documents()}
    for f in result.files:
        for warning in f.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        what = ", ".join(x for x in (f.symbol, f.language, f.family or f.kind) if x)
        print(f"{f.file}: document {f.document} ({what})" + (f" — {f.title}" if f.title else ""))
        if f.twin:
            print(f"  translation of {_label(docs, f.twin)}: {f.joined} units joined, {f.apart} left apart,"
                  f" {f.added} added")
        else:
            print(f"  {f.added} units added, {f.joined} joined to known units, {f.apart} left apart")
        print(f"  {f.lines} reporting lines, {f.attributions} attributions, {len(f.warnings)} warnings")
        if f.top_unit:
            under = f" (under {f.parent_name})" if f.parent_name else ""
            print(f"  top unit: {f.top_name}{under} [{f.top_unit}]")
    grown = result.units_after - result.units_before
    print(f"{result.db}: {result.units_after} units ({grown:+d})")


def cmd_documents(args: argparse.Namespace) -> None:
    """List the documents of the database: id, symbol, language, family, title, units (added +
    joined), and when each was imported ("bundled" for the shipped texts).

    Example:
        unorg documents
        unorg documents --json
    """
    with Store.open(args.db) as store:
        rows = store.document_summaries()
    if args.json:
        json.dump([{**as_dict(r.document), "added": r.added, "joined": r.joined, "apart": r.apart,
                    "origin": r.origin, "imported_at": r.imported_at, "file_name": r.file_name} for r in rows],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    # on a terminal, lines fit its width; piped, they are whole
    width = shutil.get_terminal_size((100, 20)).columns if sys.stdout.isatty() else 1 << 30
    header = ("ID", "SYMBOL", "LANG", "FAMILY", "UNITS", "IMPORTED", "TITLE")
    table = [header]
    for r in rows:
        d = r.document
        units = str(r.added + r.joined + r.apart)
        when = r.imported_at[:16].replace("T", " ") if r.imported_at else (r.origin or "-")
        table.append((d.id, d.symbol or "-", d.language or "-", d.family or d.kind or "-", units, when,
                      d.title or d.source_file))
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        line = "  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1]
        print(line if len(line) <= width else line[: width - 1] + "…")


def cmd_remove(args: argparse.Namespace) -> None:
    """Remove an imported document (by id, symbol or file name) from the user database and
    rebuild it; the units only that document named go with it.

    Example:
        unorg remove 005
    """
    from .store.library import remove_document

    bar = ProgressBar()
    try:
        result = remove_document(args.document, args.db, progress=bar)
    finally:
        bar.close()
    grown = result.units_after - result.units_before
    print(f"{result.db}: removed document {', '.join(result.removed)}; {result.units_after} units ({grown:+d})")


def describe_flag(store: Store, flag: FlagRow) -> str:
    """One line about a consistency flag, each side with its document and paragraph."""
    docs = {d.id: d for d in store.documents()}

    def where(doc: str | None, par: str | None) -> str:
        d = docs.get(doc or "")
        label = (d.symbol or d.id) if d else (doc or "-")
        return f"{label}, par. {par}" if par else label

    def name(unit_id: str | None) -> str:
        try:
            return store.unit(unit_id).display_name if unit_id else "-"
        except KeyError:
            return unit_id or "-"

    def quoted(text: str) -> str:
        return f' "{text}"' if text else ""

    unit = name(flag.unit)
    if flag.kind == "parents":
        return (f"{unit}: placed under {name(flag.detail)} by {where(flag.document, flag.paragraph)}"
                f"{quoted(flag.quote)}, and under {name(flag.other_detail)} by "
                f"{where(flag.other_document, flag.other_paragraph)}{quoted(flag.other_quote)}")
    if flag.kind == "defined-twice":
        return (f"{unit}: defined by {where(flag.document, flag.paragraph)}{quoted(flag.quote)} and again by "
                f"{where(flag.other_document, flag.other_paragraph)}{quoted(flag.other_quote)}")
    if flag.kind == "post":
        subject = f"{unit}: " if flag.unit else ""
        return (f"{subject}a reporting line to the post '{flag.detail}', which heads no unit "
                f"({where(flag.document, flag.paragraph)}){quoted(flag.quote)}")
    if flag.kind == "report-only":
        return f"{unit}: named by the report {where(flag.document, flag.paragraph)}, defined by no bulletin"
    return f"{unit}: {flag.kind} ({where(flag.document, flag.paragraph)})"


def cmd_check(args: argparse.Namespace) -> int:
    """Report consistency flags: a unit placed under different parents by two documents, a unit
    defined twice, a line to a post that heads no unit, a report naming a unit that no bulletin
    defines. Exit status 1 when there are flags, 0 when none.

    Example:
        unorg check
        unorg check --json
    """
    with Store.open(args.db) as store:
        flags = store.flags()
        if args.json:
            json.dump([{**as_dict(f), "message": describe_flag(store, f)} for f in flags],
                      sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for f in flags:
                print(f"{f.kind}: {describe_flag(store, f)}")
    if flags:
        counts: dict[str, int] = {}
        for f in flags:
            counts[f.kind] = counts.get(f.kind, 0) + 1
        print(f"{len(flags)} flags: " + ", ".join(f"{n} {k}" for k, n in counts.items()), file=sys.stderr)
        return 1
    print("no flags: the documents agree", file=sys.stderr)
    return 0
