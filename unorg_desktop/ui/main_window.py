"""The main window: composes the widgets and routes signals. Behaviour lives in the parts
(chart_controller, search, panel, outline, selection, export_dialog); slots here are one-liners
named in ``actions.ACTIONS``.

Layout: menu bar; a tool bar with the search field; a splitter outline | chart | panel; a
"Search results" dock; a status bar (units, shown cards, selection).

Start-up: the window's first frame is the chart in its final place, with the menu titles, the
search field and the side panes' room. The side panes' contents (outline, unit panel, results
list), the menus' actions and the tool bar's buttons are built in the event-loop turn after the
chart's first paint (:meth:`MainWindow.ensure_complete`), or at once when something asks for
them (``window.panel``, ``window.actions``…), so the window is complete whenever it is used.
"""

from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QLabel, QMainWindow, QSplitter, QStackedWidget, QToolBar, QToolButton, QVBoxLayout,
                               QWidget)

from unorg_desktop.paths import resources_dir
from unorg_desktop.render.scene import ChartScene
from unorg_desktop.store import StoreError, default_db, user_db

from . import navigation
from .breadcrumb import BreadcrumbBar
from .chart_controller import ChartController
from .chart_view import FIT_MARGIN, ChartView
from .framing import COMFORT_ZOOM, READ_ZOOM, readable_expansion, selection_frame
from .legend_overlay import LegendOverlay
from .menus import build_menus
from .minimap import Minimap
from .overlays import OverlayManager
from .search_field import SearchField
from .selection import Selection
from .settings import Settings
from .theme import ThemeWatcher

if TYPE_CHECKING:  # loaded on first use (File menu), or after the first frame (the panes)
    from PySide6.QtGui import QAction, QIcon

    from .export_dialog import ExportOptions
    from .library_dialogs import DocumentsDialog, ImportSummaryDialog
    from .outline import OutlineView
    from .panel import UnitPanel
    from .search import ResultsPanel, SearchController

log = logging.getLogger("unorg_desktop.window")
def default_pane_sizes(width: int) -> list[int]:
    """Outline | chart | panel widths for a window ``width`` pixels wide, before the user chooses:
    the side panes in proportion (within bounds), the chart the rest (57 % at 1024 px)."""
    outline = max(150, min(300, round(0.18 * width)))
    panel = max(220, min(440, round(0.25 * width)))
    return [outline, max(0, width - outline - panel), panel]


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for name in ("unorg-desktop.svg", "unorg-desktop.png"):
        path = resources_dir() / name
        if path.exists():
            icon.addFile(str(path))
    return icon


def _button_room(icon_size: QSize) -> QWidget:
    """An empty widget as tall as a tool button with an icon: the tool bar keeps the height its
    buttons give it when they arrive after the first frame (the chart does not move then)."""
    probe = QToolButton()  # an arrow takes an icon's room without loading an icon
    probe.setArrowType(Qt.ArrowType.LeftArrow)
    probe.setIconSize(icon_size)
    room = QWidget()
    room.setFixedSize(0, probe.sizeHint().height())
    return room


