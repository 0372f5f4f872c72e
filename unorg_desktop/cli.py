"""``unorg``: build, inspect, search and export the organisation database.

Each command is a thin wrapper over a library function (``unorg_desktop.ingest``,
``unorg_desktop.store``, ``unorg_desktop.render.export``, ``unorg_desktop.synth``). Bad input
gives one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from . import cli_import
from .ingest.records import ExtractionError
from .store import Store, StoreError, UnitRow, bundled_sources, default_db
from .store.library import ImportCancelled

EXIT_BAD_INPUT = 2


class UsageError(ValueError):
    """Bad command-line input detected by a command."""


def _open(args: argparse.Namespace) -> Store:
    return Store.open(args.db)


DB_HELP = "database to read (default: the user database if there is one, else the bundled one)"


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# -- commands ---------------------------------------------------------------------------------
def cmd_build(args: argparse.Namespace) -> None:
    """Extract the source texts of a folder and write the database atomically. Without --out,
    rebuild the user database (those texts plus every imported one); the bundled database is
    written only when named with --out.

    Example:
        unorg build --sources data/sources --out data/unorg.sqlite
    """
    from .ingest import extract_folder
    from .store import build

    if args.out is None:
        from .store.library import rebuild

        result, extraction = rebuild(None, Path(args.sources))
        args.out = str(result.db)
    else:
        extraction = extract_folder(Path(args.sources))
        build(extraction, Path(args.out))
    for warning in extraction.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{args.out}: {len(extraction.documents)} documents, {len(extraction.units)} units, "
          f"{len(extraction.lines)} reporting lines, {len(extraction.attributions)} attributions")


def cmd_dump(args: argparse.Namespace) -> None:
    """Print the whole database as JSON (documents, units with parents, attributions and
    mentions, mandates).

    Example:
        unorg dump --json > organisation.json
    """
    if not args.json:
        raise UsageError("only JSON output is available; add --json")
    with _open(args) as store:
        _print_json(store.dump())


def cmd_search(args: argparse.Namespace) -> None:
    """Search units by name, alias, abbreviation (accent- and case-insensitive, fuzzy), then
    by their functions. The query is taken literally: quotes, *, AND, NEAR( are plain text.

    Example:
        unorg search "maintien paix" --limit 5
        unorg search --json -- "-query starting with a dash"
    """
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with _open(args) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.json:
        _print_json([{"unit": h.unit_id, "name": h.name, "score": h.score, "field": h.field,
                      "snippet": h.snippet} for h in hits])
        return
    for h in hits:
        extra = f"  [{h.field}: {h.snippet}]" if h.snippet != h.name else ""
        print(f"{h.score:.3f}  {h.unit_id}  {h.name}{extra}")


def cmd_show(args: argparse.Namespace) -> None:
    """Show a unit: head, chain up to the root, direct reports, attributions with paragraph
    numbers, source paragraphs, mandates and mentions.

    Example:
        unorg show "Division des politiques, de l'évaluation et de la formation"
        unorg show DOMP --json
    """
    with _open(args) as store:
        unit = store.resolve(args.name_or_id)
        if args.json:
            _print_json(show_json(store, unit))
        else:
            sys.stdout.write(show_text(store, unit))


def cmd_export(args: argparse.Namespace) -> None:
    """Export the reporting chart (or a subtree) as PNG, SVG or PDF, headless.

    Example:
        unorg export --format svg --root DOMP --depth 2 -o domp.svg
    """
    if args.depth is not None and args.depth < 0:
        raise UsageError("--depth must be 0 or more")
    with _open(args) as store:
        root = store.resolve(args.root).id if args.root else None
        from .render.export import export_chart  # Qt loads only here

        export_chart(store, fmt=args.format, out=Path(args.output), root=root,
                     depth=args.depth, direction=args.direction)
    print(args.output)


def _fanout(text: str) -> tuple[int, int]:
    try:
        low, _, high = text.partition("-")
        pair = int(low), int(high or low)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected MIN-MAX such as 2-6, got {text!r}") from None
    if not 1 <= pair[0] <= pair[1]:
        raise argparse.ArgumentTypeError(f"expected 1 <= MIN <= MAX, got {text!r}")
    return pair


def cmd_synth(args: argparse.Namespace) -> None:
    """Generate a synthetic organisation database of the same schema (deterministic for a seed).

    Example:
        unorg synth --units 10000 --seed 1 --fanout 2-8 --dual-share 0.02 --out big.sqlite
    """
    from .synth import write_synthetic_db

    if args.units < 1:
        raise UsageError("--units must be at least 1")
    if not 0.0 <= args.dual_share <= 1.0:
        raise UsageError("--dual-share must be between 0 and 1")
    write_synthetic_db(Path(args.out), units=args.units, seed=args.seed, fanout=args.fanout,
                       dual_share=args.dual_share)
    print(args.out)


# -- show -------------------------------------------------------------------------------------
def _ref(store: Store, document: str | None, paragraph: str | None) -> str:
    if document is None:
        return "-"
    try:
        doc = store.document(document)
        label = doc.symbol or doc.id
    except KeyError:
        label = document
    if not paragraph:
        return label
    # numbered paragraphs read "par. 6.5"; labels of unnumbered text ("Carte 1", "note 3") stand alone
    return f"{label}, par. {paragraph}" if paragraph[:1].isdigit() else f"{label}, {paragraph}"


def _chain(store: Store, unit: UnitRow) -> list[UnitRow]:
    """The unit and its primary ancestors, root last (stops on a cycle)."""
    chain, seen = [unit], {unit.id}
    while True:
        primary = [ln for ln in store.parents(chain[-1].id) if ln.primary]
        if not primary or primary[0].parent in seen:
            return chain
        seen.add(primary[0].parent)
        chain.append(store.unit(primary[0].parent))


def show_json(store: Store, unit: UnitRow) -> dict:
    """Everything ``unorg show`` prints, as plain data."""
    def line(ln, other: str) -> dict:
        return {"unit": other, "name": store.unit(other).display_name, "primary": ln.primary,
                "document": ln.document, "paragraph": ln.paragraph}

    return {
        **asdict(unit),
        "aliases": store.aliases(unit.id),
        "chain": [u.id for u in _chain(store, unit)],
        "parents": [line(ln, ln.parent) for ln in store.parents(unit.id)],
        "children": [line(ln, ln.child) for ln in store.children(unit.id)],
        "attributions": [asdict(a) for a in store.attributions(unit.id)],
        "source_paragraphs": [asdict(p) for p in store.source_paragraphs(unit.id)],
        "mandates": [asdict(c) for c in store.mandates(unit.id)],
        "mentions": [asdict(m) for m in store.mentions(unit.id)],
    }


def show_text(store: Store, unit: UnitRow) -> str:
    """A plain-text page about ``unit`` (document text is printed as is, never interpreted)."""
    out = [f"{unit.display_name}  [{unit.id}]",
           f"  kind: {unit.kind}" + (" (collective)" if unit.collective else ""),
           f"  head: {unit.head or '-'}",
           f"  defined in: {_ref(store, unit.document, unit.paragraph)}"]
    if aliases := store.aliases(unit.id):
        out.append(f"  also: {'; '.join(aliases)}")
    out.append("  chain: " + " > ".join(u.display_name for u in reversed(_chain(store, unit))))

    def section(title: str, rows: list[str]) -> None:
        out.append(f"\n{title} ({len(rows)}):")
        out.extend("  " + r.replace("\n", "\n    ") for r in rows)

    section("Reports to", [f"{store.unit(ln.parent).display_name} ({'primary' if ln.primary else 'secondary'};"
                           f" {_ref(store, ln.document, ln.paragraph)})" for ln in store.parents(unit.id)])
    section("Direct reports", [f"{store.unit(ln.child).display_name}" + ("" if ln.primary else " (secondary)")
                               for ln in store.children(unit.id)])
    section("Attributions", [f"{a.paragraph} {a.item + ') ' if a.item else ''}{a.text}"
                             for a in store.attributions(unit.id)])
    section("Source paragraphs", [f"[{_ref(store, p.document, p.number)}] {p.text}"
                                  for p in store.source_paragraphs(unit.id)])
    section("Mandates", [f"{c.symbol} (cited in {_ref(store, c.document, c.paragraph)})"
                         for c in store.mandates(unit.id)])
    section("Mentions", [f"[{_ref(store, m.document, m.paragraph)}] {m.text}" for m in store.mentions(unit.id)])
    return "\n".join(out) + "\n"


# -- parser -----------------------------------------------------------------------------------
class _Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line (no usage block), exit 2
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _doc(func: Callable) -> str:
    import inspect

    return inspect.cleandoc(func.__doc__ or "")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="unorg", description=__doc__.split("\n\n")[0], formatter_class=_Formatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    def command(name: str, func: Callable, reads_db: bool = True) -> argparse.ArgumentParser:
        doc = _doc(func)
        p = sub.add_parser(name, help=doc.split("\n")[0], description=doc, formatter_class=_Formatter)
        p.set_defaults(func=func)
        if reads_db:
            p.add_argument("--db", metavar="FILE", default=None, help=DB_HELP)
        return p

    p = command("build", cmd_build, reads_db=False)
    p.add_argument("--sources", metavar="DIR", default=str(bundled_sources()), help="folder of *.txt sources")
    p.add_argument("--out", metavar="FILE", help="database to write (default: rebuild the user database)")

    p = command("dump", cmd_dump)
    p.add_argument("--json", action="store_true", help="JSON output (required)")

    p = command("search", cmd_search)
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--limit", metavar="N", type=int, default=20, help="at most N results")

    p = command("show", cmd_show)
    p.add_argument("name_or_id", metavar="NAME_OR_ID")
    p.add_argument("--json", action="store_true", help="JSON output")

    p = command("export", cmd_export)
    p.add_argument("--format", required=True, choices=("png", "svg", "pdf"))
    p.add_argument("--root", metavar="NAME_OR_ID", help="subtree root (default: the whole chart)")
    p.add_argument("--depth", metavar="N", type=int, help="levels below the root (default: all)")
    p.add_argument("--direction", choices=("TB", "LR"), default="TB", help="top-bottom or left-right")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")

    p = command("import", cli_import.cmd_import, reads_db=False)
    p.add_argument("files", metavar="FILE", nargs="+", help=".txt or .pdf organisation texts")
    p.add_argument("--db", metavar="FILE", help="database to import into (default: the user database)")
    p.add_argument("--json", action="store_true", help="JSON output")

    p = command("documents", cli_import.cmd_documents)
    p.add_argument("--json", action="store_true", help="JSON output")

    p = command("remove", cli_import.cmd_remove, reads_db=False)
    p.add_argument("document", metavar="DOC", help="document id, symbol or file name (see unorg documents)")
    p.add_argument("--db", metavar="FILE", help="database to change (default: the user database)")

    p = command("check", cli_import.cmd_check)
    p.add_argument("--json", action="store_true", help="JSON output")

    p = command("synth", cmd_synth, reads_db=False)
    p.add_argument("--units", metavar="N", type=int, required=True, help="number of units")
    p.add_argument("--seed", metavar="S", type=int, default=0, help="random seed")
    p.add_argument("--fanout", metavar="MIN-MAX", type=_fanout, default=(2, 8), help="children per unit")
    p.add_argument("--dual-share", metavar="P", type=float, default=0.02, help="share of secondary lines")
    p.add_argument("--out", metavar="FILE", required=True, help="database to write")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``unorg``; returns the exit status (0 success, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "db", "") is None and args.command not in ("import", "remove"):
        args.db = str(default_db())
    try:
        code = args.func(args)
    except BrokenPipeError:  # `unorg dump --json | head`
        sys.stderr.close()
        return 0
    except (ImportCancelled, KeyboardInterrupt):
        print(f"unorg {args.command}: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except ImportError as err:  # a component (Qt export, generator) is not installed
        print(f"unorg {args.command}: not available ({err})", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (StoreError, ExtractionError, OSError, ValueError) as err:
        text = " ".join(str(err).split()) or type(err).__name__
        if isinstance(err, OSError) and err.filename and str(err.filename) not in text:
            text = f"{err.filename}: {text}"
        print(f"unorg {args.command}: {text}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return code or 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
