"""The ``unorg`` command: build, inspect, search and export the organisation database.

Each command is a thin wrapper over a library function (``unorg_desktop.ingest``,
``unorg_desktop.store``, ``unorg_desktop.render.export``, ``unorg_desktop.synth``). Exit status,
as grep has it: 0 found, 1 nothing found (``search``), 2 bad input (one line on stderr, never a
traceback; an ambiguous or unknown name adds the candidates or suggestions, indented).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import Callable

from . import __version__, cli_import
from .files import file_error, names_target
from .ingest.records import ExtractionError
from .store import AmbiguousName, Store, StoreError, UnitInfo, UnknownName, bundled_sources, default_db
from .store.library import ImportCancelled

EXIT_NOT_FOUND = 1
EXIT_BAD_INPUT = 2
SHOWN_CANDIDATES = 10
DESCRIPTION = "Build, inspect, search and export the organisation database of UNorg Desktop."


class UsageError(ValueError):
    """Bad command-line input detected by a command."""


class NotFound(Exception):
    """A search found nothing (exit 1). ``lines``: what to print on stderr."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines[0])
        self.lines = lines


def _open(args: argparse.Namespace) -> Store:
    return Store.open(args.db)


DB_HELP = "database to read (default: the user database if there is one, else the bundled one)"