class MainWindow(QMainWindow):
    """``openRequested(path)``: File ▸ Open chose another database (the app replaces the window).
    ``databaseChanged(path, result)``: an import or removal wrote ``path`` (the app reopens the
    window on it and shows ``result``, a ``ChangeResult`` or None)."""

    openRequested = Signal(str)
    databaseChanged = Signal(str, object)

    def __init__(self, store, graph, settings: Settings) -> None:
        super().__init__()
        self.store, self.graph, self.settings = store, graph, settings
        self.setWindowTitle(self.tr("UNorg Desktop — %s") % store.path.name)
        self.selection = Selection(self)
        self.errors: list[str] = []  # every message shown to the user (tests read it)
        self.prepare_search_after_paint = True  # off for screenshots and start-up timing

        self.theme = ThemeWatcher(self)  # light or dark, as the system (before anything is drawn)
        self.theme.apply()
        self.scene = ChartScene()
        self.scene.setParent(self)
        self.scene.paragraph_text = functools.lru_cache(maxsize=4096)(self._paragraph_text)
        self.view = ChartView()
        self.view.setScene(self.scene)
        self.minimap = Minimap(self.view)
        self.legend = LegendOverlay(self.view)
        self.overlays = OverlayManager(self.view, self.scene, [self.legend, self.minimap])
        self.chart = ChartController(store, graph, self.scene, self.view, settings.direction, settings.engine,
                                     settings.compact, self)
        self.breadcrumb = BreadcrumbBar(graph)
        self.chart_pane = QWidget()  # the breadcrumb bar over the chart
        self.chart_pane.setObjectName("chartPane")
        column = QVBoxLayout(self.chart_pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.breadcrumb)
        column.addWidget(self.view, 1)
        self.search_field = SearchField()
        self.left = QStackedWidget()  # the outline, or the results list in its place (ensure_complete)
        self.left.setObjectName("leftPane")
        self._panel_room = QWidget()  # the unit panel's place until it is built
        self._outline = self._panel = self._search = self._results = self._actions = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for widget, stretch in ((self.left, 0), (self.chart_pane, 1), (self._panel_room, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self.toolbar = QToolBar(self.tr("Search"), self)
        self.toolbar.setObjectName("searchToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(QLabel(self.tr("Find:") + " "))
        self.toolbar.addWidget(self.search_field)
        self._toolbar_room = self.toolbar.addWidget(_button_room(self.toolbar.iconSize()))
        self.addToolBar(self.toolbar)

        self.status_units = QLabel()
        self.status_selected = QLabel()
        self.status_selected.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status_units)
        self.statusBar().addWidget(self.status_selected, 1)

        self._library = None  # imports and removals, off the GUI thread (made on first use)
        self.setAcceptDrops(True)
        self._menus = build_menus(self)  # their titles are in the first frame, their actions after it
        self._connect()
        self._restore()

    # -- the parts built after the first frame ------------------------------------------------------
    def ensure_complete(self) -> None:
        """Build what the chart's first frame does without: the outline, the unit panel, the
        search results and controller, the menus' actions and the tool bar's buttons. Runs in the
        event-loop turn after the first paint, or as soon as one of them is asked for; once."""
        if self._actions is not None or getattr(self, "_completing", False):
            return
        self._completing = True
        from .actions import register_actions
        from .outline import OutlineView
        from .panel import UnitPanel
        from .search import ResultsPanel, SearchController

        self._outline = OutlineView()
        self._outline.set_graph(self.graph)
        self._panel = UnitPanel(self.store, self.graph)
        self._panel.set_dark(self.theme.name == "dark")
        self._search = SearchController(self.store, self.search_field, self, parent_name=self._parent_name)
        self._results = ResultsPanel(self._search)  # the one list of results, in place of the outline
        self.left.addWidget(self._outline)
        self.left.addWidget(self._results)
        self.splitter.replaceWidget(2, self._panel)  # same size and place
        self._panel_room.deleteLater()
        self._actions = register_actions(self, self.view, menus=self._menus)
        self._fill_toolbar()
        self._outline.unitSelected.connect(lambda unit_id: self.select_unit(unit_id))
        self._panel.unitActivated.connect(lambda unit_id: self.select_unit(unit_id))
        self._search.unitChosen.connect(self._on_search_chosen)
        self._search.matchesChanged.connect(self._on_matches)
        self.search_field.escaped.connect(self.clear_search)
        self.search_field.downPressed.connect(self._focus_results)
        self._results.list.escaped.connect(self.clear_search)
        self._actions[f"engine_{self.chart.engine}"].setChecked(True)  # its group unchecks the others
        for name, on in (("direction_lr", self.chart.direction == "LR"), ("compact", self.chart.compact),
                         ("show_outline", self.settings.show_outline), ("show_minimap", self.minimap.wanted),
                         ("show_legend", self.legend.wanted)):
            blocked = self._actions[name].blockSignals(True)  # the window is in that state already
            self._actions[name].setChecked(on)
            self._actions[name].blockSignals(blocked)
        self._update_history_actions()
        if self.selection.current is not None:  # chosen before the panes existed
            self._outline.show_unit(self.selection.current)
        self._panel.show_unit(self.selection.current)
        self._completing = False

    @property
    def outline(self) -> OutlineView:
        self.ensure_complete()
        return self._outline

    @property
    def panel(self) -> UnitPanel:
        self.ensure_complete()
        return self._panel

    @property
    def search(self) -> SearchController:
        self.ensure_complete()
        return self._search

    @property
    def results(self) -> ResultsPanel:
        self.ensure_complete()
        return self._results

    @property
    def actions(self) -> dict[str, QAction]:  # the window's commands by id (QWidget.actions() is not used)
        self.ensure_complete()
        return self._actions

    def _fill_toolbar(self) -> None:
        """History and view buttons after the search field (the same actions as the menus)."""
        from PySide6.QtWidgets import QStyle

        style = self.style()
        self.actions["back"].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.actions["forward"].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.toolbar.removeAction(self._toolbar_room)
        self.toolbar.addSeparator()
        for name in ("back", "forward"):
            self.toolbar.addAction(self.actions[name])
        self.toolbar.addSeparator()
        for name in ("zoom_out", "zoom_in", "fit", "zoom_selection"):
            self.toolbar.addAction(self.actions[name])
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    # -- wiring -----------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.selection.changed.connect(self._on_selection)
        self.selection.historyChanged.connect(self._update_history_actions)
        self.scene.unitClicked.connect(lambda unit_id: self.select_unit(unit_id, center=False))
        self.scene.toggleRequested.connect(lambda unit_id: self.chart.toggle(unit_id, anchor=unit_id))
        self.scene.unitDoubleClicked.connect(lambda unit_id: self.chart.toggle(unit_id, anchor=unit_id))
        self.breadcrumb.unitActivated.connect(lambda unit_id: self.select_unit(unit_id))
        self.chart.layoutChanged.connect(self._on_layout)
        # the side panes and the menus' actions in the turn after the first paint, then the search
        # vocabulary (in the background) and the SVG icon (Qt's SVG plugin, ~15 ms)
        self.view.firstPainted.connect(lambda: QTimer.singleShot(0, self.ensure_complete))
        self.view.firstPainted.connect(self._prepare_search_in_background)
        self.view.firstPainted.connect(lambda: QTimer.singleShot(0, lambda: self.setWindowIcon(app_icon())))
        self.theme.changed.connect(self._on_theme)

    @property
    def library(self):
        """Imports and removals off the GUI thread (``importing.LibraryTasks``), made on first use:
        the dialogs, the extractor's records and the library load only when a document is imported."""
        if self._library is None:
            from .importing import LibraryTasks

            self._library = LibraryTasks(self)
            self._library.changed.connect(lambda result: self.databaseChanged.emit(str(result.db), result))
            self._library.failed.connect(self.report_error)
            self._library.cancelled.connect(
                lambda: self.statusBar().showMessage(self.tr("Import cancelled; nothing was changed"), 5000))
        return self._library

    def _restore(self) -> None:
        s = self.settings
        if s.geometry is None or not self.restoreGeometry(s.geometry):
            self.resize(1400, 880)
        sizes = s.splitter_sizes
        self._panes_chosen = bool(sizes)  # else set from the window's width at start()
        self.splitter.setSizes(sizes if sizes else default_pane_sizes(self.width()))
        self.left.setVisible(s.show_outline)  # the actions follow in ensure_complete
        self.legend.wanted, self.minimap.wanted = s.show_legend, s.show_minimap
        self.legend.collapsed, self.minimap.collapsed = s.legend_collapsed, s.minimap_collapsed

    def start(self, select: str | None = None) -> None:
        """First layout and selection (``select``: a unit id; default: the last one, or the root)."""
        if not self._panes_chosen:  # the window has its real size now
            self.splitter.setSizes(default_pane_sizes(self.splitter.width() or self.width()))
        self.view.setFocus()  # arrows and +/- act on the chart from the start
        unit_id = select or self.settings.last_selection
        if unit_id not in self.graph.units:
            unit_id = None
        if unit_id is None and self.view.isVisible():
            self.show_top()  # the pane has its size: one layout, the one shown (no default one first)
            return
        self.chart.relayout()
        if unit_id is not None:
            self.select_unit(unit_id, center=True, animate=False)
        else:
            QTimer.singleShot(0, self.show_top)  # once the hidden window is shown and sized

    def _paragraph_text(self, document: str, number: str) -> str:
        """The text of a paragraph (secondary lines' tooltips); "" when the store lacks it."""
        try:
            return self.store.paragraph(document, number).text
        except (KeyError, StoreError):
            return ""

    def room(self) -> tuple[float, float]:
        """The chart pane's pixels available to a fitted chart (inside the fit margins)."""
        vp = self.view.viewport().rect()
        return max(1.0, vp.width() - 2.0 * FIT_MARGIN), max(1.0, vp.height() - 2.0 * FIT_MARGIN)

    def show_top(self, animate: bool = False) -> None:
        """The top of the organisation, readable (names of at least 10 px) and whole: as many
        levels as fit the pane (the rest show "+N"), fitted to the pane."""
        room = self.room()
        expanded = readable_expansion(self.graph, self.chart.layout_size, room, COMFORT_ZOOM)
        if not any(n in expanded for n in self.graph.children(self.graph.root)):  # the second level
            expanded = readable_expansion(self.graph, self.chart.layout_size, room, READ_ZOOM)
        self.chart.set_expanded_units(expanded, anchor=self.selection.current)
        self.view.fit_rect(self.chart.chart_rect(), animate=animate, max_zoom=1.0)
        if not animate:
            self.overlays.arrange()

    def _prepare_search_in_background(self) -> None:
        """Build the store's fuzzy-search vocabulary off the GUI thread once the chart is on
        screen (about a second at 100k units), so the first keystrokes are as fast as the rest."""
        if not self.prepare_search_after_paint:
            return

        def work() -> None:
            try:
                self.store.prepare_search()
            except Exception as err:  # noqa: BLE001 - searching will report it again, in the GUI thread
                log.warning("search preparation failed: %s", err)

        self._prepare_thread = threading.Thread(target=work, name="prepare-search", daemon=True)
        self._prepare_thread.start()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._library is not None:
            self._library.wait()  # a running import is cancelled (nothing written) before the window goes
        thread = getattr(self, "_prepare_thread", None)
        if thread is not None:
            thread.join(timeout=10)  # the store is closed after the window: no query may still run
        self.chart.wait_for_cache()
        s = self.settings
        s.geometry = self.saveGeometry()
        s.splitter_sizes = self.splitter.sizes()
        s.last_selection = self.selection.current
        s.direction = self.chart.direction
        s.engine = self.chart.engine
        s.compact = self.chart.compact
        if self._actions is not None:  # else closed before the first frame: nothing changed
            s.show_outline = self._actions["show_outline"].isChecked()
        s.show_minimap, s.show_legend = self.minimap.wanted, self.legend.wanted
        s.legend_collapsed, s.minimap_collapsed = self.legend.collapsed, self.minimap.collapsed
        s.sync()
        super().closeEvent(event)

    # -- selection ------------------------------------------------------------------------------
    def select_unit(self, unit_id: str, center: bool = True, animate: bool = True) -> None:
        """Select ``unit_id``: expand its ancestors if needed, highlight, and bring it into view with
        its children and chain (``center`` is kept for callers; a click frames the same way)."""
        if unit_id not in self.graph.units:
            return
        self.chart.reveal(unit_id)
        self.selection.select(unit_id)
        self.center_on(unit_id, animate)  # moves the chart only if the unit or its surroundings are off screen

    def center_on(self, unit_id: str, animate: bool = True) -> None:
        """Bring ``unit_id`` into view with its children and as much of its chain to the root as
        fits at a readable zoom (names of at least 10 px); no move when they already show."""
        if not self.chart.shows(unit_id):
            return
        view, scene = self.view, self.scene
        room_w, room_h = self.room()
        kids = [scene.unit_rect(k) for k in self.graph.children(unit_id) if self.chart.shows(k)]
        chain = [scene.unit_rect(a) for a in reversed(self.graph.ancestors_path(unit_id)[:-1]) if self.chart.shows(a)]
        frame = selection_frame(scene.unit_rect(unit_id), kids, chain,
                                lambda r: r.width() * READ_ZOOM <= room_w and r.height() * READ_ZOOM <= room_h)
        zoom = view.zoom()
        margin = FIT_MARGIN / max(zoom, 1e-6)
        if zoom >= READ_ZOOM - 1e-6 and view.visible_scene_rect().adjusted(margin, margin, -margin, -margin).contains(frame):
            return
        best = min(1.0, room_w / max(frame.width(), 1.0), room_h / max(frame.height(), 1.0))
        zoom = max(READ_ZOOM, min(max(zoom, READ_ZOOM), best))
        view.fly_to(frame.center(), zoom, animate)
        if not animate:
            self.overlays.arrange()

    def _on_selection(self, unit_id: str | None) -> None:
        if unit_id is not None and not self.chart.shows(unit_id):
            self.chart.reveal(unit_id)  # Back/Forward to a unit hidden since
        self.scene.set_selection(unit_id)
        if self._panel is not None:  # else ensure_complete shows it
            self._outline.show_unit(unit_id)
            self._panel.show_unit(unit_id)
        self.breadcrumb.set_unit(unit_id)
        self._keep_selection_clear()
        name = self.graph.units[unit_id].display_name if unit_id in self.graph.units else ""
        self.status_selected.setText(name)

    def _on_search_chosen(self, unit_id: str) -> None:
        self.select_unit(unit_id, center=True)
        self.view.setFocus()

    def _parent_name(self, unit_id: str) -> str:
        parent = self.graph.parent(unit_id)
        unit = self.graph.units.get(parent) if parent is not None else None
        return unit.display_name if unit is not None else ""

    def _on_matches(self, kinds: dict) -> None:
        """Mark the matches on the chart (name and function matches differently); a match inside
        a collapsed subtree marks the collapsed card that hides it (no relayout while typing).
        The left pane shows the results while a query is active."""
        shown: dict[str, str] = {}
        for unit_id, kind in kinds.items():
            if not self.chart.shows(unit_id) and unit_id in self.graph.units:
                unit_id = next((a for a in reversed(self.graph.display_path(unit_id)) if self.chart.shows(a)), None)
            if unit_id is not None and shown.get(unit_id) != "name":
                shown[unit_id] = kind
        self.scene.set_matches(shown)
        self.legend.set_search(bool(kinds) or bool(self.search_field.text().strip()))
        self._show_results(bool(kinds) or bool(self.search_field.text().strip()))

    def _show_results(self, on: bool) -> None:
        self.left.setCurrentWidget(self.results if on else self.outline)
        self.left.setVisible(on or self.actions["show_outline"].isChecked())

    def _focus_results(self) -> None:
        """Down in the search field: into the results list."""
        if self.search.model.hits:
            self.results.list.setFocus()
            if not self.results.list.currentIndex().isValid():
                self.results.list.setCurrentIndex(self.search.model.index(0, 0))

    def _on_layout(self) -> None:
        if self.minimap.wanted:
            self.minimap.refresh()
        self._update_legend()
        self._keep_selection_clear()
        shown = self.chart.visible.number_of_nodes() if self.chart.visible is not None else 0
        number = QLocale().toString  # 1 234 in French, 1,234 in English
        self.status_units.setText(self.tr("%1 units · %2 shown").replace("%1", number(len(self.graph.units) - len(self.graph.groups)))
                                  .replace("%2", number(shown)))
        if self.selection.current is not None:
            self.scene.set_selection(self.selection.current)

    def _on_theme(self, name: str) -> None:
        """The system switched between light and dark: redraw everything in the new colours."""
        from PySide6.QtGui import QColor

        from unorg_desktop.render import palette

        self.scene.setBackgroundBrush(QColor(palette.current().background))
        if self.chart.layout is not None:
            self.chart.relayout(anchor=self.selection.current)  # edges and cards in the new colours
        self.scene.update()
        if self._panel is not None:  # else built in the new colours by ensure_complete
            self._panel.set_dark(name == "dark")
            self._outline.model().reset_icons()
            self._outline.viewport().update()
            self._results.list.viewport().update()

    def _update_history_actions(self) -> None:
        if self._actions is not None:  # else set by ensure_complete
            self._actions["back"].setEnabled(self.selection.can_go_back())
            self._actions["forward"].setEnabled(self.selection.can_go_forward())

    def report_error(self, title: str, message: str) -> None:
        from . import dialogs

        self.errors.append(message)
        dialogs.error_box(self, title, message)

    # -- File -----------------------------------------------------------------------------------
    def open_database_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs load when asked for, not at start

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(self.store.path.parent),
                                              self.tr("UNorg databases (*.sqlite *.db);;All files (*)"))
        if name:
            self.openRequested.emit(name)

    def export_chart_dialog(self) -> None:
        from .export_dialog import ExportDialog

        default = str(self.settings.export_dir / "unorg-chart.png")
        dialog = ExportDialog(default, self.selection.current is not None, self)
        if dialog.exec() == ExportDialog.DialogCode.Accepted:
            self.export_chart(dialog.options())

    def export_chart(self, options: "ExportOptions") -> Path | None:
        """Export as ``options`` say; a failure is shown in a message box (and returns None)."""
        from .export_dialog import ExportError, export

        try:
            path = export(self.chart, self.view, self.selection.current, options)
        except ExportError as err:
            self.report_error(self.tr("Export failed"), str(err))
            return None
        self.settings.export_dir = path.parent
        self.statusBar().showMessage(self.tr("Exported to %s") % path, 5000)
        return path

    def print_chart(self) -> None:
        """File ▸ Print…: the page model of the export on the chosen printer (ui/printing.py)."""
        from .printing import PrintOptions, print_dialog

        self.print_options = getattr(self, "print_options", None) or PrintOptions()
        print_dialog(self, self.print_options)

    def print_preview(self) -> None:
        from .printing import PrintOptions, preview_dialog

        self.print_options = getattr(self, "print_options", None) or PrintOptions()
        preview_dialog(self, self.print_options)

    def export_data(self, fmt: str, path: str | None = None) -> Path | None:
        """The current chart's units and lines as CSV, JSON or GraphML (graph.export_data)."""
        from PySide6.QtWidgets import QFileDialog

        from unorg_desktop.graph import export_data

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export data"), str(self.settings.export_dir / f"unorg.{fmt}"),
                                                  f"{fmt.upper()} (*.{fmt})")
            if not path:
                return None
        nodes = list(self.chart.visible.nodes) if self.chart.visible is not None else list(self.graph.units)
        try:
            export_data(self.graph, nodes, fmt, Path(path))
        except (OSError, ValueError) as err:
            self.report_error(self.tr("Export failed"), " ".join(str(err).split()))
            return None
        self.settings.export_dir = Path(path).parent
        self.statusBar().showMessage(self.tr("Exported to %s") % path, 5000)
        return Path(path)

    # -- File ▸ Import documents, Documents (behaviour in importing.py / library_dialogs.py) ------
    def import_documents_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import documents"), str(Path.home()),
                                                self.tr("Organisation texts (*.txt *.pdf);;All files (*)"))
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> bool:
        """Import in the background (File ▸ Import, drag and drop); False if one is running."""
        from unorg_desktop.store.library import import_target

        if not paths:
            return False
        started = self.library.import_files(paths, import_target(self.store.path))
        if not started:
            self.statusBar().showMessage(self.tr("An import is already running"), 5000)
        return started

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        from .importing import paths_from_urls

        if event.mimeData().hasUrls() and paths_from_urls(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        from .importing import paths_from_urls

        paths = paths_from_urls(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def documents_dialog(self) -> "DocumentsDialog":
        from .library_dialogs import DocumentsDialog

        dialog = DocumentsDialog(self.store, user_db().exists(), self)
        dialog.removeRequested.connect(self.remove_document)
        dialog.resetRequested.connect(self.back_to_bundled_texts)
        dialog.exec()
        return dialog

    def remove_document(self, document: str) -> bool:
        from unorg_desktop.store.library import import_target

        return self.library.remove(document, import_target(self.store.path))

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def back_to_bundled_texts(self) -> None:
        """Forget every imported document (the user database goes; the bundled one stays)."""
        from unorg_desktop.store.library import forget_imports

        if self.library.busy() or not self.confirm(
                self.tr("Back to the bundled texts only"),
                self.tr("Remove every imported document? The bundled texts stay; imported files can be "
                        "imported again.")):
            return
        try:
            forget_imports()
        except StoreError as err:
            self.report_error(self.tr("Back to the bundled texts only"), str(err))
            return
        self.databaseChanged.emit(str(default_db()), None)

    def show_import_summary(self, result) -> "ImportSummaryDialog":
        """The summary of an import that wrote this window's database (non-modal)."""
        from .library_dialogs import ImportSummaryDialog

        self.summary_dialog = ImportSummaryDialog(result, self.store, self)
        self.summary_dialog.showRequested.connect(lambda unit_id: self.select_unit(unit_id, center=True))
        self.summary_dialog.show()
        return self.summary_dialog

    # -- Edit -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def clear_search(self) -> None:
        self.search.clear()
        self._show_results(False)
        self.view.setFocus()

    def copy_citation(self) -> str:
        text = self.panel.copy_citation()
        if text:
            self.statusBar().showMessage(self.tr("Copied: %s") % text, 4000)
        return text

    # -- View -----------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def fit_chart(self, animate: bool = True) -> None:
        """The whole chart if it is readable fitted; else the readable top (as at first start)."""
        rect = self.chart.chart_rect()
        if not rect.isEmpty() and self.view.scale_to_fit(rect) >= READ_ZOOM:
            self.view.fit_rect(rect, animate=animate)
        else:
            self.show_top(animate)

    def zoom_to_selection(self) -> None:
        unit_id = self.selection.current
        if unit_id is not None and self.chart.shows(unit_id):
            self.view.fit_rect(self.scene.unit_rect(unit_id).adjusted(-40, -40, 40, 40), max_zoom=2.0)

    def set_left_to_right(self, on: bool) -> None:
        self.chart.set_direction("LR" if on else "TB", anchor=self.selection.current)

    def set_compact(self, on: bool) -> None:
        self.chart.set_compact(on, anchor=self.selection.current)

    def set_engine(self, engine: str) -> None:
        self.chart.set_engine(engine, anchor=self.selection.current)

    def expand_all(self) -> None:
        self.chart.expand_all(anchor=self.selection.current)

    def collapse_all(self) -> None:
        self.chart.collapse_all(anchor=self.selection.current)
        if self.selection.current is not None and not self.chart.shows(self.selection.current):
            self.selection.select(self.graph.root)

    def _current_or_root(self) -> str:
        return self.selection.current or self.graph.root

    def expand_subtree(self) -> None:
        unit_id = self._current_or_root()
        if not self.chart.set_expanded(unit_id, True, anchor=unit_id):
            self.chart.expand_subtree(unit_id, anchor=unit_id)  # already open: open everything below

    def collapse_subtree(self) -> None:
        self.chart.collapse_subtree(self._current_or_root(), anchor=self._current_or_root())

    def toggle_subtree(self) -> None:
        self.chart.toggle(self._current_or_root(), anchor=self._current_or_root())

    def set_outline_visible(self, on: bool) -> None:
        self.left.setVisible(on or self.left.currentWidget() is self.results)

    def set_minimap_visible(self, on: bool) -> None:
        self.minimap.wanted = on
        if on:
            self.minimap.refresh()
        self.overlays.arrange()

    def set_legend_visible(self, on: bool) -> None:
        self.legend.wanted = on
        self.overlays.arrange()

    def _keep_selection_clear(self) -> None:
        """The overlays keep off the selected unit, its children and its chain to the root."""
        unit_id = self.selection.current
        rects = []
        if unit_id is not None and self.chart.shows(unit_id):
            nodes = [unit_id, *self.graph.children(unit_id), *self.graph.ancestors_path(unit_id)[:-1]]
            rects = [self.scene.unit_rect(n) for n in nodes if self.chart.shows(n)]
        self.overlays.set_keep_clear(rects)

    def _update_legend(self) -> None:
        """The overlay lists the kinds of the cards on screen (after each layout)."""
        nodes = self.chart.visible.nodes if self.chart.visible is not None else ()
        self.legend.set_kinds({self.graph.units[n].kind for n in nodes if n in self.graph.units})

    def show_legend(self) -> None:
        from . import dialogs

        kinds = sorted({u.kind for u in self.graph.units.values()}, key=str.casefold)
        dialogs.LegendDialog(kinds, self).exec()

    # -- Go ---------------------------------------------------------------------------------------
    def go_back(self) -> None:
        if self.selection.back() is not None:
            self.center_on(self.selection.current)

    def go_forward(self) -> None:
        if self.selection.forward() is not None:
            self.center_on(self.selection.current)

    def _go(self, target: str | None) -> None:
        if target is not None:
            self.select_unit(target, center=True)

    def go_parent(self) -> None:
        self._go(navigation.parent_of(self.graph, self._current_or_root()) if self.selection.current else
                 self.graph.root)

    def go_child(self) -> None:
        unit_id = self._current_or_root()
        child = navigation.first_child(self.graph, unit_id)
        if child is not None and unit_id not in self.chart.expanded:
            self.chart.set_expanded(unit_id, True, anchor=unit_id)
        self._go(child)

    def go_previous_sibling(self) -> None:
        self._go(navigation.sibling(self.graph, self._current_or_root(), -1))

    def go_next_sibling(self) -> None:
        self._go(navigation.sibling(self.graph, self._current_or_root(), +1))

    def go_root(self) -> None:
        self._go(self.graph.root)

    # -- Help -----------------------------------------------------------------------------------
    def show_about(self) -> None:
        from . import dialogs

        dialogs.show_about(self, self.store.documents())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1400, 880)
