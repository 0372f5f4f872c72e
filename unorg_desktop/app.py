"""``unorg-desktop`` / ``python -m unorg_desktop``: the desktop application.

``main(argv) -> int``: 0 on a normal exit, 2 when the database cannot be used (a message box, or
one line on stderr when there is no screen or a screenshot was asked for), when a window cannot
be shown (no display, missing X libraries: one line naming them) or for bad options. The
database is opened read-only and never modified. Without a display, ``--screenshot`` uses Qt's
offscreen platform by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from pathlib import Path

EXIT_BAD_INPUT = 2
MIN_SIZE, MAX_SIZE = (400, 300), (8000, 8000)
RESUME_COLLECTION_MS = 2000  # the garbage collector resumes by then even if the chart was never painted


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line (no usage block), exit 2
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _size(text: str) -> tuple[int, int]:
    """``"1400x880"`` → (1400, 880), between MIN_SIZE and MAX_SIZE (argparse type)."""
    width, sep, height = text.strip().lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1400x880, got {text!r}")
    size = int(width), int(height)
    if not (MIN_SIZE[0] <= size[0] <= MAX_SIZE[0] and MIN_SIZE[1] <= size[1] <= MAX_SIZE[1]):
        raise argparse.ArgumentTypeError(f"{text!r} is out of range: from {MIN_SIZE[0]}x{MIN_SIZE[1]} "
                                         f"to {MAX_SIZE[0]}x{MAX_SIZE[1]} pixels")
    return size


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(
        prog="unorg-desktop",
        description="Explore how the UN Secretariat is organised, from the official texts: a zoomable\n"
                    "reporting chart, a panel with the sources of each unit, search, and chart export.",
        epilog="Examples:\n  unorg-desktop\n  unorg-desktop --select DOMP --lang fr\n"
               "  unorg-desktop --select \"Division des politiques, de l'évaluation et de la formation\" \\\n"
               "                --screenshot shot.png --size 1400x880",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"unorg-desktop {__version__}")
    parser.add_argument("--db", metavar="FILE",
                        help="database to open (default: the user database if there is one, else the bundled one)")
    parser.add_argument("--select", metavar="NAME_OR_ID", help="select and center this unit")
    parser.add_argument("--search", metavar="TEXT", help="type TEXT in the search field (scripts, screenshots)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="save the main window as PNG after layout, then exit (no display needed)")
    parser.add_argument("--size", metavar="WxH", type=_size, default=(1400, 880),
                        help=f"window size for --screenshot, from {MIN_SIZE[0]}x{MIN_SIZE[1]} to "
                             f"{MAX_SIZE[0]}x{MAX_SIZE[1]} (default: 1400x880)")
    parser.add_argument("--lang", choices=["fr", "en"], help="interface language (default: the system's)")
    return parser


DEFAULTS = dict(db=None, select=None, search=None, screenshot=None, size=(1400, 880), lang=None)


def _parse(argv: list[str]) -> argparse.Namespace | int:
    if not argv:  # a plain start: argparse's gettext and locale set-up (~10 ms) is not needed
        return argparse.Namespace(**DEFAULTS)
    try:
        return _parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error (argparse printed it)
        return int(exit_.code or 0)


def _headless(args) -> bool:
    from PySide6.QtGui import QGuiApplication

    return bool(args.screenshot) or QGuiApplication.platformName() in ("offscreen", "minimal")


def fail(message: str, headless: bool, parent=None) -> int:
    """Show ``message`` (message box, or stderr when nobody could click the box) and return 2."""
    print(f"unorg-desktop: {message}", file=sys.stderr)
    if not headless:
        from PySide6.QtCore import QCoreApplication

        from .ui.dialogs import error_box

        error_box(parent, QCoreApplication.translate("App", "UNorg Desktop"), message)
    return EXIT_BAD_INPUT


def open_window(db_path: Path, settings=None):
    """Open the database read-only, build its graph and a main window (not shown).
    Raises :class:`~unorg_desktop.store.StoreError` for an unusable database."""
    from .graph import OrgGraph
    from .store import Store
    from .ui.main_window import MainWindow
    from .ui.settings import Settings
    from .ui.translations import interface_language

    store = Store.open(db_path, language=interface_language())  # names in the interface's language
    try:
        graph = OrgGraph.from_store(store)
        window = MainWindow(store, graph, settings if settings is not None else Settings())
    except BaseException:
        store.close()
        raise
    window.destroyed.connect(lambda *_: store.close())
    return window


def _reopen(old, path: str, result=None) -> None:
    """File ▸ Open, or a database changed by an import or removal (``result``): a new window on
    ``path``; the old one stays if that fails. After an import, the new window shows its summary."""
    from PySide6.QtCore import QCoreApplication

    from .store import StoreError
    from .ui.dialogs import error_box

    try:
        window = open_window(Path(path), old.settings)
    except StoreError as err:
        error_box(old, QCoreApplication.translate("App", "Open database"), str(err))
        return
    _keep(window)
    if not old.isMaximized():
        window.setGeometry(old.geometry())
    window.show()
    keep = old.selection.current if result is not None else None
    window.start(keep if keep in window.graph.units else None)
    old.close()
    if result is not None and getattr(result, "files", None):
        window.show_import_summary(result)


_WINDOWS: list = []


def _keep(window) -> None:
    """Keep a Python reference to each live window; connect its Open command."""
    from PySide6.QtCore import Qt

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _WINDOWS.append(window)
    window.destroyed.connect(lambda *_: _WINDOWS.remove(window) if window in _WINDOWS else None)
    window.openRequested.connect(lambda path: _reopen(window, path))
    window.databaseChanged.connect(lambda path, result: _reopen(window, path, result))


def screenshot(window, path: str) -> bool:
    """Save the main window as PNG."""
    return window.grab().save(path, "PNG")


def skip_feature_scan(pyside) -> int:
    """Spare PySide6's ``__feature__`` import hook a scan it would do for nothing: for each module
    first named in an import after PySide6 loads, it reads the module's source (``inspect.getsource``)
    to see whether it names PySide6, and ignores it in feature switching (-1) if not: ~10 ms over a
    start, mostly the standard library and our own window modules. The modules of other packages
    loaded before PySide6 are given that answer now (-1). Our own package's modules, loaded or not,
    are given "no feature" (0), what the hook finds for those that use PySide6: none of them selects
    a feature (``from __feature__ import …`` would still set its own), so for the others 0 and -1
    select the same thing. Returns how many were marked (0 when PySide6's internals differ: then
    the hook simply scans them)."""
    known = getattr(getattr(getattr(pyside, "support", None), "feature", None), "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return 0
    marked = 0
    for name in list(sys.modules):
        if name.partition(".")[0] not in ("unorg_desktop", "PySide6", "shiboken6") and name not in known:
            known[name] = -1
            marked += 1
    for name in _own_modules():
        if name not in known:
            known[name] = 0
            marked += 1
    return marked


def _own_modules() -> list[str]:
    """The dotted names of every module of this package (from its folders; nothing imported)."""
    package = Path(__file__).parent
    names = []
    for folder, dirs, files in os.walk(package):
        if "__init__.py" not in files:  # __pycache__, data, resources: no modules of ours
            dirs.clear()
            continue
        parts = Path(folder).relative_to(package).parts
        names.extend(".".join((__package__, *parts, *([] if f == "__init__.py" else [f[:-3]])))
                     for f in files if f.endswith(".py"))
    return names


def _settle(app, rounds: int = 5) -> None:
    """Let pending layouts, timers at 0 ms and paints run (offscreen has no vsync to wait for)."""
    for _ in range(rounds):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else list(argv))
    if isinstance(args, int):
        return args
    with collection_after_first_paint() as resume:
        return _run(args, resume)


@contextlib.contextmanager
def collection_after_first_paint():
    """Python's cyclic garbage collector is off until the chart's first paint (``resume()``, made
    a slot of the window's ``firstPainted``), and on again when the block ends whatever happens.
    What a start creates (modules, classes, Qt's enums, the graph, the window) lives as long as the
    app: the ~10 collections a start triggers walk it and find almost nothing to free (~2 % of the
    start's instructions), while allocations go on. Off, that walk comes after the first frame,
    once, when the collector resumes."""
    was_on = gc.isenabled()
    gc.disable()

    def resume() -> None:
        if was_on:
            gc.enable()

    try:
        yield resume
    finally:
        resume()


def _run(args: argparse.Namespace, resume_collection) -> int:
    from . import display
    from .store import StoreError, default_db
    # Qt-free modules first: PySide6's import hook reads the source of every module named in an
    # import after it is loaded (about a millisecond each), so the store, graph and layout load
    # before it, and the hook is told about them (html, for tooltips, loads at the first one)
    import unorg_desktop.graph  # noqa: F401
    import unorg_desktop.layout  # noqa: F401

    import PySide6

    skip_feature_scan(PySide6)
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .ui import translations

    if QApplication.instance() is None:  # only allowed before the application exists (tests own it)
        if args.screenshot:
            display.prefer_offscreen()
        elif problem := display.display_problem():
            print(f"unorg-desktop: {problem}", file=sys.stderr)  # Qt would abort the process
            return EXIT_BAD_INPUT
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName("unorg-desktop")
    QCoreApplication.setApplicationName("UNorg Desktop")
    QGuiApplication.setDesktopFileName("unorg-desktop")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "unorg-desktop"])
    translations.install(app, args.lang)
    headless = _headless(args)

    db = Path(args.db) if args.db else default_db()
    try:
        window = open_window(db)
        select = window.store.resolve(args.select).id if args.select else None
    except StoreError as err:
        if "window" in locals():
            window.close()
        return fail(str(err), headless)
    _keep(window)
    window.view.firstPainted.connect(resume_collection)
    QTimer.singleShot(RESUME_COLLECTION_MS, resume_collection)  # a window that is never painted
    # a process about to exit would only wait for it at close
    window.prepare_search_after_paint = not (args.screenshot or os.environ.get("UNORG_REPORT_FIRST_PAINT") == "1")
    if args.screenshot:
        window.resize(*args.size)
    window.show()
    window.start(select)
    if args.search:
        window.search_field.setFocus()
        window.search_field.setText(args.search)
        window.search.run_now()
        if not select:
            _settle(app)  # the results took the left pane: place the start view again
            window.show_top()

    if os.environ.get("UNORG_REPORT_FIRST_PAINT") == "1":
        window.view.firstPainted.connect(lambda: QTimer.singleShot(0, window.close))
    if args.screenshot:
        window.ensure_complete()  # the side panes and menus, which a user gets after the first frame
        _settle(app)
        window.view.stop_animation()
        _settle(app)
        ok = screenshot(window, args.screenshot)
        window.close()
        _settle(app, 2)
        if not ok:
            return fail(f"{args.screenshot}: cannot write the screenshot", True)
        return 0
    return app.exec()