DB_HELP = "database to read (default: the user database if there is one, else the bundled one)"


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# -- commands ---------------------------------------------------------------------------------
def cmd_build(args: argparse.Namespace) -> None:
    """Extract the source texts of a folder into a database.

    The file is written atomically: the previous one is replaced only once the new one is
    complete. Without --out, the user database is rebuilt (those texts plus every imported
    one); the bundled database is written only when --out names it (make db).

    Example:
        unorg build --sources data/sources --out my.sqlite
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
    for found in getattr(extraction, "found", ()):  # what each document yielded (ingest summary)
        print(f"  {found.line()}")


def cmd_dump(args: argparse.Namespace) -> None:
    """Print the whole database as JSON.

    Documents, units with their parents, attributions and mentions, cited mandates, paragraphs
    and build warnings.

    Example:
        unorg dump --json > organisation.json
    """
    if not args.json:
        raise UsageError("only JSON output is available; add --json")
    with _open(args) as store:
        _print_json(store.dump())


def cmd_search(args: argparse.Namespace) -> None:
    """Search units by name, abbreviation or function.

    Accents, case and typos are forgiven; the query is taken literally (quotes, *, AND, NEAR(
    are plain text). Nothing found: a line on stderr, with names close to the query if any,
    and exit status 1.

    Example:
        unorg search "maintien paix" --limit 5
        unorg search --json -- "-query starting with a dash"
    """
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    from .store.search import fold

    if not fold(args.query):
        raise UsageError("the query has no letter or digit to search for")
    with _open(args) as store:
        hits = store.search(args.query, limit=args.limit)
        if args.json:
            _print_json([{"unit": h.unit_id, "name": h.name, "score": h.score, "field": h.field,
                          "snippet": h.snippet} for h in hits])
        if not hits:
            raise NotFound(_unknown_lines(UnknownName(args.query, store.suggest(args.query))))
    if not args.json:
        width = shutil.get_terminal_size((100, 24)).columns
        for h in hits:
            sys.stdout.write("\n".join(hit_lines(h.score, h.name, h.field, h.snippet, width)) + "\n")


def cmd_show(args: argparse.Namespace) -> None:
    """Show what the texts say about a unit.

    Head, chain up to the root, reporting lines with their paragraphs, direct reports,
    attributions, the other source paragraphs, cited mandates and mentions in reports. An id or
    an exact name always wins; a name several units answer to lists them (exit status 2).

    Example:
        unorg show "Division des politiques, de l'évaluation et de la formation"
        unorg show DOMP --json
    """
    with _open(args) as store:
        info = store.unit_info(store.resolve(args.name_or_id).id)
    if args.json:
        _print_json(info.to_json())
    else:
        sys.stdout.write(show_text(info))


def cmd_export(args: argparse.Namespace) -> None:
    """Export the whole chart (every unit, expanded), or a subtree of it, as a picture (PNG, SVG,
    PDF) or as its data (JSON, CSV, GraphML: units, stated lines with their paragraphs, groups).

    The format comes from the file name unless --format is given (a mismatch is an error). A
    PDF goes on pages of --paper: one page with --fit, else at 100 % on as many pages as it
    needs (no card cut, page 1 a page map). PNG and SVG given a --paper are one fitted page.
    Runs without a display.

    Example:
        unorg export -o chart.pdf --paper A3 --fit
        unorg export --root DOMP --depth 2 -o domp.svg
        unorg export -o chart.json
    """
    if args.depth is not None and args.depth < 0:
        raise UsageError("--depth must be 0 or more")
    if args.dpi is not None and not 30 <= args.dpi <= 2400:
        raise UsageError("--dpi must be between 30 and 2400")
    from .render.formats import DATA_FORMATS, FORMATS, format_for  # no Qt yet

    format_for(Path(args.output), args.format, FORMATS + DATA_FORMATS)  # before opening anything
    with _open(args) as store:
        root = store.resolve(args.root).id if args.root else None
        from .render.export import export_chart  # Qt loads only here

        export_chart(store, fmt=args.format, out=Path(args.output), root=root, depth=args.depth,
                     direction=args.direction, paper=args.paper, orientation=args.orientation, fit=args.fit,
                     dpi=args.dpi)
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
    """Generate a synthetic organisation database (benchmarks, scale tests).

    Same schema as a built database; the same seed gives the same file.

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


# -- output -----------------------------------------------------------------------------------
def _width(text: str) -> int:
    """Terminal columns ``text`` takes (wide East Asian characters take two, marks none)."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def fit(text: str, width: int) -> str:
    """``text`` on one line of at most ``width`` columns, cut with "…" when longer."""
    text = " ".join(text.split())
    if _width(text) <= width:
        return text
    out, used = [], 0
    for char in text:
        w = _width(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out).rstrip() + "…"


def hit_lines(score: float, name: str, field: str, snippet: str, width: int) -> list[str]:
    """A search hit in lines of at most ``width`` columns: score and name; then, when the unit
    was found by something else than its name (an alias, a function, a near spelling), that."""
    head = f"{score:.3f}  "
    lines = [head + fit(name, max(10, width - len(head)))]
    if field != "name" and snippet != name:
        indent = " " * len(head)
        lines.append(indent + fit(f"{field}: {snippet}", max(10, width - len(indent))))
    return lines


def show_text(info: UnitInfo) -> str:
    """A plain-text page about a unit (document text is printed as is, never interpreted). Each
    attribution is printed once: a paragraph of attributions is quoted item by item."""
    unit = info.unit
    out = [f"{unit.display_name}  [{unit.id}]",
           f"  kind: {unit.kind}" + (" (collective)" if unit.collective else ""),
           f"  head: {info.head or '-'}",
           f"  defined in: {info.citation or '-'}"]
    if info.aliases:
        out.append(f"  also: {'; '.join(info.aliases)}")
    if len(info.languages) > 1:  # a translation named it too: every language's name
        out.append("  names: " + "; ".join(f"{lang}: {name}" for lang, name in info.languages))
    out.append("  chain: " + " > ".join(u.display_name for u in info.chain))

    def section(title: str, rows: list[str]) -> None:
        out.append(f"\n{title} ({len(rows)}):")
        out.extend("  " + r.replace("\n", "\n    ") for r in rows)

    section("Reports to", [f"{ln.unit.display_name} ({'primary' if ln.primary else 'secondary'};"
                           f" {info.reference(ln.document, ln.paragraph)})" for ln in info.parents])
    section("Direct reports", [ln.unit.display_name + ("" if ln.primary else " (secondary)")
                               for ln in info.children])
    section("Attributions", [f"[{info.reference(a.document, a.paragraph)}] {a.item + ') ' if a.item else ''}{a.text}"
                             for a in info.attributions])
    section("Source paragraphs", [f"[{info.reference(p.document, p.number)}] {p.text}" for p in info.other_sources])
    section("Mandates", [f"{c.symbol} (cited in {info.reference(c.document, c.paragraph)})" for c in info.mandates])
    section("Mentions", [f"[{info.reference(m.document, m.paragraph)}] {m.text}" for m in info.mentions])
    return "\n".join(out) + "\n"


def _candidate(name: str) -> str:
    return f"  {name}"  # whole: a display name is itself an exact name to give again


def _ambiguous_lines(err: AmbiguousName) -> list[str]:
    count = f"{len(err.candidates)}{'' if err.complete else ' or more'}"
    lines = [f"{err.query!r} matches {count} units; give a full name or an id:"]
    lines += [_candidate(u.display_name) for u in err.candidates[:SHOWN_CANDIDATES]]
    if len(err.candidates) > SHOWN_CANDIDATES:
        lines.append(f"  … and {len(err.candidates) - SHOWN_CANDIDATES}{'' if err.complete else '+'} more")
    return lines


def _unknown_lines(err: UnknownName) -> list[str]:
    if not err.suggestions:
        return [f"no unit matches {err.query!r}"]
    lines = [f"no unit matches {err.query!r}; did you mean:"]
    for unit, text in err.suggestions:
        lines.append(_candidate(text if text == unit.display_name else f"{text} ({unit.display_name})"))
    return lines


# -- parser -----------------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line (no usage block), exit 2
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _doc(func: Callable) -> str:
    import inspect

    return inspect.cleandoc(func.__doc__ or "")


def _summary(doc: str) -> str:
    """A docstring's first sentence (up to its first ". ", ": " or "; "), on one line: what the
    command list shows (the command's --help has the whole text)."""
    first = " ".join(doc.split("\n\n")[0].split())
    for stop in (". ", ": ", "; "):
        first = first.split(stop, 1)[0]
    return first.rstrip(".") + "."


def build_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(prog="unorg", description=DESCRIPTION, formatter_class=formatter,
                     epilog="unorg COMMAND --help describes a command.\n"
                            "Exit status: 0 done, 1 nothing found (search) or flags found (check), 2 bad input.")
    parser.add_argument("--version", action="version", version=f"unorg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, func: Callable, reads_db: bool = True) -> argparse.ArgumentParser:
        doc = _doc(func)
        p = sub.add_parser(name, help=_summary(doc), description=doc, formatter_class=formatter)
        p.set_defaults(func=func)
        if reads_db:
            p.add_argument("--db", metavar="FILE", default=None, help=DB_HELP)
        return p

    p = command("build", cmd_build, reads_db=False)
    p.add_argument("--sources", metavar="DIR", default=str(bundled_sources()),
                   help="folder of *.txt and *.pdf sources and their manifest.json (default: the bundled sources)")
    p.add_argument("--out", metavar="FILE", help="database to write (default: rebuild the user database)")

    p = command("dump", cmd_dump)
    p.add_argument("--json", action="store_true", help="JSON output (required: the only format)")

    p = command("search", cmd_search)
    p.add_argument("query", metavar="QUERY", help="words of a name, an abbreviation or a function")
    p.add_argument("--json", action="store_true", help="JSON output (a list of hits)")
    p.add_argument("--limit", metavar="N", type=int, default=20, help="at most N results (default: 20)")

    p = command("show", cmd_show)
    p.add_argument("name_or_id", metavar="NAME_OR_ID", help="a unit's id, name, alias or abbreviation")
    p.add_argument("--json", action="store_true", help="JSON output")

    p = command("export", cmd_export)
    p.add_argument("--format", choices=("png", "svg", "pdf", "json", "csv", "graphml"),
                   help="file format (default: from the -o file name)")
    p.add_argument("--root", metavar="NAME_OR_ID", help="subtree root (default: the whole chart)")
    p.add_argument("--depth", metavar="N", type=int, help="levels below the root (default: all)")
    p.add_argument("--direction", choices=("TB", "LR"), default="TB",
                   help="top-bottom or left-right (default: TB)")
    p.add_argument("--paper", choices=("A4", "A3", "A2", "Letter", "Legal"),
                   help="paper size (PDF default: A4; PNG and SVG: the chart's own size)")
    p.add_argument("--orientation", choices=("auto", "portrait", "landscape"), default="auto",
                   help="page orientation (default: auto, whichever fits best)")
    p.add_argument("--fit", action="store_true", help="PDF: the whole chart on one page")
    p.add_argument("--dpi", metavar="N", type=float, help="PNG resolution (default: 192 dots per inch, "
                                                         "150 on a --paper)")
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
    p.add_argument("--seed", metavar="S", type=int, default=0, help="random seed (default: 0)")
    p.add_argument("--fanout", metavar="MIN-MAX", type=_fanout, default=(2, 8),
                   help="children per unit (default: 2-8)")
    p.add_argument("--dual-share", metavar="P", type=float, default=0.02,
                   help="share of units with a secondary line (default: 0.02)")
    p.add_argument("--out", metavar="FILE", required=True, help="database to write")
    return parser


def _error(command: str, lines: list[str]) -> None:
    print(f"unorg {command}: {lines[0]}", file=sys.stderr)
    for line in lines[1:]:
        print(line, file=sys.stderr)


def _target(args: argparse.Namespace) -> str | None:
    """The file a command writes, to name in its errors (never the temporary file beside it)."""
    return getattr(args, "output", None) or (getattr(args, "out", None) if args.command in ("build", "synth") else None)


def main(argv: list[str] | None = None) -> int:
    """Run ``unorg``; returns the exit status (0 found, 1 nothing found, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # a bare `unorg`
        parser.print_help()
        return 0
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
    except NotFound as found:
        _error(args.command, found.lines)
        return EXIT_NOT_FOUND
    except AmbiguousName as err:
        _error(args.command, _ambiguous_lines(err))
        return EXIT_BAD_INPUT
    except UnknownName as err:
        _error(args.command, _unknown_lines(err))
        return EXIT_BAD_INPUT
    except ImportError as err:  # a component (Qt export, generator) is not installed
        _error(args.command, [f"not available ({err})"])
        return EXIT_BAD_INPUT
    except OSError as err:
        target = _target(args)
        if target and names_target(err, target):
            text = file_error(target, err, writing=True)
        else:
            text = file_error(err.filename, err, writing=False) if err.filename else " ".join(str(err).split())
        _error(args.command, [text])
        return EXIT_BAD_INPUT
    except (StoreError, ExtractionError, ValueError) as err:
        _error(args.command, [" ".join(str(err).split()) or type(err).__name__])
        return EXIT_BAD_INPUT
    return code or 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
