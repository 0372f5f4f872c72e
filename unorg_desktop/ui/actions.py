"""Every menu command, declared once as data and registered once on the main window.

A spec names the slot (a method of the main window) instead of holding a callable, so the table
stays plain data that tests can read, and no callback reaches into private widgets. Titles are
marked with ``QT_TRANSLATE_NOOP`` for ``lupdate`` and translated when registered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from .menus import CONTEXT, MENUS, build_menus, translate  # noqa: F401 - the menus (titles) live there

if TYPE_CHECKING:  # QtGui's action classes load with the actions, after the window's first frame
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class ActionSpec:
    """One command. ``shortcuts``: portable key strings (first one shown in the menu);
    ``chart_only``: the keys act only while the chart has focus (plain arrows, +, −, Space,
    which the outline and the search field need for themselves); ``separator``: draw a line
    before the item. The slot is called with ``args``; a ``checkable`` action adds its new state
    (``slot(*args, on)``), except in a ``group``, whose items call ``slot(*args)`` when chosen."""

    id: str
    title: str
    menu: str
    slot: str
    shortcuts: tuple[str, ...] = ()
    args: tuple = ()
    checkable: bool = False
    checked: bool = False
    chart_only: bool = False
    separator: bool = False
    group: str = ""  # checkable actions of one group exclude each other (radio items)
    tip: str = ""
    extra: dict = field(default_factory=dict, compare=False)


ACTIONS: list[ActionSpec] = [
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open database…"), "file", "open_database_dialog", ("Ctrl+O",)),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import documents…"), "file", "import_documents_dialog",
               ("Ctrl+I",), separator=True),
    ActionSpec("documents", QT_TRANSLATE_NOOP("Actions", "&Documents…"), "file", "documents_dialog"),
    ActionSpec("export_chart", QT_TRANSLATE_NOOP("Actions", "&Export chart…"), "file", "export_chart_dialog", ("Ctrl+E",),
               separator=True),
    ActionSpec("export_csv", QT_TRANSLATE_NOOP("Actions", "Export data as &CSV…"), "file", "export_data", args=("csv",)),
    ActionSpec("export_json", QT_TRANSLATE_NOOP("Actions", "Export data as &JSON…"), "file", "export_data", args=("json",)),
    ActionSpec("export_graphml", QT_TRANSLATE_NOOP("Actions", "Export data as &GraphML…"), "file", "export_data",
               args=("graphml",)),
    ActionSpec("print", QT_TRANSLATE_NOOP("Actions", "&Print…"), "file", "print_chart", ("Ctrl+P",), separator=True),
    ActionSpec("print_preview", QT_TRANSLATE_NOOP("Actions", "Print pre&view…"), "file", "print_preview"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", "close", ("Ctrl+Q",), separator=True),

    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "edit", "focus_search", ("Ctrl+F",)),
    ActionSpec("clear_search", QT_TRANSLATE_NOOP("Actions", "C&lear search"), "edit", "clear_search", ("Esc",),
               chart_only=True),
    ActionSpec("copy_citation", QT_TRANSLATE_NOOP("Actions", "&Copy citation"), "edit", "copy_citation", ("Ctrl+Shift+C",),
               separator=True),

    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "view", "zoom_in", ("Ctrl+=", "Ctrl++")),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "view", "zoom_out", ("Ctrl+-",)),
    ActionSpec("fit", QT_TRANSLATE_NOOP("Actions", "&Fit chart"), "view", "fit_chart", ("Ctrl+0",)),
    ActionSpec("zoom_selection", QT_TRANSLATE_NOOP("Actions", "Zoom to &selection"), "view", "zoom_to_selection", ("Ctrl+9",)),
    ActionSpec("direction_lr", QT_TRANSLATE_NOOP("Actions", "&Left to right"), "view", "set_left_to_right", ("Ctrl+L",),
               checkable=True, separator=True),
    ActionSpec("compact", QT_TRANSLATE_NOOP("Actions", "&Compact layout (leaves in columns)"), "view", "set_compact",
               checkable=True),
    ActionSpec("engine_auto", QT_TRANSLATE_NOOP("Actions", "Layout: &automatic"), "view", "set_engine", args=("auto",),
               checkable=True, checked=True, group="engine", separator=True),
    ActionSpec("engine_dot", QT_TRANSLATE_NOOP("Actions", "Layout: Graphviz &dot"), "view", "set_engine", args=("dot",),
               checkable=True, group="engine"),
    ActionSpec("engine_tidy", QT_TRANSLATE_NOOP("Actions", "Layout: tidy tree (&fast)"), "view", "set_engine", args=("tidy",),
               checkable=True, group="engine"),
    ActionSpec("expand_all", QT_TRANSLATE_NOOP("Actions", "E&xpand all"), "view", "expand_all", ("Ctrl+Shift+=",),
               separator=True),
    ActionSpec("collapse_all", QT_TRANSLATE_NOOP("Actions", "Co&llapse all"), "view", "collapse_all", ("Ctrl+Shift+-",)),
    ActionSpec("expand_subtree", QT_TRANSLATE_NOOP("Actions", "Expand su&btree"), "view", "expand_subtree", ("+", "="),
               chart_only=True),
    ActionSpec("collapse_subtree", QT_TRANSLATE_NOOP("Actions", "Collapse subt&ree"), "view", "collapse_subtree", ("-",),
               chart_only=True),
    ActionSpec("toggle_subtree", QT_TRANSLATE_NOOP("Actions", "&Toggle subtree"), "view", "toggle_subtree", ("Space",),
               chart_only=True),
    ActionSpec("show_outline", QT_TRANSLATE_NOOP("Actions", "Show o&utline"), "view", "set_outline_visible", ("F9",),
               checkable=True, checked=True, separator=True),
    ActionSpec("show_minimap", QT_TRANSLATE_NOOP("Actions", "Show &minimap"), "view", "set_minimap_visible", ("F10",),
               checkable=True, checked=True),
    ActionSpec("show_legend", QT_TRANSLATE_NOOP("Actions", "Show le&gend"), "view", "set_legend_visible", ("F8",),
               checkable=True, checked=True),
    ActionSpec("legend", QT_TRANSLATE_NOOP("Actions", "All &kinds and colours…"), "view", "show_legend"),

    ActionSpec("back", QT_TRANSLATE_NOOP("Actions", "&Back"), "go", "go_back", ("Alt+Left",)),
    ActionSpec("forward", QT_TRANSLATE_NOOP("Actions", "&Forward"), "go", "go_forward", ("Alt+Right",)),
    ActionSpec("parent", QT_TRANSLATE_NOOP("Actions", "&Parent"), "go", "go_parent", ("Up",), chart_only=True, separator=True),
    ActionSpec("child", QT_TRANSLATE_NOOP("Actions", "First &child"), "go", "go_child", ("Down",), chart_only=True),
    ActionSpec("previous_sibling", QT_TRANSLATE_NOOP("Actions", "P&revious sibling"), "go", "go_previous_sibling", ("Left",),
               chart_only=True),
    ActionSpec("next_sibling", QT_TRANSLATE_NOOP("Actions", "&Next sibling"), "go", "go_next_sibling", ("Right",),
               chart_only=True),
    ActionSpec("root", QT_TRANSLATE_NOOP("Actions", "&Top of the chart"), "go", "go_root", ("Home",), chart_only=True),

    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About UNorg Desktop"), "help", "show_about"),
]


def register_actions(window: QMainWindow, chart_widget, specs: list[ActionSpec] = ACTIONS,
                     menus: dict[str, QMenu] | None = None) -> dict[str, QAction]:
    """Fill the menu bar (``menus`` from :func:`build_menus`, else new ones) from ``specs`` and
    connect each action to ``window.<slot>``.

    Chart-only actions are also added to ``chart_widget`` with a widget-scoped shortcut, so the
    arrows keep working in the outline and the search field. Raises if called twice.
    """
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence

    if getattr(window, "_actions_registered", False):
        raise RuntimeError("actions are registered once per window")
    window._actions_registered = True
    menus = menus if menus is not None else build_menus(window)
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in specs:
        action = QAction(translate(spec.title), window)
        action.setObjectName(f"action_{spec.id}")
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        slot, args = getattr(window, spec.slot), spec.args
        if spec.checkable and spec.group:
            action.toggled.connect(lambda on, slot=slot, args=args: slot(*args) if on else None)
        elif spec.checkable:
            action.toggled.connect(lambda on, slot=slot, args=args: slot(*args, on))
        else:
            action.triggered.connect(lambda _checked=False, slot=slot, args=args: slot(*args))
        if spec.chart_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            chart_widget.addAction(action)
        else:
            window.addAction(action)  # shortcuts work even when the menu bar is hidden
        if spec.separator:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        actions[spec.id] = action
    return actions
